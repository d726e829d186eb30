"""fetch_page against a real HTTP server on loopback: redirects, limits, content types, charsets, SSRF."""

from __future__ import annotations

import gzip
import ipaddress
import logging
import socket
import ssl
import subprocess
import time
import tracemalloc
import zlib
from collections.abc import Callable, Iterable, Iterator
from http.server import BaseHTTPRequestHandler
from pathlib import Path

import httpx
import pytest

from bot.config import FetchConfig
from bot.errors import (
    BlockedHost,
    ConnectionFailed,
    FetchError,
    FetchTimeout,
    HTTPStatusError,
    InvalidURL,
    NotAnArticle,
    TooLarge,
    TooManyRedirects,
)
from bot.fetch import Page, decode_html, fetch_page, looks_like_html
from bot.netguard import AddressPolicy, GuardedBackend, GuardedTransport, is_public_address
from tests.support.http_server import LoopbackServer, Route, html_route, redirect_route, send

#: Loopback allowed, small limits so failures show up in well under a second.
LOCAL = FetchConfig(allow_private_hosts=True, connect_timeout=2.0, read_timeout=2.0, total_timeout=5.0)
#: Production defaults: no private addresses at all.
PUBLIC_ONLY = FetchConfig(connect_timeout=2.0, read_timeout=2.0, total_timeout=5.0)
#: Exactly the test server's address, so a redirect hop to any other private address can be shown refused.
ONLY_127_0_0_1 = AddressPolicy(allowed_networks=(ipaddress.ip_network("127.0.0.1/32"),))

ARTICLE = "<!DOCTYPE html><html><head><title>Test</title></head><body><p>The mayor spoke.</p></body></html>"


def local(**changes: object) -> FetchConfig:
    values = {"allow_private_hosts": True, "connect_timeout": 2.0, "read_timeout": 2.0, "total_timeout": 5.0}
    values.update(changes)
    return FetchConfig(**values)  # type: ignore[arg-type]


def stream_route(
    chunks: Callable[[], Iterable[bytes]],
    *,
    headers: dict[str, str],
    chunked: bool = False,
    delay: float = 0.0,
    status: int = 200,
) -> Route:
    """A route that writes its body piece by piece (chunked, or until it closes the connection)."""

    def route(handler: BaseHTTPRequestHandler) -> None:
        handler.send_response(status)
        for name, value in headers.items():
            handler.send_header(name, value)
        if chunked:
            handler.send_header("Transfer-Encoding", "chunked")
        elif "Content-Length" not in headers:
            handler.send_header("Connection", "close")
            handler.close_connection = True
        handler.end_headers()
        try:
            for chunk in chunks():
                if delay:
                    time.sleep(delay)
                handler.wfile.write(f"{len(chunk):x}\r\n".encode() + chunk + b"\r\n" if chunked else chunk)
            if chunked:
                handler.wfile.write(b"0\r\n\r\n")
        except OSError:  # the client gave up on us, which is what most of these tests want
            handler.close_connection = True

    return route


def sleeping_route(seconds: float, then: Route) -> Route:
    def route(handler: BaseHTTPRequestHandler) -> None:
        time.sleep(seconds)
        try:
            then(handler)
        except OSError:
            handler.close_connection = True

    return route


def headers_then_stall(headers: dict[str, str], *, first: bytes = b"", stall: float = 3.0) -> Route:
    """Send the headers (and maybe some body), then say nothing for ``stall`` seconds."""

    def route(handler: BaseHTTPRequestHandler) -> None:
        handler.send_response(200)
        for name, value in headers.items():
            handler.send_header(name, value)
        handler.end_headers()
        try:
            handler.wfile.write(first)
            time.sleep(stall)
        except OSError:
            pass
        handler.close_connection = True

    return route


def no_content_type(body: bytes) -> Route:
    def route(handler: BaseHTTPRequestHandler) -> None:
        handler.send_response(200)
        handler.send_header("Content-Length", str(len(body)))
        handler.end_headers()
        handler.wfile.write(body)

    return route


@pytest.fixture
def ipv6_server() -> Iterator[LoopbackServer]:
    server = LoopbackServer(host="::1").start()
    yield server
    server.stop()


@pytest.fixture
def second_loopback_server() -> Iterator[LoopbackServer]:
    server = LoopbackServer(host="127.0.0.2").start()
    yield server
    server.stop()


# --- the happy path -----------------------------------------------------------------------


def test_fetches_a_page(web_server: LoopbackServer) -> None:
    web_server.routes["/story"] = html_route(ARTICLE)
    page = fetch_page(web_server.url("/story"), config=LOCAL)
    assert page == Page(
        url=web_server.url("/story"),
        final_url=web_server.url("/story"),
        status_code=200,
        content_type="text/html",
        html=ARTICLE,
        encoding="utf-8",
    )


