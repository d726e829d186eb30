"""What was already briefed where: the brief reply of a link per channel, and one-time claims.

- ``{prefix}briefed:{channel}:{canonical url}`` → ts of the brief reply and its thread, kept as
  long as the brief itself is cached: a repeat of the link in that channel gets
  a pointer to it (``chat.getPermalink``) instead of a second full brief.
- ``{prefix}once:{what}`` → claimed with ``SET NX``: the reaction trigger (per
  channel + message + link) and "All quotes" (per brief reply) happen once,
  however many people react or click.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

import redis

from bot.urls import canonicalize_url

__all__ = ["BriefedLinks", "EarlierBrief"]


@dataclass(frozen=True)
class EarlierBrief:
    """Where a link's brief was posted in a channel: the reply's ts and its thread."""

    ts: str
    thread_ts: str


class BriefedLinks:
    def __init__(self, *, client: redis.Redis, key_prefix: str, ttl_seconds: int) -> None:
        self._client = client
        self._prefix = key_prefix
        self._ttl = ttl_seconds

    def key(self, channel: str, url: str) -> str:
        return f"{self._prefix}briefed:{channel}:{canonicalize_url(url)}"

    def earlier(self, channel: str, url: str) -> EarlierBrief | None:
        """The brief of ``url`` already posted in ``channel`` (within the cache lifetime), if any."""
        value = self._client.get(self.key(channel, url))
        if not value:
            return None
        ts, _, thread_ts = (value.decode() if isinstance(value, bytes) else str(value)).partition(" ")
        return EarlierBrief(ts=ts, thread_ts=thread_ts or ts)

    def record(self, channel: str, url: str, *, ts: str, thread_ts: str) -> None:
        self._client.set(self.key(channel, url), f"{ts} {thread_ts}", ex=self._ttl)

    def claim(self, *parts: str, ttl_seconds: int | None = None) -> bool:
        """True for the first caller with these ``parts`` (within the expiry), False for every later one."""
        digest = hashlib.sha256("\n".join(parts).encode()).hexdigest()[:32]
        return bool(self._client.set(f"{self._prefix}once:{digest}", "1", nx=True, ex=ttl_seconds or self._ttl))
