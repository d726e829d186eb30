"""The Slack-facing process: a Bolt app whose listeners acknowledge, de-duplicate and enqueue — nothing heavier.

Two ways to run the same app:

- HTTP (Events API and slash commands at ``/slack/events``), served by
  gunicorn: ``gunicorn 'bot.app:create_wsgi_app()'``;
- Socket Mode when ``SLACK_APP_TOKEN`` is set: ``python -m bot.app``.

This module (and everything it imports) must never import the pipeline or its
models (torch, transformers, spaCy): the web process stays small and starts in
a second, and the workers do the heavy lifting.  ``tests/test_app_imports.py``
checks that.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable, Iterable
from typing import Any

import redis
from redis.backoff import NoBackoff
from redis.retry import Retry
from slack_bolt import App, BoltResponse
from slack_bolt.adapter.wsgi import SlackRequestHandler

from bot.channel_settings import ChannelSettingsStore
from bot.config import Settings
from bot.errors import ConfigError
from bot.feedback import FeedbackStore
from bot.metrics import MetricsRecorder, make_registry, slack_request_counter
from bot.queue import BriefQueue
from bot.redis_health import report_durability_of
from bot.slack_client import make_web_client
from bot.web_guard import SlackRequestGuard
from handlers import commands, events, interactions, mentions, messages, private, reactions, replays
from handlers import settings as settings_surface
from handlers.dedup import EventDedup
from handlers.deps import HandlerDeps

__all__ = ["build_app", "create_wsgi_app", "main"]

log = logging.getLogger(__name__)

EVENTS_PATH = "/slack/events"
HEALTH_PATH = "/healthz"
METRICS_PATH = "/metrics"

#: Listener modules in registration order; the catch-all ``events`` must stay last (Bolt runs the first match).
#: ``settings_surface`` and ``private`` take their ``/brief`` sub-commands before ``commands`` sees the rest.
#: ``replays`` is a global middleware (it runs before every listener, whatever its place here).
SURFACES = (replays, messages, mentions, reactions, settings_surface, private, interactions, commands, events)

#: Redis timeouts of the web process: a frozen or unreachable Redis must give a fast 503 (and Slack's retry),
#: never an acknowledgement later than Slack's 3 s.  No retries: one try, then 503.
WEB_REDIS_TIMEOUT_SECONDS = 0.8


def configure_logging(level: str) -> None:
    logging.basicConfig(
        level=getattr(logging, level, logging.INFO),
        format="%(asctime)s %(levelname)s %(process)d %(name)s: %(message)s",
    )


def web_redis(redis_url: str) -> redis.Redis:
    """A Redis client that gives up fast: short socket timeouts and no retries."""
    return redis.Redis.from_url(
        redis_url,
        socket_timeout=WEB_REDIS_TIMEOUT_SECONDS,
        socket_connect_timeout=WEB_REDIS_TIMEOUT_SECONDS,
        retry=Retry(NoBackoff(), 0),
    )


def build_deps(settings: Settings) -> HandlerDeps:
    connection = web_redis(settings.cache.redis_url)
    return HandlerDeps(
        queue=BriefQueue.for_connection(connection=connection, config=settings.queue),
        dedup=EventDedup(
            client=connection,
            key_prefix=settings.cache.key_prefix,
            ttl_seconds=settings.queue.event_dedup_seconds,
        ),
        max_links=settings.slack.max_links_per_message,
        channel_settings=ChannelSettingsStore(client=connection, key_prefix=settings.cache.key_prefix),
        feedback=FeedbackStore(client=connection, key_prefix=settings.cache.key_prefix),
        settings_users=settings.slack.settings_users,
        reaction=settings.slack.reaction,
    )


def build_app(settings: Settings, *, deps: HandlerDeps | None = None) -> App:
    """The Bolt app with every surface registered; ``settings.slack`` must be valid."""
    settings.slack.validate()
    app = App(
        signing_secret=settings.slack.signing_secret or None,
        client=make_web_client(settings.slack),
        # Listeners only enqueue (a millisecond of Redis), so the HTTP answer can wait for them: then a failure
        # to enqueue answers 500 and Slack retries, instead of being acknowledged and lost.
        process_before_response=True,
    )
    deps = deps or build_deps(settings)
    # Runs after Bolt has verified the request's signature: only genuine Slack requests are counted.
    app.use(slack_request_counter(MetricsRecorder.from_config(settings.cache)))
    for surface in SURFACES:
        surface.register(app, deps)

    @app.error
    def on_error(error: Exception, body: dict[str, Any], context: dict[str, Any], response: BoltResponse) -> None:
        kind = body.get("type") or body.get("command") or "request"
        event_id = body.get("event_id") or ""
        replays.release_claim(deps, context)
        if isinstance(error, redis.RedisError):
            # Nothing was queued; 503 tells Slack to retry, and says why to whoever reads the access log.
            log.warning("Redis unavailable while handling %s %s (%s); answering 503", kind, event_id, error)
            response.status = 503
            response.body = ""
            return
        log.error("listener failed on %s %s: %s", kind, event_id, error, exc_info=error)

    return app


def _settings_or_exit() -> Settings:
    try:
        settings = Settings.from_env()
        settings.slack.validate()
    except ConfigError as exc:
        raise SystemExit(f"briefbot: configuration error: {exc}") from None
    configure_logging(settings.log_level)
    report_durability_of(settings.cache.redis_url, logger=log)  # warns when Redis could lose queued requests
    return settings


def create_wsgi_app() -> Callable[[dict[str, Any], Callable[..., Any]], Iterable[bytes]]:
    """WSGI entry point for gunicorn: ``gunicorn 'bot.app:create_wsgi_app()'``."""
    settings = _settings_or_exit()
    handler = SlackRequestGuard(
        SlackRequestHandler(build_app(settings), path=EVENTS_PATH),
        signing_secret=settings.slack.signing_secret,
        path=EVENTS_PATH,
    )
    metrics = _metrics_wsgi_app(settings)

    def wsgi(environ: dict[str, Any], start_response: Callable[..., Any]) -> Iterable[bytes]:
        if environ.get("PATH_INFO") == HEALTH_PATH and environ.get("REQUEST_METHOD") in ("GET", "HEAD"):
            start_response("200 OK", [("Content-Type", "text/plain; charset=utf-8"), ("Content-Length", "3")])
            return [b"ok\n"]
        if environ.get("PATH_INFO") == METRICS_PATH and environ.get("REQUEST_METHOD") in ("GET", "HEAD"):
            return metrics(environ, start_response)
        return handler(environ, start_response)

    return wsgi


def _metrics_wsgi_app(settings: Settings) -> Callable[[dict[str, Any], Callable[..., Any]], Iterable[bytes]]:
    """``GET /metrics``: the whole deployment's metrics (web and workers), read from Redis on each scrape."""
    from prometheus_client import make_wsgi_app

    return make_wsgi_app(registry=make_registry(settings))


def main() -> None:
    """Socket Mode: ``python -m bot.app`` with ``SLACK_APP_TOKEN`` set (no public URL needed)."""
    settings = _settings_or_exit()
    if not settings.slack.socket_mode:
        raise SystemExit(
            "briefbot: SLACK_APP_TOKEN is not set; set it for Socket Mode, "
            "or serve HTTP with: gunicorn 'bot.app:create_wsgi_app()'"
        )
    from slack_bolt.adapter.socket_mode import SocketModeHandler
    from slack_sdk import WebClient

    app = build_app(settings)
    web_client = WebClient(base_url=settings.slack.api_url)
    log.info("briefbot: connecting to Slack in Socket Mode")
    SocketModeHandler(app, settings.slack.app_token, web_client=web_client).start()


if __name__ == "__main__":
    sys.exit(main())