def test_fragment_is_not_part_of_the_final_url(web_server: LoopbackServer) -> None:
    web_server.routes["/story"] = html_route(ARTICLE)
    page = fetch_page(web_server.url("/story#comments"), config=LOCAL)
    assert page.url == web_server.url("/story#comments")
    assert page.final_url == web_server.url("/story")


def test_sends_an_honest_user_agent_and_asks_for_html(web_server: LoopbackServer) -> None:
    seen: list[dict[str, str]] = []

    def record(handler: BaseHTTPRequestHandler) -> None:
        seen.append(dict(handler.headers.items()))
        send(handler, ARTICLE)

    web_server.routes["/story"] = record
    config = local(user_agent="briefbot-test/1.0 (+https://example.invalid/bot)")
    fetch_page(web_server.url("/story"), config=config)
    assert seen[0]["User-Agent"] == "briefbot-test/1.0 (+https://example.invalid/bot)"
    assert seen[0]["Accept"].startswith("text/html")
    assert seen[0]["Accept-Encoding"] == "gzip, deflate"
    assert seen[0]["Host"] == f"127.0.0.1:{web_server.port}"


def test_host_header_keeps_the_name_while_connecting_to_the_checked_address(web_server: LoopbackServer) -> None:
    seen: list[str] = []

    def record(handler: BaseHTTPRequestHandler) -> None:
        seen.append(handler.headers["Host"])
        send(handler, ARTICLE)

    web_server.routes["/story"] = record
    page = fetch_page(f"http://localhost:{web_server.port}/story", config=LOCAL)
    assert seen == [f"localhost:{web_server.port}"]
    assert page.final_url == f"http://localhost:{web_server.port}/story"


def test_logs_one_line_per_fetch(web_server: LoopbackServer, caplog: pytest.LogCaptureFixture) -> None:
    web_server.routes["/story"] = html_route(ARTICLE)
    with caplog.at_level(logging.INFO, logger="bot.fetch"):
        fetch_page(web_server.url("/story"), config=LOCAL)
        with pytest.raises(HTTPStatusError):
            fetch_page(web_server.url("/missing"), config=LOCAL)
    lines = [record.getMessage() for record in caplog.records if record.name == "bot.fetch"]
    assert len(lines) == 2
    assert web_server.url("/story") in lines[0]
    assert "status=200" in lines[0]
    assert f"bytes={len(ARTICLE)}" in lines[0]
    assert "ms=" in lines[0]
    assert web_server.url("/missing") in lines[1]
    assert "error=http_status" in lines[1]


# --- redirects ----------------------------------------------------------------------------


def test_follows_a_redirect_chain(web_server: LoopbackServer) -> None:
    web_server.routes["/a"] = redirect_route("/b", status=301)
    web_server.routes["/b"] = redirect_route(web_server.url("/c"), status=302)
    web_server.routes["/c"] = redirect_route("d?x=1", status=303)
    web_server.routes["/d"] = redirect_route(f"//127.0.0.1:{web_server.port}/e#frag", status=307)
    web_server.routes["/e"] = redirect_route("/final", status=308)
    web_server.routes["/final"] = html_route(ARTICLE)
    page = fetch_page(web_server.url("/a"), config=local(max_redirects=5))
    assert page.url == web_server.url("/a")
    assert page.final_url == web_server.url("/final")
    assert page.html == ARTICLE
    assert [web_server.hits[p] for p in ("/a", "/b", "/c", "/d", "/e", "/final")] == [1, 1, 1, 1, 1, 1]


def test_too_many_redirects(web_server: LoopbackServer) -> None:
    for index in range(4):
        web_server.routes[f"/r{index}"] = redirect_route(f"/r{index + 1}")
    web_server.routes["/r4"] = html_route(ARTICLE)
    assert fetch_page(web_server.url("/r1"), config=local(max_redirects=3)).final_url == web_server.url("/r4")
    with pytest.raises(TooManyRedirects):
        fetch_page(web_server.url("/r0"), config=local(max_redirects=3))
    assert web_server.hits["/r4"] == 1  # only the successful fetch got there


def test_redirect_loop_stops_after_the_limit(web_server: LoopbackServer) -> None:
    web_server.routes["/loop"] = redirect_route("/loop")
    with pytest.raises(TooManyRedirects):
        fetch_page(web_server.url("/loop"), config=local(max_redirects=4))
    assert web_server.hits["/loop"] == 5


def test_max_redirects_zero_refuses_any_redirect(web_server: LoopbackServer) -> None:
    web_server.routes["/a"] = redirect_route("/b")
    web_server.routes["/b"] = html_route(ARTICLE)
    with pytest.raises(TooManyRedirects):
        fetch_page(web_server.url("/a"), config=local(max_redirects=0))
    assert web_server.hits["/b"] == 0


@pytest.mark.parametrize(
    "location",
    ["ftp://example.com/file", "file:///etc/passwd", "javascript:alert(1)", "http://user:pw@127.0.0.1/"],
)
def test_redirect_to_a_non_http_url_is_refused(web_server: LoopbackServer, location: str) -> None:
    web_server.routes["/a"] = redirect_route(location)
    with pytest.raises(InvalidURL):
        fetch_page(web_server.url("/a"), config=LOCAL)


