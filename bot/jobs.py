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
  resumes where the previous attempt stopped.
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import redis
from rq import get_current_job
from slack_sdk.errors import SlackApiError

from bot.brief import Brief
from bot.config import Settings
from bot.errors import BriefError
from bot.metrics import MetricsRecorder
from bot.slack_client import make_web_client, make_webhook_client
from handlers.links import extract_links
from handlers.render import render_brief, render_command_announcement, render_error, render_usage

if TYPE_CHECKING:
    from slack_sdk import WebClient

    from bot.pipeline import Pipeline

__all__ = ["Runtime", "brief_command", "brief_message", "brief_thread_root", "get_runtime", "init_runtime"]

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
        redis=redis.Redis.from_url(settings.cache.redis_url, socket_timeout=10, socket_connect_timeout=5),
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


def _make_brief(attempt: _Attempt, url: str) -> tuple[Brief | None, str | None]:
    """The brief, or the message to show instead; raises when RQ should try again later."""
    try:
        result = attempt.runtime.pipeline.brief_url_result(url, cache_failure=attempt.final)
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
    _count_brief(attempt, "cached" if result.cached else "ok")
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


# --------------------------------------------------------------------------- jobs


def _begin(runtime: Runtime, *, channel: str, message_ts: str) -> _Attempt | None:
    """This attempt, with the hourglass on the message; None (hourglass cleared) when an earlier one replied."""
    attempt = _Attempt.current(runtime)
    if attempt.get("replied"):
        _react(runtime, channel=channel, ts=message_ts, add=False)
        return None
    _react(runtime, channel=channel, ts=message_ts, add=True)
    return attempt


def _brief_reply(attempt: _Attempt, url: str) -> dict[str, Any]:
    """The brief of ``url`` as a Slack message, or the friendly error when it could not be made."""
    brief, problem = _make_brief(attempt, url)
    return render_brief(brief) if brief is not None else render_error(problem or GENERIC_FAILURE, url=url)


def brief_message(url: str, *, channel: str, message_ts: str, thread_ts: str, user: str | None = None) -> str:
    """Brief a link posted in a message and reply in the message's thread."""
    runtime = get_runtime()
    attempt = _begin(runtime, channel=channel, message_ts=message_ts)
    if attempt is None:
        return "already replied"
    message = _brief_reply(attempt, url)
    posted = _post_or_raise(
        attempt,
        f"reply to {channel}/{thread_ts}",
        lambda: runtime.slack.chat_postMessage(
            channel=channel, thread_ts=thread_ts, unfurl_links=False, unfurl_media=False, **message
        ),
    )
    if posted is not None:
        attempt.done("replied", str(posted.get("ts") or "1"))
    _react(runtime, channel=channel, ts=message_ts, add=False)
    return "replied" if posted is not None else "gave up"


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


def brief_command(url: str, *, channel: str, user: str, response_url: str) -> str:
    """``/brief <url>``: announce in the channel as the bot, naming who asked, with the brief in its thread."""
    runtime = get_runtime()
    attempt = _Attempt.current(runtime)
    if attempt.get("replied"):
        return "already replied"
    brief, problem = _make_brief(attempt, url)
    if brief is None:
        _respond(attempt, response_url, render_error(problem or GENERIC_FAILURE, url=url), response_type="ephemeral")
        attempt.done("replied")
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
            if _respond(attempt, response_url, message, response_type="in_channel"):
                attempt.done("replied")
            return "answered via response_url"
    posted = _post_or_raise(
        attempt,
        f"/brief thread reply in {channel}/{announced_ts}",
        lambda: runtime.slack.chat_postMessage(
            channel=channel, thread_ts=announced_ts, unfurl_links=False, unfurl_media=False, **render_brief(brief)
        ),
    )
    if posted is not None:
        attempt.done("replied")
    return "replied" if posted is not None else "gave up"


def brief_thread_root(*, channel: str, message_ts: str, thread_ts: str, user: str) -> str:
    """A mention without a link: brief the links of the thread's first message, or explain how to use the bot."""
    runtime = get_runtime()
    attempt = _begin(runtime, channel=channel, message_ts=message_ts)
    if attempt is None:
        return "already replied"
    result = _brief_thread_root(runtime, attempt, channel=channel, thread_ts=thread_ts, user=user)
    _react(runtime, channel=channel, ts=message_ts, add=False)
    return result


def _brief_thread_root(runtime: Runtime, attempt: _Attempt, *, channel: str, thread_ts: str, user: str) -> str:
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
        _post_or_raise(
            attempt,
            "usage reply",
            lambda: runtime.slack.chat_postEphemeral(
                channel=channel, user=user, thread_ts=thread_ts, **render_usage(note=note)
            ),
        )
        attempt.done("replied")
        return "usage sent"
    results = []
    for index, url in enumerate(urls):
        step = f"url{index}"
        if attempt.get(step):
            continue
        message = _brief_reply(attempt, url)
        posted = _post_or_raise(
            attempt,
            f"reply to {channel}/{thread_ts}",
            lambda message=message: runtime.slack.chat_postMessage(
                channel=channel, thread_ts=thread_ts, unfurl_links=False, unfurl_media=False, **message
            ),
        )
        attempt.done(step)
        results.append("replied" if posted is not None else "gave up")
    attempt.done("replied")
    return ", ".join(results)
