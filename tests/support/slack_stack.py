"""Run the real thing on loopback: gunicorn serving the Bolt app, RQ workers, and signed Slack requests.

Shared by the end-to-end tests and ``scripts/load_bench.py``.  Processes are
started in their own session (process group) so that stopping one also stops
its children (gunicorn's workers, RQ's scheduler), and so that a test can kill
one outright, as a crashed machine would.
"""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.error import HTTPError
from urllib.parse import urlencode
from urllib.request import Request, urlopen

import redis
from rq import Queue, Worker

from tests.support.fake_slack import sign_request

ROOT = Path(__file__).resolve().parents[2]
SIGNING_SECRET = "test-signing-secret-0123456789"
BOT_TOKEN = "xoxb-test-token"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def stack_env(
    *, slack_api_url: str, redis_url: str, key_prefix: str, queue: str, extra: Mapping[str, str] | None = None
) -> dict[str, str]:
    """The environment both processes get: everything on loopback, private hosts allowed for the article server."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("SLACK_", "BRIEF_"))}
    env.update(
        SLACK_BOT_TOKEN=BOT_TOKEN,
        SLACK_SIGNING_SECRET=SIGNING_SECRET,
        SLACK_API_URL=slack_api_url,
        REDIS_URL=redis_url,
        BRIEF_CACHE_PREFIX=key_prefix,
        BRIEF_QUEUE=queue,
        BRIEF_ALLOW_PRIVATE_HOSTS="1",
        PYTHONPATH=str(ROOT) + os.pathsep + env.get("PYTHONPATH", ""),
        PYTHONUNBUFFERED="1",
    )
    env.update(extra or {})
    return env


@dataclass
class Process:
    """A child process in its own process group, with its output in a log file."""

    name: str
    popen: subprocess.Popen
    log_path: Path

    def alive(self) -> bool:
        return self.popen.poll() is None

    def log_tail(self, chars: int = 4000) -> str:
        try:
            return self.log_path.read_text(errors="replace")[-chars:]
        except OSError:
            return ""

    def kill(self) -> None:
        """SIGKILL the whole group: the process dies mid-whatever, as on a lost machine."""
        if self.alive():
            os.killpg(self.popen.pid, signal.SIGKILL)
        self.popen.wait(timeout=10)

    def stop(self, timeout: float = 15.0) -> None:
        if not self.alive():
            return
        os.killpg(self.popen.pid, signal.SIGTERM)
        try:
            self.popen.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            os.killpg(self.popen.pid, signal.SIGKILL)
            self.popen.wait(timeout=10)


def spawn(name: str, args: list[str], env: Mapping[str, str], log_dir: Path) -> Process:
    log_dir.mkdir(parents=True, exist_ok=True)
    log_path = log_dir / f"{name}.log"
    log_file = log_path.open("ab")
    popen = subprocess.Popen(
        args, cwd=ROOT, env=dict(env), stdout=log_file, stderr=subprocess.STDOUT, start_new_session=True
    )
    log_file.close()
    return Process(name=name, popen=popen, log_path=log_path)


def _gunicorn_major() -> int:
    from importlib.metadata import version

    try:
        return int(version("gunicorn").split(".")[0])
    except (ValueError, LookupError):
        return 0


def start_web(
    env: Mapping[str, str], *, log_dir: Path, workers: int = 2, threads: int = 8, access_log: Path | None = None
) -> tuple[Process, str]:
    """gunicorn serving ``bot.app:create_wsgi_app()`` on a free loopback port; returns it and its base URL."""
    port = free_port()
    args = [
        sys.executable,
        "-m",
        "gunicorn",
        "bot.app:create_wsgi_app()",
        "--bind",
        f"127.0.0.1:{port}",
        "--workers",
        str(workers),
        "--threads",
        str(threads),
        "--worker-class",
        "gthread",
        "--graceful-timeout",
        "5",
    ]
    if access_log is not None:
        # One line per request: method, path, status and the time gunicorn spent on it in milliseconds.
        args += ["--access-logfile", str(access_log), "--access-logformat", "%(m)s %(U)s %(s)s %(M)s"]
    if _gunicorn_major() >= 26:
        # Several stacks may run at once: no shared control socket in ~/.gunicorn (an option since gunicorn 26).
        args.append("--no-control-socket")
    process = spawn("web", args, env, log_dir)
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if not process.alive():
            raise RuntimeError(f"gunicorn exited:\n{process.log_tail()}")
        try:
            with urlopen(f"{base}/healthz", timeout=2) as response:
                if response.status == 200:
                    return process, base
        except OSError:
            time.sleep(0.2)
    process.stop()
    raise RuntimeError(f"gunicorn did not answer in time:\n{process.log_tail()}")


def start_worker(
    env: Mapping[str, str],
    *,
    log_dir: Path,
    name: str | None = None,
    maintenance_interval: int = 30,
    wait: bool = True,
    timeout: float = 180.0,
    extra_args: list[str] | None = None,
) -> Process:
    """``python -m bot.worker`` (models loaded before it registers with RQ); waits until it takes jobs."""
    name = name or f"test-worker-{uuid.uuid4().hex[:8]}"
    args = [sys.executable, "-m", "bot.worker", "--name", name, "--maintenance-interval", str(maintenance_interval)]
    args += extra_args or []
    process = spawn(name, args, env, log_dir)
    if wait:
        connection = redis.Redis.from_url(env["REDIS_URL"])
        queue = Queue(env["BRIEF_QUEUE"], connection=connection)
        deadline = time.monotonic() + timeout
        try:
            while time.monotonic() < deadline:
                if not process.alive():
                    raise RuntimeError(f"worker exited:\n{process.log_tail()}")
                if any(w.name == name for w in Worker.all(queue=queue)):
                    return process
                time.sleep(0.3)
        finally:
            connection.close()
        process.stop()
        raise RuntimeError(f"worker did not start in time:\n{process.log_tail()}")
    return process


def cleanup_redis(redis_url: str, *, key_prefix: str, queue: str) -> None:
    """Delete this run's keys only: the cache prefix, the queue, its registries and its jobs."""
    client = redis.Redis.from_url(redis_url)
    try:
        job_ids: set[str] = set()
        q = Queue(queue, connection=client)
        registries = [
            q.started_job_registry,
            q.finished_job_registry,
            q.failed_job_registry,
            q.scheduled_job_registry,
            q.deferred_job_registry,
            q.canceled_job_registry,
        ]
        for registry in registries:
            job_ids.update(registry.get_job_ids(cleanup=False))
        job_ids.update(q.get_job_ids())
        keys = [f"rq:job:{job_id}" for job_id in job_ids] + [f"rq:results:{job_id}" for job_id in job_ids]
        keys += [k for k in client.scan_iter(match=f"{key_prefix}*", count=1000)]
        keys += [k for k in client.scan_iter(match=f"rq:*{queue}*", count=1000)]
        if keys:
            client.delete(*keys)
        # RQ lists every queue it has seen in the shared set ``rq:queues``: take this run's queue out of it too.
        client.srem("rq:queues", q.key)
    finally:
        client.close()


