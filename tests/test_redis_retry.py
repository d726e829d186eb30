"""Patient Redis clients: they wait for a Redis that is down or restarting, log the outage once, and give up
when told to (shutdown) or after their limit."""

from __future__ import annotations

import logging
import threading
import time

import pytest
import redis

from bot.redis_retry import PatientRetry, patient_client, redis_label
from tests.support.redis_server import RedisServer


def _start_later(server: RedisServer, delay: float) -> threading.Thread:
    thread = threading.Thread(target=lambda: (time.sleep(delay), server.start()), daemon=True)
    thread.start()
    return thread


def test_waits_for_a_late_redis_and_logs_the_outage_once(tmp_path, caplog):
    server = RedisServer(directory=tmp_path / "redis")
    client = patient_client(server.url)
    try:
        started = time.monotonic()
        later = _start_later(server, 1.5)
        with caplog.at_level(logging.INFO, logger="bot.redis"):
            assert client.ping()
        assert time.monotonic() - started >= 1.5
        later.join()
        messages = [r.getMessage() for r in caplog.records if r.name == "bot.redis"]
        assert len(messages) == 2, messages
        assert "is unreachable" in messages[0] and "answers again" in messages[1]
    finally:
        client.close()
        server.kill()


def test_a_command_during_a_restart_waits_and_the_data_survives_kill_9(tmp_path):
    server = RedisServer(directory=tmp_path / "redis").start()
    client = patient_client(server.url)
    try:
        client.set("briefbot-test:k", "v")
        time.sleep(1.2)  # appendfsync everysec
        server.kill()
        later = _start_later(server, 1.0)
        assert client.get("briefbot-test:k") == b"v"
        later.join()
    finally:
        client.close()
        server.kill()


def test_gives_up_after_its_limit(tmp_path):
    server = RedisServer(directory=tmp_path / "redis")  # never started
    client = patient_client(server.url, give_up_after=1.0)
    started = time.monotonic()
    with pytest.raises(redis.ConnectionError):
        client.ping()
    assert 1.0 <= time.monotonic() - started < 10


def test_stop_ends_the_wait_at_once(tmp_path):
    server = RedisServer(directory=tmp_path / "redis")  # never started
    retry = PatientRetry(label=redis_label(server.url))
    client = patient_client(server.url, retry=retry)
    threading.Timer(0.5, retry.stop).start()
    started = time.monotonic()
    with pytest.raises(redis.ConnectionError):
        client.ping()
    assert time.monotonic() - started < 5
    started = time.monotonic()
    with pytest.raises(redis.ConnectionError):
        client.ping()  # already stopped: no waiting at all
    assert time.monotonic() - started < 1


def test_labels_never_show_the_password():
    assert redis_label("redis://:s3cret@db.internal:6380/2") == "db.internal:6380/2"
    assert redis_label("redis://localhost") == "localhost:6379/0"
