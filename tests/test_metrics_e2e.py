"""End to end: ``GET /metrics`` on the real gunicorn app shows what the web process and a real worker recorded.

Same stack as ``test_slack_e2e.py`` (gunicorn + Bolt, ``python -m bot.worker``
with the real models, real Redis, loopback article server, fake Slack Web API),
with its own key prefix and queue.  The exposition is parsed with
prometheus_client's parser, as Prometheus would scrape it.  The last test
pastes a Russian article (written for the tests) and checks the threaded reply.
"""

from __future__ import annotations

import json
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from urllib.request import urlopen

import pytest
from prometheus_client.parser import text_string_to_metric_families

from tests.support.articles import article_html
from tests.support.fake_slack import FakeSlack
from tests.support.http_server import LoopbackServer, html_route
from tests.support.slack_stack import (
    Process,
    cleanup_redis,
    event_body,
    message_event,
    post_event,
    stack_env,
    start_web,
    start_worker,
)

REPLY_TIMEOUT = 90.0
Samples = dict[tuple[str, tuple[tuple[str, str], ...]], float]


@dataclass
class Stack:
    fake: FakeSlack
    articles: LoopbackServer
    web: Process
    web_url: str
    worker: Process

    def scrape(self) -> dict[str, Samples]:
        with urlopen(f"{self.web_url}/metrics", timeout=10) as response:
            assert response.status == 200
            assert response.headers["Content-Type"].startswith("text/plain")
            text = response.read().decode()
        families: dict[str, Samples] = {}
        for family in text_string_to_metric_families(text):
            samples = families.setdefault(family.name, {})
            for sample in family.samples:
                samples[(sample.name, tuple(sorted(sample.labels.items())))] = sample.value
        return families

    def brief_link(self, path: str, n: int) -> str:
        """Serve article ``n`` at ``path``, paste its link in a fresh channel and wait for the reply."""
        self.articles.routes[path] = html_route(article_html(n))
        return self.brief_link_path(path)

    def brief_link_path(self, path: str) -> str:
        """Paste the link of what is served at ``path`` in a fresh channel; returns the channel once replied."""
        channel = "C" + uuid.uuid4().hex[:10].upper()
        event = message_event(f"have a look <{self.articles.url(path)}>", channel=channel)
        assert post_event(self.web_url, event_body(event)).status == 200
        arrived = self.fake.wait_for(
            lambda f: any(c.get("channel") == channel for c in f.calls_of("chat.postMessage")), timeout=REPLY_TIMEOUT
        )
        assert arrived, f"no reply in {channel}; worker log:\n{self.worker.log_tail()}"
        return channel


@pytest.fixture(scope="module")
def stack(redis_url: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Stack]:
    run = uuid.uuid4().hex[:12]
    key_prefix = f"briefbot-test:{run}:"
    queue = f"briefbot-test-{run}"
    logs: Path = tmp_path_factory.mktemp("metrics-e2e")
    fake = FakeSlack().start()
    articles = LoopbackServer().start()
    env = stack_env(slack_api_url=fake.api_url, redis_url=redis_url, key_prefix=key_prefix, queue=queue)
    web = worker = None
    try:
        web, web_url = start_web(env, log_dir=logs)
        worker = start_worker(env, log_dir=logs)
        yield Stack(fake=fake, articles=articles, web=web, web_url=web_url, worker=worker)
    finally:
        for process in (worker, web):
            if process is not None:
                process.stop()
        articles.stop()
        fake.stop()
        cleanup_redis(redis_url, key_prefix=key_prefix, queue=queue)


def _briefs(metrics: dict[str, Samples], outcome: str) -> float:
    return sum(v for (name, labels), v in metrics.get("briefbot_briefs", {}).items() if ("outcome", outcome) in labels)


def _stage_count(metrics: dict[str, Samples], stage: str) -> float:
    return metrics["briefbot_stage_seconds"].get(("briefbot_stage_seconds_count", (("stage", stage),)), 0.0)


