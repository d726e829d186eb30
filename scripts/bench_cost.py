#!/usr/bin/env python3
"""Cost benchmark: brief time per stage vs article length and vs quote marks, on generated text (not a test).

Needs no ../shared and no Redis (no cache).  Articles come from tests/support/hostile.py (seeded, so
every run measures the same text):

* length: plain news-like paragraphs (~35 words, one attributed quote each) of 1k ... 200k words;
  past BRIEF_MAX_WORDS the brief analyses only the first words, which the "analysed" column shows;
* quote marks: one paragraph of short attributed quotes (“ab cd,” said X.) with 10 ... 5,000 marks;
* namesakes: one short quote per paragraph, each by a different Smith ("said Kaaab Smith"), 100 ... 1,600 quotes
  (how names sharing a word are matched to their fullest form);
* descriptions: one paragraph per quote, each naming a new analyst and quoting "the golfer", whom no one in the
  article is called, 100 ... 1,600 quotes (how far back a description is looked up).

Each row is the median of ``--repeat`` briefs through ``Pipeline.brief_text`` with the models already
loaded, with the time budget lifted (so the curve is measured, not cut off).  ``x`` is each row's growth
over the row before it: time ratio / size ratio, so 1.0 is linear; ``k`` is the fitted exponent
log(time ratio) / log(size ratio) (1 linear, 2 quadratic).

    python scripts/bench_cost.py [--repeat 3] [--lengths 1000,5000,...] [--marks 10,100,...] [--namesakes 100,...]
        [--descriptions 100,...]
"""

from __future__ import annotations

import argparse
import math
import os
import statistics
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.config import AnalysisConfig, Settings  # noqa: E402
from bot.pipeline import Pipeline  # noqa: E402
from bot.summarise import make_summariser  # noqa: E402
from tests.support.hostile import (  # noqa: E402
    article_of_words,
    description_quotes,
    namesake_quotes,
    quote_paragraph,
)

STAGES = ("extract", "parse", "summarise", "quotes")


def _pipeline(timings: dict[str, float], *, max_words: int) -> Pipeline:
    settings = Settings.from_env()
    return Pipeline(
        fetch_config=settings.fetch,
        summariser=make_summariser(settings.summary),
        observer=lambda stage, seconds: timings.__setitem__(stage, timings.get(stage, 0.0) + seconds),
        analysis=AnalysisConfig(max_words=max_words, time_budget_seconds=3600.0),
    )


def _measure(pipeline: Pipeline, timings: dict[str, float], text: str, repeat: int) -> dict[str, float]:
    runs: list[dict[str, float]] = []
    for _ in range(repeat):
        timings.clear()
        started = time.perf_counter()
        brief = pipeline.brief_text(text, title="Generated article")
        row = {stage: timings.get(stage, 0.0) for stage in STAGES}
        row["total"] = time.perf_counter() - started
        row["quotes_found"] = len(brief.quotes)
        row["analysed"] = brief.truncated_at_words or len(text.split())
        runs.append(row)
    return {key: statistics.median(r[key] for r in runs) for key in runs[0]}


def _table(title: str, label: str, sizes: Sequence[int], rows: Sequence[dict[str, float]]) -> str:
    head = f"| {label} | analysed words | quotes found | " + " | ".join(STAGES) + " | total s | x | k |"
    lines = [f"**{title}**", "", head, "|" + "---|" * (head.count("|") - 1)]
    prev: tuple[int, float] | None = None
    for size, row in zip(sizes, rows, strict=True):
        growth, exponent = "", ""
        if prev is not None and prev[1] > 0:
            size_ratio, time_ratio = size / prev[0], row["total"] / prev[1]
            growth = f"{time_ratio / size_ratio:.2f}"
            exponent = f"{math.log(time_ratio) / math.log(size_ratio):.2f}" if time_ratio > 0 else ""
        stages = " | ".join(f"{row[s]:.2f}" for s in STAGES)
        lines.append(
            f"| {size:,} | {int(row['analysed']):,} | {int(row['quotes_found']):,} | {stages} | "
            f"{row['total']:.2f} | {growth} | {exponent} |"
        )
        prev = (size, row["total"])
    return "\n".join(lines)


def _run(sizes: Sequence[int], make: Callable[[int], str], pipeline: Pipeline, timings, repeat: int) -> list[dict]:
    rows = []
    for size in sizes:
        rows.append(_measure(pipeline, timings, make(size), repeat))
        print(f"  {size:,}: {rows[-1]['total']:.2f} s", file=sys.stderr, flush=True)
    return rows


def _ints(text: str) -> list[int]:
    return [int(x) for x in text.split(",") if x.strip()]


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--repeat", type=int, default=3, help="briefs per row (median reported)")
    parser.add_argument("--lengths", type=_ints, default=[1_000, 5_000, 20_000, 50_000, 200_000])
    parser.add_argument("--marks", type=_ints, default=[10, 100, 1_000, 5_000])
    parser.add_argument("--namesakes", type=_ints, default=[100, 400, 1_600])
    parser.add_argument("--descriptions", type=_ints, default=[100, 400, 1_600])
    parser.add_argument(
        "--max-words", type=int, default=Settings.from_env().analysis.max_words, help="word cap (BRIEF_MAX_WORDS)"
    )
    args = parser.parse_args(argv)

    timings: dict[str, float] = {}
    pipeline = _pipeline(timings, max_words=args.max_words)
    started = time.perf_counter()
    pipeline.warm_up()
    load = time.perf_counter() - started
    pipeline.brief_text('Warm-up. "This is a warm-up," the bench said. It has three sentences.')
    print(f"models loaded in {load:.1f} s; word cap {args.max_words:,}; {os.cpu_count()} CPUs", file=sys.stderr)

    print("length:", file=sys.stderr)
    by_length = _run(args.lengths, lambda n: "\n\n".join(article_of_words(n)), pipeline, timings, args.repeat)
    print("quote marks:", file=sys.stderr)
    by_marks = _run(args.marks, lambda n: quote_paragraph(n // 2), pipeline, timings, args.repeat)
    print("namesakes:", file=sys.stderr)
    by_namesakes = _run(args.namesakes, lambda n: "\n\n".join(namesake_quotes(n)), pipeline, timings, args.repeat)
    print("descriptions:", file=sys.stderr)
    by_descriptions = _run(
        args.descriptions, lambda n: "\n\n".join(description_quotes(n)), pipeline, timings, args.repeat
    )

    print(_table("Brief time vs article length (seconds, median)", "words", args.lengths, by_length))
    print()
    print(_table("Brief time vs quote marks in one paragraph (seconds, median)", "marks", args.marks, by_marks))
    print()
    print(
        _table(
            "Brief time vs quotes by different people sharing a surname (seconds, median)",
            "quotes",
            args.namesakes,
            by_namesakes,
        )
    )
    print()
    print(
        _table(
            'Brief time vs quotes by a description no one is given ("the golfer"; seconds, median)',
            "quotes",
            args.descriptions,
            by_descriptions,
        )
    )
    print(f"\nword cap {args.max_words:,}; models loaded in {load:.1f} s (not counted); repeat {args.repeat}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
