"""Event de-duplication and enqueueing against the real Redis (no worker needed)."""

from __future__ import annotations

import json
import threading
import uuid
import zlib

import redis
from rq import Queue
from rq.serializers import JSONSerializer

from bot.config import QueueConfig
from bot.queue import BriefQueue
from handlers.dedup import EventDedup


def test_only_one_of_many_concurrent_claims_wins(redis_client: redis.Redis, key_prefix: str):
    dedup = EventDedup(client=redis_client, key_prefix=key_prefix, ttl_seconds=60)
    wins = []
    barrier = threading.Barrier(8)

    def claim() -> None:
        barrier.wait()
        wins.append(dedup.claim("Ev123"))

    threads = [threading.Thread(target=claim) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(wins) == [False] * 7 + [True]
    assert 0 < redis_client.ttl(f"{key_prefix}event:Ev123") <= 60
    dedup.release("Ev123")
    assert dedup.claim("Ev123")


def test_enqueue_sets_name_timeout_retry_and_stable_id(redis_url: str, redis_client: redis.Redis):
    name = f"briefbot-test-{uuid.uuid4().hex[:10]}"
    config = QueueConfig(name=name, job_timeout_seconds=42, retries=2, retry_intervals=(3, 9, 27))
    queue = BriefQueue.connect(redis_url=redis_url, config=config)
    try:
        kwargs = dict(url="https://a.example/x", channel="C1", message_ts="1.1", thread_ts="1.0", event_id="Ev1")
        job_id = queue.brief_message(**kwargs)
        assert queue.brief_message(**kwargs) == job_id  # same request, same job
        assert queue.brief_message(**{**kwargs, "url": "https://a.example/y"}) != job_id
        job = Queue(name, connection=redis_client, serializer=JSONSerializer).fetch_job(job_id)
        assert job.func_name == "bot.jobs.brief_message"
        assert job.kwargs["url"] == "https://a.example/x" and job.kwargs["thread_ts"] == "1.0"
        assert job.timeout == 42
        assert job.retries_left == 2 and job.retry_intervals == [3, 9]
        # Plain JSON on the wire: any process (or language) can read the payload.
        payload = json.loads(zlib.decompress(redis_client.hget(f"rq:job:{job_id}", "data")))
        assert payload[0] == "bot.jobs.brief_message" and payload[3]["channel"] == "C1"
    finally:
        q = Queue(name, connection=redis_client)
        for job_id in q.get_job_ids():
            redis_client.delete(f"rq:job:{job_id}")
        q.delete(delete_jobs=True)


def test_cleanup_leaves_nothing_of_a_run_in_the_shared_redis(redis_url: str, redis_client: redis.Redis):
    from tests.support.slack_stack import cleanup_redis

    run = uuid.uuid4().hex[:10]
    name, prefix = f"briefbot-test-{run}", f"briefbot-test:{run}:"
    queue = BriefQueue.connect(redis_url=redis_url, config=QueueConfig(name=name))
    queue.brief_message(url="https://a.example/x", channel="C1", message_ts="1.1", thread_ts="1.0", event_id="Ev1")
    redis_client.set(f"{prefix}event:Ev1", "1")
    assert redis_client.sismember("rq:queues", f"rq:queue:{name}")
    cleanup_redis(redis_url, key_prefix=prefix, queue=name)
    assert not redis_client.sismember("rq:queues", f"rq:queue:{name}")
    assert not list(redis_client.scan_iter(match=f"*{run}*", count=1000))


def test_a_retry_takes_over_an_event_claimed_but_never_queued(redis_url: str, redis_client: redis.Redis, key_prefix):
    from handlers.deps import HandlerDeps
    from handlers.messages import handled_before

    name = f"briefbot-test-{uuid.uuid4().hex[:10]}"
    queue = BriefQueue.connect(redis_url=redis_url, config=QueueConfig(name=name))
    deps = HandlerDeps(queue=queue, dedup=EventDedup(client=redis_client, key_prefix=key_prefix, ttl_seconds=60))
    fields = dict(url="https://a.example/x", channel="C1", message_ts="1.1", event_id="Ev9")
    job_id = queue.message_job_id(**fields)
    try:
        assert not handled_before(deps, event_id="Ev9", job_ids=[job_id], retry=False)  # first delivery claims
        # The claim is there but the job never was (Redis froze between the two, the delivery got a 503):
        assert handled_before(deps, event_id="Ev9", job_ids=[job_id], retry=False)  # a concurrent copy: ignored
        assert not handled_before(deps, event_id="Ev9", job_ids=[job_id], retry=True)  # Slack's retry: taken over
        queue.brief_message(thread_ts="1.0", **fields)
        assert handled_before(deps, event_id="Ev9", job_ids=[job_id], retry=True)  # queued: a retry is a repeat
    finally:
        Queue(name, connection=redis_client).delete(delete_jobs=True)
        redis_client.delete(f"rq:job:{job_id}")
