"""Private briefs: ``/brief me <url>`` and the "Brief privately" message shortcut, and "Share in channel".

The brief goes only to the requester (through the command's ``response_url``,
or ``chat.postEphemeral`` in the message's thread for the shortcut), with a
"Share in channel" button whose value names the URL, so that a worker can post
the same brief publicly from the cache when it is clicked.
"""

from __future__ import annotations

import logging
from typing import Any

from slack_bolt import Ack, App

from bot.channel_settings import summary_sentences
from handlers.buttons import ACTION_SHARE, BriefRef
from handlers.deps import HandlerDeps
from handlers.links import extract_command_url, extract_links
from handlers.messages import channel_settings
from handlers.render import render_usage, render_working

__all__ = ["SHORTCUT_CALLBACK_ID", "register"]

log = logging.getLogger(__name__)

SHORTCUT_CALLBACK_ID = "brief_privately"


def is_private_command(command: dict[str, Any]) -> bool:
    words = (command.get("text") or "").split()
    return bool(words) and words[0].lower() == "me"


def _sentences(deps: HandlerDeps, channel: str) -> int | None:
    return summary_sentences(channel_settings(deps, channel).length) if channel else None


def register(app: App, deps: HandlerDeps) -> None:
    @app.command("/brief", matchers=[is_private_command])
    def on_brief_me(ack: Ack, command: dict[str, Any]) -> None:
        text = (command.get("text") or "").strip()[2:].strip()
        url = extract_command_url(text)
        if url is None:
            ack(
                response_type="ephemeral",
                **render_usage(note="Use `/brief me <url>` for a brief only you can see.", reaction=deps.reaction),
            )
            return
        ack(**render_working(url))
        channel = command["channel_id"]
        deps.queue.brief_private(
            url=url,
            channel=channel,
            user=command["user_id"],
            request_id=command.get("trigger_id") or f"{channel}:{command['user_id']}",
            response_url=command.get("response_url") or "",
            summary_sentences=_sentences(deps, channel),
        )

    @app.shortcut(SHORTCUT_CALLBACK_ID)
    def on_brief_privately(ack: Ack, body: dict[str, Any]) -> None:
        ack()
        trigger_id = body.get("trigger_id") or ""
        if not deps.dedup.claim(f"shortcut:{trigger_id}"):
            return
        message = body.get("message") or {}
        channel = (body.get("channel") or {}).get("id") or ""
        user = (body.get("user") or {}).get("id") or ""
        urls = extract_links(message.get("text") or "", limit=deps.max_links)
        thread_ts = message.get("thread_ts") or message.get("ts")
        if not urls:
            deps.queue.notify(
                request_id=f"shortcut:{trigger_id}",
                channel=channel,
                user=user,
                thread_ts=thread_ts,
                ephemeral="I didn't find an article link in that message.",
            )
            return
        for url in urls:
            deps.queue.brief_private(
                url=url,
                channel=channel,
                user=user,
                request_id=f"shortcut:{trigger_id}",
                response_url=body.get("response_url") or "",
                thread_ts=thread_ts,
                summary_sentences=_sentences(deps, channel),
            )

    @app.action(ACTION_SHARE)
    def on_share(ack: Ack, body: dict[str, Any], action: dict[str, Any]) -> None:
        ack()
        ref = BriefRef.from_value(action.get("value") or "")
        user = (body.get("user") or {}).get("id") or ""
        channel = (body.get("channel") or {}).get("id") or (body.get("container") or {}).get("channel_id") or ""
        action_ts = action.get("action_ts") or ""
        if ref is None or not channel or not deps.dedup.claim(f"action:{action_ts}:{user}:{ACTION_SHARE}"):
            return
        deps.queue.share_brief(
            url=ref.url,
            channel=channel,
            user=user,
            request_id=f"{action_ts}:{user}",
            response_url=body.get("response_url") or "",
            thread_ts=ref.thread_ts,
            summary_sentences=ref.summary_sentences,
        )
