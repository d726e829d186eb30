"""The work behind a Slack request, run by RQ workers: brief the link, post the reply, tidy up.

Jobs are plain functions of plain values (enqueued by dotted name from
``bot.queue``), and share one process-wide ``Runtime``: the pipeline with its
models, the Slack client and Redis.  ``bot.worker`` builds and warms it once
before taking jobs; a job run elsewhere builds it lazily on first use.

Failure policy, per attempt:

- a retryable ``BriefError`` (timeout, connection failure, 5xx) or a Slack call
  that still fails after the client's own retries (429 with ``Retry-After``,
  5xx, dropped connection) is raised, so RQ retries the job with back-off;
- on the last attempt, or for any other ``BriefError``, the user gets the
  friendly error reply instead;
- nothing is ever posted twice for one job: what was posted is recorded in Redis
  under the job id, so a retry (including one after a worker died mid-job)
  resumes where the previous attempt stopped;
- a job that gave up on delivering a reply ends by raising ``DeliveryFailed``, with
  its retries cleared first, so RQ records it as failed (with the reason) and
  never runs it again.
"""

from __future__ import annotations

import functools
import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, NoReturn

import redis
from rq import get_current_job
from slack_sdk.errors import SlackApiError

from bot.brief import Brief
from bot.briefed import BriefedLinks
from bot.config import Settings
from bot.errors import BriefError, DeliveryFailed
from bot.metrics import MetricsRecorder
from bot.redis_retry import patient_client
from bot.slack_client import make_web_client, make_webhook_client
from bot.urls import canonicalize_url
from bot.version import PIPELINE_VERSION
from handlers.buttons import BriefRef
from handlers.links import extract_links
from handlers.render import (
    render_brief,
    render_command_announcement,
    render_error,
    render_more_quotes,
    render_private_brief,
    render_repeat,
    render_usage,
)

if TYPE_CHECKING:
    from slack_sdk import WebClient

    from bot.pipeline import Pipeline

__all__ = [
    "Runtime",
    "brief_command",
    "brief_message",
    "brief_private",
    "brief_reaction",
    "brief_thread_root",
    "get_runtime",
    "init_runtime",
    "notify",
    "post_all_quotes",
    "share_brief",
]

log = logging.getLogger(__name__)

WORKING_REACTION = "hourglass_flowing_sand"
#: How long a job's progress record lives: longer than every retry of it together.
PROGRESS_TTL_SECONDS = 86_400
GENERIC_FAILURE = "Sorry, something went wrong while briefing that link. Please try again later."
#: Slack errors that no retry can fix: give up at once (and log) instead of retrying.
PERMANENT_SLACK_ERRORS = frozenset(
    {
        "channel_not_found",
        "not_in_channel",
        "is_archived",
        "invalid_auth",
        "account_inactive",
        "token_revoked",
        "missing_scope",
        "msg_too_long",
        "invalid_blocks",
        "no_text",
        "thread_not_found",
        "restricted_action",
        "user_not_in_channel",
    }
)


@dataclass
class Runtime:
    """What every job in this process shares; the pipeline (and its models) is built once, on first use."""

    settings: Settings
    slack: WebClient
    redis: redis.Redis
    metrics: MetricsRecorder | None = None
    _pipeline: Pipeline | None = None
    _lock: threading.Lock = field(default_factory=threading.Lock)

    @property
    def pipeline(self) -> Pipeline:
        if self._pipeline is None:
            with self._lock:
                if self._pipeline is None:
                    from bot.pipeline import build_pipeline  # heavy: torch, transformers, spaCy

                    metrics = self.metrics
                    self._pipeline = build_pipeline(
                        self.settings,
                        observer=metrics.stage if metrics else None,
                        cache_observer=metrics.cache_lookup if metrics else None,
                    )
        return self._pipeline

    def progress_key(self, job_id: str) -> str:
        return f"{self.settings.cache.key_prefix}job:{job_id}"

    @property
    def briefed(self) -> BriefedLinks:
        """Where each link was briefed per channel, and one-time claims; kept as long as the briefs are cached."""
        return BriefedLinks(
            client=self.redis, key_prefix=self.settings.cache.key_prefix, ttl_seconds=self.settings.cache.ttl_seconds
        )


