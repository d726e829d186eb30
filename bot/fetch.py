"""FETCH stage: download one web page, safely, and decode it to text.

``fetch_page`` is the only code in briefbot that talks to arbitrary web servers, and
the link it opens was pasted by anyone in Slack.  So every limit is enforced while the
bytes arrive, not afterwards:

* only absolute http(s) URLs, checked again on every redirect hop (redirects are
  followed by hand, at most ``max_redirects``);
* every connection goes through ``bot.netguard`` (SSRF: private, loopback, metadata
  addresses refused on the address actually connected to) and stops at the fetch's
  wall-clock deadline (``total_timeout``), so a slow-drip server cannot hold a worker;
* the Content-Type is judged from the headers before any body is read, and a declared
  Content-Length over the cap is refused before reading;
* the size cap counts *decoded* bytes, and decompression is bounded chunk by chunk,
  so a 50 KB gzip bomb never becomes 50 MB in memory;
* the text encoding follows the HTTP header, then a ``<meta>`` declaration, then
  detection, the way browsers do, because extraction needs real characters.

Every failure is a ``bot.errors.FetchError`` subclass.
"""

from __future__ import annotations

import codecs
import contextlib
import logging
import re
import time
import zlib
from collections.abc import Iterator
from dataclasses import dataclass

import charset_normalizer
import httpx

from bot.config import FetchConfig
from bot.errors import (
    BriefError,
    ConnectionFailed,
    FetchError,
    FetchTimeout,
    HTTPStatusError,
    InvalidURL,
    NotAnArticle,
    TooLarge,
    TooManyRedirects,
)
from bot.netguard import AddressPolicy, GuardedTransport
from bot.textcheck import looks_binary
from bot.urls import check_http_url

__all__ = ["HTML_CONTENT_TYPES", "Page", "decode_html", "fetch_page", "looks_like_html"]

logger = logging.getLogger(__name__)

HTML_CONTENT_TYPES = frozenset({"text/html", "application/xhtml+xml"})
ACCEPT = "text/html,application/xhtml+xml;q=0.9,*/*;q=0.1"
#: Only encodings we decompress ourselves with a bounded output (see ``_Decompressor``).
ACCEPT_ENCODING = "gzip, deflate"
REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
#: How far into the body a ``<meta charset>`` is looked for.
META_SCAN_BYTES = 4096


@dataclass(frozen=True, kw_only=True)
class Page:
    """A fetched HTML page, decoded to text."""

    #: The URL that was asked for.
    url: str
    #: The URL the content came from, after redirects.
    final_url: str
    status_code: int
    #: The media type, lower case, without parameters ("text/html"); empty when the server sent none.
    content_type: str
    html: str
    #: The Python codec the body was decoded with ("utf-8", "cp1252", ...).
    encoding: str


def fetch_page(url: str, *, config: FetchConfig, policy: AddressPolicy | None = None) -> Page:
    """Fetch ``url`` and return the decoded page, or raise a ``FetchError`` subclass.

    ``policy`` decides which IP addresses may be connected to; by default it follows
    ``config.allow_private_hosts``.
    """
    started = time.monotonic()
    policy = policy or AddressPolicy.from_config(config)
    try:
        page, size = _fetch(url, config=config, policy=policy, started=started)
    except BriefError as exc:
        logger.info("fetch failed url=%s error=%s ms=%d: %s", url, exc.code, _ms_since(started), exc)
        raise
    logger.info(
        "fetched url=%s status=%d bytes=%d ms=%d final_url=%s",
        url,
        page.status_code,
        size,
        _ms_since(started),
        page.final_url,
    )
    return page


def _ms_since(started: float) -> int:
    return round((time.monotonic() - started) * 1000)


