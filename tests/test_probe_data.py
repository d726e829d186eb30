"""The hand-annotated probe articles (``scripts/data/probes``) stay well formed: every gold entry has its fields
and its opening words are in its article right after a quotation mark, so ``scripts/eval_probes.py`` scores what
the annotators meant."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

PROBES = Path(__file__).resolve().parents[1] / "scripts" / "data" / "probes"
ARTICLES = sorted(PROBES.glob("*/*.txt"))


def test_there_are_probe_articles() -> None:
    assert len(ARTICLES) >= 60


@pytest.mark.parametrize("article", ARTICLES, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_each_gold_quote_opens_after_a_mark_in_its_article(article: Path) -> None:
    text = article.read_text(encoding="utf-8")
    gold = json.loads(article.with_suffix(".json").read_text(encoding="utf-8"))
    assert gold
    for entry in gold:
        assert set(entry) == {"start", "speaker", "role"}, entry
        # the words may also stand unquoted earlier ("roughly double" in the writer's sentence, then quoted)
        openings = [m.start() for m in re.finditer(re.escape(entry["start"]), text)]
        assert any(at > 0 and text[at - 1] in "\"'“‘" for at in openings), entry["start"]
