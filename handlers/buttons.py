"""What a brief's buttons carry: enough to rebuild the brief from the cache by URL, and nothing more.

Slack caps a button's ``value`` at 2,000 characters and echoes it back in the
``block_actions`` payload when the button is clicked; the web process decodes
it and hands the plain values to a job.  Keys are one letter to leave room for
long URLs; a value that would not fit is not rendered (the brief goes out
without that button rather than being refused).
"""

from __future__ import annotations

import json
from dataclasses import dataclass

__all__ = [
    "ACTION_ALL_QUOTES",
    "ACTION_SHARE",
    "ACTION_VOTE_DOWN",
    "ACTION_VOTE_UP",
    "MAX_VALUE_CHARS",
    "BriefRef",
]

ACTION_ALL_QUOTES = "brief_all_quotes"
ACTION_VOTE_UP = "brief_vote_up"
ACTION_VOTE_DOWN = "brief_vote_down"
ACTION_SHARE = "brief_share"
MAX_VALUE_CHARS = 2000


@dataclass(frozen=True, kw_only=True)
class BriefRef:
    """Which brief a button belongs to: the URL shared, the pipeline version, the summary length, the thread."""

    url: str
    version: str = ""
    summary_sentences: int | None = None
    thread_ts: str | None = None

    def to_value(self) -> str | None:
        """The button value, or None when it would exceed Slack's limit."""
        data: dict[str, object] = {"u": self.url}
        if self.version:
            data["v"] = self.version
        if self.summary_sentences is not None:
            data["n"] = self.summary_sentences
        if self.thread_ts:
            data["t"] = self.thread_ts
        value = json.dumps(data, separators=(",", ":"), ensure_ascii=False)
        return value if len(value) <= MAX_VALUE_CHARS else None

    @classmethod
    def from_value(cls, value: str) -> BriefRef | None:
        """Decode a button value; None for anything that is not one of ours (never raises)."""
        try:
            data = json.loads(value)
            url = data["u"]
            sentences = data.get("n")
            if not isinstance(url, str) or not url.startswith(("http://", "https://")):
                return None
            return cls(
                url=url,
                version=str(data.get("v") or ""),
                summary_sentences=int(sentences) if sentences is not None else None,
                thread_ts=str(data["t"]) if data.get("t") else None,
            )
        except (ValueError, TypeError, KeyError, AttributeError):
            return None
