"""Links pasted in channels: every new human message with article links gets a brief in its thread.

The listener only acknowledges, claims the event and enqueues one job per link;
the worker does the rest.  Messages that mention the bot are left to the
``app_mention`` listener (Slack sends both events for one message), so a
mention with a link is briefed once.
"""

from __future__ import annotations

import logging
from typing import Any
from urllib.parse import urlsplit

from slack_bolt import Ack, App, BoltRequest

from bot.channel_settings import ChannelSettings, domain_is_skipped, summary_sentences
from handlers.deps import HandlerDeps
from handlers.links import extract_links, mentions_user

__all__ = ["automatic_links", "channel_settings", "enqueue_links", "handled_before", "is_slack_retry", "register"]

log = logging.getLogger(__name__)


def is_slack_retry(request: BoltRequest) -> bool:
    """Whether Slack marked this delivery as a retry of one that failed or timed out (``X-Slack-Retry-Num``)."""
    return bool(request.headers.get("x-slack-retry-num"))


def handled_before(deps: HandlerDeps, *, event_id: str, job_ids: list[str], retry: bool) -> bool:
    """Claim ``event_id``; True when an earlier delivery of the event already handled it.

    A retry whose claim exists but whose jobs do not is taken over: its first delivery got as far as
    the claim and no further (Redis froze or failed in between, and it was answered 503) — or the claim
    reached a frozen Redis only after the web process had given up on it.
    """
    if deps.dedup.claim(event_id):
        return False
    if retry and not any(deps.queue.has_job(job_id) for job_id in job_ids):
        log.warning("event %s was claimed but never queued; taking over with Slack's retry", event_id)
        return False
    log.info("event %s already handled; ignoring the repeat", event_id)
    return True


def enqueue_links(
    deps: HandlerDeps, *, event: dict[str, Any], event_id: str, urls: list[str], retry: bool = False
) -> list[str]:
    """Claim ``event_id`` and enqueue one brief per URL; returns the job ids (empty if already handled)."""
    channel = event["channel"]
    message_ts = event["ts"]
    job_ids = [
        deps.queue.message_job_id(url=url, channel=channel, message_ts=message_ts, event_id=event_id) for url in urls
    ]
    if handled_before(deps, event_id=event_id, job_ids=job_ids, retry=retry):
        return []
    thread_ts = event.get("thread_ts") or message_ts
    sentences = summary_sentences(channel_settings(deps, channel).length)
    try:
        return [
            deps.queue.brief_message(
                url=url,
                channel=channel,
                message_ts=message_ts,
                thread_ts=thread_ts,
                event_id=event_id,
                user=event.get("user"),
                summary_sentences=sentences,
            )
            for url in urls
        ]
    except Exception:
        # Nothing was (fully) queued: forget the claim and fail the request, so Slack's retry gets another go.
        deps.dedup.release(event_id)
        raise


def channel_settings(deps: HandlerDeps, channel: str) -> ChannelSettings:
    """The channel's settings (briefly cached in this process); the defaults when none are stored."""
    if deps.channel_settings is None:
        return ChannelSettings()
    return deps.channel_settings.get(channel)


def automatic_links(deps: HandlerDeps, channel: str, urls: list[str]) -> list[str]:
    """The links a channel wants briefed without being asked: none in ``ask`` mode, none of its skipped domains."""
    settings = channel_settings(deps, channel)
    if not settings.automatic:
        return []
    return [u for u in urls if not domain_is_skipped(urlsplit(u).hostname, settings.skipped_domains)]


def _is_human_message(event: dict[str, Any]) -> bool:
    # Any subtype (bot_message, message_changed, message_deleted, channel_join, ...) is not a new human message.
    return not event.get("subtype") and not event.get("bot_id") and bool(event.get("user"))


def register(app: App, deps: HandlerDeps) -> None:
    @app.event("message")
    def on_message(
        ack: Ack, body: dict[str, Any], event: dict[str, Any], context: dict[str, Any], request: BoltRequest
    ) -> None:
        ack()
        if not _is_human_message(event):
            return
        text = event.get("text") or ""
        if mentions_user(text, context.get("bot_user_id")):
            return  # the app_mention listener handles it
        urls = extract_links(text, limit=deps.max_links)
        if urls:
            urls = automatic_links(deps, event["channel"], urls)
        if not urls:
            return
        event_id = body.get("event_id") or event["ts"]
        jobs = enqueue_links(deps, event=event, event_id=event_id, urls=urls, retry=is_slack_retry(request))
        if jobs:
            log.info("queued %d brief(s) for %s/%s", len(jobs), event.get("channel"), event.get("ts"))
