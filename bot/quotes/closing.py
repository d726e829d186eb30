"""A reporting clause closing the quote's sentence names its speaker when no cue stands right after the quote.

:func:`closing_clause`:
""A" that Sanders can win, said Smith."

News often opens a sentence with a quote and finishes the thought in the
writer's own words before the attribution: ""Boots on the ground" would be
right, Carson said after the attacks."  The cue is then too far from the quote
for :meth:`attribute.Attributor.after` (which looks for "A," she said), yet a
reader has no doubt: the quote opens the sentence, the sentence's main verb is
the speech verb, and the reporting clause ("said Smith", "Carson said") is set
off by a comma at the sentence's end.  Only that shape is read here; a cue with
a statement of its own ("Smith said that ...") or a second cue in the sentence
gives nothing.
(A "— Name" paragraph under a pull quote is read by
:meth:`attribute.Attributor.signature`.)
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.quotes.attribute import Attributor
from bot.quotes.attribution import Attribution, is_cue, statement_owner
from bot.quotes.filters import title_case
from bot.quotes.locate import Located
from bot.quotes.speakers import naming

__all__ = ["closing_clause", "quote_named_after"]

_WORDS = re.compile(r"\w+")
_CONTENT_DEPS = {"ccomp", "dobj", "xcomp"}
#: a reporting clause before its cue is a subject phrase ("Republican candidate Ben Carson"): this many tokens
_MAX_SUBJECT = 8
#: fewer words than this in the quote and it may be a name or a scare quote opening the sentence
_MIN_WORDS = 3
#: nouns by which the sentence after a quote points back at it ("That quote from X appeared ...")
_QUOTE_NOUNS = {"quote", "remark", "line", "comment", "words", "statement", "quip"}


def closing_clause(attributor: Attributor, locs: Sequence[Located]) -> Attribution | None:
    """The speaker of a quote that opens its sentence when the sentence ends in a reporting clause set off by a
    comma (""A" if she lost, said Smith." / ""A" would be right, Smith said on Monday."), or None."""
    marks, finder = attributor.marks, attributor.finder
    first, last = locs[0], locs[-1]
    p = last.part.paragraph
    doc = marks.docs[p]
    if first.part.paragraph != p or last.part.close_at is None or last.last + 1 >= len(doc):
        return None
    words = sum(len(_WORDS.findall(marks.text(loc))) for loc in locs)
    if words < _MIN_WORDS or title_case(" ".join(marks.text(loc) for loc in locs)):
        return None
    start = last.last + 1
    stop = finder.sent_end(p, start)
    nxt = marks.neighbours.next_first(p, last.last)
    if nxt is not None:
        stop = min(stop, nxt)
    gap = range(start, stop)
    cues = finder.cues(p, gap)
    if len(cues) != 1:
        return None
    cue = cues[0]
    if cue.dep_ != "ROOT" or not _opens_sentence(attributor, p, first.first, finder.sent_start(p, cue.i)):
        return None
    if any(c.dep_ in _CONTENT_DEPS and c.i > cue.i for c in cue.children):
        return None  # "..., Smith said the plan was dead": a statement of its own
    comma = next((i for i in range(cue.i - 1, start - 1, -1) if doc[i].text == ","), None)
    if comma is None or comma == start or cue.i - comma - 1 > _MAX_SUBJECT:
        return None
    if any(doc[i].pos_ in {"VERB", "AUX"} or i in marks.in_quote[p] for i in range(comma + 1, cue.i)):
        return None  # the words between the comma and the cue must be its subject alone
    return naming(finder.from_cue(p, cue, inverted_gap=range(cue.i + 1, stop)), how="after")


def _opens_sentence(attributor: Attributor, p: int, mark: int, sent_start: int) -> bool:
    """Whether the quote's opening mark (token ``mark``) opens the sentence starting at ``sent_start``: nothing
    but space and punctuation between them, and the paragraph's start or a full stop right before the mark (the
    parser sometimes starts a sentence at a quote in mid-sentence: "as donors waited to see how a "B" played out")."""
    doc = attributor.marks.docs[p]
    if not all(doc[i].is_space or doc[i].is_punct for i in range(sent_start, mark)):
        return False
    k = mark - 1
    while k >= 0 and doc[k].is_space:
        k -= 1
    return (
        k < 0 or doc[k].text in {".", "!", "?"} or (doc[k].is_quote and k >= 1 and doc[k - 1].text in {".", "!", "?"})
    )


def quote_named_after(attributor: Attributor, locs: Sequence[Located]) -> Attribution | None:
    """ ""A." That quote from Senator Ana Ruiz appeared in ...": a quote that is a sentence of its own, and the
    sentence right after it opens by pointing back at it ("that quote", "the remark") and saying whose it is
    ("from X", "by X"), or None."""
    marks, finder = attributor.marks, attributor.finder
    first, last = locs[0], locs[-1]
    p = last.part.paragraph
    doc = marks.docs[p]
    if first.part.paragraph != p or last.part.close_at is None or last.last + 3 >= len(doc):
        return None
    if not _opens_sentence(attributor, p, first.first, finder.sent_start(p, first.first)):
        return None
    k = last.last + 1
    while k < len(doc) and doc[k].is_space:
        k += 1
    if k + 3 >= len(doc) or doc[k].lower_ not in {"that", "the", "this"} or doc[k + 1].lower_ not in _QUOTE_NOUNS:
        return None
    if marks.text(last).rstrip().rstrip("'’\"”")[-1:] not in {".", "!", "?"}:
        return None  # the quote must end its sentence
    prep = doc[k + 2]
    if prep.lower_ not in {"from", "by"} or k + 2 in marks.in_quote[p]:
        return None
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if obj is None or obj.pos_ != "PROPN" or obj.i in marks.in_quote[p]:
        return None
    return naming(finder.from_token(p, obj), how="after")


def quote_described_after(attributor: Attributor, locs: Sequence[Located]) -> Attribution | None:
    """ "'I thought I was going to die.' / That was how Sarah Lowe described the moment ...": a quote that ends its
    sentence (or is its paragraph), and the next sentence points back at it ("That was how", "Those were the words")
    with a named person or "he"/"she" as the subject of its verb; or None."""
    marks, finder = attributor.marks, attributor.finder
    last = locs[-1]
    p = last.part.paragraph
    if last.part.close_at is None or marks.text(last).rstrip().rstrip("'’\"”")[-1:] not in {".", "!", "?"}:
        return None
    doc = marks.docs[p]
    k = last.last + 1
    while k < len(doc) and (doc[k].is_space or doc[k].is_quote):
        k += 1
    if k >= len(doc):  # the quote ends its paragraph: the next paragraph's first sentence
        p, k = p + 1, 0
        if p >= len(marks.docs) or not len(marks.docs[p]) or marks.in_quote[p]:
            return None
        doc = marks.docs[p]
    opener = doc[k]
    if opener.lower_ not in _POINTERS or opener.dep_ != "nsubj" or not opener.is_sent_start:
        return None
    for t in opener.sent:
        if t.i in marks.in_quote[p]:
            continue
        if t.dep_ == "nsubj" and t.i != opener.i:
            saying = is_cue(t.head) or t.head.lemma_.lower() in _PUTTING_VERBS  # not "topics Clinton wants"
            if saying and (t.pos_ == "PROPN" or t.lower_ in {"he", "she"}):
                return naming(finder.from_token(p, t), how="after")
            return None
        owner = statement_owner(t) if t.dep_ == "attr" else None  # "Those were the words of Tom Alder"
        if owner is not None:
            return naming(finder.from_token(p, owner), how="after")
    return None


#: Words opening a sentence that points back at the quote before it ("That was how ...", "Those were the words").
_POINTERS = {"that", "this", "those", "these", "such"}
#: Verbs of putting something into words ("That was how Ann Cole put it").
_PUTTING_VERBS = {"put", "sum", "phrase", "word"}
