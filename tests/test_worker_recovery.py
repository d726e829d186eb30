"""A worker that dies mid-job does not lose the request: another worker picks the job up and replies.

The first worker is killed with SIGKILL (its whole process group, as when a
machine is lost) while it is fetching the article.  The job stays in RQ's
started registry until its execution expires (job timeout + grace), then the
surviving worker's maintenance re-queues it and the reply arrives, once.
"""

from __future__ import annotations

import threading
import uuid
from collections.abc import Iterator

import pytest

from tests.support.articles import article_html
from tests.support.fake_slack import FakeSlack
from tests.support.http_server import LoopbackServer, send
from tests.support.slack_stack import (
    cleanup_redis,
    event_body,
    message_event,
    post_event,
    stack_env,
    start_web,
    start_worker,
)

JOB_TIMEOUT = 10


@pytest.fixture
def recovery_env(redis_url: str) -> Iterator[dict[str, str]]:
    run = uuid.uuid4().hex[:12]
    key_prefix, queue = f"briefbot-test:{run}:", f"briefbot-test-{run}"
    yield {"REDIS_URL": redis_url, "BRIEF_CACHE_PREFIX": key_prefix, "BRIEF_QUEUE": queue}
    cleanup_redis(redis_url, key_prefix=key_prefix, queue=queue)


def test_reply_arrives_after_the_worker_dies_mid_job(recovery_env, tmp_path):
    fake = FakeSlack().start()
    articles = LoopbackServer().start()
    first_hit = threading.Event()
    release = threading.Event()
    page = article_html(5, title="Recovered after a crash")

    def slow_then_fine(handler):
        if not first_hit.is_set():
            first_hit.set()
            release.wait(60)  # the worker fetching this is killed meanwhile
        send(handler, page)

    articles.routes["/news/crash"] = slow_then_fine
    env = stack_env(
        slack_api_url=fake.api_url,
        redis_url=recovery_env["REDIS_URL"],
        key_prefix=recovery_env["BRIEF_CACHE_PREFIX"],
        queue=recovery_env["BRIEF_QUEUE"],
        # The dead worker also held the pipeline's single-flight lock for this URL: keep its expiry within the
        # job timeout, as the defaults do (120 s lock, 180 s job), so the retry is not kept waiting for it.
        extra={"BRIEF_JOB_TIMEOUT": str(JOB_TIMEOUT), "BRIEF_LOCK_TIMEOUT": str(JOB_TIMEOUT - 2)},
    )
    processes = []
    try:
        web, web_url = start_web(env, log_dir=tmp_path, workers=1)
        processes.append(web)
        doomed = start_worker(env, log_dir=tmp_path, name=f"doomed-{uuid.uuid4().hex[:6]}", maintenance_interval=2)
        processes.append(doomed)

        channel = "C" + uuid.uuid4().hex[:10].upper()
        event = message_event(f"<{articles.url('/news/crash')}>", channel=channel)
        assert post_event(web_url, event_body(event)).status == 200
        assert first_hit.wait(60), doomed.log_tail()
        doomed.kill()
        release.set()

        survivor = start_worker(env, log_dir=tmp_path, maintenance_interval=2)
        processes.append(survivor)

        def replies() -> list:
            return [c for c in fake.calls_of("chat.postMessage") if c.get("channel") == channel]

        # Job timeout + grace for the execution to expire, the dead worker's scheduler lock (61 s) to lapse,
        # and the 5 s retry back-off.
        assert fake.wait_for(lambda f: len(replies()) >= 1, timeout=150), survivor.log_tail()
        (reply,) = replies()
        assert reply.get("thread_ts") == event["ts"]
        assert "Recovered after a crash" in (reply.get("text") or "")
        assert articles.hits["/news/crash"] == 2
    finally:
        release.set()
        for process in reversed(processes):
            process.stop()
        articles.stop()
        fake.stop()
