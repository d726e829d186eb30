"""The web process's front door: size limit, Slack signature and request shape, checked before Bolt parses anything.

Slack's own payloads are a few KB, so anything over ``max_body_bytes`` is
refused with 413 from its ``Content-Length`` before a byte of it is read (and a
body without a length is read only up to the limit).  Then, before any
parsing, the v0 signature is verified: a missing or non-numeric
``X-Slack-Request-Timestamp`` is a 400, a stale timestamp or a wrong signature a
401.  Only a correctly signed body is parsed, and one that is not what Slack
sends (``null``, a ``payload=`` that is not JSON, a message event without
``channel``/``ts``, a command without a channel) is a 400: garbage never reaches
the listeners, so it can never become a 500 with a traceback.  Every refusal
is one WARNING line.  Bolt's own signature check stays in place as a second
line.

Refusals close the connection (``Connection: close``), so the server does not
read the rest of a refused body to keep the connection alive.
"""

from __future__ import annotations

import hashlib
import hmac
import io
import json
import logging
import time
from collections.abc import Callable, Iterable
from typing import Any
from urllib.parse import parse_qs

__all__ = ["MAX_BODY_BYTES", "Refused", "SlackRequestGuard", "check_payload"]

log = logging.getLogger(__name__)

#: Slack's largest payloads (a modal's view state) are tens of KB; 1 MB leaves ample room.
MAX_BODY_BYTES = 1_000_000
#: Slack's rule: a request whose timestamp is more than five minutes off is a replay.
MAX_CLOCK_SKEW_SECONDS = 300
READ_CHUNK_BYTES = 64 * 1024
#: Events whose listeners need ``channel`` and ``ts`` (Slack always sends both for these).
EVENTS_WITH_CHANNEL_AND_TS = frozenset({"message", "app_mention"})
COMMAND_FIELDS = ("command", "channel_id", "user_id")

WSGIApp = Callable[[dict[str, Any], Callable[..., Any]], Iterable[bytes]]


class Refused(Exception):
    """A request the guard answers itself: the HTTP status and a reason for the log (and the body)."""

    def __init__(self, status: int, reason: str) -> None:
        super().__init__(f"HTTP {status}: {reason}")
        self.status = status
        self.reason = reason


_STATUS_LINES = {
    400: "400 Bad Request",
    401: "401 Unauthorized",
    413: "413 Content Too Large",
}


