#!/usr/bin/env python3
"""Print a reproducible random sample of the roles briefbot gives speakers on PolNeAR, for judging by hand.

    python scripts/audit_roles.py --seed 1 --n 100 --parse-cache /work/parse-cache

Each line is one (speaker, role) pair as a Slack reader would see it, with the article's sentence that
states the role (the first sentence naming the speaker's last name and a word of the role), so a reader
can mark it right, wrong or partial.  Articles are drawn first (``--articles``, by the seed), then ``--n``
distinct pairs among theirs; nothing is stored, the text stays in ``../shared``.  Train split by default:
roles are studied on train only.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
from collections.abc import Sequence

import eval_quotes
from eval_quotes import _briefbot_quotes_only, _load

_SENTENCE = re.compile(r"[^.!?\n]+(?:[.!?]+[\"”’']?|\n|$)")


def _role_sentence(text: str, speaker: str, role: str) -> str:
    """The first sentence with the speaker's last name and a word of the role (else the last name alone)."""
    last = speaker.split()[-1]
    role_words = [w for w in re.findall(r"[A-Za-z][\w'’-]+", role) if w.lower() not in {"the", "of", "and"}]
    fallback = ""
    for m in _SENTENCE.finditer(text):
        s = m.group(0)
        if last not in s:
            continue
        fallback = fallback or s
        if any(w in s for w in role_words):
            return " ".join(s.split())
    return " ".join(fallback.split())


def sample(*, split: str, seed: int, n: int, articles: int) -> list[tuple[str, str, str, str]]:
    """``n`` (article id, speaker, role, sentence) drawn by ``seed`` from ``articles`` random articles."""
    rng = random.Random(seed)
    arts = _load(split, 0)
    picked = rng.sample(arts, min(articles, len(arts)))
    pairs: list[tuple[str, str, str, str]] = []
    for art in picked:
        seen = set()
        for q in _briefbot_quotes_only(art["text"]):
            if q.speaker and q.role and (q.speaker, q.role) not in seen:
                seen.add((q.speaker, q.role))
                pairs.append((art["id"], q.speaker, q.role, _role_sentence(art["text"], q.speaker, q.role)))
    return rng.sample(pairs, min(n, len(pairs)))


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--split", choices=("train", "dev"), default="train")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--n", type=int, default=100, help="roles to print")
    ap.add_argument("--articles", type=int, default=150, help="articles to draw the roles from")
    ap.add_argument("--parse-cache", help="spaCy parses kept here (as eval_quotes.py --parse-cache)")
    args = ap.parse_args(argv)
    if args.parse_cache:
        from pathlib import Path

        eval_quotes._PARSE_CACHE = Path(args.parse_cache)
    rows = sample(split=args.split, seed=args.seed, n=args.n, articles=args.articles)
    for k, (art_id, speaker, role, sentence) in enumerate(rows, 1):
        print(f"{k:3d}. {speaker} | {role}\n     [{art_id}] {sentence[:300]}")
    print(f"{len(rows)} roles, seed {args.seed}, split {args.split}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
