"""Direct quotes and their speakers, from an article parsed paragraph by paragraph.

The stage is a sequence of steps, each in its own module (see :func:`extract_quotes`):

1. **find marks** — :mod:`marks` finds the quoted spans in the raw paragraph text (so each quote stays
   verbatim) and :mod:`locate` places them on the parse's tokens;
2. **resolve people** — :mod:`people` indexes who the article names (fullest names, roles, gender), so
   "Antonov", "the ambassador" and "he" point back to one person;
3. **attribute and join** — :mod:`attribute` finds each quote's cue (after it, before it, a signature, the
   previous quote's, or the context), :mod:`attribution` reads the cue's subject and :mod:`speakers` the
   person it names; :mod:`join` joins the pieces that are one quote ("A," she said, "B."), and
   :mod:`filters` drops quoted words with no speaker that are not quotes (scare quotes, names, titles of
   works);
4. **parts** — :mod:`parts` turns each quote's pieces into the reader's text and parts with offsets into
   ``Article.text``;
5. **resolve** — :mod:`resolve` gives a description ("the senator") the person's name, :mod:`bodies` "the
   company" the organisation's, and :mod:`echoes` a pull quote the speaker of the words it repeats;
6. **roles** — :mod:`roles` makes each source one name with one role on all its quotes;
7. **select** — :mod:`select` picks the key quotes and lists the speakers (called by the pipeline).
"""

from __future__ import annotations

import itertools
import logging
from collections.abc import Sequence

from spacy.tokens import Doc

from bot.brief import Quote
from bot.limits import Deadline, unlimited
from bot.quotes.attribute import Attributor, Record, opens_paragraph
from bot.quotes.attribution import SpeakerFinder, is_cue
from bot.quotes.bodies import named_bodies
from bot.quotes.closing import closing_clause, quote_described_after, quote_named_after
from bot.quotes.echoes import echoed_speakers
from bot.quotes.filters import has_words, is_a_nickname, is_scare_quote, names_a_label, names_a_work
from bot.quotes.introduced import introduced_without_cue
from bot.quotes.join import Draft, in_article_order, join_interrupted, join_with_previous
from bot.quotes.locate import Located, QuoteMarks, place_marks
from bot.quotes.marks import DOUBLE_MARKS, find_quotes
from bot.quotes.parts import join_parts
from bot.quotes.people import People
from bot.quotes.resolve import resolve_speakers
from bot.quotes.roles import carry_roles, fullest_names, merge_unnamed_sources, reader_roles
from bot.quotes.select import select_key_quotes, summarise_speakers

log = logging.getLogger(__name__)

__all__ = ["extract_quotes", "select_key_quotes", "summarise_speakers"]


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
    # 1. find marks: the quoted spans on the plain text, then placed on the tokens
    raws = find_quotes(texts)
    deadline.check("quote marks")
    marks = place_marks(docs, texts, raws)
    # 2. resolve people: who the article names, and the names only a speech verb reveals
    people = People(docs, marks.in_quote)
    deadline.check("people")
    finder = find_speakers(marks, people)
    deadline.check("speech subjects")
    # 3. attribute, join and filter: the attribution after each quote (joining the quote it interrupts), then
    #    every other attribution, dropping what is not a quote and joining what is one quote
    attributor = Attributor(marks, finder)
    drafts = join_interrupted(first_drafts(marks), attributor, deadline=deadline)
    records = attribute_filter_and_join(drafts, attributor, deadline=deadline)
    # 4. parts: the reader's text; 5. resolve descriptions ("the senator") to the person's name and pull quotes
    # to the speaker of the words they repeat; 6. roles: one name and role per source (7. select is the pipeline's)
    quotes = to_quotes(records, marks)
    deadline.check("quote parts")
    quotes = resolve_speakers(quotes, docs=docs, people=people, in_quote=marks.in_quote, offsets=marks.offsets)
    quotes = named_bodies(quotes, docs=docs, people=people, in_quote=marks.in_quote, offsets=marks.offsets)
    quotes = echoed_speakers(quotes, texts)
    quotes = merge_unnamed_sources(quotes, text="\n\n".join(texts))
    return reader_roles(carry_roles(fullest_names(quotes, people=people)))


def first_drafts(marks: QuoteMarks) -> list[Draft]:
    """One draft quote per quoted span the marks give (empty paragraphs aside), before any joining."""
    return [Draft(locs=list(locs)) for locs in marks.located if locs]


def find_speakers(marks: QuoteMarks, people: People) -> SpeakerFinder:
    """The speaker finder of the article, with the subjects of every speech verb added to the people index
    first: the entity recogniser misses names ("Skelly said") that only their role as a speaker reveals."""
    finder = SpeakerFinder(marks.docs, people, marks.in_quote)
    finder.register_speech_subjects()
    people.add_one_word_speakers_alone()
    return finder


