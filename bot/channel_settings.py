"""Per-channel settings (mode, summary length, skipped domains), kept in Redis and read on every event.

A channel's settings are one Redis hash, ``{prefix}channel:{channel id}``, with
no expiry: they are configuration, not cache, and survive restarts of every
process (and of Redis, with the persistence ``deploy/redis.conf`` asks for).
The web process reads them for every message it sees, so reads go through a
small in-process cache that lives a few seconds; a process's own writes update
it at once, other processes see a change within ``cache_seconds``.
"""

from __future__ import annotations

import json
import re
import threading
import time
from dataclasses import dataclass, replace

import redis

__all__ = [
    "LENGTHS",
    "MODES",
    "ChannelSettings",
    "ChannelSettingsStore",
    "domain_is_skipped",
    "normalise_domain",
    "summary_sentences",
]

#: ``auto``: every link pasted gets a brief; ``ask``: only ``/brief``, a mention or the reaction.
MODES = ("auto", "ask")
#: Summary sentences per length; ``short`` follows ``BRIEF_SUMMARY_SENTENCES`` (3 by default) via ``None``.
LENGTHS = {"short": None, "long": 5}
#: How many domains one channel may skip (the modal and the hash stay small).
MAX_SKIPPED_DOMAINS = 50
_DOMAIN = re.compile(r"^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)*[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$")


@dataclass(frozen=True, kw_only=True)
class ChannelSettings:
    mode: str = "auto"
    length: str = "short"
    skipped_domains: tuple[str, ...] = ()

    @property
    def automatic(self) -> bool:
        return self.mode == "auto"


def summary_sentences(length: str) -> int | None:
    """Sentences to ask the summariser for (``None``: its configured default)."""
    return LENGTHS.get(length)


def normalise_domain(text: str) -> str | None:
    """``Wiki.Example.com``, ``https://wiki.example.com/x``, ``<https://…|…>`` → ``wiki.example.com``; else None."""
    value = text.strip().strip("<>").split("|", 1)[0].strip().lower()
    value = re.sub(r"^[a-z][a-z0-9+.-]*://", "", value)
    value = value.split("/", 1)[0].split(":", 1)[0].rstrip(".")
    value = value.removeprefix("www.")
    return value if _DOMAIN.match(value) and "." in value else None


def domain_is_skipped(host: str | None, skipped: tuple[str, ...]) -> bool:
    """Whether ``host`` is one of ``skipped`` or a subdomain of one."""
    if not host:
        return False
    host = host.lower().rstrip(".")
    return any(host == d or host.endswith("." + d) for d in skipped)


class ChannelSettingsStore:
    """Read and change channels' settings; thread-safe."""

    def __init__(self, *, client: redis.Redis, key_prefix: str, cache_seconds: float = 5.0) -> None:
        self._client = client
        self._prefix = key_prefix
        self._cache_seconds = cache_seconds
        self._cache: dict[str, tuple[float, ChannelSettings]] = {}
        self._lock = threading.Lock()

    def key(self, channel: str) -> str:
        return f"{self._prefix}channel:{channel}"

    def get(self, channel: str, *, fresh: bool = False) -> ChannelSettings:
        """The channel's settings; from this process's short cache unless ``fresh`` (what a person asked to see)."""
        now = time.monotonic()
        with self._lock:
            hit = self._cache.get(channel)
        if hit is not None and hit[0] > now and not fresh:
            return hit[1]
        settings = self._load(channel)
        self._remember(channel, settings)
        return settings

    def _load(self, channel: str) -> ChannelSettings:
        raw = {
            (k.decode() if isinstance(k, bytes) else k): (v.decode() if isinstance(v, bytes) else v)
            for k, v in self._client.hgetall(self.key(channel)).items()
        }
        try:
            skipped = tuple(str(d) for d in json.loads(raw.get("skip") or "[]"))
        except ValueError:
            skipped = ()
        mode = raw.get("mode") if raw.get("mode") in MODES else "auto"
        length = raw.get("length") if raw.get("length") in LENGTHS else "short"
        return ChannelSettings(mode=mode, length=length, skipped_domains=skipped)

    def _remember(self, channel: str, settings: ChannelSettings) -> None:
        with self._lock:
            if len(self._cache) > 10_000:  # many channels: start over rather than grow without bound
                self._cache.clear()
            self._cache[channel] = (time.monotonic() + self._cache_seconds, settings)

    def save(self, channel: str, settings: ChannelSettings) -> ChannelSettings:
        if settings.mode not in MODES or settings.length not in LENGTHS:
            raise ValueError(f"bad channel settings {settings!r}")
        domains = tuple(dict.fromkeys(settings.skipped_domains))[:MAX_SKIPPED_DOMAINS]
        settings = replace(settings, skipped_domains=domains)
        self._client.hset(
            self.key(channel),
            mapping={"mode": settings.mode, "length": settings.length, "skip": json.dumps(list(domains))},
        )
        self._remember(channel, settings)
        return settings

    def update(self, channel: str, **changes: object) -> tuple[ChannelSettings, ChannelSettings]:
        """Apply ``changes`` to the stored settings (read fresh); returns (before, after)."""
        before = self._load(channel)
        after = self.save(channel, replace(before, **changes))
        return before, after
