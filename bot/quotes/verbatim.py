"""Checking the promise every brief makes: each quote is the article's own words.

A quote made of several parts (interrupted by "she said", or running across
paragraphs) carries each part with its offsets into ``Article.text``: every part
must be that exact slice, and the quote's text must be the parts joined by a
space or by " … " (words of the article left out), nothing else.

:func:`is_verbatim` checks a quote's text alone against any text (whitespace
collapsed), for systems that give no offsets.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

__all__ = ["JOINS", "is_verbatim", "parts_problems", "squash_spaces"]

#: The only text a quote may hold that is not the article's: the joins between its parts.
JOINS = (" … ", " ")


def squash_spaces(text: str) -> str:
    """Collapse every run of whitespace to one space (paragraph breaks included)."""
    return re.sub(r"\s+", " ", text).strip()


def _part_fields(part: Any) -> tuple[str, int, int]:
    if isinstance(part, dict):
        return part["text"], int(part["start"]), int(part["end"])
    return part.text, part.start, part.end


def parts_problems(quote_text: str, parts: Sequence[Any], article_text: str) -> list[str]:
    """What is wrong with a quote's parts (``QuotePart`` or dicts): empty when each part is the exact slice
    ``article_text[start:end]``, the parts are in article order without overlap, and ``quote_text`` is the
    parts joined by :data:`JOINS`."""
    if not parts:
        return ["no parts"]
    problems = []
    pos = 0
    last_end = -1
    for k, part in enumerate(parts):
        text, start, end = _part_fields(part)
        if not (0 <= start < end <= len(article_text)) or article_text[start:end] != text:
            problems.append(f"part {k} is not article_text[{start}:{end}]: {text[:40]!r}")
        if start < last_end:
            problems.append(f"part {k} starts before part {k - 1} ends")
        last_end = end
        if k:
            join = next((j for j in JOINS if quote_text.startswith(j, pos)), None)
            if join is None:
                problems.append(f"no join before part {k} in the quote's text")
                return problems
            pos += len(join)
        if not quote_text.startswith(text, pos):
            problems.append(f"the quote's text does not go on with part {k}: {text[:40]!r}")
            return problems
        pos += len(text)
    if pos != len(quote_text):
        problems.append(f"the quote's text goes on after its parts: {quote_text[pos:][:40]!r}")
    return problems


def _earliest_end(segment: str, text: str, begin: int) -> int:
    """The earliest end in ``text`` of ``segment`` cut at its spaces into pieces found in order from ``begin``,
    or -1.

    Dynamic programming over the spaces of ``segment`` (a piece may end at any of them), keeping for each
    piece start the earliest place in ``text`` where the pieces so far can end: earliest is never worse, so
    the answer is exact, in quadratic time.
    """
    ends = [m.start() for m in re.finditer(" ", segment)] + [len(segment)]
    #: piece start in ``segment`` -> earliest position in ``text`` the next piece may start from
    earliest: dict[int, int] = {0: begin}
    best = -1
    for start in [0] + [end + 1 for end in ends[:-1]]:
        if start not in earliest:
            continue
        for end in ends:
            if end <= start:
                continue
            found = text.find(segment[start:end], earliest[start])
            if found < 0:
                continue
            after = found + end - start
            if end == len(segment):
                best = after if best < 0 else min(best, after)
                continue
            if after < earliest.get(end + 1, len(text) + 1):
                earliest[end + 1] = after
    return best


def is_verbatim(quote: str, text: str) -> bool:
    """Whether ``quote`` is in ``text``, or is pieces of ``text`` (in order) joined by single spaces or " … ".

    Both are compared with whitespace collapsed.
    """
    quote, text = squash_spaces(quote), squash_spaces(text)
    if not quote:
        return False
    if quote in text:
        return True
    at = 0
    for segment in quote.split(JOINS[0]):
        if not segment:
            return False
        at = _earliest_end(segment, text, at)
        if at < 0:
            return False
    return True