def attribute_filter_and_join(drafts: Sequence[Draft], attributor: Attributor, *, deadline: Deadline) -> list[Record]:
    """Each quote in article order with its attribution, once what is not a quote is dropped and what is one
    quote is joined.  One pass, because each decision needs the quotes kept before it: an unattributed quote
    may go on with the previous speaker (so it is kept even when short), and a quote may join the previous one.
    """
    marks = attributor.marks
    records: list[Record] = []
    for draft in drafts:
        deadline.check("quote attribution")
        locs = draft.all_locs
        first = locs[0]
        p = first.part.paragraph
        text, _ = join_parts(marks.texts, marks.docs, locs, marks.in_quote, marks.offsets)
        doc = marks.docs[p]
        if not has_words(text) or any(f(doc, first, text) for f in (names_a_work, names_a_label, is_a_nickname)):
            continue
        att = attributor.turn(locs) or draft.attribution
        if att is not None and att.how == "after" and _introduced_by_cue(marks, first):
            # "he called Omar a "terrorist" and said, "A," the prosecutor's office said": the cue right before the
            # quote names who said it; the one after reports the saying
            introduced = attributor.before(locs)
            att = introduced if introduced is not None and introduced.speaker else att
        att = att or attributor.before(locs) or attributor.signature(locs)
        att = att or closing_clause(attributor, locs) or introduced_without_cue(attributor, locs)
        att = att or quote_named_after(attributor, locs) or quote_described_after(attributor, locs)
        at_start = opens_paragraph(marks, first)
        if att is None and records and records[-1][1] is not None:
            att = attributor.coordinated(records[-1], first) or attributor.governed_by_previous_cue(records[-1], first)
        if att is None:
            continues = attributor.continues(records, text, p, at_start=at_start)
            att = attributor.from_context(records, first, at_start=at_start, continues=continues)
            # a paragraph that is only a short quote in double marks, after one about a person with no quote of
            # theirs, is their reply (""No. Not one.""); after a quote, whether it goes on is for ``continues`` to
            # say, and single marks on a line of their own are a subheading ("'A healthy environment.'")
            replies = (
                at_start
                and p > 0
                and not marks.in_quote[p - 1]
                and _double_marked(marks.texts[p], first)
                and att is not None
                and bool(att.speaker)
            )
            turn = att is not None and att.how == "exchange"  # a turn of an exchange ("It didn't, Papa.") is speech
            if not turn and is_scare_quote(
                text, marks.texts[p], locs, at_start=at_start, continues=continues or replies
            ):
                continue  # a scare quote or a name in quotation marks
        if join_with_previous(records, locs, att, attributor=attributor, at_start=at_start):
            continue
        records.append((locs, att))
    return records


def _introduced_by_cue(marks: QuoteMarks, first: Located) -> bool:
    """Whether the quote opens right after a speech verb and a comma or colon ("and said, "A""), or after a short
    phrase of that verb ("saying at last week's forum, "A"")."""
    p, k = first.part.paragraph, first.first
    doc = marks.docs[p]
    if k < 2 or doc[k - 1].text not in {",", ":"} or k - 2 in marks.in_quote[p]:
        return False
    if is_cue(doc[k - 2]):
        return True
    # the phrase's few heads only: a parse nested thousands deep is not climbed for every quote
    cue = next((a for a in itertools.islice(doc[k - 2].ancestors, _CUE_PHRASE_WORDS) if is_cue(a)), None)
    if cue is None or not 0 < k - 2 - cue.i <= _CUE_PHRASE_WORDS or cue.lemma_.lower() in {"begin", "continue"}:
        return False  # "began with a web ad, "A,"": a phase verb with a phrase after it says nothing
    between = range(cue.i + 1, k - 1)
    return all(cue.is_ancestor(doc[j]) and doc[j].pos_ not in {"VERB", "AUX"} for j in between) and not any(
        j in marks.in_quote[p] for j in between
    )


#: How many words a phrase may hold between a speech verb and the comma opening its quote ("saying at a rally").
_CUE_PHRASE_WORDS = 8


def _double_marked(paragraph: str, first: Located) -> bool:
    """Whether a quote opens with a double quotation mark."""
    at = first.part.open_at
    return at is not None and paragraph[at : at + 1] in DOUBLE_MARKS


def to_quotes(records: Sequence[Record], marks: QuoteMarks) -> list[Quote]:
    """The reader's quotes: each record's text and parts (slices of ``Article.text``), speaker and role.  A record
    whose parts are out of article order is never shown, as its text would not be the article's words."""
    quotes = []
    for locs, att in records:
        if not in_article_order(locs):
            log.warning("dropped a quote whose parts are out of order: %r", marks.text(locs[0])[:80])
            continue
        text, parts = join_parts(marks.texts, marks.docs, locs, marks.in_quote, marks.offsets)
        quotes.append(
            Quote(
                text=text,
                speaker=att.speaker if att else None,
                role=att.role if att else None,
                paragraph=locs[0].part.paragraph,
                parts=parts,
            )
        )
    return quotes
