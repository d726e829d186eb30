"""End to end, the channel features: settings, the reaction, private briefs, repeated links, buttons and votes.

Same setup as ``tests/test_slack_e2e.py`` (real gunicorn + Bolt, a real
``python -m bot.worker`` with the models, real Redis, articles over loopback
HTTP, the fake Slack Web API as the only stand-in), with its own stack so the
settings restriction (``BRIEF_SETTINGS_USERS``) can be switched on.  Interactive
payloads (buttons, the modal, the shortcut) are posted form-encoded to
``/slack/events``, signed, exactly as Slack sends them.  The fake Slack checks
every block and view the bot sends with ``slack_sdk.models``
(``fake.invalid`` lists any that Slack would refuse).
"""

from __future__ import annotations

import json
import sys
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

import pytest
import redis

from tests.support.articles import article_html
from tests.support.fake_slack import BOT_USER_ID, Call, FakeSlack, permalink
from tests.support.fake_socket_mode import FakeSocketMode
from tests.support.http_server import LoopbackServer, html_route
from tests.support.slack_stack import (
    Answer,
    Process,
    cleanup_redis,
    event_body,
    message_event,
    post_command,
    post_event,
    post_signed,
    spawn,
    stack_env,
    start_web,
    start_worker,
)

REPLY_TIMEOUT = 90.0
ADMIN = "U0ADMIN"


@dataclass
class Stack:
    fake: FakeSlack
    articles: LoopbackServer
    web: Process
    web_url: str
    worker: Process
    env: dict[str, str]
    logs: Path
    key_prefix: str
    redis: redis.Redis

    def article(self, path: str, n: int = 0, **kwargs: Any) -> str:
        self.articles.routes[path] = html_route(article_html(n, **kwargs))
        return self.articles.url(path)

    def posts(self, channel: str, thread_ts: str | None = None) -> list[Call]:
        return [
            c
            for c in self.fake.calls_of("chat.postMessage")
            if c.get("channel") == channel and (thread_ts is None or c.get("thread_ts") == thread_ts)
        ]

    def wait(self, found, what: str) -> Any:
        assert self.fake.wait_for(lambda f: bool(found()), timeout=REPLY_TIMEOUT), (
            f"no {what}; worker log:\n{self.worker.log_tail()}\nweb log:\n{self.web.log_tail()}"
        )
        return found()

    def wait_posts(self, channel: str, count: int, thread_ts: str | None = None) -> list[Call]:
        found = self.wait(lambda: len(self.posts(channel, thread_ts)) >= count, f"{count} post(s) in {channel}")
        assert found
        return self.posts(channel, thread_ts)

    def ephemerals(self, channel: str, user: str) -> list[Call]:
        return [
            c for c in self.fake.calls_of("chat.postEphemeral") if c.get("channel") == channel and c.get("user") == user
        ]

    def responses(self, token: str) -> list[Call]:
        return [c for c in self.fake.calls_of("response_url") if c.get("response_token") == token]

    def command(self, channel: str, text: str, *, user: str = ADMIN, token: str | None = None) -> Answer:
        token = token or f"t-{uuid.uuid4().hex[:10]}"
        form = {
            "command": "/brief",
            "text": text,
            "channel_id": channel,
            "user_id": user,
            "team_id": "T0TEST",
            "response_url": self.fake.response_url(token),
            "trigger_id": f"trig.{token}",
        }
        answer = post_command(self.web_url, form)
        assert answer.status == 200, answer.body
        return answer

    def interact(self, payload: dict[str, Any]) -> Answer:
        body = urlencode({"payload": json.dumps(payload)}).encode()
        return post_signed(f"{self.web_url}/slack/events", body, content_type="application/x-www-form-urlencoded")

    def click(
        self, button: dict[str, Any], *, user: str, channel: str, message: dict[str, Any], **extra: Any
    ) -> Answer:
        payload = {
            "type": "block_actions",
            "token": "legacy",
            "api_app_id": "A0TEST",
            "team": {"id": "T0TEST", "domain": "test"},
            "user": {"id": user, "username": user.lower(), "team_id": "T0TEST"},
            "container": {"type": "message", "message_ts": message.get("ts"), "channel_id": channel},
            "channel": {"id": channel, "name": "news"},
            "trigger_id": f"trig.{uuid.uuid4().hex}",
            "message": message,
            "actions": [
                {
                    "type": "button",
                    "action_id": button["action_id"],
                    "block_id": "b",
                    "value": button["value"],
                    "text": button["text"],
                    "action_ts": f"{time.time():.6f}",
                }
            ],
            **extra,
        }
        answer = self.interact(payload)
        assert answer.status == 200, answer.body
        return answer


