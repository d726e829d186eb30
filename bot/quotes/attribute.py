"""The attribute step: which attribution each quote gets, by where its cue stands.

:mod:`attribution` reads a speaker off a cue word ("said", "according to", a
colon); this module decides *which* cue belongs to a quote, in the order a
reader looks for one:

* **after** it, in the same sentence ("A," she said) — :meth:`Attributor.after`;
* **before** it (She said: "A"; He called it "A"), a "Name:" label, or a
  "X said:" closing the previous paragraph — :meth:`Attributor.before`;
* a "— Name" signature — :meth:`Attributor.signature`;
* the previous quote's, for a fragment coordinated with it ("called it "A" and
  "B"") — :meth:`Attributor.coordinated`;
* with none of those, by the conventions of news: a quote going on with the
  previous speaker, or the person the sentence before is about —
  :meth:`Attributor.from_context`.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence

from spacy.tokens import Doc, Span, Token

from bot.quotes.attribution import (
    DASH_NAME,
    SIGNATURE_DASHES,
    Attribution,
    SpeakerFinder,
    _governs,
    is_cue,
    not_a_speech_act,
)
from bot.quotes.bodies import BODY_NOUNS
from bot.quotes.filters import title_case
from bot.quotes.lexicon import (
    ASKING_VERBS,
    DASHES,
    DOCUMENT_NOUNS,
    PEOPLE_NOUNS,
    PERSON_NOUNS,
    RELATIVE_PRONOUNS,
    TITLES_OF_ANY_KIND,
    UNNAMED_SOURCE_NOUNS,
    is_person_noun,
    is_role_noun,
)
from bot.quotes.locate import Located, QuoteMarks
from bot.quotes.marks import speaker_label, turn_label_end
from bot.quotes.people import ends_with_question_mark, unquoted
from bot.quotes.resolve import is_description_of_someone

__all__ = ["Attributor", "Record", "opens_paragraph"]

#: A quote as the attribute step collects it: its parts, and its attribution (None: no one).
Record = tuple[list[Located], Attribution | None]

_OPEN_END = ",?!—–-…:;"
_CONTENT_DEPS = {"ccomp", "dobj", "xcomp"}
_COORDINATORS = {"and", "or", "but", "nor", "&", ","}
_TRANSCRIPT_LABEL = re.compile(r"[A-Z][A-Z.'’ -]+:")
_CANDIDATE_LABELS = {"PERSON", "ORG", "NORP", "GPE"}
_CANDIDATE_PRONOUNS = {"he", "she", "they", "we", "i"}
#: How many unquoted words may stand between a quote and the "― Name" signing the run of quotes it is in.
_SIGNATURE_GAP = 12
#: How many tokens after a quote its signature is looked for in (quoted ones too): a long run of quotes stays linear.
_SIGNATURE_SCAN = 300
#: A signature ending the text before a quote ("... ― Christina Luis"): the quote after it starts a new letter.
_SIGNED_BEFORE = re.compile(r"[―—–-]{1,2}\s*[A-Z][\w.’' -]{0,60}$")
#: How many characters before a quote are read for the signature of the letter before it.
_SIGNED_BEFORE_CHARS = 80
_CLOSING_MARKS = frozenset("\"”’'»")
#: How many heads above a verb are read for the speech verb it hangs from.
_HEADS_READ = 12
#: How many words outside its quotes a paragraph may hold and still be one turn of an exchange (its tag).
_TURN_TAG_WORDS = 10


def _writers_aside(cue: Token) -> bool:
    """ "Whitfield said, and I quote, "A"": the writer's "I quote" vouches for the words; the cue is the one before."""
    return cue.lemma_ == "quote" and any(c.dep_ == "nsubj" and c.lower_ in {"i", "we"} for c in cue.children)


def _framed_by_according_to(
    finder: SpeakerFinder, p: int, cues: Sequence[Token], used: Token, loc: Located
) -> Attribution | None:
    """The source of "according to X" opening the quote's sentence when the cue the quote hangs off names no one:
    "According to Lindqvist, Nordavia is prepared to offer "meaningful remedies"" ("offer" is no one's saying
    here; the whole sentence is Lindqvist's)."""
    start = finder.sent_start(p, loc.first)
    for cue in cues:
        if cue is not used and cue.lower_ == "according" and finder.sent_start(p, cue.i) == start:
            att = finder.from_cue(p, cue)
            if att is not None and att.speaker:
                att.how = "before"
                return att
    return None


def _according_to_a_clause_of_its_own(doc: Doc, before_cue: range, cue: Token) -> bool:
    """ "A?" The store sells gifts, according to its website.  -- "according to" after a clause with its own
    finite verb sources that clause, not the quote before it."""
    return cue.lower_ == "according" and any(
        doc[i].tag_ in {"VBZ", "VBD", "VBP"} and doc[i].dep_ not in {"aux", "auxpass"} for i in before_cue
    )


