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
import time
from dataclasses import dataclass

import redis

from bot.urls import canonicalize_url

__all__ = ["BriefedLinks", "EarlierBrief"]

#: Stands for the ts while a brief is being posted.
PENDING = "-"
#: How long a reservation lasts without a posted brief (longer than one attempt to post takes).
RESERVATION_SECONDS = 300


@dataclass(frozen=True)
class EarlierBrief:
    """Where a link's brief was posted in a channel: the reply's ts (empty while it is being posted) and its thread."""

    ts: str
    thread_ts: str

    @property
    def pending(self) -> bool:
        return not self.ts


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
        ts = "" if ts == PENDING else ts
        return EarlierBrief(ts=ts, thread_ts=thread_ts or ts)

    def reserve(self, channel: str, url: str, *, thread_ts: str) -> bool:
        """Claim the channel's brief of ``url`` for ``thread_ts`` before posting it; False when another has it.

        Two messages with the same link briefed at once (several workers) then give one brief and one pointer.
        The reservation expires soon, so a job that dies before posting does not block the link for long.
        """
        key = self.key(channel, url)
        return bool(self._client.set(key, f"{PENDING} {thread_ts}", nx=True, ex=RESERVATION_SECONDS))

    def release(self, channel: str, url: str, *, thread_ts: str) -> None:
        """Drop this thread's reservation (the brief could not be posted), leaving anyone else's alone."""
        key = self.key(channel, url)
        value = self._client.get(key)
        if value is not None and value.decode() == f"{PENDING} {thread_ts}":
            self._client.delete(key)

    def record(self, channel: str, url: str, *, ts: str, thread_ts: str) -> None:
        self._client.set(self.key(channel, url), f"{ts} {thread_ts}", ex=self._ttl)

    def wait_posted(self, channel: str, url: str, *, timeout: float, interval: float = 0.2) -> EarlierBrief | None:
        """The channel's brief of ``url`` once it is posted (not pending), waiting up to ``timeout`` seconds."""
        deadline = time.monotonic() + timeout
        earlier = self.earlier(channel, url)
        while earlier is not None and earlier.pending and time.monotonic() < deadline:
            time.sleep(interval)
            earlier = self.earlier(channel, url)
        return earlier

    def claim(self, *parts: str, ttl_seconds: int | None = None) -> bool:
        """True for the first caller with these ``parts`` (within the expiry), False for every later one."""
        digest = hashlib.sha256("\n".join(parts).encode()).hexdigest()[:32]
        return bool(self._client.set(f"{self._prefix}once:{digest}", "1", nx=True, ex=ttl_seconds or self._ttl))
