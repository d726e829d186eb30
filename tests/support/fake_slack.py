"""A fake Slack: a real HTTP server on loopback standing in for the Web API and ``response_url``s.

It is the one test double the project allows (Slack is an external system).
It records every call, answers the methods briefbot uses the way Slack does
(``{"ok": true, ...}``), and can be told to fail the next calls of a method
with 429 + ``Retry-After`` or a 5xx.  ``sign_request`` signs a request body
exactly as Slack does, so the real Bolt app verifies it for real.
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import itertools
import json
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs

BOT_USER_ID = "UBRIEFBOT"
BOT_ID = "BBRIEFBOT"
TEAM_ID = "T0TEST"


def sign_request(secret: str, body: bytes | str, *, timestamp: int | None = None) -> dict[str, str]:
    """Slack's v0 request signature: HMAC-SHA256 of ``v0:{timestamp}:{body}`` with the signing secret."""
    data = body.encode() if isinstance(body, str) else body
    ts = str(int(time.time()) if timestamp is None else timestamp)
    digest = hmac.new(secret.encode(), b"v0:" + ts.encode() + b":" + data, hashlib.sha256).hexdigest()
    return {"X-Slack-Request-Timestamp": ts, "X-Slack-Signature": f"v0={digest}"}


@dataclass
class Call:
    """One request the fake received: a Web API ``method`` (or ``response_url``) and its parameters."""

    method: str
    params: dict[str, Any]
    status: int
    at: float
    #: What the fake answered (e.g. the ``ts`` it gave a posted message).
    answer: dict[str, Any] = field(default_factory=dict)

    def get(self, key: str, default: Any = None) -> Any:
        return self.params.get(key, default)


@dataclass
class _Failure:
    status: int
    remaining: int
    retry_after: int | None
    #: With status 200: the Web API error to answer (``{"ok": false, "error": ...}``).
    error: str | None = None


