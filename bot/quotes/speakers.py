"""The resolve-people step for one attribution: the subject of a cue → the person it names.

A cue's subject may be a name ("Antonov", "Russian Ambassador Anatoly Antonov"),
a pronoun ("he"), a description ("the ambassador", "the 23-year-old"), an
organisation ("they"), or an unnamed source ("a spokesperson for Acme").
:class:`SpeakerNames` turns it into what a reader is shown: the person's fullest
name with the role the article gave them, through the :class:`People` registry
(which it also teaches names the entity recogniser missed), or the phrase as
written when it names no one the article knows.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Span, Token

from bot.quotes.lexicon import (
    DOCUMENT_NOUNS,
    FEMALE_NAMES,
    HONORIFICS,
    INSTITUTION_WORDS,
    MALE_NAMES,
    PERSON_NOUNS,
    POSSESSIVE_MARKS,
    PRONOUN_GENDER,
    PUBLISHING_VERBS,
    RELATIVE_PRONOUNS,
    ROLE_NOUNS,
    ROYAL_TITLES,
    TITLE_WORDS,
    UNNAMED_DETERMINERS,
    UNNAMED_SOURCE_NOUNS,
    is_person_noun,
    is_role_noun,
)
from bot.quotes.people import (
    PARTY_WORDS,
    Mention,
    People,
    age_between_commas,
    an_age,
    entity_around,
    hyphen_glued,
    kept_anonymous,
    name_text,
    one_of_people,
)

__all__ = [
    "NOT_SPEAKERS",
    "ORG_LABELS",
    "Attribution",
    "SpeakerNames",
    "an_age",
    "capitalised_word",
    "name_given_as",
    "sentence_before",
    "standing_for",
    "start_past_quote",
]

_DROP_CHILD_DEPS = {"relcl", "acl", "appos", "punct", "advcl", "cc", "conj"}
#: Clauses hung on a name, whose own names are not the name's: "The Tribal Council, which represents Kinosew Lake,".
_CLAUSE_DEPS = frozenset(["relcl", "acl", "advcl"])
#: What may close an age set after a speaker's name: "said Venkataramana, 66, pouring tea" or "... 66."
_AGE_CLOSINGS = frozenset([",", "."])


def _outside_clauses(tok: Token) -> list[Token]:
    """``tok``'s subtree without the clauses hung in it (one walk, linear in the subtree)."""
    kept, stack = [], [tok]
    while stack:
        t = stack.pop()
        kept.append(t)
        stack.extend(c for c in t.children if c.dep_ not in _CLAUSE_DEPS)
    return kept


#: Nouns for a firm that "the French company said" may describe, going on with the firm named before.
_FIRM_NOUNS = frozenset(
    [
        "company",
        "firm",
        "group",
        "carmaker",
        "automaker",
        "bank",
        "lender",
        "insurer",
        "airline",
        "retailer",
        "manufacturer",
        "operator",
        "utility",
        "broadcaster",
        "club",
        "chain",
        "giant",
        "conglomerate",
        "supplier",
    ]
)
#: How many sentences of a quote are passed over to reach the sentence before it (a bounded look-back).
_QUOTE_SENTENCES = 8
#: Words before "as" that give a source's name ("gave his name only as Kees", "identified only as Sipho").
_NAME_GIVING = {"name", "identified", "known", "called"}
#: How many words after an unnamed source's noun the name it gave is looked for.
_NAME_GIVEN_REACH = 30
#: Adverbs of the writer's emphasis that may open a subject ("even a top strategist", "only one aide").
_FOCUS_ADVERBS = {"even", "only", "also", "just", "too", "still"}
#: The longest name read after a title the tokenizer cut off at its period ("Capt. Jeff Davis").
_MAX_NAME_AFTER_TITLE = 4
ORG_LABELS = {"ORG", "NORP", "GPE"}
NOT_SPEAKERS = {"yourself", "myself", "himself", "herself", "themselves", "ourselves", "you", "it", "this", "there"}


@dataclass
class Attribution:
    """Who said a quote, with their role, and how and where (the cue word) that was found."""

    speaker: str | None
    role: str | None = None
    #: how it was found: "after", "before", "colon", "dash", "inherited", "exchange", "context"
    how: str = ""
    #: (paragraph, token) of the cue word, so quotes hanging off one cue can be joined
    cue: tuple[int, int] | None = None


def _owned_thing(ent: Span) -> str:
    """An organisation's text, or for one the recogniser ended with a possessive ("Dex Harlan's" in "Dex Harlan's
    company") the thing it owns: "Dex Harlan's company", not a name in the possessive."""
    last = ent[-1]
    if last.text not in POSSESSIVE_MARKS:
        return ent.text
    owned = last.head.head if last.dep_ == "case" else None
    if owned is None or owned.i < ent.end or owned.i - ent.end > 3 or owned.pos_ != "NOUN":
        return ent.text
    return ent.doc[ent.start : owned.i + 1].text


#: A body or family the article names after "the" ("the Pomare family", "the Dunmore club").
_THE_NAMED = re.compile(r"the [A-Z]")

#: Articles written with a capital: inside a noun phrase, one opens a sentence the page glued to other words.
_CAPITAL_ARTICLES = frozenset(["A", "An", "The"])


def naming(att: Attribution | None, *, how: str) -> Attribution | None:
    """``att`` marked as found ``how`` when it names a speaker; None when it names nobody, so a step that found a
    cue but no speaker leaves the quote to the next step."""
    if att is None or not att.speaker:
        return None
    att.how = how
    return att


def capitalised_word(tok: Token) -> bool:
    """A capitalised word inside a sentence that the tagger did not call a proper noun ("said Skelly")."""
    return (
        tok.is_alpha
        and tok.text[:1].isupper()
        and tok.i > tok.sent.start
        and tok.pos_ not in {"DET", "ADP", "PRON", "CCONJ", "SCONJ", "AUX", "VERB", "PART"}
        and not tok.text.isupper()
    )


#: Bodies that speak for a person ("Her office said", "His campaign said"), shown as the person's.
_OWNED_BODIES = {
    "office",
    "campaign",
    "team",
    "staff",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "lawyer",
    "lawyers",
    "attorney",
    "attorneys",
    "aides",
    "camp",
}


#: How far back (in tokens) "the email" looks for the "an email" it refers to.
_DOCUMENT_LOOKBACK = 400
#: The verb that sends each kind of message: "the email" is the email the one who "emailed" sent.
_SENT_BY = {"email": "email", "e-mail": "email", "tweet": "tweet", "post": "post", "text": "text", "memo": "memo"}
#: What someone writes back or writes up, which copy makes the speaker with its owner ("His reply read: ...", "Its
#: valuation report warned").
_OWNED_WRITINGS = frozenset(["reply", "response", "answer", "report", "review", "audit", "assessment", "analysis"])
#: Everything written that may speak for its writer: documents and owned writings, read once.
_WRITINGS = DOCUMENT_NOUNS | _OWNED_WRITINGS