def _fetch(url: str, *, config: FetchConfig, policy: AddressPolicy, started: float) -> tuple[Page, int]:
    current = _parse_url(url)
    deadline = started + config.total_timeout
    timeout = httpx.Timeout(
        connect=config.connect_timeout,
        read=config.read_timeout,
        write=config.read_timeout,
        pool=config.connect_timeout,
    )
    headers = {"User-Agent": config.user_agent, "Accept": ACCEPT, "Accept-Encoding": ACCEPT_ENCODING}
    transport = GuardedTransport(policy=policy, deadline=deadline)
    with (
        _converted_httpx_errors(),
        httpx.Client(
            transport=transport, timeout=timeout, headers=headers, follow_redirects=False, trust_env=False
        ) as client,
    ):
        for _hop in range(config.max_redirects + 1):
            with client.stream("GET", current) as response:
                location = response.headers.get("location")
                if response.status_code in REDIRECT_STATUSES and location:
                    current = _redirect_target(current, location)
                    continue
                return _read_page(url, response, config=config)
        raise TooManyRedirects(f"{url} redirected more than {config.max_redirects} times")


@contextlib.contextmanager
def _converted_httpx_errors() -> Iterator[None]:
    """httpx's own errors (the transport already converted httpcore's) become briefbot's here.

    httpx parses a redirect's Location even when not following it, so a malformed one
    surfaces as ``httpx.InvalidURL`` from the request itself.
    """
    try:
        yield
    except httpx.InvalidURL as exc:
        raise InvalidURL(f"malformed URL or redirect: {exc}") from exc
    except httpx.TimeoutException as exc:
        raise FetchTimeout(f"timed out: {exc}") from exc
    except httpx.TransportError as exc:
        raise ConnectionFailed(f"{type(exc).__name__}: {exc}") from exc
    except (httpx.HTTPError, httpx.StreamError) as exc:
        raise FetchError(f"{type(exc).__name__}: {exc}") from exc


def _parse_url(url: str) -> httpx.URL:
    check_http_url(url)
    try:
        return httpx.URL(url.strip().split("#", 1)[0])
    except (httpx.InvalidURL, ValueError, TypeError) as exc:
        raise InvalidURL(f"malformed URL {url!r}: {exc}") from exc


def _redirect_target(current: httpx.URL, location: str) -> httpx.URL:
    try:
        target = str(current.join(location.strip()))
    except (httpx.InvalidURL, ValueError) as exc:
        raise InvalidURL(f"malformed redirect from {current} to {location!r}") from exc
    return _parse_url(target)


def _read_page(url: str, response: httpx.Response, *, config: FetchConfig) -> tuple[Page, int]:
    status = response.status_code
    if not 200 <= status < 300:
        raise HTTPStatusError(f"{response.url} answered HTTP {status}", status_code=status)
    media_type, header_charset = _parse_content_type(response.headers.get("content-type", ""))
    if media_type and media_type not in HTML_CONTENT_TYPES:
        raise NotAnArticle(f"{response.url} is {media_type}, not HTML", content_type=media_type)
    declared = response.headers.get("content-length", "").strip()
    if declared.isdigit() and int(declared) > config.max_bytes:
        raise TooLarge(f"{response.url} declares {declared} bytes, over the {config.max_bytes}-byte cap")
    body = _read_body(response, max_bytes=config.max_bytes)
    if not media_type and not looks_like_html(body):
        raise NotAnArticle(f"{response.url} has no Content-Type and does not look like HTML", content_type="")
    html, encoding = decode_html(body, declared_charset=header_charset)
    if looks_binary(html):
        raise NotAnArticle(
            f"{response.url} is labelled {media_type or 'nothing'} but its body is binary data",
            content_type="application/octet-stream",
        )
    page = Page(
        url=url,
        final_url=str(response.url),
        status_code=status,
        content_type=media_type,
        html=html,
        encoding=encoding,
    )
    return page, len(body)


def _parse_content_type(value: str) -> tuple[str, str | None]:
    """``'text/html; charset="UTF-8"'`` -> ``('text/html', 'UTF-8')``."""
    media_type, *params = value.split(";")
    charset = None
    for param in params:
        name, _, raw = param.partition("=")
        if name.strip().lower() == "charset" and raw.strip():
            charset = raw.strip().strip("\"'").strip()
    return media_type.strip().lower(), charset


# --- body: bounded decompression -------------------------------------------------------


