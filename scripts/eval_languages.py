#!/usr/bin/env python3
"""How briefbot briefs the non-English pages of article_extraction_benchmark (../shared/eval-data).

Needs ../shared beside the repo (the pages are not redistributed).

Which pages: those whose gold article body is not English according to py3langid
(run on the gold text, which the pipeline never sees), plus those whose ``<html lang>``
declares another language than English (to check that the text, not the declaration,
decides).  For each page the script briefs the saved HTML with the real pipeline
(models loaded once, no cache) and reports:

* the page's declared language, the gold body's language and the language the brief records;
* whether it was briefed (or the error code);
* the summary's sentence count, its longest sentence in characters (a sentence
  splitter that fails on a script shows up as one very long "sentence") and where its
  sentences stand in the article (1 = first sentence; "1,2,3" is the lead);
* the quotes the brief would show: for languages other than English there must be none,
  and the brief must carry the note saying why.

    python scripts/eval_languages.py [--show]
"""

from __future__ import annotations

import argparse
import gzip
import json
import statistics
import sys
import time
from pathlib import Path
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from shared_data import EVAL_DATA, require  # noqa: E402

from bot.config import Settings  # noqa: E402
from bot.errors import BriefError  # noqa: E402
from bot.extract import extract_article  # noqa: E402
from bot.fetch import decode_html  # noqa: E402
from bot.language import SAMPLE_CHARS, load_identifier, normalise_code, quotes_supported  # noqa: E402
from bot.nlp import load_nlp, load_sentencizer, parse_paragraphs, sentences  # noqa: E402
from bot.pipeline import build_pipeline  # noqa: E402
from handlers.render import render_brief  # noqa: E402

FOLDER = EVAL_DATA / "article_extraction_benchmark"


def _pages() -> list[dict]:
    rows = [json.loads(line) for line in (FOLDER / "article_extraction_benchmark.jsonl").open(encoding="utf-8")]
    chosen = []
    for row in rows:
        # The identifier's best guess on the gold text, however unsure (the pipeline's rule keeps unsure as unknown).
        row["gold_language"], _ = load_identifier().classify(row["article_body"][:SAMPLE_CHARS])
        declared = normalise_code(row.get("html_lang"))
        if row["gold_language"] != "en" or (declared not in (None, "en")):
            chosen.append(row)
    return sorted(chosen, key=lambda r: (r["gold_language"] or "", r["id"]))


def _positions(html: str, url: str, language: str | None, summary: tuple[str, ...]) -> str:
    """Where the summary's sentences stand among the article's sentences (1-based), as the pipeline split them."""
    article = extract_article(html, url=url)
    nlp = load_nlp() if quotes_supported(language) else load_sentencizer(language)
    order = sentences(parse_paragraphs(article.paragraphs, nlp=nlp))
    return ",".join(str(order.index(s) + 1) if s in order else "?" for s in summary)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--show", action="store_true", help="print each brief's summary too")
    args = parser.parse_args()
    require(FOLDER, script="eval_languages.py")

    pipeline = build_pipeline(Settings.from_env(), use_cache=False)
    pipeline.warm_up()
    pages = _pages()
    header = (
        "page",
        "site",
        "html lang",
        "gold text",
        "brief lang",
        "briefed",
        "summary",
        "longest",
        "picked",
        "quotes",
        "note",
    )
    print(" | ".join(header))
    print(" | ".join("---" for _ in header))
    problems = 0
    leads = briefed_other = 0
    seconds = []
    for row in pages:
        html, _ = decode_html(gzip.decompress((FOLDER / row["html_file"]).read_bytes()))
        started = time.perf_counter()
        try:
            brief = pipeline.brief_html(html, url=row["url"])
        except BriefError as exc:
            outcome = (exc.code, None)
        else:
            outcome = ("yes", brief)
        seconds.append(time.perf_counter() - started)
        status, brief = outcome
        cells = [row["id"][:10], urlsplit(row["url"]).hostname or "", row.get("html_lang") or "-"]
        cells.append(row["gold_language"] or "?")
        if brief is None:
            cells += ["-", status, "-", "-", "-", "-", "-"]
        else:
            non_english = not quotes_supported(brief.language)
            rendered = json.dumps(render_brief(brief)["blocks"], ensure_ascii=False)
            noted = "Quotes are only extracted from English articles" in rendered
            wrong = brief.language != row["gold_language"] or (non_english and (brief.key_quotes or not noted))
            problems += wrong
            if non_english:
                briefed_other += 1
                leads += _positions(html, row["url"], brief.language, brief.summary) == "1,2,3"
            cells += [
                brief.language or "?",
                status,
                str(len(brief.summary)),
                str(max((len(s) for s in brief.summary), default=0)),
                _positions(html, row["url"], brief.language, brief.summary),
                str(len(brief.key_quotes)),
                "yes" if noted else "no",
            ]
        print(" | ".join(cells))
        if args.show and brief is not None:
            for sentence in brief.summary:
                print(f"    • {sentence[:300]}")
            for quote in brief.key_quotes:
                print(f"    “{quote.text[:200]}” — {quote.speaker}")
    print()
    print(f"{briefed_other} non-English pages briefed; the summary is the first three sentences on {leads} of them")
    print(
        f"{len(pages)} pages; {problems} with a wrong language or quotes shown; "
        f"median {1000 * statistics.median(seconds):.0f} ms per brief (extract + parse + summary [+ quotes])"
    )
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
