"""Configuration: frozen value objects with named defaults, built from the environment in one place.

``Settings.from_env()`` is the only code that reads ``os.environ``; everything
else receives the piece of configuration it needs as an argument.  A malformed
value raises ``ConfigError`` naming the variable, so start-up fails loudly
instead of running with a half-understood setting.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import TypeVar
from urllib.parse import urlsplit

from bot.errors import ConfigError

__all__ = [
    "AnalysisConfig",
    "CacheConfig",
    "FetchConfig",
    "QueueConfig",
    "Settings",
    "SlackConfig",
    "SummaryConfig",
]

VERSION = "0.1.0"
DEFAULT_USER_AGENT = f"briefbot/{VERSION} (Slack bot that summarises shared article links; python-httpx)"
DEFAULT_REDIS_URL = "redis://127.0.0.1:6379/0"
DEFAULT_SLACK_API_URL = "https://slack.com/api/"
DEFAULT_ABSTRACTIVE_MODEL = "sshleifer/distilbart-cnn-12-6"

SECONDS_PER_DAY = 86_400


@dataclass(frozen=True, kw_only=True)
class FetchConfig:
    """Limits for fetching a page from the open web."""

    connect_timeout: float = 5.0
    read_timeout: float = 15.0
    #: Wall-clock cap on the whole download, so a slow-drip server cannot hold a worker.
    total_timeout: float = 30.0
    max_bytes: int = 5_000_000
    max_redirects: int = 5
    #: Allow loopback/private/link-local targets (tests and local use only).
    allow_private_hosts: bool = False
    user_agent: str = DEFAULT_USER_AGENT


@dataclass(frozen=True, kw_only=True)
class CacheConfig:
    """Where and how long briefs (and failures) are cached."""

    redis_url: str = DEFAULT_REDIS_URL
    key_prefix: str = "briefbot:"
    ttl_seconds: int = 7 * SECONDS_PER_DAY
    #: Final failures (404, not an article, paywall): a re-paste within this time gets the same answer at once.
    failure_ttl_seconds: int = 600
    #: Failures that may pass (timeouts, refused connections, 5xx, 429): cached briefly, 0 = not at all.
    retryable_failure_ttl_seconds: int = 60
    #: How long one process may hold the single-flight lock for a URL.
    lock_timeout_seconds: float = 120.0
    #: How long a second request waits for the first one's result before doing the work itself.
    lock_wait_seconds: float = 120.0


@dataclass(frozen=True, kw_only=True)
class SummaryConfig:
    """Which summariser to run."""

    #: "extractive" (offline, MiniLM sentence embeddings) or "abstractive" (any seq2seq checkpoint).
    backend: str = "extractive"
    #: Local path or hub name of the sentence-embedding model; empty means the packaged all-MiniLM-L6-v2.
    embedding_model: str = ""
    abstractive_model: str = DEFAULT_ABSTRACTIVE_MODEL
    #: Sentences in an extractive summary (3-5 is what readers want in Slack; 3 scores best on CNN/DM).
    sentences: int = 3
    max_summary_tokens: int = 142


@dataclass(frozen=True, kw_only=True)
class AnalysisConfig:
    """Bounds on what one brief may cost (see bot/limits.py)."""

    #: Words of the article analysed (parse, summary, quotes); the rest is left out and the brief says so.
    #: Chosen by measurement (scripts/bench_cost.py): a capped article briefs well within the budget.
    max_words: int = 10_000
    #: Seconds the analysis of one page (extract, parse, summary, quotes; not the fetch) may take before the
    #: brief ends with a final "too long or complex" error.  Must stay below the job timeout.
    time_budget_seconds: float = 30.0


@dataclass(frozen=True, kw_only=True)
class QueueConfig:
    """The RQ job queue shared by the web process and the workers."""

    name: str = "briefs"
    job_timeout_seconds: int = 180
    retries: int = 3
    #: Seconds between retries (back-off); one per retry.
    retry_intervals: tuple[int, ...] = (5, 20, 60)
    #: How long an event_id is remembered for de-duplication.
    event_dedup_seconds: int = SECONDS_PER_DAY


@dataclass(frozen=True, kw_only=True)
class SlackConfig:
    """Slack credentials and behaviour; validated only by the processes that talk to Slack."""

    bot_token: str = ""
    signing_secret: str = ""
    app_token: str = ""
    api_url: str = DEFAULT_SLACK_API_URL
    port: int = 3000
    max_links_per_message: int = 3
    #: User ids allowed to change channel settings; empty means everyone.
    settings_users: tuple[str, ...] = ()
    #: Reaction name (without colons) that asks for a brief of a message's links.
    reaction: str = "newspaper"

    @property
    def socket_mode(self) -> bool:
        return bool(self.app_token)

    def validate(self) -> None:
        """Raise ``ConfigError`` naming the first missing or malformed Slack setting."""
        if not self.bot_token:
            raise ConfigError("SLACK_BOT_TOKEN is not set (it starts with xoxb-)")
        if not self.bot_token.startswith("xoxb-"):
            raise ConfigError("SLACK_BOT_TOKEN is malformed: a bot token starts with xoxb-")
        if self.socket_mode:
            if not self.app_token.startswith("xapp-"):
                raise ConfigError("SLACK_APP_TOKEN is malformed: an app-level token starts with xapp-")
        elif not self.signing_secret:
            raise ConfigError("SLACK_SIGNING_SECRET is not set (needed for HTTP mode; or set SLACK_APP_TOKEN)")
        if not self.api_url.startswith(("http://", "https://")):
            raise ConfigError("SLACK_API_URL is malformed: it must be an http(s) URL")


@dataclass(frozen=True, kw_only=True)
class Settings:
    """All of briefbot's configuration."""

    fetch: FetchConfig = field(default_factory=FetchConfig)
    cache: CacheConfig = field(default_factory=CacheConfig)
    summary: SummaryConfig = field(default_factory=SummaryConfig)
    queue: QueueConfig = field(default_factory=QueueConfig)
    analysis: AnalysisConfig = field(default_factory=AnalysisConfig)
    slack: SlackConfig = field(default_factory=SlackConfig)
    log_level: str = "INFO"

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> Settings:
        """Build settings from environment variables (see the README's configuration table)."""
        env = _Env(os.environ if environ is None else environ)
        api_url = env.str("SLACK_API_URL", DEFAULT_SLACK_API_URL)
        if not api_url.endswith("/"):
            api_url += "/"
        backend = env.str("BRIEF_SUMMARY_BACKEND", "extractive").lower()
        if backend not in ("extractive", "abstractive"):
            raise ConfigError("BRIEF_SUMMARY_BACKEND is malformed: use 'extractive' or 'abstractive'")
        queue = QueueConfig(
            name=env.str("BRIEF_QUEUE", "briefs"),
            job_timeout_seconds=env.number("BRIEF_JOB_TIMEOUT", 180, int, minimum=5),
            retries=env.number("BRIEF_JOB_RETRIES", 3, int, minimum=0),
        )
        return cls(
            fetch=FetchConfig(
                connect_timeout=env.number("BRIEF_CONNECT_TIMEOUT", 5.0, float, minimum=0.1),
                read_timeout=env.number("BRIEF_READ_TIMEOUT", 15.0, float, minimum=0.1),
                total_timeout=env.number("BRIEF_TOTAL_TIMEOUT", 30.0, float, minimum=0.1),
                max_bytes=env.number("BRIEF_MAX_BYTES", 5_000_000, int, minimum=1024),
                max_redirects=env.number("BRIEF_MAX_REDIRECTS", 5, int, minimum=0),
                allow_private_hosts=env.flag("BRIEF_ALLOW_PRIVATE_HOSTS", False),
                user_agent=env.str("BRIEF_USER_AGENT", DEFAULT_USER_AGENT),
            ),
            cache=CacheConfig(
                redis_url=_redis_url(env.str("REDIS_URL", DEFAULT_REDIS_URL)),
                key_prefix=env.str("BRIEF_CACHE_PREFIX", "briefbot:"),
                ttl_seconds=env.number("BRIEF_CACHE_TTL", 7 * SECONDS_PER_DAY, int, minimum=1),
                failure_ttl_seconds=env.number("BRIEF_FAILURE_TTL", 600, int, minimum=1),
                retryable_failure_ttl_seconds=env.number("BRIEF_RETRYABLE_FAILURE_TTL", 60, int, minimum=0, maximum=60),
                lock_timeout_seconds=env.number("BRIEF_LOCK_TIMEOUT", 120.0, float, minimum=1),
                lock_wait_seconds=env.number("BRIEF_LOCK_WAIT", 120.0, float, minimum=0),
            ),
            summary=SummaryConfig(
                backend=backend,
                embedding_model=env.str("BRIEF_EMBEDDING_MODEL", ""),
                abstractive_model=env.str("BRIEF_SUMMARY_MODEL", DEFAULT_ABSTRACTIVE_MODEL),
                sentences=env.number("BRIEF_SUMMARY_SENTENCES", 3, int, minimum=1, maximum=10),
                max_summary_tokens=env.number("BRIEF_SUMMARY_MAX_TOKENS", 142, int, minimum=8),
            ),
            queue=queue,
            analysis=_analysis_config(env, job_timeout=queue.job_timeout_seconds),
            slack=SlackConfig(
                bot_token=env.str("SLACK_BOT_TOKEN", ""),
                signing_secret=env.str("SLACK_SIGNING_SECRET", ""),
                app_token=env.str("SLACK_APP_TOKEN", ""),
                api_url=api_url,
                port=env.number("PORT", 3000, int, minimum=1, maximum=65535),
                max_links_per_message=env.number("BRIEF_MAX_LINKS", 3, int, minimum=1, maximum=20),
                settings_users=env.list("BRIEF_SETTINGS_USERS"),
                reaction=env.str("BRIEF_REACTION", "newspaper").strip(":"),
            ),
            log_level=env.str("LOG_LEVEL", "INFO").upper(),
        )


