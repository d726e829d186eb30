"""Per-channel settings, feedback votes and briefed-link records against a real Redis (own key prefix)."""

from __future__ import annotations

import threading
import time

import pytest

from bot.briefed import BriefedLinks
from bot.channel_settings import (
    ChannelSettings,
    ChannelSettingsStore,
    domain_is_skipped,
    normalise_domain,
    summary_sentences,
)
from bot.config import Settings
from bot.feedback import FeedbackStore
from handlers.buttons import MAX_VALUE_CHARS, BriefRef
from handlers.settings import parse_domains


def test_defaults_then_changes_survive_a_new_store(redis_client, key_prefix):
    store = ChannelSettingsStore(client=redis_client, key_prefix=key_prefix)
    assert store.get("C1") == ChannelSettings(mode="auto", length="short", skipped_domains=())
    before, after = store.update("C1", mode="ask", length="long", skipped_domains=("wiki.example.com",))
    assert before.mode == "auto" and after.mode == "ask"
    fresh = ChannelSettingsStore(client=redis_client, key_prefix=key_prefix)  # another process, or a restart
    assert fresh.get("C1") == ChannelSettings(mode="ask", length="long", skipped_domains=("wiki.example.com",))
    assert fresh.get("C2").mode == "auto"
    assert redis_client.ttl(store.key("C1")) == -1  # configuration, not cache: no expiry


def test_reads_are_cached_briefly_and_other_processes_see_changes_after_expiry(redis_client, key_prefix):
    reader = ChannelSettingsStore(client=redis_client, key_prefix=key_prefix, cache_seconds=0.3)
    writer = ChannelSettingsStore(client=redis_client, key_prefix=key_prefix)
    assert reader.get("C1").mode == "auto"
    writer.update("C1", mode="ask")
    assert reader.get("C1").mode == "auto"  # still the cached value
    time.sleep(0.4)
    assert reader.get("C1").mode == "ask"


def test_invalid_settings_are_refused_and_unreadable_fields_fall_back(redis_client, key_prefix):
    store = ChannelSettingsStore(client=redis_client, key_prefix=key_prefix)
    with pytest.raises(ValueError):
        store.save("C1", ChannelSettings(mode="sometimes"))
    redis_client.hset(store.key("C3"), mapping={"mode": "loud", "length": "huge", "skip": "not json"})
    assert store.get("C3") == ChannelSettings()


def test_lengths_map_to_summary_sentences():
    assert summary_sentences("short") is None  # the configured BRIEF_SUMMARY_SENTENCES (3)
    assert summary_sentences("long") == 5


def test_domains_are_normalised_and_matched_with_subdomains():
    assert normalise_domain("Wiki.Example.com") == "wiki.example.com"
    assert normalise_domain("<https://www.Example.org/path?q=1|example>") == "example.org"
    assert normalise_domain("http://intranet.corp:8080/x") == "intranet.corp"
    assert normalise_domain("not a domain") is None
    assert normalise_domain("localhost") is None
    assert domain_is_skipped("docs.wiki.example.com", ("wiki.example.com",))
    assert domain_is_skipped("wiki.example.com", ("wiki.example.com",))
    assert not domain_is_skipped("notwiki.example.com", ("wiki.example.com",))
    assert not domain_is_skipped(None, ("wiki.example.com",))
    assert parse_domains("a.example.com\nhttps://b.example.org/x, c.example.net\nbad_one") == (
        ["a.example.com", "b.example.org", "c.example.net"],
        ["bad_one"],
    )


def test_settings_users_and_reaction_come_from_the_environment():
    slack = Settings.from_env({"BRIEF_SETTINGS_USERS": "U1, U2,,", "BRIEF_REACTION": ":books:"}).slack
    assert slack.settings_users == ("U1", "U2") and slack.reaction == "books"
    default = Settings.from_env({}).slack
    assert default.settings_users == () and default.reaction == "newspaper"


