"""Checking the promise every brief makes: each quote is the article's own words.

A quote merged from parts (interrupted by "she said", or running across
paragraphs) is the parts joined by single spaces, so it is verbatim when it
can be cut at spaces into pieces that each occur in the article, in order.
"""

from __future__ import annotations

import re

__all__ = ["is_verbatim", "squash_spaces"]


def squash_spaces(text: str) -> str:
    """Collapse every run of whitespace to one space (paragraph breaks included)."""
    return re.sub(r"\s+", " ", text).strip()


def is_verbatim(quote: str, text: str) -> bool:
    """Whether ``quote`` is in ``text``, or is pieces of ``text`` (in order) joined by single spaces.

    Both are compared with whitespace collapsed.  Dynamic programming over the spaces of
    ``quote`` (a piece may end at any of them), keeping for each piece start the earliest
    place in ``text`` where the pieces so far can end: earliest is never worse, so the
    answer is exact, and a quote that is not verbatim is rejected in quadratic time.
    """
    quote, text = squash_spaces(quote), squash_spaces(text)
    if not quote:
        return False
    if quote in text:
        return True
    ends = [m.start() for m in re.finditer(" ", quote)] + [len(quote)]
    #: piece start in ``quote`` -> earliest position in ``text`` the next piece may start from
    earliest: dict[int, int] = {0: 0}
    for start in [0] + [end + 1 for end in ends[:-1]]:
        if start not in earliest:
            continue
        for end in ends:
            if end <= start:
                continue
            found = text.find(quote[start:end], earliest[start])
            if found < 0:
                continue
            if end == len(quote):
                return True
            after = found + end - start
            if after < earliest.get(end + 1, len(text) + 1):
                earliest[end + 1] = after
    return False
