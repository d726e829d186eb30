"""Attribute quoted spans to speakers: find the cue ("said", "according to", "-Name", a colon) and its subject.

The text around a quote is split into the *gaps* between quotes.  A cue right
after a quote that ends with a comma ("A," she said) belongs to that quote; a cue
ending in a colon or comma right before one (She said: "A") belongs to the next.
The cue's grammatical subject names the speaker, which :mod:`speakers` turns
into a full name through the :class:`People` registry (pronouns and "the
ambassador" included).  Which cue a quote has is decided in :mod:`attribute`.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Sequence

from spacy.tokens import Doc, Span, Token

from bot.quotes.bodies import BODY_NOUNS
from bot.quotes.lexicon import (
    ASKING_VERBS,
    COGNITIVE_VERBS,
    DEMONYM_NOUNS,
    EVALUATIVE_VERBS,
    INSTITUTION_WORDS,
    PEOPLE_NOUNS,
    PERSON_NOUNS,
    POSSESSIVE_MARKS,
    RELATIVE_PRONOUNS,
    SPEECH_VERBS,
    TIME_WORDS,
    TITLE_WORDS,
    is_role_noun,
)
from bot.quotes.locate import Located, locate
from bot.quotes.people import People, name_after_role_taken_for_verb, standalone_dash
from bot.quotes.speakers import (
    NOT_SPEAKERS,
    ORG_LABELS,
    Attribution,
    SpeakerNames,
    an_age,
    capitalised_word,
    naming,
    standing_for,
    titled_description,
)

__all__ = ["DASH_NAME", "Attribution", "Located", "SpeakerFinder", "locate", "not_a_speech_act", "statement_owner"]

#: Dashes that sign a quote ("— Name", "― Name"), and a signature's start: one or two of them, then a capital.
SIGNATURE_DASHES = "-–—―"
DASH_NAME = re.compile(rf"\s*[{SIGNATURE_DASHES}]{{1,2}}\s*(?=[A-Z])")
_SUBJECT_DEPS = {"nsubj"}
_CLIMB_DEPS = {"xcomp", "conj", "advcl", "pcomp", "dep", "prep", "pobj"}
_PLURAL_PRONOUNS = {"they", "them", "we"}
_NAMING_VERBS = {"call", "label", "dub", "term", "describe", "brand", "name", "characterize", "characterise"}
_TIME_LABELS = {"DATE", "TIME", "CARDINAL", "ORDINAL"}
#: Statement nouns a quote before them gives the words of ("Halasz's "a boat every ten minutes" promise"); not nouns for
#: a container, whose quoted modifier is the writer's word for a kind ("Clinton's "work-related" emails")
_FRAMING_NOUNS = {
    "assertion",
    "catchphrase",
    "claim",
    "comment",
    "declaration",
    "dictum",
    "jab",
    "mantra",
    "motto",
    "pledge",
    "promise",
    "quip",
    "refrain",
    "remark",
    "retort",
    "slogan",
    "vow",
    "warning",
}
#: Verbs of naming or judging whose passive subject is the thing named, never the one naming it ("jobs that are
#: considered "A"", "items labeled "A"")
_JUDGED_IN_PASSIVE = _NAMING_VERBS | {"consider", "deem", "regard", "view", "declare", "rate"}
_PHASE_VERBS = {"continue", "begin"}
#: Nouns for an unnamed informant, who speaks like any person ("a source familiar with the inquiry said").
_SOURCE_NOUNS = {"source", "insider", "informant"}
_NAME_LABELS = {"PERSON", "ORG", "NORP"}
#: Nouns for something said or written, whose possessor is its source ("Trump's claim that ...", "From Bush's
#: post: "..."", "in Forbes' words, "..."").
_STATEMENT_NOUNS = {
    "answer",
    "argument",
    "advice",
    "assessment",
    "verdict",
    "view",
    "reaction",
    "assertion",
    "claim",
    "comment",
    "conclusion",
    "declaration",
    "dictum",
    "email",
    "explanation",
    "letter",
    "memo",
    "message",
    "mantra",
    "motto",
    "pledge",
    "post",
    "promise",
    "quip",
    "refrain",
    "remark",
    "reply",
    "response",
    "retort",
    "slogan",
    "speech",
    "statement",
    "tweet",
    "vow",
    "warning",
    "word",
}
#: Words that may stand between such a noun and the quote it introduces ("Clinton's response was: "..."").
_STATEMENT_LINKS = {":", ",", "was", "is", "read", "reads", "that"}
#: Words opening a subordinate clause of time, cause or condition ("after the senator won").
_SUBORDINATORS = {"after", "before", "when", "while", "since", "because", "if", "although", "though", "until", "once"}


_SPEECH_FORMS = frozenset(
    {v + "ed" for v in SPEECH_VERBS}
    | {v + "d" for v in SPEECH_VERBS if v.endswith("e")}
    | {"said", "says", "told", "wrote"}
)


def is_cue(tok: Token) -> bool:
    """A speech verb: by its lemma when tagged a verb, by its form when mis-tagged (a capitalised "Tweeted")."""
    if tok.pos_ in {"VERB", "AUX"}:
        lemma = tok.lemma_.lower()
        if lemma in _PHASE_VERBS:
            # "he continued, "..."" speaks; "she will continue to be ..." / "began the tour" does not
            return not any(c.dep_ in {"xcomp", "dobj"} for c in tok.children)
        if lemma == "go":
            # "as the senator went on about "a rigged system"": going on about something is talking
            children = {(c.dep_, c.lower_) for c in tok.children}
            return ("prt", "on") in children and ("prep", "about") in children
        return lemma in SPEECH_VERBS
    if tok.pos_ in {"DET", "ADP", "PRON"}:
        return False
    if tok.lower_ in _SPEECH_FORMS:
        return True
    # "Viguerie notes.", "he adds": a verb the tagger took for a plural noun; a capitalised one is part of
    # a name ("the United States"), not the verb
    prev = tok.doc[tok.i - 1] if tok.i > 0 else None
    return (
        tok.is_lower
        and tok.lower_.endswith("s")
        and tok.lower_[:-1] in SPEECH_VERBS
        and prev is not None
        and ((prev.pos_ == "PROPN" and prev.text[:1].isupper()) or prev.lower_ in {"he", "she", "they"})
    )


def _is_time(tok: Token) -> bool:
    """A date or time word, which never speaks, whatever the recogniser made of it ("One of the aides" is no
    number, though the recogniser calls "One" a cardinal)."""
    if tok.lower_ == "one" and any(c.lower_ == "of" for c in tok.children):
        return False
    if an_age(tok):
        return False  # "the 23-year-old said": an age, which the recogniser tags as a date, stands for a person
    return tok.ent_type_ in _TIME_LABELS or tok.lower_ in TIME_WORDS


def _according_to(sent: Span, in_quote: set[int]) -> Token | None:
    """The source a sentence opens with "According to X," (outside quotes), or None."""
    first = sent[0]
    if first.lower_ != "according" or first.i in in_quote:
        return None
    to = next((c for c in first.children if c.lower_ == "to"), None)
    return next((c for c in to.children if c.dep_ == "pobj"), None) if to is not None else None


def _one_asked(sent: Span) -> Token | None:
    """The person a sentence says was asked ("Reporters asked Pitt whether he feared the sack."), whose answer a
    quote-only paragraph after it is; None for any other sentence."""
    root = sent.root
    if root.lemma_.lower() not in ASKING_VERBS or root.tag_ not in {"VBD", "VBZ", "VBP"}:
        return None
    return next((c for c in root.children if c.dep_ == "dobj" and c.pos_ in {"PROPN", "PRON"}), None)


def _stands_for_someone(subject: Token) -> bool:
    """Whether a context sentence's subject names one person: a name, he or she, a noun for a person ("the former
    model") or an age ("The 61-year-old said ...")."""
    return (
        subject.pos_ == "PROPN" or subject.lower_ in {"he", "she"} or subject.lower_ in PERSON_NOUNS or an_age(subject)
    )


def _a_body_speaking(subject: Token) -> bool:
    """Whether a sentence's subject is an organisation named by its noun and says something ("The surf club said")."""
    return (
        subject.pos_ == "NOUN"
        and subject.lower_ in BODY_NOUNS
        and subject.dep_ == "nsubj"
        and any(c.dep_ == "det" and c.lower_ == "the" for c in subject.children)
        and is_cue(subject.head)
    )


def _without_cut_role_words(subjects: list[Token], verb: Token) -> list[Token]:
    """``subjects`` without a role word the parser cut from the name after it and made a subject of its own
    ("said offensive co-ordinator Hal Brzezinski": "co" and "Brzezinski" both subjects): the name speaks."""
    doc = verb.doc
    cut = {
        c.i
        for c in subjects
        for name in subjects
        if verb.i < c.i < name.i
        and c.pos_ != "PROPN"
        and name.pos_ == "PROPN"
        and all(t.head.i == name.i or t.text == "-" for t in doc[c.i + 1 : name.i])
    }
    return [c for c in subjects if c.i not in cut] or subjects


#: How many words before a quote "by her own account" or "as she put it" is looked for in.
_OWN_ACCOUNT_WINDOW = 30
#: How many sentences before a paragraph's last one its subject is looked for in, for a quote-only paragraph after.
_EARLIER_SENTENCES = 3


def _age_made_a_modifier(root: Token) -> Token | None:
    """The age opening a sentence the parser gave no subject, hanging the age on the verb as a modifier ("The
    77-year-old laughed at the memory."): the sentence's subject after all."""
    return next((c for c in root.lefts if c.dep_ in {"amod", "advmod", "npadvmod"} and an_age(c)), None)


def _one_word_after_the(subject: Token) -> bool:
    """Whether a capitalised subject is one word after "the" ("The Dubliner", "the Kiwi"): a description of
    someone, not a name (names take no article)."""
    return any(c.dep_ == "det" and c.lower_ == "the" for c in subject.children) and not any(
        c.dep_ == "compound" for c in subject.children
    )


