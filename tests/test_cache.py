"""The Redis brief cache against a real Redis: TTLs, canonical keys, failures, single-flight, outages."""

from __future__ import annotations

import logging
import threading
import time
from dataclasses import replace

import pytest
import redis

from bot.brief import Brief, Quote
from bot.cache import BriefCache
from bot.config import CacheConfig
from bot.errors import ConnectionFailed, FetchTimeout, HTTPStatusError

URL = "https://News.Example.com/story?id=7&utm_source=twitter&fbclid=abc#comments"


def make_brief(title: str = "A story") -> Brief:
    return Brief(
        url="https://news.example.com/story?id=7",
        title=title,
        summary=("One sentence.", "Another sentence."),
        quotes=(Quote(text="We will build it.", speaker="Jane Doe", role="Mayor", paragraph=2),),
    )


def make_cache(client: redis.Redis, config: CacheConfig, version: str = "t1") -> BriefCache:
    return BriefCache(client=client, config=config, version=version)


def test_put_get_round_trips_with_ttl(redis_client, cache_config):
    cache = make_cache(redis_client, cache_config)
    cache.put(URL, make_brief())
    got = cache.get(URL)
    assert isinstance(got, Brief)
    assert got.title == "A story"
    assert got.quotes[0].speaker == "Jane Doe"
    ttl = redis_client.ttl(cache.key(URL))
    assert cache_config.ttl_seconds - 5 <= ttl <= cache_config.ttl_seconds


def test_key_is_canonical_url_plus_version(redis_client, cache_config):
    cache = make_cache(redis_client, cache_config, version="v9")
    key = cache.key(URL)
    assert key.startswith(cache_config.key_prefix)
    assert "v9" in key
    assert "utm_source" not in key and "fbclid" not in key and "#" not in key
    assert "news.example.com" in key
    # The same article shared with other tracking parameters hits the same entry.
    cache.put(URL, make_brief())
    assert isinstance(cache.get("https://news.example.com/story?id=7&gclid=xyz"), Brief)
    assert cache.get("https://news.example.com/story?id=8") is None
    # A new pipeline version does not see old entries.
    assert make_cache(redis_client, cache_config, version="v10").get(URL) is None


def test_variants_of_a_brief_are_cached_apart(redis_client, cache_config):
    cache = make_cache(redis_client, cache_config)
    cache.put(URL, make_brief("three sentences"))
    cache.put(URL, make_brief("five sentences"), variant="s5")
    assert cache.key(URL, variant="s5") != cache.key(URL)
    assert cache.get(URL).title == "three sentences"
    assert cache.get(URL, variant="s5").title == "five sentences"
    assert cache.get(URL, variant="s4") is None
    produced = cache.get_or_produce(URL, lambda: make_brief("four"), variant="s4")
    assert produced.title == "four" and cache.get(URL, variant="s4").title == "four"


def test_hit_keeps_the_url_the_user_shared(redis_client, cache_config):
    cache = make_cache(redis_client, cache_config)
    cache.put(URL, make_brief())
    shared = "https://news.example.com/story?id=7&utm_campaign=x"
    got = cache.get(shared)
    assert isinstance(got, Brief) and got.url == shared


def test_failures_are_cached_briefly_and_raised_again(redis_client, cache_config):
    cache = make_cache(redis_client, cache_config)
    calls = []

    def produce() -> Brief:
        calls.append(1)
        raise HTTPStatusError("gone", status_code=404)

    for _ in range(3):
        with pytest.raises(HTTPStatusError) as info:
            cache.get_or_produce(URL, produce)
        assert info.value.status_code == 404
    assert len(calls) == 1
    ttl = redis_client.ttl(cache.key(URL))
    assert 0 < ttl <= cache_config.failure_ttl_seconds


def test_retryable_failure_not_cached_when_job_will_retry(redis_client, cache_config):
    cache = make_cache(redis_client, cache_config)

    def produce() -> Brief:
        raise FetchTimeout("slow")

    with pytest.raises(FetchTimeout):
        cache.get_or_produce(URL, produce, cache_failure=False)
    assert cache.get(URL) is None
    with pytest.raises(FetchTimeout):
        cache.get_or_produce(URL, produce, cache_failure=True)
    assert isinstance(cache.get(URL), FetchTimeout)


def test_retryable_failures_are_cached_for_at_most_a_minute_final_ones_for_ten(redis_client, cache_config):
    cache = make_cache(redis_client, cache_config)
    refused = "https://refused.example/story"
    cache.put_failure(refused, ConnectionFailed("connection refused"))
    cache.put_failure(URL, HTTPStatusError("gone", status_code=404))
    assert 0 < redis_client.ttl(cache.key(refused)) <= 60
    assert 60 < redis_client.ttl(cache.key(URL)) <= 600
    overloaded = "https://busy.example/story"
    cache.put_failure(overloaded, HTTPStatusError("busy", status_code=503))
    assert 0 < redis_client.ttl(cache.key(overloaded)) <= 60


def test_retryable_failure_ttl_zero_caches_none(redis_client, cache_config):
    cache = make_cache(redis_client, replace(cache_config, retryable_failure_ttl_seconds=0))
    calls = []

    def produce() -> Brief:
        calls.append(1)
        raise ConnectionFailed("connection refused")

    for _ in range(2):
        with pytest.raises(ConnectionFailed):
            cache.get_or_produce(URL, produce)
    assert len(calls) == 2  # the site may be back: every request tries again
    assert cache.get(URL) is None


def test_two_concurrent_requests_produce_once(redis_url, cache_config):
    # Two caches with their own connections stand for two worker processes.
    caches = [make_cache(redis.Redis.from_url(redis_url), cache_config) for _ in range(2)]
    produced = []
    results: list[Brief] = []
    started = threading.Barrier(2)

    def produce() -> Brief:
        produced.append(threading.get_ident())
        time.sleep(0.5)
        return make_brief("made once")

    def request(cache: BriefCache) -> None:
        started.wait()
        results.append(cache.get_or_produce(URL, produce))

    threads = [threading.Thread(target=request, args=(c,)) for c in caches]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=20)
    assert len(produced) == 1
    assert [b.title for b in results] == ["made once", "made once"]


def test_redis_down_still_briefs_and_warns(caplog):
    config = CacheConfig(redis_url="redis://127.0.0.1:1/0", key_prefix="briefbot-test-down:")
    cache = BriefCache.from_config(config, version="t1")
    with caplog.at_level(logging.WARNING, logger="bot.cache"):
        brief = cache.get_or_produce(URL, lambda: make_brief("uncached"))
    assert brief.title == "uncached"
    assert any("Redis unavailable" in r.getMessage() for r in caplog.records)


def test_corrupt_entry_is_a_miss(redis_client, cache_config):
    cache = make_cache(redis_client, cache_config)
    redis_client.set(cache.key(URL), b"not json")
    assert cache.get(URL) is None
    assert cache.get_or_produce(URL, lambda: make_brief("fresh")).title == "fresh"