class Attributor:
    """Attributes the quotes of one article (its marks placed on the parse, and its speaker finder)."""

    def __init__(self, marks: QuoteMarks, finder: SpeakerFinder) -> None:
        self.marks = marks
        self.finder = finder
        #: paragraph -> who an interview's answer there is given to (worked out once per paragraph)
        self._interviewees: dict[int, Attribution | None] = {}

    # ------------------------------------------------------------------ after the quote
    def after(self, locs: Sequence[Located]) -> Attribution | None:
        """The attribution right after a quote ("A," she said / "A," Smith, the head of X, said), or None.

        The cue must belong to this quote and not introduce the next one or a statement of its own."""
        docs, finder, neighbours = self.marks.docs, self.finder, self.marks.neighbours
        loc = locs[-1]
        p = loc.part.paragraph
        doc = docs[p]
        nf0 = neighbours.next_first(p, loc.last)
        # a short quoted name inside the attribution ("Bill Eastland, wearing "Ted Cruz" pins, said") is skipped
        nf = neighbours.past_short_names(p, nf0)
        gap = finder.trailing_gap(p, loc, nf)
        cues = finder.cues(p, gap, limit=1)  # only the first is used
        if cues and _modifies_the_quote(cues[0], loc):
            # ""... than the small accord" announced in May, said Lena Varga": the participle is the quote's
            # noun's; the cue after it is the quote's
            cues = finder.cues(p, range(cues[0].i + 1, gap.stop), limit=1)
        if not cues and ends_open(self.marks.text(loc)) and not _opens_new_clause(doc, gap):
            cues = _any_verb_after(doc, gap, comma=_last_inside_marks(self.marks.text(loc)) == ",")
        if not cues and ends_open(self.marks.text(loc)):
            att = finder.statement_after(p, gap)  # "A," was the verdict of groundsman Tom Alder.
            if att is not None and att.speaker:
                att.how = "after"
                return att
        if not cues or _according_to_a_clause_of_its_own(doc, range(gap.start, cues[0].i), cues[0]):
            return None
        if len(gap) and doc[gap.start].text in DASHES and locs[0].first > 0 and doc[locs[0].first - 1].text in DASHES:
            # X lamented her gaffes - "A?" - and voters who watched said ...: a quote set off by dashes is an aside
            # of the clause before it; the clause after the second dash is a statement of its own
            return None
        if _opens_subordinate_clause(doc, gap):
            # "... but "isn't planning to endorse anyone," while Sen. Collins suggested ...": someone else's
            # statement, not this quote's attribution
            return None
        cue = cues[0]
        forced = None
        if cue.i - gap.start > 8:
            # a long apposition between name and verb: "A," Smith, the head of a large group, said
            subj = finder._subject(cue)
            if subj is None and doc[cue.i - 1].text == ",":
                subj = forced = _named_in_apposition(doc, range(gap.start, cue.i))
            if subj is None and doc[cue.i - 1].text == ",":
                # the parser lost the subject across the apposition: a name (with its title: "Texas delegate
                # Bill Eastland") opening the gap right before a comma
                k = gap.start
                while k < cue.i and k - gap.start < 6 and doc[k].pos_ in {"PROPN", "NOUN", "ADJ"}:
                    k += 1
                if k > gap.start and k < cue.i and doc[k].text == "," and doc[k - 1].pos_ == "PROPN":
                    subj = forced = doc[k - 1]
            far = subj is not None and subj.i > gap.start + 5 and subj is not forced and not _opens_gap(subj, gap)
            if subj is None or far or cue.i - gap.start > 30:
                return None
        # the quote should open its clause ("A," she said); when text comes before it, the cue after it
        # must not have its own content, and no cue may come before it (he called it "A," she said)
        first = locs[0]
        lead_text = False
        if first.part.paragraph == p:
            lo = finder.sent_start(p, first.first)
            pl = neighbours.prev_last(p, first.first)
            if pl is not None:
                lo = max(lo, pl + 1)
            context = [t for t in doc[lo : first.first] if not t.is_space]
            lead_text = len(context) > 2 and context[-1].text not in {":", ",", "—", "–", "-", "(", "…"}
            spoken = any(is_cue(t) and not not_a_speech_act(t) and not _what_was_said(t) for t in context)
            if lead_text and (spoken or title_case(self.marks.text(first))):
                return None
            if lead_text and _ends_sentence(self.marks.text(loc)) and "\n" not in doc[lo : first.first].text:
                # work that is deemed "core to the service." Others agreed.  -- the quote ends the writer's
                # sentence; the next one is a statement of its own (lines the parser ran together are not one)
                return None
            introduced = bool(context) and context[-1].text in {",", ":"} and any(is_cue(t) for t in context)
            colon = first.first > 0 and doc[first.first - 1].text == ":"
            if (introduced or colon) and _ends_sentence(self.marks.text(loc)):
                # Whitfield said, "A." Critics scoffed. / his famous demand: "A!" Conservatives still praise it.
                # -- the quote is introduced before it and ends its sentence; the next sentence is someone else's
                return None
            if (
                introduced
                and nf0 is not None
                and doc[nf0 - 1].text in {",", ":"}
                and not any(doc[i].text in {".", "!", "?", ";"} for i in range(loc.last + 1, nf0))
            ):
                # X shouted, "A," Y joked, "B."  -- A has its cue before it; the one after it introduces B
                return None
        open_end = ends_open(self.marks.text(loc))
        # a cue with its own object or clause ("He added that ...") starts a statement of its own
        own_content = any(c.dep_ in _CONTENT_DEPS and c.i > cue.i for c in cue.children)
        before_next = nf is not None and gap.stop == nf and doc[gap.stop - 1].text in {",", ":"}
        if own_content and (lead_text or not open_end):
            return None
        # "... next week" at the convention, he said.  -- a cue closing its clause may sit a little further away
        closes = cue.i + 1 < len(doc) and doc[cue.i + 1].text in {".", "!", "?"}
        if not open_end and (before_next or cue.i - gap.start > (8 if closes else 4)):
            return None
        if (
            open_end
            and own_content
            and before_next
            and doc[gap.stop - 1].text == ":"
            and not _second_cue_before_colon(cue, gap)
        ):
            return None
        att = finder.glued_name(p, loc, cue) if cue.i == gap.start else None
        if att is None and forced is not None:
            att = finder.from_token(p, forced)
            if att is not None:
                att.cue = (p, cue.i)
        att = att or finder.from_cue(p, cue, inverted_gap=gap)
        if att is not None:
            att.how = "after"
        return att

    # ------------------------------------------------------------------ before the quote
    def before(self, locs: Sequence[Located]) -> Attribution | None:
        """The attribution before a quote: a cue introducing it (She said: "A"; according to X, "A"), a verb of
        judging or naming governing it (He called it "A"), a "Name:" label, or "X said:" ending the paragraph
        before."""
        docs, finder = self.marks.docs, self.finder
        loc = locs[0]
        p = loc.part.paragraph
        doc = docs[p]
        gap = finder.leading_gap(p, loc, self.marks.neighbours.prev_last(p, loc.first))
        att = finder.possessive_frame(p, loc.first, locs[-1].last) if len(locs) == 1 else None
        att = att or finder.possessive_source(p, gap, loc.first, loc.last) or finder.own_account(p, loc.first)
        if att is not None:
            att.how = "before"
            return att
        cues = [c for c in finder.cues(p, gap) if not _writers_aside(c) and not _let_do(c)]
        verb = finder.governing_verb(p, gap, loc.first, loc.last, judging_only=True) if cues else None
        if verb is not None and verb.i > cues[-1].i and not _let_do(verb):
            # "A," said X, who hailed the vote as "B": B hangs off "hailed", not off the earlier quote's cue
            att = finder.from_cue(p, verb)
            if att is not None:
                att.how = "before"
                return att
        if cues:
            att = self._label_after_dash(p, gap, cues[-1])
            if att is not None:
                return att
            cue = _governing_over_relative(cues, loc)
            last_tok = doc[gap.stop - 1].text if len(gap) else ""
            ok = last_tok in {":", ","} or _governs(cue, loc.first, loc.last) or _parenthetical_over(cue, loc)
            if cue.lower_ == "according" and finder.sent_start(p, cue.i) == finder.sent_start(p, loc.first):
                ok = True
            if not ok and loc.first - cue.i <= 10:
                ok = not any(doc[k].text in {".", "?", "!", ";"} for k in range(cue.i, loc.first))
            if ok:
                outer = finder.reporting_cue(p, cue)
                if outer is not None:
                    att = finder.from_cue(p, outer)
                    if att is not None and att.speaker:
                        # the quote still hangs off its own cue: quotes are joined by the cue they hang off
                        att.how, att.cue = "before", (p, cue.i)
                        return att
                att = finder.from_cue(p, cue, inverted_gap=range(cue.i + 1, loc.first))
                if att is not None:
                    att.how = "before"
                    return att
            att = _framed_by_according_to(finder, p, cues, cue, loc)
            if att is not None:
                return att
        att = finder.colon_name(p, gap) or finder.colon_subject(p, gap) or finder.dash_subject(p, gap, loc)
        if att is not None:
            att.how = "colon"
            return att
        att = finder.glued_cue(p, loc)
        if att is not None:
            att.how = "before"
            return att
        att = finder.glued_label(p, loc)
        if att is not None:
            return att
        verb = finder.governing_verb(p, gap, loc.first, loc.last)
        if verb is not None and _let_do(verb):
            # "said she wanted ... and let them know that "A"": the verb of the one let is no attribution; the
            # speech verb it hangs from is
            above = itertools.islice(verb.ancestors, _HEADS_READ)  # a parse nested thousands deep is not climbed
            verb = next((a for a in above if is_cue(a) and a.i not in self.marks.in_quote[p]), None)
        if verb is not None:
            att = finder.from_cue(p, verb)
            if att is not None:
                att.how = "before"
                return att
        return self._colon_closing_previous_paragraph(loc)

    def turn(self, locs: Sequence[Located]) -> Attribution | None:
        """A transcript's turn (`"PENCE: Well, look, ...`): the one its label names, by their fullest name in the
        article ("Mike Pence"), or the label as a name ("Wallace") when the article names no one so; no one for a
        label naming no speaker ("VIDEO: ...").  None when the quote is no turn."""
        part = locs[0].part
        text = self.marks.texts[part.paragraph]
        end = turn_label_end(text, part.open_at) if part.open_at is not None else None
        if end is None or end > part.start:
            return None
        label = speaker_label(text, part.open_at) or ""
        words = [w.title() for w in label.split() if w.lower().rstrip(".") not in TITLES_OF_ANY_KIND]
        if not words:
            return Attribution(speaker=None, how="label")
        name, role, _ = self.finder.people.person(words, (part.paragraph, 0))
        return Attribution(speaker=name, role=role, how="label")

    def _label_after_dash(self, p: int, gap: range, cue: Token) -> Attribution | None:
        """ "Pollsters agree - Carl Bialik: "A"": a "Name:" label after a dash names the quote's source; the
        speech verb before the dash belongs to the headline phrase."""
        doc = self.marks.docs[p]
        if not len(gap) or doc[gap.stop - 1].text != ":":
            return None
        dash = next((k for k in range(gap.stop - 2, cue.i, -1) if doc[k].text in DASHES), None)
        if dash is None:
            return None
        att = self.finder.colon_name(p, range(dash + 1, gap.stop))
        if att is not None:
            att.how = "colon"
        return att

    def _colon_closing_previous_paragraph(self, loc: Located) -> Attribution | None:
        """ "X said:" closing the previous paragraph, for a quote opening its own."""
        docs, texts, finder = self.marks.docs, self.marks.texts, self.finder
        p = loc.part.paragraph
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

    def signature(self, locs: Sequence[Located]) -> Attribution | None:
        """A "— Name" signature right after the quote's last part, or on a line of its own after the paragraph
        the quote ends."""
        last = locs[-1]
        return (
            self.finder.dash_name(last.part.paragraph, last)
            or self._signature_line(last)
            or self._paragraph_signature(locs[0], last)
        )

    def _paragraph_signature(self, first: Located, last: Located) -> Attribution | None:
        """The "― Name" signing a run of quotes, for a quote opening its paragraph or right after another signature:
        a reader's letter whose marks close early (""A." And that is all "B'." ― Ana Ruiz.") is signed as a whole.
        The signature is the first after the quote, with at most a few unquoted words between."""
        p = first.part.paragraph
        text, doc, in_quote = self.marks.texts[p], self.marks.docs[p], self.marks.in_quote[p]
        if first.part.open_at is None or last.part.paragraph != p:
            return None
        # the few characters before the quote only: a paragraph of thousands of quotes is not re-read for each
        before = text[max(0, first.part.open_at - _SIGNED_BEFORE_CHARS) : first.part.open_at].rstrip()
        if before and not _SIGNED_BEFORE.search(before):
            return None
        unquoted_words = 0
        for k in range(last.last + 1, min(len(doc), last.last + 1 + _SIGNATURE_SCAN)):
            t = doc[k]
            if k in in_quote or (t.is_punct and t.text[:1] not in SIGNATURE_DASHES):
                continue
            if t.text[:1] in SIGNATURE_DASHES and doc[k - 1].text[-1:] in _CLOSING_MARKS:
                return self.finder.signature_at(p, k) if DASH_NAME.match(text, t.idx) else None
            unquoted_words += 1
            if unquoted_words > _SIGNATURE_GAP:
                return None
        return None

    def _signature_line(self, last: Located) -> Attribution | None:
        """ "- Hillary Clinton." as the next paragraph, when the quote ends its own (a credit line)."""
        p = last.part.paragraph
        texts = self.marks.texts
        if last.part.close_at is None or p + 1 >= len(texts) or texts[p][last.part.close_at + 1 :].strip(" .,"):
            return None
        if not DASH_NAME.match(texts[p + 1]):  # a credit line: "- Hillary Clinton.", "—President Obama, ..."
            return None
        return self.finder.signature_at(p + 1, 0)

    # ------------------------------------------------------------------ from the quote before
    def coordinated(self, record: Record, first: Located) -> Attribution | None:
        """The previous quote's attribution for a fragment coordinated with it in one sentence ("called it
        "unacceptable" and "a disgrace""): only a conjunction or a comma stands between them."""
        docs, in_quote = self.marks.docs, self.marks.in_quote
        locs, att = record
        last = locs[-1]
        p = last.part.paragraph
        if att is None or first.part.paragraph != p or last.part.close_at is None or first.first <= last.last:
            return None
        between = [docs[p][i] for i in range(last.last + 1, first.first) if i not in in_quote[p]]
        if not between or not all(t.lower_ in _COORDINATORS or t.is_space for t in between):
            return None
        return Attribution(speaker=att.speaker, role=att.role, how="inherited", cue=att.cue)

    def governed_by_previous_cue(self, record: Record, first: Located) -> Attribution | None:
        """The previous quote's attribution for a later fragment of its sentence that its cue governs too
        ("admitted "one or two cases" where gifts may have "slipped through the cracks""), with no other cue
        between."""
        docs, in_quote = self.marks.docs, self.marks.in_quote
        locs, att = record
        last = locs[-1]
        p = last.part.paragraph
        if att is None or att.cue is None or att.cue[0] != p or first.part.paragraph != p or first.first <= last.last:
            return None
        doc = docs[p]
        cue = doc[att.cue[1]]
        if cue.i > first.first or cue.sent.start != doc[first.first].sent.start:
            return None
        if any(is_cue(doc[i]) for i in range(last.last + 1, first.first) if i not in in_quote[p]):
            return None
        if title_case(self.marks.text(first)) or not _governs(cue, first.first, first.last):
            return None  # a slogan or a name in marks ("Trump's "Make America Great Again" cry") is no fragment
        return Attribution(speaker=att.speaker, role=att.role, how="inherited", cue=att.cue)

    def continues(self, records: Sequence[Record], text: str, p: int, *, at_start: bool) -> bool:
        """Whether an unattributed quote in paragraph ``p`` goes on with the previous quote's speaker, by the news
        convention: later in the same paragraph, at the start of the next one, or after one paragraph of narrative
        that names no one else who could speak (no name, organisation, pronoun or speech verb).  A transcript's
        "WALLACE: ..." names its own speaker; it does not go on with the one before."""
        if not records or _TRANSCRIPT_LABEL.match(text):
            return False
        locs, att = records[-1]
        if att is None:
            return False
        pl = locs[-1].part.paragraph
        if pl == p or (at_start and pl == p - 1):
            return True
        if not (at_start and p - 1 - _NARRATIVE_BETWEEN <= pl <= p - 2):
            return False
        if pl == p - 2 and _asks_the_one_quoted(self.marks.docs[p - 1], self.marks.in_quote[p - 1]):
            return True  # an interview: "Critics say the force needs a smaller budget. Do you agree?" / ""I ..."
        # one or two short paragraphs of narrative naming no one ("The finding has not changed how insurers set
        # prices."), between the speaker's quote and this one
        return all(self._names_no_one_else(q, att) for q in range(pl + 1, p))

    def _names_no_one_else(self, q: int, att: Attribution) -> bool:
        """Whether paragraph ``q`` is short narrative naming no one who could speak but ``att``'s speaker: no name,
        organisation, pronoun for someone else, speech verb of another or description of a person as subject."""
        between = self.marks.docs[q]
        people = self.finder.people
        return 0 < len(between) <= 60 and not any(
            t.ent_type_ in _CANDIDATE_LABELS
            or (t.lower_ in _CANDIDATE_PRONOUNS and not self._is_speaker(q, t, att))
            or (is_cue(t) and not self._speaker_speaking(q, t, att) and not _said_of_a_thing(t))
            # "The rookie defenceman shrugged off questions.": a description of someone is someone
            or (t.dep_ in {"nsubj", "nsubjpass"} and t.lower_ in PERSON_NOUNS)
            # "Akers, 19, was more cautious.": a name the recogniser missed there, known from elsewhere
            or people.mention_at(q, t.i) is not None
            for t in between
        )

    def _is_speaker(self, p: int, tok: Token | None, att: Attribution) -> bool:
        """Whether ``tok`` is a he/she standing for the speaker of ``att``: "Thousands of workers cheered as she
        spoke." between two of her quotes names no one else."""
        if tok is None or tok.lower_ not in {"he", "she"} or not att.speaker:
            return False
        who = self.finder.names.person_for_pronoun(p, tok.i)
        return who is not None and who.speaker == att.speaker

    def _speaker_speaking(self, p: int, cue: Token, att: Attribution) -> bool:
        """Whether the speech verb ``cue`` is the speaker of ``att`` speaking ("as she spoke"), or a reaction while
        she spoke ("Thousands of workers cheered as she spoke."): no one else's words follow."""
        if self._is_speaker(p, self.finder._subject(cue), att):
            return True
        return any(
            c.dep_ == "advcl"
            and any(m.dep_ == "mark" and m.lower_ in {"as", "while", "when"} for m in c.children)
            and (is_cue(c) or c.lemma_.lower() in {"speak", "talk"})
            and self._is_speaker(p, self.finder._subject(c), att)
            for c in cue.children
        )

    # ------------------------------------------------------------------ from context
    def from_context(
        self, records: Sequence[Record], first: Located, *, at_start: bool, continues: bool
    ) -> Attribution | None:
        """For a quote with no cue of its own: the previous quote's speaker when it ``continues`` (unless someone
        else speaks in the sentence right before: "..., he told reporters. "B.""), else the person the sentence
        before is about."""
        finder = self.finder
        p = first.part.paragraph
        att = None
        if continues and _a_things_words(records[-1][1]):
            continues = False  # "... coverage, which has promised "quantum dowsing"" / "B.": no one's words go on
        if continues:
            _, patt = records[-1]
            assert patt is not None  # continues() holds only after an attributed quote
            other = finder.speech_context(p - 1) if at_start else finder.speech_context(p, before=first.first)
            if other is not None and other.speaker and other.speaker != patt.speaker:
                att = other
            elif at_start and (turn := self._next_turn(records, p)) is not None:
                att = turn
            else:
                att = self._someone_else_between(records[-1], first, at_start=at_start) or Attribution(
                    speaker=patt.speaker, role=patt.role, how="inherited"
                )
        if att is None and at_start and p > 1 and finder.people.is_writers_question(p - 1):
            # an interview: "We asked her why." / "Why give it back?" / ""The star was running my life."": the
            # answer is the one the paragraph before the question is about; in a run of questions and answers,
            # the one the paragraph before the first question is about
            att = self._interviewee(p - 2)
        if att is None and at_start and p > 0:
            att = finder.context_person(p - 1)
        elif att is None and not at_start:
            att = finder.context_person(p, before=first.first) or finder.reporter_before(p, first.first)
        return att

    def _next_turn(self, records: Sequence[Record], p: int) -> Attribution | None:
        """The speaker of the turn before last when paragraph ``p``, a quote and nothing else, is the next turn of an
        exchange: the two paragraphs before it are each one person's turn (a quote and at most its short tag), by
        two people, and they are talking to each other (one asks, or one "replied", "shot back", "interjected").
        ""You closed 200 beds," Gaudet said. / "That is simply false," Harcourt shot back. / "It's in your own
        budget documents."" is Gaudet's; a run of bare turns goes on alternating. None otherwise: after a reaction
        of one person and then another's, a bare paragraph goes on with the last."""
        if p < 2 or not self._a_turn(p, bare=True):
            return None
        last = _records_of_paragraph(records, p - 1)
        if not last or len(records) == len(last):
            return None
        before_locs, before = records[-len(last) - 1]
        answer = last[-1][1]
        if before is None or answer is None or not before.speaker or not answer.speaker:
            return None
        turn_before = before_locs[-1].part.paragraph
        # "Okonkwo then pressed her on the complaints. / "Who did you tell?" he asked. / "My house manager."": a
        # question answers to the one who spoke before the line of narrative that set it up
        set_up = turn_before == p - 3 and not self.marks.in_quote[p - 2] and self._put_as_question(*last[-1])
        if not (turn_before == p - 2 or set_up) or before.speaker == answer.speaker:
            return None
        if any(att is None or att.speaker != answer.speaker for _, att in last):
            return None  # the paragraph before is more than one person's turn
        here = self.marks.texts[p]
        addressed = _addressed(here)
        if addressed is not None and addressed in _name_words(before.speaker):
            return None  # "…," Gaudet said. / "…," Harcourt said. / "You know that, Mireille.": Harcourt's, to her
        # ""It did," his father said. / "It didn't, Papa."": words to the one who spoke last are the other one's
        to_the_last = addressed is not None and (
            addressed in _KIN_VOCATIVES or addressed in _name_words(answer.speaker)
        )
        if not (self._a_turn(p - 1) and (to_the_last or self._a_turn(turn_before))):
            return None
        if self._asks(before_locs) and _last_inside_marks(here) != "?" and _more_than_a_sentence(self.marks.docs[p]):
            return None  # after an answer to a question, more than a line is the one answering going on
        talking = (
            to_the_last
            or answer.how == "exchange"
            or any(self._asks_or_answers(locs, att) for locs, att in ((before_locs, before), last[-1]))
        )
        return Attribution(speaker=before.speaker, role=before.role, how="exchange") if talking else None

    def _a_turn(self, q: int, *, bare: bool = False) -> bool:
        """Whether paragraph ``q`` is one turn of an exchange: it opens with a quote and holds nothing but quotes and
        a short tag (``bare``: nothing but a quote)."""
        doc, inside = self.marks.docs[q], self.marks.in_quote[q]
        if not inside:
            return False
        words = [t for t in doc if not (t.is_punct or t.is_space)]
        if not words or words[0].i not in inside:
            return False
        outside = sum(1 for t in words if t.i not in inside)
        return outside == 0 if bare else outside <= _TURN_TAG_WORDS

    def _asks(self, locs: Sequence[Located]) -> bool:
        """Whether a turn ends on a question."""
        return _last_inside_marks(self.marks.text(locs[-1])) == "?"

    def _put_as_question(self, locs: Sequence[Located], att: Attribution | None) -> bool:
        """Whether a turn is a question its cue says was asked ("Who did you tell?" he asked), not one said in
        passing ("How do I keep a baby out of the bathwater?" she said)."""
        if not self._asks(locs) or att is None or att.cue is None:
            return False
        return self.marks.docs[att.cue[0]][att.cue[1]].lemma_.lower() in ASKING_VERBS

    def _asks_or_answers(self, locs: Sequence[Located], att: Attribution | None) -> bool:
        """Whether a turn is talk to someone: a question, or words its cue calls an answer or a rejoinder ("asked",
        "replied", "shot back", "interjected")."""
        if self._asks(locs):
            return True
        if att is None or att.cue is None:
            return False
        return _exchange_verb(self.marks.docs[att.cue[0]][att.cue[1]])

    def _interviewee(self, p: int) -> Attribution | None:
        """Who answers after the writer's question that follows paragraph ``p``: the one ``p`` is about; when ``p``
        is itself an answer about no one, the interviewee of the question before it; else the one an introduction
        opens with.  Each paragraph's is worked out once, so a page of thousands of questions stays linear."""
        chain = []  # the paragraphs not yet worked out, back to one that is or that names whom (read once each)
        k = p
        while k not in self._interviewees:
            chain.append(k)
            about = self.finder.context_person(k)
            if about is not None or k <= 1 or not self.finder.people.is_writers_question(k - 1):
                # the one the paragraph is about, or (an introduction) the one its first sentence opens with
                self._interviewees[k] = about or self._introduced(k)
                break
            k -= 2  # an answer about no one, after a question: the interviewee of the question before it
        for answer in chain:
            self._interviewees[answer] = self._interviewees[k]
        return self._interviewees[p]

    def _introduced(self, p: int) -> Attribution | None:
        """The person an interview's introduction opens with ("Rosa Delgado has spent 20 years cooking ... We spoke
        to her about ..."): the subject of the paragraph's first sentence."""
        doc = self.marks.docs[p]
        first = next(iter(doc.sents), None)
        return self.finder.context_person(p, before=first.end) if first is not None and first.end < len(doc) else None

    def _someone_else_between(self, record: Record, first: Located, *, at_start: bool) -> Attribution | None:
        """The person a sentence between the previous quote and this one is about, when that is someone other than
        the previous speaker (""A," Lohmar said. Her rival, Kim Park, was less sure. / "B."": B is Park's, not
        Lohmar's); None when no such sentence names anyone else."""
        locs, patt = record
        last = locs[-1]
        p = first.part.paragraph
        q, before = (p - 1, None) if at_start else (p, first.first)
        doc = self.marks.docs[q]
        end = len(doc) if before is None else before
        if last.part.paragraph != q or end == 0 or end <= last.last + 1:
            return None
        if self.finder.sent_start(q, end - 1) <= last.last:
            return None  # the sentence before is the previous quote's own
        ctx = self.finder.context_person(q, before=before)
        if ctx is None or not ctx.speaker or patt is None or ctx.speaker == patt.speaker:
            return None
        return ctx


