"""The Slack Web API client both processes use: pointed at ``SLACK_API_URL``, retrying what Slack asks us to.

``RateLimitErrorRetryHandler`` sleeps for the ``Retry-After`` Slack sends with a
429 and tries again; ``ServerErrorRetryHandler`` retries 5xx answers; and
``ConnectionErrorRetryHandler`` retries a dropped connection.  What still fails
after that surfaces as ``SlackApiError`` (or ``OSError``) for the job to retry
later or report.
"""

from __future__ import annotations

from slack_sdk import WebClient
from slack_sdk.http_retry.builtin_handlers import (
    ConnectionErrorRetryHandler,
    RateLimitErrorRetryHandler,
    ServerErrorRetryHandler,
)
from slack_sdk.webhook import WebhookClient

from bot.config import SlackConfig

__all__ = ["make_web_client", "make_webhook_client", "retry_handlers"]

#: Seconds a single Web API call may take before it counts as a connection failure.
API_TIMEOUT_SECONDS = 15


def retry_handlers() -> list:
    return [
        ConnectionErrorRetryHandler(max_retry_count=2),
        RateLimitErrorRetryHandler(max_retry_count=3),
        ServerErrorRetryHandler(max_retry_count=2),
    ]


def make_web_client(config: SlackConfig) -> WebClient:
    return WebClient(
        token=config.bot_token or None,
        base_url=config.api_url,
        timeout=API_TIMEOUT_SECONDS,
        retry_handlers=retry_handlers(),
    )


def make_webhook_client(url: str) -> WebhookClient:
    """A client for one ``response_url`` (slash commands), with the same retry policy."""
    return WebhookClient(url, timeout=API_TIMEOUT_SECONDS, retry_handlers=retry_handlers())
