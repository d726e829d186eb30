"""Direct quotes and their speakers, from an article parsed paragraph by paragraph.

Pipeline: :mod:`marks` finds the quoted spans in the raw paragraph text (so each
quote stays verbatim), :mod:`people` indexes who the article names, and
:mod:`attribution` finds each quote's cue and speaker; interrupted quotes
("A," she said, "B.") are joined into one, and :mod:`parts` turns the pieces into
the reader's text and parts with offsets into ``Article.text``.  Short quoted
phrases with no attribution (scare quotes) and titles of works are dropped.
Last, :mod:`roles` makes each source one name with one role on all its quotes.
"""

from __future__ import annotations

import bisect
import logging
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from itertools import pairwise

from spacy.tokens import Doc

from bot.brief import Quote
from bot.limits import Deadline, unlimited
from bot.quotes.attribution import Attribution, Located, SpeakerFinder, is_cue, locate
from bot.quotes.marks import find_quotes
from bot.quotes.parts import join_parts, paragraph_offsets
from bot.quotes.people import People
from bot.quotes.resolve import resolve_speakers
from bot.quotes.roles import carry_roles, merge_unnamed_sources
from bot.quotes.select import select_key_quotes, summarise_speakers

log = logging.getLogger(__name__)

__all__ = ["extract_quotes", "select_key_quotes", "summarise_speakers"]

_WORDS = re.compile(r"\w+")
_OPEN_END = ",?!—–-…:;"
_CONTENT_DEPS = {"ccomp", "dobj", "xcomp"}


@dataclass
class _Work:
    locs: list[Located]
    attribution: Attribution | None = None
    merged_into: int | None = None
    extra: list[Located] = field(default_factory=list)

    @property
    def all_locs(self) -> list[Located]:
        return self.locs + self.extra


def _text(texts: Sequence[str], loc: Located) -> str:
    # the paragraph strings are taken once: spaCy rebuilds ``Doc.text`` from every token on each access
    return texts[loc.part.paragraph][loc.part.start : loc.part.end]


def _title_case(text: str) -> bool:
    """Most words capitalised: a name or a title ("Make America Great Again"), not a sentence."""
    words = [w for w in re.findall(r"[^\W\d_][\w'’-]*", text) if len(w) > 3 or w[0].isupper()]
    return bool(words) and sum(w[0].isupper() for w in words) >= max(2, len(words) - 1) and len(words) <= 10


def _sentence_like(text: str, *, at_paragraph_start: bool) -> bool:
    """A quote that reads as a full sentence (so is a direct quote even with no attribution)."""
    words = _WORDS.findall(text)
    if _title_case(text):
        return False
    if len(words) >= 9:
        return True
    if len(words) < 4:
        return False
    first = text.lstrip(".…([ ")[:1]
    return first.isupper() or first.isdigit()


class _Neighbours:
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
            if part is None or part.part.close_at is None or len(_WORDS.findall(_text(self._texts, part))) > 4:
                break
            passed.append(first)
            first = self.next_first(p, part.last)
        for k in passed:
            self._past_names[(p, k)] = first
        return first