#: Words a speaker calls a parent, grandparent or child by ("It didn't, Papa."), lower case.
_KIN_VOCATIVES = frozenset(
    ["dad", "daddy", "mom", "mommy", "mum", "mummy", "papa", "mama", "grandpa", "grandma", "granddad", "nana", "son"]
)
#: A paragraph's quote ending on the one it speaks to ("It didn't, Papa." / "..., Governor!").
_CLOSING_VOCATIVE = re.compile(r",\s+([A-Z][a-z]+)[.!?]?[\"”']*\s*$")


def _addressed(paragraph: str) -> str | None:
    """The word (lower case) a quote-only paragraph ends on after a comma, addressing someone ("Dad", "Isaac"), or
    None."""
    found = _CLOSING_VOCATIVE.search(paragraph.rstrip())
    return found.group(1).lower() if found else None


def _name_words(speaker: str | None) -> set[str]:
    """The lower-case words of a speaker's name or description."""
    return set((speaker or "").lower().split())


def _more_than_a_sentence(doc: Doc) -> bool:
    """Whether a paragraph holds more than one sentence."""
    return len(list(itertools.islice(doc.sents, 2))) > 1


def _records_of_paragraph(records: Sequence[Record], q: int) -> list[Record]:
    """The last records when they all end in paragraph ``q`` (the run of them back to one ending before it)."""
    run: list[Record] = []
    for record in reversed(records):
        if record[0][-1].part.paragraph != q:
            break
        run.append(record)
    return run[::-1]


