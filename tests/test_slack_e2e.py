"""End to end: signed Slack requests → gunicorn + Bolt → Redis/RQ → a real worker → replies on a fake Slack.

Nothing of ours is mocked: the web process is the real WSGI app under gunicorn,
the worker is ``python -m bot.worker`` with the real pipeline and models, the
articles are fetched over HTTP from a loopback server, and Redis is real.  The
only stand-in is Slack's Web API (``tests/support/fake_slack.py``).  The
processes are module-scoped so the models load once for the whole file.
"""

from __future__ import annotations

import json
import sys
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.support.articles import article_html
from tests.support.fake_slack import BOT_ID, BOT_USER_ID, Call, FakeSlack
from tests.support.fake_socket_mode import FakeSocketMode
from tests.support.http_server import LoopbackServer, html_route, send
from tests.support.slack_stack import (
    Process,
    cleanup_redis,
    event_body,
    message_event,
    post_command,
    post_event,
    spawn,
    stack_env,
    start_web,
    start_worker,
)

REPLY_TIMEOUT = 90.0


@dataclass
class Stack:
    fake: FakeSlack
    articles: LoopbackServer
    web: Process
    web_url: str
    worker: Process
    env: dict[str, str]
    logs: Path

    def article(self, path: str, n: int = 0, *, title: str | None = None) -> str:
        self.articles.routes[path] = html_route(article_html(n, title=title))
        return self.articles.url(path)

    def replies(self, channel: str, thread_ts: str | None = None) -> list[Call]:
        return [
            c
            for c in self.fake.calls_of("chat.postMessage")
            if c.get("channel") == channel and (thread_ts is None or c.get("thread_ts") == thread_ts)
        ]

    def wait_replies(self, channel: str, count: int, thread_ts: str | None = None) -> list[Call]:
        arrived = self.fake.wait_for(lambda f: len(self.replies(channel, thread_ts)) >= count, timeout=REPLY_TIMEOUT)
        assert arrived, f"expected {count} replies in {channel}; worker log:\n{self.worker.log_tail()}"
        return self.replies(channel, thread_ts)


@pytest.fixture(scope="module")
def stack(redis_url: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Stack]:
    run = uuid.uuid4().hex[:12]
    key_prefix = f"briefbot-test:{run}:"
    queue = f"briefbot-test-{run}"
    logs: Path = tmp_path_factory.mktemp("slack-e2e")
    fake = FakeSlack().start()
    articles = LoopbackServer().start()
    # Two retries (5 s and 20 s back-off) keep a retried test short; the default is three.
    env = stack_env(
        slack_api_url=fake.api_url,
        redis_url=redis_url,
        key_prefix=key_prefix,
        queue=queue,
        extra={"BRIEF_JOB_RETRIES": "2"},
    )
    web = worker = None
    try:
        web, web_url = start_web(env, log_dir=logs)
        worker = start_worker(env, log_dir=logs)
        yield Stack(fake=fake, articles=articles, web=web, web_url=web_url, worker=worker, env=env, logs=logs)
    finally:
        for process in (worker, web):
            if process is not None:
                process.stop()
        articles.stop()
        fake.stop()
        cleanup_redis(redis_url, key_prefix=key_prefix, queue=queue)


def _channel() -> str:
    return "C" + uuid.uuid4().hex[:10].upper()


def _texts(call: Call) -> str:
    import json

    return (call.get("text") or "") + json.dumps(call.get("blocks") or [], ensure_ascii=False)


def test_pasted_link_gets_one_threaded_reply_with_title_summary_and_speaker(stack: Stack):
    channel = _channel()
    url = stack.article("/news/pasted", 1, title="Ferry plan wins the vote in Millbrook")
    event = message_event(f"worth a read <{url}|ferry story>", channel=channel)
    answer = post_event(stack.web_url, event_body(event))
    assert answer.status == 200

    (reply,) = stack.wait_replies(channel, 1)
    assert reply.get("thread_ts") == event["ts"]
    text = _texts(reply)
    assert "Ferry plan wins the vote in Millbrook" in text
    assert url in text
    assert "• " in text  # the summary's bullets
    assert "Tomas Reyes" in text  # the speaker of the lead quote
    assert "#:~:text=" in text

    # The hourglass went on the source message while working and came off afterwards.
    def reactions(method: str) -> list[Call]:
        return [c for c in stack.fake.calls_of(method) if c.get("channel") == channel]

    assert stack.fake.wait_for(lambda f: reactions("reactions.remove"), timeout=10)
    adds, removes = reactions("reactions.add"), reactions("reactions.remove")
    assert adds and removes and adds[0].get("timestamp") == event["ts"] == removes[-1].get("timestamp")
    assert adds[0].at <= reply.at <= removes[-1].at
    time.sleep(1.0)
    assert len(stack.replies(channel)) == 1