def _read_body(response: httpx.Response, *, max_bytes: int) -> bytes:
    """The decoded body, refusing it as soon as the raw or decoded size passes ``max_bytes``."""
    encodings = _content_encodings(response)
    if len(encodings) > 1:
        raise FetchError(f"{response.url} uses stacked Content-Encodings {encodings}, which are not supported")
    decompressor = _Decompressor(encodings[0]) if encodings else None
    chunks: list[bytes] = []
    raw_size = size = 0
    for raw in response.iter_raw():
        raw_size += len(raw)
        if raw_size > max_bytes:
            raise TooLarge(f"{response.url} sent more than {max_bytes} bytes")
        data = raw if decompressor is None else decompressor.feed(raw, limit=max_bytes - size)
        size += len(data)
        if size > max_bytes:
            raise TooLarge(f"{response.url} decodes to more than {max_bytes} bytes")
        chunks.append(data)
    if decompressor is not None:
        tail = decompressor.flush(limit=max_bytes - size)
        size += len(tail)
        if size > max_bytes:
            raise TooLarge(f"{response.url} decodes to more than {max_bytes} bytes")
        chunks.append(tail)
    return b"".join(chunks)


def _content_encodings(response: httpx.Response) -> list[str]:
    names = [name.strip().lower() for name in response.headers.get("content-encoding", "").split(",")]
    return [name for name in names if name and name != "identity"]


class _Decompressor:
    """Incremental gzip/deflate decoding whose output per call never exceeds ``limit + 1`` bytes.

    httpx's own decoders inflate a whole network chunk at once (a 64 KB chunk of a gzip bomb
    is ~64 MB); here zlib's ``max_length`` bounds memory to the size cap.
    """

    def __init__(self, encoding: str) -> None:
        if encoding in ("gzip", "x-gzip"):
            self._wbits = 16 + zlib.MAX_WBITS
        elif encoding == "deflate":
            self._wbits = zlib.MAX_WBITS  # zlib-wrapped; raw deflate is detected on the first chunk
        else:
            raise FetchError(f"unsupported Content-Encoding {encoding!r} (we only accept {ACCEPT_ENCODING})")
        self._encoding = encoding
        self._inflater = zlib.decompressobj(self._wbits)
        self._started = False

    def feed(self, data: bytes, *, limit: int) -> bytes:
        if not self._started and data:
            self._started = True
            if self._encoding == "deflate" and (data[0] & 0x0F) != 8:  # no zlib header: raw deflate
                self._inflater = zlib.decompressobj(-zlib.MAX_WBITS)
        out: list[bytes] = []
        produced = 0
        while data and not self._inflater.eof:
            try:
                chunk = self._inflater.decompress(data, max(limit - produced, 0) + 1)
            except zlib.error as exc:
                raise FetchError(f"corrupt {self._encoding} body: {exc}") from exc
            produced += len(chunk)
            out.append(chunk)
            if produced > limit:
                break  # the caller sees the size and refuses the body
            data = self._inflater.unconsumed_tail
        return b"".join(out)

    def flush(self, *, limit: int) -> bytes:
        try:
            return self._inflater.flush(max(limit, 0) + 1)
        except zlib.error as exc:
            raise FetchError(f"corrupt {self._encoding} body: {exc}") from exc


# --- content sniffing and text decoding --------------------------------------------------

# The tags the WHATWG MIME sniffing algorithm uses to recognise HTML.
_HTML_START = re.compile(
    rb"<(?:!doctype\s+html|html|head|script|iframe|h1|div|font|table|a|style|title|b|body|br|p|!--)[\s>]",
    re.IGNORECASE,
)
_BOMS = ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"))
_META_CHARSET = re.compile(rb"""<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([A-Za-z0-9._:\-]+)""", re.IGNORECASE)
#: Latin single-byte code pages a detector confuses with windows-1252 on short Western text.
_WESTERN_LOOKALIKES = frozenset(
    {
        "cp1250",
        "cp1252",
        "cp1254",
        "cp1257",
        "cp1258",
        "latin_1",
        "iso8859_2",
        "iso8859_3",
        "iso8859_4",
        "iso8859_9",
        "iso8859_10",
        "iso8859_13",
        "iso8859_14",
        "iso8859_15",
        "iso8859_16",
        "mac_roman",
        "mac_latin2",
        "mac_iceland",
        "mac_turkish",
        "cp437",
        "cp775",
        "cp850",
        "cp852",
        "cp858",
        "cp860",
        "cp861",
        "cp863",
        "cp865",
        "hp_roman8",
    }
)