#: Speech verbs of talk between two people: an answer, a question, a rejoinder.
_EXCHANGE_LEMMAS = frozenset(["ask", "reply", "answer", "respond", "retort", "counter", "interject", "snap", "press"])
#: Verbs that are a rejoinder with their particle ("shot back", "fired back", "cut in").
_EXCHANGE_PARTICLES = {"shoot": "back", "fire": "back", "hit": "back", "cut": "in"}


def _exchange_verb(cue: Token) -> bool:
    """Whether a speech verb is one of talk between two people ("asked", "replied", "shot back", "cut in")."""
    lemma = cue.lemma_.lower()
    if lemma in _EXCHANGE_LEMMAS:
        return True
    particle = _EXCHANGE_PARTICLES.get(lemma)
    return particle is not None and any(c.dep_ in {"prt", "advmod"} and c.lower_ == particle for c in cue.children)


def _a_things_words(att: Attribution | None) -> bool:
    """Whether a quote was given to a thing's description ("the press coverage", from "coverage, which has promised
    readers "quantum dowsing""): a label it printed, which a quote-only paragraph after does not go on with."""
    speaker = att.speaker if att is not None else None
    if not speaker or not speaker[:1].islower():
        return False
    words = speaker.lower().split()
    if words[0] not in {"the", "a", "an", "some"} or len(words) < 2:
        return False
    if is_description_of_someone(speaker):
        return False  # "the pro", "the 61-year-old"
    head = next((w for k, w in enumerate(words[1:], 1) if k + 1 == len(words) or words[k + 1] in _PHRASE_ENDS), "")
    singular = head[:-1] if head.endswith("s") else head
    return not any(
        w in PEOPLE_NOUNS or w in UNNAMED_SOURCE_NOUNS or w in BODY_NOUNS or w in DOCUMENT_NOUNS or is_role_noun(w)
        for w in {head, singular}
    ) and not is_person_noun(head)


