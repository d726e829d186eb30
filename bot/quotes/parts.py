"""Join a quote's pieces into what readers see, keeping each piece a slice of the article.

A quote is often cut by its attribution ("A," she said, "B.") or runs over
paragraphs.  Each piece stays a :class:`~bot.brief.QuotePart` with offsets into
``Article.text`` (the paragraphs joined by blank lines), and the reader's text
joins them with one of two joins, never anything else:

* a space, where nothing of the quote's sentence is left out: the attribution
  interrupts one sentence ("We knew it would be tough," said Santos, "but ...")
  or the quote goes on in the next paragraph;
* " … ", where the article's words between the pieces are left out: the
  attribution ends a sentence and a new one starts ("... never stop," Antonov
  said. "Nevertheless ..."), or narrative text stands between two quoted
  fragments.  A comma ending the piece before it is dropped (the article put a
  full stop after the attribution, not a comma), as is one ending the quote.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise

from spacy.tokens import Doc

from bot.brief import QuotePart
from bot.quotes.attribution import is_cue
from bot.quotes.locate import Located, paragraph_offsets

__all__ = ["GAP_JOIN", "SPACE_JOIN", "join_parts", "paragraph_offsets"]

SPACE_JOIN = " "
GAP_JOIN = " … "
_SENTENCE_ENDS = {".", "!", "?", ";"}
_SET_OFF = {",", ":", "—", "–", "-", "--"}
_CAPITAL_MID_SENTENCE = {"I", "I'm", "I’m", "I've", "I’ve", "I'll", "I’ll", "I'd", "I’d"}
_OPEN_END = (",", "—", "–", "-", "…", ":")


def _join_between(
    texts: Sequence[str], docs: Sequence[Doc], a: Located, b: Located, in_quote: Sequence[set[int]]
) -> str:
    """The join between consecutive pieces ``a`` and ``b`` of one quote."""
    if a.part.paragraph != b.part.paragraph:
        # left open at the paragraph's end, the quote goes on in the next one; a closed one had its attribution
        return SPACE_JOIN if a.part.close_at is None else GAP_JOIN
    doc = docs[a.part.paragraph]
    outside = [doc[i] for i in range(a.last + 1, b.first) if i not in in_quote[a.part.paragraph]]
    words = [t for t in outside if not t.is_space]
    # one sentence interrupted by its attribution: the piece before stops open ("A," / "A —"), and the words
    # between are set off by commas or dashes around a speech verb (", she said, ") with no sentence ending
    interrupted = (
        texts[a.part.paragraph][a.part.start : a.part.end].endswith(_OPEN_END)
        and words
        and words[-1].text in _SET_OFF
        and any(is_cue(t) for t in words)
        and not any(t.text in _SENTENCE_ENDS for t in words)
        and not _opens_a_sentence(doc, b)
    )
    return SPACE_JOIN if interrupted else GAP_JOIN


def _opens_a_sentence(doc: Doc, b: Located) -> bool:
    """Whether the piece ``b`` starts a new sentence (""Look," she said, "The plan is dead."": a capital that is
    not "I" or a name); joined with a bare space it would read as a typo ("Look, The plan")."""
    first = next((t for t in doc[b.first : b.first + 3] if t.idx >= b.part.start and not t.is_punct), None)
    if first is None or not first.text[:1].isupper():
        return False
    return first.text not in _CAPITAL_MID_SENTENCE and first.pos_ != "PROPN" and first.ent_type_ == ""


def join_parts(
    texts: Sequence[str],
    docs: Sequence[Doc],
    locs: Sequence[Located],
    in_quote: Sequence[set[int]],
    offsets: Sequence[int],
) -> tuple[str, tuple[QuotePart, ...]]:
    """The reader's text of a quote made of ``locs`` and its parts, each ``Article.text[start:end]``.

    ``texts`` are the paragraphs' strings, taken once (spaCy rebuilds ``Doc.text`` on every access)."""
    joins: list[str | None] = [_join_between(texts, docs, a, b, in_quote) for a, b in pairwise(locs)]
    joins.append(None)
    kept: list[tuple[QuotePart, str | None]] = []  # each piece with the join after it
    for loc, join in zip(locs, joins, strict=True):
        text = texts[loc.part.paragraph]
        start, end = loc.part.start, loc.part.end
        if join != SPACE_JOIN:
            # before a left-out stretch or at the quote's end, a comma belongs to the attribution's sentence
            while end > start and (text[end - 1] == "," or text[end - 1].isspace()):
                end -= 1
        if end <= start:
            if kept and join is not None:
                kept[-1] = (kept[-1][0], GAP_JOIN)  # a piece left out is words left out
            continue
        base = offsets[loc.part.paragraph]
        kept.append((QuotePart(text=text[start:end], start=base + start, end=base + end), join))
    if not kept:
        return "", ()
    out = "".join(piece.text + (join or GAP_JOIN) for piece, join in kept[:-1]) + kept[-1][0].text
    return out, tuple(piece for piece, _ in kept)