def test_link_in_a_thread_reply_is_answered_in_that_thread(stack: Stack):
    channel = _channel()
    url = stack.article("/news/threaded", 2)
    root_ts = f"{time.time() - 60:.6f}"
    event = message_event(f"<{url}>", channel=channel, thread_ts=root_ts)
    assert post_event(stack.web_url, event_body(event)).status == 200
    (reply,) = stack.wait_replies(channel, 1)
    assert reply.get("thread_ts") == root_ts
    assert "Eastvale" in _texts(reply)


def test_three_links_get_three_replies(stack: Stack):
    channel = _channel()
    urls = [stack.article(f"/news/three-{i}", 10 + i, title=f"Story number {i} of three") for i in range(3)]
    event = message_event(" and ".join(f"<{u}>" for u in urls), channel=channel)
    assert post_event(stack.web_url, event_body(event)).status == 200
    replies = stack.wait_replies(channel, 3, thread_ts=event["ts"])
    titles = sorted(next(f"Story number {i}" for i in range(3) if f"Story number {i}" in _texts(r)) for r in replies)
    assert titles == ["Story number 0", "Story number 1", "Story number 2"]
    time.sleep(1.0)
    assert len(stack.replies(channel)) == 3


def test_same_event_delivered_twice_gets_one_reply(stack: Stack):
    channel = _channel()
    url = stack.article("/news/retried", 3)
    body = event_body(message_event(f"<{url}>", channel=channel))
    first = post_event(stack.web_url, body)
    again = post_event(stack.web_url, body, headers={"X-Slack-Retry-Num": "1", "X-Slack-Retry-Reason": "http_timeout"})
    assert first.status == 200 and again.status == 200
    stack.wait_replies(channel, 1)
    time.sleep(2.0)
    assert len(stack.replies(channel)) == 1
    assert stack.articles.hits["/news/retried"] == 1


def test_slash_command_acks_fast_then_posts_the_brief_naming_who_asked(stack: Stack):
    channel = _channel()
    url = stack.article("/news/command", 4, title="Harbour pier gets the green light")
    form = {
        "command": "/brief",
        "text": url,
        "channel_id": channel,
        "user_id": "U0BOB",
        "user_name": "bob",
        "team_id": "T0TEST",
        "response_url": stack.fake.response_url("cmd-ok"),
        "trigger_id": f"trig.{uuid.uuid4().hex}",
    }
    answer = post_command(stack.web_url, form)
    assert answer.status == 200
    assert answer.seconds < 3.0
    assert "Working on a brief" in answer.body and "ephemeral" in answer.body

    announcement, reply = stack.wait_replies(channel, 2)
    assert "<@U0BOB> asked for a brief" in _texts(announcement)
    assert announcement.get("thread_ts") is None
    assert reply.get("thread_ts")  # the full brief is threaded under the announcement
    assert "Harbour pier gets the green light" in _texts(reply) and "Mara Olsen" in _texts(reply)


def test_slash_command_help_and_errors_are_ephemeral(stack: Stack):
    channel = _channel()
    base = {"command": "/brief", "channel_id": channel, "user_id": "U0BOB", "team_id": "T0TEST"}
    for text in ("", "help"):
        answer = post_command(stack.web_url, {**base, "text": text, "response_url": stack.fake.response_url("h")})
        assert answer.status == 200 and "/brief &lt;url&gt;" not in answer.body and "/brief <url>" in answer.body

    missing = stack.articles.url("/news/does-not-exist")
    token = f"err-{uuid.uuid4().hex[:8]}"
    form = {**base, "text": missing, "response_url": stack.fake.response_url(token), "trigger_id": token}
    assert post_command(stack.web_url, form).status == 200
    assert stack.fake.wait_for(
        lambda f: any(c.get("response_token") == token for c in f.calls_of("response_url")), timeout=REPLY_TIMEOUT
    ), stack.worker.log_tail()
    (error,) = [c for c in stack.fake.calls_of("response_url") if c.get("response_token") == token]
    assert error.get("response_type") == "ephemeral"
    assert "doesn't exist" in _texts(error)
    assert stack.replies(channel) == []


