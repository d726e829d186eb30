"""Putting brief requests on the RQ queue: what the web process does instead of the work.

Jobs are enqueued by dotted name (``"bot.jobs.brief_message"``) with plain
JSON values, so this module — and the web process that imports it — needs
only ``rq`` and ``redis``, never the job code or the models behind it.  The
job id, timeout and retry policy are fixed here at enqueue time so that every
worker treats a request the same way.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

import redis
from rq import Queue, Retry
from rq.job import Job
from rq.serializers import JSONSerializer

from bot.config import QueueConfig

__all__ = ["BriefQueue", "make_queue"]

#: How long RQ keeps a finished job's record; the reply is already in Slack, so briefly.
RESULT_TTL_SECONDS = 600
#: Failed jobs are kept for a week so an operator can inspect them (`rq info`, FailedJobRegistry).
FAILURE_TTL_SECONDS = 7 * 86_400


def make_queue(*, connection: redis.Redis, config: QueueConfig) -> Queue:
    """The RQ queue both sides use; the JSON serializer keeps job payloads language- and version-neutral."""
    return Queue(config.name, connection=connection, serializer=JSONSerializer)


def _job_id(kind: str, key: str, url: str) -> str:
    """A stable job id: the same Slack request always maps to the same job (re-enqueueing replaces, not adds)."""
    digest = hashlib.sha256(f"{key}\n{url}".encode()).hexdigest()[:24]
    return f"brief-{kind}-{digest}"


@dataclass
class BriefQueue:
    """Enqueue helpers, one per kind of request."""

    queue: Queue
    config: QueueConfig

    @classmethod
    def connect(cls, *, redis_url: str, config: QueueConfig) -> BriefQueue:
        connection = redis.Redis.from_url(redis_url, socket_timeout=5, socket_connect_timeout=5)
        return cls.for_connection(connection=connection, config=config)

    @classmethod
    def for_connection(cls, *, connection: redis.Redis, config: QueueConfig) -> BriefQueue:
        """On a connection the caller configured (the web process uses short timeouts)."""
        return cls(queue=make_queue(connection=connection, config=config), config=config)

    def _enqueue(self, func: str, *, job_id: str, kwargs: dict[str, object]) -> str:
        retry = None
        if self.config.retries > 0:
            intervals = list(self.config.retry_intervals) or [0]
            retry = Retry(max=self.config.retries, interval=intervals[: self.config.retries])
        job = self.queue.enqueue(
            func,
            kwargs=kwargs,
            job_id=job_id,
            job_timeout=self.config.job_timeout_seconds,
            result_ttl=RESULT_TTL_SECONDS,
            failure_ttl=FAILURE_TTL_SECONDS,
            retry=retry,
            description=f"{func} {kwargs.get('url') or ''}".strip(),
        )
        return job.id

    def has_job(self, job_id: str) -> bool:
        """Whether a job with this id is on record (queued, running, or finished within ``RESULT_TTL_SECONDS``)."""
        return bool(self.queue.connection.exists(Job.key_for(job_id)))

    @staticmethod
    def message_job_id(*, url: str, channel: str, message_ts: str, event_id: str) -> str:
        return _job_id("msg", f"{event_id}:{channel}:{message_ts}", url)

    @staticmethod
    def thread_root_job_id(*, channel: str, message_ts: str, thread_ts: str, event_id: str) -> str:
        return _job_id("root", f"{event_id}:{channel}:{message_ts}", thread_ts)

    def brief_message(
        self,
        *,
        url: str,
        channel: str,
        message_ts: str,
        thread_ts: str,
        event_id: str,
        user: str | None = None,
        summary_sentences: int | None = None,
    ) -> str:
        """Brief a link seen in a message (or a mention); the reply goes in ``thread_ts``'s thread."""
        return self._enqueue(
            "bot.jobs.brief_message",
            job_id=self.message_job_id(url=url, channel=channel, message_ts=message_ts, event_id=event_id),
            kwargs={
                "url": url,
                "channel": channel,
                "message_ts": message_ts,
                "thread_ts": thread_ts,
                "user": user,
                "summary_sentences": summary_sentences,
            },
        )

    def brief_command(
        self,
        *,
        url: str,
        channel: str,
        user: str,
        response_url: str,
        request_id: str,
        summary_sentences: int | None = None,
    ) -> str:
        """Brief the link of a ``/brief`` command: announce in the channel, brief in its thread.

        ``request_id`` identifies the signed request (``handlers.dedup.signed_request_id``), so a
        replay of the same command maps to the same job.
        """
        return self._enqueue(
            "bot.jobs.brief_command",
            job_id=_job_id("cmd", request_id or f"{channel}:{user}", url),
            kwargs={
                "url": url,
                "channel": channel,
                "user": user,
                "response_url": response_url,
                "summary_sentences": summary_sentences,
            },
        )

    def brief_thread_root(
        self,
        *,
        channel: str,
        message_ts: str,
        thread_ts: str,
        event_id: str,
        user: str,
        summary_sentences: int | None = None,
    ) -> str:
        """A mention without a link: brief the links of the thread's first message (or explain usage)."""
        return self._enqueue(
            "bot.jobs.brief_thread_root",
            job_id=self.thread_root_job_id(
                channel=channel, message_ts=message_ts, thread_ts=thread_ts, event_id=event_id
            ),
            kwargs={
                "channel": channel,
                "message_ts": message_ts,
                "thread_ts": thread_ts,
                "user": user,
                "summary_sentences": summary_sentences,
            },
        )

    def brief_reaction(
        self, *, channel: str, message_ts: str, event_id: str, user: str, summary_sentences: int | None = None
    ) -> str:
        """Someone reacted with the brief reaction: brief the message's links in its thread (the worker reads it)."""
        return self._enqueue(
            "bot.jobs.brief_reaction",
            job_id=_job_id("react", f"{event_id}:{channel}", message_ts),
            kwargs={
                "channel": channel,
                "message_ts": message_ts,
                "user": user,
                "summary_sentences": summary_sentences,
            },
        )

    def brief_private(
        self,
        *,
        url: str,
        channel: str,
        user: str,
        request_id: str,
        response_url: str = "",
        thread_ts: str | None = None,
        summary_sentences: int | None = None,
    ) -> str:
        """A brief only ``user`` sees (``/brief me``, the "Brief privately" shortcut)."""
        return self._enqueue(
            "bot.jobs.brief_private",
            job_id=_job_id("private", request_id, url),
            kwargs={
                "url": url,
                "channel": channel,
                "user": user,
                "response_url": response_url,
                "thread_ts": thread_ts,
                "summary_sentences": summary_sentences,
            },
        )

    def share_brief(
        self,
        *,
        url: str,
        channel: str,
        user: str,
        request_id: str,
        response_url: str = "",
        thread_ts: str | None = None,
        summary_sentences: int | None = None,
    ) -> str:
        """A click on "Share in channel" on a private brief: post it publicly (from the cache)."""
        return self._enqueue(
            "bot.jobs.share_brief",
            job_id=_job_id("share", request_id, url),
            kwargs={
                "url": url,
                "channel": channel,
                "user": user,
                "response_url": response_url,
                "thread_ts": thread_ts,
                "summary_sentences": summary_sentences,
            },
        )

    def all_quotes(
        self,
        *,
        url: str,
        channel: str,
        brief_ts: str,
        thread_ts: str,
        request_id: str,
        summary_sentences: int | None = None,
    ) -> str:
        """A click on "All quotes": post the rest of the brief's quotes in its thread (the job posts once per brief)."""
        return self._enqueue(
            "bot.jobs.post_all_quotes",
            job_id=_job_id("quotes", request_id, url),
            kwargs={
                "url": url,
                "channel": channel,
                "brief_ts": brief_ts,
                "thread_ts": thread_ts,
                "summary_sentences": summary_sentences,
            },
        )

    def notify(
        self,
        *,
        request_id: str,
        channel: str,
        user: str = "",
        ephemeral: str = "",
        note: str = "",
        thread_ts: str | None = None,
    ) -> str:
        """Tell ``user`` something only they see (``ephemeral``) and/or the channel one line (``note``)."""
        return self._enqueue(
            "bot.jobs.notify",
            job_id=_job_id("notify", request_id, channel),
            kwargs={"channel": channel, "user": user, "ephemeral": ephemeral, "note": note, "thread_ts": thread_ts},
        )
