"""The start-up check of Redis's persistence and eviction settings, against real private redis-servers."""

from __future__ import annotations

import logging
from collections.abc import Iterator

import pytest

from bot.redis_health import durability_findings, report_durability, report_durability_of
from tests.support.redis_server import RedisServer
from tests.support.slack_stack import free_port


@pytest.fixture
def deploy_redis(tmp_path) -> Iterator[RedisServer]:
    server = RedisServer(directory=tmp_path / "redis").start()
    yield server
    server.kill()


def _warnings(findings) -> list[str]:
    return [f.message for f in findings if f.level >= logging.WARNING]


def test_the_shipped_config_passes(deploy_redis):
    client = deploy_redis.client()
    try:
        assert durability_findings(client) == []
    finally:
        client.close()


def test_no_persistence_and_an_evicting_policy_are_warned_about(deploy_redis):
    client = deploy_redis.client()
    try:
        client.config_set("appendonly", "no")
        client.config_set("save", "")
        assert [m.split(" (")[0] for m in _warnings(durability_findings(client))] == ["Redis has no persistence"]
        client.config_set("save", "3600 1")
        (snapshots_only,) = _warnings(durability_findings(client))
        assert "only by RDB snapshots" in snapshots_only
        client.config_set("appendonly", "yes")
        client.config_set("maxmemory-policy", "volatile-lru")
        (eviction,) = _warnings(durability_findings(client))
        assert "maxmemory-policy is volatile-lru" in eviction
    finally:
        client.close()


def test_with_config_disabled_info_still_answers(tmp_path):
    server = RedisServer(
        directory=tmp_path / "redis",
        config=None,
        extra_args=["--rename-command", "CONFIG", "", "--appendonly", "no", "--maxmemory-policy", "allkeys-lru"],
    ).start()
    client = server.client()
    try:
        findings = durability_findings(client)
        # AOF off is known from INFO; save points are not, so that is only a note; the policy comes from INFO.
        assert [f.level for f in findings] == [logging.INFO, logging.WARNING]
        assert "save points are unknown" in findings[0].message
        assert "allkeys-lru" in findings[1].message
    finally:
        client.close()
        server.kill()


def test_a_redis_that_does_not_answer_is_logged_not_raised(caplog):
    logger = logging.getLogger("test.redis_health")
    with caplog.at_level(logging.WARNING, logger="test.redis_health"):
        assert report_durability_of(f"redis://127.0.0.1:{free_port()}/0", logger=logger) == []
    assert "could not check Redis's persistence settings" in caplog.text


def test_findings_are_logged_at_their_level(deploy_redis, caplog):
    client = deploy_redis.client()
    logger = logging.getLogger("test.redis_health")
    try:
        client.config_set("maxmemory-policy", "allkeys-lru")
        with caplog.at_level(logging.WARNING, logger="test.redis_health"):
            (finding,) = report_durability(client, logger=logger)
        assert caplog.records[-1].levelno == logging.WARNING
        assert caplog.records[-1].getMessage() == finding.message
    finally:
        client.close()
