"""URL checks and canonicalisation: one link, one cache key.

People paste the same article with different tracking tails (``?utm_source=slack``,
``&fbclid=...``), upper-case hosts, default ports and ``#fragments``.  The cache keys
briefs by ``canonicalize_url(url)`` so all of those share one brief.  The rules are
deliberately conservative: only changes that cannot alter which document a server
returns (case of scheme/host, default port, fragment, known tracking parameters, dot
segments, case of percent-escapes).  Everything else, including the order of the
remaining query parameters and a trailing slash, is kept as given.

``check_http_url`` is the single definition of "a link we are willing to open"; the
fetcher applies it to the pasted URL and to every redirect target.
"""

from __future__ import annotations

import ipaddress
import re
from urllib.parse import SplitResult, unquote_plus, urlsplit

import idna

from bot.errors import InvalidURL

__all__ = ["TRACKING_PARAMS", "TRACKING_PREFIXES", "canonicalize_url", "check_http_url", "is_http_url"]

DEFAULT_PORTS = {"http": 80, "https": 443}

#: Query parameters that only say where a click came from (compared case-insensitively).
TRACKING_PARAMS: frozenset[str] = frozenset(
    {
        "fbclid",  # Facebook
        "gclid",  # Google Ads
        "gclsrc",
        "dclid",
        "gbraid",
        "wbraid",
        "_ga",  # Google Analytics cross-domain linker
        "_gl",
        "msclkid",  # Microsoft Ads
        "mc_cid",  # Mailchimp
        "mc_eid",
        "igshid",  # Instagram
        "igsh",
        "ref_src",  # Twitter/X embeds
        "ref_url",
        "twclid",
        "yclid",  # Yandex
        "ysclid",
        "ttclid",  # TikTok
        "li_fat_id",  # LinkedIn
        "mkt_tok",  # Marketo
        "_hsenc",  # HubSpot
        "_hsmi",
        "__hstc",
        "__hssc",
        "__hsfp",
        "hsctatracking",
        "oly_anon_id",  # Omeda
        "oly_enc_id",
        "vero_id",  # Vero
        "vero_conv",
        "wickedid",
        "rb_clickid",
        "s_cid",  # Adobe campaign id
        "srsltid",  # Google Merchant
        "_openstat",
    }
)
#: Parameter-name prefixes that are tracking-only (Google/Matomo/Piwik campaign tags).
TRACKING_PREFIXES: tuple[str, ...] = ("utm_", "pk_", "mtm_")

_LABEL = re.compile(r"^[a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9_])?$")
_PERCENT_ESCAPE = re.compile(r"%[0-9a-fA-F]{2}")


def check_http_url(url: str) -> None:
    """Raise ``InvalidURL`` unless ``url`` is an absolute http(s) URL with a sane host and no credentials.

    Credentials (``user:pass@``) are refused rather than sent: a pasted link should never make
    the bot authenticate anywhere, and they are a classic way to disguise the real host.
    """
    _split_http_url(url)


def is_http_url(url: str) -> bool:
    """True when ``check_http_url`` accepts ``url``."""
    try:
        _split_http_url(url)
    except InvalidURL:
        return False
    return True


def canonicalize_url(url: str) -> str:
    """The form of ``url`` used as a cache key (raises ``InvalidURL`` for what ``check_http_url`` refuses).

    Lower-cases scheme and host (IDNA-encoded), drops the default port, the fragment and tracking
    parameters, removes dot segments, upper-cases percent-escapes, and writes an empty path as ``/``.
    """
    parts, host = _split_http_url(url)
    scheme = parts.scheme.lower()
    port = parts.port
    netloc = host if port is None or port == DEFAULT_PORTS[scheme] else f"{host}:{port}"
    path = _normalise_escapes(_remove_dot_segments(parts.path)) or "/"
    if not path.startswith("/"):
        path = "/" + path
    kept = [piece for piece in parts.query.split("&") if piece and not _is_tracking(piece)]
    query = "&".join(_normalise_escapes(piece) for piece in kept)
    return f"{scheme}://{netloc}{path}" + (f"?{query}" if query else "")


def _split_http_url(url: str) -> tuple[SplitResult, str]:
    """Parse and validate; returns the split URL and its canonical host (IDNA, lower case, IPv6 bracketed)."""
    if not isinstance(url, str) or not url.strip():
        raise InvalidURL("empty URL")
    text = url.strip()
    if any(ch in text for ch in " \t\r\n\x00"):
        raise InvalidURL(f"URL contains whitespace or control characters: {text!r}")
    try:
        parts = urlsplit(text)
        port = parts.port  # raises ValueError for a non-numeric or out-of-range port
    except ValueError as exc:
        raise InvalidURL(f"malformed URL {text!r}: {exc}") from exc
    if parts.scheme.lower() not in DEFAULT_PORTS:
        raise InvalidURL(f"only http and https URLs can be fetched, not {text!r}")
    if "@" in parts.netloc:
        raise InvalidURL("URLs with a user name or password are not fetched")
    if port == 0:
        raise InvalidURL(f"malformed URL {text!r}: port 0")
    return parts, _canonical_host(parts.hostname or "", text)


def _canonical_host(hostname: str, url: str) -> str:
    if not hostname:
        raise InvalidURL(f"URL has no host: {url!r}")
    if ":" in hostname:  # urlsplit strips the brackets of an IPv6 literal
        try:
            return f"[{ipaddress.IPv6Address(hostname).compressed}]"
        except ValueError as exc:
            raise InvalidURL(f"malformed IPv6 host in {url!r}") from exc
    host = hostname.rstrip(".")
    if not host.isascii():
        try:
            host = idna.encode(host, uts46=True).decode("ascii")
        except idna.IDNAError as exc:
            raise InvalidURL(f"malformed international host name in {url!r}: {exc}") from exc
    host = host.lower()
    labels = host.split(".")
    if len(host) > 253 or not all(_LABEL.match(label) for label in labels):
        raise InvalidURL(f"malformed host name in {url!r}")
    return host


def _is_tracking(piece: str) -> bool:
    name = unquote_plus(piece.split("=", 1)[0]).strip().lower()
    return name in TRACKING_PARAMS or name.startswith(TRACKING_PREFIXES)


def _normalise_escapes(text: str) -> str:
    """``%2f`` and ``%2F`` are the same octet (RFC 3986 §6.2.2.1); write them one way."""
    return _PERCENT_ESCAPE.sub(lambda match: match.group(0).upper(), text)


def _remove_dot_segments(path: str) -> str:
    """RFC 3986 §5.2.4: ``/a/./b/../c`` names the same resource as ``/a/c``."""
    if "." not in path:
        return path
    output: list[str] = []
    segments = path.split("/")
    for index, segment in enumerate(segments):
        last = index == len(segments) - 1
        if segment == ".":
            if last:
                output.append("")
        elif segment == "..":
            if len(output) > 1:
                output.pop()
            if last:
                output.append("")
        else:
            output.append(segment)
    result = "/".join(output)
    if path.startswith("/") and not result.startswith("/"):
        result = "/" + result
    return result