def start_past_quote(doc: Doc, in_quote: set[int], here: int) -> int:
    """The start of the sentence starting at token ``here``, moved back over the quoted sentences right before it
    (at most a few): ""A. B," the mother said." is read from where "A." starts."""
    for _ in range(_QUOTE_SENTENCES):
        if here == 0 or doc[here - 1].sent.root.i not in in_quote:
            break
        here = doc[here - 1].sent.start
    return here


def sentence_before(docs: Sequence[Doc], in_quote: Sequence[set[int]], p: int, here: int) -> tuple[int, Span] | None:
    """(paragraph, sentence) of the sentence before the one starting at token ``here`` of paragraph ``p``,
    passing over the sentences of a quote (at most a few); the previous paragraph's last for a paragraph's first;
    None at the article's start."""
    here = start_past_quote(docs[p], in_quote[p], here)
    if here == 0:
        if p == 0 or not len(docs[p - 1]):
            return None
        p, here = p - 1, len(docs[p - 1])
    return p, docs[p][here - 1].sent


#: Plural possessors an organisation's name holds ("the Canadian Premier Women's League", "Sick Children's").
_PLURAL_POSSESSORS = frozenset(["women", "men", "children", "people"])


def _plural_possessive_in_a_name(possessor: Token, ending: Token) -> bool:
    """Whether a capitalised word and the possessive ending after it are inside a name ("Women's" in "the Premier
    Women's League", "Farmers'" in "the Grain Farmers' Union"), not a place or person owning what follows
    ("Canada's Health Minister")."""
    if ending.text in {"'s", "’s"}:
        return possessor.lower_ in _PLURAL_POSSESSORS
    return ending.text in {"'", "’"} and possessor.lower_.endswith("s") and possessor.tag_ in {"NNPS", "NNS"}


def standing_for(tok: Token) -> Token:
    """The noun a relative pronoun opening its clause stands for ("IVAS, which said" -> IVAS); ``tok`` otherwise."""
    return tok.head.head if tok.lower_ in RELATIVE_PRONOUNS and tok.head.dep_ == "relcl" else tok


def _acting_in(document: Token) -> Token | None:
    """The subject acting "in a statement": "Halvorsen said in a statement that ...", "The supporters' group rejected
    the plan in a statement" (the parser may hang the statement on the verb's object), "The Authority, in a
    statement, said" (or on the subject itself); None when the document is in no such phrase."""
    prep = document.head
    if document.dep_ != "pobj" or prep.lower_ != "in":
        return None
    if prep.head.dep_ in {"nsubj", "nsubjpass", "ROOT"} and prep.head.pos_ in {"PROPN", "NOUN"}:
        return prep.head  # the root too: "In a statement, the party's campaign director, Owen Thackeray, called"
    acting = prep.head.head if prep.head.dep_ == "dobj" else prep.head
    if acting.pos_ not in {"VERB", "AUX"}:
        return None
    return next((c for c in acting.children if c.dep_ == "nsubj"), None)


def _agent_of(document: Token) -> Token | None:
    """Who the document was put out by: "a fundraising email sent out by Sanders"; None when no "by" says."""
    for child in document.children:
        if child.dep_ == "acl" and child.tag_ == "VBN":
            agent = next((c for c in child.children if c.dep_ == "agent"), None)
            return next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
    return None


def _unnamed_source(noun: Token) -> bool:
    """Whether ``noun`` heads a source the article does not name: "a spokesperson for the ministry", "one
    official", "the person familiar with the deal" ("a fundraising email" and "the fans" are no one)."""
    return informed_source(noun) or (
        is_person_noun(noun.lower_)
        and any(c.dep_ in {"det", "nummod"} and c.lower_ in UNNAMED_DETERMINERS for c in noun.children)
    )


#: Words after a source's noun that say what the source knows, not who they are ("the person familiar with the deal",
#: "a source close to the minister").
_INFORMED = frozenset(["familiar", "close", "involved", "knowledgeable", "briefed"])


def informed_source(noun: Token) -> bool:
    """Whether ``noun`` is a person described by what they know ("The person familiar with the deal said"): an
    unnamed source, however often the article says "the"."""
    source = is_person_noun(noun.lower_) or noun.lower_ in UNNAMED_SOURCE_NOUNS
    return source and any(c.i > noun.i and c.lower_ in _INFORMED for c in noun.children)


def unnamed_subject_before(
    docs: Sequence[Doc], in_quote: Sequence[set[int]], p: int, here: int
) -> tuple[int, Token] | None:
    """(paragraph, noun) of the subject of the sentence before the one starting at token ``here`` of paragraph
    ``p`` (passing over the quote's own sentences) when it is someone the article does not name ("A witness ...
    said he hid", "One of the two friends ... told the court"); None otherwise."""
    before = sentence_before(docs, in_quote, p, here)
    if before is None:
        return None
    q, sent = before
    subject = next((t for t in sent.root.children if t.dep_ in {"nsubj", "nsubjpass"}), None)
    if subject is None or subject.i in in_quote[q]:
        return None
    return (q, subject) if one_of_people(subject, in_quote[q]) or _unnamed_source(subject) else None


def anonymous_source_before(
    docs: Sequence[Doc], in_quote: Sequence[set[int]], p: int, here: int
) -> tuple[int, Token] | None:
    """(paragraph, noun) of a source kept anonymous on purpose who is the subject of the sentence before the one
    starting at token ``here`` of paragraph ``p`` ("One Liberal backbencher, who asked not to be named because
    ..., conceded the optics were poor."): a description right after ("…," the MP said) goes on with that source,
    not with someone named further back who holds the role; None otherwise."""
    found = unnamed_subject_before(docs, in_quote, p, here)
    return found if found is not None and kept_anonymous(found[1]) else None


def name_given_as(noun: Token) -> Attribution | None:
    """ "one supporter, who gave his name only as Kees," / "a witness who would be identified only as Sipho": the
    name the source gave, with the noun as the role; None when the words after the noun give none.  Read on the
    words, not the parse, which often makes the name the subject of the verb after it."""
    doc = noun.doc
    end = min(noun.sent.end, noun.i + _NAME_GIVEN_REACH)
    for k in range(noun.i + 1, end):
        if _introduces_given_name(doc, k, start=noun.i + 1):
            run = []
            for t in doc[k + 1 : min(len(doc), k + 4)]:
                if not _written_as_name(t):
                    break
                run.append(t.text)
            if not run:
                return None
            words = [c for c in noun.lefts if c.dep_ in {"amod", "compound"} and c.is_alpha]
            return Attribution(speaker=" ".join(run), role=" ".join([*(w.lower_ for w in words), noun.lower_]))
    return None


