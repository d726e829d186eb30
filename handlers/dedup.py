"""Exactly-once handling of Slack events: the first delivery of an ``event_id`` claims it in Redis.

Slack delivers events at least once and re-sends them (``X-Slack-Retry-Num``)
when an answer is slow or lost.  ``SET NX`` with an expiry is atomic, so when
two web processes receive the same event at once only one of them wins; the
other, like every later retry, answers 200 and does nothing.

Slash commands and interactive payloads carry no ``event_id``: the request
itself is recognised instead, by a digest of what Slack signed (timestamp and
body, which include the command's ``trigger_id``).  A replayed request is
byte-identical, and only a timestamp within five minutes passes the signature
check, so the digest identifies it for as long as it could be replayed.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

import redis

__all__ = ["EventDedup", "signed_request_id"]


def signed_request_id(*, timestamp: str, body: str | bytes) -> str:
    """A stable id of one signed Slack request: ``req-`` and a digest of its timestamp and body."""
    data = body.encode("utf-8") if isinstance(body, str) else body
    return "req-" + hashlib.sha256(timestamp.encode("ascii", "replace") + b":" + data).hexdigest()[:32]


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
