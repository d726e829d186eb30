"""The start-up check of Redis's persistence and eviction settings, against real private redis-servers."""

from __future__ import annotations

import logging
import subprocess
import sys
from collections.abc import Iterator

import pytest

from bot.redis_health import durability_findings, report_durability, report_durability_of
from tests.support.fake_slack import FakeSlack
from tests.support.redis_server import RedisServer
from tests.support.slack_stack import ROOT, free_port, stack_env


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


def _web_start_up_warnings(redis_url: str) -> list[str]:
    """The warnings of the web process (``bot.*`` loggers) as it builds its WSGI app, as each gunicorn worker does."""
    fake = FakeSlack().start()
    try:
        env = stack_env(slack_api_url=fake.api_url, redis_url=redis_url, key_prefix="unused:", queue="unused")
        done = subprocess.run(
            [sys.executable, "-c", "from bot.app import create_wsgi_app; create_wsgi_app()"],
            env=env,
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=60,
        )
    finally:
        fake.stop()
    assert done.returncode == 0, done.stderr
    return [line for line in done.stderr.splitlines() if " WARNING " in line and " bot." in line]


def test_the_web_warns_at_start_up_only_about_a_redis_that_can_lose_requests(tmp_path):
    no_persistence = ["--save", "", "--appendonly", "no"]
    careless = RedisServer(directory=tmp_path / "careless", config=None, extra_args=no_persistence)
    durable = RedisServer(directory=tmp_path / "durable")
    try:
        careless.start()
        durable.start()
        warnings = _web_start_up_warnings(careless.url)
        assert len(warnings) == 1 and "Redis has no persistence" in warnings[0], warnings
        assert _web_start_up_warnings(durable.url) == []
    finally:
        careless.kill()
        durable.kill()