def _analysis_config(env: _Env, *, job_timeout: int) -> AnalysisConfig:
    """The word cap and time budget; the budget must end a brief before the job timeout does."""
    default_budget = min(AnalysisConfig.time_budget_seconds, job_timeout / 2)
    budget = env.number("BRIEF_TIME_BUDGET", default_budget, float, minimum=1)
    if budget >= job_timeout:
        raise ConfigError(
            f"BRIEF_TIME_BUDGET is malformed: it must be below BRIEF_JOB_TIMEOUT ({job_timeout} s), got {budget:g}"
        )
    return AnalysisConfig(
        max_words=env.number("BRIEF_MAX_WORDS", AnalysisConfig.max_words, int, minimum=100),
        time_budget_seconds=budget,
    )


_N = TypeVar("_N", int, float)

REDIS_URL_SCHEMES = ("redis", "rediss", "unix")


def _redis_url(url: str) -> str:
    """``REDIS_URL`` as redis-py will read it, or a ``ConfigError`` naming the variable (not a traceback later)."""
    parts = urlsplit(url)
    # The message never repeats a password: only what follows the last "@" is shown.
    shown = repr(url.rpartition("@")[2] if "@" in url else url)
    if parts.scheme not in REDIS_URL_SCHEMES:
        raise ConfigError(
            f"REDIS_URL is malformed: expected redis://host:port/db, rediss://... or unix:///path ({shown})"
        )
    try:
        parts.port  # noqa: B018 - raises ValueError on a non-numeric or out-of-range port
    except ValueError:
        raise ConfigError(f"REDIS_URL is malformed: bad port ({shown})") from None
    if parts.scheme == "unix" and not parts.path:
        raise ConfigError(f"REDIS_URL is malformed: a unix:// URL needs a socket path ({shown})")
    return url


