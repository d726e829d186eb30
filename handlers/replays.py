"""Replayed slash commands and interactive payloads are acknowledged and ignored.

Events are de-duplicated by ``event_id`` in their listeners (``handlers.messages``);
everything else Slack sends (``/brief``, button clicks, shortcuts) has no such id,
so this global middleware claims the signed request itself
(``handlers.dedup.signed_request_id``) before any listener runs.  The first delivery
goes on, with the id in ``context["request_id"]`` (the command's job id is built
from it); a repeat gets an empty 200.  When a listener then fails, the app's error
handler calls ``release_claim`` so that a retry of the same request can succeed.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

import redis
from slack_bolt import App, BoltRequest, BoltResponse

from handlers.dedup import signed_request_id
from handlers.deps import HandlerDeps

__all__ = ["register", "release_claim"]

log = logging.getLogger(__name__)

#: Requests de-duplicated elsewhere (events, by event_id) or harmless to repeat (Slack's URL and SSL checks).
NOT_CLAIMED_TYPES = frozenset({"event_callback", "url_verification", "app_rate_limited"})
CLAIM_KEY = "request_claim"


def _first_header(request: BoltRequest, name: str) -> str:
    values = request.headers.get(name) or [""]
    return str(values[0] if isinstance(values, list | tuple) else values)


def _needs_claim(body: dict[str, Any]) -> bool:
    if body.get("ssl_check"):
        return False
    return body.get("type") not in NOT_CLAIMED_TYPES


def release_claim(deps: HandlerDeps, context: dict[str, Any]) -> None:
    """Forget this request's claim (its work failed), so that a retry of it is not taken for a replay."""
    request_id = context.get(CLAIM_KEY)
    if not request_id:
        return
    try:
        deps.dedup.release(request_id)
    except redis.RedisError as exc:
        log.warning("could not release the claim on %s (%s)", request_id, exc)


def register(app: App, deps: HandlerDeps) -> None:
    @app.middleware
    def ignore_replayed_requests(
        request: BoltRequest, body: dict[str, Any], next: Callable[[], None]
    ) -> BoltResponse | None:
        if not _needs_claim(body):
            return next()
        request_id = signed_request_id(
            timestamp=_first_header(request, "x-slack-request-timestamp"), body=request.raw_body
        )
        try:
            first = deps.dedup.claim(request_id)
        except redis.RedisError as exc:
            log.warning("Redis unavailable while checking %s for a replay (%s); answering 503", request_id, exc)
            return BoltResponse(status=503, body="")
        if not first:
            log.info(
                "request %s (%s) already handled; ignoring the replay",
                request_id,
                body.get("command") or body.get("type"),
            )
            return BoltResponse(status=200, body="")
        request.context["request_id"] = request_id
        request.context[CLAIM_KEY] = request_id
        return next()