@pytest.mark.parametrize(
    "target",
    [
        "http://10.0.0.1/admin",
        "http://169.254.169.254/latest/meta-data/",
        "http://192.168.1.1/",
        "http://100.64.0.1/",
        "http://[fd00::1]/",
    ],
)
def test_redirect_hop_to_a_private_address_is_refused(web_server: LoopbackServer, target: str) -> None:
    """The first hop (127.0.0.1) is allowed by the policy; the redirect target is not, and is never contacted."""
    web_server.routes["/start"] = redirect_route(target)
    started = time.monotonic()
    with pytest.raises(BlockedHost):
        fetch_page(web_server.url("/start"), config=PUBLIC_ONLY, policy=ONLY_127_0_0_1)
    assert web_server.hits["/start"] == 1
    assert time.monotonic() - started < 1.0  # refused before any connection attempt, not after a timeout


def test_redirect_hop_to_other_loopback_servers_is_refused(
    web_server: LoopbackServer, ipv6_server: LoopbackServer, second_loopback_server: LoopbackServer
) -> None:
    ipv6_server.routes["/inside"] = html_route(ARTICLE)
    second_loopback_server.routes["/inside"] = html_route(ARTICLE)
    web_server.routes["/to-v6"] = redirect_route(ipv6_server.url("/inside"))
    web_server.routes["/to-127-0-0-2"] = redirect_route(second_loopback_server.url("/inside"))
    # The targets really are reachable: with every private address allowed the redirects succeed ...
    assert fetch_page(web_server.url("/to-v6"), config=LOCAL).final_url == ipv6_server.url("/inside")
    assert fetch_page(web_server.url("/to-127-0-0-2"), config=LOCAL).html == ARTICLE
    assert ipv6_server.hits["/inside"] == second_loopback_server.hits["/inside"] == 1
    # ... and with only 127.0.0.1 allowed, the second hop is refused without being contacted.
    with pytest.raises(BlockedHost):
        fetch_page(web_server.url("/to-v6"), config=PUBLIC_ONLY, policy=ONLY_127_0_0_1)
    with pytest.raises(BlockedHost):
        fetch_page(web_server.url("/to-127-0-0-2"), config=PUBLIC_ONLY, policy=ONLY_127_0_0_1)
    assert ipv6_server.hits["/inside"] == second_loopback_server.hits["/inside"] == 1
    assert web_server.hits["/to-v6"] == web_server.hits["/to-127-0-0-2"] == 2


@pytest.fixture(scope="module")
def localhost_certificate(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """A self-signed certificate naming only DNS:localhost (no IP address)."""
    folder = tmp_path_factory.mktemp("tls")
    cert, key = folder / "cert.pem", folder / "key.pem"
    command = ["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes"]
    command += ["-keyout", str(key), "-out", str(cert), "-days", "2", "-subj", "/CN=localhost"]
    command += ["-addext", "subjectAltName=DNS:localhost"]
    subprocess.run(
        command,
        check=True,
        capture_output=True,
    )
    return cert, key


def test_https_connects_to_the_checked_ip_but_verifies_the_host_name(localhost_certificate: tuple[Path, Path]) -> None:
    cert, key = localhost_certificate
    server = LoopbackServer()
    server_context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    server_context.load_cert_chain(cert, key)
    server._httpd.socket = server_context.wrap_socket(server._httpd.socket, server_side=True)
    server.routes["/story"] = html_route(ARTICLE)
    server.start()
    transport = GuardedTransport(
        policy=AddressPolicy(allow_private=True), ssl_context=ssl.create_default_context(cafile=str(cert))
    )
    try:
        with httpx.Client(transport=transport) as client:
            # SNI and the certificate check use "localhost" although the socket was opened to 127.0.0.1 ...
            assert client.get(f"https://localhost:{server.port}/story").text == ARTICLE
            # ... and verification is really on: the certificate does not name 127.0.0.1.
            with pytest.raises(ConnectionFailed, match=r"CERTIFICATE_VERIFY_FAILED|match"):
                client.get(f"https://127.0.0.1:{server.port}/story")
    finally:
        server.stop()
    assert server.hits["/story"] == 1


# --- SSRF: private addresses ------------------------------------------------------------------


def test_loopback_server_is_refused_by_default(web_server: LoopbackServer) -> None:
    web_server.routes["/story"] = html_route(ARTICLE)
    for url in (
        web_server.url("/story"),
        f"http://localhost:{web_server.port}/story",  # a name that resolves to 127.0.0.1
        f"http://2130706433:{web_server.port}/story",  # 127.0.0.1 written as one number
        f"http://0x7f.1:{web_server.port}/story",
        f"http://[::ffff:127.0.0.1]:{web_server.port}/story",  # IPv4-mapped IPv6
    ):
        with pytest.raises(BlockedHost):
            fetch_page(url, config=PUBLIC_ONLY)
    assert web_server.hits["/story"] == 0
    assert fetch_page(web_server.url("/story"), config=LOCAL).html == ARTICLE


def test_ipv6_loopback_is_refused_by_default(ipv6_server: LoopbackServer) -> None:
    ipv6_server.routes["/story"] = html_route(ARTICLE)
    with pytest.raises(BlockedHost):
        fetch_page(ipv6_server.url("/story"), config=PUBLIC_ONLY)
    assert ipv6_server.hits["/story"] == 0
    assert fetch_page(ipv6_server.url("/story"), config=LOCAL).html == ARTICLE


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1/",
        "http://10.0.0.1/",
        "http://172.16.5.4:8080/",
        "http://192.168.0.1/",
        "http://169.254.169.254/latest/meta-data/iam/",
        "http://100.64.0.1/",
        "http://0.0.0.0/",
        "http://224.0.0.1/",
        "http://255.255.255.255/",
        "http://[::1]/",
        "http://[::]/",
        "http://[fe80::1]/",
        "http://[fd12:3456::1]/",
        "http://[::ffff:10.0.0.1]/",
        "http://[::ffff:169.254.169.254]/",
        "http://[64:ff9b::a00:1]/",
        "http://localhost/",
    ],
)
def test_private_addresses_are_refused_before_connecting(url: str) -> None:
    started = time.monotonic()
    with pytest.raises(BlockedHost) as caught:
        fetch_page(url, config=PUBLIC_ONLY)
    assert time.monotonic() - started < 1.0
    assert caught.value.code == "blocked_host"
    assert not caught.value.retryable