def _start(env: dict[str, str], logs: Path) -> tuple[Process, str, Process]:
    web, web_url = start_web(env, log_dir=logs)
    return web, web_url, start_worker(env, log_dir=logs)


@pytest.fixture(scope="module")
def stack(redis_url: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Stack]:
    run = uuid.uuid4().hex[:12]
    key_prefix = f"briefbot-test:{run}:"
    queue = f"briefbot-test-{run}"
    logs: Path = tmp_path_factory.mktemp("slack-features")
    fake = FakeSlack().start()
    articles = LoopbackServer().start()
    env = stack_env(
        slack_api_url=fake.api_url,
        redis_url=redis_url,
        key_prefix=key_prefix,
        queue=queue,
        extra={"BRIEF_JOB_RETRIES": "1", "BRIEF_SETTINGS_USERS": f"{ADMIN},U0ALICE"},
    )
    client = redis.Redis.from_url(redis_url)
    processes: list[Process] = []
    try:
        web, web_url, worker = _start(env, logs)
        processes += [web, worker]
        made = Stack(fake, articles, web, web_url, worker, env, logs, key_prefix, client)
        yield made
        processes += [made.web, made.worker]
    finally:
        for process in processes:
            process.stop()
        articles.stop()
        fake.stop()
        client.close()
        cleanup_redis(redis_url, key_prefix=key_prefix, queue=queue)


@pytest.fixture(autouse=True)
def _valid_block_kit(stack: Stack) -> Iterator[None]:
    """Every block and view the bot sends in each test passes slack_sdk.models validation."""
    yield
    assert stack.fake.invalid == []


def _channel() -> str:
    return "C" + uuid.uuid4().hex[:10].upper()


def _texts(call: Call) -> str:
    return (call.get("text") or "") + json.dumps(call.get("blocks") or [], ensure_ascii=False)


def _buttons(call: Call) -> dict[str, dict[str, Any]]:
    return {
        e["action_id"]: e
        for block in call.get("blocks") or []
        if block.get("type") == "actions"
        for e in block["elements"]
    }


def _message(call: Call) -> dict[str, Any]:
    """A posted message as Slack shows it in an interaction payload (with the ts the fake gave it)."""
    return {"type": "message", "ts": call.answer["ts"], "thread_ts": call.get("thread_ts"), "text": call.get("text")}


# ------------------------------------------------------------------------------------------ settings


def test_link_in_an_ask_channel_gets_no_reply_while_an_auto_channel_gets_one(stack: Stack):
    ask, auto, skipping = _channel(), _channel(), _channel()
    answer = stack.command(ask, "mode ask")
    assert "on request" in answer.body and answer.json()["response_type"] == "ephemeral"
    (note,) = stack.wait_posts(ask, 1)
    assert note.get("text") == f"<@{ADMIN}> set briefs to on request in this channel" and not note.get("thread_ts")
    assert "127.0.0.1" in stack.command(skipping, "skip add 127.0.0.1").body

    url = stack.article("/news/ask-or-auto", 21, title="Only the auto channel hears about this")
    events = {c: message_event(f"<{url}>", channel=c) for c in (ask, auto, skipping)}
    for event in events.values():
        assert post_event(stack.web_url, event_body(event)).status == 200
    (reply,) = stack.wait_posts(auto, 1, thread_ts=events[auto]["ts"])
    assert "Only the auto channel hears about this" in _texts(reply)
    assert _bullets(reply) == 3  # the default, short summary
    time.sleep(2.0)
    assert stack.posts(ask) == [note]  # only the mode note
    assert stack.posts(skipping) == []
    # A mention still works in an ask channel.
    mention = {**message_event(f"<@{BOT_USER_ID}> <{url}>", channel=ask), "type": "app_mention"}
    assert post_event(stack.web_url, event_body(mention)).status == 200
    stack.wait_posts(ask, 1, thread_ts=mention["ts"])


