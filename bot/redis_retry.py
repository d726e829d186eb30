"""Redis clients that wait out an outage instead of failing: what keeps a worker alive across a Redis restart.

redis-py sends every command through its connection's ``Retry`` policy.
``PatientRetry`` is a policy that keeps retrying connection errors (capped
exponential back-off) until Redis answers again, so every Redis call a worker
makes — RQ's heartbeats, dequeueing and job bookkeeping, the jobs' progress
records — waits while Redis is down, restarting or still loading its
append-only file, instead of raising in the middle of RQ's bookkeeping (where
RQ's work loop gives up and quits).  An outage is logged once when it begins
and once when it ends, whichever client or thread runs into it.

Retrying is what redis-py does by default too (three times); the difference
is only how long.  A command whose reply was lost with the connection can run
twice; RQ's commands are written for that (state sets, registry adds and
removes; a dequeued job whose worker never recorded it is recovered by RQ's
intermediate-queue clean-up).

A call gives up (raises the connection error) instead of waiting when:

- ``stop()`` was called: the worker is shutting down, and waiting would hang it;
- it has been failing for longer than ``give_up_after`` seconds (``None``: never);
- it runs in a forked child (RQ's scheduler process), whose SIGTERM must not be
  stuck behind a retry loop; RQ restarts a scheduler that died.
"""

from __future__ import annotations

import logging
import os
import threading
import time
from collections.abc import Callable
from typing import Any, TypeVar
from urllib.parse import urlsplit

import redis
from redis.backoff import ExponentialBackoff
from redis.retry import Retry

__all__ = ["PatientRetry", "patient_client", "redis_label"]

log = logging.getLogger("bot.redis")

T = TypeVar("T")

#: Longest pause between attempts: how late a worker notices that Redis is back.
MAX_BACKOFF_SECONDS = 5.0
FIRST_BACKOFF_SECONDS = 0.25


def redis_label(url: str) -> str:
    """``host:port/db`` of a Redis URL, for logs (never the password)."""
    parts = urlsplit(url)
    if parts.scheme == "unix":
        return parts.path
    db = parts.path.lstrip("/") or "0"
    return f"{parts.hostname or 'localhost'}:{parts.port or 6379}/{db}"


class _Outages:
    """Which Redis servers this process currently cannot reach, so that each outage is logged once."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._since: dict[str, float] = {}

    def failed(self, label: str, error: Exception, *, since: float) -> None:
        with self._lock:
            if label in self._since:
                return
            self._since[label] = since
        log.warning("Redis at %s is unreachable (%s); waiting for it, retrying with back-off", label, error)

    def answered(self, label: str) -> None:
        with self._lock:
            since = self._since.pop(label, None)
        if since is not None:
            log.info("Redis at %s answers again after %.1f s", label, time.monotonic() - since)


_OUTAGES = _Outages()


class PatientRetry(Retry):
    """A redis-py retry policy that waits for Redis to come back (see the module docstring for when it stops)."""

    def __init__(self, *, label: str, give_up_after: float | None = None) -> None:
        super().__init__(ExponentialBackoff(cap=MAX_BACKOFF_SECONDS, base=FIRST_BACKOFF_SECONDS), retries=-1)
        self.label = label
        self.give_up_after = give_up_after
        self._stopped = threading.Event()
        self._owner_pid = os.getpid()

    # redis-py deep-copies the policy into every client and connection: they must all share this one, so that
    # stop() reaches every copy.
    def __deepcopy__(self, memo: dict[int, Any]) -> PatientRetry:
        return self

    def __copy__(self) -> PatientRetry:
        return self

    def stop(self) -> None:
        """From now on, fail at once instead of waiting (the process is shutting down)."""
        self._stopped.set()

    @property
    def stopped(self) -> bool:
        return self._stopped.is_set()

    def _should_give_up(self, first_failure: float) -> bool:
        if self._stopped.is_set() or os.getpid() != self._owner_pid:
            return True
        return self.give_up_after is not None and time.monotonic() - first_failure > self.give_up_after

    def call_with_retry(
        self,
        do: Callable[[], T],
        fail: Callable[..., Any],
        is_retryable: Callable[[Exception], bool] | None = None,
        with_failure_count: bool = False,
    ) -> T:
        failures = 0
        first_failure = 0.0
        while True:
            try:
                result = do()
            except self._supported_errors as error:
                if is_retryable is not None and not is_retryable(error):
                    raise
                failures += 1
                if failures == 1:
                    first_failure = time.monotonic()
                if with_failure_count:
                    fail(error, failures)
                else:
                    fail(error)
                if self._should_give_up(first_failure):
                    raise
                if failures > 1:  # a single failure is a stale pooled connection, retried at once on a fresh one
                    _OUTAGES.failed(self.label, error, since=first_failure)
                pause = 0.0 if failures == 1 else self._backoff.compute(failures - 1)
                if self._stopped.wait(pause):
                    raise
                continue
            if failures > 1:
                _OUTAGES.answered(self.label)
            return result


def patient_client(
    url: str,
    *,
    socket_timeout: float | None = None,
    socket_connect_timeout: float = 5.0,
    retry: PatientRetry | None = None,
    give_up_after: float | None = None,
) -> redis.Redis:
    """A client for ``url`` whose commands wait for Redis through an outage (``retry`` may be shared)."""
    retry = retry or PatientRetry(label=redis_label(url), give_up_after=give_up_after)
    return redis.Redis.from_url(
        url, retry=retry, socket_timeout=socket_timeout, socket_connect_timeout=socket_connect_timeout
    )