def _wait_for(stack: Stack, predicate, timeout: float = 10.0) -> dict[str, Samples]:
    """The worker records the outcome just before it posts; allow the few milliseconds between."""
    deadline = time.monotonic() + timeout
    while True:
        metrics = stack.scrape()
        if predicate(metrics) or time.monotonic() > deadline:
            return metrics
        time.sleep(0.2)


def test_metrics_parse_and_move_when_a_brief_is_made(stack: Stack):
    before = stack.scrape()
    assert before["briefbot_metrics_redis_up"][("briefbot_metrics_redis_up", ())] == 1
    assert before["briefbot_workers"][("briefbot_workers", (("queue", stack_queue(before)),))] == 1
    ok_before = _briefs(before, "ok")

    stack.brief_link("/news/metrics-one", 3)
    after = _wait_for(stack, lambda m: _briefs(m, "ok") > ok_before)
    assert _briefs(after, "ok") == ok_before + 1
    for stage in ("fetch", "extract", "parse", "summarise", "quotes", "whole"):
        assert _stage_count(after, stage) >= 1, stage
    requests = after["briefbot_slack_requests"]
    assert requests[("briefbot_slack_requests_total", (("kind", "event:message"),))] >= 1
    lookups = after["briefbot_cache_lookups"]
    assert lookups[("briefbot_cache_lookups_total", (("result", "miss"),))] >= 1

    # The same article again (another channel): served from the cache, counted as such.
    cached_before = _briefs(after, "cached")
    stack.brief_link("/news/metrics-one", 3)
    again = _wait_for(stack, lambda m: _briefs(m, "cached") > cached_before)
    assert _briefs(again, "cached") == cached_before + 1
    assert _briefs(again, "ok") == ok_before + 1
    assert again["briefbot_cache_hit_ratio"][("briefbot_cache_hit_ratio", ())] > 0


def test_a_failed_brief_is_counted_with_its_reason(stack: Stack):
    stack.articles.routes["/news/stub"] = html_route("<html><body><h1>Soon</h1><p>Coming soon.</p></body></html>")
    before = stack.scrape()
    channel = "C" + uuid.uuid4().hex[:10].upper()
    event = message_event(f"<{stack.articles.url('/news/stub')}>", channel=channel)
    assert post_event(stack.web_url, event_body(event)).status == 200
    key = ("briefbot_briefs_total", (("outcome", "error"), ("reason", "thin_content")))
    after = _wait_for(
        stack,
        lambda m: m.get("briefbot_briefs", {}).get(key, 0) > before.get("briefbot_briefs", {}).get(key, 0),
        timeout=REPLY_TIMEOUT,
    )
    assert after["briefbot_briefs"][key] == before.get("briefbot_briefs", {}).get(key, 0) + 1


def test_a_russian_article_is_briefed_in_slack_without_quotes(stack: Stack):
    from handlers.render import mrkdwn_escape
    from tests.test_languages import RUSSIAN_PARAGRAPHS, RUSSIAN_TITLE

    body = "".join(f"<p>{p}</p>" for p in RUSSIAN_PARAGRAPHS)
    html = f'<html lang="ru"><head><title>{RUSSIAN_TITLE}</title></head><body><article>{body}</article></body></html>'
    stack.articles.routes["/news/ru"] = html_route(html)
    channel = stack.brief_link_path("/news/ru")
    (reply,) = [c for c in stack.fake.calls_of("chat.postMessage") if c.get("channel") == channel]
    blocks = json.dumps(reply.get("blocks"), ensure_ascii=False)
    assert mrkdwn_escape(RUSSIAN_TITLE) in blocks
    assert "Quotes are only extracted from English articles" in blocks
    assert "Key quotes" not in blocks and "Who is quoted" not in blocks
    assert "паром" in blocks  # the summary, in Russian


def stack_queue(metrics: dict[str, Samples]) -> str:
    ((_, labels),) = metrics["briefbot_workers"].keys()
    return dict(labels)["queue"]
