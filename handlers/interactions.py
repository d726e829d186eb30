"""The buttons on every brief: "All quotes (N)" and 👍/👎.

"All quotes" is enqueued (the worker posts the rest of the quotes in the
thread, once per brief however often it is clicked).  A vote is recorded here,
in one atomic Redis script (``bot.feedback``), and a worker thanks the voter
ephemerally with the brief's counts.  Clicks are de-duplicated by
``action_ts``, in case Slack delivers one twice.
"""

from __future__ import annotations

import logging
from typing import Any

from slack_bolt import Ack, App

from bot.urls import canonicalize_url
from handlers.buttons import ACTION_ALL_QUOTES, ACTION_VOTE_DOWN, ACTION_VOTE_UP, BriefRef
from handlers.deps import HandlerDeps
from handlers.render import render_vote_thanks

__all__ = ["register"]

log = logging.getLogger(__name__)

VOTE_OF_ACTION = {ACTION_VOTE_UP: "up", ACTION_VOTE_DOWN: "down"}


def _click(body: dict[str, Any], action: dict[str, Any]) -> tuple[BriefRef | None, str, str, dict[str, Any]]:
    ref = BriefRef.from_value(action.get("value") or "")
    user = (body.get("user") or {}).get("id") or ""
    channel = (body.get("channel") or {}).get("id") or (body.get("container") or {}).get("channel_id") or ""
    return ref, user, channel, body.get("message") or {}


def register(app: App, deps: HandlerDeps) -> None:
    @app.action(ACTION_ALL_QUOTES)
    def on_all_quotes(ack: Ack, body: dict[str, Any], action: dict[str, Any]) -> None:
        ack()
        ref, user, channel, message = _click(body, action)
        brief_ts = message.get("ts") or (body.get("container") or {}).get("message_ts")
        if ref is None or not channel or not brief_ts:
            return
        click = f"{action.get('action_ts')}:{user}"
        if not deps.dedup.claim(f"action:{click}:{ACTION_ALL_QUOTES}"):
            return
        # One job per click; the job itself posts the quotes once per brief (however many people click).
        deps.queue.all_quotes(
            request_id=click,
            url=ref.url,
            channel=channel,
            brief_ts=brief_ts,
            thread_ts=message.get("thread_ts") or ref.thread_ts or brief_ts,
            summary_sentences=ref.summary_sentences,
        )

    @app.action(ACTION_VOTE_UP)
    @app.action(ACTION_VOTE_DOWN)
    def on_vote(ack: Ack, body: dict[str, Any], action: dict[str, Any]) -> None:
        ack()
        ref, user, channel, message = _click(body, action)
        vote = VOTE_OF_ACTION.get(action.get("action_id") or "")
        if ref is None or vote is None or not user or deps.feedback is None:
            return
        action_ts = action.get("action_ts") or ""
        if not deps.dedup.claim(f"action:{action_ts}:{user}:vote"):
            return
        tally = deps.feedback.vote(version=ref.version, canonical_url=canonicalize_url(ref.url), user=user, vote=vote)
        log.info("%s voted %s on %s (%d up, %d down)", user, vote, ref.url, tally.up, tally.down)
        if channel:
            thanks = render_vote_thanks(
                vote=vote, up=tally.up, down=tally.down, changed=tally.previous not in (None, vote)
            )
            deps.queue.notify(
                request_id=f"vote:{action_ts}:{user}",
                channel=channel,
                user=user,
                thread_ts=message.get("thread_ts"),
                ephemeral=thanks["text"],
            )