def extract_quotes(docs: Sequence[Doc], *, deadline: Deadline | None = None) -> list[Quote]:
    """Every direct quote of the article in order, with speaker and role where the article gives them.

    With a ``deadline``, it is checked between steps and for every quote, and ``TooComplex`` ends the work once
    the brief's time budget is spent.
    """
    deadline = deadline or unlimited()
    docs = list(docs)
    if not docs:
        return []
    texts = [d.text for d in docs]
    raws = find_quotes(texts)
    deadline.check("quote marks")
    offsets = paragraph_offsets(texts)
    located, in_quote = locate(docs, raws)
    people = People(docs, in_quote)
    deadline.check("people")
    finder = SpeakerFinder(docs, people, in_quote)
    finder.register_speech_subjects()
    deadline.check("speech subjects")

    neighbours = _Neighbours(located, texts)
    prev_last, next_first = neighbours.prev_last, neighbours.next_first
    works = [_Work(locs=locs) for locs in located if locs]

    def trailing(w: _Work) -> tuple[Attribution | None, range]:
        loc = w.all_locs[-1]
        p = loc.part.paragraph
        doc = docs[p]
        nf0 = next_first(p, loc.last)
        # a short quoted name inside the attribution ("Bill Eastland, wearing "Ted Cruz" pins, said") is skipped
        nf = neighbours.past_short_names(p, nf0)
        gap = finder.trailing_gap(p, loc, nf)
        cues = finder.cues(p, gap, limit=1)  # only the first is used
        if not cues and _text(texts, loc).rstrip()[-1:] in _OPEN_END:
            # "A," Toomey fumed.  -- right after a quote ending in a comma, any verb of "Name verb" is the cue
            for i in range(gap.start, min(gap.stop, gap.start + 5)):
                t = doc[i]
                # an intransitive verb only: "Others saw the same thing" after a question is a new statement
                if (
                    t.pos_ == "VERB"
                    and any(c.dep_ == "nsubj" and c.i >= gap.start for c in t.children)
                    and not any(c.dep_ in {"dobj", "attr"} for c in t.children)
                ):
                    cues = [t]
                    break
                if t.is_punct and t.text != ",":
                    break
        if not cues:
            return None, gap
        cue = cues[0]
        forced = None
        if cue.i - gap.start > 8:
            # a long apposition between name and verb: "A," Smith, the head of a large group, said
            subj = finder._subject(cue)
            if subj is None and doc[cue.i - 1].text == ",":
                # the parser lost the subject across the apposition: a name (with its title: "Texas delegate
                # Bill Eastland") opening the gap right before a comma
                k = gap.start
                while k < cue.i and k - gap.start < 6 and doc[k].pos_ in {"PROPN", "NOUN", "ADJ"}:
                    k += 1
                if k > gap.start and k < cue.i and doc[k].text == "," and doc[k - 1].pos_ == "PROPN":
                    subj = forced = doc[k - 1]
            if subj is None or subj.i > gap.start + 5 or cue.i - gap.start > 30:
                return None, gap
        # the quote should open its clause ("A," she said); when text comes before it, the cue after it
        # must not have its own content, and no cue may come before it (he called it "A," she said)
        first = w.all_locs[0]
        lead_text = False
        if first.part.paragraph == p:
            lo = finder.sent_start(p, first.first)
            pl = prev_last(p, first.first)
            if pl is not None:
                lo = max(lo, pl + 1)
            context = [t for t in doc[lo : first.first] if not t.is_space]
            lead_text = len(context) > 2 and context[-1].text not in {":", ",", "—", "–", "-", "(", "…"}
            if lead_text and (any(is_cue(t) for t in context) or _title_case(_text(texts, first))):
                return None, gap
            introduced = bool(context) and context[-1].text in {",", ":"} and any(is_cue(t) for t in context)
            if (
                introduced
                and nf0 is not None
                and doc[nf0 - 1].text in {",", ":"}
                and not any(doc[i].text in {".", "!", "?", ";"} for i in range(loc.last + 1, nf0))
            ):
                # X shouted, "A," Y joked, "B."  -- A has its cue before it; the one after it introduces B
                return None, gap
        ends_open = _text(texts, loc).rstrip()[-1:] in _OPEN_END
        # a cue with its own object or clause ("He added that ...") starts a statement of its own
        own_content = any(c.dep_ in _CONTENT_DEPS and c.i > cue.i for c in cue.children)
        before_next = nf is not None and gap.stop == nf and doc[gap.stop - 1].text in {",", ":"}
        if own_content and (lead_text or not ends_open):
            return None, gap
        # "... next week" at the convention, he said.  -- a cue closing its clause may sit a little further away
        closes = cue.i + 1 < len(doc) and doc[cue.i + 1].text in {".", "!", "?"}
        if not ends_open and (before_next or cue.i - gap.start > (8 if closes else 4)):
            return None, gap
        if ends_open and own_content and before_next and doc[gap.stop - 1].text == ":":
            return None, gap
        att = finder.glued_name(p, loc, cue) if cue.i == gap.start else None
        if att is None and forced is not None:
            att = finder.from_token(p, forced)
            if att is not None:
                att.cue = (p, cue.i)
        att = att or finder.from_cue(p, cue, inverted_gap=gap)
        if att is not None:
            att.how = "after"
        return att, gap

    def leading(w: _Work) -> Attribution | None:
        loc = w.all_locs[0]
        p = loc.part.paragraph
        doc = docs[p]
        gap = finder.leading_gap(p, loc, prev_last(p, loc.first))
        cues = finder.cues(p, gap)
        verb = finder.governing_verb(p, gap, loc.first, loc.last, judging_only=True) if cues else None
        if verb is not None and verb.i > cues[-1].i:
            # "A," said X, who hailed the vote as "B": B hangs off "hailed", not off the earlier quote's cue
            att = finder.from_cue(p, verb)
            if att is not None:
                att.how = "before"
                return att
        if cues:
            cue = cues[-1]
            last_tok = doc[gap.stop - 1].text if len(gap) else ""
            ok = last_tok in {":", ","} or _governs_any(cue, w)
            if cue.lower_ == "according" and finder.sent_start(p, cue.i) == finder.sent_start(p, loc.first):
                ok = True
            if not ok and loc.first - cue.i <= 10:
                ok = not any(doc[k].text in {".", "?", "!", ";"} for k in range(cue.i, loc.first))
            if ok:
                att = finder.from_cue(p, cue, inverted_gap=range(cue.i + 1, loc.first))
                if att is not None:
                    att.how = "before"
                    return att
        att = finder.colon_name(p, gap) or finder.colon_subject(p, gap)
        if att is not None:
            att.how = "colon"
            return att
        att = finder.glued_cue(p, loc)
        if att is not None:
            att.how = "before"
            return att
        verb = finder.governing_verb(p, gap, loc.first, loc.last)
        if verb is not None:
            att = finder.from_cue(p, verb)
            if att is not None:
                att.how = "before"
                return att
        # "X said:" closing the previous paragraph
        if loc.first == 0 and p > 0 and texts[p - 1].rstrip().endswith(":") and len(docs[p - 1]):
            prev = docs[p - 1]
            sent = prev[len(prev) - 1].sent
            cues = finder.cues(p - 1, range(sent.start, sent.end))
            if cues:
                att = finder.from_cue(p - 1, cues[-1], inverted_gap=range(cues[-1].i + 1, sent.end))
                if att is not None:
                    att.how = "colon"
                    return att
            gap = range(sent.start, sent.end)
            att = finder.colon_name(p - 1, gap) or finder.colon_subject(p - 1, gap)
            if att is not None:
                att.how = "colon"
                return att
        return None

    def _governs_any(cue, w: _Work) -> bool:
        from bot.quotes.attribution import _governs

        loc = w.all_locs[0]
        return (loc.part.paragraph == cue.doc and False) or _governs(cue, loc.first, loc.last)

    # phase 1: attribution after the quote, merging a quote interrupted by it
    k = 0
    while k < len(works):
        deadline.check("quote attribution")
        w = works[k]
        att, _ = trailing(w)
        if att is not None:
            w.attribution = att
            # "A," she said, "B." -> one quote, when B has no attribution of its own
            while k + 1 < len(works):
                nxt = works[k + 1]
                last = w.all_locs[-1]
                first = nxt.locs[0]
                p = last.part.paragraph
                if first.part.paragraph != p or first.first - last.last > 60:
                    break
                # a short quoted name inside the attribution ("said on CNN's "State of the Union"") is passed over
                j = k + 1
                while (
                    j + 1 < len(works)
                    # past 60 tokens no later part can join (checked below): stop there, so the scan is bounded
                    and works[j].locs[0].first - last.last <= 60
                    and len(_WORDS.findall(_text(texts, works[j].locs[0]))) <= 4
                    and works[j].locs[0].part.paragraph == p
                    and works[j].locs[0].part.close_at is not None
                    and finder.sent_start(p, works[j].locs[0].first) == finder.sent_start(p, last.last)
                ):
                    j += 1
                later = works[j].locs[0]
                if later.part.paragraph == p and later.first - last.last <= 60:
                    between = finder.between_gap(p, last, later.first)
                    if _attribution_sentence(docs[p], between, att, in_quote[p]) and trailing(works[j])[0] is None:
                        # "A," X said of the families, adding that .... "B."  -- B opens the sentence right after
                        # the one attributing A and has no attribution of its own: the quote goes on
                        w.extra.extend(works[j].locs)
                        works[j].merged_into = k
                        works.pop(j)
                        continue
                between = finder.between_gap(p, last, first.first)
                if any(docs[p][i].text in {";"} for i in between):
                    break
                if first.first - last.last > 30:
                    break
                between_cues = finder.cues(p, between)
                # the words between must be the attribution alone: one cue, with no statement of its own
                if len(between_cues) != 1 or docs[p][first.first - 1].text not in {",", ".", ":"}:
                    break
                cue = between_cues[0]
                if any(c.dep_ == "ccomp" and c.i in between and c.i not in in_quote[p] for c in cue.children):
                    break  # "X added that the Fed ..." states something of its own
                nxt_att, _ = trailing(nxt)
                if nxt_att is not None:
                    break
                w.extra.extend(nxt.locs)
                nxt.merged_into = k
                works.pop(k + 1)
        k += 1
    # phase 2: attribution before the quote, signatures, and context
    records: list[tuple[list[Located], Attribution | None]] = []
    for w in works:
        deadline.check("quote attribution")
        locs = w.all_locs
        first = locs[0]
        p = first.part.paragraph
        text, _ = join_parts(texts, docs, locs, in_quote, offsets)
        if not _WORDS.search(text) or len(text) < 2:
            continue
        if finder.title_of_work(p, first, text):
            continue
        att = w.attribution or leading(w) or finder.dash_name(locs[-1].part.paragraph, locs[-1])
        at_start = first.first == 0 or texts[p][: docs[p][first.first].idx].strip() == ""
        if att is None and records and records[-1][1] is not None:
            att = _coordinated(docs, records[-1], first, in_quote)
        if att is None:
            # a transcript's "WALLACE: ..." names its own speaker; it does not go on with the one before
            continues = (
                bool(records)
                and not _TRANSCRIPT_LABEL.match(text)
                and _continues(docs, records[-1], p, at_start=at_start)
            )
            if not _sentence_like(text, at_paragraph_start=at_start) and not (
                continues and not _title_case(text) and _whole_paragraph(texts[p], locs)
            ):
                continue  # a scare quote or a name in quotation marks
            if continues:
                plocs, patt = records[-1]
                # unless someone else speaks in the sentence right before ("..., he told reporters. "B."")
                other = finder.speech_context(p - 1) if at_start else finder.speech_context(p, before=first.first)
                if other is not None and other.speaker and other.speaker != patt.speaker:
                    att = other
                else:
                    att = Attribution(speaker=patt.speaker, role=patt.role, how="inherited")
            if att is None and at_start and p > 0:
                att = finder.context_person(p - 1)
            elif att is None and not at_start:
                att = finder.context_person(p, before=first.first)
        if records and records[-1][1] is not None and att is not None:
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
                and _attribution_sentence(docs[p - 1], range(last.last + 1, len(docs[p - 1])), patt, in_quote[p - 1])
                and next_first(p - 1, last.last) is None
            )
            # "Trump says "A" because "B."": a fragment with no cue of its own in the sentence of the one before
            same_sentence = (
                att.how == "inherited" and last.part.paragraph == p and finder.sent_start(p, first.first) < last.last
            )
            if same_cue or goes_on or same_sentence:
                if _position(first) < _position(last):
                    # a short quoted name inside the attribution that joined the record's parts
                    # (""A," she said, wearing a "Vote" cap. "B.""): appending it would put words out of
                    # order; it is a quote of its own only when a cue of its own governs it
                    if same_cue or att.cue is None:
                        continue
                else:
                    records[-1] = (plocs + locs, patt)
                    continue
        records.append((locs, att))
    quotes = []
    for locs, att in records:
        if any(_position(a) >= _position(b) for a, b in pairwise(locs)):
            # joined out of order, the quote would not be the article's words: never show it
            log.warning("dropped a quote whose parts are out of order: %r", _text(texts, locs[0])[:80])
            continue
        text, parts = join_parts(texts, docs, locs, in_quote, offsets)
        quotes.append(
            Quote(
                text=text,
                speaker=att.speaker if att else None,
                role=att.role if att else None,
                paragraph=locs[0].part.paragraph,
                parts=parts,
            )
        )
    quotes = resolve_speakers(quotes, docs=docs, people=people, in_quote=in_quote, offsets=offsets)
    return carry_roles(merge_unnamed_sources(quotes))


