#!/usr/bin/env python3
"""Score the brief header (title, authors, site) that the extract stage gives, on the two extraction sets.

Needs ../shared beside the repo (the pages are not redistributed).

* trafilatura_eval_en (174 pages) has gold metadata on some pages: ``title`` (137 pages) and ``author``
  (109 pages, 77 of them non-empty).  Title: exact match after lower-casing and dropping punctuation and
  spaces.  Authors: the set of names equals the gold's (split at ";" "," " and " "&"), same normalisation;
  pages whose gold author is empty count as right when we give no author.  The gold is trafilatura's own
  annotation and sometimes keeps a site name ("… | Reuters") or an agency ("Reuters", "JIJI") as author, so
  a bare headline or a people-only byline can count as wrong there: read the listing, not only the score.
* article_extraction_benchmark (181 pages) has no header gold: ``--dump FILE`` writes title, authors and
  site of every page (before and after) for reading by hand; the README gives the hand count.

"Before" is trafilatura's title / author / sitename as it returns them (authors split at ";", " and ",
"&"), which is what ``extract_article`` gave before ``bot/headers.py``; "after" is ``extract_article``.

    python scripts/eval_headers.py [--limit N] [--dump headers.jsonl] [--show-misses]
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from shared_data import EVAL_DATA, require  # noqa: E402

from bot.errors import BriefError  # noqa: E402
from bot.extract import extract_article  # noqa: E402
from bot.fetch import decode_html  # noqa: E402

SETS = ("trafilatura_eval_en", "article_extraction_benchmark")


def _key(text: str | None) -> str:
    return "".join(re.findall(r"\w+", (text or "").lower()))


def _names(raw: str | list | None) -> set[str]:
    if isinstance(raw, list):  # a few gold entries list the authors
        raw = ";".join(raw)
    return {_key(n) for n in re.split(r";|,|\s+and\s+|\s*&\s*", raw or "") if _key(n)}


def _before(html: str, url: str | None) -> dict | None:
    """trafilatura's own header fields, as the extract stage used them before the header cleaning."""
    import trafilatura

    document = trafilatura.bare_extraction(html, url=url, with_metadata=True, include_comments=False)
    if document is None:
        return None
    authors = [" ".join(n.split()) for n in re.split(r";|\s+and\s+|\s*&\s*", document.author or "")]
    return {
        "title": " ".join((document.title or "").split()) or None,
        "authors": [n for n in authors if n],
        "site": document.sitename or document.hostname,
    }


def _after(html: str, url: str | None) -> dict | None:
    try:
        article = extract_article(html, url=url)
    except BriefError:
        return None  # refused as thin: no header is shown
    return {"title": article.title, "authors": list(article.authors), "site": article.site}


def _pages(name: str, limit: int):
    folder = EVAL_DATA / name
    rows = [json.loads(line) for line in (folder / f"{name}.jsonl").open(encoding="utf-8")]
    for row in rows[:limit] if limit else rows:
        html, _ = decode_html(gzip.decompress((folder / row["html_file"]).read_bytes()))
        yield row, html


def _score(rows: list[dict], which: str) -> dict:
    rows = [r for r in rows if r["before"] is not None and r["after"] is not None]  # the same pages for both
    titles = [r for r in rows if r["gold"].get("title")]
    authors = [r for r in rows if r["gold"].get("author") is not None]
    title_ok = sum(_key(r[which]["title"]) == _key(r["gold"]["title"]) for r in titles)
    author_ok = sum({_key(n) for n in r[which]["authors"]} - {""} == _names(r["gold"]["author"]) for r in authors)
    named = [r for r in authors if _names(r["gold"]["author"])]
    named_ok = sum({_key(n) for n in r[which]["authors"]} - {""} == _names(r["gold"]["author"]) for r in named)
    return {
        "title_exact": f"{title_ok}/{len(titles)}",
        "authors_exact": f"{author_ok}/{len(authors)}",
        "authors_exact_where_gold_names_someone": f"{named_ok}/{len(named)}",
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--limit", type=int, default=0, help="only the first N pages of each set")
    parser.add_argument("--dump", type=Path, help="write every page's header before and after (JSON lines)")
    parser.add_argument("--show-misses", action="store_true", help="list the trafilatura_eval_en mismatches")
    args = parser.parse_args()
    require(*(EVAL_DATA / name for name in SETS), script="eval_headers")
    dump = args.dump.open("w", encoding="utf-8") if args.dump else None
    for name in SETS:
        rows = []
        for row, html in _pages(name, args.limit):
            gold = {k: row.get(k) for k in ("title", "author", "sitename") if k in row}
            rows.append({"id": row["id"], "url": row.get("url"), "gold": gold, **_pair(html, row.get("url"))})
        if dump:
            for r in rows:
                dump.write(json.dumps({"set": name, **r}, ensure_ascii=False) + "\n")
        if name == "trafilatura_eval_en":
            print(json.dumps({name: {"before": _score(rows, "before"), "after": _score(rows, "after")}}))
            if args.show_misses:
                _show_misses(rows)
        else:
            changed = sum(r["before"] != r["after"] for r in rows if r["after"] is not None)
            print(json.dumps({name: {"pages": len(rows), "briefed": sum(r["after"] is not None for r in rows),
                                     "header_changed": changed}}))  # fmt: skip
    if dump:
        dump.close()


def _pair(html: str, url: str | None) -> dict:
    return {"before": _before(html, url), "after": _after(html, url)}


def _show_misses(rows: list[dict]) -> None:
    for r in rows:
        before, after, gold = r["before"], r["after"], r["gold"]
        if after is None or before is None:
            continue
        if gold.get("title") and _key(after["title"]) != _key(gold["title"]):
            print(f"  title  {after['title']!r}  gold {gold['title']!r}  before {before['title']!r}")
        if gold.get("author") is not None and {_key(n) for n in after["authors"]} - {""} != _names(gold["author"]):
            print(f"  author {after['authors']!r}  gold {gold['author']!r}  before {before['authors']!r}")


if __name__ == "__main__":
    main()