#: Words after a phrase's head noun: "the press coverage of the event", "the coverage that ...".
_PHRASE_ENDS = frozenset(["of", "for", "at", "in", "on", "from", "with", "which", "that", "who"])


def _said_of_a_thing(verb: Token) -> bool:
    """Whether a speech verb is a passive about a thing, by no one named: "The software was never mentioned at the
    trial." speaks of no speaker."""
    children = list(verb.children)
    subject = next((c for c in children if c.dep_ == "nsubjpass"), None)
    return (
        subject is not None
        and subject.pos_ == "NOUN"
        and subject.lower_ not in PERSON_NOUNS
        and not any(c.dep_ == "agent" for c in children)
    )


#: How many paragraphs of narrative naming no one may stand between a speaker's quote and a quote-only paragraph
#: that goes on with it.
_NARRATIVE_BETWEEN = 2

#: Object pronouns the parser makes the subject of a causative's verb ("let them know"): never who speaks.
_OBJECT_PRONOUNS = frozenset(["them", "him", "her", "us", "me"])


def _modifies_the_quote(cue: Token, loc: Located) -> bool:
    """Whether a cue right after a quote is a participle describing a word of the quote ("the small accord"
    announced in May): it reports nothing, and has no subject of its own."""
    return (
        cue.tag_ == "VBN"
        and cue.dep_ in {"acl", "amod", "relcl"}
        and loc.first <= cue.head.i <= loc.last
        and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in cue.children)
    )