def test_only_settings_users_may_change_settings_and_text_forms_answer_ephemerally(stack: Stack):
    channel = _channel()
    refused = stack.command(channel, "mode ask", user="U0MALLORY")
    assert "Sorry" in refused.body and refused.json()["response_type"] == "ephemeral"
    shown = stack.command(channel, "settings show", user="U0MALLORY").json()
    assert "automatic" in shown["text"] and shown["response_type"] == "ephemeral"
    assert "long" in stack.command(channel, "length long", user="U0ALICE").body
    assert "doesn't look like a domain" in stack.command(channel, "skip add not_a_domain").body
    assert "didn't understand" in stack.command(channel, "mode sometimes").body
    shown = stack.command(channel, "settings show").json()["text"]
    assert "automatic" in shown and "5 sentences" in shown
    time.sleep(1.0)
    assert stack.posts(channel) == []  # no mode change, no channel note


def test_settings_modal_opens_prefilled_and_saves_on_submit(stack: Stack):
    channel = _channel()
    stack.command(channel, "skip add wiki.example.com")
    token = f"modal-{uuid.uuid4().hex[:8]}"
    answer = stack.command(channel, "settings", token=token)
    assert answer.status == 200
    opened = stack.wait(
        lambda: [c for c in stack.fake.calls_of("views.open") if c.get("trigger_id") == f"trig.{token}"], "views.open"
    )
    view = opened[0].get("view")
    view = json.loads(view) if isinstance(view, str) else view
    blocks = {b["block_id"]: b for b in view["blocks"]}
    assert view["private_metadata"] == channel
    assert blocks["mode"]["element"]["initial_option"]["value"] == "auto"
    assert blocks["skip"]["element"]["initial_value"] == "wiki.example.com"

    def submit(skip: str, *, user: str = ADMIN) -> Answer:
        state = {
            "mode": {"value": {"type": "static_select", "selected_option": {"value": "ask"}}},
            "length": {"value": {"type": "radio_buttons", "selected_option": {"value": "long"}}},
            "skip": {"value": {"type": "plain_text_input", "value": skip}},
        }
        payload = {
            "type": "view_submission",
            "token": "legacy",
            "api_app_id": "A0TEST",
            "team": {"id": "T0TEST", "domain": "test"},
            "user": {"id": user, "team_id": "T0TEST"},
            "trigger_id": f"trig.{uuid.uuid4().hex}",
            "view": {**view, "id": f"V{uuid.uuid4().hex[:8]}", "hash": "h1", "state": {"values": state}},
        }
        return stack.interact(payload)

    bad = submit("docs.example.org\nnot a_domain")
    assert bad.status == 200 and bad.json()["response_action"] == "errors" and "skip" in bad.json()["errors"]
    refused = submit("docs.example.org", user="U0MALLORY")
    assert refused.json()["response_action"] == "errors"
    assert "automatic" in stack.command(channel, "settings show").json()["text"]  # nothing saved yet

    assert submit("docs.example.org\nhttps://news.example.net/x").status == 200
    (confirmation,) = stack.wait(lambda: stack.ephemerals(channel, ADMIN), "ephemeral confirmation")
    assert "Saved" in _texts(confirmation) and "on request" in _texts(confirmation)
    (note,) = stack.wait_posts(channel, 1)
    assert note.get("text") == f"<@{ADMIN}> set briefs to on request in this channel"
    shown = stack.command(channel, "settings show").json()["text"]
    assert "on request" in shown and "5 sentences" in shown
    assert "docs.example.org" in shown and "news.example.net" in shown and "wiki.example.com" not in shown


# ------------------------------------------------------------------------------------------ the reaction


def test_reaction_briefs_the_message_in_its_thread_once_when_two_users_react(stack: Stack):
    channel = _channel()
    stack.command(channel, "mode ask")  # works in any mode
    stack.wait_posts(channel, 1)  # the mode note
    url = stack.article("/news/reacted", 22, title="Two readers reacted to this one")
    message_ts = f"{time.time() - 30:.6f}"
    original = {"type": "message", "user": "U0ALICE", "text": f"<{url}>", "ts": message_ts}
    stack.fake.messages[(channel, message_ts)] = original

    def reaction(user: str, name: str = "newspaper") -> dict[str, Any]:
        item = {"type": "message", "channel": channel, "ts": message_ts}
        return {"type": "reaction_added", "user": user, "reaction": name, "item": item, "item_user": "U0ALICE"}

    assert post_event(stack.web_url, event_body(reaction("U0BOB", "tada"))).status == 200
    for user in ("U0BOB", "U0CAROL"):
        assert post_event(stack.web_url, event_body(reaction(user))).status == 200
    (reply,) = stack.wait_posts(channel, 1, thread_ts=message_ts)
    assert "Two readers reacted to this one" in _texts(reply)
    time.sleep(2.5)
    assert len(stack.posts(channel, thread_ts=message_ts)) == 1
    assert stack.articles.hits["/news/reacted"] == 1


