"""Load benchmark for the Slack side: 200 signed events as fast as possible at the web process, 2 workers.

Everything runs on loopback and is started and stopped by this script: the fake
Slack Web API, an article server, gunicorn serving the Bolt app, and two
``bot.worker`` processes, on the Redis at ``REDIS_URL`` (own key prefix and
queue, cleaned up afterwards).  Half the events repeat 10 URLs, the other half
each link a URL of their own, so the single-flight cache must hold fetches to
the number of distinct URLs while every event still gets its own reply.

    python scripts/load_bench.py [--events 200] [--repeated-urls 10] [--concurrency 16]

Prints ack latency p50/p99/max (target p99 < 100 ms), time to the last reply,
replies received (must equal the events) and fetches made (must equal the
distinct URLs); exits 1 when a must-equal check fails.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
import uuid
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from itertools import zip_longest
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchstats import percentile

from tests.support.articles import article_html
from tests.support.fake_slack import FakeSlack
from tests.support.http_server import LoopbackServer, html_route
from tests.support.slack_stack import (
    cleanup_redis,
    event_body,
    message_event,
    post_event,
    stack_env,
    start_web,
    start_worker,
)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--events", type=int, default=200)
    parser.add_argument("--repeated-urls", type=int, default=10, help="half the events cycle through this many URLs")
    parser.add_argument("--concurrency", type=int, default=8, help="requests in flight at once (default: %(default)s)")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--timeout", type=float, default=1800.0, help="seconds to wait for all replies")
    parser.add_argument(
        "--worker-nice",
        type=int,
        default=0,
        help="run the workers with `--nice N` (lower CPU priority than the co-located web process)",
    )
    args = parser.parse_args(argv)

    redis_url = os.environ.get("REDIS_URL") or "redis://127.0.0.1:6379/0"
    run = uuid.uuid4().hex[:10]
    key_prefix, queue = f"briefbot-bench:{run}:", f"briefbot-bench-{run}"
    logs = Path(tempfile.mkdtemp(prefix="briefbot-bench-"))
    fake = FakeSlack().start()
    articles = LoopbackServer().start()

    repeated = [f"/bench/shared-{i}" for i in range(args.repeated_urls)]
    unique_count = args.events - args.events // 2
    unique = [f"/bench/own-{i}" for i in range(unique_count)]
    for n, path in enumerate(repeated + unique):
        articles.routes[path] = html_route(article_html(n, title=f"Bench article {n}: ferry vote in town {n}"))
    paths = [repeated[i % len(repeated)] for i in range(args.events // 2)] + unique
    distinct = len(set(paths))

    env = stack_env(slack_api_url=fake.api_url, redis_url=redis_url, key_prefix=key_prefix, queue=queue)
    processes = []
    try:
        access_log = logs / "access.log"
        web, web_url = start_web(env, log_dir=logs, workers=2, access_log=access_log)
        processes.append(web)
        for i in range(args.workers):
            extra = ["--nice", str(args.worker_nice)] if args.worker_nice else []
            processes.append(start_worker(env, log_dir=logs, name=f"bench-{run}-{i}", wait=False, extra_args=extra))
        # Wait for both workers (models loaded) before the clock starts.
        for process in processes[1:]:
            start_worker_wait(env, process)
        print(
            f"stack up: web {web_url} (gunicorn, 2 processes x 8 threads), {args.workers} workers"
            f" (nice {args.worker_nice}), concurrency {args.concurrency}, logs in {logs}",
            flush=True,
        )

        # Interleave repeated and unique links so duplicates arrive while the first fetch is in flight.
        half = args.events // 2
        shared_paths, own_paths = paths[:half], paths[half:]
        order = [p for pair in zip_longest(shared_paths, own_paths) for p in pair if p is not None]
        titles = {path: f"Bench article {n}:" for n, path in enumerate(repeated + unique)}
        bodies, expected_title = [], {}
        for i, path in enumerate(order):
            channel = f"CBENCH{i:04d}"
            event = message_event(f"<{articles.url(path)}>", channel=channel, ts=f"{1_800_000_000 + i}.000100")
            bodies.append(event_body(event, event_id=f"EvBench{run}{i:04d}"))
            expected_title[channel] = titles[path]

        started, started_mono = time.perf_counter(), time.monotonic()
        with ThreadPoolExecutor(max_workers=args.concurrency) as pool:
            answers = list(pool.map(lambda body: post_event(web_url, body), bodies))
        posted = time.perf_counter()
        latencies_ms = [a.seconds * 1000 for a in answers]
        statuses = [a.status for a in answers]

        def replies() -> list:
            return [c for c in fake.calls_of("chat.postMessage") if str(c.get("channel", "")).startswith("CBENCH")]

        fake.wait_for(lambda f: len(replies()) >= len(bodies), timeout=args.timeout)
        last_reply = max((c.at for c in replies()), default=started_mono)
        time.sleep(3.0)  # a duplicate reply would arrive now
        got = replies()
        per_channel = Counter(c.get("channel") for c in got)
        right = sum(1 for c in got if expected_title[c.get("channel")] in (c.get("text") or ""))
        fetches = sum(articles.hits[p] for p in set(paths))

        print()
        print(
            f"events posted         {len(bodies)} ({args.events // 2} over {len(repeated)} URLs, {unique_count} unique)"
        )
        print(f"HTTP statuses         {dict((s, statuses.count(s)) for s in sorted(set(statuses)))}")
        print(
            f"ack latency ms        p50 {statistics.median(latencies_ms):.1f}  p99 {percentile(latencies_ms, 99):.1f}"
            f"  max {max(latencies_ms):.1f}  (target p99 < 100)"
        )
        server_ms = [
            float(line.split()[3])
            for line in access_log.read_text().splitlines()
            if line.startswith("POST /slack/events ") and len(line.split()) == 4
        ]
        if server_ms:
            print(
                f"  of which in gunicorn p50 {statistics.median(server_ms):.1f}  p99 {percentile(server_ms, 99):.1f}"
                f"  max {max(server_ms):.1f}  (the rest is queueing on 2 cores shared with the workers and this client)"
            )
        slowest = sorted(range(len(latencies_ms)), key=lambda i: -latencies_ms[i])[:5]
        print(f"  slowest requests    {', '.join(f'#{i} {latencies_ms[i]:.0f} ms' for i in slowest)}")
        print(f"all acks in           {posted - started:.2f} s")
        print(f"time to last reply    {last_reply - started_mono:.1f} s")
        print(
            f"replies received      {len(got)} (expected {len(bodies)}); with the right title: {right}; "
            f"events with more than one reply: {sum(1 for n in per_channel.values() if n > 1)}"
        )
        print(f"fetches made          {fetches} (expected {distinct} distinct URLs)")
        ok = len(got) == len(bodies) == right and fetches == distinct and all(s == 200 for s in statuses)
        print("RESULT               ", "OK" if ok else "FAILED")
        return 0 if ok else 1
    finally:
        for process in reversed(processes):
            process.stop()
        articles.stop()
        fake.stop()
        cleanup_redis(redis_url, key_prefix=key_prefix, queue=queue)


def start_worker_wait(env: dict[str, str], process) -> None:
    """Block until ``process`` (a worker started with wait=False) has registered with RQ."""
    import redis
    from rq import Queue, Worker

    connection = redis.Redis.from_url(env["REDIS_URL"])
    queue = Queue(env["BRIEF_QUEUE"], connection=connection)
    deadline = time.monotonic() + 300
    try:
        while time.monotonic() < deadline:
            if not process.alive():
                raise RuntimeError(f"worker exited:\n{process.log_tail()}")
            if any(w.name == process.name for w in Worker.all(queue=queue)):
                return
            time.sleep(0.3)
    finally:
        connection.close()
    raise RuntimeError(f"worker did not start:\n{process.log_tail()}")


if __name__ == "__main__":
    raise SystemExit(main())
