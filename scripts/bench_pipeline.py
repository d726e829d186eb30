#!/usr/bin/env python3
"""Benchmark the brief pipeline on the evaluation sets in ../shared/eval-data (not a test).

Needs ../shared (the evaluation data and reference scorers) and a Redis (REDIS_URL,
default 127.0.0.1:6379; a key prefix of its own, deleted afterwards).  Reports:

* per-stage time per article (fetch, extract, parse, summarise, quotes) over the real
  pages of article_extraction_benchmark, each served over HTTP from loopback;
* uncached brief time of ~1,000-word articles (900-1,100 words of body), median, models loaded;
* cached brief time (a Redis hit), median;
* peak RSS of this process, which holds the models;
* quotes on polnear_quotes (dev): precision/recall/F1/speaker accuracy (scripts/eval_quotes.py);
* ROUGE-1/2/Lsum on frank_summaries/cnndm.jsonl beside lead-3 in the same run (scripts/eval_summaries.py).

    python scripts/bench_pipeline.py [--pages 181] [--skip-quotes] [--skip-rouge]
"""

from __future__ import annotations

import argparse
import contextlib
import gzip
import json
import os
import resource
import statistics
import sys
import time
import uuid
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))


from benchstats import percentile  # noqa: E402
from shared_data import EVAL_DATA, require  # noqa: E402

from bot.cache import BriefCache  # noqa: E402
from bot.config import CacheConfig, FetchConfig, Settings  # noqa: E402
from bot.errors import BriefError  # noqa: E402
from bot.pipeline import PIPELINE_VERSION, Pipeline  # noqa: E402
from bot.summarise import Summariser, make_summariser  # noqa: E402
from tests.support.http_server import LoopbackServer, send  # noqa: E402

EXTRACTION_SET = EVAL_DATA / "article_extraction_benchmark"

STAGES = ("fetch", "extract", "parse", "summarise", "quotes")


def load_pages(limit: int) -> list[dict]:
    rows = [json.loads(line) for line in (EXTRACTION_SET / "article_extraction_benchmark.jsonl").open()]
    pages = []
    for row in rows[:limit] if limit else rows:
        html = gzip.decompress((EXTRACTION_SET / row["html_file"]).read_bytes())
        pages.append({"id": row["id"], "html": html, "gold_words": len((row.get("article_body") or "").split())})
    return pages


def serve(pages: list[dict]) -> LoopbackServer:
    server = LoopbackServer()
    for page in pages:
        body = page["html"]
        server.routes[f"/{page['id']}"] = lambda handler, body=body: send(handler, body, content_type="text/html")
    return server.start()


def bench_stages(pages: list[dict], server: LoopbackServer, summariser: Summariser) -> dict:
    timings: dict[str, float] = {}
    pipeline = Pipeline(
        fetch_config=FetchConfig(allow_private_hosts=True),
        summariser=summariser,
        observer=lambda stage, seconds: timings.__setitem__(stage, timings.get(stage, 0.0) + seconds),
    )
    started = time.perf_counter()
    pipeline.warm_up()
    load_seconds = time.perf_counter() - started
    pipeline.brief_text('Warm-up. "This is a warm-up," the bench said. It has three sentences.')
    per_stage: dict[str, list[float]] = defaultdict(list)
    totals, thousand_word_totals, failures = [], [], defaultdict(int)
    for page in pages:
        timings.clear()
        t0 = time.perf_counter()
        try:
            pipeline.brief_url(server.url(f"/{page['id']}"))
        except BriefError as exc:
            failures[exc.code] += 1
            continue
        total = time.perf_counter() - t0
        totals.append(total)
        for stage in STAGES:
            per_stage[stage].append(timings.get(stage, 0.0))
        if 900 <= page["gold_words"] <= 1100:
            thousand_word_totals.append(total)
    return {
        "pages": len(pages),
        "briefed": len(totals),
        "failures": dict(failures),
        "model_load_s": round(load_seconds, 2),
        "stage_mean_ms": {s: round(1000 * statistics.mean(v), 1) for s, v in per_stage.items()},
        "stage_median_ms": {s: round(1000 * statistics.median(v), 1) for s, v in per_stage.items()},
        "total_median_ms": round(1000 * statistics.median(totals), 1),
        "total_p90_ms": round(1000 * percentile(totals, 90), 1),
        "articles_900_1100_words": len(thousand_word_totals),
        "uncached_1000_words_median_ms": round(1000 * statistics.median(thousand_word_totals), 1)
        if thousand_word_totals
        else None,
    }


def bench_cached(summariser: Summariser, server: LoopbackServer, pages: list[dict], redis_url: str) -> dict:
    import redis

    prefix = f"briefbot-bench:{uuid.uuid4().hex}:"
    config = CacheConfig(redis_url=redis_url, key_prefix=prefix)
    cache = BriefCache.from_config(config, version=PIPELINE_VERSION)
    cached = Pipeline(fetch_config=FetchConfig(allow_private_hosts=True), summariser=summariser, cache=cache)
    try:
        urls = [server.url(f"/{p['id']}") for p in pages[:20]]
        for url in urls:  # fill the cache
            with contextlib.suppress(BriefError):
                cached.brief_url(url)
        hits = []
        for _ in range(5):
            for url in urls:
                t0 = time.perf_counter()
                with contextlib.suppress(BriefError):
                    cached.brief_url(url)
                hits.append(time.perf_counter() - t0)
        return {
            "cached_median_ms": round(1000 * statistics.median(hits), 2),
            "cached_p99_ms": round(1000 * percentile(hits, 99), 2),
            "cached_requests": len(hits),
        }
    finally:
        client = redis.Redis.from_url(redis_url)
        keys = list(client.scan_iter(match=f"{prefix}*"))
        if keys:
            client.delete(*keys)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", type=int, default=0, help="use only the first N extraction pages (0 = all)")
    parser.add_argument("--skip-quotes", action="store_true")
    parser.add_argument("--skip-rouge", action="store_true")
    parser.add_argument("--rouge-limit", type=int, default=0)
    args = parser.parse_args()
    require(EXTRACTION_SET, script="bench_pipeline")
    settings = Settings.from_env()
    report: dict = {"machine": f"{os.cpu_count()} CPUs", "python": sys.version.split()[0]}
    pages = load_pages(args.pages)
    server = serve(pages)
    try:
        summariser = make_summariser(settings.summary)
        report["stages"] = bench_stages(pages, server, summariser)
        report["cache"] = bench_cached(summariser, server, pages, settings.cache.redis_url)
    finally:
        server.stop()
    report["peak_rss_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)
    print(json.dumps(report, indent=2), flush=True)
    if not args.skip_quotes:
        import eval_quotes

        report["quotes"] = eval_quotes.run(split="dev")
        print(json.dumps({"quotes": report["quotes"]}, indent=2, default=str), flush=True)
    if not args.skip_rouge:
        import eval_summaries

        report["rouge"] = eval_summaries.run(limit=args.rouge_limit)
        print(json.dumps({"rouge": report["rouge"]}, indent=2, default=str), flush=True)
    report["peak_rss_mb_final"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)
    print(json.dumps({"peak_rss_mb_final": report["peak_rss_mb_final"]}))


if __name__ == "__main__":
    main()
