"""The join steps: which quoted pieces are one quote.

A speaker's quote is often cut into pieces by its own attribution or by the
paragraph; shown apart, each piece would read as a separate, shorter quote.
Pieces are joined when the article makes them one quote:

* **interrupted** — "A," she said, "B." (or "A," X said of the plan. "B."):
  the attribution after A stands between the pieces, and B has no attribution
  of its own (:func:`join_interrupted`);
* **hanging off one cue** — said that "A" and "B"; **going on** after its
  attribution into the next paragraph ("A," she said. / "B."); a fragment in
  the same sentence as the quote before it (:func:`join_with_previous`).

Only the grouping is decided here; :func:`parts.join_parts` makes the reader's
text of the pieces with their offsets, and a group whose pieces would read out
of article order is never shown (see :func:`in_article_order`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from itertools import pairwise

from spacy.tokens import Doc

from bot.limits import Deadline
from bot.quotes.attribute import Attributor, Record
from bot.quotes.attribution import Attribution
from bot.quotes.locate import Located

__all__ = ["Draft", "in_article_order", "join_interrupted", "join_with_previous"]

_WORDS = re.compile(r"\w+")
#: Past this many tokens between two pieces, they are never one interrupted quote.
_MAX_JOIN_GAP = 60


@dataclass
class Draft:
    """A quote in the making: its first raw quote's parts, the parts joined to it, and its attribution after."""

    locs: list[Located]
    attribution: Attribution | None = None
    extra: list[Located] = field(default_factory=list)

    @property
    def all_locs(self) -> list[Located]:
        return self.locs + self.extra


def position(loc: Located) -> tuple[int, int]:
    """Where a quote part starts in the article: paragraph, then offset."""
    return loc.part.paragraph, loc.part.start


def in_article_order(locs: Sequence[Located]) -> bool:
    """Whether a quote's parts follow each other in the article (joined out of order, the quote would not be the
    article's words)."""
    return not any(position(a) >= position(b) for a, b in pairwise(locs))


def join_interrupted(drafts: list[Draft], attributor: Attributor, *, deadline: Deadline) -> list[Draft]:
    """Give each quote its attribution *after* it, and join to it the quote its attribution interrupts
    ("A," she said, "B." is one quote when B has no attribution of its own).  ``drafts`` is changed in place
    (joined drafts leave it) and returned."""
    k = 0
    while k < len(drafts):
        deadline.check("quote attribution")
        w = drafts[k]
        att = attributor.after(w.all_locs)
        if att is not None:
            w.attribution = att
            while k + 1 < len(drafts) and _join_next(drafts, k, att, attributor):
                pass
        k += 1
    return drafts


def _join_next(drafts: list[Draft], k: int, att: Attribution, attributor: Attributor) -> bool:
    """Join the next piece to ``drafts[k]`` (attributed ``att`` after it) if it goes on with it; whether it did."""
    marks, finder = attributor.marks, attributor.finder
    docs, in_quote = marks.docs, marks.in_quote
    w = drafts[k]
    nxt = drafts[k + 1]
    last = w.all_locs[-1]
    first = nxt.locs[0]
    p = last.part.paragraph
    if first.part.paragraph != p or first.first - last.last > _MAX_JOIN_GAP:
        return False
    # a short quoted name inside the attribution ("said on CNN's "State of the Union"") is passed over
    j = k + 1
    while (
        j + 1 < len(drafts)
        # past 60 tokens no later part can join (checked below): stop there, so the scan is bounded
        and drafts[j].locs[0].first - last.last <= _MAX_JOIN_GAP
        and len(_WORDS.findall(marks.text(drafts[j].locs[0]))) <= 4
        and drafts[j].locs[0].part.paragraph == p
        and drafts[j].locs[0].part.close_at is not None
        and finder.sent_start(p, drafts[j].locs[0].first) == finder.sent_start(p, last.last)
    ):
        j += 1
    later = drafts[j].locs[0]
    if later.part.paragraph == p and later.first - last.last <= _MAX_JOIN_GAP:
        between = finder.between_gap(p, last, later.first)
        if attribution_sentence(docs[p], between, att, in_quote[p]) and attributor.after(drafts[j].all_locs) is None:
            # "A," X said of the families, adding that .... "B."  -- B opens the sentence right after
            # the one attributing A and has no attribution of its own: the quote goes on
            w.extra.extend(drafts[j].locs)
            drafts.pop(j)
            return True
    between = finder.between_gap(p, last, first.first)
    if any(docs[p][i].text in {";"} for i in between):
        return False
    if first.first - last.last > 30:
        return False
    between_cues = finder.cues(p, between)
    # the words between must be the attribution alone: one cue, with no statement of its own
    if len(between_cues) != 1 or docs[p][first.first - 1].text not in {",", ".", ":"}:
        return False
    cue = between_cues[0]
    if any(c.dep_ == "ccomp" and c.i in between and c.i not in in_quote[p] for c in cue.children):
        return False  # "X added that the Fed ..." states something of its own
    if attributor.after(nxt.all_locs) is not None:
        return False
    w.extra.extend(nxt.locs)
    drafts.pop(k + 1)
    return True


