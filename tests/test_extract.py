"""Main-text and metadata extraction on pages written for the tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.errors import ThinContent
from bot.extract import MIN_ARTICLE_WORDS, article_from_text, extract_article
from bot.headers import PageHeaders, clean_authors

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


# --- brief headers: title, authors, site as the page itself states them ---------------------------

STORY = " ".join(
    f"Paragraph {n} of the story says the harbour board met on a wet evening and argued about the ferry."
    for n in range(12)
)


def news_page(*, title: str, head: str = "", h1: str = "", byline: str = "") -> str:
    """A news page written for these tests: <title>, extra head tags, an <h1> and a byline."""
    byline_html = f"<p class='byline'>{byline}</p>" if byline else ""
    return (
        f"<html lang='en'><head><title>{title}</title>{head}</head><body><article>"
        f"<h1>{h1}</h1>{byline_html}<p>{STORY}</p><p>{STORY}</p></article></body></html>"
    )


def author_meta(name: str) -> str:
    return f'<meta name="author" content="{name}">'


def test_site_name_suffix_is_stripped_from_the_title():
    html = news_page(
        title="Ferry fares rise again - The Eastport Courier",
        head='<meta property="og:site_name" content="The Eastport Courier">',
        h1="Ferry fares rise again",
    )
    article = extract_article(html, url="https://courier.example/fares")
    assert article.title == "Ferry fares rise again"
    assert article.site == "The Eastport Courier"


def test_site_name_and_tagline_prefix_is_stripped_when_h1_gives_the_bare_headline():
    html = news_page(
        title="PortNews | Eastport's favourite news site: Ferry fares rise again",
        head='<meta property="og:site_name" content="PortNews | Eastport\'s favourite news site">',
        h1="Ferry fares rise again",
    )
    article = extract_article(html, url="https://portnews.example/fares")
    assert article.title == "Ferry fares rise again"
    assert article.site == "PortNews"


def test_category_label_is_stripped_when_og_title_agrees():
    html = news_page(
        title="Opinion | Ferry fares are too high",
        head='<meta property="og:title" content="Ferry fares are too high">',
        h1="Opinion | Ferry fares are too high",
    )
    assert extract_article(html, url="https://courier.example/op").title == "Ferry fares are too high"


def test_a_subtitle_after_a_colon_is_kept():
    # Nothing on the page names "The vote" as a label or the site: the colon is part of the headline.
    html = news_page(
        title="Ferry fares: the board votes tonight",
        head='<meta property="og:title" content="Ferry fares: the board votes tonight">',
        h1="Ferry fares",
    )
    assert extract_article(html, url="https://courier.example/v").title == "Ferry fares: the board votes tonight"


def test_author_with_date_and_outlet_is_cleaned():
    html = news_page(
        title="Ferry fares rise again",
        head=author_meta("Carrie Arnold November; Finian Cunningham Courier International")
        + '<meta property="og:site_name" content="Courier International">',
    )
    article = extract_article(html, url="https://courier.example/fares")
    assert article.authors == ("Carrie Arnold", "Finian Cunningham")


def test_body_phrase_is_not_taken_as_author():
    html = news_page(title="Ferry fares rise again", head=author_meta("The Russian, Syrian defense ministries"))
    assert extract_article(html, url="https://courier.example/fares").authors == ()


def test_two_authors_are_split_and_roles_dropped():
    html = news_page(title="Ferry fares rise again", head=author_meta("By Priya Raman and TOM OKAFOR, Staff writer"))
    assert extract_article(html, url="https://courier.example/fares").authors == ("Priya Raman", "Tom Okafor")


def test_handles_and_agencies_are_not_authors():
    html = news_page(
        title="Ferry fares rise again",
        head=author_meta("Priya Raman; @priyar; Kevin-R; Associated Press; Jill Lawless Associated Press"),
    )
    assert extract_article(html, url="https://courier.example/fares").authors == ("Priya Raman", "Jill Lawless")


def test_emails_and_links_in_a_byline_are_dropped():
    # trafilatura rewrites an e-mail in <meta name=author> itself, so the byline string is tested directly.
    raw = "Priya Raman, priya.raman@courier.example | https://twitter.com/priyar"
    assert clean_authors(raw, headers=PageHeaders(hostname="courier.example"), site=None) == ("Priya Raman",)


def test_site_comes_from_og_site_name_else_the_domain():
    with_meta = news_page(
        title="Ferry fares rise again", head='<meta property="og:site_name" content="The Eastport Courier">'
    )
    assert extract_article(with_meta, url="https://courier.example/fares").site == "The Eastport Courier"
    without = news_page(title="Ferry fares rise again")
    assert extract_article(without, url="https://www.courier.example/fares").site == "courier.example"
