"""Find the article links in a Slack message's text.

Slack sends links in message text as ``<https://…>`` or ``<https://…|label>``
with ``&``, ``<`` and ``>`` escaped as HTML entities; user, channel and
special mentions use the same brackets (``<@U1>``, ``<#C1|name>``,
``<!here>``), and e-mail addresses become ``<mailto:…|…>``.  Only http(s)
links to pages that could be articles are kept: Slack's own links and files
are skipped, as are links whose path ends in a media, document or archive
extension (briefing them would only produce an error reply in every thread
where someone shares a screenshot).
"""

from __future__ import annotations

import re
from urllib.parse import unquote, urlsplit

__all__ = ["extract_command_url", "extract_links", "is_article_candidate", "mentions_user", "unescape_slack"]

_BRACKETED = re.compile(r"<([^<>]+)>")
_BARE_URL = re.compile(r"https?://[^\s<>]+", re.IGNORECASE)

SKIPPED_EXTENSIONS = frozenset(
    {
        # images
        "png", "jpg", "jpeg", "gif", "webp", "svg", "bmp", "tif", "tiff", "ico", "heic", "heif", "avif",
        # audio and video
        "mp4", "m4v", "mov", "avi", "mkv", "webm", "wmv", "flv", "mp3", "wav", "m4a", "aac", "ogg", "oga", "flac",
        # documents, data and archives
        "pdf", "doc", "docx", "xls", "xlsx", "ppt", "pptx", "odt", "ods", "odp", "csv", "json", "xml", "txt",
        "zip", "gz", "tgz", "bz2", "xz", "7z", "rar", "tar", "dmg", "exe", "msi", "apk", "iso", "deb", "rpm",
    }
)  # fmt: skip

SLACK_DOMAINS = ("slack.com", "slack-edge.com", "slack-files.com", "slack-redir.net")


def unescape_slack(text: str) -> str:
    """Undo Slack's three HTML entities (Slack escapes only these)."""
    return text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")


def _host_is_slack(host: str) -> bool:
    host = host.lower().rstrip(".")
    return any(host == domain or host.endswith("." + domain) for domain in SLACK_DOMAINS)


def is_article_candidate(url: str) -> bool:
    """Whether ``url`` could be an article: http(s), not Slack's own, not a file by its extension."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return False
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        return False
    if _host_is_slack(parts.hostname):
        return False
    last = unquote(parts.path).rstrip("/").rsplit("/", 1)[-1]
    extension = last.rsplit(".", 1)[-1].lower() if "." in last else ""
    return extension not in SKIPPED_EXTENSIONS


def extract_links(text: str, *, limit: int) -> list[str]:
    """Article URLs in a message's ``text``, in order, without duplicates, at most ``limit``."""
    found: list[str] = []
    for match in _BRACKETED.finditer(text or ""):
        target = match.group(1).split("|", 1)[0].strip()
        if not target.lower().startswith(("http://", "https://")):
            continue  # <@U…>, <#C…|…>, <!here>, <mailto:…>, <tel:…>
        url = unescape_slack(target)
        if url not in found and is_article_candidate(url):
            found.append(url)
        if len(found) >= limit:
            break
    return found


def extract_command_url(text: str) -> str | None:
    """The URL in a ``/brief`` command's text, whether Slack bracketed it or sent it as typed."""
    text = (text or "").strip()
    for match in _BRACKETED.finditer(text):
        target = match.group(1).split("|", 1)[0].strip()
        if target.lower().startswith(("http://", "https://")):
            return unescape_slack(target)
    bare = _BARE_URL.search(unescape_slack(text))
    if bare:
        return bare.group(0).rstrip(".,;:!?)]}'\"")
    return None


def mentions_user(text: str, user_id: str | None) -> bool:
    """Whether the message text mentions ``user_id`` (``<@U123>`` or ``<@U123|name>``)."""
    if not user_id:
        return False
    return f"<@{user_id}>" in (text or "") or f"<@{user_id}|" in (text or "")