class SlackRequestGuard:
    """WSGI middleware in front of Bolt's ``SlackRequestHandler`` for POSTs to ``path``; other requests pass."""

    def __init__(
        self,
        app: WSGIApp,
        *,
        signing_secret: str,
        path: str,
        max_body_bytes: int = MAX_BODY_BYTES,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self._app = app
        self._path = path
        self._max_body_bytes = max_body_bytes
        self._clock = clock
        self._secret = signing_secret.encode()

    def __call__(self, environ: dict[str, Any], start_response: Callable[..., Any]) -> Iterable[bytes]:
        if environ.get("REQUEST_METHOD") != "POST" or environ.get("PATH_INFO") != self._path:
            return self._app(environ, start_response)
        try:
            body = self._checked_body(environ)
        except Refused as refusal:
            log.warning(
                "refused %s %s from %s: HTTP %d, %s",
                environ.get("REQUEST_METHOD"),
                environ.get("PATH_INFO"),
                environ.get("REMOTE_ADDR", "?"),
                refusal.status,
                refusal.reason,
            )
            return _refuse(start_response, refusal)
        environ["wsgi.input"] = io.BytesIO(body)
        environ["CONTENT_LENGTH"] = str(len(body))
        try:
            return self._app(environ, start_response)
        except Exception as exc:
            # Bolt answers for its listeners' failures itself (through the app's error handler), so what escapes
            # here is Bolt failing to read a signed body whose fields have shapes Slack never sends (a boolean
            # "user", say): a malformed request, not a server error.
            log.warning(
                "Bolt could not read a signed %s request (%s: %s); answering 400", self._path, type(exc).__name__, exc
            )
            return _refuse(start_response, Refused(400, "a field has a shape Slack never sends"))

    def _checked_body(self, environ: dict[str, Any]) -> bytes:
        """The request body, once its size, signature and shape are right; raises ``Refused`` otherwise."""
        declared = _declared_length(environ, limit=self._max_body_bytes)
        timestamp, signature = _signature_headers(environ)
        if abs(self._clock() - int(timestamp)) > MAX_CLOCK_SKEW_SECONDS:
            raise Refused(401, "stale X-Slack-Request-Timestamp (more than 5 minutes off)")
        body = _read_body(environ.get("wsgi.input"), declared=declared, limit=self._max_body_bytes)
        if not self._signed(body, timestamp=timestamp, signature=signature):
            raise Refused(401, "invalid X-Slack-Signature")
        check_payload(body, content_type=str(environ.get("CONTENT_TYPE") or ""))
        return body

    def _signed(self, body: bytes, *, timestamp: str, signature: str) -> bool:
        """Slack's v0 signature, over the raw bytes (slack_sdk's verifier would decode them first, and a body
        that is not UTF-8 would raise instead of failing the check)."""
        expected = "v0=" + hmac.new(self._secret, b"v0:" + timestamp.encode() + b":" + body, hashlib.sha256).hexdigest()
        return hmac.compare_digest(expected.encode(), signature.encode("utf-8", "replace"))


def _declared_length(environ: dict[str, Any], *, limit: int) -> int | None:
    raw = str(environ.get("CONTENT_LENGTH") or "").strip()
    if not raw:
        return None
    if not (raw.isascii() and raw.isdigit()):  # not "²", which is a digit to str.isdigit() but not to int()
        raise Refused(400, f"malformed Content-Length {raw[:40]!r}")
    length = int(raw)
    if length > limit:
        raise Refused(413, f"body of {length} bytes is over the {limit}-byte limit")
    return length


def _signature_headers(environ: dict[str, Any]) -> tuple[str, str]:
    timestamp = str(environ.get("HTTP_X_SLACK_REQUEST_TIMESTAMP") or "").strip()
    signature = str(environ.get("HTTP_X_SLACK_SIGNATURE") or "").strip()
    if not timestamp or not signature:
        raise Refused(401, "missing X-Slack-Request-Timestamp or X-Slack-Signature")
    if not (timestamp.isascii() and timestamp.isdigit()) or len(timestamp) > 12:
        raise Refused(400, f"non-numeric X-Slack-Request-Timestamp {timestamp[:40]!r}")
    return timestamp, signature


def _read_body(stream: Any, *, declared: int | None, limit: int) -> bytes:
    """Read at most ``limit`` bytes: the declared length, or (chunked, no length) until the end or the limit."""
    if stream is None:
        return b""
    if declared is not None:
        return stream.read(declared) if declared else b""
    chunks: list[bytes] = []
    size = 0
    while True:
        chunk = stream.read(min(READ_CHUNK_BYTES, limit + 1 - size))
        if not chunk:
            return b"".join(chunks)
        chunks.append(chunk)
        size += len(chunk)
        if size > limit:
            raise Refused(413, f"body without Content-Length is over the {limit}-byte limit")


def check_payload(body: bytes, *, content_type: str) -> None:
    """Raise ``Refused(400)`` unless a (signed) body has the shape of a Slack request the listeners can read."""
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError:
        raise Refused(400, "body is not UTF-8") from None
    media_type = content_type.split(";")[0].strip().lower()
    if media_type == "application/json":
        _check_event_envelope(_json_object(text, what="JSON body"))
    elif media_type == "application/x-www-form-urlencoded":
        _check_form(text)
    else:
        raise Refused(400, f"unsupported Content-Type {media_type[:60]!r}")


def _json_object(text: str, *, what: str) -> dict[str, Any]:
    try:
        value = json.loads(text)
    except ValueError:
        raise Refused(400, f"{what} is not valid JSON") from None
    if not isinstance(value, dict):
        raise Refused(400, f"{what} is {type(value).__name__}, not an object")
    return value


def _check_event_envelope(body: dict[str, Any]) -> None:
    if not isinstance(body.get("type"), str):
        raise Refused(400, "JSON body has no type")
    if body["type"] != "event_callback":
        return
    event = body.get("event")
    if not isinstance(event, dict) or not isinstance(event.get("type"), str):
        raise Refused(400, "event_callback without an event type")
    if event["type"] in EVENTS_WITH_CHANNEL_AND_TS:
        missing = [name for name in ("channel", "ts") if not isinstance(event.get(name), str) or not event.get(name)]
        if missing:
            raise Refused(400, f"{event['type']} event without {' and '.join(missing)}")


def _check_form(text: str) -> None:
    try:
        form = parse_qs(text, keep_blank_values=True, strict_parsing=bool(text), max_num_fields=1000)
    except ValueError as exc:
        raise Refused(400, f"malformed form body: {exc}") from None
    if "payload" in form:
        payload = _json_object(form["payload"][0], what="payload=")
        if not isinstance(payload.get("type"), str):
            raise Refused(400, "payload= has no type")
    elif "command" in form:
        missing = [name for name in COMMAND_FIELDS if not (form.get(name) or [""])[0]]
        if missing:
            raise Refused(400, f"slash command without {', '.join(missing)}")
    elif "ssl_check" not in form:
        raise Refused(400, "form body is neither a command, a payload nor an ssl_check")


def _refuse(start_response: Callable[..., Any], refusal: Refused) -> Iterable[bytes]:
    body = f"{refusal.reason}\n".encode()
    start_response(
        _STATUS_LINES.get(refusal.status, f"{refusal.status} Refused"),
        [
            ("Content-Type", "text/plain; charset=utf-8"),
            ("Content-Length", str(len(body))),
            ("Connection", "close"),
        ],
    )
    return [body]