# ------------------------------------------------------------------------------------------ private briefs


def test_brief_me_is_ephemeral_and_share_posts_it_in_the_channel(stack: Stack):
    channel = _channel()
    url = stack.article("/news/private", 23, title="A brief for my eyes only")
    token = f"me-{uuid.uuid4().hex[:8]}"
    answer = stack.command(channel, f"me {url}", user="U0DAVE", token=token)
    assert "Working on a brief" in answer.body and "ephemeral" in answer.body
    (private,) = stack.wait(lambda: stack.responses(token), "private brief")
    assert private.get("response_type") == "ephemeral"
    assert "A brief for my eyes only" in _texts(private) and "Only you can see this brief" in _texts(private)
    time.sleep(1.0)
    assert stack.posts(channel) == []  # nothing public

    share = _buttons(private)["brief_share"]
    for _ in range(2):  # an impatient double click shares it once
        stack.click(
            share,
            user="U0DAVE",
            channel=channel,
            message={"type": "message", "ts": f"{time.time():.6f}", "text": private.get("text")},
            response_url=stack.fake.response_url(token),
        )
    announcement, brief = stack.wait_posts(channel, 2)
    assert "<@U0DAVE> shared a brief of" in _texts(announcement)
    assert brief.get("thread_ts") and "A brief for my eyes only" in _texts(brief)
    replaced = stack.wait(lambda: [c for c in stack.responses(token) if c.get("replace_original")], "replace")
    assert "Shared" in _texts(replaced[0])
    assert stack.articles.hits["/news/private"] == 1  # shared from the cache
    time.sleep(2.0)  # time for a second share to arrive, if the double click were not caught
    assert len(stack.posts(channel)) == 2


def test_brief_privately_shortcut_answers_only_the_requester_in_the_thread(stack: Stack):
    channel = _channel()
    url = stack.article("/news/shortcut", 24, title="Briefed through the shortcut")
    message_ts = f"{time.time() - 20:.6f}"
    payload = {
        "type": "message_action",
        "token": "legacy",
        "api_app_id": "A0TEST",
        "callback_id": "brief_privately",
        "trigger_id": f"trig.{uuid.uuid4().hex}",
        "team": {"id": "T0TEST", "domain": "test"},
        "user": {"id": "U0ERIN", "team_id": "T0TEST"},
        "channel": {"id": channel, "name": "news"},
        "message_ts": message_ts,
        "message": {"type": "message", "user": "U0ALICE", "ts": message_ts, "text": f"read <{url}>"},
        "response_url": stack.fake.response_url("shortcut"),
    }
    assert stack.interact(payload).status == 200
    assert stack.interact(payload).status == 200  # delivered twice: one brief
    (private,) = stack.wait(lambda: stack.ephemerals(channel, "U0ERIN"), "ephemeral brief")
    assert private.get("thread_ts") == message_ts and "Briefed through the shortcut" in _texts(private)
    time.sleep(1.5)
    assert len(stack.ephemerals(channel, "U0ERIN")) == 1 and stack.posts(channel) == []
    stack.click(_buttons(private)["brief_share"], user="U0ERIN", channel=channel, message={"type": "message"})
    (shared,) = stack.wait_posts(channel, 1, thread_ts=message_ts)
    assert "Briefed through the shortcut" in _texts(shared)


