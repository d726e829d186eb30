"""Property tests for reading quotation marks: never crash, every quote part a verbatim slice of its paragraph.

Deterministic (``derandomize=True``: the same examples on every run) and moderate in size, so they stay fast.
"""

from __future__ import annotations

from itertools import pairwise

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.nlp import load_nlp, parse_paragraphs
from bot.quotes import extract_quotes
from bot.quotes.marks import ALL_MARKS, find_quotes
from bot.quotes.verbatim import is_verbatim

FUZZ = settings(max_examples=300, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
PARSED = settings(
    max_examples=60,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)

#: characters that matter to mark reading: every quotation mark, apostrophe contexts, spaces and punctuation
_CHARS = st.sampled_from(list(ALL_MARKS) + list("ab Z9  .,;:—-()'s\t"))
_PARAGRAPH = st.text(alphabet=_CHARS, max_size=120)

#: words and marks for paragraphs a parser can make sense of, shaped like news with quotes
_PIECES = st.sampled_from(
    ["“", "”", '"', "'", "‘", "’", "«", "»", ",", ".", ":", "—", "said", "says", "Smith", "Ana Ruiz", "she", "he",
     "the", "mayor", "plan", "will", "work", "don't", "O'Brien", "'90s", "told", "reporters", "according", "to"]
)  # fmt: skip
_NEWSY = st.lists(_PIECES, min_size=1, max_size=40).map(" ".join)


@FUZZ
@given(st.lists(_PARAGRAPH, min_size=1, max_size=4))
def test_find_quotes_parts_are_slices_inside_their_marks(paragraphs):
    quotes = find_quotes(paragraphs)
    by_paragraph: dict[int, list[tuple[int, int]]] = {}
    for quote in quotes:
        assert quote.parts
        for part in quote.parts:
            text = paragraphs[part.paragraph]
            assert 0 <= part.start < part.end <= len(text)
            piece = text[part.start : part.end]
            assert piece == piece.strip() and piece
            if part.open_at is not None:
                assert part.open_at < part.start and text[part.open_at] in ALL_MARKS
            if part.close_at is not None:
                assert part.close_at >= part.end and text[part.close_at] in ALL_MARKS
            by_paragraph.setdefault(part.paragraph, []).append((part.start, part.end))
        # a quote's parts run forward through the article
        positions = [(p.paragraph, p.start) for p in quote.parts]
        assert positions == sorted(positions)
    for spans in by_paragraph.values():
        spans.sort()
        assert all(a_end <= b_start for (_, a_end), (b_start, _) in pairwise(spans))


@pytest.fixture(scope="module")
def nlp():
    return load_nlp()


@PARSED
@given(st.lists(_NEWSY, min_size=1, max_size=3))
def test_extract_quotes_never_crashes_and_stays_verbatim(nlp, paragraphs):
    docs = parse_paragraphs(paragraphs, nlp=nlp)
    quotes = extract_quotes(docs)
    article = "\n\n".join(paragraphs)
    for quote in quotes:
        assert is_verbatim(quote.text, article), (quote.text, paragraphs)
        assert 0 <= quote.paragraph < len(paragraphs)
