"""The whole pipeline on the sample article, served over real HTTP, with a real Redis cache."""

from __future__ import annotations

import json
import re
import threading
from pathlib import Path

import pytest

from bot.brief import Brief
from bot.cache import BriefCache
from bot.errors import HTTPStatusError, InvalidURL
from bot.extract import extract_article
from bot.pipeline import PIPELINE_VERSION, Pipeline
from bot.quotes.verbatim import is_verbatim, parts_problems
from tests.support.http_server import LOOPBACK_FETCH, html_route

SAMPLE_HTML = (Path(__file__).resolve().parent.parent / "samples" / "harbour-tunnel.html").read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def sample_brief(summariser) -> Brief:
    return Pipeline(fetch_config=LOOPBACK_FETCH, summariser=summariser).brief_html(
        SAMPLE_HTML, url="https://c.example/t"
    )


def squash(text: str) -> str:
    return re.sub(r"\s+", " ", text)


def quotes_by(brief: Brief, fragment: str):
    found = [q for q in brief.quotes if fragment in q.text]
    assert found, f"no quote containing {fragment!r} in {[q.text for q in brief.quotes]}"
    return found[0]


def test_summary_is_verbatim_and_short(sample_brief):
    article_text = squash(re.sub(r"<[^>]+>", " ", SAMPLE_HTML))
    assert 3 <= len(sample_brief.summary) <= 5
    for sentence in sample_brief.summary:
        assert squash(sentence) in article_text
    # The news lead carries the story: the approval must be in the summary.
    assert any("approved" in s for s in sample_brief.summary)


def test_quotes_are_verbatim(sample_brief):
    body = squash(re.sub(r"<[^>]+>", " ", SAMPLE_HTML))
    assert sample_brief.quotes
    for quote in sample_brief.quotes:
        # A merged (interrupted or multi-paragraph) quote is verbatim part by part.
        assert is_verbatim(squash(quote.text), body), quote.text
    # and each part is the exact slice of the article text its offsets name
    article_text = extract_article(SAMPLE_HTML, url="https://c.example/t").text
    for quote in sample_brief.quotes:
        assert parts_problems(quote.text, quote.parts, article_text) == [], quote


def test_speakers_and_roles(sample_brief):
    mayor = quotes_by(sample_brief, "most important decision this council has taken")
    assert mayor.speaker == "Helen Okafor"
    assert mayor.role and "Mayor" in mayor.role
    engineer = quotes_by(sample_brief, "assume the sea wall holds")
    assert engineer.speaker == "Tomasz Wójcik"
    assert engineer.role and "coastal engineer" in engineer.role
    # "He added ... 'perhaps four per cent more'" goes to the last man named, Wójcik.
    assert quotes_by(sample_brief, "perhaps four per cent more").speaker == "Tomasz Wójcik"
    costa = quotes_by(sample_brief, "Firms have been waiting")
    assert costa.speaker == "Rafael Costa"
    assert costa.role and "Eastport Chamber of Commerce" in costa.role
    # "she said" after Okafor's fragment resolves to her.
    assert quotes_by(sample_brief, "The argument is over").speaker == "Helen Okafor"


def test_interrupted_quote_is_one_quote(sample_brief):
    barrier = quotes_by(sample_brief, "Every design we have looked at")
    assert "We are not building a bathtub." in barrier.text
    assert barrier.speaker == "Samuel Achterberg"


def test_quote_across_paragraphs_is_one_quote(sample_brief):
    tran = quotes_by(sample_brief, "Nobody from the council knocked")
    assert "everyone else's problem ends up" in tran.text
    assert tran.speaker == "Linh Tran"


def test_scare_quote_is_not_a_quote(sample_brief):
    assert not any("mole tax" in q.text for q in sample_brief.quotes)