_runtime: Runtime | None = None
_runtime_lock = threading.Lock()


def init_runtime(settings: Settings, *, warm_up: bool = True) -> Runtime:
    """Build the process-wide runtime (the worker calls this once, before its first job)."""
    global _runtime
    runtime = _new_runtime(settings)
    if warm_up:
        runtime.pipeline.warm_up()
    with _runtime_lock:
        _runtime = runtime
    return runtime


def get_runtime() -> Runtime:
    global _runtime
    if _runtime is None:
        with _runtime_lock:
            if _runtime is None:
                _runtime = _new_runtime(Settings.from_env())
    return _runtime


def _new_runtime(settings: Settings) -> Runtime:
    return Runtime(
        settings=settings,
        slack=make_web_client(settings.slack),
        # Progress records wait out a Redis outage (up to the job timeout): a reply posted while Redis was down
        # is still recorded, so the job is not retried into a second post.
        redis=patient_client(
            settings.cache.redis_url, socket_timeout=10, give_up_after=settings.queue.job_timeout_seconds
        ),
        metrics=MetricsRecorder.from_config(settings.cache),
    )


# --------------------------------------------------------------------------- attempts and progress


@dataclass
class _Attempt:
    """This run of a job: whether it is the last one RQ will make, and what earlier runs already posted."""

    runtime: Runtime
    job_id: str | None
    final: bool

    @classmethod
    def current(cls, runtime: Runtime) -> _Attempt:
        job = get_current_job()
        if job is None:  # called directly (not by a worker): there will be no retry
            return cls(runtime=runtime, job_id=None, final=True)
        return cls(runtime=runtime, job_id=job.id, final=not job.retries_left)

    def get(self, step: str) -> str | None:
        if self.job_id is None:
            return None
        value = self.runtime.redis.hget(self.runtime.progress_key(self.job_id), step)
        return value.decode() if isinstance(value, bytes) else value

    def done(self, step: str, value: str = "1") -> None:
        if self.job_id is None:
            return
        key = self.runtime.progress_key(self.job_id)
        with self.runtime.redis.pipeline() as pipe:
            pipe.hset(key, step, value)
            pipe.expire(key, PROGRESS_TTL_SECONDS)
            pipe.execute()


def _slack_error_code(exc: SlackApiError) -> str:
    try:
        return str(exc.response.get("error") or "")
    except Exception:  # pragma: no cover - malformed response
        return ""


def _slack_retryable(exc: Exception) -> bool:
    """Whether a Slack failure (after the client's own retries) may succeed later."""
    if isinstance(exc, SlackApiError):
        status = getattr(exc.response, "status_code", 0) or 0
        code = _slack_error_code(exc)
        return status == 429 or status >= 500 or code in ("ratelimited", "internal_error", "fatal_error")
    return isinstance(exc, OSError)  # URLError, timeouts, resets


def _react(runtime: Runtime, *, channel: str, ts: str, add: bool) -> None:
    """Add or remove the hourglass; cosmetic, so a failure is logged and ignored."""
    try:
        if add:
            runtime.slack.reactions_add(channel=channel, timestamp=ts, name=WORKING_REACTION)
        else:
            runtime.slack.reactions_remove(channel=channel, timestamp=ts, name=WORKING_REACTION)
    except SlackApiError as exc:
        if _slack_error_code(exc) not in ("already_reacted", "no_reaction"):
            log.warning("reaction %s failed on %s/%s: %s", "add" if add else "remove", channel, ts, exc)
    except OSError as exc:
        log.warning("reaction %s failed on %s/%s: %s", "add" if add else "remove", channel, ts, exc)


