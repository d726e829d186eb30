#!/usr/bin/env python3
"""ROUGE of briefbot's extractive summariser on FRANK CNN/DM, beside lead-3 in the same run.

    python scripts/eval_summaries.py                    # all 250 articles, 3 sentences, title from the URL slug
    python scripts/eval_summaries.py --limit 50 --sentences 3 4 --no-title

Needs ``../shared`` (``eval-data/frank_summaries/cnndm.jsonl`` and ``bench/score_summaries.py``) next
to the repo; the numbers come from ``score_summaries.score`` itself, so they agree with the reference
CLI.  Both systems get the same spaCy sentences (``bot.nlp``), split once up front, so each system's
sec/article is the summariser alone.  CNN/DM records have no headline; as the pipeline always passes
the page title, the URL slug stands in for it (the reference scorer's ``title_from_url``).
Lead-3 is compared at 3 sentences, the bot's default (``BRIEF_SUMMARY_SENTENCES=3``).
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from shared_data import EVAL_DATA, ROOT, reference_scorer

DATA = EVAL_DATA / "frank_summaries" / "cnndm.jsonl"

if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


class _Splitter:
    """spaCy sentences per article text, computed once and shared by every system in the run."""

    def __init__(self) -> None:
        from bot.nlp import load_nlp

        self._nlp = load_nlp()
        self._cache: dict[str, list[str]] = {}

    def __call__(self, text: str) -> list[str]:
        found = self._cache.get(text)
        if found is None:
            from bot.nlp import sentences

            found = sentences([self._nlp(text)])
            self._cache[text] = found
        return found


class _Extractive:
    """The scorer's ``summarize(article, title=)`` for the extractive summariser, counting its CPU time."""

    def __init__(self, summariser: Any, split: _Splitter) -> None:
        self._summariser = summariser
        self._split = split
        self.cpu_seconds = 0.0

    def __call__(self, article: str, title: str | None = None) -> list[str]:
        sentences = self._split(article)
        started = time.process_time()
        try:
            return self._summariser.summarise(sentences, title=title)
        finally:
            self.cpu_seconds += time.process_time() - started


def run(
    data_path: str | Path = DATA,
    limit: int = 0,
    *,
    sentences: Sequence[int] = (3,),
    use_title: bool = True,
    verbose: bool = True,
) -> dict[str, Any]:
    """Score lead-3 and the extractive summariser; returns ``{system: score_summaries result}``.

    ``split_sec_per_article`` (spaCy sentence splitting, shared by all systems) is reported
    separately from each system's own ``sec_per_article``.
    """
    from bot.config import SummaryConfig
    from bot.summarise import ExtractiveSummariser

    path = Path(data_path)
    scorer = reference_scorer("score_summaries", data=path, script="eval_summaries")
    records = scorer.load_records(str(path))
    if limit:
        records = records[:limit]
    split = _Splitter()
    start = time.perf_counter()
    for record in records:
        split(record["article"])
    split_seconds = (time.perf_counter() - start) / max(1, len(records))
    title_fn = (lambda r: scorer.title_from_url(r.get("url"))) if use_title else None

    def lead3(article: str) -> list[str]:
        return split(article)[:3]

    results: dict[str, Any] = {"lead3": scorer.score(records, lead3)}
    for count in sentences:
        summariser = ExtractiveSummariser(config=SummaryConfig(sentences=count))
        summariser.warm_up()

        system = _Extractive(summariser, split)
        result = scorer.score(records, system, title_fn=title_fn)
        # CPU seconds of this process (all torch threads); on a shared machine wall time alone can mislead.
        result["cpu_sec_per_article"] = round(system.cpu_seconds / max(1, len(records)), 4)
        results[f"extractive-{count}"] = result
    for result in results.values():
        result["split_sec_per_article"] = round(split_seconds, 4)
        result["title"] = "url-slug" if use_title else "none"
    if verbose:
        for name, result in results.items():
            print(_line(name, result), flush=True)
    return results


def _line(name: str, result: dict[str, Any]) -> str:
    return (
        f"{name:<14} R1 {result['rouge1']:5.2f}  R2 {result['rouge2']:5.2f}  RLsum {result['rougeLsum']:5.2f}  "
        f"sents {result['avg_pred_sents']:.2f}  sec/article {result['sec_per_article']:.4f}  "
        + (f"cpu-sec/article {result['cpu_sec_per_article']:.4f}  " if "cpu_sec_per_article" in result else "")
        + f"(+ spaCy split {result['split_sec_per_article']:.4f})  n={result['n']}  errors={result['errors']}"
    )


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", default=str(DATA), help="jsonl with 'article' and 'summary' (default: %(default)s)")
    parser.add_argument("--limit", type=int, default=0, help="score only the first N articles")
    parser.add_argument("--sentences", type=int, nargs="+", default=[3], help="summary lengths to score (default 3)")
    parser.add_argument("--no-title", action="store_true", help="do not pass the URL slug as the title")
    args = parser.parse_args(argv)
    run(args.data, args.limit, sentences=args.sentences, use_title=not args.no_title)


if __name__ == "__main__":
    main()