def test_rate_limited_reply_is_retried_and_arrives(stack: Stack):
    channel = _channel()
    url = stack.article("/news/ratelimited", 5)
    stack.fake.fail_next("chat.postMessage", status=429, times=1, retry_after=1)
    assert post_event(stack.web_url, event_body(message_event(f"<{url}>", channel=channel))).status == 200
    (reply,) = stack.wait_replies(channel, 1)
    refused = [c for c in stack.fake.calls_of("chat.postMessage", ok_only=False) if c.status == 429]
    assert refused and refused[-1].get("channel") == channel
    assert reply.at - refused[-1].at >= 1.0  # Retry-After was honoured


def test_broken_link_gets_a_friendly_error_in_the_thread(stack: Stack):
    channel = _channel()
    stack.articles.routes["/news/gone"] = lambda h: send(h, "<h1>Gone</h1>", status=404)
    url = stack.articles.url("/news/gone")
    event = message_event(f"<{url}>", channel=channel)
    assert post_event(stack.web_url, event_body(event)).status == 200
    (reply,) = stack.wait_replies(channel, 1)
    assert reply.get("thread_ts") == event["ts"]
    assert "That page doesn't exist (HTTP 404)" in _texts(reply)


def test_bot_messages_edits_and_deletions_get_no_reply(stack: Stack):
    channel = _channel()
    url = stack.article("/news/ignored", 6)
    ignored = [
        message_event(f"<{url}>", channel=channel, user=None, subtype="bot_message", bot_id="B0OTHER"),
        message_event(f"<{url}>", channel=channel, user=BOT_USER_ID, bot_id=BOT_ID),
        message_event(f"<{url}>", channel=channel, bot_id="B0OTHER"),
        message_event(
            "",
            channel=channel,
            user=None,
            subtype="message_changed",
            message={"type": "message", "user": "U0ALICE", "text": f"<{url}>", "ts": "1.000001"},
        ),
        message_event("", channel=channel, user=None, subtype="message_deleted", deleted_ts="1.000001"),
        message_event(f"<{url}>", channel=channel, subtype="channel_join"),
    ]
    for event in ignored:
        assert post_event(stack.web_url, event_body(event)).status == 200
    # A normal message afterwards is answered: once its reply is in, the ignored ones had their chance.
    sentinel_url = stack.article("/news/sentinel", 7)
    sentinel = message_event(f"<{sentinel_url}>", channel=channel)
    assert post_event(stack.web_url, event_body(sentinel)).status == 200
    (reply,) = stack.wait_replies(channel, 1)
    assert reply.get("thread_ts") == sentinel["ts"]
    time.sleep(1.0)
    assert len(stack.replies(channel)) == 1
    assert stack.articles.hits["/news/ignored"] == 0


def test_mention_with_a_link_is_briefed_once(stack: Stack):
    channel = _channel()
    url = stack.article("/news/mention", 8)
    root_ts = f"{time.time() - 30:.6f}"
    text = f"<@{BOT_USER_ID}> can you brief <{url}>"
    message = message_event(text, channel=channel, thread_ts=root_ts)
    mention = {**message, "type": "app_mention"}
    # Slack sends both events, with different event ids, for one message that mentions the bot.
    assert post_event(stack.web_url, event_body(message)).status == 200
    assert post_event(stack.web_url, event_body(mention)).status == 200
    (reply,) = stack.wait_replies(channel, 1)
    assert reply.get("thread_ts") == root_ts
    time.sleep(2.0)
    assert len(stack.replies(channel)) == 1


def test_mention_without_a_link_briefs_the_thread_root(stack: Stack):
    channel = _channel()
    url = stack.article("/news/root", 9, title="Root message story")
    root_ts = f"{time.time() - 90:.6f}"
    stack.fake.threads[(channel, root_ts)] = [
        {"type": "message", "user": "U0ALICE", "text": f"have a look <{url}>", "ts": root_ts}
    ]
    asking = message_event(f"<@{BOT_USER_ID}> brief this", channel=channel, thread_ts=root_ts)
    mention = {**asking, "type": "app_mention"}
    assert post_event(stack.web_url, event_body(mention)).status == 200
    (reply,) = stack.wait_replies(channel, 1)
    assert reply.get("thread_ts") == root_ts and "Root message story" in _texts(reply)


