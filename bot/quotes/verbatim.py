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

    Both are compared with whitespace collapsed.  Greedy: the longest piece that
    occurs is taken first, which is right for quotes (the parts are long and
    distinct); the search resumes after each piece, so order is enforced.
    """
    quote, text = squash_spaces(quote), squash_spaces(text)
    if not quote:
        return False
    position = 0
    rest = quote
    while rest:
        if text.find(rest, position) >= 0:
            return True
        cuts = [m.start() for m in re.finditer(" ", rest)]
        for cut in reversed(cuts):
            found = text.find(rest[:cut], position)
            if found >= 0:
                position = found + cut
                rest = rest[cut + 1 :]
                break
        else:
            return False
    return True
