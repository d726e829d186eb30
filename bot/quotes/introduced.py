"""Introductions a reader takes for attribution although they hold no speech verb.

* "As Smith put it, "A"" (and "as the band sang, "A"") — the idiom names who
  said the quote that follows it;
* "Smith issued a statement, "A"" / "Smith posted a message: "A"" — a verb
  whose object is the statement itself introduces its words.

Both are read only right before the quote, with nothing but the comma or colon
between the introduction and the quote's opening mark, and only when their
subject names someone.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from bot.quotes.attribute import Attributor
from bot.quotes.attribution import Attribution
from bot.quotes.locate import Located
from bot.quotes.speakers import naming

__all__ = ["introduced_without_cue"]

#: "as X put it" / "as X sang": verbs of an "as" clause that name who said what follows
_AS_VERBS = {"put", "sing"}
#: nouns for a statement as its author's words: "issued a statement, "A""
_STATEMENT_NOUNS = {"statement", "message", "tweet", "post"}
#: at most this many tokens from the introduction's verb to the quote
_MAX_REACH = 12


def introduced_without_cue(attributor: Attributor, locs: Sequence[Located]) -> Attribution | None:
    """The speaker an introduction with no speech verb gives a quote right after it (see the module), or None."""
    marks, finder = attributor.marks, attributor.finder
    loc = locs[0]
    p = loc.part.paragraph
    doc = marks.docs[p]
    if loc.first < 2 or doc[loc.first - 1].text not in {",", ":"}:
        return None
    gap = finder.leading_gap(p, loc, marks.neighbours.prev_last(p, loc.first))
    lo = max(gap.start, loc.first - _MAX_REACH)
    for i in range(loc.first - 2, lo - 1, -1):
        tok = doc[i]
        if i in marks.in_quote[p] or tok.text in {".", "!", "?", ";"}:
            return None
        verb = _as_clause_verb(tok) or _statement_verb(tok)
        if verb is None:
            if tok.pos_ in {"VERB", "AUX"}:
                return None  # another clause stands between: "issued a statement that was ..., "A""
            continue
        subject = finder._subject(verb)
        if subject is None or subject.i in marks.in_quote[p] or subject.i < gap.start:
            return None
        return naming(finder.from_token(p, subject), how="before")
    return None


def _as_clause_verb(tok: Token) -> Token | None:
    """The verb of "as X put it" / "as X sang", when ``tok`` is it."""
    lemma = tok.lemma_.lower()
    if tok.pos_ != "VERB" or lemma not in _AS_VERBS:
        return None
    if not any(c.dep_ == "mark" and c.lower_ == "as" for c in tok.children):
        return None
    if lemma == "put" and not any(c.dep_ == "dobj" and c.lower_ == "it" for c in tok.children):
        return None
    return tok


def _statement_verb(tok: Token) -> Token | None:
    """The verb whose object ``tok`` is, when ``tok`` is a statement noun ("issued a statement")."""
    if tok.lemma_.lower() not in _STATEMENT_NOUNS or tok.dep_ != "dobj" or tok.head.pos_ != "VERB":
        return None
    return tok.head
