"""The web process under abuse: real gunicorn, real Redis, raw sockets — garbage gets 400/401/413, never 500.

Each case comes from a probe that once answered 500 with a traceback, or that
held a gunicorn worker: unsigned and signed garbage, a non-numeric timestamp,
huge bodies with and without ``Content-Length``, a replayed ``/brief``, and a
frozen Redis (our own ``redis-server`` on a free port, SIGSTOPped — never the
shared one).
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import socket
import subprocess
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlencode, urlsplit

import pytest
import redis
from rq import Queue
from rq.serializers import JSONSerializer

from tests.support.articles import article_html
from tests.support.fake_slack import FakeSlack, sign_request
from tests.support.http_server import LoopbackServer, html_route
from tests.support.slack_stack import (
    SIGNING_SECRET,
    Process,
    cleanup_redis,
    event_body,
    free_port,
    message_event,
    post_command,
    post_event,
    post_signed,
    stack_env,
    start_web,
    start_worker,
)

EVENTS = "/slack/events"
MB = 1_000_000


@dataclass
class Web:
    fake: FakeSlack
    web: Process
    url: str
    env: dict[str, str]
    logs: Path
    redis_url: str
    key_prefix: str
    queue: str


@pytest.fixture(scope="module")
def web(redis_url: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Web]:
    run = uuid.uuid4().hex[:12]
    key_prefix, queue = f"briefbot-test:{run}:", f"briefbot-test-{run}"
    logs = tmp_path_factory.mktemp("web-hardening")
    fake = FakeSlack().start()
    env = stack_env(slack_api_url=fake.api_url, redis_url=redis_url, key_prefix=key_prefix, queue=queue)
    process = None
    try:
        process, url = start_web(env, log_dir=logs, workers=1, threads=4)
        yield Web(fake, process, url, env, logs, redis_url, key_prefix, queue)
    finally:
        if process is not None:
            process.stop()
        fake.stop()
        cleanup_redis(redis_url, key_prefix=key_prefix, queue=queue)


def _raw_request(
    base_url: str, head: dict[str, str], *, body: bytes = b"", timeout: float = 10.0, chunked: bool = False
) -> tuple[int, bytes]:
    """Send a POST by hand (so a test controls the framing and may send only part of a body); status and raw reply."""
    parts = urlsplit(base_url)
    lines = [f"POST {EVENTS} HTTP/1.1", f"Host: {parts.hostname}:{parts.port}"]
    lines += [f"{name}: {value}" for name, value in head.items()]
    with socket.create_connection((parts.hostname, parts.port), timeout=timeout) as sock:
        sock.sendall(("\r\n".join(lines) + "\r\n\r\n").encode("latin-1"))  # as HTTP/1.1 headers are
        try:
            if chunked:
                piece = b"x" * 65536
                for _ in range(64):  # 4 MB, past the 1 MB limit
                    sock.sendall(f"{len(piece):x}\r\n".encode() + piece + b"\r\n")
                sock.sendall(b"0\r\n\r\n")
            elif body:
                sock.sendall(body)
        except OSError:
            pass  # the server may stop reading and close: what it answered is what counts
        reply = b""
        try:
            while b"\r\n\r\n" not in reply:
                data = sock.recv(65536)
                if not data:
                    break
                reply += data
        except OSError:
            pass
    status_line = reply.split(b"\r\n", 1)[0].decode("latin-1")
    assert status_line.startswith("HTTP/1."), f"no HTTP answer: {reply[:200]!r}"
    return int(status_line.split()[1]), reply


def _signed_headers(body: bytes, content_type: str, **kwargs) -> dict[str, str]:
    return {"Content-Type": content_type, **sign_request(SIGNING_SECRET, body, **kwargs)}


def _peak_rss_mb(group: int) -> float:
    """The largest peak resident size (VmHWM) among the processes of a process group, in MB."""
    peak = 0.0
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
            if int(fields[2]) != group:  # after "(comm)": state, ppid, pgrp
                continue
            status = (stat.parent / "status").read_text()
        except (OSError, IndexError, ValueError):
            continue
        for line in status.splitlines():
            if line.startswith("VmHWM:"):
                peak = max(peak, int(line.split()[1]) / 1024)
    return peak


def _assert_no_traceback(web: Web) -> None:
    log = web.web.log_tail(200_000)
    assert "Traceback" not in log, log[-4000:]
    assert " ERROR " not in log, log[-4000:]


# ------------------------------------------------------------------------------------ garbage → 4xx


GARBAGE = [
    # (name, body, content type, signed, expected status)
    ("unsigned malformed JSON", b'{"type": "event_callback", ', "application/json", False, 401),
    ("signed malformed JSON", b'{"type": "event_callback", ', "application/json", True, 400),
    ("signed null", b"null", "application/json", True, 400),
    ("signed list", b"[1, 2]", "application/json", True, 400),
    ("signed JSON without a type", b'{"hello": 1}', "application/json", True, 400),
    ("signed payload= that is not JSON", b"payload=%7Bnot-json", "application/x-www-form-urlencoded", True, 400),
    ("signed payload= that is a string", b"payload=%22x%22", "application/x-www-form-urlencoded", True, 400),
    ("signed form that is no Slack request", b"a=1&b=2", "application/x-www-form-urlencoded", True, 400),
    (
        "signed command without a channel",
        b"command=%2Fbrief&text=x&user_id=U1",
        "application/x-www-form-urlencoded",
        True,
        400,
    ),
    ("signed body that is not UTF-8", b'{"type": "\xff\xfe"}', "application/json", True, 400),
    ("signed text/plain", b"hello", "text/plain", True, 400),
]


@pytest.mark.parametrize(("name", "body", "content_type", "signed", "expected"), GARBAGE, ids=[g[0] for g in GARBAGE])
def test_garbage_is_refused_with_4xx_never_500(web: Web, name, body, content_type, signed, expected):
    # Unsigned means a signature that does not match (what an attacker without the secret sends).
    answer = post_signed(f"{web.url}{EVENTS}", body, content_type=content_type, tamper=not signed)
    assert answer.status == expected, (name, answer.status, answer.body)
    _assert_no_traceback(web)


@pytest.mark.parametrize("event", [{"type": "message", "text": "x"}, {"type": "app_mention", "channel": "C1"}, "x"])
def test_signed_events_without_channel_or_ts_are_400(web: Web, event):
    body = event_body({"type": "message"})
    body["event"] = event
    answer = post_event(web.url, body)
    assert answer.status == 400, answer.body
    _assert_no_traceback(web)


@pytest.mark.parametrize("timestamp", ["yesterday", "1e9", "-5", "12345678901234567890", "\u00b2", "1\u00b3"])
def test_non_numeric_timestamp_is_400(web: Web, timestamp: str):
    body = json.dumps(event_body(message_event("hi"))).encode()
    headers = {"Content-Type": "application/json", "X-Slack-Request-Timestamp": timestamp, "X-Slack-Signature": "v0=ab"}
    status, _ = _raw_request(web.url, {**headers, "Content-Length": str(len(body))}, body=body)
    assert status == 400
    _assert_no_traceback(web)


def test_missing_stale_or_wrong_signatures_are_401(web: Web):
    body = json.dumps(event_body(message_event("hi"))).encode()
    status, _ = _raw_request(web.url, {"Content-Type": "application/json", "Content-Length": str(len(body))}, body=body)
    assert status == 401
    stale = post_signed(f"{web.url}{EVENTS}", body, content_type="application/json", timestamp=int(time.time()) - 600)
    assert stale.status == 401
    wrong = post_signed(f"{web.url}{EVENTS}", body, content_type="application/json", tamper=True)
    assert wrong.status == 401
    _assert_no_traceback(web)


@pytest.mark.parametrize("length", ["lots", "\u00b2", "-1"])
def test_garbage_content_length_is_400(web: Web, length: str):
    status, _ = _raw_request(web.url, {"Content-Type": "application/json", "Content-Length": length}, body=b"{}")
    assert status in (400, 411)  # gunicorn itself may refuse it first; either way no 500
    _assert_no_traceback(web)


def test_valid_requests_still_pass(web: Web):
    challenge = post_event(web.url, {"type": "url_verification", "challenge": "abc123", "token": "t"})
    assert challenge.status == 200 and "abc123" in challenge.body
    other = post_event(web.url, event_body({"type": "reaction_added", "user": "U1"}))
    assert other.status == 200


# ------------------------------------------------------------------------------------ size limit


def test_50mb_unsigned_post_is_refused_fast_without_being_read(web: Web):
    head = {
        "Content-Type": "application/json",
        "Content-Length": str(50 * MB),
        "X-Slack-Request-Timestamp": str(int(time.time())),
        "X-Slack-Signature": "v0=" + "0" * 64,
    }
    started = time.perf_counter()
    # Headers and the first MB only: the answer must come without the server waiting for the other 49.
    status, reply = _raw_request(web.url, head, body=b"x" * MB)
    elapsed = time.perf_counter() - started
    assert status == 413, reply[:300]
    assert elapsed < 3.0, f"took {elapsed:.2f}s"
    assert web.web.alive()


def test_50mb_post_sent_in_full_is_refused_in_under_3s(web: Web):
    head = {
        "Content-Type": "application/json",
        "Content-Length": str(50 * MB),
        "X-Slack-Request-Timestamp": str(int(time.time())),
        "X-Slack-Signature": "v0=" + "0" * 64,
    }
    started = time.perf_counter()
    status, _ = _raw_request(web.url, head, body=b"x" * (50 * MB))
    assert status == 413
    assert time.perf_counter() - started < 3.0
    # Nothing of it was held: gunicorn and its worker stay at their start-up size (about 60-80 MB).
    assert _peak_rss_mb(web.web.popen.pid) < 250


def test_chunked_body_over_the_limit_is_413(web: Web):
    head = {
        "Content-Type": "application/json",
        "Transfer-Encoding": "chunked",
        "X-Slack-Request-Timestamp": str(int(time.time())),
        "X-Slack-Signature": "v0=" + "0" * 64,
    }
    started = time.perf_counter()
    status, _ = _raw_request(web.url, head, chunked=True)
    assert status == 413
    assert time.perf_counter() - started < 3.0
    assert web.web.alive()


def test_chunked_signed_request_under_the_limit_is_served(web: Web):
    body = json.dumps({"type": "url_verification", "challenge": "chunky", "token": "t"}).encode()
    head = {**_signed_headers(body, "application/json"), "Transfer-Encoding": "chunked"}
    framed = f"{len(body):x}\r\n".encode() + body + b"\r\n0\r\n\r\n"
    status, reply = _raw_request(web.url, head, body=framed)
    assert status == 200, reply[:300]


def test_no_garbage_case_left_a_traceback(web: Web):
    _assert_no_traceback(web)


# ------------------------------------------------------------------------------------ replayed /brief


@pytest.mark.slow
def test_replayed_slash_command_is_acknowledged_and_briefed_once(web: Web, tmp_path: Path):
    articles = LoopbackServer().start()
    worker = None
    try:
        articles.routes["/news/replayed"] = html_route(article_html(5, title="Replayed command story"))
        url = articles.url("/news/replayed")
        channel = "C" + uuid.uuid4().hex[:10].upper()
        form = {
            "command": "/brief",
            "text": url,
            "channel_id": channel,
            "user_id": "U0BOB",
            "team_id": "T0TEST",
            "response_url": web.fake.response_url("replay"),
            "trigger_id": f"trig.{uuid.uuid4().hex}",
        }
        body = urlencode(form).encode()
        timestamp = int(time.time())
        # The same signed request, three times (as a retrying proxy or an attacker would send it).
        answers = [
            post_signed(
                f"{web.url}{EVENTS}", body, content_type="application/x-www-form-urlencoded", timestamp=timestamp
            )
            for _ in range(3)
        ]
        assert [a.status for a in answers] == [200, 200, 200]
        assert "Working on a brief" in answers[0].body
        assert all("Working on a brief" not in a.body for a in answers[1:])
        # A different request for the same link is not a replay.
        form2 = {**form, "trigger_id": f"trig.{uuid.uuid4().hex}", "channel_id": channel + "X"}
        assert "Working on a brief" in post_command(web.url, form2).body

        worker = start_worker(web.env, log_dir=tmp_path, extra_args=None)

        def posts(ch: str) -> list:
            return [c for c in web.fake.calls_of("chat.postMessage") if c.get("channel") == ch]

        assert web.fake.wait_for(lambda f: len(posts(channel)) >= 2 and len(posts(channel + "X")) >= 2, timeout=120), (
            worker.log_tail()
        )
        time.sleep(3.0)  # room for a duplicate to show up
        assert len(posts(channel)) == 2  # one announcement, one thread reply
        assert articles.hits["/news/replayed"] == 1  # the second channel's brief came from the cache
    finally:
        if worker is not None:
            worker.stop()
        articles.stop()


# ------------------------------------------------------------------------------------ frozen Redis


@pytest.fixture
def own_redis(tmp_path: Path) -> Iterator[tuple[str, subprocess.Popen]]:
    """A private redis-server on a free port (so it can be frozen without touching the shared one)."""
    server = shutil.which("redis-server")
    assert server, "redis-server is needed for the frozen-Redis test"
    port = free_port()
    popen = subprocess.Popen(
        [
            server,
            "--port",
            str(port),
            "--bind",
            "127.0.0.1",
            "--save",
            "",
            "--appendonly",
            "no",
            "--dir",
            str(tmp_path),
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"redis://127.0.0.1:{port}/0"
    client = redis.Redis.from_url(url)
    deadline = time.monotonic() + 10
    while True:
        try:
            client.ping()
            break
        except redis.RedisError:
            assert time.monotonic() < deadline, "own redis-server did not start"
            time.sleep(0.05)
    client.close()
    try:
        yield url, popen
    finally:
        os.kill(popen.pid, signal.SIGCONT)
        popen.terminate()
        popen.wait(timeout=10)


def test_frozen_redis_gives_a_fast_503_not_a_slow_ack(own_redis, tmp_path: Path):
    url, popen = own_redis
    fake = FakeSlack().start()
    run = uuid.uuid4().hex[:8]
    env = stack_env(slack_api_url=fake.api_url, redis_url=url, key_prefix=f"bt:{run}:", queue=f"bt-{run}")
    process = None
    try:
        process, base = start_web(env, log_dir=tmp_path, workers=1, threads=4)
        channel = "C" + run.upper()
        ok = post_event(base, event_body(message_event("<https://example.com/a>", channel=channel)))
        assert ok.status == 200  # Redis answers: queued
        os.kill(popen.pid, signal.SIGSTOP)
        frozen_event = event_body(message_event("<https://example.com/b>", channel=channel))
        answers = [post_event(base, frozen_event, timeout=15)]
        answers += [
            post_event(base, event_body(message_event("<https://example.com/b>", channel=channel)), timeout=15)
            for _ in range(2)
        ]
        command = post_command(
            base,
            {
                "command": "/brief",
                "text": "https://example.com/c",
                "channel_id": channel,
                "user_id": "U1",
                "trigger_id": run,
            },
            timeout=15,
        )
        for answer in [*answers, command]:
            assert answer.status == 503, answer
            assert answer.seconds < 2.5, f"{answer.seconds:.2f}s"
        os.kill(popen.pid, signal.SIGCONT)
        # Redis is back: Slack's retry of the event that got a 503 is queued (a claim that reached Redis late,
        # after the web process gave up on it, must not make the retry look like a duplicate).
        time.sleep(0.5)
        retried = post_event(
            base, frozen_event, headers={"X-Slack-Retry-Num": "1", "X-Slack-Retry-Reason": "http_error"}
        )
        assert retried.status == 200
        queued = Queue(f"bt-{run}", connection=redis.Redis.from_url(url), serializer=JSONSerializer)
        urls = [job.kwargs.get("url") for job in queued.jobs]
        assert urls.count("https://example.com/b") == 1, urls
        assert "Traceback" not in process.log_tail(100_000)
    finally:
        os.kill(popen.pid, signal.SIGCONT)
        if process is not None:
            process.stop()
        fake.stop()
