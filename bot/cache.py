"""The Redis cache of briefs, with short-lived failure entries and single-flight production.

Keys are ``{prefix}brief:{pipeline version}:{canonical URL}``, so the same
article pasted with different tracking parameters is briefed once, and a new
pipeline version never serves stale briefs.  Failures are cached briefly so a
dead link pasted in five channels is fetched once, not five times: a final one
(404, not an article) for ``failure_ttl_seconds``, one that may pass (timeout,
refused connection, 5xx) for at most a minute.

When two processes ask for the same uncached URL at once, the first takes a
Redis lock (with a timeout, so a crashed worker cannot hold it forever) and
produces the brief; the second waits on the lock and then reads the first's
result.  When Redis is unreachable, briefs are still produced, uncached, with a
warning in the log: the cache must never be the reason a user gets no brief.
"""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Callable
from dataclasses import replace

import redis

from bot.brief import Brief
from bot.config import CacheConfig
from bot.errors import BriefError, error_from_dict
from bot.urls import canonicalize_url

__all__ = ["BriefCache"]

logger = logging.getLogger(__name__)

#: After Redis fails, skip it for this long rather than paying a connect timeout on every request.
REDIS_RETRY_AFTER_SECONDS = 15.0


class BriefCache:
    """Briefs and recent failures by canonical URL, in Redis."""

    def __init__(self, *, client: redis.Redis, config: CacheConfig, version: str) -> None:
        self._client = client
        self._config = config
        self._version = version
        self._unavailable_until = 0.0

    @classmethod
    def from_config(cls, config: CacheConfig, *, version: str) -> BriefCache:
        client = redis.Redis.from_url(config.redis_url, socket_connect_timeout=1.0, socket_timeout=2.0)
        return cls(client=client, config=config, version=version)

    def key(self, url: str, *, variant: str = "") -> str:
        """The cache key; ``variant`` (e.g. ``s5`` for a 5-sentence summary) keeps other shapes of a brief apart."""
        return self._scoped("brief", url, variant=variant)

    def _lock_key(self, url: str, *, variant: str = "") -> str:
        return self._scoped("lock", url, variant=variant)

    def _scoped(self, kind: str, url: str, *, variant: str) -> str:
        version = f"{self._version}:{variant}" if variant else self._version
        return f"{self._config.key_prefix}{kind}:{version}:{canonicalize_url(url)}"

    def get(self, url: str, *, variant: str = "") -> Brief | BriefError | None:
        """The cached brief, the cached failure, or None on a miss (or when Redis is down)."""
        if not self._available():
            return None
        try:
            raw = self._client.get(self.key(url, variant=variant))
        except redis.RedisError as exc:
            self._mark_unavailable(exc)
            return None
        if raw is None:
            return None
        try:
            data = json.loads(raw)
            if "error" in data:
                return error_from_dict(data["error"])
            return replace(Brief.from_dict(data["brief"]), url=url)
        except (ValueError, KeyError, TypeError) as exc:  # a corrupt entry is a miss, not an outage
            logger.warning("ignoring unreadable cache entry for %s: %s", url, exc)
            return None

    def put(self, url: str, brief: Brief, *, variant: str = "") -> None:
        """Cache a brief; one whose quote stage failed lives only as long as a failure, so a fix reaches it soon."""
        ttl = self._config.failure_ttl_seconds if brief.quotes_failed else self._config.ttl_seconds
        self._set(self.key(url, variant=variant), {"brief": brief.to_dict()}, ttl=ttl)

    def put_failure(self, url: str, error: BriefError, *, variant: str = "") -> None:
        """Cache a failure: a final one for the failure TTL, one that may pass (timeout, refused, 5xx) briefly."""
        ttl = self._config.retryable_failure_ttl_seconds if error.retryable else self._config.failure_ttl_seconds
        if ttl > 0:
            self._set(self.key(url, variant=variant), {"error": error.to_dict()}, ttl=ttl)

    def get_or_produce(
        self, url: str, produce: Callable[[], Brief], *, cache_failure: bool = True, variant: str = ""
    ) -> Brief:
        """Return the cached brief for ``url`` or produce it once, even across processes.

        A cached failure is raised again.  A ``BriefError`` from ``produce`` is cached
        for the failure TTL, except a retryable one when ``cache_failure`` is false (so a
        job that will be retried does not find its own timeout in the cache).
        """
        cached = self.get(url, variant=variant)
        if cached is not None:
            return _brief_or_raise(cached)
        lock = self._acquire_lock(url, variant=variant)
        try:
            if lock is not None:
                cached = self.get(url, variant=variant)  # the process we waited for may have produced it
                if cached is not None:
                    return _brief_or_raise(cached)
            try:
                brief = produce()
            except BriefError as exc:
                if cache_failure or not exc.retryable:
                    self.put_failure(url, exc, variant=variant)
                raise
            self.put(url, brief, variant=variant)
            return brief
        finally:
            if lock is not None:
                self._release(lock)

    def _acquire_lock(self, url: str, *, variant: str = "") -> redis.lock.Lock | None:
        """Hold the URL's lock, waiting while another process holds it; None when Redis is unusable."""
        if not self._available():
            return None
        lock = self._client.lock(
            self._lock_key(url, variant=variant),
            timeout=self._config.lock_timeout_seconds,
            sleep=0.05,
            blocking_timeout=self._config.lock_wait_seconds,
        )
        try:
            if lock.acquire(blocking=True):
                return lock
        except redis.RedisError as exc:
            self._mark_unavailable(exc)
            return None
        logger.warning("waited %.0fs for another brief of %s; producing it here", self._config.lock_wait_seconds, url)
        return None

    def _release(self, lock: redis.lock.Lock) -> None:
        try:
            lock.release()
        except redis.exceptions.LockError:
            logger.warning("brief lock %s expired before the brief was done", lock.name)
        except redis.RedisError as exc:
            self._mark_unavailable(exc)

    def _set(self, key: str, payload: dict, *, ttl: int) -> None:
        if not self._available():
            return
        try:
            self._client.set(key, json.dumps(payload, ensure_ascii=False), ex=ttl)
        except redis.RedisError as exc:
            self._mark_unavailable(exc)

    def _available(self) -> bool:
        return time.monotonic() >= self._unavailable_until

    def _mark_unavailable(self, exc: Exception) -> None:
        logger.warning("Redis unavailable (%s); briefing without the cache for %.0fs", exc, REDIS_RETRY_AFTER_SECONDS)
        self._unavailable_until = time.monotonic() + REDIS_RETRY_AFTER_SECONDS


def _brief_or_raise(cached: Brief | BriefError) -> Brief:
    if isinstance(cached, BriefError):
        raise cached
    return cached
