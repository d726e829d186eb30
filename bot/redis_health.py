"""Does the Redis we reach keep what it acknowledged?  A start-up check for the web and the worker.

Everything Slack was told "got it" about lives only in Redis until a worker
answers it: the queued jobs, their progress records.  A Redis without
persistence loses them all on a restart; one with an evicting
``maxmemory-policy`` may delete them under memory pressure.  Neither fails
loudly, so both processes log a WARNING at start-up (``deploy/redis.conf`` is a
configuration that passes).

``CONFIG GET`` is often disabled on managed Redis; then ``INFO`` answers what it
can (whether AOF is on, the eviction policy), and RDB save points, which only
``CONFIG`` shows, are reported as unknown rather than guessed.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

import redis
from redis.backoff import NoBackoff
from redis.retry import Retry

__all__ = ["Finding", "durability_findings", "report_durability", "report_durability_of"]

log = logging.getLogger(__name__)

#: Seconds the web waits for the check at start-up before giving up on it (it must not delay serving).
CHECK_TIMEOUT_SECONDS = 2.0


@dataclass(frozen=True)
class Finding:
    """One thing wrong (or unknown) with the Redis setup, at the log level it deserves."""

    level: int
    message: str


@dataclass(frozen=True)
class _Durability:
    aof: bool
    save_points: bool | None  # None: unknown (CONFIG disabled)
    policy: str | None  # None: unknown


def _from_config(client: redis.Redis) -> _Durability:
    config: dict[str, str] = {}
    for name in ("appendonly", "save", "maxmemory-policy"):  # one by one: Redis < 7 takes one pattern per call
        config.update(client.config_get(name))
    return _Durability(
        aof=str(config.get("appendonly", "no")).lower() == "yes",
        save_points=bool(str(config.get("save", "")).strip()),
        policy=str(config["maxmemory-policy"]) if "maxmemory-policy" in config else None,
    )


def _from_info(client: redis.Redis) -> _Durability:
    persistence = client.info("persistence")
    memory = client.info("memory")
    policy = memory.get("maxmemory_policy")
    return _Durability(
        aof=str(persistence.get("aof_enabled", "0")) == "1",
        save_points=None,
        policy=str(policy) if policy is not None else None,
    )


def _read(client: redis.Redis) -> _Durability | None:
    try:
        return _from_config(client)
    except redis.ResponseError as exc:  # CONFIG renamed or disabled (managed Redis), or no permission
        log.debug("CONFIG GET refused (%s); reading INFO instead", exc)
    try:
        return _from_info(client)
    except redis.ResponseError as exc:
        log.debug("INFO refused too (%s); cannot check Redis persistence", exc)
        return None


def durability_findings(client: redis.Redis) -> list[Finding]:
    """What in this Redis's configuration can lose acknowledged requests (empty: nothing found).

    Raises ``redis.ConnectionError``/``TimeoutError`` when Redis does not answer.
    """
    state = _read(client)
    if state is None:
        return [Finding(logging.INFO, "could not read Redis's persistence settings (CONFIG and INFO refused)")]
    findings = []
    if not state.aof and state.save_points is False:
        findings.append(
            Finding(
                logging.WARNING,
                "Redis has no persistence (appendonly no, no save points): queued briefs are lost when it "
                "restarts; use deploy/redis.conf (appendonly yes) — see README, Production",
            )
        )
    elif not state.aof and state.save_points:
        findings.append(
            Finding(
                logging.WARNING,
                "Redis persists only by RDB snapshots (appendonly no): briefs queued since the last snapshot are "
                "lost when it crashes; use deploy/redis.conf (appendonly yes) — see README, Production",
            )
        )
    elif not state.aof:
        findings.append(
            Finding(
                logging.INFO,
                "Redis's append-only file is off and its RDB save points are unknown (CONFIG is disabled): make sure "
                "it persists what it acknowledges (README, Production)",
            )
        )
    if state.policy is not None and state.policy != "noeviction":
        findings.append(
            Finding(
                logging.WARNING,
                f"Redis's maxmemory-policy is {state.policy}: under memory pressure it may delete queued jobs and "
                "progress records; use maxmemory-policy noeviction (deploy/redis.conf)",
            )
        )
    return findings


def report_durability(client: redis.Redis, *, logger: logging.Logger) -> list[Finding]:
    """Log each finding (a Redis that does not answer is logged too, and yields no findings)."""
    try:
        findings = durability_findings(client)
    except redis.RedisError as exc:
        logger.warning("could not check Redis's persistence settings: %s", exc)
        return []
    for finding in findings:
        logger.log(finding.level, "%s", finding.message)
    return findings


def report_durability_of(redis_url: str, *, logger: logging.Logger) -> list[Finding]:
    """``report_durability`` on a short-lived client with short timeouts (the web's start-up must not wait)."""
    client = redis.Redis.from_url(
        redis_url,
        socket_timeout=CHECK_TIMEOUT_SECONDS,
        socket_connect_timeout=CHECK_TIMEOUT_SECONDS,
        retry=Retry(NoBackoff(), 0),  # one try: a Redis that is down is reported, not waited for
    )
    try:
        return report_durability(client, logger=logger)
    finally:
        client.close()
