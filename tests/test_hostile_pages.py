"""Pages built to hurt a fetcher, served for real on loopback: each is refused (or read) within a bound.

``tests/test_fetch.py`` covers the ordinary limits (gzip bomb, size caps, slow drips,
redirect loops, dotted private addresses).  This file adds what an attacker tries next:
other spellings of private addresses — against a live server that must never be
contacted —, deflate bombs and endless bodies with their memory measured, headers that
drip, redirect tricks, binary data labelled as HTML, and HTML nested past libxml2's
limit.  Every bound (seconds, MB) has slack for a busy 2-core machine.
"""

from __future__ import annotations

import ipaddress
import os
import time
import tracemalloc
import zlib
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler

import pytest

from bot.config import FetchConfig
from bot.errors import BlockedHost, ExtractError, FetchTimeout, InvalidURL, NotAnArticle, TooLarge, TooManyRedirects
from bot.extract import MIN_ARTICLE_WORDS, extract_article
from bot.fetch import fetch_page
from bot.netguard import AddressPolicy
from tests.support.http_server import LoopbackServer, html_route, redirect_route, send

MB = 1_000_000
#: Loopback allowed, a 1 MB cap and short timeouts.
LOCAL = FetchConfig(
    allow_private_hosts=True, connect_timeout=2.0, read_timeout=2.0, total_timeout=4.0, max_bytes=1 * MB
)
#: Production rules: no private address at all.
PUBLIC_ONLY = FetchConfig(connect_timeout=2.0, read_timeout=2.0, total_timeout=4.0, max_bytes=1 * MB)
#: Only the first server's address, so that a redirect elsewhere on loopback can be shown refused.
ONLY_127_0_0_1 = AddressPolicy(allowed_networks=(ipaddress.ip_network("127.0.0.1/32"),))

PARAGRAPH = (
    "<p>The harbour council voted on Tuesday to reopen the old ferry route, said Mara Olsen, "
    "who chairs the transport committee, after a debate that lasted {n} hours in the town hall.</p>"
)


def article(paragraphs: int = 12) -> str:
    body = "".join(PARAGRAPH.format(n=i + 2) for i in range(paragraphs))
    return f"<html><head><title>Ferry returns</title></head><body><article>{body}</article></body></html>"


@pytest.fixture
def second_server() -> Iterator[LoopbackServer]:
    server = LoopbackServer(host="127.0.0.2").start()
    yield server
    server.stop()


def measured(call: Callable[[], object]) -> tuple[BaseException | object, float, float]:
    """Run ``call``; its result or exception, the seconds it took and the peak of Python allocations in MB."""
    tracemalloc.start()
    started = time.perf_counter()
    try:
        outcome: BaseException | object = call()
    except BaseException as exc:  # returned for the test to check
        outcome = exc
    finally:
        seconds = time.perf_counter() - started
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
    return outcome, seconds, peak / MB


# --------------------------------------------------------------------------------- SSRF: other spellings


#: Spellings of 127.0.0.1 that resolvers accept although they do not look like it.
LOOPBACK_SPELLINGS = [
    "2130706433",  # decimal
    "0x7f000001",  # hex
    "0x7f.0.0.1",  # hex first octet
    "017700000001",  # octal
    "127.1",  # short form
    "0",  # 0.0.0.0, which reaches loopback on Linux
    "[::ffff:127.0.0.1]",  # IPv4-mapped IPv6
    "[::ffff:7f00:1]",  # IPv4-mapped, hex
    "[0:0:0:0:0:ffff:127.0.0.1]",  # IPv4-mapped, long form
    "[::127.0.0.1]",  # IPv4-compatible (deprecated) IPv6
    "127\u30020\u30020\u30021",  # ideographic full stops, which IDNA maps to dots
]


@pytest.mark.parametrize("host", LOOPBACK_SPELLINGS)
def test_loopback_in_any_spelling_is_refused_and_the_server_never_contacted(web_server: LoopbackServer, host: str):
    web_server.routes["/secret"] = html_route(article())
    started = time.perf_counter()
    with pytest.raises((BlockedHost, InvalidURL)):
        fetch_page(f"http://{host}:{web_server.port}/secret", config=PUBLIC_ONLY)
    assert time.perf_counter() - started < 2.0
    assert web_server.hits["/secret"] == 0


#: 127.0.0.2 (where the second server listens), spelled as a redirect would spell it to get past a naive check.
SECOND_HOST_SPELLINGS = ["2130706434", "0x7f000002", "127.0.2", "[::ffff:127.0.0.2]", "[::ffff:7f00:2]"]