def test_other_events_get_200(stack: Stack):
    for event in (
        {"type": "reaction_added", "user": "U0ALICE", "reaction": "tada", "item": {"type": "message"}},
        {"type": "member_joined_channel", "user": "U0ALICE", "channel": "C0X"},
    ):
        assert post_event(stack.web_url, event_body(event)).status == 200
    challenge = post_event(stack.web_url, {"type": "url_verification", "challenge": "abc123", "token": "t"})
    assert challenge.status == 200 and "abc123" in challenge.body


def test_bad_signature_and_stale_timestamp_are_refused(stack: Stack):
    channel = _channel()
    url = stack.article("/news/forged", 11)
    body = event_body(message_event(f"<{url}>", channel=channel))
    assert post_event(stack.web_url, body, tamper=True).status == 401
    assert post_event(stack.web_url, body, secret="not-the-secret").status == 401
    assert post_event(stack.web_url, body, timestamp=int(time.time()) - 6 * 60).status == 401
    time.sleep(1.5)
    assert stack.replies(channel) == [] and stack.articles.hits["/news/forged"] == 0


def test_site_error_is_retried_with_back_off_and_the_brief_arrives(stack: Stack):
    channel = _channel()
    page = article_html(12, title="Second time lucky")
    served = []

    def flaky(handler) -> None:
        served.append(time.monotonic())
        if len(served) == 1:
            send(handler, "<h1>Service unavailable</h1>", status=503)
        else:
            send(handler, page)

    stack.articles.routes["/news/flaky"] = flaky
    event = message_event(f"<{stack.articles.url('/news/flaky')}>", channel=channel)
    assert post_event(stack.web_url, event_body(event)).status == 200
    (reply,) = stack.wait_replies(channel, 1)
    assert "Second time lucky" in _texts(reply) and ":warning:" not in _texts(reply)
    # The 5 s back-off, and the 503 was not cached. RQ's scheduler keeps run-at times in whole
    # seconds (scheduled time and "now" both truncated), so a retry may start up to 1 s early.
    assert len(served) == 2 and served[1] - served[0] >= 3.9
    # The hourglass stayed on through the retry and came off at the end.
    assert stack.fake.wait_for(
        lambda f: any(c.get("channel") == channel for c in f.calls_of("reactions.remove")), timeout=10
    )


def test_socket_mode_briefs_a_pasted_link_and_acks_slash_commands(stack: Stack):
    """The same app over Socket Mode: ``python -m bot.app`` with SLACK_APP_TOKEN, no HTTP involved."""
    sockets = FakeSocketMode()
    stack.fake.socket_mode_url = sockets.url
    env = {**stack.env, "SLACK_APP_TOKEN": "xapp-1-test", "SLACK_SIGNING_SECRET": ""}
    app = spawn("socket-mode", [sys.executable, "-m", "bot.app"], env, stack.logs)
    try:
        assert sockets.wait_connected(60), app.log_tail()
        channel = _channel()
        url = stack.article("/news/socket", 13, title="Delivered over a socket")
        event = message_event(f"<{url}>", channel=channel)
        envelope = sockets.send_envelope("events_api", event_body(event))
        assert sockets.wait_ack(envelope, 10) is not None, app.log_tail()
        (reply,) = stack.wait_replies(channel, 1)
        assert reply.get("thread_ts") == event["ts"] and "Delivered over a socket" in _texts(reply)

        command = {
            "command": "/brief",
            "text": "help",
            "channel_id": channel,
            "user_id": "U0BOB",
            "team_id": "T0TEST",
            "response_url": stack.fake.response_url("sock"),
        }
        envelope = sockets.send_envelope("slash_commands", command, accepts_response_payload=True)
        ack = sockets.wait_ack(envelope, 10)
        assert ack is not None and "/brief <url>" in json.dumps(ack.get("payload") or {})
    finally:
        app.stop()
        sockets.stop()
        stack.fake.socket_mode_url = None