def test_shortcut_in_a_channel_the_bot_cannot_post_in_answers_through_the_response_url(stack: Stack):
    channel = _channel()
    url = stack.article("/news/shortcut-outside", 29, title="Briefed from outside the channel privately")
    token = f"sc-{uuid.uuid4().hex[:8]}"
    message_ts = f"{time.time() - 20:.6f}"
    payload = {
        "type": "message_action",
        "callback_id": "brief_privately",
        "trigger_id": f"trig.{uuid.uuid4().hex}",
        "team": {"id": "T0TEST"},
        "user": {"id": "U0FRED", "team_id": "T0TEST"},
        "channel": {"id": channel},
        "message": {"type": "message", "user": "U0ALICE", "ts": message_ts, "text": f"<{url}>"},
        "response_url": stack.fake.response_url(token),
    }
    stack.fake.fail_next("chat.postEphemeral", status=200, error="channel_not_found")
    assert stack.interact(payload).status == 200
    (private,) = stack.wait(lambda: stack.responses(token), "private brief through the response URL")
    assert private.get("response_type") == "ephemeral"
    assert "Briefed from outside the channel privately" in _texts(private)
    assert stack.posts(channel) == []


# ------------------------------------------------------------------------------------------ repeated links


def test_a_repeated_link_gets_a_permalink_reply_and_another_channel_the_full_brief(stack: Stack):
    channel, other = _channel(), _channel()
    url = stack.article("/news/repeated", 25, title="Shared twice in one channel")
    first = message_event(f"<{url}>", channel=channel)
    assert post_event(stack.web_url, event_body(first)).status == 200
    (brief,) = stack.wait_posts(channel, 1, thread_ts=first["ts"])
    again = message_event(f"look <{url}?utm_source=newsletter>", channel=channel)
    assert post_event(stack.web_url, event_body(again)).status == 200
    (pointer,) = stack.wait_posts(channel, 1, thread_ts=again["ts"])
    (lookup,) = [c for c in stack.fake.calls_of("chat.getPermalink") if c.get("channel") == channel]
    assert lookup.get("message_ts") == brief.answer["ts"]
    assert permalink(channel, brief.answer["ts"]) in _texts(pointer)
    assert "briefed here already" in _texts(pointer) and "Shared twice in one channel" not in _texts(pointer)

    elsewhere = message_event(f"<{url}>", channel=other)
    assert post_event(stack.web_url, event_body(elsewhere)).status == 200
    (full,) = stack.wait_posts(other, 1, thread_ts=elsewhere["ts"])
    assert "Shared twice in one channel" in _texts(full)
    assert stack.articles.hits["/news/repeated"] == 1  # the other channel's brief came from the cache


# ------------------------------------------------------------------------------------------ buttons


def test_all_quotes_posts_the_rest_once_even_when_clicked_twice(stack: Stack):
    channel = _channel()
    url = stack.article("/news/quotes", 26, title="Everyone had something to say", extra_quotes=6)
    event = message_event(f"<{url}>", channel=channel)
    assert post_event(stack.web_url, event_body(event)).status == 200
    (brief,) = stack.wait_posts(channel, 1, thread_ts=event["ts"])
    buttons = _buttons(brief)
    assert buttons["brief_all_quotes"]["text"]["text"] == "All quotes (8)"
    message = _message(brief)
    for user in ("U0BOB", "U0CAROL"):
        stack.click(buttons["brief_all_quotes"], user=user, channel=channel, message=message)
    replies = stack.wait_posts(channel, 2, thread_ts=event["ts"])
    more = replies[1]
    assert "All 8 quotes" in _texts(more) and "fishermen" in _texts(more)
    time.sleep(2.5)
    assert len(stack.posts(channel, thread_ts=event["ts"])) == 2


def test_votes_count_once_per_user_and_can_change(stack: Stack):
    channel = _channel()
    url = stack.article("/news/voted", 27, title="Readers have opinions")
    event = message_event(f"<{url}>", channel=channel)
    assert post_event(stack.web_url, event_body(event)).status == 200
    (brief,) = stack.wait_posts(channel, 1, thread_ts=event["ts"])
    buttons = _buttons(brief)
    message = _message(brief)
    for user, action in (("U0BOB", "up"), ("U0BOB", "up"), ("U0CAROL", "up"), ("U0CAROL", "down")):
        stack.click(buttons[f"brief_vote_{action}"], user=user, channel=channel, message=message)
    stack.wait(lambda: len(stack.ephemerals(channel, "U0CAROL")) >= 2, "vote thanks")
    version = json.loads(buttons["brief_vote_up"]["value"])["v"]
    counts = stack.redis.hgetall(f"{stack.key_prefix}feedback:counts:{version}:{url}")
    assert counts == {b"up": b"1", b"down": b"1"}
    votes = stack.redis.hgetall(f"{stack.key_prefix}feedback:votes:{version}:{url}")
    assert votes == {b"U0BOB": b"up", b"U0CAROL": b"down"}
    assert "Vote changed" in _texts(stack.ephemerals(channel, "U0CAROL")[-1])
    totals = stack.redis.hgetall(f"{stack.key_prefix}feedback:totals:{version}")
    assert int(totals[b"up"]) >= 1 and int(totals[b"down"]) >= 1