def test_allowed_networks_open_only_the_listed_range(web_server: LoopbackServer) -> None:
    web_server.routes["/story"] = html_route(ARTICLE)
    assert fetch_page(web_server.url("/story"), config=PUBLIC_ONLY, policy=ONLY_127_0_0_1).html == ARTICLE
    only_other = AddressPolicy(allowed_networks=(ipaddress.ip_network("127.0.0.2/32"),))
    with pytest.raises(BlockedHost):
        fetch_page(web_server.url("/story"), config=PUBLIC_ONLY, policy=only_other)
    assert web_server.hits["/story"] == 1


def test_resolver_refuses_a_name_with_a_private_address() -> None:
    with pytest.raises(BlockedHost):
        GuardedBackend(policy=AddressPolicy()).resolve("localhost", 80)
    assert "127.0.0.1" in GuardedBackend(policy=AddressPolicy(allow_private=True)).resolve("localhost", 80)


@pytest.mark.parametrize(
    ("address", "public"),
    [
        ("8.8.8.8", True),
        ("1.1.1.1", True),
        ("2606:4700:4700::1111", True),
        ("::ffff:8.8.8.8", True),
        ("64:ff9b::808:808", True),
        ("127.0.0.1", False),
        ("127.255.255.254", False),
        ("10.1.2.3", False),
        ("172.31.255.255", False),
        ("192.168.100.1", False),
        ("169.254.169.254", False),
        ("100.64.0.1", False),
        ("100.127.255.254", False),
        ("0.0.0.0", False),
        ("192.0.0.8", False),
        ("192.0.2.10", False),
        ("198.18.0.1", False),
        ("224.0.0.251", False),
        ("239.255.255.250", False),
        ("240.0.0.1", False),
        ("255.255.255.255", False),
        ("::", False),
        ("::1", False),
        ("::127.0.0.1", False),
        ("::ffff:127.0.0.1", False),
        ("::ffff:169.254.169.254", False),
        ("64:ff9b::7f00:1", False),
        ("2002:7f00:1::1", False),
        ("2002:a00:1::1", False),
        ("2001:db8::1", False),
        ("2001:0:4136:e378::1", False),
        ("fc00::1", False),
        ("fe80::1", False),
        ("fe80::1%eth0", False),
        ("ff02::1", False),
    ],
)
def test_is_public_address(address: str, public: bool) -> None:
    assert is_public_address(address) is public
    assert AddressPolicy().is_allowed(address) is public
    assert AddressPolicy(allow_private=True).is_allowed(address)


# --- malformed and non-http URLs ---------------------------------------------------------


@pytest.mark.parametrize(
    "url",
    [
        "",
        "not a url",
        "example.com/story",
        "ftp://example.com/",
        "file:///etc/passwd",
        "javascript:alert(1)",
        "mailto:a@example.com",
        "http://",
        "http://exa mple.com/",
        "http://[::1",
        "http://example.com:99999/",
        "http://user:password@example.com/",
    ],
)
def test_invalid_urls(url: str) -> None:
    with pytest.raises(InvalidURL) as caught:
        fetch_page(url, config=LOCAL)
    assert caught.value.code == "invalid_url"