def test_slash_command_in_a_channel_the_bot_is_not_in_answers_through_the_response_url(stack: Stack):
    channel = _channel()
    url = stack.article("/news/outside", 14, title="Briefed from outside the channel")
    token = f"out-{uuid.uuid4().hex[:8]}"
    form = {
        "command": "/brief",
        "text": url,
        "channel_id": channel,
        "user_id": "U0CAROL",
        "team_id": "T0TEST",
        "response_url": stack.fake.response_url(token),
        "trigger_id": token,
    }
    stack.fake.fail_next("chat.postMessage", status=200, error="not_in_channel")
    assert post_command(stack.web_url, form).status == 200

    def answers() -> list[Call]:
        return [c for c in stack.fake.calls_of("response_url") if c.get("response_token") == token]

    assert stack.fake.wait_for(lambda f: answers(), timeout=REPLY_TIMEOUT), stack.worker.log_tail()
    (answer,) = answers()
    assert answer.get("response_type") == "in_channel"
    assert "<@U0CAROL> asked for a brief" in _texts(answer) and "Briefed from outside the channel" in _texts(answer)
    assert stack.replies(channel) == []


def test_same_link_in_several_channels_is_fetched_once_and_answered_in_each(stack: Stack):
    url = stack.article("/news/popular", 15, title="Everyone is sharing this")
    channels = [_channel() for _ in range(4)]
    for channel in channels:
        assert post_event(stack.web_url, event_body(message_event(f"<{url}>", channel=channel))).status == 200
    for channel in channels:
        (reply,) = stack.wait_replies(channel, 1)
        assert "Everyone is sharing this" in _texts(reply)
    assert stack.articles.hits["/news/popular"] == 1


def test_site_failing_on_every_attempt_gets_the_friendly_error_after_the_last_retry(stack: Stack):
    channel = _channel()
    stack.articles.routes["/news/down"] = lambda h: send(h, "<h1>Bad gateway</h1>", status=502)
    event = message_event(f"<{stack.articles.url('/news/down')}>", channel=channel)
    assert post_event(stack.web_url, event_body(event)).status == 200
    (reply,) = stack.wait_replies(channel, 1)  # after the 5 s and 20 s back-offs (two retries in this module)
    assert reply.get("thread_ts") == event["ts"]
    assert "That site is having trouble (HTTP 502)" in _texts(reply)
    assert stack.articles.hits["/news/down"] == 3


def test_mention_with_no_link_anywhere_explains_usage_to_the_asker(stack: Stack):
    channel = _channel()
    root_ts = f"{time.time() - 120:.6f}"
    stack.fake.threads[(channel, root_ts)] = [{"type": "message", "user": "U0ALICE", "text": "lunch?", "ts": root_ts}]
    asking = message_event(f"<@{BOT_USER_ID}> hello", channel=channel, user="U0DAVE", thread_ts=root_ts)
    assert post_event(stack.web_url, event_body({**asking, "type": "app_mention"})).status == 200

    def usage() -> list[Call]:
        return [c for c in stack.fake.calls_of("chat.postEphemeral") if c.get("channel") == channel]

    assert stack.fake.wait_for(lambda f: usage(), timeout=REPLY_TIMEOUT), stack.worker.log_tail()
    (note,) = usage()
    assert note.get("user") == "U0DAVE" and note.get("thread_ts") == root_ts
    assert "I didn't find a link" in _texts(note) and "/brief" in _texts(note)
    assert stack.replies(channel) == []


def test_reply_slack_refuses_for_good_ends_the_job_as_failed_with_the_reason_and_no_retry(stack: Stack):
    import redis
    from rq import Queue
    from rq.job import Job
    from rq.serializers import JSONSerializer

    channel = _channel()
    url = stack.article("/news/refused", 16)
    stack.fake.fail_next("chat.postMessage", status=200, error="channel_not_found")
    event = message_event(f"<{url}>", channel=channel)
    assert post_event(stack.web_url, event_body(event)).status == 200
    connection = redis.Redis.from_url(stack.env["REDIS_URL"])
    try:
        failed = Queue(stack.env["BRIEF_QUEUE"], connection=connection).failed_job_registry

        def failed_here() -> list[Job]:
            jobs = Job.fetch_many(failed.get_job_ids(), connection=connection, serializer=JSONSerializer)
            return [j for j in jobs if j is not None and j.kwargs.get("channel") == channel]

        deadline = time.monotonic() + REPLY_TIMEOUT
        while not failed_here() and time.monotonic() < deadline:
            time.sleep(0.3)
        (job,) = failed_here()
        result = job.latest_result()
        assert result is not None and result.type == result.Type.FAILED
        assert "DeliveryFailed" in result.exc_string and channel in result.exc_string
        assert not job.retries_left
        time.sleep(2.0)  # no retry comes after it
        attempts = [c for c in stack.fake.calls_of("chat.postMessage", ok_only=False) if c.get("channel") == channel]
        assert len(attempts) == 1
    finally:
        connection.close()