def _make_brief(
    attempt: _Attempt, url: str, *, summary_sentences: int | None = None
) -> tuple[Brief | None, str | None]:
    """The brief, or the message to show instead; raises when RQ should try again later."""
    try:
        result = attempt.runtime.pipeline.brief_url_result(
            url, cache_failure=attempt.final, summary_sentences=summary_sentences
        )
    except BriefError as exc:
        if exc.retryable and not attempt.final:
            log.warning("brief of %s failed (%s: %s); will retry", url, exc.code, exc)
            _count_brief(attempt, "retry", exc.code)
            raise
        log.info("brief of %s failed (%s: %s); telling the user", url, exc.code, exc)
        _count_brief(attempt, "error", exc.code)
        return None, exc.user_message
    except Exception:
        if not attempt.final:
            log.exception("brief of %s crashed; will retry", url)
            _count_brief(attempt, "retry", "crash")
            raise
        log.exception("brief of %s crashed on the last attempt; telling the user", url)
        _count_brief(attempt, "error", "crash")
        return None, GENERIC_FAILURE
    _count_brief(attempt, "cached" if result.cached else "ok", "quotes_failed" if result.brief.quotes_failed else "")
    return result.brief, None


def _count_brief(attempt: _Attempt, outcome: str, reason: str = "") -> None:
    """Record the attempt's outcome in the operator metrics (never raises)."""
    if attempt.runtime.metrics is not None:
        attempt.runtime.metrics.brief(outcome=outcome, reason=reason)


def _post_or_raise(attempt: _Attempt, what: str, post: Any) -> Any:
    """Run one Slack call; retryable failures propagate (RQ retries) unless this is the last attempt."""
    try:
        return post()
    except (SlackApiError, OSError) as exc:
        if _slack_retryable(exc) and not attempt.final:
            log.warning("%s failed (%s); will retry", what, exc)
            raise
        log.error("%s failed for good (%s); giving up", what, exc)
        return None


def _fail_job(reason: str) -> NoReturn:
    """End this job as failed in RQ, with ``reason``, and without another attempt (which could post twice)."""
    job = get_current_job()
    if job is not None:
        job.retries_left = 0
    raise DeliveryFailed(reason)


def _failed_when_given_up(job: Callable[..., str]) -> Callable[..., str]:
    """A job whose result says it gave up (a Slack call failed for good) ends as failed in RQ, with that result."""

    @functools.wraps(job)
    def run(*args: Any, **kwargs: Any) -> str:
        result = job(*args, **kwargs)
        if "gave up" in result:
            _fail_job(f"{job.__name__} in {kwargs.get('channel', '?')}: {result}")
        return result

    return run


# --------------------------------------------------------------------------- jobs


def _begin(runtime: Runtime, *, channel: str, message_ts: str) -> _Attempt | None:
    """This attempt, with the hourglass on the message; None (hourglass cleared) when an earlier one replied."""
    attempt = _Attempt.current(runtime)
    if attempt.get("replied"):
        _react(runtime, channel=channel, ts=message_ts, add=False)
        return None
    _react(runtime, channel=channel, ts=message_ts, add=True)
    return attempt


def _ref(url: str, *, summary_sentences: int | None, thread_ts: str | None = None) -> BriefRef:
    return BriefRef(url=url, version=PIPELINE_VERSION, summary_sentences=summary_sentences, thread_ts=thread_ts)


def _permalink(runtime: Runtime, *, channel: str, ts: str) -> str | None:
    """A link to a message (``chat.getPermalink``); None when Slack cannot give one (the reply says so in words)."""
    try:
        return str(runtime.slack.chat_getPermalink(channel=channel, message_ts=ts).get("permalink") or "") or None
    except (SlackApiError, OSError) as exc:
        log.warning("no permalink for %s/%s: %s", channel, ts, exc)
        return None


def _post_in_thread(attempt: _Attempt, message: dict[str, Any], *, channel: str, thread_ts: str) -> Any:
    return _post_or_raise(
        attempt,
        f"reply to {channel}/{thread_ts}",
        lambda: attempt.runtime.slack.chat_postMessage(
            channel=channel, thread_ts=thread_ts, unfurl_links=False, unfurl_media=False, **message
        ),
    )