# ---------------------------------------------------------------------------- signed requests


@dataclass
class Answer:
    status: int
    body: str
    seconds: float
    headers: dict[str, str] = field(default_factory=dict)

    def json(self) -> Any:
        return json.loads(self.body) if self.body else None


def post_signed(
    url: str,
    body: bytes,
    *,
    content_type: str,
    secret: str = SIGNING_SECRET,
    timestamp: int | None = None,
    headers: Mapping[str, str] | None = None,
    tamper: bool = False,
    timeout: float = 10.0,
) -> Answer:
    """POST ``body`` signed as Slack signs it (``tamper`` breaks the signature after signing)."""
    all_headers = {"Content-Type": content_type, **sign_request(secret, body, timestamp=timestamp)}
    if tamper:
        all_headers["X-Slack-Signature"] = all_headers["X-Slack-Signature"][:-4] + "0000"
    all_headers.update(headers or {})
    request = Request(url, data=body, headers=all_headers, method="POST")
    started = time.perf_counter()
    try:
        with urlopen(request, timeout=timeout) as response:
            text = response.read().decode("utf-8", errors="replace")
            return Answer(response.status, text, time.perf_counter() - started, dict(response.headers))
    except HTTPError as exc:
        text = exc.read().decode("utf-8", errors="replace")
        return Answer(exc.code, text, time.perf_counter() - started, dict(exc.headers or {}))


def event_body(
    event: dict[str, Any], *, event_id: str | None = None, team_id: str = "T0TEST", api_app_id: str = "A0TEST"
) -> dict[str, Any]:
    """An Events API ``event_callback`` envelope around ``event``."""
    return {
        "token": "legacy-verification-token",
        "team_id": team_id,
        "api_app_id": api_app_id,
        "event": event,
        "type": "event_callback",
        "event_id": event_id or f"Ev{uuid.uuid4().hex[:10].upper()}",
        "event_time": int(time.time()),
        "authorizations": [{"team_id": team_id, "user_id": "UBRIEFBOT", "is_bot": True}],
    }


def message_event(
    text: str, *, channel: str = "C0TEST", user: str | None = "U0ALICE", ts: str | None = None, **fields: Any
) -> dict[str, Any]:
    event: dict[str, Any] = {
        "type": "message",
        "channel": channel,
        "text": text,
        "ts": ts or f"{time.time():.6f}",
        "channel_type": "channel",
    }
    if user:
        event["user"] = user
    event.update(fields)
    return event


def post_event(base_url: str, body: dict[str, Any], **kwargs: Any) -> Answer:
    return post_signed(f"{base_url}/slack/events", json.dumps(body).encode(), content_type="application/json", **kwargs)


def post_command(base_url: str, form: Mapping[str, str], **kwargs: Any) -> Answer:
    return post_signed(
        f"{base_url}/slack/events",
        urlencode(form).encode(),
        content_type="application/x-www-form-urlencoded",
        **kwargs,
    )