@pytest.mark.parametrize("host", SECOND_HOST_SPELLINGS)
def test_redirect_to_another_private_address_in_any_spelling_is_refused(
    web_server: LoopbackServer, second_server: LoopbackServer, host: str
):
    second_server.routes["/inside"] = html_route(article())
    web_server.routes["/start"] = redirect_route(f"http://{host}:{second_server.port}/inside")
    with pytest.raises(BlockedHost):
        fetch_page(web_server.url("/start"), config=PUBLIC_ONLY, policy=ONLY_127_0_0_1)
    assert web_server.hits["/start"] == 1
    assert second_server.hits["/inside"] == 0


@pytest.mark.parametrize(
    "location",
    [
        "//169.254.169.254/latest/meta-data/",  # scheme-relative
        "http://169.254.169.254:80@example.com/",  # credentials that look like a host
        "http://0xa9fea9fe/latest/meta-data/",  # the metadata address in hex
        "http://[::ffff:a9fe:a9fe]/latest/meta-data/",  # ... IPv4-mapped
        "http://2852039166/latest/meta-data/",  # ... decimal
    ],
)
def test_redirect_tricks_towards_metadata_and_internal_hosts_are_refused(web_server: LoopbackServer, location: str):
    web_server.routes["/start"] = redirect_route(location)
    started = time.perf_counter()
    with pytest.raises((BlockedHost, InvalidURL)):
        fetch_page(web_server.url("/start"), config=PUBLIC_ONLY, policy=ONLY_127_0_0_1)
    assert time.perf_counter() - started < 2.0


def test_redirect_chain_that_never_repeats_a_url_still_stops(web_server: LoopbackServer):
    def onwards(handler: BaseHTTPRequestHandler) -> None:
        n = int(handler.path.rpartition("=")[2] or 0)
        send(handler, b"", status=307, headers={"Location": f"/hop?n={n + 1}"})

    web_server.routes["/hop"] = onwards
    with pytest.raises(TooManyRedirects):
        fetch_page(web_server.url("/hop?n=0"), config=LOCAL)
    assert web_server.hits["/hop"] == LOCAL.max_redirects + 1


# --------------------------------------------------------------------------------- bombs and endless bodies