def test_unknown_host_is_a_connection_failure() -> None:
    with pytest.raises(ConnectionFailed) as caught:
        fetch_page("http://briefbot-no-such-host.invalid/", config=PUBLIC_ONLY)
    assert caught.value.retryable


def test_refused_connection_is_a_connection_failure() -> None:
    with socket.socket() as probe:  # a port that was just free: nothing listens there
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    with pytest.raises(ConnectionFailed):
        fetch_page(f"http://127.0.0.1:{port}/", config=LOCAL)


# --- HTTP status -------------------------------------------------------------------------------


@pytest.mark.parametrize(("status", "retryable"), [(404, False), (403, False), (410, False), (429, True), (500, True)])
def test_http_error_status(web_server: LoopbackServer, status: int, retryable: bool) -> None:
    web_server.routes["/page"] = html_route("<h1>error</h1>", status=status)
    with pytest.raises(HTTPStatusError) as caught:
        fetch_page(web_server.url("/page"), config=LOCAL)
    assert caught.value.status_code == status
    assert caught.value.retryable is retryable
    assert str(status) in caught.value.user_message


def test_missing_page_is_404(web_server: LoopbackServer) -> None:
    with pytest.raises(HTTPStatusError) as caught:
        fetch_page(web_server.url("/no-such-page"), config=LOCAL)
    assert caught.value.status_code == 404


def test_status_is_judged_before_the_content_type(web_server: LoopbackServer) -> None:
    web_server.routes["/page"] = html_route("{}", status=503, content_type="application/json")
    with pytest.raises(HTTPStatusError) as caught:
        fetch_page(web_server.url("/page"), config=LOCAL)
    assert caught.value.status_code == 503


# --- content types -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("content_type", "body", "kind"),
    [
        ("application/pdf", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "PDF"),
        ("image/png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "image"),
        ("image/jpeg", b"\xff\xd8\xff\xe0\x00\x10JFIF", "image"),
        ("application/json", b'{"title": "not an article"}', "data"),
        ("application/xml", b"<?xml version='1.0'?><rss/>", "data"),
        ("video/mp4", b"\x00\x00\x00\x18ftypmp42", "video"),
        ("text/plain; charset=utf-8", b"just text", "text/plain"),
    ],
)
def test_non_html_content_types_are_refused(
    web_server: LoopbackServer, content_type: str, body: bytes, kind: str
) -> None:
    web_server.routes["/file"] = html_route(body, content_type=content_type)
    with pytest.raises(NotAnArticle) as caught:
        fetch_page(web_server.url("/file"), config=LOCAL)
    assert caught.value.content_type == content_type.split(";")[0]
    assert kind in caught.value.user_message


def test_content_type_is_judged_before_reading_the_body(web_server: LoopbackServer) -> None:
    """A 'PDF' that announces 50 MB and then stalls is refused at once, not timed out or read."""
    web_server.routes["/big.pdf"] = headers_then_stall(
        {"Content-Type": "application/pdf", "Content-Length": "50000000"}, first=b"%PDF-1.7\n", stall=3.0
    )
    started = time.monotonic()
    with pytest.raises(NotAnArticle):
        fetch_page(web_server.url("/big.pdf"), config=local(read_timeout=2.5, total_timeout=2.5))
    assert time.monotonic() - started < 1.0


@pytest.mark.parametrize(
    "content_type", ["application/xhtml+xml", "Text/HTML; Charset=UTF-8", 'text/html;charset="utf-8"']
)
def test_html_content_types_are_accepted(web_server: LoopbackServer, content_type: str) -> None:
    web_server.routes["/page"] = html_route(ARTICLE, content_type=content_type)
    page = fetch_page(web_server.url("/page"), config=LOCAL)
    assert page.html == ARTICLE
    assert page.content_type == content_type.split(";")[0].lower()


