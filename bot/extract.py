"""Main-text and metadata extraction: HTML (or plain text) in, ``Article`` out.

trafilatura does the hard part (boilerplate removal, metadata from meta tags,
JSON-LD and the page itself).  This module adds what a brief needs on top:
paragraphs without the repeated headline and byline, the language (the
page's declaration checked against the text, ``bot.language``), authors as
a list, and a clear ``ThinContent`` error instead of a one-line "summary"
when a page holds no real article (paywall stubs, JavaScript-only pages).
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable
from urllib.parse import urlsplit

import lxml.html

from bot.brief import Article
from bot.errors import ExtractError, ThinContent
from bot.headers import clean_authors, clean_site, clean_title, page_headers
from bot.language import detect_language
from bot.urls import is_http_url

__all__ = ["MIN_ARTICLE_WORDS", "article_from_text", "extract_article"]

logger = logging.getLogger(__name__)

#: Fewer words than this is a stub, a teaser or an error page, not an article worth briefing.
MIN_ARTICLE_WORDS = 80

#: How deep libxml2 builds a tree with ``huge_tree`` (its default stops at 256); deeper pages are refused.
DEEP_HTML_LEVELS = 2048
TRAFILATURA_OPTIONS = {
    "with_metadata": True,
    "include_comments": False,
    "include_tables": False,
    "include_images": False,
    "favor_precision": False,
}

#: How many leading paragraphs may repeat the headline.
HEADLINE_REPEAT_WINDOW = 3
_BYLINE_RE = re.compile(r"^(by|from|words by|written by)\s+\S", re.IGNORECASE)
_HTML_LANG_RE = re.compile(r"<html\b[^>]*?\blang\s*=\s*[\"']?([A-Za-z]{2,3})(?:[-_][A-Za-z0-9]+)*", re.IGNORECASE)
_PAYWALL_MARKERS = (
    '"isaccessibleforfree": false',
    '"isaccessibleforfree":false',
    '"isaccessibleforfree": "false"',
    '"isaccessibleforfree":"false"',
    "subscribe to continue reading",
    "subscribe to read",
    "subscribers only",
    "for subscribers",
    "to continue reading",
    "already a subscriber",
    "this content is for subscribers",
    "paywall",
)
_JAVASCRIPT_MARKERS = (
    "enable javascript",
    "javascript is disabled",
    "javascript is required",
    "requires javascript",
    "turn on javascript",
    "you need to enable javascript",
)


def extract_article(html: str, *, url: str | None = None) -> Article:
    """Extract the article in ``html``; raise ``ThinContent`` when there is no real article to brief."""
    import trafilatura

    try:
        document = trafilatura.bare_extraction(html, url=url, **TRAFILATURA_OPTIONS)
        if _thin(document) and _cut_short_by_depth(html):
            # libxml2 silently drops everything nested deeper than 255 levels: parse again without that limit.
            document = trafilatura.bare_extraction(_deep_tree(html, url=url), url=url, **TRAFILATURA_OPTIONS)
    except ExtractError:
        raise
    except Exception as exc:  # trafilatura raises assorted lxml/parser errors on broken markup
        raise ExtractError(f"could not parse the page at {url}: {exc}") from exc
    if document is None or not (document.text or "").strip():
        raise ThinContent(f"no article text found at {url}", user_message=_thin_message(html))
    headers = page_headers(html, url=url)
    site = clean_site(_clean(document.sitename) or document.hostname, headers=headers)
    title = clean_title(_clean(document.title), headers=headers, site=site)
    paragraphs = _body_paragraphs(document.text.split("\n"), title=title)
    language = detect_language("\n".join(paragraphs), declared=_declared_language(document.language, html))
    article = Article(
        paragraphs=tuple(paragraphs),
        title=title,
        url=url,
        canonical_url=_absolute(document.url) or url,
        site=site or _hostname(url),
        authors=clean_authors(document.author, headers=headers, site=site),
        published=_clean(document.date),
        language=language,
    )
    if article.word_count < MIN_ARTICLE_WORDS:
        raise ThinContent(
            f"only {article.word_count} words of article text at {url}",
            user_message=_thin_message(html),
        )
    return article


def _thin(document: object) -> bool:
    text = getattr(document, "text", None) or ""
    return len(text.split()) < MIN_ARTICLE_WORDS


def _parse(html: str, parser: lxml.html.HTMLParser) -> lxml.html.HtmlElement:
    try:
        return lxml.html.fromstring(html, parser=parser)
    except ValueError:  # a str with an XML encoding declaration: lxml wants bytes
        return lxml.html.fromstring(html.encode("utf-8", "surrogatepass"), parser=parser)


def _depth_limited(parser: lxml.html.HTMLParser) -> bool:
    return any(error.type_name == "ERR_RESOURCE_LIMIT" and "depth" in error.message for error in parser.error_log)


def _cut_short_by_depth(html: str) -> bool:
    """Whether libxml2's default nesting limit (256 levels) cut the page's tree short."""
    parser = lxml.html.HTMLParser(collect_ids=False)
    _parse(html, parser)
    return _depth_limited(parser)


def _deep_tree(html: str, *, url: str | None) -> lxml.html.HtmlElement:
    """The page parsed with libxml2's ``huge_tree`` limits (2048 levels); deeper than that is refused, precisely."""
    parser = lxml.html.HTMLParser(huge_tree=True, collect_ids=False, remove_comments=True, remove_pis=True)
    tree = _parse(html, parser)
    if _depth_limited(parser):
        raise ExtractError(
            f"the page at {url} is nested more than {DEEP_HTML_LEVELS} levels deep",
            user_message=f"That page's HTML is nested more than {DEEP_HTML_LEVELS:,} levels deep, so I can't read it.",
        )
    return tree