def _reply_in_thread(
    attempt: _Attempt, url: str, *, channel: str, thread_ts: str, summary_sentences: int | None = None
) -> str:
    """Post the brief of ``url`` in the thread, or point to the brief this channel already has of it.

    Every brief posted is recorded per channel and canonical URL (reserved just before posting, so two jobs
    with the same link at once post one brief and one pointer); a repeat of the link in the same thread is
    left alone, the brief is right there.
    """
    briefed = attempt.runtime.briefed
    earlier = briefed.earlier(channel, url)
    if earlier is not None and earlier.thread_ts != thread_ts:
        return _point_to_earlier(attempt, url, channel=channel, thread_ts=thread_ts)
    if earlier is not None and not earlier.pending:
        return "already briefed in this thread"
    brief, problem = _make_brief(attempt, url, summary_sentences=summary_sentences)
    if brief is None:
        message = render_error(problem or GENERIC_FAILURE, url=url)
    else:
        if not briefed.reserve(channel, url, thread_ts=thread_ts):
            earlier = briefed.earlier(channel, url)
            if earlier is not None and earlier.thread_ts != thread_ts:
                return _point_to_earlier(attempt, url, channel=channel, thread_ts=thread_ts)
            # Reserved for this thread already: an earlier attempt of this job that did not get to post.
        message = render_brief(brief, ref=_ref(url, summary_sentences=summary_sentences, thread_ts=thread_ts))
    try:
        posted = _post_in_thread(attempt, message, channel=channel, thread_ts=thread_ts)
    except Exception:
        if brief is not None:
            briefed.release(channel, url, thread_ts=thread_ts)
        raise
    if brief is not None:
        if posted is None:
            briefed.release(channel, url, thread_ts=thread_ts)
        else:
            briefed.record(channel, url, ts=str(posted.get("ts") or ""), thread_ts=thread_ts)
    return "replied" if posted is not None else "gave up"


#: How long a pointer waits for a brief of the same link being posted at that moment by another job.
POINTER_WAIT_SECONDS = 15.0


def _point_to_earlier(attempt: _Attempt, url: str, *, channel: str, thread_ts: str) -> str:
    """The one-line reply that links to the channel's earlier brief of ``url`` (``chat.getPermalink``)."""
    earlier = attempt.runtime.briefed.wait_posted(channel, url, timeout=POINTER_WAIT_SECONDS)
    permalink = _permalink(attempt.runtime, channel=channel, ts=earlier.ts) if earlier and earlier.ts else None
    posted = _post_in_thread(attempt, render_repeat(permalink), channel=channel, thread_ts=thread_ts)
    return "pointed to the earlier brief" if posted is not None else "gave up"


def brief_message(
    url: str,
    *,
    channel: str,
    message_ts: str,
    thread_ts: str,
    user: str | None = None,
    summary_sentences: int | None = None,
) -> str:
    """Brief a link posted in a message and reply in the message's thread."""
    runtime = get_runtime()
    attempt = _begin(runtime, channel=channel, message_ts=message_ts)
    if attempt is None:
        return "already replied"
    result = _reply_in_thread(attempt, url, channel=channel, thread_ts=thread_ts, summary_sentences=summary_sentences)
    if result != "gave up":
        attempt.done("replied")
    _react(runtime, channel=channel, ts=message_ts, add=False)
    if result == "gave up":
        _fail_job(f"gave up replying to {channel}/{thread_ts}")
    return result


def _respond(attempt: _Attempt, response_url: str, message: dict[str, Any], *, response_type: str) -> bool:
    """Answer through a slash command's ``response_url`` (ephemeral to the requester, or in the channel)."""
    if not response_url:
        return False

    def send() -> Any:
        response = make_webhook_client(response_url).send(
            text=message["text"],
            blocks=message.get("blocks"),
            response_type=response_type,
            replace_original=False,
        )
        if response.status_code == 429 or response.status_code >= 500:
            raise OSError(f"response_url answered HTTP {response.status_code}")
        if response.status_code >= 400:
            log.error("response_url refused the message: HTTP %s %s", response.status_code, response.body)
            return None
        return response

    return _post_or_raise(attempt, "response_url post", send) is not None