def test_missing_content_type_is_sniffed(web_server: LoopbackServer) -> None:
    web_server.routes["/html"] = no_content_type(b"\n  <!doctype html><html><body><p>Hi</p></body></html>")
    web_server.routes["/png"] = no_content_type(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    web_server.routes["/text"] = no_content_type(b"Dear reader, this is plain text.")
    page = fetch_page(web_server.url("/html"), config=LOCAL)
    assert page.content_type == ""
    assert "<p>Hi</p>" in page.html
    for path in ("/png", "/text"):
        with pytest.raises(NotAnArticle) as caught:
            fetch_page(web_server.url(path), config=LOCAL)
        assert caught.value.content_type == ""


@pytest.mark.parametrize(
    ("body", "html"),
    [
        (b"<!DOCTYPE HTML PUBLIC '-//W3C//DTD HTML 4.01//EN'>", True),
        (b"<html lang='en'>", True),
        (b"\xef\xbb\xbf<html>", True),
        ("\ufeff<html>".encode("utf-16-le"), True),
        (b"<!-- comment --><div>", True),
        (b"<p>short", True),
        (b"<pre>", False),
        (b"<?xml version='1.0'?><feed/>", False),
        (b"%PDF-1.4", False),
        (b"GIF89a", False),
        (b"", False),
    ],
)
def test_looks_like_html(body: bytes, html: bool) -> None:
    assert looks_like_html(body) is html


# --- size limits -----------------------------------------------------------------------------------


def test_declared_content_length_over_the_cap_is_refused_before_reading(web_server: LoopbackServer) -> None:
    web_server.routes["/huge"] = headers_then_stall(
        {"Content-Type": "text/html", "Content-Length": "10000000"}, first=b"<html>", stall=3.0
    )
    started = time.monotonic()
    with pytest.raises(TooLarge):
        fetch_page(web_server.url("/huge"), config=local(max_bytes=1_000_000, read_timeout=2.5, total_timeout=2.5))
    assert time.monotonic() - started < 1.0


def test_body_exactly_at_the_cap_is_accepted_and_one_byte_more_is_not(web_server: LoopbackServer) -> None:
    cap = 10_000
    body = "<html><body>" + "x" * (cap - len("<html><body>"))
    web_server.routes["/at-cap"] = html_route(body)
    web_server.routes["/over-cap"] = html_route(body + "y")
    web_server.routes["/over-cap-chunked"] = stream_route(
        lambda: [body.encode()[:5000], body.encode()[5000:] + b"y"], headers={"Content-Type": "text/html"}, chunked=True
    )
    assert fetch_page(web_server.url("/at-cap"), config=local(max_bytes=cap)).html == body
    for path in ("/over-cap", "/over-cap-chunked"):
        with pytest.raises(TooLarge):
            fetch_page(web_server.url(path), config=local(max_bytes=cap))


def endless(piece: bytes, count: int) -> Callable[[], Iterator[bytes]]:
    def chunks() -> Iterator[bytes]:
        yield b"<html><body>"
        for _ in range(count):
            yield piece

    return chunks


def test_chunked_body_over_the_cap_is_refused_while_streaming(web_server: LoopbackServer) -> None:
    web_server.routes["/chunked"] = stream_route(
        endless(b"a" * 16_384, 2_000), headers={"Content-Type": "text/html"}, chunked=True
    )  # would be 32 MB
    started = time.monotonic()
    with pytest.raises(TooLarge):
        fetch_page(web_server.url("/chunked"), config=local(max_bytes=200_000))
    assert time.monotonic() - started < 2.0


def test_body_without_length_over_the_cap_is_refused_while_streaming(web_server: LoopbackServer) -> None:
    web_server.routes["/until-close"] = stream_route(
        endless(b"b" * 16_384, 2_000), headers={"Content-Type": "text/html"}
    )
    with pytest.raises(TooLarge):
        fetch_page(web_server.url("/until-close"), config=local(max_bytes=200_000))


def test_body_without_length_within_the_cap_is_read_to_the_end(web_server: LoopbackServer) -> None:
    web_server.routes["/until-close"] = stream_route(endless(b"c" * 1000, 5), headers={"Content-Type": "text/html"})
    page = fetch_page(web_server.url("/until-close"), config=local(max_bytes=200_000))
    assert page.html == "<html><body>" + "c" * 5000


@pytest.fixture(scope="module")
def gzip_bomb() -> bytes:
    """About 50 KB of gzip that inflates to 50 MB (an HTML start, then zeros)."""
    compressor = zlib.compressobj(9, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
    parts = [compressor.compress(b"<html><body>")]
    zeros = bytes(1_000_000)
    parts.extend(compressor.compress(zeros) for _ in range(50))
    parts.append(compressor.flush())
    return b"".join(parts)


def test_gzip_bomb_is_refused_without_inflating_it(web_server: LoopbackServer, gzip_bomb: bytes) -> None:
    assert len(gzip_bomb) < 100_000
    headers = {"Content-Type": "text/html", "Content-Encoding": "gzip"}
    web_server.routes["/bomb"] = html_route(gzip_bomb, headers={"Content-Encoding": "gzip"})
    web_server.routes["/bomb-chunked"] = stream_route(
        lambda: [gzip_bomb[i : i + 4096] for i in range(0, len(gzip_bomb), 4096)], headers=headers, chunked=True
    )
    for path in ("/bomb", "/bomb-chunked"):
        tracemalloc.start()
        try:
            with pytest.raises(TooLarge):
                fetch_page(web_server.url(path), config=local(max_bytes=1_000_000))
            peak = tracemalloc.get_traced_memory()[1]
        finally:
            tracemalloc.stop()
        assert peak < 8_000_000, f"decompression was not bounded: peak {peak} bytes"


@pytest.mark.parametrize("encoding", ["gzip", "deflate-zlib", "deflate-raw"])
def test_compressed_pages_are_decoded(web_server: LoopbackServer, encoding: str) -> None:
    raw = ARTICLE.encode()
    if encoding == "gzip":
        body = gzip.compress(raw)
    elif encoding == "deflate-zlib":
        body = zlib.compress(raw)
    else:
        compressor = zlib.compressobj(6, zlib.DEFLATED, -zlib.MAX_WBITS)
        body = compressor.compress(raw) + compressor.flush()
    header = encoding.split("-")[0]
    web_server.routes["/page"] = html_route(body, headers={"Content-Encoding": header})
    assert fetch_page(web_server.url("/page"), config=LOCAL).html == ARTICLE


def test_compressed_size_is_not_what_counts(web_server: LoopbackServer) -> None:
    """20 KB of text gzips to well under 10 KB; the 10 KB cap applies to the decoded 20 KB."""
    body = "<html><body>" + "The council met on Tuesday. " * 700
    web_server.routes["/page"] = html_route(gzip.compress(body.encode()), headers={"Content-Encoding": "gzip"})
    with pytest.raises(TooLarge):
        fetch_page(web_server.url("/page"), config=local(max_bytes=10_000))
    assert fetch_page(web_server.url("/page"), config=local(max_bytes=30_000)).html == body


def test_corrupt_or_unsupported_encoding_is_a_fetch_error(web_server: LoopbackServer) -> None:
    web_server.routes["/corrupt"] = html_route(b"this is not gzip at all", headers={"Content-Encoding": "gzip"})
    web_server.routes["/brotli"] = html_route(b"\x1b\x03\x00", headers={"Content-Encoding": "br"})
    for path in ("/corrupt", "/brotli"):
        with pytest.raises(FetchError) as caught:
            fetch_page(web_server.url(path), config=LOCAL)
        assert caught.value.code == "fetch_failed"


# --- timeouts ------------------------------------------------------------------------------------------


def test_server_that_never_answers_times_out(web_server: LoopbackServer) -> None:
    web_server.routes["/slow"] = sleeping_route(2.0, html_route(ARTICLE))
    started = time.monotonic()
    with pytest.raises(FetchTimeout) as caught:
        fetch_page(web_server.url("/slow"), config=local(read_timeout=0.3))
    assert 0.25 < time.monotonic() - started < 1.5
    assert caught.value.retryable


def test_body_that_stalls_times_out(web_server: LoopbackServer) -> None:
    web_server.routes["/stall"] = headers_then_stall(
        {"Content-Type": "text/html", "Content-Length": "5000"}, first=b"<html><body>", stall=2.0
    )
    started = time.monotonic()
    with pytest.raises(FetchTimeout):
        fetch_page(web_server.url("/stall"), config=local(read_timeout=0.3))
    assert time.monotonic() - started < 1.0


def test_slow_drip_is_cut_off_by_the_total_timeout(web_server: LoopbackServer) -> None:
    """One byte every 0.1 s never trips a 1 s read timeout; the wall-clock cap stops it."""
    web_server.routes["/drip"] = stream_route(
        lambda: (b"x" for _ in range(100)),
        headers={"Content-Type": "text/html", "Content-Length": "100"},
        delay=0.1,
    )
    started = time.monotonic()
    with pytest.raises(FetchTimeout) as caught:
        fetch_page(web_server.url("/drip"), config=local(read_timeout=1.0, total_timeout=0.8))
    elapsed = time.monotonic() - started
    assert 0.7 < elapsed < 2.0  # the drip alone would take 10 s
    assert "total" in str(caught.value)


def test_slow_drip_within_the_total_timeout_is_fine(web_server: LoopbackServer) -> None:
    web_server.routes["/drip"] = stream_route(
        lambda: (b"<p>" for _ in range(8)), headers={"Content-Type": "text/html", "Content-Length": "24"}, delay=0.05
    )
    assert fetch_page(web_server.url("/drip"), config=local(read_timeout=1.0, total_timeout=3.0)).html == "<p>" * 8


def test_total_timeout_covers_redirect_hops(web_server: LoopbackServer) -> None:
    web_server.routes["/a"] = sleeping_route(0.3, redirect_route("/b"))
    web_server.routes["/b"] = sleeping_route(0.3, redirect_route("/c"))
    web_server.routes["/c"] = sleeping_route(0.3, html_route(ARTICLE))
    started = time.monotonic()
    with pytest.raises(FetchTimeout):
        fetch_page(web_server.url("/a"), config=local(read_timeout=1.0, total_timeout=0.7))
    assert time.monotonic() - started < 1.5


# --- character encodings -------------------------------------------------------------------------------

WESTERN = (
    "<html><head><title>Caf\u00e9 news</title></head><body>"
    "<p>\u201cWe\u2019re na\u00efve about the r\u00e9sum\u00e9s,\u201d said the gar\u00e7on \u2014 "
    "a d\u00e9j\u00e0 vu for the \u00bd-price caf\u00e9 on the Stra\u00dfe.</p></body></html>"
)
CYRILLIC = (
    "<html><head>{meta}<title>\u041d\u043e\u0432\u043e\u0441\u0442\u0438</title></head><body><p>"
    "\u041c\u044d\u0440 \u0433\u043e\u0440\u043e\u0434\u0430 \u0441\u043a\u0430\u0437\u0430\u043b, "
    "\u0447\u0442\u043e \u043d\u043e\u0432\u044b\u0439 \u043c\u043e\u0441\u0442 "
    "\u043e\u0442\u043a\u0440\u043e\u044e\u0442 "
    "\u0432 \u043f\u044f\u0442\u043d\u0438\u0446\u0443.</p></body></html>"
)


def test_windows_1252_without_any_declaration(web_server: LoopbackServer) -> None:
    web_server.routes["/page"] = html_route(WESTERN.encode("cp1252"), content_type="text/html")
    page = fetch_page(web_server.url("/page"), config=LOCAL)
    assert page.html == WESTERN
    assert page.encoding == "cp1252"


def test_latin1_declared_in_the_header(web_server: LoopbackServer) -> None:
    text = "<html><body><p>Le gar\u00e7on a dit: \u00ab caf\u00e9 cr\u00e8me \u00bb.</p></body></html>"
    web_server.routes["/page"] = html_route(text.encode("latin-1"), content_type="text/html; charset=ISO-8859-1")
    page = fetch_page(web_server.url("/page"), config=LOCAL)
    assert page.html == text
    assert page.encoding == "cp1252"  # WHATWG: the latin-1 label means windows-1252


def test_header_charset_wins_over_meta(web_server: LoopbackServer) -> None:
    text = CYRILLIC.format(meta='<meta charset="iso-8859-1">')
    web_server.routes["/page"] = html_route(text.encode("koi8-r"), content_type="text/html; charset=KOI8-R")
    page = fetch_page(web_server.url("/page"), config=LOCAL)
    assert page.html == text
    assert page.encoding == "koi8-r"


@pytest.mark.parametrize(
    "meta",
    [
        '<meta charset="windows-1251">',
        "<meta charset=windows-1251>",
        '<meta http-equiv="Content-Type" content="text/html; charset=windows-1251">',
        "<META HTTP-EQUIV='content-type' CONTENT='text/html;charset=Windows-1251'>",
    ],
)
def test_charset_declared_in_meta(web_server: LoopbackServer, meta: str) -> None:
    text = CYRILLIC.format(meta=meta)
    web_server.routes["/page"] = html_route(text.encode("cp1251"), content_type="text/html")
    page = fetch_page(web_server.url("/page"), config=LOCAL)
    assert page.html == text
    assert page.encoding == "cp1251"


@pytest.mark.parametrize("label", ["no-such-charset", "base64", "utf-99", '""'])
def test_bogus_charset_label_is_ignored(web_server: LoopbackServer, label: str) -> None:
    web_server.routes["/page"] = html_route(WESTERN.encode("utf-8"), content_type=f"text/html; charset={label}")
    page = fetch_page(web_server.url("/page"), config=LOCAL)
    assert page.html == WESTERN
    assert page.encoding == "utf-8"


def test_bogus_meta_label_falls_back_to_detection(web_server: LoopbackServer) -> None:
    text = WESTERN.replace("<head>", '<head><meta charset="klingon-8">')
    web_server.routes["/page"] = html_route(text.encode("cp1252"), content_type="text/html")
    assert fetch_page(web_server.url("/page"), config=LOCAL).html == text


def test_wrong_utf8_label_on_windows_1252_bytes(web_server: LoopbackServer) -> None:
    """A page labelled UTF-8 but saved as windows-1252 is decoded right, not full of U+FFFD."""
    web_server.routes["/page"] = html_route(WESTERN.encode("cp1252"), content_type="text/html; charset=utf-8")
    page = fetch_page(web_server.url("/page"), config=LOCAL)
    assert page.html == WESTERN
    assert "\ufffd" not in page.html


def test_undeclared_cyrillic_is_detected(web_server: LoopbackServer) -> None:
    text = CYRILLIC.format(meta="")
    web_server.routes["/page"] = html_route(text.encode("cp1251"), content_type="text/html")
    assert fetch_page(web_server.url("/page"), config=LOCAL).html == text


def test_utf16_with_bom(web_server: LoopbackServer) -> None:
    web_server.routes["/page"] = html_route(b"\xff\xfe" + WESTERN.encode("utf-16-le"), content_type="text/html")
    assert fetch_page(web_server.url("/page"), config=LOCAL).html == WESTERN


def test_meta_claiming_utf16_on_ascii_bytes_means_utf8() -> None:
    body = '<html><head><meta charset="utf-16"></head><body>caf\u00e9</body></html>'.encode()
    assert decode_html(body) == (body.decode("utf-8"), "utf-8")


def test_undecodable_bytes_become_replacement_characters_not_errors() -> None:
    body = b"<html><body>ok \x81\x8d\x8f\x90\x9d \xff\xfe\xfd</body></html>"
    text, encoding = decode_html(body, declared_charset="utf-8")
    assert text.startswith("<html><body>ok ")
    assert text.endswith("</body></html>")
    assert encoding
