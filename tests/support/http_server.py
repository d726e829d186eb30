"""A real HTTP server on loopback whose routes tests define, for fetching real pages over real sockets."""

from __future__ import annotations

import socket
import sys
import threading
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from bot.fetch import FetchConfig

#: Fetching for tests against loopback servers (private hosts allowed, short timeouts).
LOOPBACK_FETCH = FetchConfig(allow_private_hosts=True, connect_timeout=2, read_timeout=5, total_timeout=10)

#: A route writes the whole response itself (status, headers, body), so tests can misbehave on purpose.
Route = Callable[[BaseHTTPRequestHandler], None]


def send(
    handler: BaseHTTPRequestHandler,
    body: bytes | str,
    *,
    status: int = 200,
    content_type: str = "text/html; charset=utf-8",
    headers: dict[str, str] | None = None,
) -> None:
    """Write a complete, well-formed response."""
    data = body.encode("utf-8") if isinstance(body, str) else body
    handler.send_response(status)
    handler.send_header("Content-Type", content_type)
    handler.send_header("Content-Length", str(len(data)))
    for name, value in (headers or {}).items():
        handler.send_header(name, value)
    handler.end_headers()
    if handler.command != "HEAD":
        handler.wfile.write(data)


def html_route(body: str, **kwargs) -> Route:
    return lambda handler: send(handler, body, **kwargs)


def redirect_route(location: str, status: int = 302) -> Route:
    return lambda handler: send(handler, b"", status=status, headers={"Location": location})


class _QuietServer(ThreadingHTTPServer):
    """Clients that hang up mid-response are the point of many tests (size caps, timeouts): not an error to print.

    ``socketserver`` prints a traceback to stderr for every exception a handler raises; a
    dropped connection is expected here, anything else is still printed.
    """

    def handle_error(self, request: object, client_address: object) -> None:
        if isinstance(sys.exc_info()[1], ConnectionError | TimeoutError):
            return
        super().handle_error(request, client_address)


@dataclass
class LoopbackServer:
    """Threaded HTTP server on 127.0.0.1 (or ::1) with a mutable route table and hit counts."""

    host: str = "127.0.0.1"
    routes: dict[str, Route] = field(default_factory=dict)
    hits: Counter = field(default_factory=Counter)

    def __post_init__(self) -> None:
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_GET(self) -> None:
                path = self.path.split("?", 1)[0]
                server.hits[path] += 1
                route = server.routes.get(path)
                if route is None:
                    send(self, "<h1>Not found</h1>", status=404)
                else:
                    route(self)

            do_HEAD = do_GET

            def log_message(self, format: str, *args: object) -> None:  # keep test output quiet
                pass

        if ":" in self.host:

            class _Server6(_QuietServer):
                address_family = socket.AF_INET6

            self._httpd = _Server6((self.host, 0), Handler)
        else:
            self._httpd = _QuietServer((self.host, 0), Handler)
        self._httpd.daemon_threads = True
        # A short poll interval: stop() waits for one poll, and the default 0.5 s per test adds up.
        self._thread = threading.Thread(target=self._httpd.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True)

    @property
    def port(self) -> int:
        return self._httpd.server_address[1]

    def url(self, path: str = "/") -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"http://{host}:{self.port}{path}"

    def start(self) -> LoopbackServer:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()