def _introduces_given_name(doc: Doc, k: int, *, start: int) -> bool:
    """Whether token ``k`` is the word right before a name an unnamed source gave: the "as" of "who gave his name
    only as Kees" or "identified only as Sipho", or the comma of "who gave only her first name, Jada," (words from
    ``start`` on are read)."""
    if doc[k].lower_ == "as":
        return any(doc[j].lower_ in _NAME_GIVING for j in range(max(start, k - 3), k))
    return doc[k].text == "," and k > start and doc[k - 1].lower_ == "name"


def _source_giving_name(name: Token) -> Token | None:
    """The unnamed source's noun before "who gave his name only as <name>", when ``name`` is that name."""
    doc = name.doc
    if name.i < 2 or not _introduces_given_name(doc, name.i - 1, start=max(0, name.i - _NAME_GIVEN_REACH)):
        return None
    for k in range(name.i - 2, max(name.sent.start, name.i - _NAME_GIVEN_REACH) - 1, -1):
        if doc[k].pos_ == "NOUN" and _counted_person(doc[k].lower_):
            return doc[k]
    return None


def _written_as_name(tok: Token) -> bool:
    """A capitalised word the tagger or the recogniser takes for a name ("Sipho", tagged a plural noun)."""
    return tok.text[:1].isupper() and tok.is_alpha and (tok.pos_ == "PROPN" or tok.ent_type_ == "PERSON")


def _of_someone_unnamed(noun: Token) -> bool:
    """ "the daughter of one resident", "the lawyer for a victim": someone of an unnamed other, whom no one the
    article names can be."""
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ in {"of", "for"}:
            for obj in prep.children:
                if obj.dep_ == "pobj" and any(
                    c.dep_ in {"det", "nummod"} and c.lower_ in _UNNAMED for c in obj.children
                ):
                    return True
    return False


_UNNAMED = {"a", "an", "one", "another", "some", "several"}


def says_which(noun: Token, clause: Token, in_quote: set[int]) -> bool:
    """Whether ``clause`` is a short restrictive "who" clause telling which of many an unnamed source is ("a woman
    who lives across 14th Street", "a farmer who lost a grain bin"): kept in the source's phrase, as a reader
    needs it."""
    return (
        clause.dep_ == "relcl"
        and clause.head.i == noun.i
        and clause.left_edge.i == noun.i + 1  # restrictive, no comma: not "Another planner, who asked not to be named"
        and any(c.dep_ == "det" and c.lower_ in {"a", "an", "one", "another"} for c in noun.children)
        and any(c.lower_ == "who" for c in clause.children)
        # short, and short with the noun's own words too: a phrase over np_text's twelve tokens would be cut
        and kept_end(clause) - clause.left_edge.i < 10
        and kept_end(clause) - noun.left_edge.i <= 12
        and not any(i in in_quote for i in range(clause.left_edge.i, kept_end(clause) + 1))
    )


def kept_end(clause: Token) -> int:
    """The last token of a clause as :meth:`SpeakerFinder.np_text` keeps it: without what is coordinated to it
    ("who lives across 14th Street [and asked not to be named because ...]")."""
    return max([clause.i] + [c.right_edge.i for c in clause.children if c.dep_ not in _DROP_CHILD_DEPS])


def _apposed_person_in_phrase(noun: Token) -> list[Token]:
    """A person's name in apposition to the object of a preposition inside ``noun``'s phrase ("partner at Lenox,
    Lawrence Cummings,"), which the parser hangs there rather than on ``noun``."""
    found = []
    for prep in noun.children:
        if prep.dep_ != "prep" or prep.i < noun.i:
            continue
        for obj in prep.children:
            if obj.dep_ == "pobj":
                found += [c for c in obj.children if c.dep_ == "appos" and c.ent_type_ == "PERSON"]
    return found


#: Titles and role nouns a subject apposed to a name may be ("the Duke of York, Prince Andrew,"); built once.
_TITLES_AND_ROLES = TITLE_WORDS | ROYAL_TITLES | ROLE_NOUNS


#: How many tokens back of each paragraph "one <noun>" is looked for, for "Another said".
_ONE_BACK = 200
#: Nouns for people counted one by one ("one user wrote ... Another said"), besides the person nouns.
_COUNTED_PEOPLE = PERSON_NOUNS | frozenset(
    ["user", "commenter", "poster", "netizen", "reader", "viewer", "listener", "caller", "respondent", "fan"]
)


def _counted_person(word: str) -> bool:
    """Whether a lower-case noun is a person's, counted people's ("fan", "user") included."""
    return is_person_noun(word) or word in _COUNTED_PEOPLE


def _counts_one_person(tok: Token) -> bool:
    """Whether ``tok`` is "one" counting a person right after it ("one user wrote", "one fan said")."""
    noun = tok.head
    return (
        tok.lower_ == "one"
        and tok.dep_ in {"nummod", "det"}
        and noun.i == tok.i + 1
        and noun.pos_ == "NOUN"
        and noun.is_lower
        and noun.lower_ in _COUNTED_PEOPLE
    )


def titled_description(tok: Token) -> bool:
    """ "the Orbital CEO", "the Acme Chairman": a title word heading a phrase opened by "the"."""
    return tok.lower_ in TITLE_WORDS and any(c.dep_ == "det" and c.lower_ in {"the", "this"} for c in tok.children)


