"""The quote stage run on paragraphs written for a test, as the quote tests share it.

Every quote found is checked to be the article's own words in order, with parts that are exact slices of the text
their offsets say, so each test checks verbatim-ness as well as its own pattern.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.language import Language

from bot.brief import Quote
from bot.nlp import parse_paragraphs
from bot.quotes import extract_quotes
from bot.quotes.verbatim import is_verbatim, parts_problems

Extract = Callable[..., list[Quote]]


def quote_extractor(nlp: Language) -> Extract:
    """A function of paragraphs giving their quotes, asserting each is verbatim and its parts exact slices."""

    def run(*paragraphs: str) -> list[Quote]:
        found = extract_quotes(parse_paragraphs(list(paragraphs), nlp=nlp))
        article_text = "\n\n".join(paragraphs)
        for q in found:
            # in order, too: pieces of a merged quote must follow each other in the text
            assert is_verbatim(q.text, article_text), f"not verbatim: {q.text!r}"
            # each part is the exact slice of the article its offsets say; the text is the parts and joins only
            assert parts_problems(q.text, q.parts, article_text) == [], q
        return found

    return run


def only(quotes: list[Quote]) -> Quote:
    """The one quote found (fails when there are none or several)."""
    assert len(quotes) == 1, quotes
    return quotes[0]


def who(quotes: list[Quote], opening: str) -> tuple[str | None, str | None]:
    """(speaker, role) of the quote that opens with ``opening`` (fails when there is none)."""
    quote = next(q for q in quotes if q.text.startswith(opening))
    return quote.speaker, quote.role


def speakers_of(extract: Extract, *paragraphs: str) -> list[str | None]:
    """The speakers of the quotes ``extract`` finds in ``paragraphs``, in order."""
    return [q.speaker for q in extract(*paragraphs)]


def speaker_of(quotes_of: Extract, words: str, *paragraphs: str) -> str | None:
    """The speaker of the one quote holding ``words`` (a quote that goes on may have joined the one before)."""
    (quote,) = [q for q in quotes_of(*paragraphs) if words in q.text]
    return quote.speaker
