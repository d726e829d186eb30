"""Abuse probe for the web process: garbage, huge bodies and a frozen Redis against real gunicorn on loopback.

Starts (and stops) the fake Slack Web API, gunicorn serving the Bolt app with
``bot/web_guard.py`` in front, and a private ``redis-server`` on a free port
(frozen with SIGSTOP for the last probe; the shared Redis is never touched).

    python scripts/web_abuse_probe.py [--huge-mb 50]

Prints one row per probe: HTTP status, seconds and the gunicorn processes' peak
resident memory (VmHWM) after it.  Exits 1 when any probe got a 500, a
refusal took 3 s or more, or a frozen-Redis answer was not a 503.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path
from urllib.parse import urlsplit

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import redis

from tests.support.fake_slack import FakeSlack
from tests.support.slack_stack import (
    event_body,
    free_port,
    message_event,
    post_event,
    post_signed,
    stack_env,
    start_web,
)

EVENTS = "/slack/events"
MB = 1_000_000


def peak_rss_mb(group: int) -> float:
    """The largest VmHWM among the processes of a process group, in MB."""
    peak = 0.0
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            if int(stat.read_text().rsplit(")", 1)[1].split()[2]) != group:
                continue
            for line in (stat.parent / "status").read_text().splitlines():
                if line.startswith("VmHWM:"):
                    peak = max(peak, int(line.split()[1]) / 1024)
        except (OSError, IndexError, ValueError):
            continue
    return peak


def raw_post(base: str, headers: dict[str, str], body_size: int) -> tuple[int, float]:
    """POST ``body_size`` bytes by hand (sending stops when the server hangs up); status and seconds."""
    parts = urlsplit(base)
    head = [f"POST {EVENTS} HTTP/1.1", f"Host: {parts.hostname}", f"Content-Length: {body_size}"]
    head += [f"{k}: {v}" for k, v in headers.items()]
    started = time.perf_counter()
    with socket.create_connection((parts.hostname, parts.port), timeout=30) as sock:
        sock.sendall(("\r\n".join(head) + "\r\n\r\n").encode())
        piece, sent = b"x" * MB, 0
        try:
            while sent < body_size:
                sock.sendall(piece[: body_size - sent])
                sent += len(piece)
        except OSError:
            pass
        reply = b""
        try:
            while b"\r\n" not in reply:
                data = sock.recv(4096)
                if not data:
                    break
                reply += data
        except OSError:
            pass
    status = int(reply.split()[1]) if reply.startswith(b"HTTP/") else 0
    return status, time.perf_counter() - started


def garbage_probes(base: str) -> list[tuple[str, int, float]]:
    url = f"{base}{EVENTS}"
    form = "application/x-www-form-urlencoded"
    cases = [
        ("unsigned malformed JSON", b'{"type": ', "application/json", True),
        ("signed malformed JSON", b'{"type": ', "application/json", False),
        ("signed null", b"null", "application/json", False),
        ("signed payload= not JSON", b"payload=%7Bnope", form, False),
        ("signed command without channel", b"command=%2Fbrief&user_id=U1", form, False),
        ("signed body not UTF-8", b'{"type": "\xff"}', "application/json", False),
    ]
    rows = []
    for name, body, content_type, tamper in cases:
        answer = post_signed(url, body, content_type=content_type, tamper=tamper)
        rows.append((name, answer.status, answer.seconds))
    for name, event in [("event without channel/ts", {"type": "message", "text": "x"})]:
        envelope = event_body({"type": "message"})
        envelope["event"] = event
        answer = post_event(base, envelope)
        rows.append((name, answer.status, answer.seconds))
    answer = post_signed(
        url, json.dumps(event_body(message_event("hi"))).encode(), content_type="application/json"
    )  # a valid one, for contrast
    rows.append(("valid signed event", answer.status, answer.seconds))
    stale = {"X-Slack-Request-Timestamp": "yesterday", "X-Slack-Signature": "v0=00", "Content-Type": "application/json"}
    status, seconds = raw_post(base, stale, 20)
    rows.append(("non-numeric timestamp", status, seconds))
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--huge-mb", type=int, default=50, help="size of the unsigned POST (default: %(default)s)")
    args = parser.parse_args(argv)
    server = shutil.which("redis-server")
    if not server:
        print("redis-server is needed (a private one is started on a free port)", file=sys.stderr)
        return 2
    logs = Path(tempfile.mkdtemp(prefix="web-abuse-"))
    port = free_port()
    redis_proc = subprocess.Popen(
        [server, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--dir", str(logs)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    redis_url = f"redis://127.0.0.1:{port}/0"
    fake = FakeSlack().start()
    web = None
    failures: list[str] = []
    try:
        deadline = time.monotonic() + 10
        while True:
            try:
                redis.Redis.from_url(redis_url).ping()
                break
            except redis.RedisError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.05)
        run = uuid.uuid4().hex[:8]
        env = stack_env(slack_api_url=fake.api_url, redis_url=redis_url, key_prefix=f"probe:{run}:", queue=run)
        web, base = start_web(env, log_dir=logs, workers=2, threads=4)
        rows = garbage_probes(base)
        unsigned = {"Content-Type": "application/json", "X-Slack-Request-Timestamp": str(int(time.time()))}
        unsigned["X-Slack-Signature"] = "v0=" + "0" * 64
        status, seconds = raw_post(base, unsigned, args.huge_mb * MB)
        rows.append((f"{args.huge_mb} MB unsigned POST", status, seconds))
        os.kill(redis_proc.pid, signal.SIGSTOP)
        try:
            for i in range(3):
                answer = post_event(base, event_body(message_event(f"<https://example.com/{i}>")), timeout=15)
                rows.append((f"frozen Redis, event {i + 1}", answer.status, answer.seconds))
        finally:
            os.kill(redis_proc.pid, signal.SIGCONT)
        peak = peak_rss_mb(web.popen.pid)
        print(f"{'probe':<34} {'status':>6} {'seconds':>8}")
        for name, status, seconds in rows:
            print(f"{name:<34} {status:>6} {seconds:>8.3f}")
            if status >= 500 and not name.startswith("frozen"):
                failures.append(f"{name}: HTTP {status}")
            if name.startswith("frozen") and status != 503:
                failures.append(f"{name}: HTTP {status}, not 503")
            if seconds >= 3.0:
                failures.append(f"{name}: {seconds:.2f} s")
        print(f"gunicorn peak resident memory (largest process): {peak:.0f} MB")
        log = web.log_tail(1_000_000)
        tracebacks = log.count("Traceback")
        print(f"tracebacks in the web log: {tracebacks}")
        if tracebacks:
            failures.append(f"{tracebacks} traceback(s) in the web log")
    finally:
        if web is not None:
            web.stop()
        fake.stop()
        redis_proc.terminate()
        redis_proc.wait(timeout=10)
        shutil.rmtree(logs, ignore_errors=True)
    for failure in failures:
        print(f"FAIL {failure}", file=sys.stderr)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