def _let_do(verb: Token) -> bool:
    """Whether ``verb``'s subject is an object pronoun ("let them know that "A""): the one let or made to do it is
    not the one speaking, whose cue comes before."""
    return any(c.dep_ == "nsubj" and c.lower_ in _OBJECT_PRONOUNS for c in verb.children)


def _governing_over_relative(cues: Sequence[Token], loc: Located) -> Token:
    """The cue a quote is read after: the nearest, unless it sits in a relative clause (or a clause that is a
    subject) and does not govern the quote while an earlier cue does ("adding that whoever grumbles about the
    referee "lost fair and square"": the one adding it, not whoever grumbles)."""
    nearest = cues[-1]
    introduced = loc.first > 0 and nearest.doc[loc.first - 1].text in {":", ","}  # "who responds: "Okay!""
    # a clause that is a subject has one of its own ("whoever grumbles"); a participle parsed so does not
    in_subject = nearest.dep_ == "relcl" or (
        nearest.dep_ == "csubj" and any(c.dep_ == "nsubj" for c in nearest.children)
    )
    if in_subject and not introduced and _said_its_own(nearest, loc):
        # "told a student who argued that turnout would fall ... that "A"": the relative clause's
        # verb has its own that-clause before the quote, so the quote is the main verb's, however it was parsed
        return next((c for c in reversed(cues[:-1]) if _governs(c, loc.first, loc.last)), nearest)
    if not in_subject or introduced or _governs(nearest, loc.first, loc.last):
        return nearest
    return next((c for c in reversed(cues[:-1]) if _governs(c, loc.first, loc.last)), nearest)