def join_with_previous(
    records: list[Record], locs: list[Located], att: Attribution | None, *, attributor: Attributor, at_start: bool
) -> bool:
    """Join an attributed quote to the previous one when they are one quote: fragments hanging off one cue
    (said that "A" and "B"), a quote going on after its attribution into the next paragraph ("A," she said. /
    "B."), or an inherited fragment inside the previous quote's sentence.  Whether ``locs`` was used up (joined
    into ``records[-1]``, or dropped as a short quoted name already inside it); otherwise it is a quote of its own.
    """
    if not records or records[-1][1] is None or att is None:
        return False
    marks, finder = attributor.marks, attributor.finder
    docs, in_quote = marks.docs, marks.in_quote
    first = locs[0]
    p = first.part.paragraph
    plocs, patt = records[-1]
    # quoted fragments hanging off one cue ("said that "A" and "B"") are one quote
    same_cue = att.cue is not None and att.cue == patt.cue
    # "A," she said. (new paragraph) "B." -- the quote goes on after its attribution
    last = plocs[-1]
    goes_on = (
        att.how == "inherited"
        and at_start
        and patt.how == "after"
        and last.part.paragraph == p - 1
        and last.part.close_at is not None
        and attribution_sentence(docs[p - 1], range(last.last + 1, len(docs[p - 1])), patt, in_quote[p - 1])
        and marks.neighbours.next_first(p - 1, last.last) is None
    )
    # "Trump says "A" because "B."": a fragment with no cue of its own in the sentence of the one before
    same_sentence = (
        att.how == "inherited" and last.part.paragraph == p and finder.sent_start(p, first.first) < last.last
    )
    if not (same_cue or goes_on or same_sentence):
        return False
    if position(first) < position(last):
        # a short quoted name inside the attribution that joined the record's parts
        # (""A," she said, wearing a "Vote" cap. "B.""): appending it would put words out of
        # order; it is a quote of its own only when a cue of its own governs it
        return same_cue or att.cue is None
    records[-1] = (plocs + locs, patt)
    return True


def attribution_sentence(doc: Doc, between: range, att: Attribution, in_quote: set[int]) -> bool:
    """Whether the words ``between`` two quotes are just the one sentence holding ``att``'s cue, ended by a full
    stop: ("A," Smith said of the plan on Monday. "B.").  Short quoted names inside it are allowed."""
    if not len(between) or att.cue is None or att.cue[1] not in between:
        return False
    words = [i for i in between if i not in in_quote and not doc[i].is_space]
    if not words or doc[words[-1]].text not in {".", "!", "?"}:
        return False
    return not any(doc[i].text in {".", "!", "?", ";"} for i in words[:-1])