def brief_command(url: str, *, channel: str, user: str, response_url: str, summary_sentences: int | None = None) -> str:
    """``/brief <url>``: announce in the channel as the bot, naming who asked, with the brief in its thread."""
    runtime = get_runtime()
    attempt = _Attempt.current(runtime)
    if attempt.get("replied"):
        return "already replied"
    brief, problem = _make_brief(attempt, url, summary_sentences=summary_sentences)
    if brief is None:
        sent = _respond(
            attempt, response_url, render_error(problem or GENERIC_FAILURE, url=url), response_type="ephemeral"
        )
        attempt.done("replied")
        if not sent:
            _fail_job(f"gave up telling {user} in {channel} why {url} could not be briefed")
        return "error sent"
    announced_ts = attempt.get("announced")
    if not announced_ts:
        try:
            response = runtime.slack.chat_postMessage(
                channel=channel, unfurl_links=False, unfurl_media=False, **render_command_announcement(brief, user=user)
            )
            announced_ts = str(response["ts"])
            attempt.done("announced", announced_ts)
        except (SlackApiError, OSError) as exc:
            if _slack_retryable(exc) and not attempt.final:
                log.warning("announcing /brief in %s failed (%s); will retry", channel, exc)
                raise
            # Not in the channel (or a DM): answer through the command's own response URL instead.
            log.info("cannot post in %s (%s); answering via response_url", channel, exc)
            message = render_brief(brief)
            announcement = render_command_announcement(brief, user=user)
            message = {"text": message["text"], "blocks": announcement["blocks"][:1] + message["blocks"][1:]}
            if not _respond(attempt, response_url, message, response_type="in_channel"):
                _fail_job(f"gave up answering /brief in {channel}: {exc}, and its response_url failed too")
            attempt.done("replied")
            return "answered via response_url"
    posted = _post_or_raise(
        attempt,
        f"/brief thread reply in {channel}/{announced_ts}",
        lambda: runtime.slack.chat_postMessage(
            channel=channel,
            thread_ts=announced_ts,
            unfurl_links=False,
            unfurl_media=False,
            **render_brief(brief, ref=_ref(url, summary_sentences=summary_sentences, thread_ts=announced_ts)),
        ),
    )
    if posted is None:
        _fail_job(f"gave up posting the /brief reply in {channel}/{announced_ts}")
    attempt.done("replied")
    return "replied"


def brief_thread_root(
    *, channel: str, message_ts: str, thread_ts: str, user: str, summary_sentences: int | None = None
) -> str:
    """A mention without a link: brief the links of the thread's first message, or explain how to use the bot."""
    runtime = get_runtime()
    attempt = _begin(runtime, channel=channel, message_ts=message_ts)
    if attempt is None:
        return "already replied"
    result = _brief_thread_root(
        runtime, attempt, channel=channel, thread_ts=thread_ts, user=user, summary_sentences=summary_sentences
    )
    _react(runtime, channel=channel, ts=message_ts, add=False)
    if "gave up" in result:
        _fail_job(f"gave up replying in {channel}/{thread_ts} ({result})")
    return result


def _brief_thread_root(
    runtime: Runtime,
    attempt: _Attempt,
    *,
    channel: str,
    thread_ts: str,
    user: str,
    summary_sentences: int | None = None,
) -> str:
    text = ""
    try:
        history = runtime.slack.conversations_replies(channel=channel, ts=thread_ts, limit=1, inclusive=True)
        messages = history.get("messages") or []
        if messages and not messages[0].get("bot_id"):
            text = str(messages[0].get("text") or "")
    except (SlackApiError, OSError) as exc:
        if _slack_retryable(exc) and not attempt.final:
            raise
        log.warning("could not read thread %s/%s (%s)", channel, thread_ts, exc)
    urls = extract_links(text, limit=runtime.settings.slack.max_links_per_message)
    if not urls:
        note = "I didn't find a link to brief here."
        posted = _post_or_raise(
            attempt,
            "usage reply",
            lambda: runtime.slack.chat_postEphemeral(
                channel=channel,
                user=user,
                thread_ts=thread_ts,
                **render_usage(note=note, reaction=runtime.settings.slack.reaction),
            ),
        )
        attempt.done("replied")
        return "usage sent" if posted is not None else "gave up on the usage reply"
    results = []
    for index, url in enumerate(urls):
        step = f"url{index}"
        if attempt.get(step):
            continue
        results.append(
            _reply_in_thread(attempt, url, channel=channel, thread_ts=thread_ts, summary_sentences=summary_sentences)
        )
        attempt.done(step)
    attempt.done("replied")
    return ", ".join(results)


# --------------------------------------------------------------------------- reactions, private briefs, buttons


