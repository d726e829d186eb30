#!/usr/bin/env python3
"""Score the extract stage (``bot.extract.extract_article``) on the two extraction sets in ../shared/eval-data.

Needs ../shared beside the repo (the pages are not redistributed).

* article_extraction_benchmark (181 pages, full gold bodies): token-level precision / recall / F1 of the
  extracted body against the gold body (bag of lowercase word tokens, micro-averaged per page then averaged),
  the benchmark's own kind of metric; pages we refuse as thin count as empty output.
* trafilatura_eval_en (174 pages, snippets): share of "with" snippets found in the body (recall) and of
  "without" snippets absent from it (precision), as trafilatura's own evaluation does.

    python scripts/eval_extraction.py [--limit N]
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import statistics
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from shared_data import EVAL_DATA, require  # noqa: E402

from bot.errors import BriefError  # noqa: E402
from bot.extract import extract_article  # noqa: E402
from bot.fetch import decode_html  # noqa: E402

_WORD = re.compile(r"\w+")


def _tokens(text: str) -> Counter:
    return Counter(_WORD.findall(text.lower()))


def _prf(predicted: Counter, gold: Counter) -> tuple[float, float, float]:
    common = sum((predicted & gold).values())
    p = common / sum(predicted.values()) if predicted else 0.0
    r = common / sum(gold.values()) if gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def _load(folder: Path, name: str, limit: int) -> list[dict]:
    rows = [json.loads(line) for line in (folder / name).open(encoding="utf-8")]
    return rows[:limit] if limit else rows


def _body(folder: Path, row: dict) -> tuple[str, float, str | None]:
    """Extracted body text, seconds taken, and the error code when the page was refused."""
    html, _ = decode_html(gzip.decompress((folder / row["html_file"]).read_bytes()))
    started = time.perf_counter()
    try:
        article = extract_article(html, url=row.get("url"))
    except BriefError as exc:
        return "", time.perf_counter() - started, exc.code
    return article.text, time.perf_counter() - started, None


def full_bodies(limit: int = 0) -> dict:
    folder = EVAL_DATA / "article_extraction_benchmark"
    scores, seconds, refused = [], [], Counter()
    for row in _load(folder, "article_extraction_benchmark.jsonl", limit):
        text, took, error = _body(folder, row)
        seconds.append(took)
        if error:
            refused[error] += 1
        scores.append(_prf(_tokens(text), _tokens(row["article_body"])))
    return {
        "pages": len(scores),
        "precision": round(statistics.mean(s[0] for s in scores), 4),
        "recall": round(statistics.mean(s[1] for s in scores), 4),
        "f1": round(statistics.mean(s[2] for s in scores), 4),
        "refused": dict(refused),
        "ms_per_page": round(1000 * statistics.mean(seconds), 1),
    }


def snippets(limit: int = 0) -> dict:
    folder = EVAL_DATA / "trafilatura_eval_en"
    found = wanted = absent = unwanted = pages = 0
    refused: Counter = Counter()
    for row in _load(folder, "trafilatura_eval_en.jsonl", limit):
        text, _, error = _body(folder, row)
        if error:
            refused[error] += 1
        squashed = " ".join(text.split())
        pages += 1
        for snippet in row.get("with") or []:
            wanted += 1
            found += " ".join(snippet.split()) in squashed
        for snippet in row.get("without") or []:
            unwanted += 1
            absent += " ".join(snippet.split()) not in squashed
    recall = found / wanted if wanted else 0.0
    precision = absent / unwanted if unwanted else 0.0
    return {
        "pages": pages,
        "with_found": round(recall, 4),
        "without_absent": round(precision, 4),
        "f1": round(2 * recall * precision / (recall + precision), 4) if recall + precision else 0.0,
        "refused": dict(refused),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--limit", type=int, default=0, help="only the first N pages of each set")
    args = parser.parse_args()
    require(EVAL_DATA / "article_extraction_benchmark", EVAL_DATA / "trafilatura_eval_en", script="eval_extraction")
    print(json.dumps({"article_extraction_benchmark": full_bodies(args.limit)}))
    print(json.dumps({"trafilatura_eval_en": snippets(args.limit)}))


if __name__ == "__main__":
    main()