def _animate(tok: Token) -> bool:
    """Whether a subject can speak: a name, a personal pronoun, an organisation, or a noun for people."""
    return (
        tok.pos_ == "PROPN"
        or an_age(tok)  # "The 49-year-old said"
        or tok.ent_type_ in {"PERSON", "ORG", "NORP", "GPE"}
        or tok.lower_ in {"he", "she", "they", "we", "i", "who", "you"}
        or tok.lemma_.lower() in _SOURCE_NOUNS
        or tok.lemma_.lower() in PEOPLE_NOUNS
        or tok.lower_ in PEOPLE_NOUNS
    )


def _hung_subject(verb: Token) -> Token | None:
    """The sentence-opening name the parser hung on a verb that has no subject.

    "Carrow, later alleging that ..., said": the name as a clause of the verb; "Okafor supports "A," opposes "B"
    and recalled ...": the name as the subject of a first verb the parser made a clause of the second."""
    if verb.pos_ not in {"VERB", "AUX"}:
        return None
    for c in reversed(list(verb.lefts)):
        if c.text[:1].isupper() and c.dep_ in {"advcl", "npadvmod", "dep"} and c.ent_type_ in _NAME_LABELS:
            return c
        if c.dep_ == "csubj":
            # "commuter Paolo Bianchi, 38, said": the parser took the role word for a verb and the name for its
            # object, the whole a clause that is the subject
            named = name_after_role_taken_for_verb(c)
            if named is not None:
                return named
        if c.dep_ == "ccomp" and c.pos_ == "VERB":
            subject = next((s for s in c.lefts if s.dep_ == "nsubj"), None)
            if (
                subject is not None
                and subject.i == subject.sent.start
                and subject.pos_ == "PROPN"
                and subject.ent_type_ in _NAME_LABELS | {""}
            ):
                return subject
            if subject is not None and subject.lower_ in {"he", "she"} and len(list(c.subtree)) <= 3:
                return subject  # "She paused, then added, "...."": a short clause of her own the parser hung on it
    return None


def _role_after_taken_for_verb(verb: Token) -> Token | None:
    """The name after an inverted speech verb whose role word the parser took for a verb ("said Raiders coach Brett
    Dunstan": "Raiders" its subject, "coach" a clause of "said", "Dunstan" its object), when the role word follows
    the verb within two words and the name follows it right after."""
    if verb.lemma_.lower() not in SPEECH_VERBS:
        return None
    for c in verb.rights:
        if c.dep_ not in {"ccomp", "xcomp", "conj"} or c.pos_ != "VERB" or not 0 < c.i - verb.i <= 2:
            continue
        if not c.text.islower() or not (is_role_noun(c.lower_) or c.lower_ in PERSON_NOUNS):
            continue
        name = next((o for o in c.children if o.dep_ in {"dobj", "attr", "oprd"} and o.pos_ == "PROPN"), None)
        if name is not None and all(t.pos_ == "PROPN" for t in c.doc[c.i + 1 : name.i]):
            return name
    return None


def _stranded_subject(verb: Token) -> Token | None:
    """The noun phrase ending right before a speech verb the parser gave no subject, when it can speak.

    "Although there is no overlap with the team, a city hall official who spoke anonymously said, "..."": the
    parser hung "official" on "team" as an apposition, so "said" has no subject, yet the phrase that ends where the
    verb begins is its subject to any reader. Only a verb that opens no clause of its own qualifies (it has no
    subject, and nothing but the phrase's own words lie between them), and the nearest person-like noun among the
    heads above the word before the verb whose phrase opens its clause is taken, so "strategy" in "to discuss
    internal strategy" and "managers" in "to avoid trouble with his managers" are passed over.

    A phrase closed by a comma qualifies only as a role and a name in apposition ("In mitigation, Hurley's barrister,
    Felicity Crane, said": the parser made "barrister" a second object of "In").
    """
    if verb.pos_ != "VERB" or verb.i < 2 or verb.lemma_.lower() not in SPEECH_VERBS:
        return None
    doc = verb.doc
    if doc[verb.i - 1].text == ",":
        return _role_then_name(doc[verb.i - 2])
    tok = doc[verb.i - 1]
    if tok.is_punct:
        return None
    for _ in range(10):
        if tok.i >= verb.i or tok.right_edge.i != verb.i - 1:
            return None
        # the phrase opens its clause: at the sentence's start or after a comma, not "with his managers"
        opens = tok.left_edge.i == tok.sent.start or doc[tok.left_edge.i - 1].text == ","
        if tok.pos_ in {"NOUN", "PROPN"} and tok.dep_ != "nsubj" and opens and _animate(tok) and not _is_time(tok):
            return tok
        if tok.head.i == tok.i:
            return None
        tok = tok.head
    return None


def _role_then_name(last: Token) -> Token | None:
    """The person noun opening its clause whose apposition is the name ending at ``last``: "Hurley's barrister,
    Felicity Crane," before a verb the parser gave no subject (the noun stands for the name it is set beside)."""
    name = last.head if last.dep_ in {"compound", "flat"} else last
    noun = name.head
    if name.dep_ != "appos" or name.pos_ != "PROPN" or name.right_edge.i != last.i or noun.pos_ != "NOUN":
        return None
    if noun.dep_ == "appos" and _animate(noun.head) and noun.head.dep_ != "pobj":
        # "Voss, the chair of Friends of Ashby Park,": the name is the first, the noun describes it; but not a name
        # inside a fronted phrase ("In a statement read by Mr Ashby, Mrs Coyle's daughter, Joanne Pruett, said"),
        # which speaks for no one
        return None
    opens = noun.left_edge.i == noun.sent.start or noun.doc[noun.left_edge.i - 1].text == ","
    return noun if opens and _animate(noun) else None


def _named_institution(tok: Token) -> bool:
    """ "The Lindqvist campaign", "the Marsh administration": an institution's noun under a name, which speaks."""
    return tok.lemma_.lower() in INSTITUTION_WORDS and any(
        c.dep_ == "compound" and c.pos_ == "PROPN" and c.i < tok.i for c in tok.children
    )


#: How many words before a verb are read for a subject that can speak.
_LOOK_BACK = 60


def _bare_noun_after(subject: Token, verb: Token) -> bool:
    """Whether a subject after ``verb`` is a common noun with no article or possessor ("said decisions ..."): the
    subject of the clause the verb reports, which the parser hung on the verb."""
    return (
        subject.i > verb.i
        and subject.pos_ == "NOUN"
        and not any(c.dep_ in {"det", "poss", "nummod"} for c in subject.children)
    )


def _relative_antecedent(verb: Token) -> Token | None:
    """The noun a "who" clause describes ("Pavel Dorn, who worked the room, praising "A"" -> Dorn), so
    "who" never stands as a speaker; None when the parse does not show it."""
    tok = verb
    for _ in range(4):
        if tok.dep_ == "relcl" and tok.head.pos_ in {"PROPN", "NOUN"}:
            return _named_as(tok.head) or tok.head
        if tok.dep_ != "conj" or tok.head.i == tok.i:
            break
        tok = tok.head
    return next((c for c in verb.children if c.lower_ == "who"), None)


def _named_as(noun: Token) -> Token | None:
    """The name in "an engineer named Pavel Dorn" (or "called ..."), which is who the noun is."""
    for acl in noun.children:
        if acl.dep_ == "acl" and acl.lower_ in {"named", "called"}:
            return next((c for c in acl.children if c.dep_ in {"oprd", "dobj", "attr"} and c.pos_ == "PROPN"), None)
    return None


def _name_before_relative_clause(verb: Token) -> Token | None:
    """ "Delia Fontaine, who wrote the recycling law, interjected to say: "A"": the parser, misled by the clause
    between commas, gave the verb no subject; the name right before ", who" is it."""
    if verb.i < 4 or verb.doc[verb.i - 1].text != ",":
        return None
    doc = verb.doc
    for j in range(verb.i - 2, max(verb.sent.start + 1, verb.i - 30), -1):
        if doc[j].text in {".", ";", "?", "!", '"', "“", "”"}:
            return None
        if doc[j].lower_ == "who" and doc[j - 1].text == "," and j >= 2:
            name = doc[j - 2]
            if name.pos_ in {"PROPN", "NOUN"} and _animate(name) and not _is_time(name):
                return name
            return None
    return None


def _governs(cue: Token, first: int, last: int) -> bool:
    """Whether a token of the quote (between ``first`` and ``last``) hangs off the cue in the parse."""
    for i in range(first, min(last + 1, first + 40)):
        tok = cue.doc[i]
        for _ in range(12):
            if tok.i == cue.i:
                return True
            if tok.head.i == tok.i:
                break
            tok = tok.head
    return False


def _passive_of_judging(verb: Token) -> bool:
    """ "work that is deemed "A"", "items labeled "A"": a verb of naming or judging in the passive."""
    if verb.lemma_.lower() not in _JUDGED_IN_PASSIVE:
        return False
    if any(c.dep_ in {"auxpass", "nsubjpass"} for c in verb.children):
        return True
    # a reduced relative right after its noun; the parser also makes "Smith, who served ..., called it "A"" one
    return verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.head.i == verb.i - 1


def _agent(verb: Token) -> Token | None:
    """The "by X" of a passive verb ("was called "A" by Smith"), or None."""
    for child in verb.children:
        if child.dep_ == "agent":
            return next((g for g in child.children if g.dep_ == "pobj"), None)
    return None


def _said_to_be(noun: Token, first: int, last: int) -> bool:
    """ "Her refrain was that the city "A"": the statement noun is the subject of "be", whose "that" clause holds
    the quote."""
    verb = noun.head
    return (
        noun.dep_ == "nsubj"
        and verb.lemma_ == "be"
        and any(
            c.dep_ == "ccomp"
            and any(m.lower_ == "that" for m in c.children if m.dep_ == "mark")
            and _governs(c, first, last)
            for c in verb.children
        )
    )