def article_from_text(text: str, *, title: str | None = None, url: str | None = None) -> Article:
    """Wrap plain text as an ``Article``: paragraphs are separated by blank lines (or by single
    newlines when the text has no blank lines at all).  No minimum length: evaluation sets
    and the CLI's .txt input are trusted to be articles."""
    normalised = text.replace("\r\n", "\n").replace("\r", "\n")
    blocks = re.split(r"\n\s*\n", normalised) if re.search(r"\n\s*\n", normalised) else normalised.split("\n")
    title = _clean(title)
    paragraphs = _body_paragraphs(blocks, title=title)
    if not paragraphs:
        raise ThinContent("the text is empty", user_message="There is no text to brief.")
    return Article(
        paragraphs=tuple(paragraphs),
        title=title,
        url=url,
        canonical_url=url,
        site=_hostname(url),
        language=detect_language("\n".join(paragraphs)),
    )


def _body_paragraphs(lines: Iterable[str], *, title: str | None) -> list[str]:
    """Paragraphs of the body: whitespace collapsed, the headline and a leading byline dropped."""
    paragraphs = [re.sub(r"[ \t\u00a0]+", " ", line).strip() for line in lines]
    paragraphs = [p for p in paragraphs if p]
    if title:
        # The headline again, often after a byline or timestamp line: it is metadata, not body.
        head = [p for p in paragraphs[:HEADLINE_REPEAT_WINDOW] if not _same_text(p, title)]
        paragraphs = head + paragraphs[HEADLINE_REPEAT_WINDOW:]
    if paragraphs and _BYLINE_RE.match(paragraphs[0]) and len(paragraphs[0].split()) <= 15:
        paragraphs = paragraphs[1:]
    return paragraphs


def _same_text(a: str, b: str) -> bool:
    def squash(s: str) -> str:
        return re.sub(r"\W+", "", s).lower()

    return squash(a) == squash(b)


def _thin_message(html: str) -> str:
    """Say why a page is thin, when the page itself gives it away."""
    lowered = html.lower()
    if any(marker in lowered for marker in _PAYWALL_MARKERS):
        return "That page is behind a paywall, so I can only see the teaser."
    if any(marker in lowered for marker in _JAVASCRIPT_MARKERS):
        return "That page needs JavaScript to show its text, so I can't read it."
    return ThinContent.default_user_message


def _declared_language(detected: str | None, html: str) -> str | None:
    """What the page says its language is (trafilatura's metadata, else ``<html lang>``)."""
    if detected:
        return detected.split("-")[0].split("_")[0].lower()
    match = _HTML_LANG_RE.search(html[:5000])
    return match.group(1).lower() if match else None


def _hostname(url: str | None) -> str | None:
    if not url:
        return None
    return urlsplit(url).hostname or None


def _absolute(url: str | None) -> str | None:
    return url if url and is_http_url(url) else None


def _clean(value: str | None) -> str | None:
    if value is None:
        return None
    value = re.sub(r"\s+", " ", value).strip()
    return value or None