def _position(loc: Located) -> tuple[int, int]:
    """Where a quote part starts in the article: paragraph, then offset."""
    return loc.part.paragraph, loc.part.start


_COORDINATORS = {"and", "or", "but", "nor", "&", ","}
_TRANSCRIPT_LABEL = re.compile(r"[A-Z][A-Z.'’ -]+:")
_CANDIDATE_LABELS = {"PERSON", "ORG", "NORP", "GPE"}
_CANDIDATE_PRONOUNS = {"he", "she", "they", "we", "i"}


def _continues(
    docs: Sequence[Doc], record: tuple[list[Located], Attribution | None], p: int, *, at_start: bool
) -> bool:
    """Whether an unattributed quote in paragraph ``p`` goes on with the previous quote's speaker, by the news
    convention: later in the same paragraph, at the start of the next one, or after one paragraph of narrative
    that names no one else who could speak (no name, organisation, pronoun or speech verb)."""
    locs, att = record
    if att is None:
        return False
    pl = locs[-1].part.paragraph
    if pl == p or (at_start and pl == p - 1):
        return True
    if not (at_start and pl == p - 2):
        return False
    between = docs[p - 1]
    return len(between) <= 60 and not any(
        t.ent_type_ in _CANDIDATE_LABELS or t.lower_ in _CANDIDATE_PRONOUNS or is_cue(t) for t in between
    )


