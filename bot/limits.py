"""Bounds on what one brief may cost: a cap on the words analysed and a cooperative time budget.

A hostile or huge page must never pin a worker: the analysis reads at most
``max_words`` words (the rest is left out and the brief says so), and the stages
check a ``Deadline`` between and inside their loops, ending the brief with a final
``TooComplex`` error once the budget is spent.  No signals: the RQ worker owns
SIGALRM for its job timeout, which stays above the budget as a last resort.
"""

from __future__ import annotations

import re
import time
from dataclasses import dataclass, field, replace

from bot.brief import Article
from bot.errors import TooComplex

__all__ = ["Deadline", "cap_words", "unlimited"]

_WORD = re.compile(r"\S+")


@dataclass
class Deadline:
    """A point in time after which the brief gives up; ``check`` is cheap enough to call per loop iteration."""

    seconds: float
    started: float = field(default_factory=time.monotonic)

    @property
    def at(self) -> float:
        return self.started + self.seconds

    def elapsed(self) -> float:
        return time.monotonic() - self.started

    def expired(self) -> bool:
        return time.monotonic() > self.at

    def check(self, where: str) -> None:
        """Raise ``TooComplex`` when the budget is spent (``where`` names the step, for the log)."""
        if time.monotonic() > self.at:
            raise TooComplex(f"time budget of {self.seconds:g} s spent during {where} ({self.elapsed():.1f} s)")


def unlimited() -> Deadline:
    """A deadline that never passes (for callers outside the pipeline, such as the evaluation scripts)."""
    return Deadline(seconds=float("inf"))


def cap_words(article: Article, *, max_words: int) -> tuple[Article, bool]:
    """The article cut to its first ``max_words`` words, and whether anything was cut.

    Whole paragraphs are kept while they fit; the paragraph that crosses the cap is
    cut after its last word that fits, so every paragraph left is a verbatim prefix of
    the original one (quotes found in it stay verbatim).
    """
    kept: list[str] = []
    words = 0
    for paragraph in article.paragraphs:
        count = len(paragraph.split())
        if words + count <= max_words:
            kept.append(paragraph)
            words += count
            continue
        room = max_words - words
        if room > 0:
            end = 0
            for k, match in enumerate(_WORD.finditer(paragraph)):
                if k == room:
                    break
                end = match.end()
            kept.append(paragraph[:end])
        return replace(article, paragraphs=tuple(kept)), True
    return article, False
