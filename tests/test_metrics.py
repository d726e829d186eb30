"""The Redis-backed operator metrics: recorded by any process, read back as Prometheus metric families.

Real Redis (own key prefix, cleaned up) and a real RQ queue of the test's own;
the exposition is parsed with prometheus_client's own parser, as a scraper would.
"""

from __future__ import annotations

import math
import subprocess
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
import redis
from prometheus_client.parser import text_string_to_metric_families
from rq import Queue

from bot.config import CacheConfig, QueueConfig, Settings
from bot.feedback import totals_key
from bot.metrics import (
    STAGE_BUCKETS,
    MetricsRecorder,
    exposition,
    make_registry,
    request_kind,
)
from bot.stats import format_stats
from bot.version import PIPELINE_VERSION

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def settings(redis_url: str, key_prefix: str) -> Iterator[Settings]:
    queue = f"briefbot-test-metrics-{uuid.uuid4().hex[:10]}"
    yield Settings(cache=CacheConfig(redis_url=redis_url, key_prefix=key_prefix), queue=QueueConfig(name=queue))
    client = redis.Redis.from_url(redis_url)
    try:
        q = Queue(queue, connection=client)
        job_ids = q.get_job_ids()
        keys = [f"rq:job:{j}" for j in job_ids] + list(client.scan_iter(match=f"rq:*{queue}*"))
        if keys:
            client.delete(*keys)
    finally:
        client.close()


def scrape(settings: Settings) -> dict[str, dict[tuple[str, tuple[tuple[str, str], ...]], float]]:
    """``{family: {(sample name, sorted labels): value}}`` from the parsed text exposition."""
    text = exposition(make_registry(settings))
    out: dict[str, dict[tuple[str, tuple[tuple[str, str], ...]], float]] = {}
    for family in text_string_to_metric_families(text):
        for sample in family.samples:
            out.setdefault(family.name, {})[(sample.name, tuple(sorted(sample.labels.items())))] = sample.value
    return out


def test_counters_from_several_recorders_add_up(settings: Settings):
    web, worker = MetricsRecorder.from_config(settings.cache), MetricsRecorder.from_config(settings.cache)
    worker.brief(outcome="ok")
    worker.brief(outcome="ok")
    web.brief(outcome="error", reason="thin_content")
    worker.cache_lookup(True)
    worker.cache_lookup(False)
    worker.cache_lookup(False)
    web.slack_request("event:message")

    metrics = scrape(settings)
    briefs = metrics["briefbot_briefs"]
    assert briefs[("briefbot_briefs_total", (("outcome", "ok"), ("reason", "")))] == 2
    assert briefs[("briefbot_briefs_total", (("outcome", "error"), ("reason", "thin_content")))] == 1
    lookups = metrics["briefbot_cache_lookups"]
    assert lookups[("briefbot_cache_lookups_total", (("result", "hit"),))] == 1
    assert lookups[("briefbot_cache_lookups_total", (("result", "miss"),))] == 2
    assert metrics["briefbot_cache_hit_ratio"][("briefbot_cache_hit_ratio", ())] == pytest.approx(1 / 3)
    assert metrics["briefbot_slack_requests"][("briefbot_slack_requests_total", (("kind", "event:message"),))] == 1
    assert metrics["briefbot_metrics_redis_up"][("briefbot_metrics_redis_up", ())] == 1


def test_histogram_buckets_are_cumulative_with_count_and_sum(settings: Settings):
    recorder = MetricsRecorder.from_config(settings.cache)
    for seconds in (0.004, 0.2, 0.3, 7.0, 600.0):  # the last is beyond every bucket: only in +Inf
        recorder.stage("fetch", seconds)
    recorder.stage("parse", 0.02)

    fetch = {
        dict(labels)["le"]: value
        for (name, labels), value in scrape(settings)["briefbot_stage_seconds"].items()
        if name.endswith("_bucket") and dict(labels)["stage"] == "fetch"
    }
    assert len(fetch) == len(STAGE_BUCKETS) + 1
    assert fetch["0.005"] == 1
    assert fetch["0.1"] == 1
    assert fetch["0.25"] == 2
    assert fetch["0.5"] == 3
    assert fetch["10.0"] == 4
    assert fetch["60.0"] == 4
    assert fetch["+Inf"] == 5
    stages = scrape(settings)["briefbot_stage_seconds"]
    assert stages[("briefbot_stage_seconds_count", (("stage", "fetch"),))] == 5
    assert stages[("briefbot_stage_seconds_sum", (("stage", "fetch"),))] == pytest.approx(607.504)
    assert stages[("briefbot_stage_seconds_count", (("stage", "parse"),))] == 1


def test_queue_depth_and_feedback_are_read_live(settings: Settings, redis_client: redis.Redis):
    queue = Queue(settings.queue.name, connection=redis_client)
    queue.enqueue("bot.jobs.brief_message", kwargs={"url": "https://example.com/a"})
    queue.enqueue("bot.jobs.brief_message", kwargs={"url": "https://example.com/b"})
    redis_client.hset(totals_key(settings.cache.key_prefix, PIPELINE_VERSION), mapping={"up": 7, "down": 2})

    metrics = scrape(settings)
    jobs = metrics["briefbot_queue_jobs"]
    assert jobs[("briefbot_queue_jobs", (("queue", settings.queue.name), ("state", "queued")))] == 2
    assert jobs[("briefbot_queue_jobs", (("queue", settings.queue.name), ("state", "failed")))] == 0
    votes = metrics["briefbot_feedback_votes"]
    assert votes[("briefbot_feedback_votes", (("pipeline_version", PIPELINE_VERSION), ("vote", "up")))] == 7
    assert votes[("briefbot_feedback_votes", (("pipeline_version", PIPELINE_VERSION), ("vote", "down")))] == 2