def _quoted_as(cue: Token) -> Token | None:
    """The one quoted in "X quoted her as saying" / "X cited Cole as saying", from either verb; only with a speech
    verb after "as" ("cited Trump's remarks as "A"" names the remarks, not a speaker)."""
    verb = cue
    if cue.dep_ == "pcomp" and cue.head.lower_ == "as":
        verb = cue.head.head
    if verb.lemma_.lower() not in {"quote", "cite"} or not any(
        c.dep_ == "prep" and c.lower_ == "as" and any(g.dep_ == "pcomp" and is_cue(g) for g in c.children)
        for c in verb.children
    ):
        return None
    return next((c for c in verb.children if c.dep_ == "dobj"), None)


def _after_dashed_aside(subject: Token, verb: Token) -> Token | None:
    """The phrase between a dashed aside and its verb, which the parser hung on a name inside the aside: "In his
    note - sent to the county auditor, Greta Lind - the Ohio Republican demands" is the Republican's."""
    doc = subject.doc
    opened = any(standalone_dash(doc, k) for k in range(subject.sent.start, subject.left_edge.i))
    for c in subject.children:
        if not opened or c.dep_ != "appos" or not subject.i < c.i < verb.i:
            continue
        closed = any(standalone_dash(doc, k) for k in range(subject.i + 1, c.left_edge.i))
        if closed and all(doc[k].is_punct for k in range(c.right_edge.i + 1, verb.i)):
            return c
    return None


#: Things said that someone makes ("made a remark that described them as "A""): their maker is the speaker.
_MADE_STATEMENTS = frozenset(["remark", "comment", "statement", "speech", "claim", "tweet", "post", "joke", "vow"])
#: Verbs of making a statement.
_MAKING = frozenset(["make", "issue", "deliver", "give", "post", "publish", "tweet", "send"])


#: Recordings of someone: "footage of X saying" shows X speaking, whatever the sentence's subject.
_RECORDINGS = frozenset(["footage", "video", "clip", "recording", "audio", "tape", "film", "livestream"])


def _recorded_saying(verb: Token) -> Token | None:
    """The one a recording shows speaking: "The spot ends with footage of Marsh saying, "A"" is Marsh's."""
    if verb.i == 0:
        return None
    shown = verb.doc[verb.i - 1]
    of = shown.head
    if shown.pos_ != "PROPN" or shown.dep_ != "pobj" or of.lower_ != "of" or of.head.i == of.i:
        return None
    return shown if of.head.lemma_.lower() in _RECORDINGS else None


#: How many tokens before a quote its own sentence is read for a subject, when the sentence before may report it.
_REPORTED_WINDOW = 60
#: How far into a sentence the name it opens with may start ("Her third, Rebecca Tardif,").
_OPENING_WORDS = 6

#: The most words a dashed aside, and the span from its verb to the speech verb after it, may hold.
_ASIDE_WORDS = 40


def _name_set_off_after(noun: Token) -> Token | None:
    """A person's name set off by commas right after the phrase ``noun`` ends ("according to his aunt, Jane Starner,
    "A""), which the parser may hang anywhere: the last word of the name."""
    doc = noun.doc
    k = noun.right_edge.i + 1
    if k + 1 >= len(doc) or doc[k].text != "," or doc[k + 1].ent_type_ != "PERSON" or doc[k + 1].ent_iob_ != "B":
        return None
    end = k + 2
    while end < len(doc) and doc[end].ent_type_ == "PERSON" and doc[end].ent_iob_ == "I":
        end += 1
    return doc[end - 1] if end < len(doc) and doc[end].text == "," else None


def _outside_dashed_aside(verb: Token) -> Token | None:
    """Where a speech verb after a dashed aside really hangs, when the parser hung it on a verb inside the aside:
    "Marchers circled the arena - where the Otters played the Wolves - while chanting, "A"" is the marchers'
    chanting, not the Otters'.  The token the aside itself hangs on (the arena), from which the subject is sought."""
    head = verb.head
    if verb.dep_ not in {"advcl", "conj"} or head.i >= verb.i:
        return None
    doc = verb.doc
    if verb.i - head.i > _ASIDE_WORDS:
        return None
    start = max(verb.sent.start, head.i - _ASIDE_WORDS)  # an aside is short: the look back is bounded
    closing = next((k for k in range(verb.i - 1, head.i, -1) if standalone_dash(doc, k)), None)
    if closing is None or any(not (doc[k].is_punct or doc[k].head.i == verb.i) for k in range(closing + 1, verb.i)):
        return None  # the verb right after the aside ("- while chanting"), not after a clause of its own
    opening = next((k for k in range(head.i - 1, start - 1, -1) if standalone_dash(doc, k)), None)
    if opening is None or any(standalone_dash(doc, k) for k in range(opening + 1, closing)):
        return None
    # the aside's top token: the one inside it whose head is outside; what that head is, is the anchor
    for k in range(opening + 1, closing):
        outside = doc[k].head
        if doc[k].head.i != k and not opening <= outside.i <= closing:
            return outside if outside.i < opening else None
    return None


def statement_owner(noun: Token, *, pronoun: bool = False) -> Token | None:
    """The named owner of a noun for something said: "Teresa Lund's letter", "the verdict of Tom Alder"; with
    ``pronoun``, also "his"/"her" ("his advice")."""
    if noun.lemma_.lower() not in _STATEMENT_NOUNS:
        return None
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if owner is None:
        of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        owner = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    if owner is not None and pronoun and owner.lower_ in {"his", "her"}:
        return owner
    return owner if owner is not None and owner.pos_ == "PROPN" else None


#: Verbs whose object is the one spoken to ("tells The Hollywood Reporter"), whom the parser may call a subject.
_TELLING_VERBS = frozenset(["tell", "inform", "assure", "remind", "advise", "warn", "urge", "implore", "beg"])


def _reporting_verb_above(clause: Token) -> Token | None:
    """The speech verb that reports ``clause`` ("X said [the move was made by Y]"), when the clause is not a
    speech act of its own: a speech verb coordinated with such a clause ("... and said, "A"") belongs to the
    reporting verb's subject, the parser's attachment notwithstanding."""
    if clause.dep_ != "ccomp" or is_cue(clause) or clause.lemma_.lower() in EVALUATIVE_VERBS:
        return None
    head = clause.head
    return head if head.i != clause.i and is_cue(head) else None


def _reported_judgement(clause: Token) -> bool:
    """A verb of judging in a clause someone reports ("Cardin said Republicans rejected his attempts, calling it
    "A""): a participle after it, set off by a comma, goes on with the report, so it is the reporter's."""
    head = clause.head
    return (
        clause.dep_ == "ccomp"
        and clause.lemma_.lower() in EVALUATIVE_VERBS
        and head.i != clause.i
        and head.i < clause.i
        and is_cue(head)
    )


def _content_of_noun(clause: Token) -> bool:
    """A "that" clause giving the content of a noun ("repeated claims that Hale recites the same lines, calling
    him "A""): what is claimed, not who goes on speaking."""
    return (
        clause.dep_ in {"acl", "ccomp"}
        and clause.head.pos_ == "NOUN"
        and any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children)
    )


def not_a_speech_act(cue: Token) -> bool:
    """A speech verb that reports nothing said: negated ("for not calling it "A"", "he did not say "A""), "charge"
    with an object (a price, not an accusation), or an infinitive with a subject of its own, what someone expects
    or wants another to say ("she expects the governor to announce an "A""; "he went on to say" and "took to
    Twitter to call it "A"" do speak)."""
    if any(c.dep_ == "neg" for c in cue.children):
        return True
    if cue.lemma_.lower() == "charge" and any(c.dep_ == "dobj" for c in cue.children):
        return True  # "couriers charge "three times as much"": a price asked, not an accusation ("charged that")
    return any(c.dep_ == "aux" and c.tag_ == "TO" for c in cue.children) and any(
        c.dep_ in _SUBJECT_DEPS for c in cue.children
    )


def _past_modifiers(noun: Token, tokens: Span) -> list[Token]:
    """``tokens`` less the noun's own prepositional phrases and any parenthesis ("Okafor's motto for new staff
    (printed on every mug) was, "A""), which say nothing about who spoke."""
    modifiers = {t.i for c in noun.children if c.dep_ == "prep" and c.i > noun.i for t in c.subtree}
    out: list[Token] = []
    depth = 0
    for t in tokens:
        if t.text == "(":
            depth += 1
        elif t.text == ")" and depth:
            depth -= 1
        elif not depth and t.i not in modifiers:
            out.append(t)
    return out


def _apposed_to_a_common_noun(subject: Token | None) -> Token | None:
    """The name in apposition to a subject that is a lower-case noun for what someone does: "The club's ice
    technician, Wes Tremblay, said ..." is about Tremblay, whatever the lexicon knows of ice technicians."""
    if subject is None or subject.pos_ != "NOUN" or not subject.is_lower:
        return None
    return next(
        (
            c
            for c in subject.children
            if c.dep_ == "appos" and c.pos_ == "PROPN" and c.text[:1].isupper() and c.ent_type_ in {"PERSON", "LOC", ""}
        ),
        None,
    )


def _reported_before(clause: Token, participle: Token) -> bool:
    """Whether ``clause`` is a speech verb whose reported clause stands between it and ``participle``: a speaker
    does not say something and then go on "saying" it in the same breath."""
    return is_cue(clause) and any(c.dep_ == "ccomp" and clause.i < c.i < participle.i for c in clause.children)