def _said_its_own(cue: Token, loc: Located) -> bool:
    """Whether a quote opened by its own "that" follows a that-clause of the cue's ("who argued that turnout would
    fall ... that "A""): a verb takes one; not "who added that the board looked "shaken"", one clause."""
    doc = cue.doc
    if loc.first == 0 or doc[loc.first - 1].lower_ != "that":
        return False
    return any(
        c.dep_ == "ccomp"
        and c.i < loc.first
        and any(m.dep_ == "mark" and m.lower_ == "that" and m.i < loc.first - 1 for m in c.children)
        for c in cue.children
    )


def _any_verb_after(doc: Doc, gap: range, *, comma: bool) -> list[Token]:
    """The cue of "Name verb" right after a quote ending open, whatever the verb: ""A," Toomey fumed."

    An intransitive verb only ("Others saw the same thing" after a question is a new statement), except after a
    comma, where a person named (or "he", "she") right after the quote speaks whatever the verb takes:
    ""A," Pell assured the crowd."""
    for i in range(gap.start, min(gap.stop, gap.start + 5)):
        t = doc[i]
        # ""A," who then sang": a clause about someone, not an attribution
        subjects = [
            c for c in t.children if c.dep_ == "nsubj" and c.i >= gap.start and c.lower_ not in RELATIVE_PRONOUNS
        ]
        if t.pos_ == "VERB" and subjects and not any(c.tag_ == "MD" for c in t.children):
            takes_object = any(c.dep_ in {"dobj", "attr"} for c in t.children)
            if not takes_object or (comma and _person_opening(subjects[0], gap)):
                return [t]
        if t.is_punct and t.text != ",":
            break
    return []


def _person_opening(subject: Token, gap: range) -> bool:
    """Whether a subject is a person's name or "he"/"she", its phrase opening the gap after a quote."""
    person = subject.ent_type_ == "PERSON" or subject.lower_ in {"he", "she"}
    return person and subject.left_edge.i == gap.start


def _what_was_said(cue: Token) -> bool:
    """ "Nothing the mayor said "A," the senator said": a cue in a clause describing what was said ("nothing",
    "everything" the mayor said), which the parser may give two subjects; it says nothing itself."""
    if cue.dep_ in {"relcl", "acl"} and cue.head.lower_ in _WHAT_WAS_SAID:
        return True
    return any(c.dep_ == "nsubj" and c.lower_ in _WHAT_WAS_SAID for c in cue.children)


#: Words for what was said that a clause like "the mayor said" may describe ("nothing the mayor said").
_WHAT_WAS_SAID = {"nothing", "everything", "anything", "something", "little", "much", "none", "all"}


