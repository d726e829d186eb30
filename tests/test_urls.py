"""canonicalize_url / check_http_url: one cache key per article, and only http(s) links."""

from __future__ import annotations

import pytest

from bot.errors import InvalidURL
from bot.urls import canonicalize_url, check_http_url, is_http_url


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("HTTPS://Example.COM/News/Story", "https://example.com/News/Story"),
        ("http://example.com", "http://example.com/"),
        ("http://example.com:80/a", "http://example.com/a"),
        ("https://example.com:443/a", "https://example.com/a"),
        ("https://example.com:8443/a", "https://example.com:8443/a"),
        ("http://example.com:443/a", "http://example.com:443/a"),
        ("https://example.com/a#section-2", "https://example.com/a"),
        ("https://example.com/a?", "https://example.com/a"),
        ("  https://example.com/a  ", "https://example.com/a"),
        ("https://example.com./a", "https://example.com/a"),
        ("https://example.com/a/./b/../c", "https://example.com/a/c"),
        ("https://example.com/a/b/..", "https://example.com/a/"),
        ("https://example.com/caf%c3%a9", "https://example.com/caf%C3%A9"),
        ("https://example.com/a/", "https://example.com/a/"),
        ("https://bücher.example/ä", "https://xn--bcher-kva.example/ä"),
        ("http://[2001:DB8:0:0::1]:8080/x", "http://[2001:db8::1]:8080/x"),
        ("http://[::1]:80/", "http://[::1]/"),
    ],
)
def test_canonical_form(url: str, expected: str) -> None:
    assert canonicalize_url(url) == expected


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        (
            "https://news.example/story?utm_source=slack&utm_medium=social&id=42&utm_campaign=x",
            "https://news.example/story?id=42",
        ),
        ("https://news.example/story?fbclid=IwAR0abc", "https://news.example/story"),
        ("https://news.example/s?gclid=1&dclid=2&msclkid=3&yclid=4", "https://news.example/s"),
        ("https://news.example/s?mc_cid=1&mc_eid=2&igshid=3&_ga=4&ref_src=twsrc", "https://news.example/s"),
        ("https://news.example/s?UTM_Source=x&page=2", "https://news.example/s?page=2"),
        # other parameters keep their order, encoding and repeated values
        ("https://news.example/s?b=2&utm_term=z&a=1&b=3", "https://news.example/s?b=2&a=1&b=3"),
        ("https://news.example/s?q=a+b%2fc&fbclid=x", "https://news.example/s?q=a+b%2Fc"),
        ("https://news.example/s?flag&utm_id=1", "https://news.example/s?flag"),
        ("https://news.example/s?a=1&&b=2", "https://news.example/s?a=1&b=2"),
        # a parameter that merely contains a tracking name is kept
        ("https://news.example/s?my_utm_source=1&gclid_note=2", "https://news.example/s?my_utm_source=1&gclid_note=2"),
    ],
)
def test_tracking_parameters_are_dropped(url: str, expected: str) -> None:
    assert canonicalize_url(url) == expected


def test_variants_of_one_article_share_a_key() -> None:
    variants = [
        "https://News.Example.com/2024/05/story.html?utm_source=slack",
        "https://news.example.com:443/2024/05/story.html#comments",
        "HTTPS://news.example.com/2024/05/./story.html?fbclid=abc&utm_medium=x",
        "https://news.example.com/2024/05/story.html",
    ]
    assert {canonicalize_url(url) for url in variants} == {"https://news.example.com/2024/05/story.html"}


def test_canonical_form_is_idempotent() -> None:
    url = "HTTP://Example.com:80/a/../b?utm_source=x&k=v#frag"
    once = canonicalize_url(url)
    assert canonicalize_url(once) == once == "http://example.com/b?k=v"


@pytest.mark.parametrize(
    "url",
    [
        "",
        "   ",
        "not a url",
        "example.com/article",
        "//example.com/article",
        "ftp://example.com/file",
        "file:///etc/passwd",
        "javascript:alert(1)",
        "mailto:someone@example.com",
        "data:text/html,<p>hi</p>",
        "http://",
        "http:///path",
        "http://exa mple.com/",
        "http://[::1",
        "http://[not-an-ip]/",
        "http://example.com:99999/",
        "http://example.com:0/",
        "http://example.com:port/",
        "http://user:secret@example.com/",
        "http://user@example.com/",
        "http://a..b/",
        "http://-bad-.example/",
        "http://exa<mple.com/",
    ],
)
def test_non_http_and_malformed_urls_are_refused(url: str) -> None:
    assert not is_http_url(url)
    with pytest.raises(InvalidURL):
        check_http_url(url)
    with pytest.raises(InvalidURL):
        canonicalize_url(url)


@pytest.mark.parametrize(
    "url",
    [
        "http://example.com",
        "https://sub.example.co.uk/a/b?c=d#e",
        "http://127.0.0.1:8080/",
        "http://[::1]/",
        "https://my_host.example/",
        "https://bücher.example/",
    ],
)
def test_http_urls_are_accepted(url: str) -> None:
    assert is_http_url(url)
    check_http_url(url)