def _claim_once(attempt: _Attempt, step: str, *parts: str) -> bool:
    """Claim ``parts`` for good (``SET NX``); an earlier attempt of this same job that claimed them still counts."""
    if attempt.get(step):
        return True
    if attempt.runtime.briefed.claim(*parts):
        attempt.done(step)
        return True
    return False


def _read_message(runtime: Runtime, attempt: _Attempt, *, channel: str, ts: str) -> dict[str, Any] | None:
    """The message at ``channel``/``ts``: from the channel's history, or from a thread when it is a reply."""
    try:
        history = runtime.slack.conversations_history(channel=channel, latest=ts, oldest=ts, inclusive=True, limit=1)
        for message in history.get("messages") or []:
            if message.get("ts") == ts:
                return message
        # A reply in a thread: ``conversations.replies`` with the reply's own ts returns its thread (parent first);
        # oldest = latest = ts keeps just that message (and the parent, which Slack always includes).
        replies = runtime.slack.conversations_replies(
            channel=channel, ts=ts, oldest=ts, latest=ts, inclusive=True, limit=2
        )
        for message in replies.get("messages") or []:
            if message.get("ts") == ts:
                return message
    except (SlackApiError, OSError) as exc:
        if _slack_retryable(exc) and not attempt.final:
            raise
        log.warning("could not read message %s/%s (%s)", channel, ts, exc)
    return None


@_failed_when_given_up
def brief_reaction(*, channel: str, message_ts: str, user: str, summary_sentences: int | None = None) -> str:
    """The brief reaction on a message: brief its links in its thread, once per message and link."""
    runtime = get_runtime()
    attempt = _Attempt.current(runtime)
    if attempt.get("replied"):
        return "already replied"
    message = _read_message(runtime, attempt, channel=channel, ts=message_ts)
    text = str(message.get("text") or "") if message and not message.get("bot_id") else ""
    urls = extract_links(text, limit=runtime.settings.slack.max_links_per_message)
    thread_ts = str((message or {}).get("thread_ts") or message_ts)
    results = []
    for index, url in enumerate(urls):
        step = f"url{index}"
        if attempt.get(step):
            continue
        if _claim_once(attempt, f"claim{index}", "reaction", channel, message_ts, canonicalize_url(url)):
            reply = _reply_in_thread(
                attempt, url, channel=channel, thread_ts=thread_ts, summary_sentences=summary_sentences
            )
            results.append(reply)
        else:
            results.append("already briefed for an earlier reaction")
        attempt.done(step)
    attempt.done("replied")
    return ", ".join(results) or "no links"


def _tell(attempt: _Attempt, message: dict[str, Any], *, channel: str, user: str, thread_ts: str | None) -> bool:
    """Show ``message`` to ``user`` only (``chat.postEphemeral``, in the thread when there is one)."""
    extra = {"thread_ts": thread_ts} if thread_ts else {}
    posted = _post_or_raise(
        attempt,
        f"ephemeral to {user} in {channel}",
        lambda: attempt.runtime.slack.chat_postEphemeral(channel=channel, user=user, **extra, **message),
    )
    return posted is not None


@_failed_when_given_up
def brief_private(
    url: str,
    *,
    channel: str,
    user: str,
    response_url: str = "",
    thread_ts: str | None = None,
    summary_sentences: int | None = None,
) -> str:
    """A brief only ``user`` sees, with "Share in channel".

    In the message's thread (``chat.postEphemeral``) for the shortcut, through the command's ``response_url`` for
    ``/brief me``; the shortcut's ``response_url`` is the fallback when the bot cannot post in the channel.
    """
    runtime = get_runtime()
    attempt = _Attempt.current(runtime)
    if attempt.get("replied"):
        return "already replied"
    brief, problem = _make_brief(attempt, url, summary_sentences=summary_sentences)
    if brief is None:
        message = render_error(problem or GENERIC_FAILURE, url=url)
    else:
        message = render_private_brief(brief, ref=_ref(url, summary_sentences=summary_sentences, thread_ts=thread_ts))
    if thread_ts or not response_url:
        sent = _tell(attempt, message, channel=channel, user=user, thread_ts=thread_ts)
        if not sent and response_url:  # e.g. the bot is not in the channel: the shortcut's response URL still works
            sent = _respond(attempt, response_url, message, response_type="ephemeral")
    else:
        sent = _respond(attempt, response_url, message, response_type="ephemeral")
    attempt.done("replied")
    return "sent privately" if sent else "gave up"


