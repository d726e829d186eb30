"""Exactly-once handling of Slack events: the first delivery of an ``event_id`` claims it in Redis.

Slack delivers events at least once and re-sends them (``X-Slack-Retry-Num``)
when an answer is slow or lost.  ``SET NX`` with an expiry is atomic, so when
two web processes receive the same event at once only one of them wins; the
other, like every later retry, answers 200 and does nothing.
"""

from __future__ import annotations

from dataclasses import dataclass

import redis

__all__ = ["EventDedup"]


@dataclass
class EventDedup:
    client: redis.Redis
    key_prefix: str
    ttl_seconds: int

    def _key(self, event_id: str) -> str:
        return f"{self.key_prefix}event:{event_id}"

    def claim(self, event_id: str) -> bool:
        """True for the first caller with this ``event_id`` (within the expiry), False for every other."""
        return bool(self.client.set(self._key(event_id), "1", nx=True, ex=self.ttl_seconds))

    def release(self, event_id: str) -> None:
        """Forget a claim whose work could not be queued, so that Slack's retry can do it."""
        self.client.delete(self._key(event_id))