@dataclass
class FakeSlack:
    """The fake Web API at ``api_url`` (``http://127.0.0.1:PORT/api/``) and response URLs at ``response_url()``."""

    host: str = "127.0.0.1"
    calls: list[Call] = field(default_factory=list)
    #: ``conversations.replies`` answers: (channel, thread_ts) -> messages.
    threads: dict[tuple[str, str], list[dict[str, Any]]] = field(default_factory=dict)
    #: ``conversations.history`` answers: (channel, ts) -> the message at that ts.
    messages: dict[tuple[str, str], dict[str, Any]] = field(default_factory=dict)
    #: Blocks and views that failed ``slack_sdk.models`` validation: (method, error); Slack would refuse them.
    invalid: list[tuple[str, str]] = field(default_factory=list)
    #: What ``apps.connections.open`` hands out (a ``FakeSocketMode`` URL) for Socket Mode tests.
    socket_mode_url: str | None = None

    def __post_init__(self) -> None:
        self._lock = threading.Condition()
        self._failures: dict[str, _Failure] = {}
        self._ts = itertools.count(1)
        fake = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                raw = self.rfile.read(length) if length else b""
                fake._handle(self, raw)

            do_GET = do_POST

            def log_message(self, format: str, *args: object) -> None:
                pass

        self._httpd = ThreadingHTTPServer((self.host, 0), Handler)
        self._httpd.daemon_threads = True
        self._thread = threading.Thread(target=self._httpd.serve_forever, daemon=True)

    # ------------------------------------------------------------------ lifecycle and addresses

    def start(self) -> FakeSlack:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()

    @property
    def base_url(self) -> str:
        return f"http://{self.host}:{self._httpd.server_address[1]}"

    @property
    def api_url(self) -> str:
        return f"{self.base_url}/api/"

    def response_url(self, token: str) -> str:
        return f"{self.base_url}/response/{token}"

    # ------------------------------------------------------------------ behaviour

    def fail_next(
        self,
        method: str,
        *,
        status: int = 429,
        times: int = 1,
        retry_after: int | None = 1,
        error: str | None = None,
    ) -> None:
        """Answer the next ``times`` calls of ``method`` with ``status`` (429 carries ``Retry-After``).

        With ``error`` (and status 200) the answer is Slack's ``{"ok": false, "error": error}`` instead.
        """
        with self._lock:
            self._failures[method] = _Failure(status=status, remaining=times, retry_after=retry_after, error=error)

    def _next_ts(self) -> str:
        return f"{int(time.time())}.{next(self._ts):06d}"

    def _answer(self, method: str, params: dict[str, Any]) -> dict[str, Any]:
        if method == "auth.test":
            return {
                "ok": True,
                "url": "https://test.example/",
                "team": "Test",
                "user": "briefbot",
                "team_id": TEAM_ID,
                "user_id": BOT_USER_ID,
                "bot_id": BOT_ID,
            }
        if method == "chat.postMessage":
            if not params.get("channel"):
                return {"ok": False, "error": "channel_not_found"}
            if not params.get("text") and not params.get("blocks"):
                return {"ok": False, "error": "no_text"}
            ts = self._next_ts()
            message = {"type": "message", "user": BOT_USER_ID, "bot_id": BOT_ID, "ts": ts, "text": params.get("text")}
            return {"ok": True, "channel": params["channel"], "ts": ts, "message": message}
        if method == "chat.postEphemeral":
            if not params.get("channel") or not params.get("user"):
                return {"ok": False, "error": "channel_not_found"}
            return {"ok": True, "message_ts": self._next_ts()}
        if method == "chat.getPermalink":
            channel, ts = str(params.get("channel") or ""), str(params.get("message_ts") or "")
            if not channel or not ts:
                return {"ok": False, "error": "message_not_found"}
            return {"ok": True, "channel": channel, "permalink": permalink(channel, ts)}
        if method == "views.open":
            if not params.get("trigger_id"):
                return {"ok": False, "error": "invalid_trigger_id"}
            view = params.get("view")
            view = json.loads(view) if isinstance(view, str) else view
            return {"ok": True, "view": {"id": f"V{next(self._ts):08d}", "hash": "h1", **(view or {})}}
        if method == "conversations.history":
            key = (str(params.get("channel")), str(params.get("latest")))
            found = self.messages.get(key)
            return {"ok": True, "messages": [found] if found else [], "has_more": False}
        if method == "chat.update":
            return {"ok": True, "channel": params.get("channel"), "ts": params.get("ts"), "text": params.get("text")}
        if method in ("reactions.add", "reactions.remove"):
            return {"ok": True}
        if method == "apps.connections.open":
            if not self.socket_mode_url:
                return {"ok": False, "error": "not_allowed_token_type"}
            return {"ok": True, "url": self.socket_mode_url}
        if method == "conversations.replies":
            key = (str(params.get("channel")), str(params.get("ts")))
            return {"ok": True, "messages": self.threads.get(key, []), "has_more": False}
        return {"ok": False, "error": "unknown_method"}

    def _handle(self, handler: BaseHTTPRequestHandler, raw: bytes) -> None:
        path = handler.path.split("?", 1)[0]
        params = _parse_body(raw, handler.headers.get("Content-Type") or "")
        if path.startswith("/api/"):
            method = path[len("/api/") :]
        elif path.startswith("/response/"):
            method = "response_url"
            params["response_token"] = path[len("/response/") :]
        else:
            method = path
        api_error = _invalid_blocks(method, params)
        if api_error:
            with self._lock:
                self.invalid.append((method, api_error))
            api_error = "invalid_blocks"
        with self._lock:
            failure = self._failures.get(method) if not api_error else None
            if failure and failure.remaining > 0:
                failure.remaining -= 1
                status = failure.status
                api_error = failure.error
            else:
                status = 200
        headers: dict[str, str] = {}
        answer: dict[str, Any] = {}
        if status == 429:
            headers["Retry-After"] = str(failure.retry_after if failure and failure.retry_after is not None else 1)
            body: bytes = json.dumps({"ok": False, "error": "ratelimited"}).encode()
        elif status >= 400:
            body = json.dumps({"ok": False, "error": "internal_error"}).encode()
        elif api_error:
            body = json.dumps({"ok": False, "error": api_error}).encode()
        elif method == "response_url":
            body = b"ok"
        else:
            answer = self._answer(method, params)
            body = json.dumps(answer).encode()
        with self._lock:
            # A Web API error answers HTTP 200 but is not a success: record it as 400 so calls_of() skips it.
            recorded = 400 if api_error else status
            self.calls.append(Call(method=method, params=params, status=recorded, at=time.monotonic(), answer=answer))
            self._lock.notify_all()
        handler.send_response(status)
        handler.send_header("Content-Type", "text/plain" if method == "response_url" else "application/json")
        handler.send_header("Content-Length", str(len(body)))
        for name, value in headers.items():
            handler.send_header(name, value)
        handler.end_headers()
        handler.wfile.write(body)

    # ------------------------------------------------------------------ inspection

    def calls_of(self, method: str, *, ok_only: bool = True) -> list[Call]:
        with self._lock:
            return [c for c in self.calls if c.method == method and (not ok_only or c.status == 200)]

    def wait_for(self, predicate: Callable[[FakeSlack], bool], *, timeout: float) -> bool:
        """Block until ``predicate(self)`` is true (re-checked on every call received) or ``timeout`` passes."""
        deadline = time.monotonic() + timeout
        with self._lock:
            while True:
                # The predicate may call calls_of(), which takes the (re-entrant) condition's lock again.
                if predicate(self):
                    return True
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    return False
                self._lock.wait(min(remaining, 0.5))


def permalink(channel: str, ts: str) -> str:
    """What ``chat.getPermalink`` answers, in Slack's format."""
    return f"https://test.slack.com/archives/{channel}/p{ts.replace('.', '')}"


def _invalid_blocks(method: str, params: dict[str, Any]) -> str | None:
    """Check what the bot sends with ``slack_sdk.models`` (Slack refuses invalid blocks): an error, or None."""
    from slack_sdk.models.blocks import Block
    from slack_sdk.models.views import View

    try:
        if method == "views.open":
            view = params.get("view")
            View(**(json.loads(view) if isinstance(view, str) else view)).validate_json()
            return None
        blocks = params.get("blocks")
        if isinstance(blocks, str):
            blocks = json.loads(blocks)
        for block in blocks or []:
            parsed = Block.parse(block)
            if parsed is None:
                return f"unknown block {block!r:.200}"
            parsed.validate_json()
    except Exception as exc:  # any failure to parse is an invalid payload
        return f"{type(exc).__name__}: {exc}"
    return None


def _parse_body(raw: bytes, content_type: str) -> dict[str, Any]:
    if not raw:
        return {}
    text = raw.decode("utf-8", errors="replace")
    if "json" in content_type:
        try:
            data = json.loads(text)
        except ValueError:
            return {"_raw": text}
        return data if isinstance(data, dict) else {"_json": data}
    params: dict[str, Any] = {k: v[-1] for k, v in parse_qs(text, keep_blank_values=True).items()}
    for key in ("blocks", "attachments", "view"):
        if isinstance(params.get(key), str):
            with contextlib.suppress(ValueError):
                params[key] = json.loads(params[key])
    return params