def _first_word(doc: Doc, gap: range) -> Token | None:
    """The first word (not punctuation or space) in ``gap``."""
    return next((doc[i] for i in gap if not doc[i].is_punct and not doc[i].is_space), None)


def _opens_subordinate_clause(doc: Doc, gap: range) -> bool:
    """Whether the words after a quote open a subordinate clause ("while", "whereas", "because")."""
    first = _first_word(doc, gap)
    return first is not None and first.pos_ == "SCONJ" and first.lower_ in {"while", "whereas", "because", "although"}


def _opens_new_clause(doc: Doc, gap: range) -> bool:
    """Whether the words after a quote open a clause of their own (""A," so the state should help"), which no
    verb in it attributes the quote."""
    first = _first_word(doc, gap)
    return first is not None and (first.pos_ in {"CCONJ", "SCONJ"} or first.lower_ in {"so", "then", "yet"})


def _second_cue_before_colon(cue: Token, gap: range) -> bool:
    """Whether another speech verb stands between the cue and the colon closing the gap ("A," Smith said before
    adding: "B." / "A," Smith said, then added: "B."): the colon is the second verb's, which introduces the next
    quote, and the cue right after the quote stays that quote's."""
    doc = cue.doc
    return any(is_cue(doc[i]) for i in range(cue.i + 1, gap.stop - 1))


def _parenthetical_over(cue: Token, loc: Located) -> bool:
    """Whether the cue is a parenthetical "he said" in the quote's sentence ("If it fails, he said, the council
    can pass it "with a strong majority""): the clause it interrupts, which holds the quote, is the speaker's."""
    return cue.dep_ == "parataxis" and cue.head.i != cue.i and _governs(cue.head, loc.first, loc.last)


def _last_inside_marks(text: str) -> str:
    """The last character of a quote's words, past the closing marks of quotes inside it ("He asked, 'Why not?'")."""
    return text.rstrip().rstrip("'’\"”»").rstrip()[-1:]


def ends_open(text: str) -> bool:
    """Whether a quote's words end open, waiting for their attribution ("A," / "A?" / "A —"), also when a quote
    inside it closes first ("He asked, 'Why not?'")."""
    return _last_inside_marks(text) in _OPEN_END


def _ends_sentence(text: str) -> bool:
    """Whether a quote's words end with a full stop (or "!" / "?" / "…") inside the marks."""
    return _last_inside_marks(text) in {".", "!", "?", "…"}


def _opens_gap(subject: Token, gap: range) -> bool:
    """Whether a subject's phrase opens the gap after a quote, however long its title: ""A," former deputy harbour
    commissioner Lise-Anne Marchetti wrote"."""
    return subject.i in gap and subject.left_edge.i == gap.start


def _named_in_apposition(doc: Doc, span: range) -> Token | None:
    """The name in a subject phrase with an apposition between a quote and its cue, which the parser left without a
    subject: ""A," the party's nominee, Donald Trump, tweeted" -- the name set off by the commas.  Only a phrase of
    nouns, names and modifiers (no verb, at most 14 tokens) qualifies."""
    if not 2 <= len(span) <= 14:
        return None
    toks = [doc[i] for i in span]
    if any(t.pos_ in {"VERB", "AUX", "PRON", "ADP", "SCONJ", "CCONJ"} for t in toks):
        return None
    for t in toks[:-1]:
        if t.pos_ == "PROPN" and doc[t.i + 1].text == "," and t.ent_type_ == "PERSON":
            return t
    return None


def opens_paragraph(marks: QuoteMarks, first: Located) -> bool:
    """Whether a quote's first part opens its paragraph: nothing but space before its mark, or only a lead-in that
    names no one and says nothing ("Then, after a long pause: "I'd just ask more questions."")."""
    p = first.part.paragraph
    return (
        first.first == 0
        or marks.texts[p][: marks.docs[p][first.first].idx].strip() == ""
        # a lead-in is a few words, so only a quote that starts within a few tokens of its paragraph is read for one
        # (a paragraph of thousands of quotes stays linear)
        or (first.first <= 2 * _LEAD_IN_WORDS and _a_bare_lead_in(marks.docs[p][: first.first], marks.in_quote[p]))
    )


def _a_bare_lead_in(before: Span, in_quote: set[int]) -> bool:
    """Whether the words before a paragraph's first quote are a short lead-in ending on a colon, with no verb, name
    or pronoun ("Then, after a long pause:", "And later, quietly:"): the quote after it opens the paragraph as a bare
    one would, going on with the last speaker."""
    words = [t for t in before if not t.is_punct and not t.is_space]
    return (
        len(before) > 1
        and before[-1].text == ":"
        and 0 < len(words) <= _LEAD_IN_WORDS
        and not any(t.i in in_quote for t in before)
        and not any(t.pos_ in _SAYING_SOMETHING and t.lower_ not in _LEAD_IN_NOUNS for t in words)
    )


#: Parts of speech that make a lead-in more than one of time or manner: a verb, a name, a pronoun, a thing.
_SAYING_SOMETHING = frozenset(["VERB", "AUX", "PROPN", "PRON", "NOUN"])
#: The most words a lead-in to a quote may have ("Then, after a long pause:").
_LEAD_IN_WORDS = 8
#: Nouns a lead-in of time or manner may hold ("after a long pause", "a moment later").
_LEAD_IN_NOUNS = frozenset(["pause", "moment", "beat", "while", "silence", "minute", "breath", "sigh", "laugh"])


def _asks_the_one_quoted(doc: Doc, in_quote: set[int]) -> bool:
    """Whether a paragraph between two quotes is the writer's question to the one quoted: no quotation marks, and
    its last sentence a question reporting no one's words ("... Do you agree?")."""
    if not unquoted(doc, in_quote):
        return False
    last = doc[-1].sent
    # a speech verb asked of "you" ("Do you agree?") is the question, not a report of someone's words
    reported = any(is_cue(t) and not any(c.lower_ == "you" for c in t.children) for t in last)
    return ends_with_question_mark(last) and not reported