@_failed_when_given_up
def share_brief(
    url: str,
    *,
    channel: str,
    user: str,
    response_url: str = "",
    thread_ts: str | None = None,
    summary_sentences: int | None = None,
) -> str:
    """A click on "Share in channel": post a private brief for everyone (from the cache), in its thread or announced."""
    runtime = get_runtime()
    attempt = _Attempt.current(runtime)
    if attempt.get("replied"):
        return "already replied"
    # A second click on the same private brief (before its copy is replaced) must not share it twice.
    if not _claim_once(attempt, "claim", "share", channel, user, canonicalize_url(url), thread_ts or ""):
        return "already shared"
    brief, problem = _make_brief(attempt, url, summary_sentences=summary_sentences)
    if brief is None:
        _tell(attempt, render_error(problem or GENERIC_FAILURE, url=url), channel=channel, user=user, thread_ts=None)
        attempt.done("replied")
        return "error sent"
    target = thread_ts or attempt.get("announced")
    if not target:
        announced = _post_or_raise(
            attempt,
            f"share announcement in {channel}",
            lambda: runtime.slack.chat_postMessage(
                channel=channel,
                unfurl_links=False,
                unfurl_media=False,
                **render_command_announcement(brief, user=user, shared=True),
            ),
        )
        if announced is None:
            if response_url:
                note = render_error("I can't post in this channel. Invite me with `/invite @briefbot` and try again.")
                _respond(attempt, response_url, note, response_type="ephemeral")
            attempt.done("replied")
            return "gave up"
        target = str(announced["ts"])
        attempt.done("announced", target)
    message = render_brief(brief, ref=_ref(url, summary_sentences=summary_sentences, thread_ts=target))
    posted = _post_in_thread(attempt, message, channel=channel, thread_ts=target)
    if posted is not None:
        runtime.briefed.record(channel, url, ts=str(posted.get("ts") or ""), thread_ts=target)
        if response_url:  # replace the private copy, so it is not shared twice by accident
            done = {"text": ":white_check_mark: Shared in the channel."}
            try:
                make_webhook_client(response_url).send(text=done["text"], replace_original=True)
            except OSError as exc:
                log.info("could not replace the private brief: %s", exc)
    attempt.done("replied")
    return "shared" if posted is not None else "gave up"


@_failed_when_given_up
def post_all_quotes(
    url: str, *, channel: str, brief_ts: str, thread_ts: str, summary_sentences: int | None = None
) -> str:
    """A click on "All quotes": post the quotes the brief did not show in its thread, once however many clicks."""
    runtime = get_runtime()
    attempt = _Attempt.current(runtime)
    if attempt.get("replied"):
        return "already replied"
    if not _claim_once(attempt, "claim", "all-quotes", channel, brief_ts):
        return "already posted"
    brief, problem = _make_brief(attempt, url, summary_sentences=summary_sentences)
    message = render_more_quotes(brief) if brief is not None else render_error(problem or GENERIC_FAILURE, url=url)
    posted = _post_in_thread(attempt, message, channel=channel, thread_ts=thread_ts)
    attempt.done("replied")
    return "posted" if posted is not None else "gave up"


def notify(*, channel: str, user: str = "", ephemeral: str = "", note: str = "", thread_ts: str | None = None) -> str:
    """Small messages for the web process: ``ephemeral`` to ``user`` only, ``note`` as one line in the channel."""
    runtime = get_runtime()
    attempt = _Attempt.current(runtime)
    if ephemeral and user and not attempt.get("ephemeral"):
        _tell(attempt, {"text": ephemeral}, channel=channel, user=user, thread_ts=thread_ts)
        attempt.done("ephemeral")
    if note and not attempt.get("note"):
        _post_or_raise(
            attempt,
            f"note in {channel}",
            lambda: runtime.slack.chat_postMessage(channel=channel, text=note, unfurl_links=False),
        )
        attempt.done("note")
    return "notified"
