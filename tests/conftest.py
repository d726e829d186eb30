"""Shared fixtures: real Redis (own key prefix, cleaned up), a real loopback HTTP server, and a real pipeline over
loopback with the real summariser (a test module may define its own)."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator

import pytest
import redis

from bot.config import CacheConfig
from tests.support.http_server import LOOPBACK_FETCH, LoopbackServer

DEFAULT_TEST_REDIS_URL = "redis://127.0.0.1:6379/0"


@pytest.fixture(scope="session")
def redis_url() -> str:
    """The Redis the tests use (``REDIS_URL``); the tests fail, not skip, when none answers."""
    url = os.environ.get("REDIS_URL") or DEFAULT_TEST_REDIS_URL
    client = redis.Redis.from_url(url)
    try:
        client.ping()
    except redis.RedisError as exc:  # pragma: no cover - environment problem
        pytest.fail(f"Redis at {url} does not answer ({exc}); start redis-server or set REDIS_URL")
    finally:
        client.close()
    return url


@pytest.fixture
def key_prefix(redis_url: str) -> Iterator[str]:
    """A key prefix unique to one test; every key under it is deleted afterwards (and nothing else)."""
    prefix = f"briefbot-test:{uuid.uuid4().hex}:"
    yield prefix
    client = redis.Redis.from_url(redis_url)
    try:
        keys = list(client.scan_iter(match=f"{prefix}*", count=500))
        if keys:
            client.delete(*keys)
    finally:
        client.close()


@pytest.fixture
def redis_client(redis_url: str) -> Iterator[redis.Redis]:
    client = redis.Redis.from_url(redis_url)
    yield client
    client.close()


@pytest.fixture
def cache_config(redis_url: str, key_prefix: str) -> CacheConfig:
    return CacheConfig(redis_url=redis_url, key_prefix=key_prefix, lock_wait_seconds=30.0)


@pytest.fixture
def web_server() -> Iterator[LoopbackServer]:
    """A real HTTP server on 127.0.0.1; tests add routes to ``web_server.routes``."""
    server = LoopbackServer().start()
    yield server
    server.stop()


@pytest.fixture(scope="module")
def summariser():
    """The real extractive summariser, loaded once per module (imported here, so collecting the tests loads no
    model)."""
    from bot.config import Settings
    from bot.summarise import make_summariser

    model = make_summariser(Settings.from_env({}).summary)
    model.warm_up()
    return model


@pytest.fixture
def pipeline(summariser, redis_client: redis.Redis, cache_config: CacheConfig):
    """A pipeline fetching over loopback, caching under the test's own key prefix."""
    from bot.cache import BriefCache
    from bot.pipeline import Pipeline
    from bot.version import PIPELINE_VERSION

    cache = BriefCache(client=redis_client, config=cache_config, version=PIPELINE_VERSION)
    return Pipeline(fetch_config=LOOPBACK_FETCH, summariser=summariser, cache=cache)
