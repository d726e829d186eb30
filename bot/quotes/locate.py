"""Where the quote marks sit in the parse: the tokens each quote part spans, and its neighbouring parts.

:mod:`marks` reads quotation marks on plain strings (exact character offsets);
every later step reasons on tokens (cues, subjects, sentences).  This module is
the bridge: each part becomes a :class:`Located` (its first and last token),
each paragraph gets the set of tokens inside quotes (so no speaker is ever read
from quoted words), and :class:`Neighbours` answers "which part comes before or
after this token" in O(log n), which keeps the stage linear on hostile pages.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise

from spacy.tokens import Doc

from bot.quotes.marks import Part, RawQuote

__all__ = ["Located", "Neighbours", "QuoteMarks", "locate", "paragraph_offsets", "place_marks"]

_WORDS = re.compile(r"\w+")


@dataclass
class Located:
    """A quote part mapped onto tokens: ``first``/``last`` are the tokens of its marks (or text ends)."""

    part: Part
    first: int
    last: int


def _token_at(doc: Doc, starts: list[int], char: int) -> int:
    return max(0, bisect.bisect_right(starts, char) - 1)


def locate(docs: Sequence[Doc], quotes: Sequence[RawQuote]) -> tuple[list[list[Located]], list[set[int]]]:
    """Token positions of every quote part, and per paragraph the set of tokens inside quotes (marks included)."""
    starts = [[t.idx for t in doc] for doc in docs]
    located: list[list[Located]] = []
    in_quote: list[set[int]] = [set() for _ in docs]
    for q in quotes:
        locs = []
        for part in q.parts:
            doc = docs[part.paragraph]
            if not len(doc):
                continue
            st = starts[part.paragraph]
            a = part.open_at if part.open_at is not None else part.start
            b = part.close_at if part.close_at is not None else part.end - 1
            first, last = _token_at(doc, st, a), _token_at(doc, st, b)
            locs.append(Located(part=part, first=first, last=last))
            in_quote[part.paragraph].update(range(first, last + 1))
        located.append(locs)
    return located, in_quote


def paragraph_offsets(texts: Sequence[str]) -> list[int]:
    """Where each paragraph (``texts`` are their strings) starts in ``Article.text`` (joined by "\n\n")."""
    offsets, at = [], 0
    for text in texts:
        offsets.append(at)
        at += len(text) + 2
    return offsets


def part_text(texts: Sequence[str], loc: Located) -> str:
    """The quoted words of one part (``texts`` are the paragraph strings)."""
    # the paragraph strings are taken once: spaCy rebuilds ``Doc.text`` from every token on each access
    return texts[loc.part.paragraph][loc.part.start : loc.part.end]


class Neighbours:
    """The quote parts of each paragraph in token order: the part before or after a token in O(log n).

    A hostile paragraph holds thousands of quotes; scanning them all for each quote made the stage cubic.
    """

    def __init__(self, located: Sequence[Sequence[Located]], texts: Sequence[str]) -> None:
        per_para: dict[int, list[tuple[int, int]]] = {}
        self._by_first: dict[tuple[int, int], Located] = {}
        for locs in located:
            for loc in locs:
                per_para.setdefault(loc.part.paragraph, []).append((loc.first, loc.last))
                self._by_first.setdefault((loc.part.paragraph, loc.first), loc)
        self._spans = {p: sorted(v) for p, v in per_para.items()}
        self._firsts = {p: [a for a, _ in v] for p, v in self._spans.items()}
        self._lasts = {p: [b for _, b in v] for p, v in self._spans.items()}
        # parts never overlap, so their last tokens rise with their first ones; checked, not assumed
        self._sorted_lasts = {p: all(x <= y for x, y in pairwise(v)) for p, v in self._lasts.items()}
        self._texts = texts
        self._past_names: dict[tuple[int, int], int | None] = {}

    def prev_last(self, p: int, first: int) -> int | None:
        """The last token of the part before token ``first`` in paragraph ``p``."""
        lasts = self._lasts.get(p)
        if not lasts:
            return None
        if self._sorted_lasts[p]:
            k = bisect.bisect_left(lasts, first)
            return lasts[k - 1] if k else None
        before = [b for b in lasts if b < first]
        return before[-1] if before else None

    def next_first(self, p: int, last: int) -> int | None:
        """The first token of the part after token ``last`` in paragraph ``p``."""
        firsts = self._firsts.get(p)
        if not firsts:
            return None
        k = bisect.bisect_right(firsts, last)
        return firsts[k] if k < len(firsts) else None

    def past_short_names(self, p: int, first: int | None) -> int | None:
        """From the part at token ``first`` on, the first part that is not a short closed quote (a quoted name);
        remembered for every part passed, so a run of thousands of short quotes is walked once."""
        passed: list[int] = []
        while first is not None:
            if (p, first) in self._past_names:
                first = self._past_names[(p, first)]
                break
            part = self._by_first.get((p, first))
            if part is None or part.part.close_at is None or len(_WORDS.findall(part_text(self._texts, part))) > 4:
                break
            passed.append(first)
            first = self.next_first(p, part.last)
        for k in passed:
            self._past_names[(p, k)] = first
        return first


@dataclass(frozen=True)
class QuoteMarks:
    """Everything later steps need to know about the article's quote marks, built once per article."""

    docs: Sequence[Doc]
    #: the paragraph strings, taken once (spaCy rebuilds ``Doc.text`` from every token on each access)
    texts: Sequence[str]
    #: where each paragraph starts in ``Article.text``, for the parts' offsets
    offsets: Sequence[int]
    #: per raw quote, its parts on tokens (empty when all its paragraphs are empty)
    located: Sequence[Sequence[Located]]
    #: per paragraph, the tokens inside quotes (marks included): never read as attribution
    in_quote: Sequence[set[int]]
    neighbours: Neighbours

    def text(self, loc: Located) -> str:
        """The quoted words of one part."""
        return part_text(self.texts, loc)


def place_marks(docs: Sequence[Doc], texts: Sequence[str], raws: Sequence[RawQuote]) -> QuoteMarks:
    """The raw quotes of :func:`marks.find_quotes` placed on the paragraphs' tokens."""
    offsets = paragraph_offsets(texts)
    located, in_quote = locate(docs, raws)
    return QuoteMarks(
        docs=docs,
        texts=texts,
        offsets=offsets,
        located=located,
        in_quote=in_quote,
        neighbours=Neighbours(located, texts),
    )
