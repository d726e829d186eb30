#!/usr/bin/env python3
"""Speakers named as a reader names them, on the project's own hand-annotated probe articles.

``scripts/data/probes/<set>/NN.txt`` are news-style articles written for this project (invented people and
places, no publisher's text; paragraphs separated by blank lines) and ``NN.json`` their gold: one entry per quoted
span that is speech, ``{"start", "speaker", "role"}``, where ``speaker`` is the person's fullest name as the article
gives it anywhere (pronouns, descriptions and quote-only paragraphs resolved by hand), the phrase as written for an
unnamed source, or the organisation's name.  Sets: ``a`` Canadian/US local and sports, ``b`` AU/NZ/UK/Irish courts
and councils, ``c`` wire and politics, ``d`` sports game stories, ``e`` long features, ``f`` business and
markets, ``g`` science, health and disasters, ``h`` US courts, politics and arts, ``i`` British, Irish and
Australian copy (single quotation marks), ``j`` international wire (Africa, Asia, Latin America, Middle East);
``k`` to ``z``, ``aa`` to ``az`` and ``ba`` to ``bf`` are described in the README's rounds, each scored held out first.

The rules of the round that added them were drawn from their errors, so they are a regression check and a
cross-check of the PolNeAR numbers, not a held-out measure.  Needs nothing outside the repo.

A gold quote is found when a quote part of briefbot's starts with the same four words; its speaker is right when
the gold's name words (titles and articles aside) are among the predicted speaker's words (one shared word for a
name of up to three words, two for a longer phrase), and not when each has a capitalised name word the other lacks
("Mark Kowalchuk" for "Liam Kowalchuk": another of the family; titles and honorifics aside, so "Senior Sergeant
Dunn" is still Ray Dunn; a nickname, "Nell" for Eleanor, counts wrong); a role is right when at least half its
words are in the predicted role.  Parts matching no gold quote are counted as extra (scare quotes taken as
quotes, mostly).

    python scripts/eval_probes.py [--show-errors] [SET ...]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

PROBES = Path(__file__).resolve().parent / "data" / "probes"
_IGNORED = {"the", "a", "an", "of", "mr", "ms", "mrs", "dr"}
_ROLE_IGNORED = {"the", "a", "an", "of", "at", "for"}


def _words(text: str | None) -> list[str]:
    return re.findall(r"\w+", (text or "").lower())


def _opening(text: str) -> str:
    return " ".join(_words(text)[:4])


def speaker_right(gold: str, predicted: str | None) -> bool:
    """The gold's name words among the predicted speaker's (see the module docstring)."""
    wanted = set(_words(gold)) - _IGNORED
    got = set(_words(predicted))
    if not wanted:
        return not got
    if len(wanted) > 3:
        return len(wanted & got) >= 2
    # "Mark Kowalchuk" for "Liam Kowalchuk" shares a word but is another person: each has a name word the other lacks
    return bool(wanted & got) and not (
        _capitalised(gold) - _capitalised(predicted) and _capitalised(predicted) - _capitalised(gold)
    )


def _capitalised(text: str | None) -> set[str]:
    """The capitalised words of a name, lower-cased, titles, honorifics and articles aside ("Senior Sergeant Dunn",
    "Datuk Rizal" are the person, if not by the fullest name)."""
    from bot.quotes.lexicon import HONORIFICS, TITLE_WORDS, is_role_noun

    words = {w.lower() for w in re.findall(r"\w+", text or "") if w[:1].isupper()}
    return {
        w for w in words - _IGNORED - _HONOURS if w not in TITLE_WORDS and w not in HONORIFICS and not is_role_noun(w)
    }


#: Malaysian honorifics before a name, which the lexicon does not list.
_HONOURS = frozenset(["datuk", "datin", "dato", "tun", "senior"])


def role_right(gold: str, predicted: str | None) -> bool:
    wanted = set(_words(gold)) - _ROLE_IGNORED
    return len(wanted & set(_words(predicted))) >= max(1, len(wanted) // 2)


@dataclass
class Tally:
    gold: int = 0
    found: int = 0
    speakers: int = 0
    roles_stated: int = 0
    roles: int = 0
    extra: int = 0
    errors: list[str] = field(default_factory=list)

    def line(self, name: str) -> str:
        return (
            f"{name:>4}: gold quotes {self.gold}, found {self.found} ({self.found / max(self.gold, 1):.3f}), "
            f"speaker right {self.speakers} ({self.speakers / max(self.found, 1):.3f} of found), "
            f"role right {self.roles}/{self.roles_stated}, extra parts {self.extra}"
        )


def score_article(path: Path, tally: Tally) -> None:
    from bot.extract import article_from_text
    from bot.nlp import parse_paragraphs
    from bot.quotes import extract_quotes

    gold = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
    article = article_from_text(path.read_text(encoding="utf-8"))
    quotes = extract_quotes(parse_paragraphs(article.paragraphs))
    by_opening = {}
    for q in quotes:
        for part in q.parts:
            by_opening.setdefault(_opening(part.text), q)
    name = f"{path.parent.name}/{path.stem}"
    for g in gold:
        tally.gold += 1
        q = by_opening.get(_opening(g["start"]))
        if q is None:
            tally.errors.append(f"missed   {name}: {g['start'][:50]!r} ({g['speaker']})")
            continue
        tally.found += 1
        if not speaker_right(g["speaker"], q.speaker):
            tally.errors.append(f"speaker  {name}: {g['start'][:50]!r} gold {g['speaker']!r}, got {q.speaker!r}")
            continue
        tally.speakers += 1
        if g.get("role"):
            tally.roles_stated += 1
            if role_right(g["role"], q.role):
                tally.roles += 1
            else:
                tally.errors.append(f"role     {name}: {q.speaker!r} gold {g['role']!r}, got {q.role!r}")
    openings = {_opening(g["start"]) for g in gold}
    for key, q in by_opening.items():
        if key not in openings:
            tally.extra += 1
            tally.errors.append(f"extra    {name}: {key!r} ({q.speaker})")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("sets", nargs="*", help="probe sets to score (default: all)")
    ap.add_argument("--show-errors", action="store_true")
    args = ap.parse_args(argv)
    sets = args.sets or sorted(p.name for p in PROBES.iterdir() if p.is_dir())
    total = Tally()
    for name in sets:
        tally = Tally()
        for path in sorted((PROBES / name).glob("*.txt")):
            score_article(path, tally)
        print(tally.line(name))
        for attr in ("gold", "found", "speakers", "roles_stated", "roles", "extra"):
            setattr(total, attr, getattr(total, attr) + getattr(tally, attr))
        total.errors += tally.errors
    print(total.line("all"))
    if args.show_errors:
        print("\n".join(total.errors))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
