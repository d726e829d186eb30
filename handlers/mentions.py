"""``@briefbot`` mentions: the way to brief a link inside a thread, where slash commands don't work.

A mention with links briefs them in the mention's thread; a mention without
one briefs the links of the thread's first message (read by the worker), or
explains usage when there are none.
"""

from __future__ import annotations

import logging
from typing import Any

from slack_bolt import Ack, App, BoltRequest

from bot.channel_settings import summary_sentences
from handlers.deps import HandlerDeps
from handlers.links import extract_links
from handlers.messages import channel_settings, enqueue_links, handled_before, is_slack_retry

__all__ = ["register"]

log = logging.getLogger(__name__)


def register(app: App, deps: HandlerDeps) -> None:
    @app.event("app_mention")
    def on_mention(ack: Ack, body: dict[str, Any], event: dict[str, Any], request: BoltRequest) -> None:
        ack()
        if event.get("bot_id") or event.get("subtype"):
            return
        event_id = body.get("event_id") or event["ts"]
        retry = is_slack_retry(request)
        urls = extract_links(event.get("text") or "", limit=deps.max_links)
        if urls:
            enqueue_links(deps, event=event, event_id=event_id, urls=urls, retry=retry)
            return
        thread_ts = event.get("thread_ts") or event["ts"]
        job_id = deps.queue.thread_root_job_id(
            channel=event["channel"], message_ts=event["ts"], thread_ts=thread_ts, event_id=event_id
        )
        if handled_before(deps, event_id=event_id, job_ids=[job_id], retry=retry):
            return
        try:
            deps.queue.brief_thread_root(
                channel=event["channel"],
                message_ts=event["ts"],
                thread_ts=thread_ts,
                event_id=event_id,
                user=event.get("user") or "",
                summary_sentences=summary_sentences(channel_settings(deps, event["channel"]).length),
            )
        except Exception:
            deps.dedup.release(event_id)
            raise