def test_key_quotes_and_speakers(sample_brief):
    assert 2 <= len(sample_brief.key_quotes) <= 4
    assert all(q in sample_brief.quotes for q in sample_brief.key_quotes)
    assert len({q.speaker for q in sample_brief.key_quotes}) >= 2
    names = [s.name for s in sample_brief.speakers]
    assert {"Helen Okafor", "Tomasz Wójcik", "Samuel Achterberg", "Linh Tran"} <= set(names)
    okafor = next(s for s in sample_brief.speakers if s.name == "Helen Okafor")
    assert okafor.quotes == sum(q.speaker == "Helen Okafor" for q in sample_brief.quotes)


def test_brief_round_trips_through_json(sample_brief):
    data = json.loads(json.dumps(sample_brief.to_dict()))
    assert set(data) == {
        "url", "canonical_url", "title", "site", "authors", "published", "language",
        "reading_minutes", "summary", "quotes", "key_quotes", "speakers", "truncated_at_words", "quotes_failed",
    }  # fmt: skip
    assert data["truncated_at_words"] is None and data["quotes_failed"] is False
    assert set(data["quotes"][0]) == {"text", "speaker", "role", "paragraph", "parts"}
    assert set(data["quotes"][0]["parts"][0]) == {"text", "start", "end"}
    assert set(data["speakers"][0]) == {"name", "role", "quotes"}
    assert Brief.from_dict(data) == sample_brief


def test_brief_url_fetches_and_caches(pipeline, web_server):
    web_server.routes["/story"] = html_route(SAMPLE_HTML)
    url = web_server.url("/story?utm_source=slack")
    first = pipeline.brief_url(url)
    assert first.title == "Harbour tunnel plan approved despite flooding fears"
    assert first.url == url
    assert first.canonical_url == "https://courier.example/news/2026/03/14/harbour-tunnel-approved"
    again = pipeline.brief_url(web_server.url("/story?fbclid=zzz"))
    assert again.summary == first.summary
    assert web_server.hits["/story"] == 1


def test_concurrent_requests_fetch_once(summariser, redis_url, cache_config, web_server):
    import time

    import redis

    def slow_sample(handler):
        time.sleep(0.5)
        html_route(SAMPLE_HTML)(handler)

    web_server.routes["/slow-story"] = slow_sample
    pipelines = [
        Pipeline(
            fetch_config=LOOPBACK_FETCH,
            summariser=summariser,
            cache=BriefCache(client=redis.Redis.from_url(redis_url), config=cache_config, version=PIPELINE_VERSION),
        )
        for _ in range(2)
    ]
    results: list[Brief] = []
    threads = [
        threading.Thread(target=lambda p=p: results.append(p.brief_url(web_server.url("/slow-story"))))
        for p in pipelines
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=60)
    assert len(results) == 2 and results[0].summary == results[1].summary
    assert web_server.hits["/slow-story"] == 1


def test_dead_link_failure_is_cached(pipeline, web_server):
    url = web_server.url("/missing")
    for _ in range(3):
        with pytest.raises(HTTPStatusError) as info:
            pipeline.brief_url(url)
        assert info.value.status_code == 404
    assert web_server.hits["/missing"] == 1


def test_non_http_url_is_refused(pipeline):
    with pytest.raises(InvalidURL):
        pipeline.brief_url("ftp://files.example/story")


def test_brief_text_entry_point():
    import bot

    text = (
        "Council backs new library\n\n"
        "The town council voted on Monday to build a new library beside the station. "
        "The building will open in 2028 and cost £12 million.\n\n"
        '"Libraries are where a town learns," said Councillor Ruth Abara, who chairs the culture committee. '
        "She said the old library had run out of space years ago.\n\n"
        "Construction begins in the autumn. The design will be chosen by a public vote in the summer."
    )
    brief = bot.brief_text(text, title="Council backs new library")
    assert brief.title == "Council backs new library"
    assert brief.summary and all(s in text for s in brief.summary)
    quote = quotes_by(brief, "Libraries are where a town learns")
    assert quote.speaker == "Ruth Abara"