class _Env:
    """Typed reads of environment variables; errors name the variable."""

    def __init__(self, environ: Mapping[str, str]) -> None:
        self._environ = environ

    def str(self, name: str, default: str) -> str:
        value = self._environ.get(name, "").strip()
        return value or default

    def list(self, name: str) -> tuple[str, ...]:
        """A comma-separated list (spaces allowed), without empty items."""
        return tuple(item.strip() for item in self._environ.get(name, "").split(",") if item.strip())

    def flag(self, name: str, default: bool) -> bool:
        raw = self._environ.get(name, "").strip().lower()
        if not raw:
            return default
        if raw in ("1", "true", "yes", "on"):
            return True
        if raw in ("0", "false", "no", "off"):
            return False
        raise ConfigError(f"{name} is malformed: use 1/0, true/false, yes/no or on/off (got {raw!r})")

    def number(
        self,
        name: str,
        default: _N,
        kind: Callable[[str], _N],
        *,
        minimum: float | None = None,
        maximum: float | None = None,
    ) -> _N:
        raw = self._environ.get(name, "").strip()
        if not raw:
            return default
        try:
            value = kind(raw)
        except ValueError:
            raise ConfigError(f"{name} is malformed: expected a number, got {raw!r}") from None
        if minimum is not None and value < minimum:
            raise ConfigError(f"{name} is malformed: must be at least {minimum}, got {raw!r}")
        if maximum is not None and value > maximum:
            raise ConfigError(f"{name} is malformed: must be at most {maximum}, got {raw!r}")
        return value