def _whole_paragraph(text: str, locs: Sequence[Located]) -> bool:
    """Whether a quote is its paragraph, marks and a final stop aside (a short ""Yes."" after a speaker's quote
    is a reply, not a scare quote)."""
    first, last = locs[0].part, locs[-1].part
    if first.paragraph != last.paragraph or first.open_at is None or last.close_at is None:
        return False
    ends_sentence = text[last.start : last.end].rstrip().endswith((".", "!", "?"))  # not a label ("Related:")
    return ends_sentence and not text[: first.open_at].strip() and text[last.close_at + 1 :].strip() in {"", "."}


def _coordinated(
    docs: Sequence[Doc], record: tuple[list[Located], Attribution | None], first: Located, in_quote: Sequence[set[int]]
) -> Attribution | None:
    """The previous quote's attribution for a fragment coordinated with it in one sentence ("called it
    "unacceptable" and "a disgrace""): only a conjunction or a comma stands between them."""
    locs, att = record
    last = locs[-1]
    p = last.part.paragraph
    if att is None or first.part.paragraph != p or last.part.close_at is None or first.first <= last.last:
        return None
    between = [docs[p][i] for i in range(last.last + 1, first.first) if i not in in_quote[p]]
    if not between or not all(t.lower_ in _COORDINATORS or t.is_space for t in between):
        return None
    return Attribution(speaker=att.speaker, role=att.role, how="inherited", cue=att.cue)


def _attribution_sentence(doc: Doc, between: range, att: Attribution, in_quote: set[int]) -> bool:
    """Whether the words ``between`` two quotes are just the one sentence holding ``att``'s cue, ended by a full
    stop: ("A," Smith said of the plan on Monday. "B.").  Short quoted names inside it are allowed."""
    if not len(between) or att.cue is None or att.cue[1] not in between:
        return False
    words = [i for i in between if i not in in_quote and not doc[i].is_space]
    if not words or doc[words[-1]].text not in {".", "!", "?"}:
        return False
    return not any(doc[i].text in {".", "!", "?", ";"} for i in words[:-1])