class SpeakerNames:
    """Resolves the subject tokens of one article's cues to speakers."""

    def __init__(self, docs: Sequence[Doc], people: People, in_quote: Sequence[set[int]]) -> None:
        self.docs = docs
        self.people = people
        self.in_quote = in_quote
        self._bodies_by_first_word: dict[str, str] | None = None

    def from_token(self, p: int, tok: Token) -> Attribution | None:
        """The speaker named by the subject token ``tok``."""
        tok = standing_for(tok)
        low = tok.lower_
        if low in NOT_SPEAKERS - {"it"}:
            return None
        if tok.ent_type_ in {"DATE", "TIME"} and not an_age(tok):
            return None  # "who watched the Saturday debate said": a misread subject; a day says nothing
        if tok.pos_ == "PRON":
            if low in {"he", "she"}:
                named = self.person_for_pronoun(p, tok.i)
                if named is not None:
                    return named
                introduced = self.people.introduced_referent(p, tok.i, low)
                if introduced is not None:
                    # "A reporter for a radio station called it "A." "B," he said": the unnamed source as written
                    q, k = introduced
                    # "Another tenant, who gave his name only as Terry, said ... "…," he said": Terry
                    given = name_given_as(self.docs[q][k])
                    return given or Attribution(speaker=self.np_text(q, self.docs[q][k]))
                return Attribution(speaker=None)  # attributed, but "he" alone tells a reader nothing
            if low == "they":
                couple = self.people_just_before(p, tok)
                if couple is not None:
                    return Attribution(speaker=couple)
                one = self._one_source_just_before(p, tok)
                if one is not None:
                    return one
            if low in {"it", "they"}:
                return Attribution(speaker=self.institution_subject(p, tok) or self.nearest_org(p, tok.i))
            if low == "another":
                return Attribution(speaker=self.another_of_the_one(p, tok))
            if low in {"someone", "somebody"} and any(c.dep_ == "prep" for c in tok.children):
                # "said someone at the meeting": an unnamed source, as written; "someone" alone says nothing
                return Attribution(speaker=self.np_text(p, tok))
            return Attribution(speaker=None)
        source = _source_giving_name(tok) if tok.pos_ == "PROPN" else None
        given = name_given_as(source) if source is not None else None
        if given is not None:
            return given  # "one fan, who gave his name only as Joost, told": the parser made Joost the subject
        m = (
            self.apposed_name(p, tok)
            or self.name_after_cut_title(p, tok)
            or self.people.mention_at(p, tok.i)
            or self.name_closing_quantifier(p, tok)
        )
        party_member = tok.lower_ in PARTY_WORDS and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children)
        if m is None and tok.pos_ == "PROPN" and (titled_description(tok) or party_member):
            anonymous = anonymous_source_before(self.docs, self.in_quote, p, tok.sent.start)
            if anonymous is not None:
                # "One Liberal backbencher, who asked not to be named, ..." / ""…," the MP said" (or "the
                # Liberal said"): that source
                q, noun = anonymous
                return name_given_as(noun) or Attribution(speaker=noun_phrase_as_written(noun, self.in_quote[q]))
        if m is None and tok.pos_ == "PROPN" and titled_description(tok):
            # "the Orbital CEO said": a capitalised title after "the" describes someone, like "the senator"
            m = self._apposed_mention(p, tok) or self.people.resolve_description(p, tok.i, tok.lower_)
            if m is None:
                return Attribution(speaker=self.np_text(p, tok))
        if m is None and (tok.pos_ == "PROPN" or capitalised_word(tok)):
            # "the Independent TD for Mayo, Cathal Ó Duibhir," (a capitalised title): the name apposed to it
            m = self.name_mention(p, tok) or self._apposed_mention(p, tok)
            if m is None:
                return Attribution(speaker=self.np_text(p, tok))
        if m is None:
            m = self._apposed_mention(p, tok)
        if m is None and tok.pos_ == "NOUN" and is_role_noun(tok.lower_):
            m = self._name_hung_on_role_word(p, tok) or self._name_ending_role_phrase(p, tok)
        described = False  # whether the name is the one a description ("the singer") stands for
        if m is None and tok.pos_ == "NOUN":
            det = [c for c in tok.children if c.dep_ == "det"]
            desc = tok.lower_
            aged = any("year" in c.lower_ and "old" in c.lower_ for c in tok.subtree) or "year-old" in desc
            generic = desc in {"man", "woman", "boy", "girl"}
            if (
                det
                and det[0].lower_ in ({"the"} if generic else {"the", "this"})
                and (desc in PERSON_NOUNS or desc in UNNAMED_SOURCE_NOUNS or aged)
                and not _of_someone_unnamed(tok)
            ):
                # an age ("the 23-year-old") is matched to the age written beside a name by resolve.py; "the woman"
                # is no one's role, though it may go on with a source ("one evacuee, a woman staying on a cot,")
                m = None if aged or generic else self.people.resolve_description(p, tok.i, desc)
                source = self.people.introduced_source(p, tok.i, desc)
                if source is not None and (m is None or m.position < source or self._named_in_its_sentence(m, source)):
                    # "One legal expert said ... "A," the expert said": the unnamed source as first written
                    return Attribution(speaker=self.np_text(source[0], self.docs[source[0]][source[1]]))
                described = m is not None
        if m is not None:
            name, role, _ = self.people.person(m.tokens, m.position)
            if role is None and described:
                role = described_role(self.np_text(p, tok))  # "the 29-year-old actor said": an actor
            others = self.conjoined_names(p, tok, exclude=name)
            if others:
                # "Trump and Ryan issued a statement": both speak; one role would describe only the first
                names = [name, *others]
                return Attribution(speaker=", ".join(names[:-1]) + " and " + names[-1], role=None)
            return Attribution(speaker=name, role=role)
        if tok.pos_ == "NOUN" and tok.lower_ in _WRITINGS:
            author = self.writer_owning(p, tok) or self.author_of(p, tok)
            if author is not None:
                return author
        if tok.pos_ == "NOUN" and (tok.lower_ in _FIRM_NOUNS or tok.lower_ in INSTITUTION_WORDS):
            named = next(
                (c for c in tok.rights if c.dep_ == "appos" and c.pos_ == "PROPN" and c.ent_type_ != "PERSON"), None
            )
            if named is not None and named.i not in self.in_quote[p]:
                # "The company behind the test, Helixline, said": the body by the name set beside it
                return Attribution(speaker=self.np_text(p, named))
        if tok.pos_ == "NOUN" and tok.lower_ in _FIRM_NOUNS and any(c.lower_ == "the" for c in tok.children):
            firm = self._firm_just_before(p, tok)
            if firm is not None:
                return Attribution(speaker=firm)  # "EDF said it was disappointed. "A," the French company said"
        if tok.pos_ == "NOUN" and _counted_person(tok.lower_):
            given = name_given_as(tok)
            if given is not None:
                return given
        owned = self.owned_by_person(p, tok) if tok.pos_ == "NOUN" else None
        return Attribution(speaker=owned or self.np_text(p, tok))

    def _one_source_just_before(self, p: int, they: Token) -> Attribution | None:
        """The one unnamed person a singular "they" goes on with: the subject of the sentence before, a singular
        noun ("A crew member, who did not wish to be named, ... The crew member said morale had recovered. "A," they
        said"), as the source was first written; None for a plural subject ("Residents said ... they said")."""
        found = self._subject_of_sentence_before(p, they)
        if found is None or found[1].tag_ != "NN":
            return None
        q, noun = found
        # the source as introduced ("A crew member, who did not wish to be named,"), or the subject itself if it is one
        introduced = self.people.introduced_source(q, noun.i, noun.lower_)
        if introduced is None and not _unnamed_source(noun):
            return None
        q, k = introduced or (q, noun.i)
        source = self.docs[q][k]
        return name_given_as(source) or Attribution(speaker=self.np_text(q, source))

    def writer_owning(self, p: int, document: Token) -> Attribution | None:
        """The person a "his"/"her" owning a document stands for ("Her letter ... warned", "His reply read"), by name,
        or the organisation an "its" does ("Its statement said"); None for any other document or an owner the
        article does not resolve."""
        owner = next((c for c in document.children if c.dep_ == "poss"), None)
        if owner is not None and owner.lower_ == "its":
            # "Bellwood did not respond. Its statement said ...": the organisation named just before
            body = self._body_subject_before(p, owner) or self.nearest_org(p, owner.i)
            return Attribution(speaker=body) if body else None
        if owner is None or owner.lower_ not in {"his", "her"}:
            return None
        return self.person_for_pronoun(p, owner.i)

    def _body_subject_before(self, p: int, tok: Token) -> str | None:
        """The body an "its" at ``tok`` stands for when the sentence before is a name no one is (no gender, no role)
        as subject ("Bellwood did not respond ... Its statement"), by the fullest name the article gives a body
        opening with it ("Bellwood Senior Living Inc."); None otherwise."""
        found = self._named_subject_before(p, tok)
        if found is None:
            return None
        q, _, subject = found
        m = self.people.mention_at(q, subject.i)
        if m is not None and any(self.people.person(m.tokens, m.position)[1:]):
            return None  # a person the article gives a role or a sex
        if self._bodies_by_first_word is None:
            self._bodies_by_first_word = {}  # read once per article: a page of "Its statement said" stays linear
            for doc in self.docs:
                for ent in doc.ents:
                    if ent.label_ == "ORG" and len(ent) > 1:
                        self._bodies_by_first_word.setdefault(ent[0].text, _owned_thing(ent))
        return self._bodies_by_first_word.get(subject.text, subject.text)

    def author_of(self, p: int, document: Token) -> Attribution | None:
        """The named person or body whose document speaks: "a fundraising email sent out by Sanders warned",
        "Trump released a video that said", "Aubrey Pell hoisted a sign that read"; None when the author is no
        name (a pronoun the article does not resolve, "someone"), or when the document says whose it is itself ("a
        letter from his doctor" that Johnson released is the doctor's)."""
        if any(c.dep_ == "prep" and c.lower_ in {"from", "by", "of"} for c in document.children):
            return None
        # "In a note read out by her son, she thanked ...": the one acting in it wrote it, not the one who read it
        author = _acting_in(document) or _agent_of(document)
        verb = document.head
        if author is None and document.dep_ == "dobj" and verb.lemma_.lower() in PUBLISHING_VERBS:
            author = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if author is None and any(c.dep_ == "det" and c.lower_ in {"the", "this"} for c in document.children):
            first = self._introduced_document(p, document)
            if first is not None:
                return self.author_of(*first)
            # "a tenant on the third floor emailed the agent ... The email said": the one who sent it
            sent = self._sent_as(p, document)
            return self.from_token(*sent) if sent is not None else None
        if author is not None:
            author = standing_for(author)  # "IVAS, which said in a note to clients that ...": IVAS
        if author is None or author.i in self.in_quote[p] or author.lower_ in RELATIVE_PRONOUNS:
            return None
        named_group = author.pos_ == "NOUN" and any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in author.children)
        if _unnamed_source(author):
            # "In a statement, a spokesperson for the Ministry of Health said ...": the statement is that source's
            return Attribution(speaker=self.np_text(p, author))
        named = next((c for c in author.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
        if author.pos_ == "NOUN" and named is not None:
            author = named  # "The company's main labour union, the Hanul Energy Workers' Union, said in a statement"
        body = author.pos_ == "NOUN" and author.lower_ in INSTITUTION_WORDS
        if not (
            author.pos_ in {"PROPN", "PRON"} or named_group or body or self.people.mention_at(p, author.i) is not None
        ):
            return None  # "the Pomare family" and "the Dunmore club" are named; "the fans" are not
        att = self.from_token(p, author)
        if att is None or not att.speaker:
            return None
        if author.ent_type_ == "ORG" and not att.speaker[:1].isupper():
            # "proxy advisory firm Institutional Voting Advisory Services (IVAS), which said in a note": the name
            att = replace(att, speaker=entity_around(author).text)
        if not (att.speaker[:1].isupper() or _THE_NAMED.match(att.speaker)):
            # "The city said in a statement ...": the body the article names ("the department" it named just
            # before comes back by name), else as written, which tells a reader more than "the statement"
            return att if body and any(c.dep_ in {"det", "poss"} for c in author.children) else None
        if author.ent_type_ == "ORG" and att.speaker.startswith("The "):
            # "The Westkurve Lindau rejected ...": the body's name, as "the group said" later names it
            att = replace(att, speaker=att.speaker[4:])
        return att

    def _introduced_document(self, p: int, document: Token) -> tuple[int, Token] | None:
        """Where "the email" was introduced as "an email" (or "a fundraising email"), looking back at most
        ``_DOCUMENT_LOOKBACK`` tokens over this paragraph and those before, so a page of thousands of "the email
        said" stays linear."""
        left = _DOCUMENT_LOOKBACK
        q, end = p, document.i
        while q >= 0 and left > 0:
            doc = self.docs[q]
            for i in range(end - 1, max(-1, end - 1 - left), -1):
                t = doc[i]
                if t.lower_ == document.lower_ and any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in t.children):
                    return q, t
            left -= min(left, end)
            q -= 1
            end = len(self.docs[q]) if q >= 0 else 0
        return None

    def _sent_as(self, p: int, document: Token) -> tuple[int, Token] | None:
        """(paragraph, subject) of the verb that sent "the email" ("emailed", "tweeted", "texted"), in this
        paragraph before it or the one before, within ``_DOCUMENT_LOOKBACK`` tokens; None when there is none."""
        verb_lemma = _SENT_BY.get(document.lower_)
        if verb_lemma is None:
            return None
        for q in (p, p - 1):
            if q < 0:
                break
            doc = self.docs[q]
            end = document.i if q == p else len(doc)
            for t in reversed(doc[max(0, end - _DOCUMENT_LOOKBACK) : end]):
                if t.pos_ == "VERB" and t.lemma_.lower() == verb_lemma and t.i not in self.in_quote[q]:
                    subject = next((c for c in t.children if c.dep_ == "nsubj"), None)
                    return (q, subject) if subject is not None and subject.i not in self.in_quote[q] else None
        return None

    def _named_in_its_sentence(self, m: Mention, source: tuple[int, int]) -> bool:
        """Whether ``m`` is named in the sentence that introduces an unnamed source kept anonymous ("A former
        teammate who did not want to be named recalled 2017, when Tipene criticised the selectors"): the one the
        source talks of, not the source."""
        q, k = source
        noun = self.docs[q][k]
        return m.paragraph == q and self.docs[q][m.start].sent.start == noun.sent.start and kept_anonymous(noun)

    def owned_by_person(self, p: int, tok: Token) -> str | None:
        """ "Her office said": the office of the person "her" stands for, named ("Rosa Delgado's office"), so a
        reader of the quote alone knows whose; None when "his"/"her" is not resolved or the noun has other words."""
        if tok.lower_ not in _OWNED_BODIES:
            return None  # "his wife", "her eyes": a person or a thing of theirs, not a body speaking for them
        owner = next((c for c in tok.children if c.dep_ == "poss"), None)
        if owner is None or len(list(tok.children)) != 1:
            return None
        named = self.person_for_pronoun(p, owner.i)
        return f"{named.speaker}'s {tok.text}" if named is not None else None

    def person_for_pronoun(self, p: int, i: int) -> Attribution | None:
        """The named person (with role) a he/him/his or she/her at token ``i`` of paragraph ``p`` stands for, as a
        he/she there would be resolved; None for any other word or when no one fits."""
        gender = PRONOUN_GENDER.get(self.docs[p][i].lower_)
        if gender is None:
            return None
        m = self.people.resolve_pronoun(p, i, "he" if gender == "m" else "she")
        if m is None:
            return None
        name, role, _ = self.people.person(m.tokens, m.position)
        return Attribution(speaker=name, role=role)

    def _name_ending_role_phrase(self, p: int, tok: Token) -> Mention | None:
        """ "China's ambassador to Britain Liu Xiaoming has said": the name a role phrase ends with."""
        edge = tok.right_edge
        named = self.people.mention_at(p, edge.i)
        if named is None or named.end != edge.i + 1 or named.start <= tok.i + 1:
            return None
        doc = self.docs[p]
        k = named.start - 1
        while k > tok.i + 1 and doc[k].lower_.rstrip(".") in TITLE_WORDS:
            k -= 1  # "co-founder and CEO Anil Raghunathan": the titles of the name are the phrase's own
        before = doc[k]
        # not "a spokesman for Bernie Sanders" or "press secretary to President Bush": whose post it is
        # nor "a committee member who supports Trump": a name in a clause of the phrase is someone else
        if (
            before.pos_ != "ADP"
            and before.lower_.rstrip(".") not in TITLE_WORDS
            and before.ent_type_ != "PERSON"
            and not any(t.pos_ in {"VERB", "AUX"} for t in self.docs[p][tok.i + 1 : named.start])
        ):
            return named
        return None

    def _name_hung_on_role_word(self, p: int, noun: Token) -> Mention | None:
        """The name right after a role word that the parser hung on it as a subject or object ("commuter Tomas
        Lindqvist, 52, said", with "Lindqvist" under "commuter"): the one the role word describes."""
        for child in noun.children:
            if child.dep_ in {"nsubj", "npadvmod", "dobj"} and child.i > noun.i:
                named = self.people.mention_at(p, child.i)
                if named is not None and named.start == noun.i + 1:
                    return named
        return None

    def apposed_name(self, p: int, tok: Token) -> Mention | None:
        """The name in apposition after a title used as the subject: "the Duke of York, Prince Andrew, said"
        is Prince Andrew (the title is his role), not a person called "Duke"."""
        if tok.lower_ not in _TITLES_AND_ROLES or not tok.text[:1].isupper():
            return None
        for child in tok.children:
            if child.dep_ == "appos" and child.i > tok.i and child.pos_ == "PROPN" and child.i not in self.in_quote[p]:
                return self.people.mention_at(p, child.i) or self.name_mention(p, child)
        return None

    def name_after_cut_title(self, p: int, tok: Token) -> Mention | None:
        """The name after an abbreviated title: in "said Navy Capt. Jeff Davis" the parser may see "Capt." as the
        subject and "Jeff Davis" as a new sentence, the period read as a sentence's end; the speaker is the
        name the title stands in front of, not a person called "Capt"."""
        doc = self.docs[p]
        # the period is its own token, or (for the abbreviations ``bot.nlp`` teaches the tokenizer) part of the title
        dot = tok.i if tok.text.endswith(".") else tok.i + 1
        if (
            tok.lower_ not in TITLE_WORDS
            or not tok.text[:1].isupper()
            or dot + 1 >= len(doc)
            or doc[dot].text[-1:] != "."
            or (dot != tok.i and tok.whitespace_)
        ):
            return None
        run: list[Token] = []
        for t in doc[dot + 1 : dot + 1 + _MAX_NAME_AFTER_TITLE + 1]:
            if t.i in self.in_quote[p] or not (t.pos_ == "PROPN" or t.ent_type_ == "PERSON" or t.is_title):
                break
            if not t.text.rstrip(".").isalpha():
                break
            run.append(t)
        if not run or len(run) > _MAX_NAME_AFTER_TITLE or run[0].lower_ in TITLE_WORDS:
            return None
        span = doc[run[0].i : run[-1].i + 1]
        if not any(t.ent_type_ == "PERSON" for t in span) and len(span) < 2:
            return None  # one capitalised word after "Gen." may be anything; a name there is tagged or has two words
        return self.people.mention_at(p, run[0].i) or self.people.add(p, span, force=True)

    def name_closing_quantifier(self, p: int, tok: Token) -> Mention | None:
        """The name set off by commas at the end of a subject that is a quantifier with no name of its own: "One of
        Grayson's supporters who backs Randolph, former Rep. Pat Schroeder, wrote" is Pat Schroeder (the parser
        often hangs the apposition on the nearest noun, not on "One")."""
        if tok.lower_ not in {"one", "another"} or tok.dep_ != "nsubj":
            return None
        if not any(c.lower_ == "of" for c in tok.children):
            return None
        doc = self.docs[p]
        verb = tok.head
        end = verb.i - 1
        while end > tok.i and doc[end].pos_ in {"ADV", "AUX"}:
            end -= 1  # "..., Pat Schroeder, also wrote"
        if end <= tok.i + 2 or doc[end].text != "," or doc[end - 1].pos_ != "PROPN":
            return None
        name = doc[end - 1]
        k = end - 1
        while k > tok.i and doc[k].text != "," and end - k <= 8:
            if doc[k].pos_ not in {"PROPN", "ADJ", "NOUN", "DET", "PUNCT"} or k in self.in_quote[p]:
                return None  # only a name with its title between the commas
            k -= 1
        if doc[k].text != "," or name.ent_type_ != "PERSON":
            return None
        return self.people.mention_at(p, name.i) or self.name_mention(p, name)

    def _apposed_mention(self, p: int, tok: Token) -> Mention | None:
        """ "the city's mayor, Jane Doe," -> the apposed name; "His business partner at Lenox, Lawrence Cummings," ->
        the person's name the parser hung on the phrase's last noun."""
        for child in [*tok.children, *_apposed_person_in_phrase(tok)]:
            if child.dep_ == "appos":
                m = self.people.mention_at(p, child.i) or (
                    self.name_mention(p, child) if child.pos_ == "PROPN" else None
                )
                if m is not None:
                    return m
        return None

    def _subject_of_sentence_before(self, p: int, tok: Token) -> tuple[int, Token] | None:
        """(paragraph, subject) of the main verb of the sentence before ``tok``'s (passing over a quote's
        sentences), when it has one outside quotes; None otherwise."""
        before = sentence_before(self.docs, self.in_quote, p, tok.sent.start)
        if before is None:
            return None
        q, sent = before
        subject = next((t for t in sent.root.children if t.dep_ in {"nsubj", "nsubjpass"}), None)
        return None if subject is None or subject.i in self.in_quote[q] else (q, subject)

    def people_just_before(self, p: int, tok: Token) -> str | None:
        """ "Tom and Sheila Brandt, who have lived there for 26 years, left ... / "A," they said": the people
        coordinated as the subject of the sentence before, as written; None unless each is a person's name."""
        found = self._subject_of_sentence_before(p, tok)
        if found is None or found[1].pos_ != "PROPN":
            return None
        q, subject = found
        joined = [c for c in subject.children if c.dep_ == "conj" and c.pos_ == "PROPN"]
        if not joined or not any(g.dep_ == "cc" and g.lower_ in {"and", "&"} for g in subject.children):
            return None
        if not all(self._a_persons_name(q, t) for t in (subject, *joined)):
            return None
        first = min([subject.i, *(t.i for t in subject.lefts if t.dep_ == "compound")])
        return self.docs[q][first : joined[-1].i + 1].text

    def _a_persons_name(self, p: int, tok: Token) -> bool:
        """Whether a name word is a person's: a known person's mention, or a given name ("Tom" in "Tom and Sheila
        Brandt")."""
        m = self.people.mention_at(p, tok.i)
        if m is not None:
            return True
        return tok.lower_ in MALE_NAMES or tok.lower_ in FEMALE_NAMES or tok.ent_type_ == "PERSON"

    def conjoined_names(self, p: int, tok: Token, *, exclude: str) -> list[str]:
        """Names coordinated with the subject ``tok`` ("Smith and Jones said"), as fullest names."""
        out: list[str] = []
        for c in tok.children:
            if c.dep_ != "conj" or c.pos_ != "PROPN" or c.i in self.in_quote[p]:
                continue
            if not any(g.dep_ == "cc" and g.lower_ in {"and", "&"} for g in tok.children) and not any(
                g.dep_ == "cc" and g.lower_ in {"and", "&"} for g in c.children
            ):
                continue
            m = self.people.mention_at(p, c.i) or self.name_mention(p, c)
            if m is None:
                continue
            name, _, _ = self.people.person(m.tokens, m.position)
            if name != exclude and name not in out:
                out.append(name)
        return out

    def name_mention(self, p: int, tok: Token) -> Mention | None:
        """Register the proper-name run headed by ``tok`` as a person mention if it looks like a person."""
        doc = self.docs[p]
        sub = sorted(t.i for t in _outside_clauses(tok) if t.dep_ not in _DROP_CHILD_DEPS or t.i == tok.i)
        # the last run of proper nouns in the subtree that reaches ``tok``'s side of it
        runs: list[list[int]] = []
        for i in sub:
            t = doc[i]
            capitalised = t.text[:1].isupper() and t.pos_ not in {"DET", "NUM"} and not t.like_num  # not "Six in 10"
            # a lower-case "proper noun" is a name's particle inside it ("Ludwig van Beethoven"), never a name of its
            # own: "her sister and caddie, Brittany," had "caddie" tagged a person
            following = doc[i + 1] if i + 1 < len(doc) else None
            particle = (
                t.pos_ == "PROPN"
                and bool(runs)
                and runs[-1][-1] == i - 1
                and following is not None
                and following.text[:1].isupper()
            )
            if (capitalised or particle or (t.pos_ == "PROPN" and not t.is_alpha)) and i not in self.in_quote[p]:
                if runs and (
                    runs[-1][-1] == i - 1
                    or (runs[-1][-1] == i - 2 and hyphen_glued(doc[i - 2], t))
                    or (runs[-1][-1] == i - 2 and _plural_possessive_in_a_name(doc[i - 2], doc[i - 1]))
                ):
                    runs[-1].append(i)  # "Olsen-Smith": the hyphen between the halves does not end the run
                else:
                    runs.append([i])

        def title_only(r: list[int]) -> bool:
            if (
                self.people.has_last_name(doc[r[-1]].lower_)
                and doc[r[-1]].text[:1].isupper()
                and (r[0] == 0 or doc[r[0] - 1].lower_ not in {"the", "a", "an"})  # "the King" is a title
            ):
                return False  # "King said", "said Chief King" after "Chief Wilfred King": a surname that is a title
            return all(doc[i].lower_ in TITLE_WORDS or doc[i].pos_ == "ADJ" or doc[i].ent_type_ == "NORP" for i in r)

        personal = [r for r in runs if any(doc[i].ent_type_ == "PERSON" for i in r)]
        own = [r for r in runs if tok.i in r and not title_only(r)]
        if own and not any(doc[i].ent_type_ == "PERSON" for i in own[0]) and personal:
            own = personal[-1:]
        runs = own or [r for r in runs if not title_only(r)][-1:]
        if not runs:
            return None
        run = runs[-1]
        run_before = set(run)
        while len(run) > 2 and doc[run[0]].lower_ in ROLE_NOUNS and doc[run[0]].ent_type_ != "PERSON":
            run = run[1:]  # "Defenceman Morgan Rielly", the name tagged an organisation: the role word is no name's
        span = doc[run[0] : run[-1] + 1]
        if span[-1].lower_ in INSTITUTION_WORDS:
            return None  # "the State Department": an organisation
        ent_labels = {t.ent_type_ for t in span if t.ent_type_}
        words = [w.lower() for w in name_text([t for t in span if not t.is_punct])]
        if not words:
            return None  # "Brandon, Man., was ...": the parser made the abbreviation's full stop a name of its own
        looks_person = (
            "PERSON" in ent_labels
            or words[0] in MALE_NAMES
            or words[0] in FEMALE_NAMES
            or any(w in INSTITUTION_WORDS for w in words[:-1])
            or self.people.has_last_name(words[-1])
            or (len(words) == 1 and self.people.named_in_full_unrecognised(words[0]))
            or (span.start > 0 and doc[span.start - 1].lower_.rstrip(".") in HONORIFICS)
            or (len(span) > 1 and span[0].lower_.rstrip(".") in HONORIFICS)  # "Khun Pimchanok", tagged an organisation
            # "said neighbour Olu Adeyemi": a noun for a person right before the name
            or (span.start > 0 and doc[span.start - 1].pos_ == "NOUN" and is_role_noun(doc[span.start - 1].lower_))
            or (span.start > 0 and doc[span.start - 1].lower_ in ROLE_NOUNS and span.start - 1 in run_before)
            # "said Venkataramana, 66, pouring tea": tagged an organisation
            or age_between_commas(doc, span.end, closing=_AGE_CLOSINGS)
        )
        if not looks_person and (ent_labels & ORG_LABELS or span.text.isupper()):
            return None
        return self.people.add(p, span, force=True)

    def np_text(self, p: int, tok: Token) -> str:
        """The noun phrase headed by ``tok`` as written, without relative clauses or appositions."""
        return noun_phrase_as_written(tok, self.in_quote[p])

    def _named_subject_before(self, p: int, tok: Token) -> tuple[int, Span, Token] | None:
        """(paragraph, sentence, subject) of the sentence before ``tok``'s (passing over a quote's sentences) when
        its main verb's subject is a name outside quotes ("Bellwood did not respond."); None otherwise."""
        before = sentence_before(self.docs, self.in_quote, p, tok.sent.start)
        if before is None:
            return None
        q, sent = before
        subject = next((c for c in sent.root.children if c.dep_ == "nsubj"), None)
        if subject is None or subject.pos_ != "PROPN" or subject.i in self.in_quote[q]:
            return None
        return q, sent, subject

    def _firm_just_before(self, p: int, tok: Token) -> str | None:
        """The organisation named as the subject of the sentence before "the company" (passing over the sentences
        of a quote; the previous paragraph's last for a paragraph's first): the company the description goes on
        with, as a person's description goes on with the person."""
        found = self._named_subject_before(p, tok)
        if found is None:
            return None
        q, sent, subject = found
        # an organisation, or a name the recogniser left unlabelled ("EDF"), which is no person's full name
        named = self.people.mention_at(q, subject.i)
        if subject.ent_type_ not in {"ORG", ""} or (named is not None and len(named.tokens) > 1):
            return None
        ent = next((e for e in sent.ents if e.start <= subject.i < e.end), None)
        if ent is not None:
            return ent.text
        first = min((c.i for c in subject.children if c.dep_ == "compound" and c.i < subject.i), default=subject.i)
        return self.docs[q][first : subject.i + 1].text

    def institution_subject(self, p: int, pronoun: Token) -> str | None:
        """The institution that is the subject of the pronoun's own sentence, before it: "Ruiz's campaign is
        contrasting her plan with what they call Gill's "selfish message"" is the campaign's word."""
        root = pronoun.sent.root
        subject = next((c for c in root.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if subject is None or subject.i >= pronoun.i or subject.i in self.in_quote[p]:
            return None
        if subject.pos_ != "NOUN" or not subject.is_lower or subject.lower_ not in INSTITUTION_WORDS:
            return None
        return self.np_text(p, subject)

    def another_of_the_one(self, p: int, another: Token) -> str | None:
        """ "Another said ..." after "one user wrote": another user, named by the noun "one" counted (the nearest,
        in this paragraph before it or the two before); None when no one was counted so ("Another" alone tells a
        reader nothing)."""
        for q in range(p, max(-1, p - 3), -1):
            doc = self.docs[q]
            end = another.i if q == p else len(doc)
            for k in range(end - 1, max(-1, end - _ONE_BACK) - 1, -1):
                if _counts_one_person(doc[k]) and k not in self.in_quote[q]:
                    return f"{another.text} {doc[k].head.text}"
        return None

    def nearest_org(self, p: int, i: int) -> str | None:
        for q in range(p, max(-1, p - 3), -1):
            ents = [e for e in self.docs[q].ents if e.label_ == "ORG" and e.start not in self.in_quote[q]]
            if q == p:
                ents = [e for e in ents if e.end <= i]
            if ents:
                return _owned_thing(ents[-1])
        return None


def described_role(description: str) -> str | None:
    """The role a definite description states ("the 29-year-old actor" -> "actor", "the study's senior author"
    -> "study's senior author"), for a person the article gives no other; None for an age alone."""
    words = [w for w in description.split() if not (w.endswith("-year-old") and w[: -len("-year-old")].isdigit())]
    if words and words[0].lower() in {"the", "this"}:
        words = words[1:]
    return " ".join(words) or None


def _aside(child: Token) -> bool:
    """Whether a noun's child says how or when it spoke, not who it is: "The Authority, in a statement yesterday
    afternoon, said" (the parser may hang both on the subject)."""
    if child.dep_ == "npadvmod" and child.ent_type_ in {"DATE", "TIME"}:
        return child.i > child.head.i  # not the "23-year" of "the 23-year-old"
    set_off = child.i > 0 and child.doc[child.i - 1].text == ","  # not "a narrator in the Clinton ad"
    return child.dep_ == "prep" and set_off and any(g.dep_ == "pobj" and g.lower_ in _WRITINGS for g in child.children)


def noun_phrase_as_written(tok: Token, in_quote: set[int]) -> str:
    """The noun phrase headed by ``tok`` as written (``in_quote``: its paragraph's quoted tokens, left out), without
    relative clauses or appositions other than a short one saying which ("A woman who lives across 14th Street")."""
    doc = tok.doc
    keep = [tok.i]
    stack = [tok]
    while stack:
        t = stack.pop()
        for c in t.children:
            dropped = c.dep_ in _DROP_CHILD_DEPS and not says_which(tok, c, in_quote)
            # "accused by the party's housing spokesman of presiding over ...": what he accused her of, no part of him
            doing = c.dep_ == "prep" and any(g.tag_ == "VBG" and g.dep_ in {"pobj", "pcomp"} for g in c.children)
            if dropped or doing or _aside(c) or c.i in in_quote:
                continue
            keep.append(c.i)
            stack.append(c)
    lo, hi = min(keep), max(keep)
    if an_age(tok) and lo > 0 and doc[lo - 1].lower_ in {"the", "this"}:
        lo -= 1  # "the 24-year-old added": the parser hung "the" on the verb
    # keep it contiguous and short
    if hi - lo > 12:
        lo, hi = max(lo, tok.i - 6), min(hi, tok.i + 4)
    span = doc[lo : hi + 1]
    while len(span) > 1 and (span[-1].is_punct or span[-1].text in {"'s", "’s"}):
        span = span[:-1]
    while len(span) > 1 and (span[0].is_punct or span[0].lower_ in _FOCUS_ADVERBS):
        span = span[1:]  # "even a top strategist said": the writer's emphasis, not the source's words
    opening = [t.i for t in span[1:] if t.text in _CAPITAL_ARTICLES and t.i < tok.i]
    if opening:
        # "Share Pinterest Email Print A veteran jail guard": page furniture glued before the sentence
        span = doc[opening[-1] : span.end]
    return span.text