def test_nothing_recorded_yet_still_parses(settings: Settings):
    metrics = scrape(settings)
    assert metrics["briefbot_metrics_redis_up"][("briefbot_metrics_redis_up", ())] == 1
    assert math.isnan(metrics["briefbot_cache_hit_ratio"][("briefbot_cache_hit_ratio", ())])
    names = {f.name for f in text_string_to_metric_families(exposition(make_registry(settings)))}
    assert {"briefbot_briefs", "briefbot_stage_seconds", "briefbot_queue_jobs"} <= names  # declared, no samples


def test_label_values_from_outside_are_tamed(settings: Settings):
    recorder = MetricsRecorder.from_config(settings.cache)
    recorder.slack_request('event:"}\nbriefbot_fake 1' + "x" * 200)
    (labels,) = [dict(labels) for _, labels in scrape(settings)["briefbot_slack_requests"]]
    assert "\n" not in labels["kind"] and '"' not in labels["kind"] and len(labels["kind"]) <= 64
    assert "briefbot_fake" not in scrape(settings)


def test_recording_never_raises_when_redis_is_down(settings: Settings):
    dead = CacheConfig(redis_url="redis://127.0.0.1:1/0", key_prefix=settings.cache.key_prefix)
    recorder = MetricsRecorder.from_config(dead)
    recorder.brief(outcome="ok")  # logged at debug, not raised
    recorder.stage("fetch", 0.1)
    down = Settings(cache=dead, queue=settings.queue)
    families = {f.name: f for f in make_registry(down).collect()}
    assert families["briefbot_metrics_redis_up"].samples[0].value == 0


def test_request_kinds():
    assert request_kind({"type": "event_callback", "event": {"type": "app_mention"}}) == "event:app_mention"
    assert request_kind({"command": "/brief", "text": "https://x"}) == "command:/brief"
    assert request_kind({"type": "block_actions", "actions": []}) == "block_actions"
    assert request_kind({}) == "unknown"


def test_stats_table_shows_the_recorded_numbers(settings: Settings):
    recorder = MetricsRecorder.from_config(settings.cache)
    for _ in range(3):
        recorder.brief(outcome="ok")
    recorder.brief(outcome="error", reason="timeout")
    recorder.cache_lookup(True)
    recorder.cache_lookup(False)
    recorder.stage("summarise", 0.2)
    table = format_stats(make_registry(settings).collect())
    lines = table.splitlines()
    assert any(line.split() == ["ok", "-", "3"] for line in lines), table
    assert any(line.split() == ["error", "timeout", "1"] for line in lines), table
    assert any(line.split() == ["all", "4"] for line in lines), table
    assert "hit ratio 50.0%" in table
    assert any(line.split()[:3] == ["summarise", "1", "200"] for line in lines), table


def test_briefbot_stats_command(settings: Settings):
    MetricsRecorder.from_config(settings.cache).brief(outcome="cached")
    env = {
        "PATH": "/usr/bin:/bin",
        "REDIS_URL": settings.cache.redis_url,
        "BRIEF_CACHE_PREFIX": settings.cache.key_prefix,
        "BRIEF_QUEUE": settings.queue.name,
    }
    table = subprocess.run(
        [sys.executable, "-m", "bot.cli", "stats"], cwd=ROOT, env=env, capture_output=True, text=True, timeout=60
    )
    assert table.returncode == 0, table.stderr
    assert any(line.split() == ["cached", "-", "1"] for line in table.stdout.splitlines()), table.stdout
    raw = subprocess.run(
        [sys.executable, "-m", "bot.cli", "stats", "--prometheus"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert raw.returncode == 0, raw.stderr
    (briefs,) = [f for f in text_string_to_metric_families(raw.stdout) if f.name == "briefbot_briefs"]
    assert [(s.labels["outcome"], s.value) for s in briefs.samples] == [("cached", 1.0)]
    dead = subprocess.run(
        [sys.executable, "-m", "bot.cli", "stats"],
        cwd=ROOT,
        env={**env, "REDIS_URL": "redis://127.0.0.1:1/0"},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert dead.returncode == 1 and "cannot read the metrics" in dead.stderr


def test_pipeline_reports_stages_and_cache_lookups(redis_client, cache_config, web_server):
    """What the worker's pipeline hands the recorder: each stage's time, then a miss and a hit."""
    from bot.cache import BriefCache
    from bot.config import FetchConfig
    from bot.pipeline import Pipeline
    from bot.summarise import make_summariser
    from tests.support.articles import article_html
    from tests.support.http_server import html_route

    stages: list[str] = []
    lookups: list[bool] = []
    pipeline = Pipeline(
        fetch_config=FetchConfig(allow_private_hosts=True),
        summariser=make_summariser(Settings.from_env({}).summary),
        cache=BriefCache(client=redis_client, config=cache_config, version=PIPELINE_VERSION),
        observer=lambda stage, seconds: stages.append(stage) if seconds >= 0 else None,
        cache_observer=lookups.append,
    )
    web_server.routes["/story"] = html_route(article_html(5))
    first = pipeline.brief_url_result(web_server.url("/story"))
    second = pipeline.brief_url_result(web_server.url("/story"))
    assert (first.cached, second.cached) == (False, True)
    assert first.brief.title == second.brief.title
    assert lookups == [False, True]
    assert stages == ["fetch", "extract", "parse", "summarise", "quotes", "whole"]  # once: the second was cached
