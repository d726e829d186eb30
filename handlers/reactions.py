"""The brief reaction (``BRIEF_REACTION``, default :newspaper:): brief the reacted-to message's links in its thread.

Works in any channel mode.  The web process cannot see the message's text in
the ``reaction_added`` event, so it only enqueues; the worker reads the message
(``conversations.history``/``replies``) and briefs each link once per message,
however many people react.
"""

from __future__ import annotations

import logging
from typing import Any

from slack_bolt import Ack, App

from bot.channel_settings import summary_sentences
from handlers.deps import HandlerDeps
from handlers.messages import channel_settings

__all__ = ["register"]

log = logging.getLogger(__name__)


def register(app: App, deps: HandlerDeps) -> None:
    @app.event("reaction_added")
    def on_reaction(ack: Ack, body: dict[str, Any], event: dict[str, Any]) -> None:
        ack()
        item = event.get("item") or {}
        # Skin-tone variants arrive as "name::skin-tone-2".
        reaction = str(event.get("reaction") or "").split("::", 1)[0]
        if reaction != deps.reaction or item.get("type") != "message" or not item.get("channel") or not item.get("ts"):
            return
        event_id = body.get("event_id") or f"{item['channel']}:{item['ts']}:{event.get('user')}"
        if not deps.dedup.claim(event_id):
            return
        channel = item["channel"]
        try:
            deps.queue.brief_reaction(
                channel=channel,
                message_ts=item["ts"],
                event_id=event_id,
                user=event.get("user") or "",
                summary_sentences=summary_sentences(channel_settings(deps, channel).length),
            )
        except Exception:
            deps.dedup.release(event_id)
            raise
        log.info("queued reaction brief of %s/%s for %s", channel, item["ts"], event.get("user"))