# ------------------------------------------------------------------------------------------ Socket Mode


def test_socket_mode_handles_button_clicks(stack: Stack):
    sockets = FakeSocketMode()
    stack.fake.socket_mode_url = sockets.url
    env = {**stack.env, "SLACK_APP_TOKEN": "xapp-1-test", "SLACK_SIGNING_SECRET": ""}
    app = spawn("socket-mode-features", [sys.executable, "-m", "bot.app"], env, stack.logs)
    try:
        assert sockets.wait_connected(60), app.log_tail()
        channel, url = _channel(), "https://news.example.com/socket-vote"
        value = json.dumps({"u": url, "v": "sock"})
        payload = {
            "type": "block_actions",
            "team": {"id": "T0TEST"},
            "user": {"id": "U0SOCK", "team_id": "T0TEST"},
            "api_app_id": "A0TEST",
            "channel": {"id": channel},
            "container": {"type": "message", "message_ts": "1.000001", "channel_id": channel},
            "message": {"type": "message", "ts": "1.000001"},
            "actions": [{"type": "button", "action_id": "brief_vote_up", "value": value, "action_ts": "2.000002"}],
        }
        envelope = sockets.send_envelope("interactive", payload)
        assert sockets.wait_ack(envelope, 10) is not None, app.log_tail()
        stack.wait(lambda: stack.ephemerals(channel, "U0SOCK"), "vote thanks over Socket Mode")
        assert stack.redis.hgetall(f"{stack.key_prefix}feedback:counts:sock:{url}") == {b"up": b"1"}
    finally:
        app.stop()
        sockets.stop()
        stack.fake.socket_mode_url = None


# ------------------------------------------------------------------------------------------ restarts (last)


def test_settings_survive_a_web_and_worker_restart(stack: Stack):
    channel = _channel()
    stack.command(channel, "mode ask")
    stack.command(channel, "length long")
    stack.web.stop()
    stack.worker.stop()
    stack.web, stack.web_url, stack.worker = _start(stack.env, stack.logs)

    shown = stack.command(channel, "settings show").json()["text"]
    assert "on request" in shown and "5 sentences" in shown
    url = stack.article("/news/after-restart", 28, title="Still on request after a restart")
    event = message_event(f"<{url}>", channel=channel)
    assert post_event(stack.web_url, event_body(event)).status == 200
    mention = {**message_event(f"<@{BOT_USER_ID}> <{url}>", channel=channel), "type": "app_mention"}
    assert post_event(stack.web_url, event_body(mention)).status == 200
    (reply,) = stack.wait_posts(channel, 1, thread_ts=mention["ts"])
    assert _bullets(reply) == 5  # the channel's long summary
    assert stack.posts(channel, thread_ts=event["ts"]) == []

    # A mention without a link briefs the thread's first message, at the channel's length too.
    other = stack.article("/news/after-restart-root", 30, title="The thread root after a restart")
    root_ts = f"{time.time() - 60:.6f}"
    stack.fake.threads[(channel, root_ts)] = [
        {"type": "message", "user": "U0ALICE", "text": f"<{other}>", "ts": root_ts}
    ]
    asking = message_event(f"<@{BOT_USER_ID}> brief this", channel=channel, thread_ts=root_ts)
    assert post_event(stack.web_url, event_body({**asking, "type": "app_mention"})).status == 200
    (root_reply,) = stack.wait_posts(channel, 1, thread_ts=root_ts)
    assert "The thread root after a restart" in _texts(root_reply) and _bullets(root_reply) == 5


def _bullets(call: Call) -> int:
    """Sentences in a brief's summary section."""
    summary = next(b for b in call.get("blocks") if b["type"] == "section" and b["text"]["text"].startswith("• "))
    return summary["text"]["text"].count("• ")
