#!/usr/bin/env python3
"""Resolution accuracy on the hand-checked set: does briefbot name the person behind "he" or "the senator"?

Needs ../shared beside the repo (the PolNeAR texts are not redistributed); the set itself is
``scripts/data/resolution_dev.tsv`` (ids, offsets and hand-written names only; see its header).

For each item the article is briefed, the system's quotes are matched one-to-one to the article's gold quotes
exactly as the reference scorer matches them (``score_quotes.match``), and the system quote matched to the
item's gold quote is looked up:

* a named item is right when that quote's speaker, normalised (accents dropped, lower-cased, word tokens),
  contains the hand-written name's tokens or is contained in them ("Clinton" for "Hillary Clinton" is right,
  "Bill Clinton" is not); a gold quote the system missed counts as wrong;
* an unnamed item ("a Chilean official who asked not to be named") is right when the speaker given is
  no proper name (none, or a description: "a Chilean official", "One strategist").

    python scripts/eval_resolution.py [--quotes-only] [--show-errors] [--limit N]

``scripts/eval_quotes.py`` prints the same numbers after the dev-split scores.
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import sys
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

SCRIPTS = Path(__file__).resolve().parent
if str(SCRIPTS) not in sys.path:
    sys.path.insert(0, str(SCRIPTS))

from shared_data import EVAL_DATA, reference_scorer  # noqa: E402

SET = SCRIPTS / "data" / "resolution_dev.tsv"
GOLD = EVAL_DATA / "polnear_quotes" / "polnear_quotes.jsonl"


@dataclass(frozen=True)
class Item:
    """One hand-checked quote: where its gold quote is, and who the article says spoke it."""

    article_id: str
    quote_index: int
    content: tuple[int, int]
    speaker_span: tuple[int, int]
    kind: str
    name: str | None


def load_items(path: Path = SET) -> list[Item]:
    lines = [line for line in path.read_text(encoding="utf-8").splitlines() if line and not line.startswith("#")]
    return [
        Item(
            article_id=row["article_id"],
            quote_index=int(row["quote_index"]),
            content=(int(row["content_start"]), int(row["content_end"])),
            speaker_span=(int(row["speaker_start"]), int(row["speaker_end"])),
            kind=row["gold_speaker_kind"],
            name=row["name"] or None,
        )
        for row in csv.DictReader(lines, delimiter="\t")
    ]


def name_tokens(name: str | None) -> list[str]:
    """Accents dropped, lower-cased word tokens: "François Hollande" → ["francois", "hollande"]."""
    bare = unicodedata.normalize("NFKD", name or "").encode("ascii", "ignore").decode()
    return re.findall(r"\w+", bare.lower())


_DETERMINERS = frozenset(["a", "an", "the", "one", "another", "some"])


def speaker_is_right(system: str | None, item: Item) -> bool:
    if item.name is None:  # the article never names the person: any proper name would be invented
        return not system or system[:1].islower() or system.split()[0].lower() in _DETERMINERS
    got, want = set(name_tokens(system)), set(name_tokens(item.name))
    return bool(got) and (got <= want or want <= got)


def _gold_quote(article: dict, item: Item) -> dict:
    """The item's gold quote, after checking the stored offsets still point at it."""
    quote = article["quotes"][item.quote_index]
    content = (min(s[0] for s in quote["content_spans"]), max(s[1] for s in quote["content_spans"]))
    if content != item.content or tuple(quote["speaker_spans"][0]) != item.speaker_span:
        raise SystemExit(f"resolution set out of step with {GOLD.name}: {item.article_id} #{item.quote_index}")
    return quote


def evaluate(predict: Callable[[str], list[dict]], *, limit: int = 0) -> dict:
    """Score ``predict(text) -> [{"text", "speaker"}]`` on the set; returns counts and per-item outcomes."""
    scorer = reference_scorer("score_quotes", data=GOLD, script="eval_resolution")
    items = load_items()
    wanted = {item.article_id for item in items}
    with GOLD.open(encoding="utf-8") as f:
        articles = {a["id"]: a for a in map(json.loads, f) if a["id"] in wanted}
    if any(articles[item.article_id]["split"] != "train" for item in items):
        raise SystemExit("the resolution set must come from the PolNeAR train split only")
    ids = sorted(wanted)[:limit] if limit else sorted(wanted)
    outcomes = []
    for article_id in ids:
        article = articles[article_id]
        preds = [p for p in predict(article["text"]) if (p.get("text") or "").strip()]
        golds = [q for q in article["quotes"] if q.get("type", "direct") in scorer.QUOTE_TYPES]
        pairs = scorer.match([p["text"] for p in preds], [scorer.gold_quote_text(q) for q in golds])
        system_for_gold = {j: preds[i].get("speaker") for i, j, _ in pairs}
        for item in (it for it in items if it.article_id == article_id):
            gold_index = golds.index(_gold_quote(article, item))
            matched = gold_index in system_for_gold
            speaker = system_for_gold.get(gold_index)
            outcomes.append(
                {
                    "article_id": article_id,
                    "quote_index": item.quote_index,
                    "kind": item.kind,
                    "name": item.name,
                    "matched": matched,
                    "system_speaker": speaker,
                    "right": matched and speaker_is_right(speaker, item),
                }
            )
    return _summary(outcomes)


def _summary(outcomes: list[dict]) -> dict:
    named = [o for o in outcomes if o["name"]]
    unnamed = [o for o in outcomes if not o["name"]]
    matched_named = [o for o in named if o["matched"]]
    return {
        "items": len(outcomes),
        "named": len(named),
        "resolution_accuracy": round(sum(o["right"] for o in named) / len(named), 4) if named else None,
        "named_quotes_found": len(matched_named),
        "resolution_accuracy_on_found": (
            round(sum(o["right"] for o in matched_named) / len(matched_named), 4) if matched_named else None
        ),
        "unnamed": len(unnamed),
        "unnamed_left_unnamed": sum(o["right"] for o in unnamed),
        "outcomes": outcomes,
    }


def report(predict: Callable[[str], list[dict]], *, limit: int = 0, show_errors: bool = False) -> dict:
    """Print the resolution line (as ``eval_quotes.py`` shows it) and return the summary without outcomes."""
    result = evaluate(predict, limit=limit)
    outcomes = result.pop("outcomes")
    print(
        f"resolution (hand-checked PolNeAR train set, {result['items']} quotes): "
        f"accuracy={result['resolution_accuracy']:.3f} on {result['named']} named "
        f"(quote found for {result['named_quotes_found']}, accuracy there "
        f"{result['resolution_accuracy_on_found']:.3f}); unnamed left unnamed "
        f"{result['unnamed_left_unnamed']}/{result['unnamed']}"
    )
    if show_errors:
        for o in outcomes:
            if not o["right"]:
                found = "" if o["matched"] else " (quote not found)"
                where = f"{o['article_id']} #{o['quote_index']} {o['kind']}"
                print(f"  {where}: {o['system_speaker']!r} ≠ {o['name']!r}{found}")
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quotes-only", action="store_true", help="the quote stage alone (faster; same quotes)")
    parser.add_argument("--show-errors", action="store_true", help="list the items answered wrongly")
    parser.add_argument("--limit", type=int, default=0, help="only the first N articles of the set")
    parser.add_argument("--json", action="store_true", help="also print the result as JSON")
    args = parser.parse_args(argv)
    import eval_quotes

    predict = eval_quotes.predict_quotes_only if args.quotes_only else eval_quotes.predict
    result = report(predict, limit=args.limit, show_errors=args.show_errors)
    if args.json:
        print(json.dumps(result, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