def _side_clause(clause: Token) -> bool:
    """Whether a participle hung on ``clause`` cannot share its subject: the clause is what someone reports
    ("Cruz said that Trump represents X, stating ...": Cruz states) or a subordinate clause of time or cause
    ("Hannity said ... after the senator won, remarking ...": Hannity remarks)."""
    top = clause
    for _ in range(6):
        if top.dep_ != "conj" or top.head.i == top.i:
            break
        top = top.head
    if _reporting_verb_above(top) is not None or _reported_judgement(top) or _content_of_noun(top):
        return True
    return top.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in _SUBORDINATORS for c in top.children)


def _name_apposed_after(doc: Doc, i: int) -> Token | None:
    """The name set off by a comma right after the noun at ``i``, with at most three lower-case words of title
    before it ("host, actress Mia Holt"), when the parser did not hang it on the noun."""
    if i + 2 >= len(doc) or doc[i + 1].text != ",":
        return None
    for k in range(i + 2, min(len(doc), i + 6)):
        t = doc[k]
        if t.pos_ == "PROPN" and t.ent_type_ == "PERSON":
            return t
        if not (t.is_lower and t.pos_ in {"NOUN", "ADJ"}):
            return None
    return None


class SpeakerFinder:
    """Finds the speaker of each quote of one article."""

    def __init__(self, docs: Sequence[Doc], people: People, in_quote: Sequence[set[int]]) -> None:
        self.docs = docs
        self.people = people
        self.in_quote = in_quote
        #: turns a subject token into the person it names (fullest name and role)
        self.names = SpeakerNames(docs, people, in_quote)
        self._paragraph_of = {id(doc): p for p, doc in enumerate(docs)}
        #: paragraph strings, taken once: spaCy rebuilds ``Doc.text`` from every token on each access
        self.texts = [doc.text for doc in docs]
        # per token, the bounds of its sentence; spaCy's ``Token.sent`` walks the sentence on each access, which
        # on a paragraph of thousands of quotes in one sentence made every lookup cost the whole paragraph
        self._sent_starts: list[list[int]] = []
        self._sent_ends: list[list[int]] = []
        for doc in docs:
            starts, ends = [0] * len(doc), [0] * len(doc)
            for sent in doc.sents:
                starts[sent.start : sent.end] = [sent.start] * len(sent)
                ends[sent.start : sent.end] = [sent.end] * len(sent)
            self._sent_starts.append(starts)
            self._sent_ends.append(ends)
        # per paragraph, the tokens outside quotes that are cues, in order, so a gap's cues are found by bisection
        self._cue_tokens = [
            [
                t.i
                for t in doc
                if t.i not in in_quote[p]
                and (is_cue(t) or (t.lower_ == "according" and t.i + 1 < len(doc) and doc[t.i + 1].lower_ == "to"))
            ]
            for p, doc in enumerate(docs)
        ]

    def sent_start(self, p: int, i: int) -> int:
        """The first token of the sentence holding token ``i`` of paragraph ``p`` (``Token.sent.start``)."""
        return self._sent_starts[p][i]

    def sent_end(self, p: int, i: int) -> int:
        """The token after the sentence holding token ``i`` of paragraph ``p`` (``Token.sent.end``)."""
        return self._sent_ends[p][i]

    def register_speech_subjects(self) -> None:
        """Index names that are subjects of speech verbs anywhere, which the entity recogniser may have missed."""
        for p, doc in enumerate(self.docs):
            for tok in doc:
                if tok.i in self.in_quote[p] or not is_cue(tok):
                    continue
                subject = self._subject(tok)
                if (
                    subject is not None
                    and subject.pos_ == "PROPN"
                    and subject.ent_type_ not in {"DATE", "TIME"}
                    and subject.lower_ not in DEMONYM_NOUNS  # "The 38-year-old Dane said": no one's name
                    and not _one_word_after_the(subject)  # "The Dubliner, who moved ..., admitted": a description
                    and not titled_description(subject)  # "the Labour MP said": a title after "the", no one's name
                    and self.people.mention_at(p, subject.i) is None
                ):
                    self.names.name_mention(p, subject)

    # --------------------------------------------------------------- gaps and cues
    def trailing_gap(self, p: int, loc: Located, next_first: int | None) -> range:
        doc = self.docs[p]
        if loc.part.close_at is None or loc.last + 1 >= len(doc):
            return range(0)
        start = loc.last + 1
        end = self.sent_end(p, start)
        if next_first is not None:
            end = min(end, next_first)
        return range(start, end)

    def between_gap(self, p: int, loc: Located, next_first: int | None) -> range:
        if loc.part.close_at is None or next_first is None:
            return range(0)
        return range(loc.last + 1, next_first)

    def leading_gap(self, p: int, loc: Located, prev_last: int | None) -> range:
        doc = self.docs[p]
        if loc.first == 0:
            return range(0)
        start = self.sent_start(p, loc.first)
        if start >= loc.first:  # the sentence starts at the quote: look at the one before for a colon
            if doc[loc.first - 1].text in {":", ","}:
                start = self.sent_start(p, loc.first - 1)
            else:
                return range(0)
        if prev_last is not None:
            start = max(start, prev_last + 1)
        return range(start, loc.first)

    def governing_verb(self, p: int, gap: range, first: int, last: int, *, judging_only: bool = False) -> Token | None:
        """A verb of thinking or stating ("He anticipated that ... would be "A"") or of judging ("Cruz blamed the
        law on "A"", with a person as its subject) that heads the quote in the parse, or a verb that names
        something as the quote ("She hailed the vote as "fantastic""); with ``judging_only``, a verb of judging
        alone."""
        doc = self.docs[p]
        for i in reversed(gap):
            tok = doc[i]
            if i in self.in_quote[p] or tok.pos_ != "VERB":
                continue
            if judging_only and tok.lemma_.lower() not in EVALUATIVE_VERBS:
                continue
            if tok.lemma_.lower() in COGNITIVE_VERBS and _governs(tok, first, last):
                return tok
            if tok.lemma_.lower() in EVALUATIVE_VERBS and _governs(tok, first, last):
                # "Cruz blamed the law on "knuckleheaded politicians"": a person judging in the quote's words
                subject = self._subject(tok)
                if (
                    subject is not None
                    and _animate(subject)
                    and subject.lower_ not in NOT_SPEAKERS
                    and not _governs(subject, first, last)  # ""Leave" supporters": the quote names the subject
                ):
                    return tok
            if any(c.dep_ == "prep" and c.lower_ == "as" and _governs(c, first, last) for c in tok.children) and any(
                c.dep_ == "nsubj" for c in tok.children
            ):
                return tok  # only a verb with its own subject: "a brand pitched as "..."" names no one
        return None

    def cues(self, p: int, gap: range, *, limit: int | None = None) -> list[Token]:
        """The cue words (speech verbs, "according to") outside quotes in ``gap``, in order (the first ``limit``)."""
        doc = self.docs[p]
        cue_tokens = self._cue_tokens[p]
        lo, hi = bisect.bisect_left(cue_tokens, gap.start), bisect.bisect_left(cue_tokens, gap.stop)
        if limit is not None:
            hi = min(hi, lo + limit)
        return [doc[i] for i in cue_tokens[lo:hi]]

    # --------------------------------------------------------------- speakers
    def from_cue(self, p: int, cue: Token, *, inverted_gap: range | None = None) -> Attribution | None:
        """The speaker of the cue word ``cue`` (a speech verb or "according")."""
        att = self._from_cue(p, cue, inverted_gap=inverted_gap)
        if att is not None:
            att.cue = (p, cue.i)
        return att

    def _from_cue(self, p: int, cue: Token, *, inverted_gap: range | None = None) -> Attribution | None:
        doc = self.docs[p]
        if cue.lower_ == "according":
            for i in range(cue.i + 2, min(len(doc), cue.i + 14)):
                if doc[i].text in {",", ".", ";", ":"} or i in self.in_quote[p]:
                    break
                tok = doc[i]
                heads_phrase = tok.head.i < cue.i + 2 or tok.head.i >= i + 12 or tok.head.i == tok.i
                if (heads_phrase or tok.dep_ == "pobj") and tok.pos_ in {"PROPN", "NOUN", "PRON"}:
                    named = _name_set_off_after(tok) if tok.pos_ == "NOUN" else None
                    return self.from_token(p, named or tok)
            return None
        quoted = _quoted_as(cue)
        if quoted is not None and quoted.i not in self.in_quote[p]:
            # "the newspaper quoted her as saying": hers, not the newspaper's
            if quoted.lower_ in {"him", "her"}:
                return self.names.person_for_pronoun(p, quoted.i) or Attribution(speaker=None)
            return self.from_token(p, quoted)
        subject = self._subject(cue)
        subject = self._maker_of_statement(subject) or subject
        if subject is None or subject.head.i != cue.i:
            # "but Early still says they are "believers"": a known surname the tagger took for an adverb, right
            # before the cue (an adverb or two between), is its subject rather than one borrowed from elsewhere
            subject = self._surname_before(p, cue) or subject
        if subject is not None and subject.like_num and subject.i >= 2 and doc[subject.i - 1].text == ",":
            # "Ramos, 58, told AFP": the parser made the age the subject; the name comes before it
            name = doc[subject.i - 2]
            if name.pos_ == "PROPN" and name.i not in self.in_quote[p]:
                subject = name
        if (
            subject is None
            and cue.tag_ == "VBG"
            and not any(t.dep_ in _SUBJECT_DEPS for t in cue.sent if t.i < cue.i and t.i not in self.in_quote[p])
        ):
            # a sentence opening with its participle ("Adding, "B."") goes on about the previous one's subject
            sent = cue.sent
            att = self.context_person(p, before=sent.start) if sent.start > 0 else None
            if att is None and sent.start == 0 and p > 0:
                att = self.context_person(p - 1)
            if att is not None:
                return att
        if subject is not None and (
            _is_time(subject) or subject.lower_ in NOT_SPEAKERS - {"it"} or subject.i < self.people.datelines[p]
        ):
            subject = None
        if subject is None and cue.i > 0:
            # "And Skelly called ...": a name the tagger took for an adverb; "Beck on Wednesday called ...":
            # the name before a time phrase
            before = cue.i - 1
            while before >= 2 and _is_time(doc[before]) and doc[before - 1].lower_ in {"on", "last", "this", "in"}:
                before -= 2
            if capitalised_word(doc[before]) and not _is_time(doc[before]) and before not in self.in_quote[p]:
                subject = doc[before]
            elif an_age(doc[cue.i - 1]) and cue.i - 1 not in self.in_quote[p]:
                subject = doc[cue.i - 1]  # ""A," the 24-year-old added": the age the parser made a modifier
        # "said Smith", but not "told Smith" (the one told is the listener)
        if subject is None and inverted_gap is not None and cue.lemma_.lower() not in _NAMING_VERBS | {"tell"}:
            # "said Smith", "said engineer Paul Brandt": the parser did not attach the name after the verb
            noun = None
            for i in range(cue.i + 1, min(cue.i + 7, inverted_gap.stop)):
                t = doc[i]
                if _is_time(t) or i in self.in_quote[p]:
                    continue
                if i + 1 < len(doc) and doc[i + 1].text in {"'s", "’s"} and t.pos_ in {"PROPN", "NOUN"}:
                    continue  # a possessor: "exhorted Clinton's introducer, actress Jamie Lee Curtis"
                if t.pos_ == "NOUN" and any(c.dep_ == "appos" and c.pos_ == "PROPN" for c in t.children):
                    subject = t  # "said the senator's introducer, actress Mia Holt": the apposed name speaks
                    break
                if t.pos_ == "NOUN" and _name_apposed_after(doc, i) is not None:
                    subject = _name_apposed_after(doc, i)  # the same, with the apposition left unattached
                    break
                if t.pos_ == "PROPN" or t.lower_ in {"he", "she", "they", "one"} or capitalised_word(t):
                    subject = t
                    break
                if t.lower_ in PERSON_NOUNS or t.lower_ in TITLE_WORDS:
                    noun = noun or t
                    continue
                if t.pos_ == "NOUN" and t.is_lower and i + 1 < len(doc) and doc[i + 1].pos_ == "PROPN":
                    continue  # an occupation before the name: "said engineer Paul Brandt"
                if t.pos_ in {"DET", "ADJ", "NUM"} or t.text in {"'s", "’s"} or (t.dep_ == "amod" and t.is_lower):
                    continue  # "said retired neurosurgeon Ben Carson": a participle describing the name
                break
            if subject is None and noun is not None and noun.i + 1 < len(doc) and doc[noun.i + 1].pos_ != "PROPN":
                subject = noun
        if subject is None and inverted_gap is not None:
            # "Dolan, the head of Forward Ohio PAC, Tweeted": a mis-parsed verb; the name opening the clause
            lo = max(0, cue.i - 25)
            for i in range(lo, cue.i):
                if i in self.in_quote[p] or i < inverted_gap.start - 30 or i < self.people.datelines[p]:
                    continue
                t = doc[i]
                if t.ent_type_ == "PERSON" or self.people.mention_at(p, i) is not None:
                    # only with no other verb between: "when Rubio spoke, a man yelled" is not Rubio's
                    if not any(doc[k].pos_ in {"VERB", "AUX"} for k in range(i + 1, cue.i)):
                        subject = t
                    break
            if subject is None and inverted_gap.start < cue.i:
                # "A," Gene Sperling, a top adviser, said: the name opening the gap after the quote
                for i in range(inverted_gap.start, cue.i):
                    t = doc[i]
                    if t.pos_ == "PROPN" and i not in self.in_quote[p] and t.ent_type_ not in ORG_LABELS:
                        subject = t
                        break
                    if not (t.is_punct or t.is_space):
                        break
        if subject is None:
            return None
        return self.from_token(p, subject)

    def _maker_of_statement(self, subject: Token | None) -> Token | None:
        """Who made the remark that is a speech verb's subject: "prompted Dana Whitlow to make a remark that
        described them as "A"" is Whitlow's, not the remark's."""
        if subject is None:
            return None
        noun = standing_for(subject)
        verb = noun.head
        if noun.lemma_.lower() not in _MADE_STATEMENTS or noun.dep_ != "dobj" or verb.lemma_.lower() not in _MAKING:
            return None
        maker = self._subject_of(verb)
        return maker if maker is not None and _animate(maker) and not self._quoted(maker) else None

    def _quoted(self, tok: Token) -> bool:
        p = self._paragraph_of.get(id(tok.doc))
        return p is not None and tok.i in self.in_quote[p]

    def _surname_before(self, p: int, cue: Token) -> Token | None:
        """A known person's surname, capitalised and not opening the sentence, right before ``cue`` with at most two
        adverbs between ("Early still says"), which the parser did not make the cue's subject."""
        doc = self.docs[p]
        k = cue.i - 1
        while k >= 0 and cue.i - k <= 3 and doc[k].pos_ == "ADV" and doc[k].is_lower:
            k -= 1
        if k < 0 or k in self.in_quote[p] or doc[k].is_sent_start or not doc[k].text[:1].isupper():
            return None
        if doc[k].pos_ == "PROPN" or not self.people.has_last_name(doc[k].lower_):
            return None  # a proper noun the parser placed is read by the usual rules
        return doc[k]

    def _subject(self, verb: Token) -> Token | None:
        if verb.tag_ == "VBG" and verb.dep_ == "acl" and _stands_for_someone(verb.head) and not self._quoted(verb.head):
            return verb.head  # "with one member ejected and the premier accusing her critics of "A"": the premier
        if verb.tag_ == "VBG" and not any(c.dep_ in _SUBJECT_DEPS for c in verb.children):
            # "..., adding, "B."" / "by saying": the participle's subject is that of the nearest clause above
            # it that has one ("Protesters interrupted her, shouting" -> protesters); verbs of the quote
            # itself, where the parser sometimes hangs the participle, are passed over
            shown = _recorded_saying(verb)
            if shown is not None:
                return shown
            head = _outside_dashed_aside(verb) or verb.head
            fallback = None
            passed_side = False  # whether a side clause was climbed out of
            for _ in range(8):
                if head.i == verb.i:
                    break
                side = _side_clause(head) or (head.dep_ == "relcl" and (passed_side or _reported_before(head, verb)))
                # "not paying a builder who claimed [he was cheated once the roof was done], saying": after what the
                # builder claimed, his relative clause is no clause the participle goes with
                passed_side = passed_side or side
                if not self._quoted(head) and not side:
                    found = self._subject_of(head)
                    if found is None:
                        # "X is shown lecturing": the one shown is the one lecturing
                        found = next((c for c in head.children if c.dep_ == "nsubjpass"), None)
                    if found is not None and not self._quoted(found):
                        reporter = self._reporter_of_clause(head) if is_cue(verb) else None
                        if reporter is not None:
                            return reporter
                        if _animate(found):
                            return found
                        fallback = fallback or found
                if head.dep_ == "ROOT" or head.head.i == head.i:
                    break
                head = head.head
            # "The trouble started when farmers blocked the road, shouting ...": things do not shout; the
            # nearest clause before the participle whose subject can speak
            for i in range(verb.i - 1, verb.sent.start - 1, -1):
                t = verb.doc[i]
                if (
                    t.dep_ in _SUBJECT_DEPS
                    and t.head.i < verb.i
                    and not self._quoted(t)
                    and _animate(t)
                    and not _side_clause(t.head)
                ):
                    return t
            if fallback is not None:
                return fallback
        found = self._subject_of(verb)
        if found is not None:
            found = _after_dashed_aside(found, verb) or found
        return None if found is not None and self._quoted(found) else found

    def _reporter_of_clause(self, clause: Token) -> Token | None:
        """The subject of the speech verb reporting ``clause``, when the clause is reported speech: "a strategist
        said [Okonjo will have to choose], saying, "A"" - the one saying is the strategist, not Okonjo."""
        tok = clause
        for _ in range(4):
            if tok.dep_ not in {"xcomp", "conj"} or tok.head.i == tok.i:
                break
            tok = tok.head
        outer = _reporting_verb_above(tok)
        if outer is None or self._quoted(outer):
            return None
        subject = self._subject_of(outer)
        return subject if subject is not None and _animate(subject) and not self._quoted(subject) else None

    def _subject_of(self, verb: Token) -> Token | None:
        if _passive_of_judging(verb):
            return _agent(verb)
        tok = _outside_dashed_aside(verb) or verb
        via_conj = False
        for _ in range(4):
            if via_conj:
                outer = _reporting_verb_above(tok)
                if outer is not None and not self._quoted(outer):
                    # "X said the move was made by Y and said, "..."": the parser hung the second speech verb
                    # on the reported clause; it is X's, like the first
                    tok = outer
                    via_conj = False
                    continue
            subjects = [
                c
                for c in tok.children
                if c.dep_ in _SUBJECT_DEPS
                and not c.is_punct
                and any(ch.isalnum() for ch in c.text)
                # "called the Saudis "free riders"": the parser's small-clause subject is the object
                and not (c.i > tok.i and tok.lemma_.lower() in _NAMING_VERBS)
            ]
            if subjects:
                # the parser sometimes hangs a second subject on one verb: the nearest one is the verb's own,
                # unless it is quoted words (a title: "Washington, star of "Scandal," thanked Obama")
                subjects = [c for c in subjects if not self._quoted(c)] or subjects
                # "one fan, who gave his name only as Joost, told": the name after "as" is no second subject
                subjects = [c for c in subjects if c.i == 0 or c.doc[c.i - 1].lower_ != "as"] or subjects
                if tok.lemma_.lower() in _TELLING_VERBS:
                    # ""A," Jack Buser tells The Hollywood Reporter": the one after "tells" is the one told
                    subjects = [c for c in subjects if c.i < tok.i] or subjects
                named_before = [c for c in subjects if c.i < tok.i and c.pos_ in {"PROPN", "PRON"}]
                after = [c for c in subjects if c.i > tok.i]
                if named_before and after and all(_bare_noun_after(c, tok) for c in after):
                    # "Rourke said decisions about phones belonged with ...": a bare noun after the verb opens the
                    # reported clause; an inverted subject is a name or has its article ("said the senator")
                    subjects = named_before
                subjects = _without_cut_role_words(subjects, tok)
                subject = min(subjects, key=lambda c: abs(c.i - tok.i))
                if via_conj and subject.pos_ == "NOUN" and not _animate(subject):
                    # "Langford stood on a wagon, sleeves rolled to the elbow, and promised ...": sleeves do not
                    # promise; the nearest subject before that can
                    subject = self._animate_subject_before(verb) or subject
                return _relative_antecedent(tok) if subject.lower_ == "who" else subject
            if tok.i == verb.i and tok.i > 0:
                # ""Cruz," Beck joked": a name right before the verb that the parser hung on it as a modifier
                prev = tok.doc[tok.i - 1]
                if (
                    prev.pos_ == "PROPN"
                    and prev.text[:1].isupper()
                    and tok.pos_ == "VERB"
                    and prev.head.i == tok.i
                    and prev.dep_ in {"compound", "npadvmod", "nmod", "dep"}
                ):
                    return prev
                stranded = _stranded_subject(tok) or _name_before_relative_clause(tok)
                if stranded is not None:
                    return stranded
            hung = _hung_subject(tok) or _role_after_taken_for_verb(tok)
            if hung is not None:
                return hung
            if via_conj:
                # "Silverman was joined by Franken and joked": a verb coordinated with a passive shares its
                # subject, never its agent
                passive = next((c for c in tok.children if c.dep_ == "nsubjpass"), None)
                if passive is not None and _animate(passive):
                    return passive
            else:
                for child in tok.children:
                    if child.dep_ == "agent":  # "was told by X"
                        for g in child.children:
                            if g.dep_ == "pobj":
                                return g
            if tok.dep_ == "relcl" and tok.head.pos_ in {"PROPN", "NOUN"}:
                return tok.head
            if (
                tok.dep_ == "acl"
                and tok.head.i == tok.i - 1
                and tok.head.pos_ in {"PROPN", "NOUN"}
                and (tok.tag_ == "VBD" or tok.head.tag_ in {"NNS", "NNP", "NNPS"} or _animate(tok.head))
            ):
                # "a man yelled "..."", "Outlets reported ...": the parser took the verb for a reduced relative
                return tok.head
            if (
                tok.dep_ == "acl"
                and tok.head.dep_ == "ROOT"
                and tok.head.pos_ in {"NOUN", "PROPN"}
                and tok.lemma_.lower() not in _JUDGED_IN_PASSIVE  # "dumplings, described as "A"": what is named
            ):
                # "The group, Cannery Workers United, formed ... and sent a letter stating ...": a sentence the
                # parser made a noun phrase; its noun is the subject of the verb it took for a reduced relative
                return tok.head
            if tok.dep_ == "xcomp" and tok.head.i != tok.i:
                # "prompted Rubio to ... call Trump "very flexible"", "asked Rubio to call Trump "A"": the one told
                # to is the one who speaks, not the teller
                told = next((c for c in tok.head.children if c.dep_ == "dobj" and c.i < tok.i), None)
                if told is not None and told.pos_ == "NOUN":
                    # "prompted his successor, Dana Whitlow, to make a remark": the name in apposition, or joined
                    # to a role by "and" ("his wife and party leader Helen Carter")
                    named = (c for c in told.children if c.dep_ in {"appos", "conj"} and c.ent_type_ == "PERSON")
                    told = next((c for c in named if not self._quoted(c)), told)
                if told is not None and told.pos_ == "PROPN" and _animate(told):
                    return told
            if tok.dep_ in _CLIMB_DEPS and tok.head.i != tok.i:
                via_conj = tok.dep_ == "conj" and is_cue(tok)
                tok = tok.head
                continue
            break
        return None

    def _animate_subject_before(self, verb: Token) -> Token | None:
        """The nearest subject before ``verb`` in its sentence (its last :data:`_LOOK_BACK` words) that can speak,
        outside quotes and side clauses."""
        for i in range(verb.i - 1, max(verb.sent.start, verb.i - _LOOK_BACK) - 1, -1):
            t = verb.doc[i]
            if (
                t.dep_ in _SUBJECT_DEPS
                and t.lower_ not in {"who", "that", "which"}
                and t.head.dep_ != "relcl"
                and not self._quoted(t)
                and _animate(t)
                and not _side_clause(t.head)
            ):
                return t
        return None

    def from_token(self, p: int, tok: Token) -> Attribution | None:
        """The speaker named by the subject token ``tok`` (see :meth:`speakers.SpeakerNames.from_token`)."""
        return self.names.from_token(p, tok)

    # --------------------------------------------------------------- other patterns
    def dash_name(self, p: int, loc: Located) -> Attribution | None:
        """A "— Name" signature right after the closing mark."""
        if loc.part.close_at is None:
            return None
        m = DASH_NAME.match(self.texts[p], loc.part.close_at + 1)
        if not m:
            return None
        return self.signature_at(p, loc.last + 1)

    def signature_at(self, p: int, i: int) -> Attribution | None:
        """The name of a "— Name" signature starting at token ``i`` of paragraph ``p`` (its dash and spaces first):
        up to four capitalised words ending at a punctuation mark or the paragraph."""
        doc = self.docs[p]
        while i < len(doc) and (doc[i].is_punct or doc[i].is_space):
            i += 1
        if i >= len(doc):
            return None
        # the tokenizer may glue the dash to the name ("-Michelle"): the words are read without it
        words = [doc[i].text.lstrip(SIGNATURE_DASHES)] + [t.text for t in doc[i + 1 : i + 4]]
        if doc[i].pos_ != "PROPN" and not words[0][:1].isupper():
            return None
        j = i
        while j < len(doc) and j - i < 4 and words[j - i][:1].isupper() and words[j - i].replace(".", "").isalpha():
            j += 1
        if j == i or (j < len(doc) and not (doc[j].is_punct or "\n" in doc[j].text)):
            return None  # not a signature: the dash goes on into a sentence (a line break ends one)
        if (j < len(doc) and doc[j].text == ":") or words[0].lower() in {"a", "an", "the"}:
            return None  # "- A QUICK GUIDE: What should I ...": a heading, not a name signing off
        if j + 1 < len(doc) and doc[j].text == "-" and not doc[j - 1].whitespace_ and doc[j + 1].is_lower:
            return None  # "- Double-tap to play": a list item's hyphened word, not a name
        if words[0] != doc[i].text:
            name, role, _ = self.people.person(tuple(words[: j - i]), (p, i))
            return Attribution(speaker=name, role=role, how="dash")
        span = doc[i:j]
        m2 = self.people.mention_at(p, i) or self.people.add(p, span, force=True)
        if m2 is None:
            return None
        name, role, _ = self.people.person(m2.tokens, m2.position)
        return Attribution(speaker=name, role=role, how="dash")

    def glued_cue(self, p: int, loc: Located) -> Attribution | None:
        """ "Ryan said,"Look ..." with no space before the mark: the tokenizer glued the cue to the quote's first
        word, so no cue token stands before the quote; the name right before that token is the speaker."""
        doc = self.docs[p]
        tok = doc[loc.first]
        if loc.part.open_at is None or tok.idx >= loc.part.open_at or loc.first == 0:
            return None
        if self.texts[p][tok.idx : loc.part.open_at].strip(" ,:").lower() not in _SPEECH_FORMS:
            return None
        prev = doc[loc.first - 1]
        if prev.pos_ != "PROPN" and prev.lower_ not in {"he", "she"}:
            return None
        return self.from_token(p, prev)

    def glued_label(self, p: int, loc: Located) -> Attribution | None:
        """ "Former secretary of state Hillary Clinton:"We learned ..." with no space before the mark: the tokenizer
        glued the label's last name to the quote's first word, so :meth:`colon_name` sees no colon; the name is the
        glued word with the names right before it, in a label with no verb (a transcript's speaker line)."""
        doc = self.docs[p]
        tok = doc[loc.first]
        if loc.part.open_at is None or tok.idx >= loc.part.open_at:
            return None
        label = self.texts[p][tok.idx : loc.part.open_at]
        if not (label.endswith(":") and label[:1].isupper() and label[:-1].isalpha()):
            return None
        start = self.sent_start(p, loc.first)
        if any(doc[i].pos_ in {"VERB", "AUX"} and i not in self.in_quote[p] for i in range(start, loc.first)):
            return None  # a sentence, not a label: "They asked Clinton:"..." is read by the cue rules
        k = loc.first
        while (
            k > start
            and loc.first - k < 3
            and doc[k - 1].pos_ == "PROPN"
            and doc[k - 1].text[:1].isupper()
            and doc[k - 1].lower_ not in TITLE_WORDS  # the title is the role, not part of the name
        ):
            k -= 1
        words = tuple([doc[i].text for i in range(k, loc.first)] + [label[:-1]])
        if len(words) < 2 and not self.people.has_last_name(words[0]):
            return None  # one capitalised word no one in the article bears: a heading, not a speaker
        name, role, _ = self.people.person(words, (p, k))
        return Attribution(speaker=name, role=role, how="colon")

    def glued_name(self, p: int, loc: Located, cue: Token) -> Attribution | None:
        """ ""...,"Clinton said" with no space after the mark: the tokenizer glued the name to the quote's last
        word, so the cue right after the quote has no subject token; the name is read from the text."""
        doc = self.docs[p]
        last = doc[loc.last]
        close = loc.part.close_at
        if (
            close is None
            or last.idx + len(last.text) <= close + 1
            or any(c.dep_ in _SUBJECT_DEPS and c.i != last.i for c in cue.children)
        ):
            return None
        word = self.texts[p][close + 1 : last.idx + len(last.text)]
        if not (word[:1].isupper() and word.isalpha()):
            return None
        name, role, _ = self.people.person((word,), (p, loc.last))
        if name == word and not self.people.has_last_name(word):
            return None  # not a name the article gives anywhere else
        att = Attribution(speaker=name, role=role)
        att.cue = (p, cue.i)
        return att

    def reporting_cue(self, p: int, cue: Token) -> Token | None:
        """The speech verb that reports the clause a weak cue stands in, when that cue is not a report of its own
        ("Trump said Fox executives were calling "A"", "X said the platform should reiterate "A"", "X said that,
        according to its analysis, ... "A"", "X said the man who promised "A""): a cue that is hypothetical
        (with a modal), non-finite, in a relative clause, or with a subject that cannot speak.  The one reporting
        it, with a subject who can speak, owns the quote; a finite report by a person ("X said Y told him "A"")
        stays Y's."""
        if not self._weak_cue(cue):
            return None
        tok = cue
        for _ in range(8):
            if tok.head.i == tok.i or self._quoted(tok.head):
                return None
            if tok.dep_ == "advcl" and not (not_a_speech_act(cue) and tok.tag_ in {"VB", "VBG", "VBN"}):
                # "Cruz said as a heckler yelled, "A"": a clause of its own, not one he reports; a negated or
                # infinitive cue goes on up through a non-finite clause ("X called for Y to resign for not
                # calling it "A"")
                return None
            tok = tok.head
            if tok.i < cue.i and is_cue(tok) and tok.lower_ != "according":
                subject = self._subject(tok)
                if subject is None or not _animate(subject) or subject.lower_ in NOT_SPEAKERS:
                    return None
                return tok
        return None

    def _weak_cue(self, cue: Token) -> bool:
        if cue.lower_ == "according":
            return True
        if any(c.dep_ == "aux" and c.tag_ == "MD" for c in cue.children) or cue.dep_ in {"acl", "xcomp"}:
            return True
        if cue.dep_ == "relcl":
            # "the man who promised "A"" reports nothing; "a video in which Adelson said: "A"" is Adelson's report
            subject = self._subject(cue)
            return subject is None or subject.pos_ != "PROPN" or cue.tag_ not in {"VBD", "VBZ", "VBP"}
        if not_a_speech_act(cue):
            return True
        if cue.dep_ != "ccomp":
            return False
        subject = self._subject(cue)
        return subject is not None and subject.lower_ not in RELATIVE_PRONOUNS and not _animate(subject)

    def possessive_source(self, p: int, gap: range, first: int, last: int) -> Attribution | None:
        """The named owner of a noun for something said that introduces the quote ("From Bush's Facebook post:
        "A"", "in Forbes' words, "A"", "Clinton's response was: "A"") or that the quote belongs to in the parse
        in a clause of its own ("Trump's claim that Obama "A""), with no speech verb between the noun and the
        quote."""
        doc = self.docs[p]
        for i in reversed(gap):
            tok = doc[i]
            if i in self.in_quote[p] or tok.pos_ != "NOUN" or tok.lemma_.lower() not in _STATEMENT_NOUNS:
                continue
            owner = next((c for c in tok.children if c.dep_ == "poss"), None)
            if owner is None or owner.i in self.in_quote[p]:
                return None
            if owner.pos_ != "PROPN" and not (owner.pos_ == "NOUN" and owner.lemma_.lower() in PERSON_NOUNS):
                # "The Ohio senator's answer was that "A"": a person's noun is a source too, resolved later
                return None
            between = [
                t for t in _past_modifiers(tok, doc[i + 1 : first]) if not (t.is_space or t.tag_ in {"``", "''"})
            ]
            if any(is_cue(t) for t in between):
                return None
            clause = tok.head
            if (
                clause.dep_ == "ccomp"
                and is_cue(clause.head)
                and clause.head.i < i
                and clause.head.i not in self.in_quote[p]
            ):
                return None  # "a source said that the ministry's claim is "absolutely not true"": the source's words
            introduces = bool(between) and all(t.lower_ in _STATEMENT_LINKS for t in between)
            # "Trump's claim that ... "A"": the quote inside the noun's own clause (not "denounced Trump's
            # remarks as "A"", which is the judge's word)
            claims = i + 1 < first and doc[i + 1].lower_ == "that" and _governs(tok, first, last)
            claims = claims or _said_to_be(tok, first, last)
            if introduces or claims:
                return self.from_token(p, owner)
            return None
        return None

    def possessive_frame(self, p: int, first: int, last: int) -> Attribution | None:
        """The named owner of a statement noun that frames the quote: "Halasz's "a boat every ten minutes" promise"
        (``first`` and ``last`` are the quote's mark tokens). The parse of such a quoted modifier is noise, so the
        frame is read off the tokens around the marks."""
        doc = self.docs[p]
        if first < 2 or last + 1 >= len(doc):
            return None
        case, owner, noun = doc[first - 1], doc[first - 2], doc[last + 1]
        if (
            case.text not in POSSESSIVE_MARKS
            or owner.pos_ != "PROPN"
            or owner.i in self.in_quote[p]
            or noun.pos_ != "NOUN"
            or noun.lemma_.lower() not in _FRAMING_NOUNS
        ):
            return None
        return self.from_token(p, owner)

    def colon_subject(self, p: int, gap: range) -> Attribution | None:
        """ "Breitbart News reported:" with a verb that is not a speech verb: the sentence's subject."""
        doc = self.docs[p]
        if not len(gap) or doc[gap.stop - 1].text != ":":
            return None
        return self._statement_heading(p, gap) or self._introducing_subject(p, gap)

    def _statement_heading(self, p: int, gap: range) -> Attribution | None:
        """ "Her advice to new buyers: "A"", "Lund's verdict: "A"": a colon after a statement noun with no verb,
        whose owner said it."""
        doc = self.docs[p]
        root = doc[gap.stop - 1].sent.root
        if root.i not in gap or root.pos_ != "NOUN":
            return None
        owner = statement_owner(root, pronoun=True)
        return self._said_by_owner(p, owner) if owner is not None else None

    def own_account(self, p: int, first: int) -> Attribution | None:
        """Whose words a quote is by the sentence's own say, before it: "by her own account, the whole place felt
        "A"", "in Dana Ruiz's words, ...", "as she put it, ..."; None when the sentence says no such thing."""
        doc = self.docs[p]
        sent = doc[first].sent
        for t in doc[max(sent.start, first - _OWN_ACCOUNT_WINDOW) : first]:
            if t.i in self.in_quote[p]:
                continue
            owner = None
            if t.lower_ in {"account", "words"} and t.head.lower_ in {"by", "in"}:
                owner = next((c for c in t.children if c.dep_ == "poss"), None)
            elif t.lemma_.lower() == "put" and any(c.dep_ == "mark" and c.lower_ == "as" for c in t.children):
                owner = next((c for c in t.children if c.dep_ in _SUBJECT_DEPS), None)
            if owner is not None and owner.i not in self.in_quote[p]:
                return self._said_by_owner(p, owner)
        return None

    def _said_by_owner(self, p: int, owner: Token) -> Attribution | None:
        """The speaker of a statement noun's owner: a name, or "his"/"her" ("his advice") resolved to a person."""
        return self.from_token(p, owner) if owner.pos_ == "PROPN" else self.names.person_for_pronoun(p, owner.i)

    def dash_subject(self, p: int, gap: range, loc: Located) -> Attribution | None:
        """ "Trump also embraced enhanced interrogation -- "I think waterboarding is peanuts."": a dash before a quote
        that ends the sentence introduces it like a colon, and the sentence's named subject said it."""
        doc = self.docs[p]
        if not len(gap) or doc[gap.stop - 1].text not in {"-", "--", "–", "—"} or loc.part.close_at is None:
            return None
        rest = self.texts[p][loc.part.close_at + 1 :].lstrip()
        if rest and not (rest[0] == "." and rest[1:2] in {"", " ", "\n"}):
            return None  # the quote must close the sentence: "--"A" -- the crowd cheered" is an aside
        return self._introducing_subject(p, gap)

    def _introducing_subject(self, p: int, gap: range) -> Attribution | None:
        """The named subject of the sentence whose gap introduces a quote (see :meth:`colon_subject`)."""
        doc = self.docs[p]
        root = doc[gap.stop - 1].sent.root
        if root.i not in gap and root.i not in self.in_quote[p]:
            return None
        if root.i in self.in_quote[p]:
            # the sentence split failed (a quote glued to the next word): the first verb of the gap with a subject
            root = next(
                (
                    doc[i]
                    for i in gap
                    if i not in self.in_quote[p]
                    and doc[i].pos_ in {"VERB", "AUX"}
                    and doc[i].dep_ not in {"relcl", "acl"}  # "Pruitt, a partner who will join the board, put it:"
                    and any(c.dep_ in _SUBJECT_DEPS and c.i in gap for c in doc[i].children)
                ),
                None,
            )
            if root is None:
                return None
        subject = self._subject(root)
        if subject is None or subject.i not in gap or subject.lower_ in {"it", "this", "that", "there", "here"}:
            return None
        owner = statement_owner(subject)
        if owner is not None:
            # "Teresa Lund's letter makes a plain case: "A""; "The words of captain Kofi Mensah were simple: "A""
            return self.from_token(p, owner)
        if not (
            subject.pos_ == "PROPN"
            or subject.lower_ in {"he", "she"}
            or subject.lower_ in PERSON_NOUNS
            or self.people.mention_at(p, subject.i) is not None  # a name the tagger took for a noun
            or _named_institution(subject)
        ):
            return None
        return self.from_token(p, subject)

    def statement_after(self, p: int, gap: range) -> Attribution | None:
        """ ""A," was the verdict of groundsman Tom Alder": a copula right after the quote whose complement is a
        statement noun of a named owner."""
        doc = self.docs[p]
        for i in range(gap.start, min(gap.stop, gap.start + 2)):
            if doc[i].lemma_ == "be":
                noun = next((c for c in doc[i].children if c.dep_ in {"attr", "nsubj"} and c.i > i), None)
                owner = statement_owner(noun, pronoun=True) if noun is not None else None
                return self._said_by_owner(p, owner) if owner is not None else None  # ""A," was his advice"
        return None

    def speech_context(self, p: int, *, before: int | None = None) -> Attribution | None:
        """The speaker of the last speech verb in the sentence before a quote (the last of paragraph ``p``, or the
        one ending before token ``before``), when that sentence reports someone speaking."""
        doc = self.docs[p]
        if not len(doc) or before == 0:
            return None
        end = len(doc) if before is None else before
        sent = doc[end - 1].sent
        cues = [t for t in sent if t.i < end and t.i not in self.in_quote[p] and is_cue(t)]
        if not cues:
            return None
        subject = self._subject(cues[-1])
        if subject is None or subject.i in self.in_quote[p] or subject.i < self.people.datelines[p]:
            return None
        if not _stands_for_someone(subject):
            return None
        return self._from_context(p, subject)

    def context_person(self, p: int, *, before: int | None = None) -> Attribution | None:
        """The person the sentence before a quote is about (its subject): the last sentence of paragraph ``p``,
        or the one ending before token ``before``."""
        doc = self.docs[p]
        if not len(doc) or before == 0:
            return None
        end = len(doc) if before is None else before
        sent = doc[end - 1].sent

        def names_someone(subject: Token | None) -> bool:
            # only a subject that names someone: a name, he/she, or a person noun ("the former model"); not one
            # of an interviewee's own words left unquoted ("My grandmother fed eight kids")
            return (
                subject is not None
                and subject.i not in self.in_quote[p]
                and not any(c.dep_ == "poss" and c.lower_ in {"my", "our"} for c in subject.children)
                and subject.i >= self.people.datelines[p]
                and (_stands_for_someone(subject) or self.people.mention_at(p, subject.i) is not None)
            )

        source = _according_to(sent, self.in_quote[p]) or _one_asked(sent)
        if source is not None and source.lower_ in {"him", "her"}:
            named = self.names.person_for_pronoun(p, source.i)  # "Reporters asked him whether ...": his answer
            return naming(named, how="context") if named is not None else None
        if source is not None and names_someone(source):
            # "According to Pitt, the club is ...": Pitt's account; "Reporters asked Pitt whether ...": his answer
            return self._from_context(p, source)
        aside = next((t for t in sent if t.dep_ == "parataxis" and t.i not in self.in_quote[p] and is_cue(t)), None)
        teller = self._subject(aside) if aside is not None else None
        if names_someone(teller):
            # "His headmaster found him there, he said, and waited": the account, and the quote after it, are his
            return self._from_context(p, teller)
        subject = self._subject(sent.root) or _age_made_a_modifier(sent.root)
        subject = _apposed_to_a_common_noun(subject) or subject
        if subject is not None and _a_body_speaking(subject) and subject.i not in self.in_quote[p]:
            # "The surf club said in a post that ... 'Please swim between the flags.'": the club's words, which
            # the bodies step names
            return Attribution(speaker=self.names.np_text(p, subject), how="context")
        if not names_someone(subject):
            # the parser's root may be a side clause ("Lynch announced the suit against ..., it's ..."): the
            # subject of the sentence's first speech verb
            cue = next((t for t in sent if t.i not in self.in_quote[p] and is_cue(t)), None)
            subject = self._subject(cue) if cue is not None else None
            if not names_someone(subject):
                # a paragraph's last sentence only: inside a paragraph, the quote's own sentence may open with the
                # one it is about ("Biden "kind of misspoke"", a critic's words)
                subject = self._opening_name(p, sent) if before is None else None
                if subject is None and before is None:
                    subject = self._earlier_subject(p, sent, names_someone)
                if subject is None:
                    return None
        return self._from_context(p, subject)

    def _earlier_subject(self, p: int, last: Span, names_someone: Callable[[Token | None], bool]) -> Token | None:
        """The subject of an earlier sentence of paragraph ``p`` when the sentences after it, down to its last one
        (``last``), name no one: "The Norwegian-born physicist came to the problem sideways. In 2018 a sinkhole
        opened two blocks from her house." / "A school bus stopped three meters short of it." is the physicist's.
        At most :data:`_EARLIER_SENTENCES` sentences back."""
        doc = self.docs[p]
        sent = last
        for _ in range(_EARLIER_SENTENCES):
            if self._names_a_person(p, sent) or sent.start == 0:
                return None
            sent = doc[sent.start - 1].sent
            subject = self._subject(sent.root)
            if names_someone(subject):
                return subject
        return None

    def _names_a_person(self, p: int, sent: Span) -> bool:
        """Whether a sentence names someone outside quotes (a mention, or a he/she/description subject)."""
        return any(
            t.i not in self.in_quote[p]
            and (self.people.mention_at(p, t.i) is not None or (t.dep_ in _SUBJECT_DEPS and _stands_for_someone(t)))
            for t in sent
        )

    def _opening_name(self, p: int, sent: Span) -> Token | None:
        """The last token of the name a sentence opens with, when the parser gave the sentence no subject that names
        someone: "Goalkeeper Beat Zürcher, who turned 38, guessed right" (the name made the root), "Her third,
        Rebecca Tardif, played on ..." (an apposition), "Abdi Warsame coordinates volunteers" (the verb read as a
        noun).  Only role words, adjectives and a possessive may come before the name, and the sentence must say
        something (a verb): not "But the oversized Trump face ...", nor a byline ("Lee Moran [HuffPost]")."""
        in_quote = self.in_quote[p]
        if not any(t.pos_ in {"VERB", "AUX"} and t.i not in in_quote for t in sent):
            return None
        for tok in sent[:_OPENING_WORDS]:
            m = self.people.mention_at(p, tok.i)
            if m is not None:
                last = self.docs[p][m.end - 1]
                fits = last.dep_ in {"ROOT", "compound", "appos", "nsubj"} and last.i not in in_quote
                return last if fits else None
            role_word = tok.lower_.rstrip(".") in TITLE_WORDS or is_role_noun(tok.lower_)
            opener = tok.pos_ == "ADJ" or tok.tag_ == "PRP$" or (tok.text == "," and tok.i > sent.start)
            if tok.i in in_quote or not (role_word or opener):
                return None
        return None

    def reporter_before(self, p: int, i: int) -> Attribution | None:
        """Who reports what the sentence before token ``i``'s goes on with: "Okoro has said the rules were written
        for insurers. So there remains "an industry free to set its own prices"" is Okoro's, when the quote's own
        sentence is about no one."""
        doc = self.docs[p]
        own = doc[i].sent
        # the quote inside a sentence of the writer's ("So there remains "A""), not opening one the
        # parser cut from its own attribution ("Trump was asked, | "A?"")
        if own.start == 0:
            return None
        # the words of its sentence right before the quote, a bounded window: a giant sentence stays linear
        window = doc[max(own.start, i - _REPORTED_WINDOW) : i]
        if sum(1 for t in window if t.is_alpha and t.i not in self.in_quote[p]) < 2:
            return None
        if any(t.dep_ in {"nsubj", "nsubjpass"} and _stands_for_someone(t) for t in window):
            return None  # "Trump was asked, "A?"": the sentence is about someone, the one asked
        before = doc[own.start - 1].sent
        root = before.root
        if root.i in self.in_quote[p] or not is_cue(root) or not any(c.dep_ == "ccomp" for c in root.children):
            return None
        if any(c.dep_ == "nsubjpass" for c in root.children):
            return None  # "Trump was asked whether ...": the one asked reports nothing
        subject = self._subject(root)
        if subject is None or subject.i in self.in_quote[p]:
            return None
        if not _stands_for_someone(subject) and self.people.mention_at(p, subject.i) is None:
            return None
        return self._from_context(p, subject)

    def _from_context(self, p: int, subject: Token) -> Attribution | None:
        """The attribution a context sentence's subject gives, marked as found from context; none for two people
        together ("Kim and Lohmar spoke"), as the quote is one of theirs and guessing which is not allowed."""
        others = [c for c in subject.children if c.dep_ == "conj" and (c.pos_ == "PROPN" or _animate(c))]
        # "Her sister and caddie, Brittany,": two roles of the one person the apposition names
        named = any(c.dep_ == "appos" and c.pos_ == "PROPN" and c.text[:1].isupper() for c in subject.children)
        if others and not (named and all(c.text.islower() for c in others)):
            return None
        return naming(self.from_token(p, subject), how="context")

    def colon_name(self, p: int, gap: range) -> Attribution | None:
        """ "Name: "..."" with no verb, as in headlines and transcripts."""
        doc = self.docs[p]
        if not len(gap) or doc[gap.stop - 1].text != ":" or gap.stop - 2 < gap.start:
            return None
        tok = doc[gap.stop - 2]
        if tok.pos_ != "PROPN":
            return None
        head = tok
        while head.dep_ in {"compound", "appos", "flat", "conj"} and head.head.i != head.i:
            head = head.head  # "... collaborating with Smith and York:": York is a conjunct of the object
        dashed = any(t.text in {"-", "–", "—", "--"} for t in doc[tok.sent.start : tok.i])
        if (
            head.dep_ == "pobj"
            and not dashed
            and any(
                t.dep_ in _SUBJECT_DEPS and t.head.pos_ in {"VERB", "AUX"} and t.i not in self.in_quote[p]
                for t in doc[tok.sent.start : tok.i]
            )
        ):
            return None  # "Bush spoke to the newspaper NRC Handelsblad:" -- an object in a clause, not a label
        return self.from_token(p, tok)