def looks_like_html(body: bytes) -> bool:
    """Whether a body without a Content-Type starts like an HTML document."""
    for bom, encoding in _BOMS:
        if body.startswith(bom):
            body = body[len(bom) : 2048].decode(encoding, errors="ignore").encode("utf-8")
            break
    return bool(_HTML_START.match(body.lstrip(b" \t\r\n\f")[:512]))


def decode_html(body: bytes, *, declared_charset: str | None = None) -> tuple[str, str]:
    """Decode an HTML body; returns ``(text, codec name)``.

    Order, as browsers do it: a byte-order mark; the HTTP header's charset; a ``<meta>``
    charset in the first few KB; then detection.  A declared charset that cannot decode the
    bytes (a page labelled UTF-8 but saved as windows-1252, a common CMS bug) falls through
    to the next source instead of producing replacement characters.  Detection accepts UTF-8
    when the bytes are valid UTF-8, then asks charset-normalizer; for Latin-script text it
    prefers windows-1252, the web's de-facto default for undeclared pages (WHATWG's fallback
    for Western locales), because detectors guess between look-alike code pages on short texts.
    """
    for bom, encoding in _BOMS:
        if body.startswith(bom):
            return body[len(bom) :].decode(encoding, errors="replace"), _codec_name(encoding)
    declared = [_encoding_for_label(declared_charset, from_meta=False), _meta_charset(body)]
    for encoding in declared:
        if encoding is not None:
            try:
                return body.decode(encoding), encoding
            except UnicodeDecodeError:
                continue
    detected = _detect(body)
    if detected is not None:
        return body.decode(detected, errors="replace"), detected
    fallback = next((encoding for encoding in declared if encoding), "utf-8")
    return body.decode(fallback, errors="replace"), fallback


def _meta_charset(body: bytes) -> str | None:
    match = _META_CHARSET.search(body[:META_SCAN_BYTES])
    if match is None:
        return None
    return _encoding_for_label(match.group(1).decode("ascii"), from_meta=True)


def _encoding_for_label(label: str | None, *, from_meta: bool) -> str | None:
    """The Python codec for a charset label, or None for an unknown or non-text one ("base64")."""
    if not label:
        return None
    try:
        name = _codec_name(label.strip().strip("\"'"))
    except (LookupError, ValueError):
        return None
    try:
        b"<".decode(name)
    except UnicodeDecodeError:
        pass  # a text codec that needs more bytes (utf-16)
    except LookupError:
        return None  # bytes-to-bytes codecs such as base64 or zlib are not text encodings

    if name in ("latin-1", "iso8859-1", "ascii"):
        return "cp1252"  # WHATWG: these labels mean windows-1252 on the web
    if from_meta and name.startswith(("utf-16", "utf-32")):
        return "utf-8"  # WHATWG: a <meta> readable as ASCII cannot truly be UTF-16
    return name


def _codec_name(label: str) -> str:
    return codecs.lookup(label).name


def _detect(body: bytes) -> str | None:
    try:
        body.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        return "utf-8"
    best = charset_normalizer.from_bytes(body).best()
    if best is None:
        return _cp1252_if_clean(body)
    candidates = {best.encoding, *best.could_be_from_charset}
    if "cp1252" in candidates or best.encoding in _WESTERN_LOOKALIKES:
        return _cp1252_if_clean(body) or _codec_name(best.encoding)
    return _codec_name(best.encoding)


def _cp1252_if_clean(body: bytes) -> str | None:
    try:
        body.decode("cp1252")
    except UnicodeDecodeError:
        return None
    return "cp1252"