def test_votes_one_per_user_changeable_with_totals(redis_client, key_prefix):
    feedback = FeedbackStore(client=redis_client, key_prefix=key_prefix)
    url, other = "https://news.example.com/a", "https://news.example.com/b"
    assert feedback.vote(version="1", canonical_url=url, user="U1", vote="up") == feedback.counts(
        version="1", canonical_url=url
    )
    again = feedback.vote(version="1", canonical_url=url, user="U1", vote="up")
    assert (again.up, again.down, again.previous) == (1, 0, "up")
    changed = feedback.vote(version="1", canonical_url=url, user="U1", vote="down")
    assert (changed.up, changed.down, changed.previous) == (0, 1, "up")
    feedback.vote(version="1", canonical_url=url, user="U2", vote="up")
    feedback.vote(version="1", canonical_url=other, user="U1", vote="up")
    feedback.vote(version="2", canonical_url=url, user="U1", vote="up")
    totals = feedback.totals(version="1")
    assert (totals.up, totals.down) == (2, 1)
    assert (feedback.totals(version="2").up, feedback.totals(version="2").down) == (1, 0)
    # The documented key schema, which the metrics side reads.
    assert redis_client.hget(f"{key_prefix}feedback:votes:1:{url}", "U1") == b"down"
    assert redis_client.hgetall(f"{key_prefix}feedback:counts:1:{url}") == {b"up": b"1", b"down": b"1"}
    assert redis_client.hgetall(f"{key_prefix}feedback:totals:1") == {b"up": b"2", b"down": b"1"}
    with pytest.raises(ValueError):
        feedback.vote(version="1", canonical_url=url, user="U1", vote="meh")


def test_concurrent_flip_flopping_votes_keep_counts_consistent(redis_url, key_prefix):
    import redis

    url = "https://news.example.com/race"

    def flip(user: str) -> None:
        client = redis.Redis.from_url(redis_url)
        store = FeedbackStore(client=client, key_prefix=key_prefix)
        for i in range(50):
            store.vote(version="1", canonical_url=url, user=user, vote="up" if i % 2 else "down")
        client.close()

    threads = [threading.Thread(target=flip, args=(f"U{n}",)) for n in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    check = FeedbackStore(client=redis.Redis.from_url(redis_url), key_prefix=key_prefix)
    counts, totals = check.counts(version="1", canonical_url=url), check.totals(version="1")
    assert (counts.up, counts.down) == (4, 0) == (totals.up, totals.down)  # each user's last vote was "up"


def test_briefed_links_and_one_time_claims(redis_client, key_prefix):
    briefed = BriefedLinks(client=redis_client, key_prefix=key_prefix, ttl_seconds=60)
    url = "https://News.Example.com/story?id=7&utm_source=x"
    assert briefed.earlier("C1", url) is None
    briefed.record("C1", url, ts="2.000200", thread_ts="1.000100")
    earlier = briefed.earlier("C1", "https://news.example.com/story?id=7")  # the same canonical URL
    assert (earlier.ts, earlier.thread_ts) == ("2.000200", "1.000100")
    assert briefed.earlier("C2", url) is None
    assert 0 < redis_client.ttl(briefed.key("C1", url)) <= 60
    assert briefed.claim("reaction", "C1", "1.1", url) is True
    assert briefed.claim("reaction", "C1", "1.1", url) is False
    assert briefed.claim("reaction", "C1", "1.2", url) is True


def test_button_values_round_trip_and_stay_under_slacks_limit():
    ref = BriefRef(url="https://news.example.com/a?b=1", version="1", summary_sentences=5, thread_ts="1.2")
    assert BriefRef.from_value(ref.to_value()) == ref
    assert BriefRef.from_value(BriefRef(url="https://x.example/").to_value()) == BriefRef(url="https://x.example/")
    assert BriefRef(url="https://x.example/" + "a" * MAX_VALUE_CHARS).to_value() is None
    for junk in ("", "not json", "[]", '{"u": "javascript:alert(1)"}', '{"u": "https://x", "n": "many"}'):
        assert BriefRef.from_value(junk) is None


def test_a_reservation_lets_one_job_post_and_the_other_wait_for_its_ts(redis_client, key_prefix):
    briefed = BriefedLinks(client=redis_client, key_prefix=key_prefix, ttl_seconds=60)
    url = "https://news.example.com/race"
    assert briefed.reserve("C1", url, thread_ts="1.1") is True
    assert briefed.reserve("C1", url, thread_ts="2.2") is False  # the other message's job points instead
    pending = briefed.earlier("C1", url)
    assert pending.pending and pending.thread_ts == "1.1"
    assert briefed.wait_posted("C1", url, timeout=0.3).pending  # still not posted: gives up waiting
    briefed.release("C1", url, thread_ts="2.2")  # not its reservation: left alone
    assert briefed.earlier("C1", url).thread_ts == "1.1"

    threading.Timer(0.3, lambda: briefed.record("C1", url, ts="1.5", thread_ts="1.1")).start()
    posted = briefed.wait_posted("C1", url, timeout=5)
    assert (posted.ts, posted.pending) == ("1.5", False)
    assert redis_client.ttl(briefed.key("C1", url)) > 50  # the record lives as long as the cache

    assert briefed.reserve("C2", url, thread_ts="3.3")
    briefed.release("C2", url, thread_ts="3.3")  # the post failed: the next message may brief it
    assert briefed.earlier("C2", url) is None
