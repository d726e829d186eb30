"""👍/👎 feedback on briefs: one vote per user per brief, changeable, counted per canonical URL and pipeline version.

Key schema (read by the metrics side, so keep it stable):

- ``{prefix}feedback:votes:{version}:{canonical_url}``: hash, user id → ``up``/``down``;
- ``{prefix}feedback:counts:{version}:{canonical_url}``: hash, ``up``/``down`` → count;
- ``{prefix}feedback:totals:{version}``: hash, ``up``/``down`` → count over every brief.

A vote is one Lua script, so a user's vote, the brief's counts and the totals
change together even when two clicks race: a repeated vote changes nothing, a
changed vote moves one count from one side to the other.
"""

from __future__ import annotations

from dataclasses import dataclass

import redis

__all__ = ["VOTES", "FeedbackStore", "Tally", "totals_key"]

VOTES = ("up", "down")

# KEYS: votes hash, counts hash, totals hash. ARGV: user, vote. Returns {previous vote or "", up, down}.
_VOTE_SCRIPT = """
local previous = redis.call('HGET', KEYS[1], ARGV[1])
if previous ~= ARGV[2] then
  redis.call('HSET', KEYS[1], ARGV[1], ARGV[2])
  redis.call('HINCRBY', KEYS[2], ARGV[2], 1)
  redis.call('HINCRBY', KEYS[3], ARGV[2], 1)
  if previous then
    redis.call('HINCRBY', KEYS[2], previous, -1)
    redis.call('HINCRBY', KEYS[3], previous, -1)
  end
end
local up = tonumber(redis.call('HGET', KEYS[2], 'up') or '0')
local down = tonumber(redis.call('HGET', KEYS[2], 'down') or '0')
return {previous or '', up, down}
"""


def totals_key(key_prefix: str, version: str) -> str:
    """The votes over every brief of a pipeline version (``up``/``down``): also what ``/metrics`` reports."""
    return f"{key_prefix}feedback:totals:{version}"


@dataclass(frozen=True)
class Tally:
    """One brief's counts after a vote, and the voter's previous vote (``None`` for a first vote)."""

    up: int
    down: int
    previous: str | None = None


class FeedbackStore:
    def __init__(self, *, client: redis.Redis, key_prefix: str) -> None:
        self._client = client
        self._prefix = key_prefix
        self._script = client.register_script(_VOTE_SCRIPT)

    def votes_key(self, version: str, canonical_url: str) -> str:
        return f"{self._prefix}feedback:votes:{version}:{canonical_url}"

    def counts_key(self, version: str, canonical_url: str) -> str:
        return f"{self._prefix}feedback:counts:{version}:{canonical_url}"

    def totals_key(self, version: str) -> str:
        return totals_key(self._prefix, version)

    def vote(self, *, version: str, canonical_url: str, user: str, vote: str) -> Tally:
        """Record ``user``'s ``up``/``down`` vote on a brief (replacing their earlier one)."""
        if vote not in VOTES:
            raise ValueError(f"vote must be one of {VOTES}, not {vote!r}")
        keys = [
            self.votes_key(version, canonical_url),
            self.counts_key(version, canonical_url),
            self.totals_key(version),
        ]
        previous, up, down = self._script(keys=keys, args=[user, vote])
        previous = previous.decode() if isinstance(previous, bytes) else previous
        return Tally(up=int(up), down=int(down), previous=previous or None)

    def counts(self, *, version: str, canonical_url: str) -> Tally:
        return _tally(self._client.hgetall(self.counts_key(version, canonical_url)))

    def totals(self, *, version: str) -> Tally:
        return _tally(self._client.hgetall(self.totals_key(version)))


def _tally(raw: dict) -> Tally:
    values = {(k.decode() if isinstance(k, bytes) else k): int(v) for k, v in raw.items()}
    return Tally(up=values.get("up", 0), down=values.get("down", 0))