def _compressed(data_size: int, *, wbits: int) -> bytes:
    compressor = zlib.compressobj(9, zlib.DEFLATED, wbits)
    start = b"<html><body><p>" + b"a" * 100
    piece = b"\0" * MB
    out = [compressor.compress(start)]
    for _ in range(data_size // MB):
        out.append(compressor.compress(piece))
    out.append(compressor.flush())
    return b"".join(out)


@pytest.mark.parametrize(
    ("encoding", "wbits"), [("deflate", zlib.MAX_WBITS), ("deflate", -zlib.MAX_WBITS), ("gzip", 31)]
)
def test_decompression_bombs_are_refused_within_bounded_memory(web_server: LoopbackServer, encoding: str, wbits: int):
    bomb = _compressed(200 * MB, wbits=wbits)  # about 200 KB on the wire, 200 MB inflated
    assert len(bomb) < MB
    web_server.routes["/bomb"] = html_route(bomb, headers={"Content-Encoding": encoding})
    outcome, seconds, peak_mb = measured(lambda: fetch_page(web_server.url("/bomb"), config=LOCAL))
    assert isinstance(outcome, TooLarge), outcome
    assert seconds < 3.0
    assert peak_mb < 8 * LOCAL.max_bytes / MB  # a few copies of the 1 MB cap, never the 200 MB


def _endless(handler: BaseHTTPRequestHandler, *, chunked: bool) -> None:
    handler.send_response(200)
    handler.send_header("Content-Type", "text/html")
    if chunked:
        handler.send_header("Transfer-Encoding", "chunked")
    else:
        handler.send_header("Connection", "close")
        handler.close_connection = True
    handler.end_headers()
    piece = b"<p>" + b"more " * 13_000 + b"</p>\n"
    try:
        while True:
            handler.wfile.write(f"{len(piece):x}\r\n".encode() + piece + b"\r\n" if chunked else piece)
    except OSError:
        handler.close_connection = True


@pytest.mark.parametrize("chunked", [False, True], ids=["until-close", "chunked"])
def test_endless_body_is_cut_at_the_cap_within_bounded_memory(web_server: LoopbackServer, chunked: bool):
    web_server.routes["/endless"] = lambda handler: _endless(handler, chunked=chunked)
    outcome, seconds, peak_mb = measured(lambda: fetch_page(web_server.url("/endless"), config=LOCAL))
    assert isinstance(outcome, TooLarge), outcome
    assert seconds < 3.0
    assert peak_mb < 8 * LOCAL.max_bytes / MB


def test_headers_that_drip_are_cut_off_by_the_total_timeout(web_server: LoopbackServer):
    """A status line and headers sent a byte at a time (each within the read timeout) never finish."""

    def drip(handler: BaseHTTPRequestHandler) -> None:
        header = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n" + b"X-Padding: " + b"a" * 10_000
        try:
            for byte in header:
                handler.wfile.write(bytes([byte]))
                handler.wfile.flush()
                time.sleep(0.2)
        except OSError:
            pass
        handler.close_connection = True

    web_server.routes["/drip"] = drip
    config = FetchConfig(allow_private_hosts=True, connect_timeout=1.0, read_timeout=1.0, total_timeout=2.0)
    started = time.perf_counter()
    with pytest.raises(FetchTimeout):
        fetch_page(web_server.url("/drip"), config=config)
    assert time.perf_counter() - started < config.total_timeout + 2.0


# --------------------------------------------------------------------------------- what the body really is


@pytest.mark.parametrize("kind", ["random bytes", "ELF program", "zeros"])
def test_binary_data_labelled_html_is_refused(web_server: LoopbackServer, kind: str):
    if kind == "random bytes":
        body = os.urandom(200_000)
    elif kind == "ELF program":
        with open("/bin/sh", "rb") as program:
            body = program.read(500_000)
    else:
        body = b"<html><body>" + b"\0" * 100_000
    web_server.routes["/page.html"] = html_route(body, content_type="text/html; charset=utf-8")
    with pytest.raises(NotAnArticle) as caught:
        fetch_page(web_server.url("/page.html"), config=LOCAL)
    assert "binary" in str(caught.value)
    assert not caught.value.retryable


def test_html_with_a_few_stray_control_characters_is_still_html(web_server: LoopbackServer):
    page = article().replace("Tuesday", "Tues\x01day", 3).replace("hall", "ha\x0bll")
    web_server.routes["/page.html"] = html_route(page)
    assert "Tues\x01day" in fetch_page(web_server.url("/page.html"), config=LOCAL).html


def _nested(depth: int) -> str:
    body = "".join(PARAGRAPH.format(n=i + 2) for i in range(12))
    return f"<html><head><title>Deep</title></head><body>{'<div>' * depth}{body}{'</div>' * depth}</body></html>"


@pytest.mark.parametrize("depth", [200, 300, 1000, 2000])
def test_deep_but_valid_html_is_briefed(web_server: LoopbackServer, depth: int):
    web_server.routes["/deep"] = html_route(_nested(depth))
    page = fetch_page(web_server.url("/deep"), config=LOCAL)
    started = time.perf_counter()
    article_ = extract_article(page.html, url=page.final_url)
    assert time.perf_counter() - started < 5.0
    assert article_.word_count >= MIN_ARTICLE_WORDS
    assert "harbour council voted" in " ".join(article_.paragraphs)


def test_html_deeper_than_the_parser_can_go_gets_a_precise_reason(web_server: LoopbackServer):
    web_server.routes["/deeper"] = html_route(_nested(5000))
    page = fetch_page(web_server.url("/deeper"), config=LOCAL)
    started = time.perf_counter()
    with pytest.raises(ExtractError) as caught:
        extract_article(page.html, url=page.final_url)
    assert time.perf_counter() - started < 5.0
    assert "nested more than 2,048 levels" in caught.value.user_message
    assert "paywall" not in caught.value.user_message.lower()


def test_the_loopback_server_prints_no_traceback_when_a_client_hangs_up(
    web_server: LoopbackServer, capfd: pytest.CaptureFixture[str]
):
    """The fetcher hangs up on a body over its cap; the test server must take that quietly (no stray output)."""
    web_server.routes["/big"] = html_route(b"<html><body>" + b"x" * (8 * MB))
    for _ in range(3):
        with pytest.raises(TooLarge):
            fetch_page(web_server.url("/big"), config=LOCAL)
    time.sleep(0.5)  # the server's threads finish writing into the closed connections
    assert "Traceback" not in capfd.readouterr().err
