"""Main-text and metadata extraction on pages written for the tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.errors import ThinContent
from bot.extract import MIN_ARTICLE_WORDS, article_from_text, extract_article

SAMPLE = Path(__file__).resolve().parent.parent / "samples" / "harbour-tunnel.html"


@pytest.fixture(scope="module")
def sample_article():
    return extract_article(SAMPLE.read_text(encoding="utf-8"), url="https://courier.example/x?utm_source=a")


def test_metadata(sample_article):
    assert sample_article.title == "Harbour tunnel plan approved despite flooding fears"
    assert sample_article.site == "The Eastport Courier"
    assert sample_article.authors == ("Priya Raman",)
    assert sample_article.published == "2026-03-14"
    assert sample_article.language == "en"
    assert sample_article.canonical_url == "https://courier.example/news/2026/03/14/harbour-tunnel-approved"
    assert 2 <= sample_article.reading_minutes <= 4


def test_body_is_the_story_only(sample_article):
    paragraphs = sample_article.paragraphs
    assert paragraphs[0].startswith("Eastport's city council has approved")
    assert paragraphs[-1].startswith("Asked whether the council would consider raising the portal")
    text = sample_article.text
    for boilerplate in ("Related stories", "Ferry fares", "All rights reserved", "newsletter", "Subscribe"):
        assert boilerplate not in text
    # The headline and byline are metadata, not body paragraphs.
    assert not any(p.startswith("By Priya Raman") for p in paragraphs)
    assert sample_article.title not in paragraphs
    assert sample_article.word_count > 450


def page(body: str, head: str = "") -> str:
    return f"<html lang='en'><head><title>Stub</title>{head}</head><body>{body}</body></html>"


def test_paywall_stub_is_thin_with_reason():
    html = page(
        "<article><h1>Big scoop</h1><p>The minister resigned on Tuesday after weeks of pressure.</p>"
        "<div class='paywall'>Subscribe to continue reading. Already a subscriber? Log in.</div></article>",
        head='<script type="application/ld+json">{"@type":"NewsArticle","isAccessibleForFree":false}</script>',
    )
    with pytest.raises(ThinContent) as info:
        extract_article(html, url="https://paper.example/scoop")
    assert "paywall" in info.value.user_message


def test_javascript_only_page_is_thin_with_reason():
    html = page("<noscript>You need to enable JavaScript to run this app.</noscript><div id='root'></div>")
    with pytest.raises(ThinContent) as info:
        extract_article(html, url="https://app.example/")
    assert "JavaScript" in info.value.user_message


def test_short_page_is_thin():
    words = " ".join(["word"] * (MIN_ARTICLE_WORDS // 2))
    with pytest.raises(ThinContent):
        extract_article(page(f"<article><p>{words}.</p></article>"), url="https://x.example/")


def test_article_from_text_paragraphs_and_title():
    text = "Council votes today\n\nFirst paragraph here.\nStill the first.\n\n\nSecond paragraph."
    article = article_from_text(text, title="Council votes today", url="https://x.example/a")
    assert article.paragraphs == ("First paragraph here.\nStill the first.", "Second paragraph.")
    assert article.title == "Council votes today"
    assert article.site == "x.example"


def test_article_from_text_single_newlines_are_paragraphs_when_no_blank_lines():
    article = article_from_text("One.\nTwo.\nThree.")
    assert article.paragraphs == ("One.", "Two.", "Three.")


def test_empty_text_is_thin():
    with pytest.raises(ThinContent):
        article_from_text("  \n\n ")


def test_article_from_text_drops_headline_repeated_after_a_byline():
    text = "Jane Roe 2 minutes ago | 10:50 PM\n\nCouncil Votes Today\n\nThe council votes today on the budget."
    article = article_from_text(text, title="Council votes today")
    assert article.paragraphs == ("Jane Roe 2 minutes ago | 10:50 PM", "The council votes today on the budget.")
