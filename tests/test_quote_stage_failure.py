"""A bug in the quote rules costs the reader the quotes, not the brief.

The quote stage is hundreds of hand-written rules over whatever the web serves; one of them raising on a page nobody
foresaw must not turn a good summary into "something went wrong".  The brief goes out with its summary and a line
saying the quotes could not be read; the traceback is logged; the brief is cached only as long as a failure, so a
fixed deploy reaches the link soon.  The page's time budget running out in the quote stage still fails the brief, as
it does in every stage.  The crash is injected by replacing ``bot.quotes.extract_quotes`` (our own code, not an
external system); the page is served over real HTTP and the cache is the real Redis.
"""

from __future__ import annotations

import json
import logging

import pytest

import bot.quotes
from bot.brief import QUOTES_FAILED_NOTE, Brief
from bot.cache import BriefCache
from bot.cli import format_brief
from bot.errors import TooComplex
from bot.pipeline import PIPELINE_VERSION
from handlers.render import render_brief
from tests.support.articles import article_html
from tests.support.http_server import html_route


@pytest.fixture
def broken_quote_rules(monkeypatch):
    def crash(docs, *, deadline=None):
        raise IndexError("a rule read past the end of a sentence")

    monkeypatch.setattr(bot.quotes, "extract_quotes", crash)


def test_a_crash_in_the_quote_stage_still_gives_the_summary(pipeline, web_server, broken_quote_rules, caplog):
    web_server.routes["/story"] = html_route(article_html(1, title="Quay works approved"))
    with caplog.at_level(logging.ERROR, logger="bot.pipeline"):
        brief = pipeline.brief_url(web_server.url("/story"))
    assert brief.summary and brief.title == "Quay works approved"
    assert brief.quotes_failed
    assert brief.quotes == () and brief.key_quotes == () and brief.speakers == ()
    [record] = [r for r in caplog.records if "quote stage failed" in r.getMessage()]
    assert record.exc_info and record.exc_info[0] is IndexError
    assert web_server.url("/story") in record.getMessage()


def test_a_brief_without_its_quotes_is_cached_only_as_long_as_a_failure(
    pipeline, web_server, broken_quote_rules, redis_client, cache_config
):
    web_server.routes["/story"] = html_route(article_html(2))
    url = web_server.url("/story")
    pipeline.brief_url(url)
    key = BriefCache(client=redis_client, config=cache_config, version=PIPELINE_VERSION).key(url)
    assert 0 < redis_client.ttl(key) <= cache_config.failure_ttl_seconds
    assert pipeline.brief_url(url).quotes_failed  # served from the cache meanwhile: fetched once
    assert web_server.hits["/story"] == 1


def test_a_brief_with_its_quotes_keeps_the_full_time_to_live(pipeline, web_server, redis_client, cache_config):
    web_server.routes["/story"] = html_route(article_html(3))
    url = web_server.url("/story")
    brief = pipeline.brief_url(url)
    assert not brief.quotes_failed and brief.quotes
    key = BriefCache(client=redis_client, config=cache_config, version=PIPELINE_VERSION).key(url)
    assert redis_client.ttl(key) > cache_config.failure_ttl_seconds


def test_running_out_of_time_in_the_quote_stage_still_fails_the_brief(pipeline, web_server, monkeypatch):
    def too_slow(docs, *, deadline=None):
        raise TooComplex("the quote stage ran out of time")

    monkeypatch.setattr(bot.quotes, "extract_quotes", too_slow)
    web_server.routes["/story"] = html_route(article_html(4))
    with pytest.raises(TooComplex):
        pipeline.brief_url(web_server.url("/story"))


def test_the_reader_is_told_why_there_are_no_quotes():
    brief = Brief(url="https://news.example/a", title="A", summary=("One.",), quotes_failed=True)
    message = render_brief(brief)
    notes = [e["text"] for b in message["blocks"] if b["type"] == "context" for e in b["elements"]]
    assert any(QUOTES_FAILED_NOTE.replace("'", "") in n.replace("'", "").replace("&#39;", "") for n in notes)
    assert QUOTES_FAILED_NOTE in format_brief(brief)
    assert QUOTES_FAILED_NOTE not in format_brief(Brief(url="https://news.example/a", summary=("One.",)))


def test_the_failure_survives_the_cache_round_trip():
    brief = Brief(url="https://news.example/a", summary=("One.",), quotes_failed=True)
    data = json.loads(json.dumps(brief.to_dict()))
    assert data["quotes_failed"] is True
    assert Brief.from_dict(data) == brief
    assert Brief.from_dict({k: v for k, v in data.items() if k != "quotes_failed"}).quotes_failed is False
