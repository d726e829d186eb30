"""``/brief <url>``: acknowledged at once (ephemeral), briefed by a worker, posted to the channel."""

from __future__ import annotations

import logging
from typing import Any

from slack_bolt import Ack, App

from bot.channel_settings import summary_sentences
from handlers.deps import HandlerDeps
from handlers.links import extract_command_url
from handlers.render import render_usage, render_working

__all__ = ["register"]

log = logging.getLogger(__name__)

HELP_WORDS = frozenset({"", "help", "-h", "--help", "?", "usage"})


def register(app: App, deps: HandlerDeps) -> None:
    @app.command("/brief")
    def on_brief(ack: Ack, command: dict[str, Any], context: dict[str, Any]) -> None:
        text = (command.get("text") or "").strip()
        if text.lower() in HELP_WORDS:
            ack(response_type="ephemeral", **render_usage(reaction=deps.reaction))
            return
        url = extract_command_url(text)
        if url is None:
            ack(
                response_type="ephemeral",
                **render_usage(note=f"“{text[:200]}” doesn't look like a link.", reaction=deps.reaction),
            )
            return
        ack(**render_working(url))
        deps.queue.brief_command(
            url=url,
            channel=command["channel_id"],
            user=command["user_id"],
            response_url=command.get("response_url") or "",
            # The signed request's id (handlers.replays): a replayed command maps to the same job.
            request_id=context.get("request_id") or command.get("trigger_id") or "",
            summary_sentences=_channel_sentences(deps, command["channel_id"]),
        )
        log.info("queued /brief of %s for %s in %s", url, command.get("user_id"), command.get("channel_id"))


def _channel_sentences(deps: HandlerDeps, channel: str) -> int | None:
    """The summary length the channel asked for (``/brief length``)."""
    if deps.channel_settings is None:
        return None
    return summary_sentences(deps.channel_settings.get(channel).length)
