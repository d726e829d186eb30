"""Who is mentioned in an article: person names, their fullest form, gender cues and roles.

Speakers are named many ways in one story ("Russian Ambassador to the United
States Anatoly Antonov", "Antonov", "the ambassador", "he"); this registry is
what lets every one of those point back to the same person, with the role the
article gave them once.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from bot.nlp import PLACE_ABBREVIATIONS
from bot.quotes.lexicon import (
    BUSINESS_WORDS,
    DASHES,
    DEMONYM_NOUNS,
    DOCUMENT_NOUNS,
    FEMALE_NAMES,
    FEMALE_WORDS,
    GROUP_NOUNS,
    HONORIFICS,
    INSTITUTION_WORDS,
    MALE_NAMES,
    MALE_WORDS,
    NOT_PERSONS,
    ORIGIN_SUFFIXES,
    PEOPLE_NOUNS,
    PERSON_NOUNS,
    POSSESSIVE_ENDINGS,
    POSSESSIVE_MARKS,
    PRONOUN_GENDER,
    PROVINCES_AND_STATES,
    ROLE_NOUNS,
    ROLE_VERBS,
    ROYAL_TITLES,
    SPEECH_VERBS,
    TEAM_WORDS,
    TITLE_WORDS,
    TITLES_AND_PERSON_NOUNS,
    TITLES_AND_ROLE_NOUNS,
    TITLES_OF_ANY_KIND,
    UNNAMED_SOURCE_NOUNS,
    US_STATE_ABBREVIATIONS,
    expand_titles,
    is_person_noun,
    is_role_noun,
)

__all__ = [
    "PARTY_WORDS",
    "PAST_WORDS",
    "REPLY_VERBS",
    "SINGLE_GROUP_NOUNS",
    "Mention",
    "People",
    "age_between_commas",
    "an_age",
    "clean_name_tokens",
    "description_names_role",
    "ends_with_question_mark",
    "entity_around",
    "hyphen_glued",
    "name_after_role_taken_for_verb",
    "name_text",
    "name_words",
    "parties_differ",
    "parties_named",
    "reported_by_a_named_other",
    "role_words",
    "standalone_dash",
    "unquoted",
]

#: How many earlier sentences (holding a name or a subject pronoun) a pronoun's antecedent is looked for in.
_MAX_SENTENCES_BACK = 60
#: How many mentions before "the <noun>" are searched for the person given that role (about a long article's worth).
_DESCRIPTION_LOOKBACK = 300
#: How many candidates of one sentence (the nearest ones before the pronoun) are considered.
_MAX_PER_SENTENCE = 50
#: How many different names sharing a word are weighed as the fuller form of a name (the first written): news
#: names a handful of Smiths; a page naming thousands of different "… Smith"s made every lookup quadratic
_MAX_NAME_FORMS = 100
#: Plural nouns for members of one family, which a surname before them names together ("the Madigan brothers").
_FAMILY_GROUPS = frozenset(["brothers", "sisters", "siblings", "twins", "cousins", "family", "families", "clan"])
#: How many heads up from a description ``reported_by_a_named_other`` climbs to the clause a speech verb reports.
_REPORTED_DEPTH = 6
_POSSESSIVE = POSSESSIVE_MARKS
_ROLE_JOINERS = {"of", "to", "for", "the", "and", "&", "-", "'s", "’s", "on", "at"}
_ROMAN = re.compile(r"[IVX]+")
#: Role nouns a company or body takes too ("Northwind, the developer,"): no sign that a name tagged an
#: organisation is a person's.
_ROLES_OF_BODIES = frozenset(
    [
        *("developer", "producer", "operator", "owner", "contractor", "supplier", "sponsor", "host"),
        *("organiser", "organizer"),
    ]
)
#: An initial before a name ("K. Venkataramana"), as South Indian and other names are written.
_AN_INITIAL = re.compile(r"[A-Z]\.")
#: verbs that put a question to their object; the object, not the asker, is who answers next
_QUESTION_VERBS = {"ask", "question", "press", "quiz"}
_QUESTION_WORDS = {"whether", "if", "what", "why", "how", "who", "when", "where", "which"}


#: Nouns for one of many people that, given before or beside a name, say what the person is: "Legal expert Dana
#: Price", "Jo Hall, a volunteer," -- so that "the expert said" later finds her.
SINGLE_GROUP_NOUNS = frozenset(
    ["expert", "critic", "witness", "voter", "supporter", "protester", "volunteer", "staffer"]
)
_ROLE_HEADS = TITLE_WORDS | PERSON_NOUNS | SINGLE_GROUP_NOUNS
#: Words never a given name glued before a tagged name ("Billie" in "Billie Jean King" is; "Senator" is not).
_NOT_GIVEN_NAMES = TITLE_WORDS | HONORIFICS | ROLE_NOUNS | ROYAL_TITLES
#: Words that end an institution's name or are a title: never a surname glued after a tagged name.
_INSTITUTIONS_AND_TITLES = INSTITUTION_WORDS | TITLE_WORDS


#: How many tokens before a he/she attributing a quote are read for the names the quote talks about.
_QUOTE_WINDOW = 80


@dataclass
class Mention:
    """One occurrence of a person's name outside quotation marks."""

    paragraph: int
    start: int  # token index of the first name token
    end: int  # token index after the last name token
    tokens: tuple[str, ...]  # the name without titles or possessive
    role: str | None = None
    gender: str | None = None  # "m" / "f" from an honorific or gendered title next to the name
    subject: bool = False
    #: 0: subject of the sentence's main verb or of a speech verb; 1: other subject; 2: anything else
    salience: int = 2
    sentence: int = 0  # index of the sentence start token, to group mentions by sentence
    #: the person a question was put to ("X asked Sanders whether ..."): the one a following "he said" answers for
    asked: bool = False
    #: a name the parser made the root of its sentence ("Rep. Devin Nunes (R-Calif.), chairman ..., didn't ...")
    #: stands where the subject does: a reader takes it as the subject
    sentence_root: bool = False
    #: a name that modifies another person's role ("Fianna Fáil councillor Deirdre Coughlan", "Trump adviser Kellyanne
    #: Conway"): the sentence is about the person the role belongs to
    modifier: bool = False

    @property
    def pronoun_rank(self) -> int:
        """Order among a sentence's candidates for a he/she: the one asked, subjects, a name as root, the rest, and
        last a name that only modifies someone else's role."""
        if self.asked:
            return -1
        if self.modifier:
            return 3
        if self.salience == 2 and self.sentence_root:
            return 1
        return self.salience

    @property
    def last(self) -> str:
        return self.tokens[-1].lower()

    @property
    def position(self) -> tuple[int, int]:
        return (self.paragraph, self.start)


@dataclass
class _Person:
    name: tuple[str, ...]
    role: str | None = None
    gender_votes: list[str] = field(default_factory=list)


def _one_organisation(tokens: Sequence[Token]) -> bool:
    """Whether ``tokens``, an institution word and the one word after it, lie inside one organisation the recogniser
    tagged ("Network International", "School League"): words of its name, not a person named after it, who has two
    words at least ("Ambassador to the United States Anatoly Antonov", tagged one organisation, is cut)."""
    return (
        len(tokens) == 2
        and all(t.ent_type_ == "ORG" for t in tokens)
        and tokens[1].ent_iob_ == "I"
        and tokens[1].lower_ not in _GIVEN_NAMES
    )


def clean_name_tokens(tokens: Sequence[Token]) -> tuple[list[Token], list[Token]]:
    """Split a name run into (title tokens, name tokens): drop determiners and possessives, cut at institutions.

    "the United States Anatoly Antonov" -> ([], [Anatoly, Antonov]); "Judge Helen Park" -> ([Judge], [Helen, Park]).
    """
    tokens = _before_an_owners_of(tokens)
    toks = [t for t in tokens if t.text not in _POSSESSIVE and not t.is_punct]
    while toks and toks[0].lower_ in {"the", "a", "an"}:
        toks = toks[1:]
    while len(toks) > 1 and toks[0].tag_ in {"VBG", "VBD", "VBN"}:  # "Telling Jeb Bush ...": a verb, no name
        toks = toks[1:]
    while toks and (toks[-1].is_punct or toks[-1].text in _POSSESSIVE):
        toks = toks[:-1]
    while len(toks) > 1 and toks[-1].is_alpha and toks[-1].is_lower and not _after_glued_hyphen(toks[-1]):
        toks = toks[:-1]  # "Anna made Tessa cry" tagged "Tessa cry": no name ends with a lower-case word
    if len(toks) > 2 and toks[-1].lower_.rstrip(".") in _GENERATIONS:
        toks = toks[:-1]  # "James P. Kennedy Jr." is the "Kennedy" who speaks later: the surname ends the name
    # cut after the last institution word ("Ambassador to the United States Anatoly Antonov")
    for k in range(len(toks) - 1, -1, -1):
        if toks[k].lower_ in INSTITUTION_WORDS and k < len(toks) - 1:
            if not _one_organisation(toks[k:]):  # "Climate Action Network International": the whole name
                toks = toks[k + 1 :]
            break
    # "Ambassador to Canada Ingrid Solberg": a place after the role's "to"/"of"/"for" is the role's, not the name's
    # "Minister for Agriculture Martin Heydon": a portfolio before a known given name is the role's too
    while (
        len(toks) > 2
        and (toks[0].ent_type_ in {"GPE", "LOC", "NORP", "ORG", "FAC"} or toks[1].lower_ in _GIVEN_NAMES)
        and toks[0].i > 0
        and toks[0].doc[toks[0].i - 1].lower_ in {"to", "of", "for"}
    ):
        toks = toks[1:]
    titles: list[Token] = []
    # "Browns DL Sheldon Richardson", "Labour MP Ann Boyd" tagged as one name: what runs to a role abbreviation
    # in capitals is the role (no name has a word like that)
    for k in range(len(toks) - 2, -1, -1):
        # "U.S. Attorney James Kennedy": a title inside the run, two name words after it and no given name before
        title_inside = (
            0 < k <= len(toks) - 3 and toks[k].lower_.rstrip(".") in TITLE_WORDS and toks[0].lower_ not in _GIVEN_NAMES
        )
        if _role_abbreviation(toks[k]) or title_inside:
            titles, toks = toks[: k + 1], toks[k + 1 :]
            break
    while len(toks) > 1 and _opens_with_title(toks):
        titles.append(toks[0])
        toks = toks[1:]
    words = name_words(toks)
    if len(words) > 4:  # a run that long is not one person's name: keep the last two words
        toks = [t for word in words[-2:] for t in word]
    return titles, toks


def _before_an_owners_of(tokens: Sequence[Token]) -> Sequence[Token]:
    """The run up to an "of" whose object ends with a possessive: "convicted Ledger of Amy's manslaughter", tagged
    "Ledger of Amy's", names Ledger (and Amy, as someone's)."""
    if not tokens:
        return tokens
    doc, last = tokens[-1].doc, tokens[-1].i
    if not (_owns_a_common_noun(doc, last) or _owns_a_common_noun(doc, last + 1)):
        return tokens
    for k, t in enumerate(tokens):
        if k and t.lower_ == "of":
            return tokens[:k]
    return tokens


def _owns_a_common_noun(doc: Doc, k: int) -> bool:
    """Whether token ``k`` is a possessive ending followed by a lower-case word: "Amy's manslaughter", not a title
    such as "Mister Rogers' Neighborhood"."""
    return k + 1 < len(doc) and doc[k].text in _POSSESSIVE and doc[k + 1].is_lower and doc[k + 1].is_alpha


def _after_glued_hyphen(tok: Token) -> bool:
    """Whether ``tok`` is the part after a hyphen inside one word ("moon" in "Ban Ki-moon")."""
    return tok.i >= 2 and hyphen_glued(tok.doc[tok.i - 2], tok)


def _role_abbreviation(tok: Token) -> bool:
    """ "MP", "DL", "CEO": a role written as an abbreviation in capitals."""
    text = tok.text.rstrip(".")
    return len(text) > 1 and text.isupper() and text.isalpha() and (text.lower() in TITLES_AND_ROLE_NOUNS)


#: Small words a title in title case capitalises ("Salt In The Wound", "Gone With The Wind") and names never do.
_TITLE_CASE_LINKS = frozenset(["In", "The", "And", "For", "At", "With", "Of", "Is", "My", "Your"])
#: Generational suffixes after a surname ("Jr.", "III").
_GENERATIONS = frozenset(["jr", "sr", "ii", "iii", "iv"])


#: The marks that join the halves of a hyphenated name.
_HYPHENS = frozenset(["-", "‐"])


def hyphen_glued(left: Token, right: Token) -> bool:
    """Whether ``left`` and ``right`` are the two halves of one hyphenated word ("Anne-Marie", "Olsen-Smith"):
    a hyphen between them with no space on either side."""
    doc = left.doc
    k = left.i + 1
    return (
        right.i == k + 1
        and doc[k].text in _HYPHENS
        and not left.whitespace_
        and not doc[k].whitespace_
        and left.is_alpha
        and right.is_alpha
    )


def name_words(toks: Sequence[Token]) -> list[list[Token]]:
    """The tokens of a cleaned name run grouped into the words a reader sees: the parser splits "Anne-Marie" into
    three tokens and the hyphen is dropped with the punctuation, so its halves are joined again here."""
    words: list[list[Token]] = []
    for t in toks:
        if words and hyphen_glued(words[-1][-1], t):
            words[-1].append(t)
        else:
            words.append([t])
    return words


def name_text(toks: Sequence[Token]) -> tuple[str, ...]:
    """The words of a name as printed ("Anne-Marie", "Fortin"), hyphens kept."""
    return tuple("-".join(t.text for t in word) for word in name_words(toks))


def _without_article(ent: Span) -> str:
    """An organisation's name without the article opening it ("the Workers' Union" -> "Workers' Union")."""
    return (ent[1:] if ent[0].lower_ == "the" else ent).text


def entity_around(tok: Token) -> Span | None:
    """The named entity ``tok`` is part of, found from the token's own tags (bounded, unlike a scan of
    ``doc.ents``), or None."""
    if not tok.ent_type_:
        return None
    doc, start, end = tok.doc, tok.i, tok.i + 1
    while start > 0 and doc[start].ent_iob_ == "I" and tok.i - start < _MAX_AFFILIATION:
        start -= 1
    while end < len(doc) and doc[end].ent_iob_ == "I" and end - tok.i < _MAX_AFFILIATION:
        end += 1
    return doc[start:end]


def _title_first(role: str | None) -> str | None:
    """A whole role before an abbreviated title reads after it: "Democratic presidential candidate Sen." (from
    "... candidate Sen. Bernie Sanders") -> "Sen., Democratic presidential candidate"; "former Gov." stays."""
    words = (role or "").split()
    if len(words) < 3 or words[-1].lower().rstrip(".") not in TITLE_WORDS:
        return role  # "Republican Sen.", "rival Sen.": a word and its title read as written
    before = words[-2].lower()
    if not words[-1].endswith("."):
        # "Tenbury Town Council chairman Councillor" -> "Councillor, Tenbury Town Council chairman": a written-out
        # title of address after a lower-case post; "Police Commissioner", "ACLU executive Director" read as written
        post = words[-2].islower() and before in ROLE_NOUNS and words[-1] in _TITLES_OF_ADDRESS
        return f"{words[-1]}, {' '.join(words[:-1])}" if post else role
    if before.endswith(".") or before in PARTY_WORDS or before in _TITLE_MODIFIERS:
        return role  # "Texas Lt. Gov.", "committee ranking Democrat Sen."
    if before in ROLE_NOUNS or before in TITLE_WORDS:
        return f"{words[-1]}, {' '.join(words[:-1])}"
    return role


#: Written-out titles used in addressing the person, never the end of a post's own name ("executive Director").
_TITLES_OF_ADDRESS = frozenset(
    [
        *("Councillor", "Cllr", "Senator", "Representative", "Congressman", "Congresswoman", "Professor", "Dr"),
        *("Judge", "Captain", "Sergeant", "Detective", "Inspector", "Constable", "Alderman", "Reverend", "Rabbi"),
        "Pastor",
    ]
)
#: Title words that only modify the title after them ("former Mayor", "acting Governor").
_TITLE_MODIFIERS = frozenset(["acting", "former", "then", "vice", "deputy", "chief"])
#: Words that are never a role on their own, only before one ("deputy" and "chief" can be: "the mayor's deputy").
_BARE_MODIFIERS = frozenset(["acting", "current", "former", "then", "vice"])


def _aged_name_end(doc: Doc, i: int) -> int | None:
    """The end of a two- or three-word capitalised name starting at ``i`` that an age follows between commas
    ("Ewan Baird, 29, and ..."), or None."""
    end = i + 1
    while end < len(doc) and _name_piece(doc[end]) and end - i < 3 + _hyphens(doc[i:end]):
        end += 1
    return end if end - i >= 2 and age_between_commas(doc, end) else None


def age_between_commas(doc: Doc, end: int, *, closing: frozenset[str] = frozenset([","]), at_end: bool = False) -> bool:
    """Whether an age follows token ``end - 1`` set off by a comma and a ``closing`` mark ("Ewan Baird, 29, and"),
    or, with ``at_end``, by the paragraph's end ("said Bell, 52"): said of people only."""
    if end + 1 >= len(doc) or doc[end].text != ",":
        return False
    ends_here = end + 2 == len(doc)
    if not (ends_here and at_end) and (ends_here or doc[end + 2].text not in closing):
        return False
    age = doc[end + 1]
    return age.text.isdigit() and len(age.text) <= 3


#: What may close an age after a surname ("said Bell, 52." or "Bell, 52, said").
_AGE_ENDS = frozenset([",", ".", ";"])


def _age_after(doc: Doc, end: int) -> str | None:
    """The age set off by commas after token ``end - 1`` ("Bell, 52, said" or "said Bell, 52."), else None."""
    return doc[end + 1].text if age_between_commas(doc, end, closing=_AGE_ENDS, at_end=True) else None


def _name_before_who_end(doc: Doc, i: int) -> int | None:
    """The end of a two- or three-word capitalised name starting at ``i`` that a relative "who" follows ("Jamal
    Ruston, who plays the ranch hand,", tagged a place): "who" is said of people; None for anything else, and for
    a body's or a place's name ("The Acme Group, who", "New Hope, who")."""
    end = i + 1
    while end < len(doc) and _name_piece(doc[end]) and end - i < 3 + _hyphens(doc[i:end]):
        end += 1
    if end - i < 2 or end + 1 >= len(doc) or doc[end].text != "," or doc[end + 1].lower_ != "who":
        return None
    run = doc[i:end]
    if (i > 0 and doc[i - 1].lower_ in {"the", "a", "an"}) or doc[i].lower_ in _PLACE_OPENERS:
        return None
    if any(t.lower_ in INSTITUTION_WORDS or t.ent_type_ in {"NORP", "ORG", "FAC", "DATE"} for t in run):
        return None
    who = doc[end + 1]
    return end if who.head.dep_ == "relcl" and who.head.head.i in range(i, end) else None


def _with_given_name(ent: Span) -> Span:
    """A name entity with the capitalised given name the recogniser left out before it ("Gwen" in "Gwen Parry",
    tagged "Parry" alone; "Billie" in "Billie Jean King"), when the parser makes that word part of the name and it
    opens the capitalised run ("Public Advocate Trish James" gains no "Advocate"); titles and roles stay out."""
    doc = ent.doc
    if len(ent) > 2 or ent.start == 0:
        return ent
    given = doc[ent.start - 1]
    before = doc[given.i - 1] if given.i > 0 else None
    if (
        given.pos_ == "PROPN"
        # "Celebrities Julianne Moore": a capital opening the sentence may be a common noun's
        and (len(ent) == 1 or not given.is_sent_start or given.lower_ in _GIVEN_NAMES)
        and given.dep_ == "compound"
        and given.head.i == ent.end - 1  # "Billie" in "Billie Jean King", tagged "Jean King"
        and given.ent_type_ == ""
        and given.is_alpha
        and given.text[:1].isupper()
        and not given.is_upper
        and given.lower_ not in _NOT_GIVEN_NAMES
        and given.lower_ not in _SAINTS_AND_MOUNTS  # "Mont Avila", "Fort Nelson": a place, "Avila" tagged a person
        and not (
            before is not None
            and before.is_alpha
            and before.text[:1].isupper()
            and before.lower_ not in TITLES_AND_ROLE_NOUNS  # "Actress Amandla Stenberg": a role opens the run
        )
    ):
        return doc[given.i : ent.end]
    return ent


def _with_typeset_surname(ent: Span) -> Span:
    """A name entity with the surname the recogniser left out after it ("Maria" tagged in "Maria D’Souza" or "Marc
    Thériault", "Trista" in "Trista Best"): a capitalised proper noun no entity claims that the name's last word
    is compounded to."""
    doc = ent.doc
    if ent.end >= len(doc):
        return ent
    after = doc[ent.end]
    if (
        after.pos_ == "PROPN"
        and after.text[:1].isupper()
        and after.ent_type_ == ""
        and ent[-1].dep_ == "compound"
        and ent[-1].head.i == after.i
        and (not after.text.isascii() or (after.is_alpha and after.is_title))
        and after.lower_ not in _INSTITUTIONS_AND_TITLES
    ):
        return doc[ent.start : ent.end + 1]
    return ent


def _with_particled_surname(ent: Span) -> Span:
    """A name entity with the surname after its particles, or the given name before them, that the recogniser
    tagged apart ("Ruud" and "Horst" in "Ruud ter Horst", "Steege" alone in "Sem ter Steege")."""
    doc = ent.doc
    end = _past_particles(doc, ent.end) if ent.end < len(doc) else None
    start = ent.start
    while start >= 1 and start > ent.start - 3 and doc[start - 1].text in _NAME_PARTICLES:
        start -= 1  # "Sem ter Steege" with "Steege" alone tagged: the given name and particles before it
    if start < ent.start and start >= 1 and _capitalised_propn(doc[start - 1]) and doc[start - 1].is_alpha:
        start -= 1
    else:
        start = ent.start
    return doc[start : end or ent.end]


#: Verbs a described speaker says something by, in a paragraph before their name: speech verbs, and "disagree",
#: which is no cue of its own ("areas where they disagree" after a quote says no one said it).
_DESCRIBED_SPEAKING = SPEECH_VERBS | {"disagree"}


def _speaking_description(doc: Doc, in_quote: set[int]) -> str | None:
    """The role a paragraph's one speaker is described by, when that speaker is no name: "The House of Nazareth's
    executive director says the province ..." -> "the House of Nazareth's executive director" (read from the words
    before the speech verb, as the parser may hang them wrongly); None for anything else."""
    found = None
    for sent in doc.sents:
        verb = sent.root
        if verb.lemma_.lower() not in _DESCRIBED_SPEAKING or verb.i in in_quote:
            continue
        end = verb.i
        while end > sent.start and doc[end - 1].pos_ == "AUX":
            end -= 1  # "B.C.'s provincial health officer is urging": the auxiliary is the verb's
        words = doc[max(sent.start, dateline_end(doc)) : end]  # after "VICTORIA —"
        if not 2 <= len(words) <= 10:
            continue
        # "the shelter's executive director", or a place's: "B.C.'s provincial health officer"
        owned = len(words) > 2 and words[0].pos_ == "PROPN" and words[1].text in _POSSESSIVE
        # the noun heading the words: the subject's when it spans them all ("The president of the teachers'
        # federation"), else the last word
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        whole = subject is not None and (subject.left_edge.i, subject.right_edge.i) == (words.start, words.end - 1)
        noun = subject if subject is not None and whole else words[-1]
        if not (words[0].lower_ == "the" or owned) or not is_role_noun(noun.lower_):
            continue
        if any(t.ent_type_ == "PERSON" or (t.is_punct and t.text not in _POSSESSIVE) or t.i in in_quote for t in words):
            continue
        if found is not None:
            return None  # two described speakers: which is the one named next is not said
        found = words.text if owned else "the " + words[1:].text
    return found


def _opening_description(doc: Doc, in_quote: set[int]) -> str | None:
    """The role in a description opening a paragraph as its first sentence's subject, without its article and age:
    "The 46-year-old accountant started ..." -> "accountant"; None when the paragraph opens otherwise."""
    sent = next(iter(doc.sents), None)
    return None if sent is None else _described_subject_role(sent, in_quote)


def _described_subject_role(sent: Span, in_quote: set[int]) -> str | None:
    """The role in a description opening ``sent`` as its subject, without its article and age ("The chef, who runs
    ... breaks down" -> "chef"); None when the sentence opens otherwise."""
    doc = sent.doc
    subject = next((t for t in sent.root.children if t.dep_ == "nsubj"), None)
    if subject is None or subject.left_edge.i != sent.start or doc[sent.start].lower_ != "the":
        return None
    words = doc[sent.start + 1 : subject.i + 1]
    if not 1 <= len(words) <= 8 or any(
        t.i in in_quote or t.ent_type_ == "PERSON" or (t.is_punct and t.text != "-") for t in words
    ):
        return None
    if not is_role_noun(subject.lower_) or subject.lower_ in _GENERIC_NOUNS:
        return None
    after_age = [k for k, t in enumerate(words) if t.lower_ == "old" and k >= 1 and words[k - 1].text == "-"]
    role = words[after_age[-1] + 1 :] if after_age else words
    return role.text if len(role) else None


def _photo_credit(doc: Doc, start: int, end: int) -> bool:
    """Whether ``doc[start:end]`` is a photographer's credit in a caption: "(Ethan Cairns/The Canadian Press)",
    "(Jennifer Lowe/CBC)", a name beside a slash inside parentheses; the photographer says nothing in the story."""
    slash = any(t.text == "/" for t in doc[start:end]) or (end < len(doc) and doc[end].text == "/")
    if not slash:
        return False
    opening = next((k for k in range(start - 1, max(-1, start - 4), -1) if doc[k].text in {"(", "["}), None)
    return opening is not None


def _in_a_body(ent: Span) -> bool:
    """Whether a "person" name run ends an institution's name: "the National Center for Scientific Research", "the
    Institute of Tom Jones Studies" (an institution word and "for"/"of" right before it)."""
    doc = ent.doc
    return (
        ent.start >= 2
        and doc[ent.start - 1].lower_ in {"for", "of"}
        and doc[ent.start - 2].lower_ in INSTITUTION_WORDS
        and doc[ent.start - 2].text[:1].isupper()
    ) or _opens_a_body(ent)


def _opens_a_body(ent: Span) -> bool:
    """Whether a "person" name run opens a body's name joined by "and": "Hereford and Worcester Fire and Rescue
    Service group commander" (capitalised words, "and" or "of", on to an institution word within a few words that
    a lower-case word follows)."""
    doc = ent.doc
    if ent.end + 1 >= len(doc) or doc[ent.end].lower_ != "and":
        return False
    for k in range(ent.end + 1, min(len(doc), ent.end + 8)):
        t = doc[k]
        if t.lower_ in INSTITUTION_WORDS and t.text[:1].isupper() and k + 1 < len(doc) and doc[k + 1].is_lower:
            # the body's name ends there and a post follows ("... Rescue Service group commander"); not "Donald
            # Trump and House Speaker Paul Ryan", nor "Bolton and Breitbart News National Security editor"
            return True
        if not (t.text[:1].isupper() or t.lower_ in {"and", "of", "&"}):
            return False
    return False


#: Words ending in "-ing" that open people's names ("Sterling Brown") or titles ("Acting Chief Ann Cole").
_ING_NAMES = frozenset(
    [
        *("sterling", "channing", "irving", "manning", "fleming", "browning", "golding", "harding", "darling"),
        *("redding", "spalding", "acting", "outgoing", "incoming", "visiting", "presiding", "reigning", "managing"),
        "founding",
    ]
)


def _a_business(ent: Span) -> bool:
    """Whether a "person" name run is a business named for its owner ("Sorensen Hardware", "Patel Motors"), which
    the recogniser calls a person; the owner's own name ("Dale Sorensen") is read where the article gives it."""
    last = ent[-1]
    return len(ent) >= 2 and last.lower_ in BUSINESS_WORDS and last.text[:1].isupper()


def _opened_by_a_doing(ent: Span) -> bool:
    """Whether a "person" name run opens its sentence with a doing ("Closing Lakeview is expected to save ...",
    "Telling Jo Bell to wait, ..."): the recogniser takes the capitalised "-ing" word for part of a name."""
    first = ent[0]
    return (
        len(ent) >= 2
        and first.is_sent_start
        and len(first.text) >= 6
        and first.lower_.endswith("ing")
        and first.lower_ not in _ING_NAMES
    )


def _modifies_anothers_role(head: Token) -> bool:
    """Whether a name only modifies the role word of another name: "Fianna Fáil councillor Deirdre Coughlan"."""
    role = head.head
    if head.dep_ != "compound" or role.pos_ != "NOUN" or not role.is_lower:
        return False
    if role.dep_ == "compound" and role.head.pos_ == "PROPN" and role.head.i > role.i:
        return True  # the role word modifies the name after it
    return any(c.pos_ == "PROPN" and c.i > role.i and c.dep_ in {"appos", "compound"} for c in role.children)


def _modifies_a_person_noun(ent: Span) -> bool:
    """Whether a "person" name run only modifies the person noun after it, behind "the": "The Clonmoyle clubman",
    "the Clinton aide" (the clubman or the aide is the one meant there, not Clonmoyle or Clinton)."""
    doc, last = ent.doc, ent[-1]
    after = doc[last.i + 1] if last.i + 1 < len(doc) else None
    return (
        ent.start > 0
        and doc[ent.start - 1].lower_ == "the"
        and last.dep_ == "compound"
        and after is not None
        and last.head.i == after.i
        and after.pos_ == "NOUN"
        and is_person_noun(after.lower_)
    )


def _plural_group(ent: Span) -> bool:
    """Whether a "person" name run is a team or a family: "the Canadiens", "the Montreal Canadiens", "the Clintons"
    (a plural-looking proper noun after "the", heading its phrase: the tagger calls "Canadiens" singular); its
    members are people, it is not one.  "the Sanders campaign" is a person's name as a modifier."""
    doc, last = ent.doc, ent[-1]
    after = doc[last.i + 1] if last.i + 1 < len(doc) else None
    return (
        ent.start > 0
        and doc[ent.start - 1].lower_ == "the"
        and (last.tag_ == "NNPS" or (last.lower_.endswith("s") and not last.lower_.endswith("ss")))
        and last.dep_ not in {"compound", "poss", "amod", "nmod"}
        # "the Bernie Sanders presidential campaign", "the Sanders' campaign": a name before what it modifies
        and not (after is not None and (after.pos_ in {"NOUN", "PROPN", "ADJ"} or after.tag_ == "POS"))
    )


#: Titles the parser tags as proper nouns that an apposed name can follow ("The local MP, Rhodri Evans,").
_APPOSED_TITLES = frozenset(["mp", "mep", "msp", "mla", "ceo", "cfo"])


def _shared_surname(doc: Doc, toks: Sequence[Token]) -> tuple[str, ...]:
    """The surname a given name alone shares with the full name it is coordinated with ("Mira" in "Mira and Lena
    Osei" is Mira Osei), as a one-item tuple; empty for anything else."""
    if len(toks) != 1:
        return ()
    first, k = toks[0], toks[0].i + 1
    if k + 2 >= len(doc) or doc[k].lower_ != "and":
        return ()
    given, surname = doc[k + 1], doc[k + 2]
    if not all(
        t.pos_ == "PROPN" and t.is_alpha and t.text[:1].isupper() and t.ent_type_ in {"PERSON", ""}
        for t in (first, given, surname)
    ):
        return ()
    if k + 3 < len(doc) and doc[k + 3].pos_ == "PROPN" and doc[k + 3].text[:1].isupper():
        return ()  # "Mira and Lena Osei Mensah": not a plain given name and surname
    if given.lower_.rstrip(".") in TITLES_OF_ANY_KIND:
        return ()  # "Tessa and Prince Hal": a title and a given name, no surname to share
    if surname.dep_ != "conj" or surname.head.i != first.i:
        return ()
    if not (given.ent_type_ == "PERSON" and given.ent_iob_ == "B" and surname.ent_iob_ == "I"):
        return ()  # "James and Olive Meehan" with "Meehan" alone tagged: the second name is not read whole either
    if first.ent_type_ == "PERSON" and first.lower_ not in _GIVEN_NAMES:
        return ()  # "Smith and Jane Doe": two people, one of them named by surname
    return (surname.text,)


def _asked_about(pronoun: Token) -> range:
    """The tokens of an "Asked whether/about ..." clause of the pronoun's verb ("Asked directly whether Naqvi would
    keep his place, he laughed"): its understood subject is the pronoun, and the names in it are what was asked
    about; an empty range when there is none."""
    for c in pronoun.head.children:
        if (
            c.dep_ == "advcl"
            and c.i < pronoun.i
            and c.lemma_.lower() == "ask"
            and c.tag_ == "VBN"
            and not any(s.dep_ in {"nsubj", "nsubjpass"} for s in c.children)
        ):
            return range(c.left_edge.i, c.right_edge.i + 1)
    return range(0)


def _a_relation(role: str | None) -> bool:
    """Whether a role makes its holder someone's relation ("His mother", "Baptiste's mother")."""
    words = (role or "").lower().replace("’", "'").split()
    return len(words) == 2 and (words[0] in OWNING_PRONOUNS or words[0].endswith("'s")) and words[1] in _RELATIVES


def _where_someone_is_from(doc: Doc, start: int) -> bool:
    """Whether a name run at ``start`` follows "<person noun> from" ("a sheep farmer from Glen Ardle", "a nurse
    from Port Elgin"): people come from places; a letter or a call comes from a person."""
    return start >= 2 and doc[start - 1].lower_ == "from" and is_person_noun(doc[start - 2].lower_)


def _share_a_surname(one: Sequence[str], other: Sequence[str]) -> bool:
    """Whether two names share their last word or a half of a hyphenated one ("Kari Sorensen-Moe", "Dale
    Sorensen")."""
    return bool(set(one[-1].lower().split("-")) & set(other[-1].lower().split("-")))


def _places_taken_for_people(docs: Sequence[Doc]) -> set[str]:
    """One-word names the article puts after "in" ("the last signwriter in Ōkarewa") or "travelled from" and never
    makes anyone's subject or part of a longer name: towns the recogniser tagged as people ("Ōkarewa’s last
    signwriter")."""
    after_in: set[str] = set()
    of_people: set[str] = set()
    for doc in docs:
        for t in doc:
            if t.pos_ != "PROPN":
                continue
            if t.dep_ == "pobj" and not any(c.dep_ == "compound" for c in t.children) and _a_place_word(t.head):
                after_in.add(t.lower_)
            elif t.dep_ in {"nsubj", "nsubjpass", "appos"}:
                of_people.add(t.lower_)  # someone's subject
        for ent in doc.ents:
            words = [t.lower_ for t in ent if t.pos_ == "PROPN"]
            if ent.label_ == "PERSON" and len(words) > 1:
                of_people.update(words)  # one word of a longer name
    return after_in - of_people


def _works_taken_for_people(docs: Sequence[Doc], in_quote: Sequence[set[int]]) -> set[str]:
    """The words of names the article gives as a work staged, filmed or played ("this production of King Lear",
    "a revival of Uncle Vanya"), which the recogniser tags as people: a play's title, or its character, is no one
    who speaks in the story, under that name or its last word ("after Lear? "Nothing," he says")."""
    works: set[str] = set()
    for p, doc in enumerate(docs):
        for t in doc:
            if t.lower_ != "of" or t.head.lemma_.lower() not in _STAGED_WORK_NOUNS or t.i in in_quote[p]:
                continue
            work = next((c for c in t.children if c.dep_ == "pobj" and c.pos_ == "PROPN"), None)
            if work is not None:
                works.update(w.lower_ for w in work.subtree if w.pos_ == "PROPN" and w.lower_ not in ROYAL_TITLES)
    return works


#: Nouns whose "of X" names a work put on or adapted ("a production of King Lear", "her staging of Medea").
_STAGED_WORK_NOUNS = frozenset(
    ["production", "staging", "revival", "adaptation", "performance", "remake", "reboot", "screening", "reading"]
)


def _a_place_word(prep: Token) -> bool:
    """Whether a preposition puts a place after it: "in", or "from" after a verb of coming and going ("who
    travelled from Bolton")."""
    return prep.lower_ == "in" or (prep.lower_ == "from" and prep.head.lemma_.lower() in _JOURNEY_VERBS)


#: Verbs of coming and going, after which "from X" is a place.
_JOURNEY_VERBS = frozenset(["travel", "come", "move", "drive", "fly", "commute", "arrive", "relocate", "hail"])


def _told_of(pronoun: Token) -> int:
    """The token of the noun subject of the clause a parenthetical "he said" interrupts ("His headmaster found him
    there, he said"), whom the "he" is not; -1 when the pronoun heads no such aside or that subject is a pronoun."""
    verb = pronoun.head
    if pronoun.dep_ != "nsubj" or verb.dep_ != "parataxis" or verb.lemma_.lower() not in SPEECH_VERBS:
        return -1
    subject = next((c for c in verb.head.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    return subject.i if subject is not None and subject.pos_ in {"NOUN", "PROPN"} else -1


def _relative_clause_heads(tok: Token) -> set[int]:
    """Token indices of the nouns that relative clauses around ``tok`` describe ("Ellis, whom he describes" ->
    Ellis): a pronoun in such a clause is someone else."""
    heads: set[int] = set()
    for _ in range(8):
        if tok.dep_ == "relcl":
            heads.add(tok.head.i)
        if tok.head.i == tok.i:
            break
        tok = tok.head
    return heads


#: Titles that are also common given names: before a single name they are the person's first name.
_GIVEN_NAME_TITLES = {"dean", "marine"}
#: How many paragraphs back "the actor" may find the one man (or "the actress" the one woman) it can be.
_GENDER_GUESS_PARAGRAPHS = 3


def _opens_with_title(toks: Sequence[Token]) -> bool:
    """Whether the first token of a name run is a title or role ("Judge", "Mr.", "Winger"), not part of the name.

    A royal title followed by one name ("Prince Andrew", "King Charles III") is how the person is named.
    """
    low = toks[0].lower_
    if low in ROYAL_TITLES and (len(toks) == 2 or _ROMAN.fullmatch(toks[-1].text)):
        return False
    after = toks[0].i + 1
    if after < len(toks[0].doc) and _glued_hyphen(toks[0].doc[after]):
        return False  # "the Spokesman-Review": a word hyphened to the next is one name with it
    if (
        low in _GIVEN_NAME_TITLES
        and toks[0].text[:1].isupper()
        and (len(toks) == 2 or toks[1].lower_ not in _GIVEN_NAMES)
    ):
        # "Dean Baker", "Marine Le Pen": a given name; the title comes before a full name ("Dean Martha Ruiz",
        # "Marine John Tiegen")
        return False
    if low in _RANKS_AFTER_A_TITLE and toks[0].i > 0 and toks[0].doc[toks[0].i - 1].lower_.rstrip(".") in TITLE_WORDS:
        return True  # "Det Con Sarah Mills", "Det Ch Insp Ann Roe": British police ranks, shortened
    return low in TITLE_WORDS or low in HONORIFICS or is_role_noun(low) or _trade_before_given_name(toks)


#: Shortened words of a rank that follow another title ("Det Con", "Ch Insp"), which alone may be given names.
_RANKS_AFTER_A_TITLE = frozenset(["con", "ch"])

#: Given names with a trade's ending, never read as the trade ("Hunter Sam Ellis" keeps its first word).
_TRADE_LIKE_GIVEN_NAMES = frozenset(
    [
        "hunter",
        "taylor",
        "connor",
        "conner",
        "carter",
        "parker",
        "spencer",
        "skyler",
        "walker",
        "archer",
        "jasper",
        "trevor",
        "tucker",
        "porter",
    ]
)


def _trade_before_given_name(toks: Sequence[Token]) -> bool:
    """Whether a run opens with a word with a trade's ending before a full name that starts with a known given name
    ("Buyer Greg Muise", "Trucker Dan Hill"): the word lists cannot hold every trade, and a first name rarely
    stands before another."""
    low = toks[0].lower_
    return (
        len(toks) >= 3
        and toks[1].lower_ in _GIVEN_NAMES
        and low.endswith(("er", "or", "ist"))  # not "ian": "Australian Ben Moss", "Christian"
        and low not in _GIVEN_NAMES | _TRADE_LIKE_GIVEN_NAMES | TITLE_WORDS | ROLE_NOUNS  # "Senator John McCain"
        and toks[0].ent_type_ not in {"NORP", "GPE", "ORG"}
    )


#: Possessive pronouns opening a sentence, whose capital a role read from there drops.
_CAPITALISED_POSSESSIVES = frozenset(["His", "Her", "Their", "Its", "Our", "My", "Your"])


def role_text(span: Span, *, proper: frozenset[str] = frozenset()) -> str:
    """A role as the article writes it, but with a sentence-initial capital dropped from a common word
    ("Winger Kofi Mensah" -> "winger"; "The council's director, ..." -> "the council's director"; "Former
    President" -> "former President"), and a job that is no formal title lowered anywhere ("said Winger Kofi
    Mensah" -> "winger"); formal titles and names keep theirs ("Russian Ambassador", "Acme chief executive")."""
    text = span.text
    first = span[0]
    if _capitalised_job(span) or (len(span) == 1 and _trade_before_given_name(span.doc[span.start : span.start + 3])):
        return text.lower()  # "Winger Kofi Mensah", "Buyer Greg Muise"
    acronym = first.text.isupper() and len(first.text) > 1  # "BBC presenter", not the article "A"
    if first.text in _CAPITALISED_POSSESSIVES and len(span) > 1:
        return text[:1].lower() + text[1:]  # "His Democratic opponent, Rep. Alan Grayson,": never a name's capital
    if not (first.i == 0 or first.is_sent_start) or not first.text[:1].isupper() or acronym:
        return text  # O(1), unlike Token.sent on a long sentence
    rest_lower = span[1].text[:1].islower() or span[1].text in _POSSESSIVE if len(span) > 1 else True
    if first.pos_ == "DET" and first.lower_ in {"the", "a", "an"} and len(span) > 1:
        return text[:1].lower() + text[1:]  # "The Kestavian ambassador to ...": the article opened the sentence
    # "Actress Amandla Stenberg", the job word tagged an organisation
    alone_job = len(span) == 1 and first.lower_ in ROLE_NOUNS and first.ent_type_ == "ORG"
    # "Retired nurse Kathleen O'Brien": a participle opening the role is a common word; so is a capitalised word
    # the tagger calls a name before a job the writer lowered ("Longtime parishioner Agnes MacPhail"), when it is
    # no entity and the article never capitalises it inside a sentence
    # "Harvesters head coach Darren Kowalchuk": a capitalised plural no word for people before a post is a team
    team = first.tag_ in {"NNS", "NNPS"} and first.lower_ not in PEOPLE_NOUNS and len(span) > 1
    common = not team and (
        first.pos_ in _COMMON_POS
        or first.tag_ in {"VBN", "VBG"}
        or (
            first.pos_ == "PROPN"
            and first.ent_type_ == ""
            and len(span) > 1
            and span[1].text not in _POSSESSIVE
            and span[-1].text.islower()
            and is_role_noun(span[-1].lower_)
        )
    )
    # "General manager Ross Atkins": a title word the writer goes on with in lower case is a common word here
    lowered_after = (
        len(span) > 1 and rest_lower and span[-1].text.islower() and first.is_alpha and span[1].text not in _POSSESSIVE
    )
    if first.lower_ == "former" or (
        (first.lower_ not in TITLE_WORDS or lowered_after)
        and not _names_a_party(span)  # "Conservative finance critic Jasraj Hallan": a party's name
        # "Rovers boss Ian Tate": a word the article capitalises inside its sentences is a name ("City beat Rovers")
        and (first.lower_ not in proper or first.lower_ in ROLE_NOUNS)
        and (first.ent_type_ not in {"NORP", "GPE", "ORG"} or alone_job)
        and (first.ent_type_ != "PERSON" or first.lower_ in ROLE_NOUNS)
        and (first.lower_ in ROLE_NOUNS or (common and len(span) > 1 and rest_lower))
    ):
        text = text[:1].lower() + text[1:]
    return text


#: Parts of speech of a sentence's first word that mark it a common word, lowered in a role ("The", "Senior");
#: a capitalised word the tagger calls anything else may be a company's name ("Acme chief executive").
_COMMON_POS = {"DET", "ADJ", "NOUN", "NUM", "PRON"}


def _capitalised_job(span: Span) -> bool:
    """A role of capitalised job words that are no formal titles ("Winger", "Rookie Defenceman"): a sports
    position or trade is written in lower case wherever it stands, so its capital is the writer's emphasis."""
    return all(
        t.text[:1].isupper()
        and not t.text.isupper()
        and is_role_noun(t.lower_)
        and t.lower_ not in TITLE_WORDS | PARTY_WORDS
        and t.ent_type_ not in {"NORP", "ORG"}
        for t in span
    )


#: Person nouns that name a party's member and keep their capital ("Democrat", "Republican").
PARTY_WORDS = {"democrat", "republican", "conservative", "liberal", "populist", "independent", "tory"}


#: Parties by the words news writes for them, each to one key: a description naming one party is no one the
#: article gave another ("the Republican nominee" is not "Democratic vice presidential nominee Tim Kaine").
_PARTY_KEYS = {
    **dict.fromkeys(["democrat", "democratic", "dem", "dems", "democrats"], "democratic"),
    **dict.fromkeys(["republican", "republicans", "gop"], "republican"),
    **dict.fromkeys(["conservative", "tory", "conservatives", "tories"], "conservative"),
    **dict.fromkeys(["labour", "labor"], "labour"),
    **dict.fromkeys(["liberal", "liberals"], "liberal"),
    "ndp": "ndp",
    "libertarian": "libertarian",
}


def parties_named(words: Iterable[str]) -> frozenset[str]:
    """The parties lower-case ``words`` name, each by one key ("GOP" and "Republican" are one party)."""
    return frozenset(_PARTY_KEYS[w] for w in words if w in _PARTY_KEYS)


def parties_differ(said: frozenset[str], role_words: Iterable[str]) -> bool:
    """Whether a description names parties (``said``) and a stated role names others, none of them the same ("the
    Conservative candidate" is not "the Liberal candidate"); a role or a description naming no party says nothing
    either way, and the role is not read at all when the description names none."""
    if not said:
        return False
    stated = parties_named(role_words)
    return bool(stated) and not said & stated


def nationality_word(word: str) -> bool:
    """A capitalised word (given lower case) that reads as a nationality ("korean", "japanese", "british",
    "pakistani"), not a party ("republican"); only asked of words an article capitalised before a person noun."""
    return len(word) > 4 and word.endswith(_NATIONALITY_ENDINGS) and word not in PARTY_WORDS


#: Endings of nationality adjectives ("Korean", "Japanese", "British", "Iraqi", "Czech", "Baltic").
_NATIONALITY_ENDINGS = ("an", "ese", "ish", "i", "ch", "ic")


def nationalities_differ(said: frozenset[str], role: str | None) -> bool:
    """Whether a description names nationalities (``said``, lower case) and the role names only others ("the South
    Korean minister" is not "Japanese Foreign Minister Kenji Morimoto"); a role naming none rules nothing out."""
    if not said or not role:
        return False
    stated = {w.lower() for w in role.replace(",", " ").split() if w[:1].isupper() and nationality_word(w.lower())}
    return bool(stated) and not said & stated


def _nationalities_before(noun: Token) -> frozenset[str]:
    """The capitalised nationality words before a description's noun ("the South Korean minister" -> korean)."""
    return frozenset(
        t.lower_
        for t in noun.doc[noun.left_edge.i : noun.i]
        if t.text[:1].isupper() and not t.is_sent_start and nationality_word(t.lower_)
    )


def _parties_before(noun: Token) -> frozenset[str]:
    """The parties named by the words before a description's noun ("the Republican presidential nominee")."""
    return parties_named(t.lower_ for t in noun.subtree if t.i < noun.i)


def _institutions_before(noun: Token) -> frozenset[str]:
    """The kinds of body a description's noun is compounded with ("the union leader", "the club president")."""
    return frozenset(c.lower_ for c in noun.children if c.dep_ == "compound" and c.lower_ in INSTITUTION_WORDS)


#: Parties' names that open a role and keep their capital ("NDP Leader", "Republican strategist").
_PARTY_NAMES = frozenset(["democrat", "democratic", "republican", "ndp", "bloc", "tory", "labour", "labor"])
#: Words that are a party's name or an outlook ("Conservative MP", "conservative radio host").
_PARTY_OR_OUTLOOK = frozenset(["conservative", "liberal", "progressive", "green", "independent", "reform"])
#: Words of a role in politics, which make an opening "Conservative" or "Liberal" the party's.
_POLITICAL_POSTS = frozenset(
    [
        *("critic", "mp", "mpp", "mla", "mna", "leader", "candidate", "member", "minister", "whip", "senator"),
        *("caucus", "premier", "party", "nominee", "councillor", "house", "deputy"),
    ]
)


def _names_a_party(span: Span) -> bool:
    """Whether the capitalised first word of a role is a party's name: always for "NDP" or "Republican", and for
    "Conservative" or "Liberal" when a post in politics follows ("Conservative finance critic", not "Conservative
    radio host")."""
    first = span[0].lower_
    if first in _PARTY_NAMES:
        return True
    return first in _PARTY_OR_OUTLOOK and any(t.lower_ in _POLITICAL_POSTS for t in span[1:])


def _an_animal(doc: Doc, start: int, head: Token) -> bool:
    """Whether a name is an animal's: an animal noun right before it ("the mare Kowhai Lane") or set beside it
    ("Biscuit, a border collie," ; "their dog, Biscuit,")."""
    before = doc[start - 1].lower_ if start > 0 else ""
    beside = [head.head] if head.dep_ == "appos" else []
    beside += [c for c in head.children if c.dep_ == "appos"]
    return before in _ANIMAL_NOUNS or any(t.lower_ in _ANIMAL_NOUNS for t in beside)


#: Nouns for animals that news names: racehorses, pets, zoo and farm animals.
_ANIMAL_NOUNS = frozenset(
    [
        *("mare", "gelding", "colt", "filly", "stallion", "horse", "racehorse", "pony", "foal", "greyhound"),
        *("dog", "puppy", "pup", "cat", "kitten", "collie", "terrier", "retriever", "labrador", "spaniel"),
        *("cow", "bull", "ewe", "ram", "goat", "pig", "elephant", "gorilla", "panda", "lion", "tiger", "bear"),
    ]
)


def _surname_left_out(doc: Doc, last: Token) -> bool:
    """Whether the word after a name run is its surname, which the recogniser left out of the entity: a capitalised
    proper noun of no other entity that the run's last word is a compound of ("Rosemary Wanjiru Ndung'u", an
    apostrophe inside), not an institution ("the Hillary Clinton Foundation")."""
    if last.i + 1 >= len(doc):
        return False
    after = doc[last.i + 1]
    return (
        last.dep_ == "compound"
        and last.ent_type_ == "PERSON"
        and last.head.i == after.i
        and after.lower_.rstrip(".") not in _GENERATIONS  # "Raymond Bozzelli Sr.": the suffix is read after the name
        and after.pos_ == "PROPN"
        and after.ent_type_ in {"", "PERSON"}
        and after.text[:1].isupper()
        and not after.text.isupper()
        and after.lower_ not in INSTITUTION_WORDS
        and after.lower_ not in TITLES_AND_PERSON_NOUNS
    )


def _given_name_gender(form: Sequence[str]) -> str | None:
    """The gender a name's given name marks ("annabel", "rourke" -> "f"), or None for one word or a name of both."""
    return _name_sex(form[0]) if len(form) >= 2 else None


def _name_sex(given: str) -> str | None:
    """The sex a given name is listed for ("Annabel" -> "f"), or None for a name listed for neither or both."""
    first = given.lower().rstrip(".")
    male, female = first in MALE_NAMES, first in FEMALE_NAMES
    return "m" if male and not female else "f" if female and not male else None


#: Honorifics that say a man or a woman (the rest, "Dr", "Khun", "Datuk", say neither).
_MALE_HONORIFICS = frozenset(["mr", "sir", "shri", "pak", "bapak", "encik"])
_FEMALE_HONORIFICS = frozenset(["mrs", "ms", "miss", "dame", "madam", "smt", "shrimati", "bu", "ibu", "puan", "datin"])


def _honorific_gender(tok: Token) -> str | None:
    low = tok.lower_.rstrip(".")
    return "m" if low in _MALE_HONORIFICS else "f" if low in _FEMALE_HONORIFICS else None


def _left_role(doc: Doc, start: int, *, proper: frozenset[str] = frozenset()) -> tuple[str | None, str | None]:
    """Role words right before a name ("Republican presidential candidate", "Police Commissioner") and gender cue."""
    gender = None
    k = start - 1
    if k >= 0 and doc[k].lower_ in HONORIFICS:
        return None, _honorific_gender(doc[k])
    if start < len(doc) and doc[start].lower_ in HONORIFICS:
        gender = _honorific_gender(doc[start])  # "Sir Alan Finch": the role is read from before the honorific
    first = None
    while k >= 0 and start - k <= 9:
        t = doc[k]
        owner = doc[k + 1].text in _POSSESSIVE  # "Acme's spokeswoman", "Trump's lawyer": the employer's name
        hyphened = doc[k + 1].text == "-" and not t.whitespace_  # "Oscar-winning actress", "well-known lawyer"
        if (
            t.ent_type_ == "PERSON"
            and k < start - 1
            and first is not None
            and t.lower_ not in ROLE_NOUNS
            and t.lower_.rstrip(".") not in TITLE_WORDS  # "Det Insp Ruth Gale", which the recogniser splits in two
            and not (owner or hyphened or _names_a_boss(doc, k, start) or _in_hyphened_word(doc, k))
            and not _opens_a_body(doc[k : k + 1])  # "Hereford and Worcester Fire and Rescue Service group commander"
        ):
            break
        if standalone_dash(doc, k):
            break  # "JACKSON, Miss. - U.S. District Judge": a dateline's dash ends the role
        if (
            t.pos_ == "NOUN"
            and t.is_lower
            and t.head.i < t.i
            and first is not None
            and not _joined_post(doc, k)
            and not hyphened  # "co-ordinator", whose "co" the parser hung elsewhere
        ):
            break  # "in a way Audit Commissioner Hana Ilves called": a noun of the clause before, not of the role
        if first is not None and t.is_lower and t.lower_.endswith("ing") and k > 0 and doc[k - 1].lower_ in _DEPICTIONS:
            break  # "an ad attacking challenger Glen Marsh": the role is the verb's object, not the ad's words
        # "newly elected mayor": an adverb of the adjective after it
        qualifier = (
            t.pos_ == "ADV" and t.lower_.endswith("ly") and first is not None and doc[k + 1].tag_ in {"JJ", "VBN"}
        )
        if (
            t.pos_ in {"PROPN", "NOUN", "ADJ", "NUM"}
            or _mistagged_role_word(t, start)
            or (t.text.endswith(".") and t.lower_ in TITLE_WORDS)  # "Const." the tagger calls anything
            or (hyphened and t.is_alpha)
            or (t.text == "-" and first is not None and _in_hyphened_word(doc, k))  # "Stoke-on-Trent chief executive"
            or qualifier
        ) and t.lower_ not in {"said", "says"}:
            first = k
        elif t.lower_ in _ROLE_JOINERS and k > 0 and k < start - 1:
            pass
        else:
            break
        k -= 1
    if first is None:
        return None, gender
    span = doc[first:start]
    while len(span) and (span[0].lower_ in _ROLE_JOINERS or span[0].is_punct):
        span = span[1:]
    while len(span) and (span[-1].lower_ in _ROLE_JOINERS or span[-1].is_punct):
        span = span[:-1]
    span = _after_non_role_of(span)
    while len(span) and (span[0].lower_ in _ROLE_JOINERS or span[0].is_punct):
        span = span[1:]
    words = _with_singulars({t.lower_.rstrip(".") for t in span})  # "Morning Joe hosts Ann Lee and Bo Park"
    words |= {w.replace("-", "") for w in span.text.lower().split() if "-" in w}  # "co-ordinator", in three tokens
    if not span or not (words & _ROLE_HEADS or any(t.lower_.endswith("ist") for t in span)):
        return None, gender
    if span[-1].pos_ == "ADJ" and span[-1].lower_.rstrip(".") not in _ROLE_HEADS:
        return None, gender  # "Republican presidential Jo Bell": a role is a noun, its adjective alone none
    titled = start < len(doc) and doc[start].lower_.rstrip(".") in TITLE_WORDS  # "county parks Commissioner"
    if span[-1].tag_ == "NNS" and not titled and not _coordinated_name_at(doc, start):
        return None, gender  # "Back our farmers Boris": a plural is the role of names coordinated after it only
    return role_text(span, proper=proper), _role_gender(words) or gender


def _joined_post(doc: Doc, k: int) -> bool:
    """Whether token ``k`` is a post joined by "and" to the title after it ("Brightwater founder and CEO Anil
    Raghunathan"): one role of two posts, however the parser hung the first."""
    t = doc[k]
    return (
        t.tag_ == "NN"
        and is_role_noun(t.lower_)
        and k + 2 < len(doc)
        and doc[k + 1].lower_ in {"and", "&"}
        and (is_role_noun(doc[k + 2].lower_) or doc[k + 2].lower_.rstrip(".") in TITLE_WORDS)
    )


def _apposed_noun_gender(head: Token) -> str | None:
    """The gender of a noun a name is set beside that the role leaves out ("a brother, Cal, who stays": a man, though
    "a brother" is no role of his); not a noun set after the name, which in a list may be the next person's
    ("Nazari, 44, his wife, Shabnam Nazari, and their children")."""
    noun = head.head
    return _role_gender({noun.lower_}) if head.dep_ == "appos" and noun.pos_ == "NOUN" else None


def _role_gender(words: set[str]) -> str | None:
    """The gender a role's lower-case words say ("his wife", "councilwoman"), if any; "Lord Mayor", "Lord Provost",
    "Lord Chancellor" and "chairman" are offices women hold too."""
    if words & _OFFICES_AFTER_LORD:
        words = words - {"lord"}
    words = words - {"chairman"}  # "Tenbury Town Council chairman Councillor Lesley Bradley": women chair as chairman
    return "m" if words & MALE_WORDS else "f" if words & FEMALE_WORDS else None


#: Things that show or address someone, after which an "-ing" word is a verb ("a video showing activist Jane Doyle",
#: "an ad attacking challenger Glen Marsh"): the role starts after it.
_DEPICTIONS = frozenset(
    [
        *("ad", "ads", "advert", "advertisement", "video", "videos", "clip", "clips", "footage", "film"),
        *("photo", "photos", "photograph", "picture", "pictures", "image", "images", "documentary", "segment"),
        *("post", "posts", "tweet", "tweets", "sign", "signs", "banner", "banners", "poster", "posters", "mural"),
        *("letter", "letters", "statement", "report", "story", "article", "message", "messages", "email"),
        *("emails", "petition", "lawsuit", "complaint", "cartoon", "meme", "spot"),
    ]
)


def _coordinated_name_at(doc: Doc, start: int) -> bool:
    """Whether the name at ``start`` is followed by "and" (or a comma) and another name: "Morning Joe hosts Ann Lee
    and Bo Park"."""
    k = start
    while k < len(doc) and (doc[k].pos_ == "PROPN" or _glued_hyphen(doc[k])):
        k += 1
    return k + 1 < len(doc) and doc[k].lower_ in {"and", "&", ","} and doc[k + 1].pos_ == "PROPN"


def standalone_dash(doc: Doc, k: int) -> bool:
    """Whether token ``k`` is a dash with a space on each side, which sets a phrase off ("JACKSON, Miss. - U.S.
    District Judge", "In his note - sent to the county auditor - the senator"); "-" in "I-Vt." is not one."""
    return doc[k].text in DASHES and bool(doc[k].whitespace_) and k > 0 and bool(doc[k - 1].whitespace_)


def _names_a_boss(doc: Doc, k: int, start: int) -> bool:
    """Whether the person name at ``k`` modifies a job word before the name ("former Obama adviser David
    Axelrod", "longtime Hillary Clinton aide Huma Abedin"): the boss is part of the role, unlike a name in a list
    before it ("Podesta, Tanden and adviser ...")."""
    j = k
    while j + 1 < start and doc[j + 1].ent_type_ == "PERSON" and doc[j + 1].ent_iob_ == "I" and j - k < 4:
        j += 1
    nxt = doc[j + 1] if j + 1 < start else None
    return nxt is not None and nxt.is_lower and nxt.is_alpha and nxt.pos_ in {"NOUN", "ADJ"}


#: Prepositions that tie a role's head to what follows ("Secretary of State", "Ambassador to the UN").
_ROLE_PREPOSITIONS = {"of", "for", "to", "on", "at"}


def _after_non_role_of(span: Span) -> Span:
    """What is left of a role before a name once "of" ("for", "to"...) phrases hanging on no role word are cut off
    ("the claims of President" -> "President", "contests for native son" -> "native son"); "Secretary of State"
    stays whole; a title after the last one is all the named person's ("spokesman for Sen." -> "Sen.")."""
    cut = seg = 0
    for j, t in enumerate(span):
        if t.lower_ in _ROLE_PREPOSITIONS and not _in_hyphened_word(t.doc, t.i):  # not "Stoke-on-Trent"
            if _names_a_body(span, seg, j):
                continue  # "Maritime Union of Australia NSW secretary": the "of" is inside the body's name
            if not any(_is_role_word(x) or x.lower_.rstrip(".") in _ROLE_HEADS for x in span[seg:j]):
                cut = j + 1
            seg = j + 1
    tail = span[seg:]
    if cut < seg and any(_is_role_word(x) for x in tail):
        return tail  # "spokesman for Sen.", "adviser to President": the title is the named person's, the rest not
    return span[cut:]


def _names_a_body(span: Span, seg: int, j: int) -> bool:
    """Whether the "of" at ``j`` joins a body's capitalised name: an institution word before it, a capital after."""
    before = span[seg:j]
    return (
        j + 1 < len(span)
        and span[j].lower_ == "of"
        and span[j + 1].text[:1].isupper()
        and any(x.lower_ in INSTITUTION_WORDS and x.text[:1].isupper() for x in before)
    )


#: "the widower" is the husband the story named (as "her husband"), "the widow" the wife.
SURVIVING_SPOUSE = {"widower": ("husband", "her"), "widow": ("wife", "his")}
_KIN_WORDS = {"wife", "husband", "son", "daughter", "mother", "father", "brother", "sister", "partner"}
#: Words for a relative, whose full name is not that of the person named alone before ("her son, René-Charles Dion").
_RELATIVES = _KIN_WORDS | {"grandson", "granddaughter", "nephew", "niece", "cousin", "uncle", "aunt", "stepson"}
#: Role nouns news uses for one another: "the skipper" after "Queensland captain Josh Verity"
_ROLE_SYNONYMS = {
    "skipper": {"captain"},
    "captain": {"skipper"},
    "goalie": {"goalkeeper", "keeper", "goaltender"},
    "goalkeeper": {"goalie", "keeper", "goaltender"},
    "goaltender": {"goalie", "goalkeeper", "keeper"},
    "keeper": {"goalkeeper", "goalie", "wicketkeeper"},
    "boss": {"manager", "coach", "chief", "ceo"},
    "attorney": {"lawyer"},
    "lawyer": {"attorney"},
    "ceo": {"executive"},
    "doctor": {"gp", "physician", "surgeon", "dr"},
    "judge": {"justice"},
    "netminder": {"goalie", "goalkeeper", "goaltender"},
    "officer": {"constable", "sergeant", "corporal", "detective", "inspector", "trooper"},
    # "the diplomat" after "Ambassador Viktor Lazarev"; "the lawmaker" after "Sen. Ann Ruiz"
    "diplomat": {"ambassador", "envoy", "consul", "attaché", "attache"},
    "envoy": {"ambassador"},
    "academic": {"professor", "lecturer"},
    # "the expert" after "Martin Okonjo, a recreation-facility consultant"
    "expert": {"consultant", "analyst", "specialist", "economist", "scientist", "researcher", "professor"},
    "pro": {"professional"},  # "the pro" after "the course's head golf professional"
    "lawmaker": {"senator", "congressman", "congresswoman", "representative", "legislator", "mp", "assemblyman"},
    "legislator": {"senator", "congressman", "congresswoman", "representative", "mp", "assemblyman"},
    # "the four-time MLA from Bhimgarh" after "legislator Jagdish Pratap Tomar": a member of a legislature by its
    # initials, as Indian, Canadian and Scottish papers write them
    **{initials: {"legislator", "lawmaker"} for initials in ("mla", "mpp", "msp", "mna", "mp", "mep")},
    "td": {"legislator", "lawmaker", "deputy"},  # "Deputy Sinéad Corr ... the Independent TD told the House"
}


def _names_role(noun: str, role_words: set[str]) -> bool:
    """Whether "the <noun>" names the role written in ``role_words`` (singulars included), or a synonym of it."""
    return noun in role_words or bool(_ROLE_SYNONYMS.get(noun, set()) & role_words)


def description_names_role(noun: str, role_words: set[str]) -> bool:
    """Whether "the <noun>" names a role of ``role_words`` (lower case), its abbreviated titles read in full ("the
    judge" for "Justice Ana Ruiz", "the officer" for "Const. Ravi Gill", "the congressman" for "Rep. Jo Bell")."""
    return _names_role(noun, expand_titles({w.rstrip(".") for w in role_words}))


@functools.lru_cache(maxsize=4096)
def role_words(role: str | None) -> frozenset[str]:
    """The words of a stated role, lower case, with the singular of each lower-case plural ("Morning Joe hosts" →
    host) and the letters of a post written out ("chief financial officer" → cfo); a capitalised plural is a
    team's name, whose singular is no role ("Chiefs owner" holds no chief). Cached: a page's few roles are read
    for every description on it."""
    words = [w.strip(",.") for w in (role or "").split()]
    lowered = " ".join(words).lower()
    acronyms = {short for long, short in _ROLE_ACRONYMS.items() if long in lowered}
    lower = {w.lower() for w in words}
    # "a member of Sliabh Dubh County Council" is "the councillor"
    members = (
        {c for body, callings in _MEMBERS_CALLED.items() if body in lower for c in callings}
        if "member" in lower
        else set()
    )
    return frozenset(lower | _with_singulars({w for w in words if w.islower()}) | acronyms | members)


#: What a member of each body is called: "a member of the county council" is "the councillor".
_MEMBERS_CALLED = {
    "council": ("councillor", "councilor", "councilmember"),
    "senate": ("senator",),
    "assembly": ("assemblymember", "assemblyman", "assemblywoman"),
}


#: Posts news writes out in full and later by their letters: "Chief financial officer Marcus Hale" is "the CFO".
_ROLE_ACRONYMS = {
    "chief executive": "ceo",
    "chief financial officer": "cfo",
    "financial officer": "finance",  # "the chief financial officer, Martin Adebayo-Quill" is "the finance chief"
    "chief operating officer": "coo",
    "chief technology officer": "cto",
    "general manager": "gm",
    "member of parliament": "mp",
    "legislative assembly": "mla",
}


def _with_singulars(words: set[str]) -> set[str]:
    """``words`` and the singular of each plural in them ("hosts" -> host), so a role shared by two people names
    each of them."""
    return words | {w[:-1] for w in words if w.endswith("s") and not w.endswith("ss") and len(w) > 3}


#: Words that rank the post after them, which the tagger may take for verbs ("head coach", "managing director").
_RANK_WORDS = frozenset(["head", "managing", "acting", "assistant", "deputy", "chief", "executive", "associate"])


def _mistagged_role_word(tok: Token, start: int) -> bool:
    """A word of a role before a name that the tagger took for a verb: a compound in the role ("Harbour master
    Lena Vogt") or a capitalised word opening the sentence ("Acme chief financial officer Daniel Okoro")."""
    if not tok.text.replace("-", "").isalpha() or tok.lemma_.lower() in SPEECH_VERBS:
        return False  # "co-founder", kept one word by the tokenizer, may be tagged a verb too
    if tok.lower_ in ROLE_NOUNS and tok.i == start - 1:
        if tok.dep_ in {"compound", "amod", "nmod"}:
            return True  # "Veteran spinner Nathan Lyle": a role noun in the name's phrase, whatever its tag
        before = tok.doc[tok.i - 1] if tok.i > 0 else None
        if before is not None and before.is_alpha and before.text[:1].isupper():
            return True  # "Bears forward Ilya Petrov": a team's name before it, whatever the parser made of it
    after = tok.doc[tok.i + 1] if tok.i + 1 < start else None
    if tok.lower_ in _RANK_WORDS and after is not None and after.lower_ in ROLE_NOUNS:
        return True  # "Harvesters head coach Darren Kowalchuk", "managing director": a rank of the post after it
    # "Registered gas fitter Ann Ruiz"; but "and beat goaltender Anders Lindqvist": a verb's past, not a role's
    participle = tok.tag_ in {"VBD", "VBN"}
    compound = tok.dep_ in {"compound", "amod"} and tok.i < tok.head.i <= start
    glued = tok.i > 0 and tok.doc[tok.i - 1].text == "-"  # "self-taught carpenter", "well-known lawyer"
    compound = compound and (not participle or glued or tok.lower_.endswith("ed"))
    return compound or (tok.is_sent_start and tok.text[:1].isupper() and tok.tag_ in {"VB", "VBP", "VBZ"})


def _is_role_word(tok: Token) -> bool:
    low = tok.lower_.rstrip(".")
    return low in TITLE_WORDS or low in ROLE_NOUNS or low in ROYAL_TITLES or low.endswith("ist")


def _comma_role(doc: Doc, start: int, end: int, *, proper: frozenset[str] = frozenset()) -> str | None:
    """A role phrase before a comma and the name: "The council's director of infrastructure, Samuel Achterberg,"
    or "said the club's head coach, Rita Santos."; only where the phrase opens its clause. ``proper``: the words
    the article capitalises inside sentences, whose capital the role keeps ("Pellucid's chief executive,")."""
    if start < 2 or doc[start - 1].text != ",":
        return None
    if (
        end < len(doc)
        and doc[end].text not in {",", ".", ";", ")"}
        and doc[end].pos_ not in {"VERB", "AUX"}
        and _affiliation(doc, end) is None  # "The study's lead author, Dr. Keiko Tanaka of McMaster University,"
    ):
        return None  # "The mayor, Jane Doe and ...": a list, not a name in apposition
    last = start - 2
    first = None
    for i in range(last, max(-1, last - 10), -1):
        t = doc[i]
        if (
            t.pos_ in {"NOUN", "PROPN", "ADJ", "NUM"}
            or t.text in _POSSESSIVE
            or (i < last and t.lower_ in {"of", "for", "at", "to", "and", "&"})
            # "A spokeswoman for the union representing Acme workers, Jane Ortiz,": a participle inside the phrase
            or (i < last and t.tag_ in {"VBG", "VBN"} and t.dep_ == "acl")
            or (i < last and _in_hyphened_word(doc, i))  # "The Labour-run council's finance chief,"
        ):
            first = i
            continue
        if t.pos_ == "DET" or (t.pos_ == "PRON" and t.tag_ == "PRP$"):
            first = i  # a determiner or "her" opens the phrase
            if i > 0 and doc[i - 1].lower_ in {"of", "for", "at", "to"}:
                continue  # ... or the phrase of a preposition inside it ("a spokeswoman for the union")
            if i > 0 and doc[i - 1].tag_ in {"VBG", "VBN"} and doc[i - 1].dep_ == "acl":
                continue  # ... or the object of a participle inside it ("An attorney representing the fishermen")
        break
    while first is not None and first < last and doc[first].lower_ in {"of", "for", "at", "to"}:
        first += 1  # "wrote to the council leader, Joan Whitby,": the preposition is the clause's, not the role's
    if first is None:
        return None
    before = doc[first - 1] if first > 0 else None
    opens_clause = (
        before is None
        or doc[first].is_sent_start
        or before.text in {"—", "–", "(", ":", ","}
        or before.is_quote  # '"We are ready," the club's coach, Rita Santos, said
        or (before.pos_ == "CCONJ" and before.is_sent_start)  # "And the county's chief planner, Jo Bell,"
        or (before.pos_ == "SCONJ" and before.dep_ == "mark")  # "noted that Brandt's lawyer, Diane Froese, had"
        or (before.pos_ == "VERB" and before.lemma_.lower() in SPEECH_VERBS)
        or (before.pos_ in {"ADP", "VERB"} and _set_off_not_listed(doc, end))
    )
    if before is not None and before.text == "," and first >= 2 and doc[first - 2].ent_type_ == "PERSON":
        return None  # "Preceded by Joe Arpaio, the Arizona sheriff, Trump launched": the phrase is Arpaio's
    span = doc[first : last + 1]
    # "Her son, Luis,": a kin word is a role where a possessive says whose (it is never cut off a name here)
    kin = span[-1].lower_ in PERSON_NOUNS and any(t.tag_ == "PRP$" or t.text in _POSSESSIVE for t in span)
    # a piece of a hyphened word is no role word of its own ("prime" in "the prime-time debate")
    role_word = any(_is_role_word(t) and not _in_hyphened_word(doc, t.i) for t in span)
    if not opens_clause or not (kin or role_word) or span[-1].pos_ not in {"NOUN", "PROPN"}:
        return None
    if span[-1].lower_ in DOCUMENT_NOUNS:
        return None  # "In a victim personal statement, Deborah Lowther,": the phrase is a document, not her role
    while len(span) > 1 and span[0].pos_ == "CCONJ":
        span = span[1:]  # "And Florida's attorney general, Pam Bondi,": the sentence's "And" is no part of the role
    return role_text(span, proper=proper)


def _title_run_start(doc: Doc, i: int) -> int:
    """Where the titles right before token ``i`` start ("Sen." in "Sen. Kathleen Dorsey"; at most a few)."""
    k = i
    while k > 0 and i - k < 4 and doc[k - 1].lower_.rstrip(".") in TITLE_WORDS:
        k -= 1
    return k


def _court_side(doc: Doc, start: int, end: int) -> str | None:
    """The side a barrister speaks for in British court reports: "Defending, Aisling Rooney said her client ..."
    or "Daniel Ogunleye, prosecuting, said ..." -> "prosecuting"."""
    sides = {"defending", "prosecuting"}
    if end + 2 < len(doc) and doc[end].text == "," and doc[end + 1].lower_ in sides and doc[end + 2].text == ",":
        return doc[end + 1].lower_
    if start < 2 or doc[start - 1].text != ",":
        return None
    side = doc[start - 2]
    return side.lower_ if side.lower_ in sides and side.is_sent_start else None


def _in_hyphened_word(doc: Doc, i: int) -> bool:
    """Whether token ``i`` is a piece of a hyphened word with no spaces ("Labour", "-" or "run" in "Labour-run")."""
    t = doc[i]
    if t.text == "-":
        return not t.whitespace_ and i > 0 and not doc[i - 1].whitespace_
    glued_after = i + 1 < len(doc) and doc[i + 1].text == "-" and not t.whitespace_
    glued_before = i > 0 and doc[i - 1].text == "-" and not doc[i - 1].whitespace_
    return t.is_alpha and (glued_after or glued_before)


def _set_off_not_listed(doc: Doc, end: int) -> bool:
    """Whether a name after a role phrase and a comma is closed by a comma that no other name or "and" follows:
    "wrote to the council leader, Joan Whitby, three times" (an apposition), not "met the mayor, Jane Doe, and
    Tom Hill" (a list)."""
    if end + 1 >= len(doc) or doc[end].text != ",":
        return False
    after = doc[end + 1]
    return after.lower_ not in {"and", "or", "&"} and after.pos_ != "PROPN"


def _relative_role(doc: Doc, end: int, head: Token) -> str | None:
    """A role in a relative clause after the name: "X, who chairs the finance committee" -> "chair of the finance
    committee"; "X, who is the city's treasurer" -> "the city's treasurer"."""
    for clause in head.children:
        if clause.dep_ != "relcl" or clause.i < end:
            continue
        if not any(c.lower_ == "who" and c.dep_ in {"nsubj", "nsubjpass"} for c in clause.children):
            continue
        lemma = clause.lemma_.lower()
        wanted = "dobj" if lemma in ROLE_VERBS else "attr" if lemma == "be" else None
        obj = next((c for c in clause.children if c.dep_ == wanted), None)
        if lemma in _AS_VERBS and clause.tag_ in {"VBZ", "VBP", "VBD"}:  # "who serves/served as secretary of ..."
            prep = next((c for c in clause.children if c.dep_ == "prep" and c.lower_ == "as"), None)
            obj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
        if obj is None or obj.right_edge.i - obj.left_edge.i > 10:
            continue
        span = doc[obj.left_edge.i : obj.right_edge.i + 1]
        # "who was the city's treasurer": a past post, shown as one ("formerly the city's treasurer")
        # (founding is done once and stays true: "who founded the group" is its founder still)
        past = "formerly " if clause.tag_ == "VBD" and lemma not in _LASTING_ROLE_VERBS else ""
        if lemma in ROLE_VERBS:
            return f"{past}{ROLE_VERBS[lemma]} of {span.text}"
        if any(_is_role_word(t) for t in span):
            return past + span.text
    return None


def copular_role(doc: Doc, head: Token) -> str | None:
    """A role a sentence of the writer's states of its subject: "Maura Quinlan is chief executive of the harbour
    trust" -> "chief executive of the harbour trust"; "Tom Brandt has been named head coach" -> "head coach".

    Only a plain statement of a post counts: the main clause, present "is" or a passive of naming, no modal ("would
    be the president"), no denial ("is not the captain"), no quote in the sentence (a speaker's opinion: "Trump is
    a con artist"); a job word heads the phrase ("is a devoted father" gives none) and it says more than the bare
    noun ("is the nominee"), with no judging or ranking adjective ("a stiff campaigner", "the first mother").
    """
    if head.dep_ not in {"nsubj", "nsubjpass"} or head.head.dep_ != "ROOT":
        return None
    verb = head.head
    lemma = verb.lemma_.lower()
    if lemma == "be" and head.dep_ == "nsubj" and verb.tag_ in {"VBZ", "VBP"}:
        wanted = "attr"
    elif lemma in _NAMING_VERBS and head.dep_ == "nsubjpass":
        wanted = "oprd"
    else:
        return None
    if any(c.dep_ == "neg" or c.tag_ == "MD" for c in verb.children) or any(t.is_quote for t in verb.sent):
        return None
    phrase = next((c for c in verb.children if c.dep_ == wanted and c.i > head.i), None)
    if phrase is None or not _plain_post(phrase):
        return None
    end = phrase.right_edge.i + 1
    cut = next(
        (t.i for t in doc[phrase.i : end] if t.text in _PHRASE_BREAKS or t.lower_ in _CLAUSE_WORDS),
        end,
    )
    # "is the campaign's field director and one of the aides who ...": the first post only
    cut = min([cut, *(_clause_cut(c, phrase) for c in phrase.children if c.dep_ == "conj")])
    span = doc[phrase.left_edge.i : cut]
    return span.text if 0 < len(span) <= 12 else None


def _plain_post(noun: Token) -> bool:
    """Whether a predicate noun names a post plainly: a job or title word, said with more than an article, with no
    adjective judging or ranking the person (see ``copular_role``)."""
    low = noun.lower_
    if noun.ent_type_ == "PERSON" or not (low in ROLE_NOUNS or low.rstrip(".") in TITLE_WORDS):
        return False
    left = [c for c in noun.children if c.i < noun.i]
    if any(c.lower_ == "such" or c.tag_ in {"JJS", "RBS"} or c.lower_ in _RANKING for c in left):
        return False
    if any(c.pos_ == "ADJ" and c.is_lower and c.lower_ not in _POST_ADJECTIVES for c in left):
        return False  # "a stiff campaigner", "an honest broker"
    described = [c for c in noun.children if c.dep_ != "det" and not c.is_punct]
    return bool(described) or not any(c.dep_ == "det" for c in noun.children)


#: What ends a role phrase read from a sentence: a comma, a dash or a bracket.
_PHRASE_BREAKS = frozenset([",", ";", "(", "-", "--", "—", "–"])
#: Adjectives that rank a person rather than name a post ("the first woman", "the only senator").
_RANKING = frozenset(["first", "only", "last", "sole", "lone", "next"])
#: Lower-case adjectives that belong to a post's name ("senior adviser", "national co-chair").
_POST_ADJECTIVES = frozenset(
    [
        *("former", "senior", "junior", "chief", "deputy", "executive", "national", "general", "local", "longtime"),
        *("veteran", "retired", "assistant", "associate", "acting", "interim", "political", "legal", "financial"),
        *("managing", "regional", "federal", "international", "foreign", "principal", "medical", "technical"),
    ]
)


#: Verbs whose passive names a post: "was named head coach", "has been appointed chair of the board".
_NAMING_VERBS = frozenset(["name", "appoint", "elect", "make", "install", "promote"])


#: Role verbs whose past tense states a role still held ("who founded the group" is its founder).
_LASTING_ROLE_VERBS = frozenset(["found"])

#: Verbs of a relative clause whose "as" phrase states a role ("who serves as the club's secretary").
_AS_VERBS = {"serve", "work", "act"}


def _apposition_tokens(child: Token, end: int) -> list[Token]:
    """The tokens of an apposition right after a name, up to a relative clause in it when what is left names a
    job: ", a former teacher who now runs a bakery," -> "a former teacher".  An age (", 52,") is no role (the
    apposition after it is), and
    an "apposition" the parser hung on a name from further on in the sentence is none either."""
    doc = child.doc
    first = child.left_edge.i
    if child.like_num or any(doc[i].text not in _APPOSITION_MARKS and not doc[i].like_num for i in range(end, first)):
        return []
    if any(c.dep_ == "poss" and c.pos_ == "PRON" for c in child.children) and any(
        c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in child.children
    ):
        return []  # "Nazari, 44, his wife, Shabnam Nazari, and their children arrived": another person, listed
    child = _glued(child)
    clauses = [c.left_edge.i for c in child.children if c.dep_ in {"relcl", "acl"} and c.i > child.i]
    # "an analyst at Clearwater Securities who rates the stock": a "who" clause is the person's, wherever the
    # parser hung it
    clauses += [_clause_cut(c, child) for c in child.subtree if c.dep_ == "relcl" and c.i > child.i and _who_clause(c)]
    last = child.right_edge.i
    # "the trade minister of Norland, a founding member of the customs union", "the mayor of Alton, a town of
    # 5,000": an apposition inside the apposition is the place's, or a second role; the first is the person's role
    nested = [
        c.left_edge.i - 1
        for c in child.subtree
        if c.dep_ == "appos"
        and c.pos_ == "NOUN"  # not "Cape Breton, Nova Scotia" or "parent company, Mondelez International"
        and c.left_edge.i > child.i + 1
        and doc[c.left_edge.i - 1].text == ","
        and not _through_conjunct(c.head, child)  # "a first lady, ..., and Sanders, a senator": his, not hers
    ]
    last = min([last, *(k - 1 for k in nested)])
    # "a 58-year-old crane operator who said ...": a trade by its ending is a job too
    job = _is_role_word(child) or (child.pos_ == "NOUN" and _PERSON_ENDING.search(child.lower_) is not None)
    if clauses and not job:
        return list(doc[max(first, end) : last + 1])  # as a whole: a verb in it makes it no role
    toks = list(doc[max(first, end) : min([last + 1, *clauses])])
    if clauses and any((t.lower_ in _RANKING or t.tag_ == "JJS") and not _in_hyphened_word(doc, t.i) for t in toks):
        # "the only senator who voted against it": the clause defines the person; cut off, the rest is no role
        return list(doc[max(first, end) : last + 1])
    after = last + 1
    if (
        toks
        and not clauses
        and after < len(doc)
        and doc[after].pos_ in {"ADV", "ADP", "ADJ"}
        and is_role_noun(doc[after].lower_)
        and (after + 1 == len(doc) or doc[after + 1].is_punct)
    ):
        toks.append(doc[after])  # "the Raptors' all-star forward,": the tagger read "forward" as an adverb
    return toks


def _clause_cut(clause: Token, head: Token) -> int:
    """Where a "who" clause inside an apposition cuts it: at the clause, or before the conjunct holding it ("the
    campaign's field director and one of the aides who ..." -> "the campaign's field director")."""
    node = clause
    while node.head.i != node.i and node.head != head:
        node = node.head
    if node.dep_ != "conj" or node.head != head:
        return clause.left_edge.i
    k = node.left_edge.i
    while k > head.i + 1 and (head.doc[k - 1].dep_ == "cc" or head.doc[k - 1].is_punct):
        k -= 1  # the "and" or comma before the conjunct goes too
    return k


def _who_clause(clause: Token) -> bool:
    """Whether a relative clause opens with "who", "whom" or "whose" (of a person, not a thing)."""
    return any(c.lower_ in {"who", "whom", "whose"} for c in clause.children if c.i < clause.i)


#: Words that make a role a past one ("former governor", "formerly chair").
PAST_WORDS = frozenset(["former", "formerly", "ex"])

#: Titles a name is addressed by after "the" ("the Rev. Luca Ferri"), which say how to address the person, not
#: what they do.
_ADDRESS_TITLES = frozenset(["rev", "reverend", "hon", "honourable", "honorable"])


def _address_before(doc: Doc, at: int) -> int | None:
    """Where "the" starts when "the <title of address>" ends right before token ``at`` ("the Rev." before a name, or
    the title itself at ``at``), else None."""
    k = at if at < len(doc) and doc[at].lower_.rstrip(".") in _ADDRESS_TITLES else at - 1
    if k < 1 or doc[k].lower_.rstrip(".") not in _ADDRESS_TITLES or doc[k - 1].lower_ != "the":
        return None
    return k - 1


def _another_of_many(role: str) -> bool:
    """Whether a role only counts the person among others ("another critic", "one resident")."""
    return role.split(maxsplit=1)[0].lower() in {"another", "one"}


def _owned_kin(role: str | None) -> bool:
    """Whether a role is only someone's kin, the owner named or a pronoun ("Mr Gorman's daughter", "his wife")."""
    words = (role or "").lower().replace("’", "'").split()
    return (
        len(words) >= 2
        and words[-1] in _RELATIVES
        and any(w in OWNING_PRONOUNS or w.endswith("'s") for w in words[:-1])
    )


def _relation_words(role: str) -> bool:
    """Whether a phrase speaks of kin or of a relation to someone ("his wife", "a cousin of the victim")."""
    return bool({w.lower().strip(",.") for w in role.split()} & (_RELATIVES | OWNING_PRONOUNS))


def _names_a_job(role: str | None) -> bool:
    """Whether an apposition names a job or post ("a police spokesperson", "president of the union"), not a
    party and state ("R-Fla."), a kin word ("his wife") or what someone likes ("a Cowboys fan")."""
    if not role or "(" in role or ")" in role:
        return False
    words = [w.lower().strip(",.") for w in role.split()]
    if words[0] in {"his", "her", "its", "their"}:
        return False
    return any(w in ROLE_NOUNS or w in TITLE_WORDS for w in words)


def _through_conjunct(tok: Token, top: Token) -> bool:
    """Whether the path from ``tok`` up to its ancestor ``top`` passes a conjunct (another item of a list)."""
    while tok.i != top.i:
        if tok.dep_ == "conj":
            return True
        if tok.head.i == tok.i:
            return False
        tok = tok.head
    return False


_RELATIVE_WORDS = {"who", "whose", "which", "that", "whom"}

#: What stands between a name and its apposition (", the mayor", "(the mayor)", "— the mayor"); not ":".
_APPOSITION_MARKS = {",", "(", "—", "–", "-", "--"}


def _glued(child: Token) -> Token:
    """The last of the apposition heads written as one word with ``child`` ("co-founder", which the parser may
    split into three appositions "co", "-", "founder"), so the apposition is read to that word's end."""
    doc = child.doc
    while True:
        right = child.right_edge.i
        if right + 1 >= len(doc) or doc[right].whitespace_ or doc[right + 1].head != child.head:
            return child
        if doc[right + 1].dep_ != "appos":
            return child
        child = doc[right + 1]


#: Endings of nouns for a person's job or standing ("organiser", "adoptee", "historian"), for an apposition that
#: uses a noun outside the word lists.
_PERSON_ENDING = re.compile(r"(?:er|or|ist|ian|ant|ent|ee|ive)s?$")


#: Words of an apposition that describe a person: the lists, and nouns that only there are sure to ("a visiting
#: fellow", "a Texas native"; before a name they are adjectives: "fellow senator", "native sons").
_PERSON_WORDS = (TITLE_WORDS | PERSON_NOUNS | GROUP_NOUNS | ROYAL_TITLES | {"fellow", "native"}) - {
    "audience",
    "crowd",
    "group",
    "people",
    "staff",
}
#: The words for a person, and nouns for one of a group ("a witness"), in an apposition after a name.
_PERSON_AND_GROUP_WORDS = _PERSON_WORDS | SINGLE_GROUP_NOUNS


def _another_persons_name(span: Span) -> bool:
    """Whether a name-headed apposition is someone else's name ("second Leah Comeau", which the recogniser may
    tag an organisation): tagged a person's, or opening with a given name."""
    return span.root.ent_type_ == "PERSON" or any(
        t.pos_ == "PROPN" and t.text[:1].isupper() and t.lower_ in _GIVEN_NAMES for t in span
    )


def _describes_a_person(span: Span) -> bool:
    """Whether an apposition reads as a description of a person: a job, title or person noun in it (", a former
    teacher", ", a Muslim"), or a name (", D-Ill."); not ", herself" or a clause hung on the wrong word."""
    if span[0].lower_ in _RELATIVE_WORDS or span[0].lower_.endswith(("self", "selves")):  # ", whose husband,"
        return False
    if all(t.pos_ == "PRON" for t in span):
        return False
    if span.root.pos_ == "PROPN":
        # "third Brooke Sampson, second Leah Comeau and lead Patti Rudderham": another person of a list, no role
        return not _just_a_name(span) and not _another_persons_name(span)
    for t in span:
        low = t.lower_.rstrip(".")
        if low in _PERSON_WORDS or low.rstrip("s") in PERSON_NOUNS:
            return True
        if t.ent_type_ == "NORP" or (t.pos_ == "NOUN" and _PERSON_ENDING.search(low)):
            return True
    return False


def _just_a_name(span: Span) -> bool:
    """Whether an apposition is only another name ("a message to Clinton, Tanden, head of ..."): capitalised words
    and no role word, unlike ", D-Ill." or ", CEO"."""
    return len(span) <= 3 and all(t.is_alpha and t.is_title and not _is_role_word(t) for t in span)


def _affiliation(doc: Doc, end: int) -> str | None:
    """The organisation in "of <organisation>" after a name, with or without a comma ("Prof. Ana Ruiz, of the
    University of Leeds" -> "University of Leeds"); a title alone would drop where the person works."""
    k = end + 1 if end < len(doc) and doc[end].text == "," else end
    if k + 1 < len(doc) and doc[k].lower_ == "from":
        # "Professor Idris Farouk, from the University of Westmere,": a body, never a hometown ("from Dunmore")
        obj = next((c for c in doc[k].children if c.dep_ == "pobj"), None)
        body = obj is not None and any(t.ent_type_ == "ORG" or t.lemma_.lower() in _BODY_HEADS for t in obj.subtree)
        return _of_phrase(doc[k]) if body else None
    if k + 1 >= len(doc) or doc[k].lower_ != "of":
        return None
    phrase = _of_phrase(doc[k])
    if phrase is not None:
        return phrase  # "of Kent Police's collision investigation unit": the whole phrase, not just the name in it
    first = k + 2 if doc[k + 1].lower_ == "the" else k + 1
    last = first
    while (
        last < len(doc)
        and last - first < 8
        and doc[last].ent_type_ == "ORG"
        and (last == first or doc[last].ent_iob_ == "I")
    ):
        last += 1
    return doc[first:last].text if last > first else None


def _of_phrase(of: Token) -> str | None:
    """The noun phrase "of" (or "from") governs, without its article, when it is short and names a body ("of the
    University of Leeds", "of Kent Police's serious collision investigation unit"); None for anything longer or
    looser."""
    obj = next((c for c in of.children if c.dep_ == "pobj"), None)
    if obj is None or obj.pos_ not in {"NOUN", "PROPN"}:
        return None
    lo, hi = obj.left_edge.i, obj.right_edge.i + 1
    while hi < len(of.doc) and _capitalised_propn(of.doc[hi]) and obj.pos_ == "PROPN":
        hi += 1  # "of Environment Canada said": the parser took "Canada" for the subject; a name runs on
    # "from the University of Westmere, who led the study": a relative clause the parser hung on the body is the
    # person's, no part of the body's name
    hi = min([hi, *(c.left_edge.i for c in obj.subtree if c.dep_ == "relcl" and c.i > obj.i)])
    while hi > lo and of.doc[hi - 1].text == ",":
        hi -= 1
    span = of.doc[lo:hi]
    if len(span) > _MAX_AFFILIATION or any(
        (t.is_punct and t.text not in _POSSESSIVE) or t.pos_ == "VERB" for t in span
    ):
        return None
    if not any(t.ent_type_ == "ORG" or t.text[:1].isupper() for t in span):
        return None  # "of two", "of the town": no body named
    if span[-1].is_lower and span[-1].lemma_.lower() not in _BODY_HEADS:
        return None  # "Sen. Ted Cruz of Texas center stage": the phrase runs on past the body
    if span[0].lower_ == "the":
        span = span[1:]
    return span.text or None


#: the most words an affiliation after a name runs to
_MAX_AFFILIATION = 10
#: nouns that end the name of a body a person works in ("Kent Police's serious collision investigation unit")
_BODY_HEADS = INSTITUTION_WORDS | {"unit", "division", "branch", "squad", "team", "hospital", "trust"}


#: Titles that say less than the apposition after the name ("Professor Alison Kerr, a transport economist at ...").
_ACADEMIC_TITLES = frozenset(["professor", "prof", "dr", "doctor"])


#: A US lawmaker's party tag after the name: "(R-Idaho)", "(D-N.Y.)", ", R-Wis.," (a state or a home town).
_PARTY_TAG = re.compile(r"\s*(?:\(\s*|,\s*)([RDI])\s*[-–]\s*([A-Z][A-Za-z.]*(?: [A-Z][A-Za-z.]*)?)\s*[),]")
_TAG_PARTIES = {"R": ("republican",), "D": ("democrat", "democratic"), "I": ("independent",)}


def _party_tag_after(doc: Doc, end: int) -> frozenset[str]:
    """The words of a party tag right after a name ending at token ``end`` ("(R-Calif.)" -> republican,
    california), for telling "the California Republican" among the people named; empty for none."""
    if end >= len(doc) or doc[end].text not in {"(", ","}:
        return frozenset()
    found = _PARTY_TAG.match(doc.text, doc[end].idx, doc[end].idx + 40)
    if found is None:
        return frozenset()
    party, place = found.groups()
    place = US_STATE_ABBREVIATIONS.get(place.lower(), place.lower().rstrip("."))
    return frozenset([*_TAG_PARTIES[party], *place.split()])


def _title_and_affiliation(doc: Doc, role: str | None, end: int) -> str | None:
    """A bare title or trade with the organisation after the name: "Prof. Ana Ruiz, of the University of Leeds" ->
    "Prof., University of Leeds"; "Meteorologist Armel Castellan of Environment Canada" -> "meteorologist,
    Environment Canada" (the title alone drops where the person works)."""
    if not role or not all(w.rstrip(".") in TITLE_WORDS or is_role_noun(w) for w in role.lower().split()):
        return role  # titles or trades only: "Prof.", "Det Sgt", "meteorologist"
    where = _affiliation(doc, end)
    return f"{role}, {where}" if where else role


def _right_role(doc: Doc, end: int, head: Token) -> str | None:
    """Role from an apposition (", the city's mayor,") or "of <organisation>" right after a name."""
    end = _after_hometown(doc, end) or end  # "Ann Boyd of Pine Falls, Ont., a champion,": the role comes after
    end = _after_degrees(doc, end)  # "Michael Shadlen, Ph.D., of Columbia University": a degree is no role
    for child in head.children:
        if child.dep_ == "appos" and child.i >= end and child.ent_type_ != "PERSON":
            sub = _apposition_tokens(child, end)
            if not sub:
                continue
            span = _with_whole_entity(doc[sub[0].i : sub[-1].i + 1])
            clause = next((t.i for t in span[1:] if t.text == "," and t.nbor().lower_ in _CLAUSE_WORDS), None)
            if clause is not None:
                span = doc[span.start : clause]  # "the organist at the church, which is on the same street": no role
            while len(span) and span[-1].is_punct and not _closes_a_title(span):
                span = span[:-1]
            while len(span) and span[0].is_punct:
                span = span[1:]
            if (
                0 < len(span) <= 18
                # "managing director of ...": a rank the tagger took for a verb is no verb of a clause
                and not any(t.pos_ == "VERB" and t.dep_ != "amod" and t.lower_ not in _RANK_WORDS for t in span)
                and _describes_a_person(span)
                and not _another_named(span)
            ):
                return _without_lone_mark(span)
    if (
        end + 1 < len(doc)
        and doc[end].lower_ == "of"
        and doc[end + 1].ent_type_ not in {"ORG", "GPE"}
        and doc[end + 1].pos_ == "PROPN"
    ):
        k = end + 1
        while k < len(doc) and doc[k].pos_ == "PROPN" and doc[k].text[:1].isupper() and k - end <= 5:
            k += 1
        if _owns_a_common_noun(doc, k):
            return None  # "convicted Ledger of Amy's manslaughter": someone's something, not where he is from
        return doc[end + 1 : k].text
    if end + 2 < len(doc) and doc[end].text == "," and doc[end + 1].lower_ == "of":
        end += 1  # "Paul Davies, of the Institute for Fiscal Studies,"
    if end + 1 < len(doc) and doc[end].lower_ == "of" and doc[end + 1].ent_type_ == "ORG":  # a hometown is none
        phrase = _of_phrase(doc[end])
        opening = doc[end + 2] if doc[end + 1].lower_ == "the" and end + 2 < len(doc) else doc[end + 1]
        if phrase is not None and phrase.startswith(opening.text):
            return phrase  # "of Columbia University's brain institute": the body the organisation's name opens
        k = end + 1
        label = doc[k].ent_type_
        while k < len(doc) and doc[k].ent_type_ == label and (k == end + 1 or doc[k].ent_iob_ == "I"):
            k += 1
        span = doc[end + 1 : k]
        if len(span) and span[0].lower_ == "the":
            span = span[1:]
        return span.text if len(span) else None
    # surface apposition the parser missed: ", a spokesman for Acme," / ", the ambassador,"
    if end + 2 < len(doc) and doc[end].text == ",":
        k = end + 1
        while k < len(doc) and k - end <= 12 and doc[k].text not in {",", ".", ";", ":", "(", ")"}:
            if (doc[k].pos_ in {"VERB", "AUX"} and doc[k].lower_ not in _RANK_WORDS) or doc[k].is_quote:
                return _relative_role(doc, end, head)
            k += 1
        closed = k < len(doc) and (doc[k].text == "," or (doc[k].text == "." and _ends_sentence(doc, k)))
        if closed and k > end + 1:  # "…, a neurologist at Stanford, said" or "… was Anna Kerr, MD, a neurologist."
            span = doc[end + 1 : k]
            words = {t.lower_ for t in span}
            person_words = words & _PERSON_AND_GROUP_WORDS
            if (
                _describes_a_person(span)
                and (person_words or any(t.lower_.endswith("ist") for t in span))
                and not _another_named(span)
            ):
                return span.text
    return _relative_role(doc, end, head)


def _with_whole_entity(span: Span) -> Span:
    """``span`` run on to the end of the named entity its last word opens ("General Manager of Patient Monitoring
    Systems Canada", where the parser may make the last word the verb's subject)."""
    doc, end = span.doc, span.end
    label = span[-1].ent_type_ if len(span) else ""
    while label and end < len(doc) and doc[end].ent_iob_ == "I" and doc[end].ent_type_ == label:
        end += 1
    return doc[span.start : end]


def _another_named(span: Span) -> bool:
    """Whether an apposition names someone or something else with its own noun, the next of a list or another party
    ("Pete Sorensen, singer-keyboardist Lyle Macready, and ...", "Rhee, her former label Quill Records, ..."), not a
    role of the name before it; a role naming whose it is ("spokesman for John Smith", "director under President
    Bill Clinton") links the name with a preposition or possessive."""
    last = span[-1]
    label = last.ent_type_
    if label not in {"PERSON", "ORG"} and not (last.pos_ == "PROPN" and last.text[:1].isupper()):
        return False
    name_start = last.i
    while name_start > span.start and label and span.doc[name_start - 1].ent_type_ == label:
        name_start -= 1
    before = span.doc[span.start : name_start]
    linked = any(t.pos_ == "ADP" or t.lower_ in _ROLE_PREPOSITIONS or t.text in _POSSESSIVE for t in before)
    if not before or linked:
        return False
    if not before[-1].is_lower:
        return False  # "Rob Goldman, President Ascom North America,": a title with the body it heads
    return _is_role_word(before[-1]) or (label == "ORG" and before[-1].pos_ == "NOUN")


#: Degrees and post-nominal letters written after a name: "Anna Kerr, MD, a neurologist at Stanford,".
_DEGREES = frozenset(["phd", "ph.d.", "ph.d", "md", "m.d.", "rn", "mba", "dphil", "d.phil.", "dds", "pharmd", "frcp"])


def _ends_sentence(doc: Doc, k: int) -> bool:
    """Whether the period at ``k`` ends its sentence (not an abbreviation's)."""
    return k + 1 >= len(doc) or doc[k + 1].is_sent_start


def _after_degrees(doc: Doc, end: int) -> int:
    """The index after the degrees set off by commas right after a name ending at ``end`` (", Ph.D.", ", MD, PhD"),
    leaving the comma before what follows them; ``end`` when there are none."""
    while end + 1 < len(doc) and doc[end].text == "," and doc[end + 1].lower_ in _DEGREES:
        end += 2
    return end


def _without_lone_mark(span: Span) -> str:
    """The span's text without an opening quotation mark whose closing one lies past it ("host of the reality show
    “The Apprentice,” said": the comma and the mark are the sentence's), so the role reads "... show The
    Apprentice" rather than with half a pair."""
    text = span.text
    if text.count("“") > text.count("”"):
        at = text.rfind("“")
        text = text[:at] + text[at + 1 :]
    return text


def _closes_a_title(span: Span) -> bool:
    """Whether the span's last token is the closing mark of a title it opened ("host of the show “The Apprentice”")."""
    return span[-1].text == "”" and any(t.text == "“" for t in span[:-1])


#: Words opening a relative clause inside an apposition, which describes the place or body named, not the person.
_CLAUSE_WORDS = frozenset(_RELATIVE_WORDS | {"where"})


def _after_hometown(doc: Doc, end: int) -> int | None:
    """Where "of <town>, <province or state>" or "of <state>" after a name ends (a hometown, no role), or None when
    none follows."""
    if end + 1 >= len(doc) or doc[end].lower_ != "of":
        return None
    k = end + 1
    while k < len(doc) and _capitalised_propn(doc[k]) and k - end <= 4:
        k += 1
    if k == end + 1 or k + 1 >= len(doc) or doc[k].text != ",":
        return None
    if doc[k + 1].ent_type_ != "GPE":
        # "Sen. Thomas Breyer of Ohio, the ranking Democrat on the subcommittee,": a state alone, then the role
        return k if all(t.ent_type_ == "GPE" for t in doc[end + 1 : k]) else None
    k += 1  # the place after the comma, which may run to several words ("Smiths Falls, New Brunswick")
    while k + 1 < len(doc) and doc[k + 1].ent_type_ == "GPE" and doc[k + 1].ent_iob_ == "I":
        k += 1
    return k + 1  # the token after the place: the comma before an apposition, or the verb


def _is_asked(head: Token) -> bool:
    """Whether the name is the one a question was put to: "X asked Sanders whether ...", "pressed Cruz about ...".

    A request ("asked Biden to lead") is no question, and its asker stays the likelier "he".
    """
    verb = head.head
    if head.dep_ != "dobj" or verb.lemma_.lower() not in _QUESTION_VERBS:
        return False
    if any(c.dep_ == "xcomp" for c in verb.children):
        return False
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ in {"about", "on"}:
            return True
        if c.dep_ in {"ccomp", "advcl"} and c.i > head.i:
            first = next(iter(c.subtree))
            if first.lower_ in _QUESTION_WORDS:
                return True
    return False


def dateline_end(doc: Doc) -> int:
    """Tokens of a dateline opening the paragraph ("WASHINGTON (Reuters) -"), which name no speaker."""
    for k in range(min(len(doc), 14)):
        t = doc[k]
        if t.text in {"—", "–", "-", "--"} and k > 0:
            has_agency = any(doc[j].text == "(" for j in range(k)) and any(doc[j].text == ")" for j in range(k))
            caps = doc[0].text.isupper() and len(doc[0].text) > 1
            return k + 1 if has_agency or caps else 0
        if t.pos_ == "VERB":
            return 0
    return 0


class _Unnamed:
    """What a pronoun stands for when it goes on with someone the article describes but does not name."""


@dataclass(frozen=True)
class _Introduced(_Unnamed):
    """Someone the article introduces unnamed ("A reporter for a French agency called it ..."), at the head noun
    of that description: a later "he said" is theirs, and the description is what a reader can be told."""

    paragraph: int
    index: int


UNNAMED = _Unnamed()
#: Nouns for anyone at all: "the woman said" is as often someone the story never names.
_GENERIC_NOUNS = frozenset(["man", "woman", "boy", "girl", "person"])


def _person_noun(tok: Token, in_quote: set[int], *, determiners: set[str], described: bool = False) -> bool:
    """Whether ``tok`` is a person noun outside quotes opened by one of ``determiners``, not set beside a name ("the
    mayor, Jane Doe,"); with ``described``, an apposition that names no one may stand beside it ("One volunteer, a
    retired teacher,"). With no article, a numeral "one" opens it ("One legal expert said")."""
    opener = {c.lower_ for c in tok.children if c.dep_ == "det"} or {
        c.lower_ for c in tok.children if c.dep_ == "nummod" and c.lower_ == "one"
    }
    return (
        tok.pos_ == "NOUN"
        and (is_person_noun(tok.lower_) or tok.lower_ in UNNAMED_SOURCE_NOUNS)
        and tok.i not in in_quote
        and bool(opener & determiners)
        and not any(
            c.dep_ == "appos" and (not described or c.pos_ == "PROPN" or c.ent_type_ in {"PERSON", "ORG", "NORP"})
            for c in tok.children
        )
    )


def _person_description(tok: Token, in_quote: set[int]) -> bool:
    """Whether ``tok`` heads "the <person noun>" as a subject or possessive outside quotes ("the senator said",
    "the nominee's support")."""
    return tok.dep_ in {"nsubj", "nsubjpass", "poss"} and _person_noun(tok, in_quote, determiners={"the", "this"})


#: The pronouns owning a relation ("his mother").
OWNING_PRONOUNS = frozenset(["his", "her", "their"])


def _relation_beside(name: Span) -> tuple[str, str, int] | None:
    """(noun, owner word, owner token) of a relation set in apposition with a name ("his mother, Linda Park";
    "Linda Park, his mother"; "Lachance's mother, Denise Lachance" gives owner "lachance"; the parser may hang the
    name's first word on the noun, "his wife, Datin Sharifah Nor Aini"), or None."""
    nouns = [t.head for t in name if t.dep_ == "appos" and not name.start <= t.head.i < name.end]
    nouns += [c for c in name[-1].children if c.dep_ == "appos"]
    for noun in nouns:
        owner = next((c for c in noun.children if c.dep_ == "poss"), None)
        if owner is not None and noun.pos_ == "NOUN" and is_person_noun(noun.lower_):
            return noun.lower_, owner.lower_, owner.i
    return None


#: How many people an article's family look-up reads (a page naming thousands costs no more).
_MAX_PERSONS_READ = 400
#: The other side of a relation: "his mother" is the one whose son the article named ("Her son, Marcus,").
_INVERSE_RELATIONS = {
    "mother": ("son", "daughter"),
    "father": ("son", "daughter"),
    "son": ("mother", "father"),
    "daughter": ("mother", "father"),
    "wife": ("husband",),
    "husband": ("wife",),
    "sister": ("brother", "sister"),
    "brother": ("brother", "sister"),
}
#: The gender a relation noun gives the one it names.
_RELATION_GENDER = {
    "mother": "f",
    "wife": "f",
    "daughter": "f",
    "sister": "f",
    "father": "m",
    "husband": "m",
    "son": "m",
    "brother": "m",
}


#: A role that is someone's relation ("Sorensen's daughter", "the daughter of Dale Sorensen").
_OWNED_RELATION = re.compile(r"^\S+['’]s? \w+$|^the \w+ of [A-Z]")


def _pronoun_owned_subject(tok: Token, in_quote: set[int]) -> bool:
    """Whether ``tok`` heads "his/her <person noun>" as a subject outside quotes, with no name beside it ("His
    father was less emotional"): someone a "he" right after may be, though the article never names them."""
    return (
        tok.dep_ in {"nsubj", "nsubjpass"}
        and tok.pos_ == "NOUN"
        and is_person_noun(tok.lower_)
        and tok.i not in in_quote
        and any(c.dep_ == "poss" and c.lower_ in {"his", "her"} for c in tok.children)
        and not any(c.dep_ == "appos" for c in tok.children)
    )


def _introduced_unnamed(tok: Token, in_quote: set[int], *, quote_opens_next: bool = False) -> bool:
    """Whether ``tok`` heads "a <person noun>" as the subject of a speech verb outside quotes ("A reporter for a
    radio station called it"), or as any subject kept anonymous ("Another analyst, who asked not to be named, was
    ..."): a source a later pronoun or "the analyst" may go on with though the article never names them ("for a
    sitting judge to criticize ..." introduces no one)."""
    speaks = (
        tok.dep_ == "nsubj"
        and tok.head.pos_ == "VERB"
        and tok.head.tag_ in {"VBD", "VBZ", "VBP"}  # finite: "for a justice to criticize" introduces no one
        and tok.head.lemma_.lower() in SPEECH_VERBS
    )
    # "According to a senior official, ...": a source as much as the subject of "said"
    according = tok.dep_ == "pobj" and tok.head.lower_ == "to" and tok.head.head.lower_ == "according"
    if not (
        _person_noun(tok, in_quote, determiners={"a", "an", "another", "one"}, described=True)
        or one_of_people(tok, in_quote)
    ):
        return False
    if _named_in_apposition(tok):
        return False  # "A professor of economics at Bello University, Professor Hauwa Yusuf, warned": named
    # "Another analyst, who asked not to be named, was more sympathetic": a source kept anonymous on purpose
    return (
        speaks
        or according
        or (tok.dep_ in {"nsubj", "nsubjpass"} and kept_anonymous(tok))
        # "A woman who lives along the highway and asked not to be named because ... said": a long clause the parser
        # made the sentence's root, the source it opens on
        or (tok.dep_ == "ROOT" and tok.i - tok.sent.start <= 2 and kept_anonymous(tok))
        or _acts_before_a_quote(tok, in_quote, quote_opens_next=quote_opens_next)
    )


def _acts_before_a_quote(tok: Token, in_quote: set[int], *, quote_opens_next: bool = False) -> bool:
    """Whether ``tok`` is the subject of a finite verb in a sentence a quote follows right after ("A senior diplomat
    in Brussels played down the dispute. "A," said the diplomat"): the one introduced to say it."""
    verb = tok.head
    if tok.dep_ not in {"nsubj", "nsubjpass"} or verb.pos_ not in {"VERB", "AUX"}:
        return False
    if verb.dep_ != "ROOT" and tok.left_edge.i != tok.sent.start:
        return False  # the root's subject, or one opening the sentence however the parser hung it
    if verb.tag_ not in {"VBD", "VBZ", "VBP"} and not any(c.dep_ == "auxpass" for c in verb.children):
        return False
    doc = tok.doc

    def quote_after(end: int) -> bool:
        if end >= len(doc):
            return quote_opens_next  # the paragraph after opens with a quote
        return end in in_quote or (end + 1 < len(doc) and end + 1 in in_quote)

    end = tok.sent.end
    if quote_after(end):
        return True
    # "A man who farmed here stood at the back. Asked what he had lost, he shrugged." / "A," he said: one
    # sentence about him between
    if end >= len(doc):
        return False
    after = doc[end].sent
    return any(c.dep_ == "nsubj" and c.lower_ in {"he", "she"} for c in after.root.children) and quote_after(after.end)


def _named_in_apposition(noun: Token) -> bool:
    """Whether a person's name stands in apposition to ``noun`` or to the last noun of its phrase ("A professor of
    economics at Bello University, Professor Hauwa Yusuf,", where the parser hangs the name on "University")."""
    phrase_objects = [o for c in noun.children if c.dep_ == "prep" and c.i > noun.i for o in c.children]
    return any(a.dep_ == "appos" and a.ent_type_ == "PERSON" for n in (noun, *phrase_objects) for a in n.children)


def one_of_people(tok: Token, in_quote: set[int]) -> bool:
    """Whether ``tok`` is "one" of a group of people ("One of the victims, a retired nurse, said"): one source."""
    if tok.lower_ != "one" or tok.i in in_quote:
        return False
    of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    group = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    if group is None or group.tag_ != "NNS" or not (is_person_noun(group.lemma_.lower()) or group.lower_ == "friends"):
        return False  # "her college friend Rafael Tan" gives no role: "friend" is a person noun only here
    # "One of the miners, 24-year-old Jake Pereira, said": named after all, and the name is the one to go on with
    return not any(c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in (*tok.children, *group.children))


#: how far after a source's noun "who asked not to be named" is looked for
_ANONYMITY_REACH = 16


def kept_anonymous(noun: Token) -> bool:
    """Whether the phrase ``noun`` heads says the person is not named: "who asked not to be named", "who declined
    to be identified", "who asked that her name not be published", "speaking on condition of anonymity" ("an
    engineer named Pavel Dorn" is named)."""
    doc = noun.doc
    for t in doc[noun.i : min(noun.right_edge.i + 1, noun.i + _ANONYMITY_REACH)]:
        if t.lower_ in {"anonymity", "anonymously"}:
            return True
        if (
            t.lemma_.lower() in {"name", "identify", "publish", "use", "release", "disclose"}
            and t.tag_ == "VBN"
            and any(c.dep_ == "auxpass" for c in t.children)
        ):
            return True
    return False


def _writer_question(doc: Doc, in_quote: set[int]) -> bool:
    """Whether a paragraph is the writer's question(s) and nothing else ("But what if Clinton wins? Would she name
    more liberal judges than Obama?"): the next paragraph's "he said" answers it, so the names it asks about are
    not who "he" is."""
    return unquoted(doc, in_quote) and all(ends_with_question_mark(sent) for sent in doc.sents)


def unquoted(doc: Doc, in_quote: set[int]) -> bool:
    """Whether a paragraph holds words and no quotation mark at all: the writer's own words only."""
    return bool(len(doc)) and not in_quote and not any(t.is_quote for t in doc)


def ends_with_question_mark(sent: Span) -> bool:
    tokens = [t for t in sent if not t.is_space]
    return bool(tokens) and tokens[-1].text == "?"


def _noun_gender(noun: str) -> str:
    return "m" if noun in MALE_WORDS else "f"


#: Words opening a clause set before its sentence that the parser may call a preposition ("After Beck asked ...").
_SETTING_WORDS = frozenset(["after", "before", "when", "while", "as", "once", "since", "until"])


#: Offices whose title opens with "Lord" whoever holds them ("Lord Mayor", "Lord Provost", "Lord Chancellor").
_OFFICES_AFTER_LORD = frozenset(["mayor", "provost", "chancellor"])
#: Verbs of answering: whoever answers is not the one who asked.  Laughing, smiling or shrugging one's words
#: right after someone's question answers it too ("‘Are you nervous?’ one reporter asked. / ‘Me? No,’ she laughed").
REPLY_VERBS = frozenset(["reply", "answer", "respond", "retort", "laugh", "smile", "grin", "shrug", "chuckle"])
#: How the parser hangs a name on the role word before it that it took for a verb.
_NAME_UNDER_ROLE_WORD = frozenset(["dobj", "npadvmod", "appos", "nsubj"])


def name_after_role_taken_for_verb(clause: Token) -> Token | None:
    """The name a subject's role word goes before when the parser took that word for a verb and the name for its
    object ("commuter Paolo Bianchi, 38, said", "Moose forward Eli Kasper, 20, said"): a subject clause with no
    subject, auxiliary or marker of its own, opening its sentence or written in lower case, whose only object (or
    modifier) is a person's name at most three words on, with no punctuation between."""
    if clause.pos_ != "VERB" or clause.dep_ not in {"nsubj", "csubj"}:
        return None
    if not (clause.text.islower() or clause.is_sent_start):
        return None
    if any(c.dep_ in {"nsubj", "nsubjpass", "aux", "mark"} for c in clause.children):
        return None
    objects = [c for c in clause.children if c.dep_ in _NAME_UNDER_ROLE_WORD and c.i > clause.i]
    if len(objects) != 1:
        return None
    name = objects[0]
    between = clause.doc[clause.i + 1 : name.i]
    if name.pos_ != "PROPN" or name.ent_type_ != "PERSON" or len(between) > 3 or any(t.is_punct for t in between):
        return None
    return name


#: How many words after a subject mention, in its paragraph, are read for the pronouns that give its person's
#: gender ("Schönfeld said such measures helped ... "A," she said."), and how many before it for another person.
_GENDER_READ = 120
_PRONOUN_GENDERS = {"he": "m", "his": "m", "she": "f", "her": "f"}
#: How many mentions (the first) give gender evidence: no story names more people than this.
_GENDER_MENTIONS = 400


#: First words of places' names ("New Hampshire", "San Marcos"): no given name.
_PLACE_OPENERS = frozenset(
    [
        "new",
        "north",
        "south",
        "east",
        "west",
        "saint",
        "st",
        "san",
        "santa",
        "los",
        "las",
        "fort",
        "port",
        "mount",
        "mont",
        "lake",
        "upper",
        "lower",
        "great",
        "little",
        "old",
        "glen",
        "cape",
        "el",
        "la",
        "le",
        "central",
    ]
)


def _speaks_alone(tok: Token, in_quote: set[int]) -> bool:
    """Whether a capitalised word is a speech verb's subject standing alone, untagged as a place ("Carrow said",
    not "South Africa said" or "Ohio said")."""
    return (
        tok.dep_ == "nsubj"
        and tok.pos_ == "PROPN"
        and tok.ent_type_ not in {"GPE", "LOC", "NORP"}
        and tok.i not in in_quote
        and tok.head.lemma_.lower() in SPEECH_VERBS
        and not (tok.i > 0 and tok.doc[tok.i - 1].text[:1].isupper() and tok.doc[tok.i - 1].dep_ == "compound")
    )


def _speech_verb_stranded_after(name: Token) -> Token | None:
    """The speech verb right after the name ending a role-and-name apposition ("..., Mrs Coyle's daughter, Joanne
    Pruett, said") that the parser gave no subject, or None."""
    role = name.head
    if name.dep_ != "appos" or role.dep_ != "appos" or role.pos_ != "NOUN":
        return None
    doc = name.doc
    k = name.right_edge.i + 1
    if k + 1 >= len(doc) or doc[k].text != ",":
        return None
    verb = doc[k + 1]
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in SPEECH_VERBS:
        return None
    return None if any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children) else verb


def an_age(tok: Token) -> bool:
    """ "the 23-year-old said": an age the recogniser tags as a date, which stands for a person."""
    return tok.lower_ == "old" and tok.i >= 2 and tok.doc[tok.i - 2].lower_ == "year"


def _an_age_as_subject(tok: Token, in_quote: set[int]) -> bool:
    """Whether ``tok`` ends an age that is the subject of its sentence's main verb outside quotes ("The 32-year-old
    was less diplomatic"): someone a later he/she may go on with."""
    return an_age(tok) and tok.i >= 4 and tok.dep_ == "nsubj" and tok.head.dep_ == "ROOT" and tok.i not in in_quote


#: Words before "chief" that rank the chief rather than say what of ("the new chief", "the acting chief").
_RANKING_CHIEF = frozenset(["new", "top", "interim", "acting", "longtime", "veteran", "deputy", "assistant", "then"])


def _chief_of_what(noun: Token) -> str | None:
    """What "the <word> chief" at ``noun`` is chief of ("finance" in "the finance chief"), lower case, or None."""
    if noun.lower_ != "chief" or noun.i < 2 or noun.doc[noun.i - 2].lower_ != "the":
        return None
    what = noun.doc[noun.i - 1]
    if not what.is_alpha or not what.is_lower or what.lower_ in _RANKING_CHIEF or what.lower_ in PAST_WORDS:
        return None
    return what.lower_


def _names_a_title_before_a_name(doc: Doc, tok: Token) -> bool:
    """Whether the lone word ``tok`` stands right before a capitalised title that a person's name follows ("Labrador
    Premier Margaret Tobin-Walsh"): the place or body the title is of, however the recogniser tagged it."""
    k = tok.i + 1
    if k + 1 >= len(doc) or not doc[k].text[:1].isupper() or doc[k].lower_.rstrip(".") not in TITLE_WORDS:
        return False
    return doc[k + 1].ent_type_ == "PERSON" and doc[k + 1].ent_iob_ == "B"


def _without_quoted_nickname(doc: Doc, toks: list[Token]) -> list[Token]:
    """A name without the nickname quoted inside it, its surname kept: "Pádraig ‘Podge’ Lenihan" (the recogniser's
    entity often ends inside the quotation marks, so the surname after them is taken back) -> Pádraig Lenihan."""
    for k in range(1, len(toks)):
        opening = toks[k].i - 1
        if not doc[opening].is_quote or toks[k].i - toks[k - 1].i != 2:
            continue
        close = next((j for j in range(toks[k].i + 1, min(len(doc), toks[k].i + 4)) if doc[j].is_quote), None)
        if close is None or close + 1 >= len(doc):
            return toks
        rest = [t for t in toks[k:] if t.i > close]
        after = doc[close + 1]
        if not rest and after.pos_ == "PROPN" and after.text[:1].isupper():
            rest = [after]
        return toks[:k] + rest if rest else toks
    return toks


def _subject_salience(verb: Token) -> int:
    """0 for the subject of the sentence's main verb or of a speech verb, else 1.  A gerund is no speech of the
    subject's ("Asked about Trump's calling her a bigot, Christie said"): its subject is not the sentence's."""
    if verb.dep_ == "ROOT":
        return 0
    gerund = verb.tag_ == "VBG" and not any(c.dep_ in {"aux", "auxpass"} for c in verb.children)
    # "After Beck asked him who would win, D'Souza replied": a clause set before the sentence is its setting
    setting = (
        verb.dep_ == "advcl"
        and verb.i < verb.head.i
        and any(c.dep_ == "mark" or (c.dep_ == "prep" and c.lower_ in _SETTING_WORDS) for c in verb.children)
    )
    # "Told what his father had said, the rookie laughed": what someone said, told of, is no speaking in the sentence
    told_of = verb.dep_ in {"ccomp", "pcomp"} and any(c.dep_ == "dobj" and c.tag_ == "WP" for c in verb.children)
    return 0 if verb.lemma_.lower() in SPEECH_VERBS and not gerund and not setting and not told_of else 1


def _position(m: Mention) -> tuple[int, int]:
    return m.position


_GIVEN_NAMES = MALE_NAMES | FEMALE_NAMES
#: The most words a first paragraph read as a headline has.
_HEADLINE_WORDS = 20
#: Titles that stand before a person's name only ("Councillor", "Senator"), not words that also open other
#: capitalised phrases ("Chief Executive", "Prime Minister", "Acting", "Former")
_NAME_TITLES = TITLE_WORDS - {"acting", "former", "chief", "deputy", "prime", "general", "lady", "lord", "father"}


def _capitalised_propn(t: Token) -> bool:
    return t.pos_ == "PROPN" and t.text[:1].isupper()


def _names_a_place(doc: Doc, start: int, end: int) -> bool:
    """Whether the capitalised run ``doc[start:end]`` is part of an institution's or a place's name: "St. Frances
    Cree Bilingual School", "Mount Olive", not a person called Frances."""
    after = doc[end] if end < len(doc) else None
    before = doc[start - 1] if start > 0 else None
    if after is not None and after.lower_ in INSTITUTION_WORDS and after.text[:1].isupper():
        return True
    if _in_a_province(doc, start, end):
        return True  # "from Smiths Falls, Ont.,": a town, in its province or state
    return before is not None and before.lower_ in _SAINTS_AND_MOUNTS


def _after_a_place_opener(name: Span) -> bool:
    """Whether a one-word name follows a capitalised word opening places' names ("Mont Avila", "Fort Nelson")."""
    before = name.doc[name.start - 1] if name.start > 0 else None
    return len(name) == 1 and before is not None and before.text[:1].isupper() and before.lower_ in _SAINTS_AND_MOUNTS


def _in_a_province(doc: Doc, start: int, end: int) -> bool:
    """Whether the run ``doc[start:end]`` is followed by a comma and a province or state ("Smiths Falls, Ont.",
    "from Moncton, New Brunswick"): a town, not a person. A state written out or abbreviated the American way
    needs "from", "of" or "in" before the town ("Bernie Sanders, Vt." is a senator and his state)."""
    if end + 1 >= len(doc) or doc[end].text != ",":
        return False
    place = doc[end + 1]
    if place.text in PLACE_ABBREVIATIONS:
        return True
    after_preposition = start > 0 and doc[start - 1].lower_ in {"from", "of", "in", "near"}
    return after_preposition and place.ent_type_ == "GPE" and place.lower_ in PROVINCES_AND_STATES


#: Words that make the name after them a place's or a church's ("St. Mary", "Mount Olive").
_SAINTS_AND_MOUNTS = frozenset(
    [
        "st.",
        "st",
        "saint",
        "ste.",
        "sainte",
        "mount",
        "mt.",
        "mt",
        "mont",
        "fort",
        "lake",
        "port",
        "cape",
        "san",
        "santa",
    ]
)


def _plain_capitalised(t: Token) -> bool:
    """A capitalised proper noun of letters only (an apostrophe inside: "O'Neill", "Ja'Kobe"), not all capitals."""
    letters = t.text.replace("'", "").replace("’", "")
    return _capitalised_propn(t) and letters.isalpha() and not t.text.isupper()


def _glued_hyphen(t: Token) -> bool:
    """Whether ``t`` is the hyphen inside a hyphenated capitalised name ("Anne-Marie", "Olsen-Smith")."""
    if t.text not in _HYPHENS:
        return False
    doc = t.doc
    return 0 < t.i < len(doc) - 1 and doc[t.i + 1].text[:1].isupper() and hyphen_glued(doc[t.i - 1], doc[t.i + 1])


def _word_start(doc: Doc, i: int) -> int:
    """Where the hyphenated word token ``i`` ends ("Running" in "Bear-Running") starts."""
    while i >= 2 and _glued_hyphen(doc[i - 1]):
        i -= 2
    return i


def _asks_for_words(deed: Token) -> bool:
    """Whether what someone is asked to do is to speak: "to describe", "to explain", "to walk the jury through"."""
    lemma = deed.lemma_.lower()
    if lemma in SPEECH_VERBS or lemma in {"describe", "explain", "recount", "detail", "clarify"}:
        return True
    return lemma == "walk" and any(c.dep_ in {"prep", "prt"} and c.lower_ == "through" for c in deed.children)


def _speaks(t: Token) -> bool:
    """Whether a word is the subject of a speech verb ("June says"): a person, whatever the recogniser took it for."""
    return t.dep_ in {"nsubj", "nsubjpass"} and t.head.lemma_.lower() in SPEECH_VERBS


def _word_at(doc: Doc, i: int) -> tuple[str, int]:
    """The word starting at token ``i`` as printed, hyphenated halves joined ("Campbell-Brown"), and its end."""
    end = i + 1
    while end + 1 < len(doc) and _glued_hyphen(doc[end]):
        end += 2
    return (doc[i].text if end == i + 1 else doc[i:end].text), end


def _hyphens(toks: Sequence[Token]) -> int:
    """How many of ``toks`` are hyphens inside a name's word, which do not count towards a name's length."""
    return sum(1 for t in toks if _glued_hyphen(t))


#: Words that tell apart two of a family by generation: "the younger Mendonça".
_GENERATION_WORDS = frozenset(["younger", "elder", "older"])
#: How many words before a name are read for "younger"/"elder" ("His younger brother, sophomore linebacker").
_GENERATION_READ = 6
#: Kin words for a child: the one of two sharing a surname whose role says so is "the younger".
_CHILD_WORDS = frozenset(
    [
        *("daughter", "son", "granddaughter", "grandson", "stepson", "stepdaughter", "daughter-in-law", "son-in-law"),
        *("nephew", "niece"),  # "the mayor's nephew, Sam Lomax" is "the younger Lomax"
    ]
)
#: Kin words for a parent or grandparent: the one of a family whose role says so is "the elder".
_PARENT_WORDS = frozenset(
    [
        "father",
        "mother",
        "grandfather",
        "grandmother",
        "grandparent",
        "stepfather",
        "stepmother",
        "father-in-law",
        "mother-in-law",
        "dad",
        "mom",
        "mum",
        "uncle",
        "aunt",
    ]
)


def _words_of_role(role: str | None) -> set[str]:
    """The lower-case words of a role, commas aside ("Her daughter, a nurse" -> her, daughter, a, nurse)."""
    return set((role or "").lower().replace(",", " ").split())


def _holders_by_word(persons: dict[tuple[str, ...], _Person]) -> dict[str, set[tuple[str, ...]]]:
    """Who was given a role with each word in it: an index, so asking whether a role is someone's stays linear."""
    holders: dict[str, set[tuple[str, ...]]] = {}
    for key, person in persons.items():
        for word in _words_of_role(person.role):
            holders.setdefault(word, set()).add(key)
    return holders


def _given_to_another(role: str, key: tuple[str, ...], holders: dict[str, set[tuple[str, ...]]]) -> bool:
    """Whether someone other than ``key`` was given a role holding every word of ``role``: "The Liberal candidate"
    opening a paragraph after Glen Marsh's is "Dev Patel, the Liberal candidate", not Marsh's role."""
    groups = sorted((holders.get(w, set()) for w in _words_of_role(role)), key=len)
    if not groups or not groups[0]:
        return False
    # a bounded look: a page of thousands of people sharing role words stays linear
    read = itertools.islice(groups[0], _HOLDERS_READ)
    return any(other != key and all(other in g for g in groups[1:]) for other in read)


#: How many holders of a role's rarest word are read when asking whether the role is someone else's.
_HOLDERS_READ = 64


def _by_generation(generation: str, firsts: Sequence[Mention]) -> Mention | None:
    """Of the full names sharing a surname, the one "the younger" (or "the elder") stands for: the one whose role
    makes them a child ("Her daughter, Ana Mendonça") or a parent ("His father, Henryk Wieczorek"; "The cousins'
    grandfather, Elmer Rafuse"), or the other of two when only the other side is given; None when that is not
    exactly one. Among three of a family the one parent or child is still told apart; two children are not."""
    if len(firsts) < 2:
        return None
    children = [m for m in firsts if _words_of_role(m.role) & _CHILD_WORDS]
    parents = [m for m in firsts if _words_of_role(m.role) & _PARENT_WORDS and m not in children]
    wanted, other_side = (children, parents) if generation == "younger" else (parents, children)
    if len(wanted) == 1:
        return wanted[0]
    if not wanted and len(other_side) == 1 and len(firsts) == 2:
        return next(m for m in firsts if m is not other_side[0])
    return None


def _given_name_before(doc: Doc, i: int, in_quote: set[int]) -> bool:
    """Whether a capitalised known given name, outside quotes, stands right before token ``i``."""
    given = doc[i - 1]
    return (
        given.text[:1].isupper()
        and given.is_alpha
        and not given.text.isupper()
        and given.i not in in_quote
        and given.lower_ in _GIVEN_NAMES
    )


#: Pronouns that open sentences capitalised, which the tagger at times takes for names ("Hers says ...").
_PRONOUNS_TAKEN_FOR_NAMES = frozenset(["hers", "his", "theirs", "ours", "yours", "mine", "its", "hers'"])


def _an_origin(doc: Doc, i: int) -> bool:
    """Whether token ``i`` is glued by a hyphen to a word of origin ("Cork-born", "Glasgow-based")."""
    return (
        i + 2 < len(doc)
        and doc[i + 1].text in _HYPHENS
        and not doc[i].whitespace_
        and not doc[i + 1].whitespace_
        and doc[i + 2].lower_ in ORIGIN_SUFFIXES
    )


def _fronted_role(doc: Doc, i: int, sent_start: int, in_quote: set[int]) -> str | None:
    """The role in a phrase opening the sentence before its he/she subject at token ``i`` ("A hydrologist at the
    Institute, she has ..."; "A former teacher, he now runs ..."): an indefinite person noun hung on the same verb,
    then a comma; None for anything else."""
    head = doc[sent_start:i]
    if len(head) < 3 or len(head) > _FRONTED_ROLE_WORDS or doc[i - 1].text != "," or head[0].lower_ not in {"a", "an"}:
        return None
    noun = head[0].head
    if (
        noun.head.i != doc[i].head.i
        or noun.dep_ not in {"npadvmod", "dep", "appos", "advcl"}
        or not is_role_noun(noun.lower_)
        or any(t.i in in_quote or t.ent_type_ == "PERSON" for t in head)
    ):
        return None
    text = doc[sent_start : i - 1].text
    return text[:1].lower() + text[1:]  # "a hydrologist at ...", as a role reads beside a name


#: How long a role opening a sentence before its he/she may be ("A hydrologist at the High Desert Water Institute
#: in Reno,").
_FRONTED_ROLE_WORDS = 14


def _unlisted_given_name_before(doc: Doc, i: int, in_quote: set[int]) -> bool:
    """Whether a capitalised proper noun the parser hangs on a known surname stands right before token ``i``: a
    given name our list lacks, or one that is also a word ("Wells are June Dempsey's department" beside Lyle
    Dempsey), never a title or a place."""
    given = doc[i - 1]
    return (
        given.pos_ == "PROPN"
        and given.dep_ == "compound"
        and given.head.i == i
        and given.is_alpha
        and given.text[:1].isupper()
        and not given.text.isupper()
        and not doc[i].text.isupper()  # "Junge SVP": a party's wing
        and given.i not in in_quote
        # not "Team Trump" (a group), nor "a June Trump event" (a date); "Aislinn" and "Carrow" tagged two places
        # apart (a place's name would be one entity) are a given name and a surname the recogniser misread
        and (given.ent_type_ in {"", "PERSON"} or _two_places_apart(given, doc[i]) or _misread_whole(given, doc[i]))
        and not (given.i > 0 and doc[given.i - 1].lower_ in {"a", "an", "the"})  # "the Eurosceptic SVP"
        and given.lower_ not in _NOT_GIVEN_NAMES
        and given.lower_ not in NOT_PERSONS
        and given.lower_ not in _GROUPS_BEFORE_A_NAME
    )


def _misread_whole(given: Token, surname: Token) -> bool:
    """Whether two words are the whole of one entity the recogniser gave another label ("Tomasz Wieczorek" tagged
    an organisation or a work, beside his father Henryk Wieczorek): a name of two words, the second a surname the
    article gives a person, is a person's however it was tagged."""
    doc = surname.doc
    return (
        given.lower_ not in _PLACE_OPENERS  # "South Korea", "New Brunswick": a place's name
        and given.ent_iob_ == "B"
        and surname.ent_iob_ == "I"
        and given.ent_type_ == surname.ent_type_
        and (surname.i + 1 == len(doc) or doc[surname.i + 1].ent_iob_ != "I")
    )


def _two_places_apart(given: Token, surname: Token) -> bool:
    """Whether two adjacent words are each tagged a place of its own ("Aislinn" and "Carrow")."""
    return given.ent_type_ == surname.ent_type_ == "GPE" and given.ent_iob_ == surname.ent_iob_ == "B"


#: Words that make a surname after them a group, not a person: "Team Trump", "Camp Biden", "the Kennedy clan".
_GROUPS_BEFORE_A_NAME = frozenset(["team", "camp", "house", "clan", "family", "club"])


#: Lower-case words inside surnames: "Antoine de la Durantaye", "Rafael van der Vaart", "Omar bin Laden".
_NAME_PARTICLES = frozenset(
    ["de", "la", "le", "du", "des", "van", "von", "der", "den", "di", "da", "dos", "del", "bin", "ter", "ten", "zu"]
)


def _particles(toks: Sequence[Token]) -> int:
    return sum(t.text in _NAME_PARTICLES for t in toks)


def _past_particles(doc: Doc, k: int) -> int | None:
    """The index after the capitalised word that one to three name particles from ``k`` lead to, or None."""
    end = k
    while end < len(doc) and end - k < 3 and doc[end].text in _NAME_PARTICLES:
        end += 1
    if end == k or end >= len(doc) or not (_capitalised_propn(doc[end]) and doc[end].is_alpha):
        return None
    return end + 1


def _particled_subject_end(doc: Doc, i: int) -> int | None:
    """The end of "Ruan du Toit" or "Sem ter Steege" opening at ``i`` when its surname is a subject or set beside one
    ("his brother Ruan du Toit") and the recogniser took the run for a work or an organisation: a given name, one to
    three particles and a surname, none of them a place's ("Rio de Janeiro"); None otherwise."""
    end = _past_particles(doc, i + 1)
    if end is None or not doc[i].is_alpha:
        return None
    run = doc[i:end]
    if any(t.ent_type_ in {"GPE", "LOC", "FAC", "EVENT", "NORP", "PERSON"} for t in run):
        return None
    return end if doc[end - 1].dep_ in {"nsubj", "nsubjpass", "appos"} else None


def _family_name_first(tokens: Sequence[str]) -> bool:
    """Whether a two-word name reads family name first, as Korean names are romanised ("Park Soo-yeon", "Moon
    Jae-in"): a hyphened given name whose second half is lower case."""
    given = tokens[-1]
    left, dash, right = given.partition("-")
    return bool(dash) and left[:1].isupper() and right[:1].islower() and right.isalpha()


def _name_piece(t: Token) -> bool:
    """A token a capitalised name run goes on through: a capitalised proper noun or the hyphen inside one word."""
    return _capitalised_propn(t) or _glued_hyphen(t)


def _given_name_tagged_as_word(t: Token) -> bool:
    """A capitalised given name inside a sentence that the tagger took for the word it also is ("Per", "Will")."""
    return t.lower_ in _GIVEN_NAMES and t.text[:1].isupper() and t.is_alpha and not t.is_sent_start


def _titled_name_end(doc: Doc, start: int, *, any_entity: bool = False) -> int | None:
    """The end of a one- to three-word name after a title at ``start - 1``, or None when the run is not a name
    (a title or an institution word in it, more capitalised words after it, or a place or date; with
    ``any_entity``, only a date, for runs the recogniser mislabels)."""
    end = start
    if end + 1 < len(doc) and _given_name_tagged_as_word(doc[end]) and _name_piece(doc[end + 1]):
        end += 1  # "Deputy Governor Per Algotsson": a given name that is also a word, tagged as that word
    while end < len(doc) and _name_piece(doc[end]) and end - start < 4 + _hyphens(doc[start:end]):
        end += 1
    run = [t for t in doc[start:end] if not _glued_hyphen(t)]
    if not 1 <= len(run) <= 3 or (end < len(doc) and _name_piece(doc[end])):
        return None
    if any(
        not t.is_alpha
        or t.lower_ in TITLE_WORDS | INSTITUTION_WORDS
        or t.ent_type_ in ({"DATE"} if any_entity else {"GPE", "NORP", "DATE", "LOC"})
        for t in run
    ):
        return None
    return end


def _name_after_person_noun(doc: Doc, start: int) -> int | None:
    """The end of a two- or three-word name right after a person noun ("Local resident Busisiwe Ngcobo", "Activist
    Anand Krishnan"), which the recogniser, knowing few names from outside Europe and America, may take for a place
    or a firm; None when the run is not such a name (see :func:`_titled_name_end`)."""
    noun = doc[start - 1] if start > 0 else None
    if noun is None or not is_person_noun(noun.lower_) or noun.lower_ in PARTY_WORDS:
        return None
    if not (noun.text.islower() or noun.is_sent_start):
        return None  # "the Republican National Convention": a capitalised noun inside a run is the run's
    end = _titled_name_end(doc, start, any_entity=True)
    if end is None or end - start < 2:
        return None
    run = doc[start:end]
    if any(t.is_upper for t in run):
        return None  # "veteran New Hampshire GOP": an acronym is no person's name
    # a place opening the run is no name either ("veteran New Hampshire lawmakers"), unless the run is set off as
    # the one "the <noun>" is ("Her co-author, the oceanographer Íñigo Etxeberria Aranburu, said", where the
    # recogniser takes a Basque given name for a nationality)
    apposed = start > 1 and doc[start - 2].lower_ == "the" and end < len(doc) and doc[end].text in {",", "."}
    if run[0].ent_type_ in {"GPE", "LOC", "NORP"} and not apposed:
        return None
    return end


def _fits(form: tuple[str, ...], low: tuple[str, ...]) -> bool:
    """Whether the lowered name ``form`` can be the fuller name of ``low`` (see :meth:`People.fullest`); a surname's
    article is no part of the match ("Obaidi" for "Fuad Hamid al-Obaidi")."""
    if len(low) == 1 and form[0] == low[0]:
        return True
    if len(low) == 1 and len(form) >= 3 and "-" in form[-1] and form[-2] == low[0]:
        return True  # "Nadia Lim Su-Ann" ... "Lim said": a Chinese surname before its hyphenated given name
    bare = {_bare_surname(t) for t in form}
    return _bare_surname(form[-1]) == _bare_surname(low[-1]) and all(_bare_surname(t) in bare for t in low)


#: Articles glued to Arabic surnames, which later mentions often drop ("al-Obaidi" ... "Obaidi").
_SURNAME_ARTICLES = ("al-", "el-", "al‑")


def _surname_words(form: tuple[str, ...]) -> set[str]:
    """The words a lowered name is found by when written alone as a surname: its last word, that word without a
    glued article ("Obaidi" finds "Fuad Hamid al-Obaidi"), and the Chinese surname before a hyphenated given name
    ("Lim" finds "Nadia Lim Su-Ann"); :func:`_fits` accepts the same."""
    words = {form[-1], _bare_surname(form[-1])}
    if len(form) >= 3 and "-" in form[-1]:
        words.add(form[-2])
    return words


def _bare_surname(word: str) -> str:
    """A lowered name word without a glued surname article ("al-obaidi" -> "obaidi")."""
    for article in _SURNAME_ARTICLES:
        if word.startswith(article) and len(word) > len(article) + 1:
            return word[len(article) :]
    return word


def _longer_or_first(m: Mention, than: Mention) -> bool:
    """Whether ``m`` beats ``than`` as a fullest name: more words, or as many and written first."""
    return len(m.tokens) > len(than.tokens) or (len(m.tokens) == len(than.tokens) and m.position < than.position)


def _candidate_position(c: Mention | tuple[int, int, int, str]) -> tuple[int, int]:
    """Where a pronoun-resolution candidate (a mention, or a subject pronoun's tuple) is: paragraph, token."""
    return c.position if isinstance(c, Mention) else (c[0], c[1])


class People:
    """Person mentions of an article, grouped by name, with fullest names, roles and gender."""

    def __init__(self, docs: Sequence[Doc], in_quote: Sequence[set[int]]) -> None:
        self.docs = docs
        self.in_quote = in_quote
        self.mentions: list[Mention] = []
        self._marriages: list[tuple[Mention, list[Mention]]] | None = None  # read on the first "the widow"
        # indexes over ``mentions`` (kept in step by ``add``), so a lookup costs the mentions it can match, not all
        # of them: an article naming thousands of people made building the registry quadratic
        self._positions: list[tuple[int, int]] = []
        #: fullest forms already worked out, by (tokens, position); emptied whenever a mention is added
        self._fullest: dict[tuple[tuple[str, ...], tuple[int, int]], tuple[str, ...]] = {}
        #: mentions by the lowered form of their name, keyed by the form's last and first word, each in article
        #: order: the fullest name is chosen among the forms, not among every mention (a page repeating
        #: "Smith said" thousands of times made each lookup scan all of them)
        self._forms_by_last: dict[str, dict[tuple[str, ...], list[Mention]]] = {}
        self._forms_by_first: dict[str, dict[tuple[str, ...], list[Mention]]] = {}
        self._keys_by_last: dict[str, dict[tuple[str, ...], None]] = {}
        self._by_token: dict[tuple[int, int], Mention] = {}
        self._persons: dict[tuple[str, ...], _Person] = {}
        self._pronoun_cache: dict[tuple[int, int], Mention | _Unnamed | None] = {}
        #: genders the pronouns after each person's subject mentions say (see ``_pronoun_genders``), read on demand
        #: and read again only once the mentions have grown by a quarter (so a page of thousands of names is read
        #: a few times, not once per name)
        self._said_genders: dict[tuple[str, ...], str] | None = None
        self._said_read_at = 0
        #: (paragraph, token, sentence start, pronoun) of every he/she in subject position outside quotes
        self._subject_pronouns: list[tuple[int, int, int, str]] = [
            (p, t.i, t.sent.start, t.lower_)
            for p, doc in enumerate(docs)
            for t in doc
            if t.lower_ in {"he", "she"} and t.dep_ in {"nsubj", "nsubjpass"} and t.i not in in_quote[p]
        ]
        self._pronoun_positions = [(p, i) for p, i, _, _ in self._subject_pronouns]  # in order, as built
        #: pronoun-resolution candidates (mentions and subject pronouns) by (paragraph, sentence start), and those
        #: keys in order, so a pronoun looks at sentences going back only until it finds its person
        self._by_sentence: dict[tuple[int, int], list[Mention | tuple[int, int, int, str]]] = {}
        self._sentence_keys: list[tuple[int, int]] = []
        self._introduced: set[tuple[int, int]] = set()
        self._pronoun_owned: set[tuple[int, int]] = set()  # "his father" as a subject: someone's unnamed relation
        self._aged_subjects: set[tuple[int, int]] = set()  # "The 32-year-old was less diplomatic": someone of that age
        self._relatives: dict[str, dict[str, tuple[Mention, str, int]]] | None = None  # see :meth:`relative`
        self._generations: dict[tuple[str, ...], set[tuple[str, ...]]] | None = None  # parents and children
        #: party tags ("(R-Idaho)") by the position of the name they follow, and by fullest name once asked
        self._tags_at: dict[tuple[int, int], frozenset[str]] = {}
        self._tags: dict[str, frozenset[str]] | None = None
        self._introduced_in_order: list[tuple[int, int]] = []  # the same, in article order (built in order)
        for pronoun in self._subject_pronouns:
            self._index_candidate((pronoun[0], pronoun[2]), pronoun)
        self._pronoun_salience = {
            (p, i): _subject_salience(self.docs[p][i].head) for p, i, _, _ in self._subject_pronouns
        }
        #: whether the paragraph after each opens with a quote (never after the last), so a source introduced
        #: at a paragraph's end is the one a quote-only paragraph after it goes on with
        quote_opens = [bool({0, 1} & in_quote[p]) for p in range(1, len(docs))] + [False]
        #: "the senator" as a subject or possessive outside quotes: a later "he" may stand for whoever it is
        for p, doc in enumerate(docs):
            for t in doc:
                if _person_description(t, in_quote[p]):
                    self._index_candidate((p, t.sent.start), (p, t.i, t.sent.start, t.lower_))
                    self._pronoun_salience[(p, t.i)] = _subject_salience(t.head) if t.dep_ != "poss" else 2
                elif _introduced_unnamed(t, in_quote[p], quote_opens_next=quote_opens[p]):
                    self._index_candidate((p, t.sent.start), (p, t.i, t.sent.start, t.lower_))
                    self._pronoun_salience[(p, t.i)] = _subject_salience(t.head)
                    self._introduced.add((p, t.i))
                    self._introduced_in_order.append((p, t.i))
                elif _an_age_as_subject(t, in_quote[p]):
                    self._index_candidate((p, t.sent.start), (p, t.i, t.sent.start, t.lower_))
                    self._pronoun_salience[(p, t.i)] = 0
                    self._aged_subjects.add((p, t.i))
                elif _pronoun_owned_subject(t, in_quote[p]):
                    # "His father was less emotional. "…," he said": the father, named only if the article gave
                    # someone that relation ("His father, Tom Reyes,")
                    self._index_candidate((p, t.sent.start), (p, t.i, t.sent.start, t.lower_))
                    self._pronoun_salience[(p, t.i)] = _subject_salience(t.head)
                    self._pronoun_owned.add((p, t.i))
        self.datelines = [dateline_end(doc) for doc in docs]
        self._question_paragraphs = {p for p, doc in enumerate(docs) if _writer_question(doc, in_quote[p])}
        #: words the recogniser calls a nationality or group somewhere in the article ("Australian"), which it may
        #: also swallow into a name ("Australian Ben Moss")
        self.group_words: set[str] = set()
        #: words the article writes capitalised inside its sentences, outside quotes ("City beat Rovers 3-1"): names,
        #: whose capital a role opening a sentence keeps ("Rovers boss Ian Tate")
        proper_words: set[str] = set()
        #: words of the works the article says are staged ("this production of King Lear"): no one's name
        self._works = _works_taken_for_people(docs, in_quote)
        #: names the article gives an animal ("the mare Kowhai Lane"), lower case: no one's, wherever written
        self._animals: set[tuple[str, ...]] = set()
        capitalised: list[tuple[int, Token]] = []  # one pass for all four: each pass makes a token object each
        #: capitalised words that speak alone, untagged as places ("Carrow said"): the surname of a person whom the
        #: recogniser tagged a place when named in full ("Delphine Carrow wrote ...")
        self._speaking_alone: set[str] = set()
        for p, doc in enumerate(docs):
            for t in doc:
                if not t.text[:1].isupper():
                    continue
                capitalised.append((p, t))
                if _speaks_alone(t, in_quote[p]):
                    self._speaking_alone.add(t.lower_)
                if t.ent_type_ == "NORP":
                    self.group_words.add(t.lower_)
                if t.is_alpha and not t.is_sent_start and t.i not in in_quote[p]:
                    proper_words.add(t.lower_)
        self.proper_words = frozenset(proper_words)
        #: two-word capitalised runs the recogniser did not call a person ("Quinn Hughes" tagged an organisation), by
        #: their last word: the full name of a surname that later speaks alone ("Hughes said")
        self._unrecognised_names: dict[str, tuple[int, int]] = {}
        for p, t in capitalised:
            surname = self._unrecognised_name(p, t)
            if surname is not None and surname not in self._unrecognised_names:
                self._unrecognised_names[surname] = (p, t.i)
        #: first words of team names ("Kilbarrow Gaels"): alone, the team's short name ("Kilbarrow clawed their way
        #: back"), whom the recogniser may tag a person
        team_names = {
            ent[0].lower_ for doc in docs for ent in doc.ents if len(ent) > 1 and ent[-1].lower_ in TEAM_WORDS
        }
        places = _places_taken_for_people(docs)
        for p, doc in enumerate(docs):
            for ent in doc.ents:
                if ent.label_ != "PERSON" or ent.start in in_quote[p] or ent.start < self.datelines[p]:
                    continue
                if len(ent) == 1 and (ent.text.isupper() or ent[0].lower_ in team_names):
                    continue  # a dateline ("MACAU (Reuters) -") or a team's short name, not a person
                proper = [t.lower_ for t in ent if t.pos_ == "PROPN"]
                if len(proper) == 1 and proper[0] in places:
                    continue  # "Kaiwhero’s last signwriter": a town, not a person
                if ent.text.lower() in NOT_PERSONS or ent[-1].lower_ in NOT_PERSONS or _a_business(ent):
                    continue
                if _modifies_a_person_noun(ent):
                    continue  # "The Clonmoyle clubman said", "the Clinton aide said": the clubman, the aide
                if _opened_by_a_doing(ent):
                    if len(ent) < 3:
                        continue  # "Closing Lakeview is expected to ...": a doing, no one's name
                    ent = ent[1:]  # "Telling Jo Bell to wait, ...": the name after the doing
                name = _with_particled_surname(_with_typeset_surname(_with_given_name(ent)))
                if _after_a_place_opener(name):
                    continue  # "Mont Avila", "Mount Olive": a place, its second word tagged a person
                if not _plural_group(name) and not _in_a_province(doc, name.start, name.end) and not _in_a_body(name):
                    self.add(p, name)
            self._add_missed_names(p, doc)
            self._add_apposed_names(p, doc)
            self._add_coordinated_given_names(p, doc)
        self._add_unrecognised_speakers()
        # a known person's surname standing alone ("Trump"), whatever label the recogniser gave it
        surnames = {m.last for m in self.mentions if len(m.tokens) >= 2}
        # "Park Soo-yeon" ... "Park struck a similar tone": a family name written first, before a hyphened given name
        surnames |= {m.tokens[0].lower() for m in self.mentions if len(m.tokens) == 2 and _family_name_first(m.tokens)}
        two_word_names = {m.tokens for m in self.mentions if len(m.tokens) == 2}
        for p, t, word, end in self._lone_words():
            if word.lower() in surnames:
                doc = docs[p]
                # "Actress Amandla Stenberg" tagged as an organisation: the whole name when the article gives it;
                # "Céline Côté", untagged, beside her son "Jean-Michel Côté Lavoie": a given name before it is hers
                whole = t.i > 0 and (
                    (doc[t.i - 1].text, word) in two_word_names
                    or _given_name_before(doc, t.i, in_quote[p])
                    or _unlisted_given_name_before(doc, t.i, in_quote[p])
                )
                self.add(p, doc[t.i - 1 : end] if whole else doc[t.i : end])
        self._add_given_names_alone(surnames)
        self.mentions.sort(key=lambda m: m.position)
        self._name_role_owners()
        self._roles_described_beside()
        self._roles_fronted_before_pronouns()

    def add_one_word_speakers_alone(self) -> None:
        """A one-word name that only a speech verb revealed ("said Venkataramana", tagged nothing or an organisation)
        standing alone elsewhere outside quotes ("Venkataramana now sells ...", "K. Venkataramana's stall") is that
        person: mononyms, and surnames of people the article never names in full.  Run once the speech verbs'
        subjects are indexed (:meth:`SpeakerFinder.register_speech_subjects`)."""
        speaking = {
            m.tokens[0].lower()
            for m in self.mentions
            if len(m.tokens) == 1 and _speaks(self.docs[m.paragraph][m.end - 1]) and not m.tokens[0].isupper()
        }
        speaking -= {m.last for m in self.mentions if len(m.tokens) >= 2}  # the surname pass has read those
        if not speaking:
            return
        for p, t, word, end in self._lone_words():
            # as a subject or an owner only: a name of unknown gender in passing ("pulled even with Penrose") would
            # stand before the one a later "she" goes on with
            if (
                word.lower() in speaking
                and t.pos_ == "PROPN"
                and t.dep_ in {"nsubj", "nsubjpass", "poss"}
                and t.ent_type_ not in {"DATE", "GPE", "LOC", "FAC"}
            ):
                doc = self.docs[p]
                initial = t.i > 0 and _AN_INITIAL.fullmatch(doc[t.i - 1].text) is not None
                self.add(p, doc[t.i - 1 : end] if initial else doc[t.i : end])

    def _add_given_names_alone(self, surnames: set[str]) -> None:
        """A given name standing alone, of someone named in full ("At the interval, Kirsty stands by the urn", tagged
        an organisation; "June says", tagged a date): features call people by their given names."""
        given_names = self._given_names_alone(surnames)
        if not given_names:
            return
        for p, t, word, end in self._lone_words():
            # "June says", not "in June"
            if word.lower() in given_names and (t.ent_type_ not in {"DATE", "GPE", "LOC", "FAC"} or _speaks(t)):
                self.add(p, self.docs[p][t.i : end])

    def _lone_words(self) -> Iterator[tuple[int, Token, str, int]]:
        """(paragraph, token, word as printed, end) of each capitalised word outside quotes that no mention holds
        and no capitalised name word follows, the halves of "Campbell-Brown" read as one; checked as the walk goes,
        so a word a caller has just made a mention is passed over."""
        for p, doc in enumerate(self.docs):
            for t in doc:
                if not t.text[:1].isupper() or (t.i > 0 and _glued_hyphen(doc[t.i - 1])):
                    continue  # the second half of "Campbell-Brown" is read with the first
                if t.i in self.in_quote[p] or (p, t.i) in self._by_token:
                    continue
                word, end = _word_at(doc, t.i)
                if not (end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].text[:1].isupper()):
                    yield p, t, word, end

    def _a_person(self, m: Mention) -> bool:
        """Whether a mention is surely a person's: opening with a known given name, gendered or given a role (the
        recogniser's tag is not enough: "Julie Davis reported from Midway Atoll", an atoll tagged a person)."""
        _, role, gender = self.person(m.tokens, m.position)
        return m.tokens[0].lower() in _GIVEN_NAMES or gender is not None or bool(role)

    def _a_headlines_adjective(self, t: Token) -> bool:
        """Whether the capitalised word opening a headline before a surname describes the person rather than
        giving a name ("Tearful Penhaligon", "Defiant Okafor"): the first paragraph reads as a headline (short, no
        closing stop), the word opens it outside any person the recogniser tagged, and it is no listed given name nor
        a word the article capitalises inside a sentence."""
        doc = t.doc
        return (
            t.i == 0
            and len(doc) <= _HEADLINE_WORDS
            and doc[-1].text not in {".", "?", "!"}
            and t.ent_type_ != "PERSON"
            and t.lower_ not in _GIVEN_NAMES
            and t.lower_ not in self.proper_words
        )

    def _a_word_opening_a_sentence(self, t: Token) -> bool:
        """Whether a lone capitalised word opening a sentence before a comma is a word, not a name: untagged, no
        listed given name, never capitalised inside a sentence, and no surname of anyone named so far ("Backstage,
        the singer said" but "Okafor, 34," and "Alder, the club's spin coach," when "Alder said" follows)."""
        doc = t.doc
        return (
            t.is_sent_start
            and t.ent_type_ != "PERSON"
            and t.i + 2 < len(doc)
            and doc[t.i + 1].text == ","
            and not doc[t.i + 2].like_num  # "Tia, 14, who asked ...": an age says it is someone
            and doc[t.i + 2].lower_ not in {"who", "whose"}
            and t.lower_ not in _GIVEN_NAMES
            and t.lower_ not in self.proper_words  # "Alder, the club's spin coach, ..." / ""…," Alder said"
            and not self.has_last_name(t.lower_)
        )

    def _given_names_alone(self, surnames: set[str]) -> set[str]:
        """Given names (lowered) of people named in full whom no one else shares as a given name or a surname: such a
        word standing alone is that person, whatever the recogniser tagged it."""
        firsts: dict[str, set[tuple[str, ...]]] = {}
        surely = [(m, self._a_person(m)) for m in self.mentions]  # each read once
        families = {m.last for m, person in surely if person and len(m.tokens) >= 2}
        for m, person in surely:
            if (
                len(m.tokens) >= 2
                and not _family_name_first(m.tokens)
                and m.tokens[0][:1].isupper()
                # not "Hanul Energy", a company the registry holds because it speaks; "June Dempsey" beside Lyle is
                and (m.last in families or person)
            ):
                firsts.setdefault(m.tokens[0].lower(), set()).add(tuple(t.lower() for t in m.tokens))
        return {
            first
            for first, names in firsts.items()
            if first not in surnames
            and first not in NOT_PERSONS
            and len({name[-1] for name in names}) == 1  # "Kirsty Tulloch" only, not two Kirstys
        }

    def _roles_described_beside(self) -> None:
        """Roles a description in the paragraph next to a person's first gives, for a person first named alone in
        her paragraph as its subject and given no role of her own (news introduces the post, then the name, or the
        name, then the post):

        - before: "The shelter's executive director says ... / "...," said Tanya Clarke." (the paragraph before
          speaks through the description and names no one);
        - after: "Ravi Deshpande ran his 100th marathon ... / The 46-year-old accountant started ..." (the next
          paragraph opens with the description as its subject).
        """
        firsts: dict[tuple[str, ...], Mention] = {}
        by_paragraph: dict[int, list[Mention]] = {}
        holders = _holders_by_word(self._persons)
        for m in self.mentions:  # in article order
            firsts.setdefault(self.fullest(m.tokens, m.position), m)
            by_paragraph.setdefault(m.paragraph, []).append(m)
        for key, m in firsts.items():
            person = self._persons.get(key)
            p = m.paragraph
            if person is None or person.role or m.salience != 0 or len({mm.tokens for mm in by_paragraph[p]}) != 1:
                continue
            # the sentence right after the name's, in its paragraph, can only be about that person
            role = self._next_sentence_description(m)
            if role is not None:
                person.role = role
                continue
            if p > 0 and p - 1 not in by_paragraph:
                role = _speaking_description(self.docs[p - 1], self.in_quote[p - 1])
            if role is None and p + 1 < len(self.docs):
                role = _opening_description(self.docs[p + 1], self.in_quote[p + 1])
            if role is not None and not _given_to_another(role, key, holders):
                person.role = role

    def _roles_fronted_before_pronouns(self) -> None:
        """Roles a sentence opens with before its he/she subject, for the person the pronoun stands for when the
        article gave them none: "Anika Ravel has spent two years on it. A hydrologist at the High Desert Water
        Institute, she has been modeling the aquifer" -> "A hydrologist at the High Desert Water Institute"."""
        for p, i, sent_start, pronoun in self._subject_pronouns:
            doc = self.docs[p]
            role = _fronted_role(doc, i, sent_start, self.in_quote[p])
            if role is None:
                continue
            m = self.resolve_pronoun(p, i, pronoun)
            person = self._persons.get(self.fullest(m.tokens, m.position)) if m is not None else None
            if person is not None and not person.role:
                person.role = role

    def _next_sentence_description(self, m: Mention) -> str | None:
        """The role a description gives as the subject of the sentence right after the mention's, in its paragraph:
        "Priya Halloran is already elbow-deep in a pig. The chef, who runs ..., breaks down a carcass" -> "chef"."""
        doc = self.docs[m.paragraph]
        end = doc[m.start].sent.end
        if end >= len(doc):
            return None
        return _described_subject_role(doc[end].sent, self.in_quote[m.paragraph])

    def _name_role_owners(self) -> None:
        """ "His lawyer, Simon Fry," -> "Darren Pike's lawyer": a role opening with his/her names whose it is, when the
        pronoun resolves to someone else, so the role reads right beside a quote on its own."""
        for m in self.mentions:
            words = (m.role or "").split(maxsplit=1)
            if len(words) == 2 and words[0].lower() == "whose":
                self._name_relative_owner(m, words[1])
                continue
            if len(words) != 2 or words[0].lower() not in {"his", "her", "its"}:
                continue
            doc = self.docs[m.paragraph]
            at = next(
                (k for k in range(m.start - 1, max(-1, m.start - 16), -1) if doc[k].lower_ == words[0].lower()), None
            )
            if at is None and m.end + 1 < len(doc) and doc[m.end].text == "," and doc[m.end + 1].lower_ == "its":
                at = m.end + 1  # "Htay Oo, its acting chairman,"
            if at is None:
                continue
            if words[0].lower() == "its":
                self._name_body_owner(m, at, words[1])
                continue
            owner = self.possessor(m.paragraph, at)
            key = self.fullest(m.tokens, m.position)
            person = self._persons.get(key)
            if owner is None or person is None or person.role != m.role:
                continue
            owner_name = self.fullest(owner.tokens, owner.position)
            if words[1].lower() in _KIN_WORDS and not _share_a_surname(owner_name, key):
                continue  # "her husband": a kin word's owner is named only when the family name says so (the
                # pronoun's nearest woman may be a teammate: "Brooke Sampson's husband" for the skip's)
            if owner_name != key:
                self._give_owned_role(m, " ".join(owner_name), words[1])

    def _name_relative_owner(self, m: Mention, rest: str) -> None:
        """ "the foundation Levend Land, whose director, Joost ten Brink," -> "Levend Land's director": "whose" is
        the named body or person written right before it."""
        doc = self.docs[m.paragraph]
        at = next((k for k in range(m.start - 1, max(-1, m.start - 8), -1) if doc[k].lower_ == "whose"), None)
        if at is None or at < 2:
            return
        before = doc[at - 2] if doc[at - 1].text == "," else doc[at - 1]
        owner = self.mention_at(m.paragraph, before.i)
        if owner is not None:
            whose = " ".join(self.fullest(owner.tokens, owner.position))
        else:
            ent = entity_around(before)
            if ent is None or ent[0].ent_type_ not in {"ORG", "GPE", "NORP", "FAC"}:
                return  # "the flat, whose owner,": no one a reader is told of
            whose = _without_article(ent)
        self._give_owned_role(m, whose, rest)

    def _name_body_owner(self, m: Mention, at: int, rest: str) -> None:
        """ "Patients' group Healthwatch said ... Its chair, Derek Lowe," -> "Healthwatch's chair": "its" is the
        organisation the sentence before is about (its subject), when the recogniser names one there."""
        q, sent = m.paragraph, self.docs[m.paragraph][at].sent
        if sent.start > 0:
            before = self.docs[q][sent.start - 1].sent
        elif q > 0 and len(self.docs[q - 1]):
            q -= 1
            before = self.docs[q][-1].sent
        else:
            return
        # the recogniser may call the body anything ("Patients' group Healthwatch" a person); "its" says what it is
        subject = next((t for t in before if t.dep_ == "nsubj" and (t.ent_type_ == "ORG" or t.pos_ == "PROPN")), None)
        if subject is None:
            # "The national farmers' federation, Agrarisch Verbond, warned ...": the body's name beside its noun
            noun = next((t for t in before if t.dep_ == "nsubj" and t.pos_ == "NOUN"), None)
            named = [c for c in noun.children if c.dep_ == "appos" and c.pos_ == "PROPN"] if noun is not None else []
            subject = named[0] if named else None
        if subject is None:
            # "members of the Harbour Residents Association ... Its acting secretary": the one
            # organisation that sentence names
            orgs = [t for t in before if t.ent_type_ == "ORG" and t.ent_iob_ == "B"]
            subject = orgs[0] if len(orgs) == 1 else None
        if subject is None or subject.i in self.in_quote[q]:
            return
        ent = entity_around(subject)
        if ent is not None:
            self._give_owned_role(m, _without_article(ent), rest)

    def _give_owned_role(self, m: Mention, whose: str, rest: str) -> None:
        """Make "<whose>'s <rest>" the role of ``m``'s person, when the role they hold is still the one written at
        ``m`` ("His lawyer" -> "Darren Pike's lawyer"); an empty owner changes nothing."""
        person = self._persons.get(self.fullest(m.tokens, m.position))
        if whose and person is not None and person.role == m.role:
            person.role = f"{whose}'s {rest}"

    # ------------------------------------------------------------------ building
    def _add_missed_names(self, p: int, doc: Doc) -> None:
        """Names the entity recogniser missed: a capitalised run opening with a common first name, or one after a
        capitalised title ("Councillor Imre Halasz", which the recogniser may take for an organisation)."""
        i = 0
        while i < len(doc):
            t = doc[i]
            if (
                i in self.in_quote[p]
                or not t.text[:1].isupper()
                or i + 1 >= len(doc)
                or not (
                    _name_piece(doc[i + 1])
                    or _past_particles(doc, i + 1) is not None
                    or _given_name_tagged_as_word(doc[i + 1])
                )
                or (i > 0 and _glued_hyphen(doc[i - 1]))  # the second half of "Anne-Marie" starts no name
            ):
                i += 1
                continue
            end = None
            if t.lower_ in _GIVEN_NAMES and t.ent_type_ != "PERSON":
                end = i + 1
                while end < len(doc) and end - i < 3 + _hyphens(doc[i:end]) + _particles(doc[i:end]):
                    if _name_piece(doc[end]):
                        end += 1
                    elif (after := _past_particles(doc, end)) is not None:
                        end = after  # "Antoine de la Durantaye": the particles and the surname after them
                    else:
                        break
            elif t.lower_ in _NAME_TITLES and doc[i + 1].ent_type_ != "PERSON":
                end = _titled_name_end(doc, i + 1)
            elif t.ent_type_ != "PERSON" and _capitalised_propn(t):
                # "Ewan Baird, 29,": only a person is given an age like that; "activist Anand Krishnan": nor
                # does a person noun go before anything but a person's name
                end = (
                    _aged_name_end(doc, i)
                    or _name_after_person_noun(doc, i)
                    or _name_before_who_end(doc, i)
                    or _particled_subject_end(doc, i)
                )
            if end is None or _names_a_place(doc, i, end):
                i += 1
                continue
            self.add(p, doc[i:end])
            i = end

    def _add_coordinated_given_names(self, p: int, doc: Doc) -> None:
        """A given name coordinated with a full name it shares a surname with ("Mira and Lena Osei"), which the
        recogniser leaves out: Mira Osei, so "Mira said" later reads in full."""
        for t in doc:
            if t.lower_ == "and" and t.i > 0 and (p, t.i - 1) not in self._by_token and t.i - 1 not in self.in_quote[p]:
                first = doc[t.i - 1]
                if _shared_surname(doc, [first]):
                    self.add(p, doc[first.i : first.i + 1])

    def _add_apposed_names(self, p: int, doc: Doc) -> None:
        """Names the recogniser missed or took for an organisation that stand in apposition to a noun for a person:
        "Trump's wife, Melania," or "One voter, Guadalupe Ortiz, 35,": the noun says the name is a person's, and a
        gendered noun ("wife") gives the gender."""
        for head in doc:
            if (
                head.dep_ != "appos"
                or head.pos_ != "PROPN"
                or (p, head.i) in self._by_token
                or head.i in self.in_quote[p]
                or head.ent_type_ == "PERSON"
            ):
                continue
            noun = head.head
            if noun.i > head.i or not (
                (noun.pos_ == "NOUN" and noun.lower_ in PEOPLE_NOUNS)
                or (noun.pos_ == "PROPN" and noun.lower_ in _APPOSED_TITLES)  # "The local MP, Rhodri Evans,"
            ):
                continue
            start = head.i
            while (
                start > 0
                and doc[start - 1].pos_ == "PROPN"
                and doc[start - 1].dep_ == "compound"
                and head.i - start < 3
            ):
                start -= 1
            span = doc[start : head.i + 1]
            if not all(t.text[:1].isupper() and t.is_alpha for t in span) or span[-1].lower_ in INSTITUTION_WORDS:
                continue
            mention = self.add(p, span)
            if mention is not None and noun.lower_ in MALE_WORDS | FEMALE_WORDS:
                self.add_gender_evidence(self.fullest(mention.tokens, mention.position), _noun_gender(noun.lower_))
        self._add_names_before_a_role(p, doc)

    def _add_names_before_a_role(self, p: int, doc: Doc) -> None:
        """A capitalised name the recogniser left unlabelled, set beside a noun for a person after it: "Alder,
        Victoria's spin coach, was pleased" (the apposition is then read as the role)."""
        for name in doc:
            if (
                name.pos_ != "PROPN"
                or not name.text[:1].isupper()
                or not name.is_alpha
                or name.ent_type_ not in {"", "PERSON", "ORG"}
                or (p, name.i) in self._by_token
                or name.i in self.in_quote[p]
                or name.i + 1 >= len(doc)
                or doc[name.i + 1].text != ","
            ):
                continue
            if any(c.dep_ == "det" for c in name.children):
                continue  # "the Observer, her adviser, ...": a name with an article is a title, not a person
            role = next((c for c in name.children if c.dep_ == "appos" and c.i > name.i), None)
            # "Perrin Oduya-Hale, the Labour MP for Brackenfold East,": a title only a person holds
            person_title = role is not None and role.pos_ == "PROPN" and role.lower_ in _APPOSED_TITLES
            if role is None or not (person_title or (role.pos_ == "NOUN" and role.lower_ in ROLE_NOUNS)):
                continue
            if name.ent_type_ == "ORG" and role.lower_ in _ROLES_OF_BODIES:
                continue  # "Northwind, the developer, said": a company may be that too
            if name.ent_type_ == "ORG" and name.i != name.sent.start and not person_title:
                continue  # tagged an organisation: only a name opening its sentence ("Castellane, the series’ creator")
            if any(c.dep_ == "appos" and c.pos_ == "PROPN" for c in role.children):
                continue  # "X, her adviser, Jake Sullivan,": the role is the next name's
            start = name.i
            while start > 0 and name.i - start < 4:
                if doc[start - 1].pos_ == "PROPN" and doc[start - 1].dep_ == "compound":
                    start -= 1
                elif start >= 2 and doc[start - 1].text == "-" and hyphen_glued(doc[start - 2], doc[start]):
                    start -= 2  # "Oduya-Hale": one surname in three tokens
                else:
                    break
            if any((p, k) in self._by_token for k in range(start, name.i + 1)):
                continue
            self.add(p, doc[start : name.i + 1])

    def add(self, p: int, span: Span, *, force: bool = False) -> Mention | None:
        """Record ``span`` (a name run) as a person mention; returns it, or None if no name is left."""
        doc = self.docs[p]
        if _photo_credit(doc, span.start, span.end):
            return None
        titles, toks = clean_name_tokens(list(span))
        if toks and toks[-1].lower_ in self._works:
            return None  # "this production of King Lear", "Playing Lear's eldest daughter": a play, or its character
        if toks and (_an_animal(doc, toks[0].i, toks[-1]) or tuple(t.lower_ for t in toks) in self._animals):
            # "the five-year-old mare Kowhai Lane", "their dog, Biscuit,": no one who speaks, then or later
            self._animals.add(tuple(t.lower_ for t in toks))
            return None
        while len(toks) > 2 and toks[0].lower_ in self.group_words:
            toks = toks[1:]  # "Australian Ben Moss": a nationality the article gives elsewhere is no part of the name
        if not toks or not any(t.text[:1].isupper() for t in toks):
            return None
        if len(toks) == 1 and toks[0].lower_ in _PRONOUNS_TAKEN_FOR_NAMES:
            return None  # "Hers says Vosburgh Home Place.": a pronoun the tagger took for a name
        if _an_origin(doc, toks[-1].i):
            return None  # "the Cork-born comedian": a place someone is from
        if len(toks) == 1 and self._a_word_opening_a_sentence(toks[0]):
            return None  # "Backstage, the 38-year-old singer-songwriter said": an adverb, no name
        if len(toks) == 2 and p == 0 and self._a_headlines_adjective(toks[0]):
            toks = toks[1:]  # "Tearful Penhaligon calls stumps on 17-year career": Kate Penhaligon, tearful
        if any(t.text.isdigit() for t in span):
            return None  # "Assembly Bill 318", "Route 66": a numbered thing, tagged a person
        if len(toks) == 1 and _names_a_title_before_a_name(doc, toks[0]):
            return None  # "Newfoundland and Labrador Premier Margaret Tobin-Walsh": Labrador is the premier's province
        after = toks[-1].i + 1
        if after < len(doc) and doc[after].lower_ in _FAMILY_GROUPS:
            return None  # "Brogan hopeful on Madigan brothers": the family, no one of them
        if any(t.text in _TITLE_CASE_LINKS for t in toks[1:]):
            return None  # "Her comeback album, Salt In The Wound,": a work's title in title case, no one's name
        if len(toks) >= 2 and toks[0].lower_.rstrip(".") == "co":
            return None  # "Co Mayo", "Co. Cork": an Irish county
        if _where_someone_is_from(doc, toks[0].i):
            return None  # "a sheep farmer from Glen Ardle": a place, though "Glen" is a given name
        if not force and len(toks) == 1 and toks[0].lower_ in TITLES_AND_PERSON_NOUNS:
            return None
        if len(toks) == 1 and toks[0].lower_ in DEMONYM_NOUNS and toks[0].i > 0 and doc[toks[0].i - 1].lower_ == "the":
            return None  # "the Finn said": a nationality, though "Finn" is a given name too
        once_of = len(toks) == 1 and toks[0].i > 1 and doc[toks[0].i - 1].lower_ in {"former", "ex"}
        if once_of and doc[toks[0].i - 2].lower_ == "the":
            return None  # "the former Flyer said": once of a team, not someone called Flyer
        before = toks[0].i - 1
        royal = before >= 0 and doc[before].lower_ in ROYAL_TITLES and doc[before].text[:1].isupper()
        if royal and not titles and (len(toks) == 1 or (len(toks) == 2 and _ROMAN.fullmatch(toks[-1].text))):
            toks = [doc[before], *toks]  # "Prince Andrew": the title is part of how he is named
        toks = _without_quoted_nickname(doc, toks)  # "Pádraig ‘Podge’ Lenihan" is Pádraig Lenihan
        existing = self._by_token.get((p, toks[0].i))
        if existing is not None:
            return existing
        while toks[-1].i + 2 < len(doc) and _glued_hyphen(doc[toks[-1].i + 1]):
            # "Nadia Lim Su-Ann", whose entity the recogniser ends at "Su": the name runs to the hyphen's other side
            toks = [*toks, doc[toks[-1].i + 2]]  # the hyphen itself is dropped, as in name_words
        last = toks[-1]
        if _surname_left_out(doc, last) and (p, last.i + 1) not in self._by_token:
            toks = [*toks, doc[last.i + 1]]  # "Justice Rosemary Wanjiru Ndung'u", its entity ending at "Wanjiru"
        start, end = toks[0].i, toks[-1].i + 1
        while end < len(doc) and doc[end].lower_.rstrip(".") in _GENERATIONS | {"."}:
            end += 1  # "Brent Bozell III, founder of ...": the role is read after the suffix left out of the name
        lead = titles[0].i if titles else start
        if not titles and lead > 0 and doc[lead - 1].lower_ in HONORIFICS:
            lead -= 1  # "The company's chairman, Sir Alan Finch,": the role is read from before the honorific
        role, gender = _left_role(doc, lead, proper=self.proper_words)
        address = _address_before(doc, titles[0].i if titles else lead)
        if address is not None:
            # "Vatican spokesman the Rev. Luca Ferri": the role is before "the Rev.", which says how he is addressed
            before, _ = _left_role(doc, address, proper=self.proper_words)
            if before:
                role, titles = before, []
        if titles:
            titles_span = doc[titles[0].i : titles[-1].i + 1]
            title_text = titles_span.text
            if all(t.lower_ in HONORIFICS for t in titles):
                gender = _honorific_gender(titles[0]) or gender
            else:
                role = f"{role} {title_text}" if role else role_text(titles_span, proper=self.proper_words)
        role = _title_first(role)
        if role and role.split()[-1].lower() in _BARE_MODIFIERS:
            role = None  # "seven current and former Clinton aides": a modifier with no title after it is no role
        title_alone = role if role and role.lower().rstrip(".") in TITLE_WORDS else None
        role = _title_and_affiliation(doc, role, end)
        if title_alone:
            # "The council's finance chief, Cllr Harriet Doyle,": the title and the post the phrase before names;
            # "The committee's top Republican, Sen. Kathleen Dorsey of Utah,": with the state after the name too
            post = _comma_role(doc, _title_run_start(doc, lead), end, proper=self.proper_words)
            if post and title_alone.lower().rstrip(".") not in _words_of_role(post):
                role = f"{role}, {post}"
        if not role:
            role = _comma_role(doc, lead, end, proper=self.proper_words) or _court_side(doc, lead, end)
            where = _affiliation(doc, end) if role else None
            role = f"{role}, {where}" if where and where.lower() not in role.lower() else role
        head = toks[-1]
        role = role or self._shared_plural_role(p, head)
        # "Sanders' son, 26-year-old Tywanza": what follows a possessive describes the son, not Sanders
        possessive = end < len(doc) and doc[end].text in _POSSESSIVE
        right = None if possessive else _right_role(doc, end, head) or copular_role(doc, head)
        if right and right.lower().startswith("as "):
            right = right[3:]  # "Trump, as a presidential candidate,": what he is, without the "as"
        if right and (
            not role
            or role.lower().rstrip(".") in _ACADEMIC_TITLES
            or role.lower() in PARTY_WORDS
            or _another_of_many(role)
        ):
            # "Professor Alison Kerr, a transport economist at ...", "Another critic, Lena Tribe, a scholar,",
            # "Republican Ada Holt, the former governor,": the apposition says more
            role = right
        elif (
            right and title_alone and role != title_alone and _names_a_job(right) and right.lower() not in role.lower()
        ):
            role = f"{role}, {right}"  # "Sen. Thomas Breyer of Ohio, the ranking Democrat on the subcommittee,"
        elif role and _another_of_many(role):
            role = role.split(maxsplit=1)[1] if " " in role else None  # "another critic, Ann Boyd": a critic
        elif right and _owned_kin(role) and not _relation_words(right):
            role = f"{role}, {right}"  # "Mr Gorman's daughter, Siobhán Gorman, a member of the county council,"
        elif role and role.lower().rstrip(".") in TITLE_WORDS and not possessive:
            # "Councillor Dev Sharma, who chairs the transport committee,": the title and the post it names;
            # "Const. Mike Andrews, a police spokesperson,": the title and the apposition
            post = (right if _names_a_job(right) else None) or _relative_role(doc, end, head)
            if post and role.lower().rstrip(".") in _words_of_role(post):
                role = post  # "Rabbi Seth Gold, a rabbi based in Olympia,": the apposition says it all
            else:
                role = f"{role}, {post}" if post else role
        # "his wife", "Mr. Enns's wife": the possessive and its owner are the owner's gender, not the person's
        role_words = (role or "").split()
        owned = [k for k, w in enumerate(role_words) if w.endswith(POSSESSIVE_ENDINGS)]
        words = {w.lower() for w in role_words[owned[-1] + 1 if owned else 0 :]} - {"his", "her"}
        if gender is None:
            gender = _role_gender(words) or _apposed_noun_gender(head)
        sent = head.sent
        subj_tok = next((t for t in toks if t.dep_ in {"nsubj", "nsubjpass"}), None)
        if (
            subj_tok is None
            and head.dep_ == "appos"
            and head.head.dep_ in {"nsubj", "nsubjpass"}
            # "Jamal Ruston, who plays the ranch hand, Eli,": a part's name, not his; a dateline the parser made the
            # subject ("CARSON CITY, Nev. — Gov. Raymond Ashby vetoed") is no name of anyone's
            and (head.head.pos_ != "PROPN" or head.head.i < self.datelines[p] or head.head.lower_ in TITLE_WORDS)
        ):
            # "Trump's attorney, Alan Garten, said ...", "the county party Chairman Rob Dale declined": the name
            # stands for the subject
            subj_tok = head.head
        taken_for_verb = name_after_role_taken_for_verb(head.head) if head.dep_ in _NAME_UNDER_ROLE_WORD else None
        if subj_tok is None and taken_for_verb is not None and taken_for_verb.i == head.i:
            subj_tok = head.head  # "Moose forward Eli Kasper said", its role word parsed as a verb: the subject
        salience = 2
        if subj_tok is not None:
            salience = _subject_salience(subj_tok.head)
        elif (stranded := _speech_verb_stranded_after(head)) is not None:
            # "In a statement read by Mr Ashby, Mrs Coyle's daughter, Joanne Pruett, said": the parser hung the role
            # and name on the reader's name, and the verb has no subject; to a reader she is its subject
            subj_tok = head
            salience = _subject_salience(stranded)
        mention = Mention(
            paragraph=p,
            start=start,
            end=end,
            tokens=name_text(toks) + _shared_surname(doc, toks),
            role=role,
            gender=gender,
            # "Salomonsson's partner, veteran Josh Morrissey, said": the name set beside the subject is the subject
            subject=subj_tok is not None,
            sentence=sent.start,
            salience=salience,
            asked=_is_asked(head),
            sentence_root=head.dep_ == "ROOT" and head.pos_ == "PROPN",
            modifier=_modifies_anothers_role(head),
        )
        tag = _party_tag_after(doc, end)
        if tag:
            self._tags_at[mention.position] = tag
            self._tags = None
        self._fullest.clear()
        if self._pronoun_cache:
            # a pronoun resolved before this mention was known may stand for it ("Skelly said" found later); each
            # resolution is made once per emptying, so this costs no more than the resolutions themselves
            self._pronoun_cache = {}
        k = bisect.bisect_left(self._positions, mention.position)
        self.mentions.insert(k, mention)
        self._positions.insert(k, mention.position)
        form = tuple(t.lower() for t in mention.tokens)
        keys = [(self._forms_by_first, form[0])] + [(self._forms_by_last, word) for word in _surname_words(form)]
        for index, word in keys:
            bisect.insort(index.setdefault(word, {}).setdefault(form, []), mention, key=_position)
        self._index_candidate((p, mention.sentence), mention)
        for t in toks:
            self._by_token[(p, t.i)] = mention
        self._register(mention)
        if len(form) == 1 and form[0] in self._unrecognised_names:
            self._add_unrecognised_full_name(form[0])
        return mention

    def party_tag(self, name: str) -> frozenset[str]:
        """The words of the party tag the article gives the person ``name`` (fullest) after a mention ("Rep. Bennett
        Calloway (R-Idaho)" -> republican, idaho), read once per article; empty for none."""
        if self._tags is None:
            self._tags = {}
            for position, tag in self._tags_at.items():
                m = self.mention_at(*position)
                if m is not None:
                    key = self.person(m.tokens, m.position)[0]
                    self._tags[key] = self._tags.get(key, frozenset()) | tag
        return self._tags.get(name, frozenset())

    def _add_unrecognised_full_name(self, surname: str) -> None:
        """Add the unrecognised two-word name ending with ``surname`` (lower case) as a person's mention, unless the
        article already names someone in full with it; it is added once."""
        if self._has_fuller_form(surname):
            return
        at, last = self._unrecognised_names.pop(surname)
        first = last - 2 * surname.count("-")  # the surname's tokens, its hyphens among them
        self.add(at, self.docs[at][first - 1 : last + 1], force=True)

    def _unrecognised_name(self, p: int, last: Token) -> str | None:
        """The surname (lower case) when ``last`` ends a two-word run that reads as a person's name the recogniser
        did not tag as one: a capitalised given word compounded to a capitalised surname (hyphenated or not), alone
        between lower-case words, neither a title, a place, a group nor an institution ("Quinn Hughes had a goal",
        "Leona Bear-Running has taught"); None otherwise."""
        if not _plain_capitalised(last):
            return None
        doc = self.docs[p]
        i = last.i
        if i + 1 < len(doc) and _glued_hyphen(doc[i + 1]):
            return None  # not the end of its word
        first = _word_start(doc, i)
        surname = doc[first : i + 1]
        given = doc[first - 1] if first >= 1 else None
        if given is None or i in self.in_quote[p] or given.i < self.datelines[p]:
            return None
        if any(t.ent_type_ == "PERSON" for t in surname) or given.ent_type_ == "PERSON":
            return None
        if given.dep_ != "compound" or not first <= given.head.i <= i:
            return None
        if not (_plain_capitalised(given) and all(_plain_capitalised(t) for t in surname if not _glued_hyphen(t))):
            return None
        if (given.i >= 1 and _capitalised_propn(doc[given.i - 1])) or (
            i + 1 < len(doc) and _capitalised_propn(doc[i + 1])
        ):
            return None
        if given.i >= 1 and (doc[given.i - 1].lower_ in {"the", "a", "an"} or doc[given.i - 1].text in _POSSESSIVE):
            return None  # "The American Legion", "the Illinois Board of Elections": a body's name
        if _in_a_body(doc[given.i : i + 1]):
            return None  # "the National Center for Scientific Research"
        if given.lower_ in TITLES_OF_ANY_KIND or is_role_noun(given.lower_):
            return None
        words = {given.lower_, *(t.lower_ for t in surname)}
        if words & (INSTITUTION_WORDS | self.group_words):
            return None
        tags = {t.ent_type_ for t in (given, *surname)}
        if tags & {"NORP", "FAC", "DATE", "EVENT", "PRODUCT"}:
            return None
        if tags & {"GPE", "LOC"} and (
            given.lower_ in _PLACE_OPENERS or surname.text.lower() not in self._speaking_alone
        ):
            # "Juniper Loop", "South Africa": places; a name tagged a place whose surname speaks alone is a person's
            return None
        return surname.text.lower()

    def _add_unrecognised_speakers(self) -> None:
        """Add the unrecognised two-word names ("Scottie Barnes", tagged an organisation) whose surname speaks alone
        outside quotes ("Barnes said"): a person, so "Barnes, the Raptors' forward," later gives the role too."""
        if not self._unrecognised_names:
            return
        speaking = {
            word
            for p, doc in enumerate(self.docs)
            for t in doc
            if t.dep_ == "nsubj"
            and t.i not in self.in_quote[p]
            and t.head.lemma_.lower() in SPEECH_VERBS
            and (word := _word_at(doc, _word_start(doc, t.i))[0].lower()) in self._unrecognised_names
        }
        for word in sorted(speaking, key=lambda w: self._unrecognised_names[w]):
            if word in self._unrecognised_names:  # an earlier one's mention may have added it
                self._add_unrecognised_full_name(word)

    def named_in_full_unrecognised(self, word: str) -> bool:
        """Whether the article writes ``word`` (lower case) after a given name the recogniser did not tag as a
        person's ("Quinn Hughes"): a surname speaking alone is then a person, not the organisation it was tagged."""
        return word in self._unrecognised_names

    def _has_fuller_form(self, last: str) -> bool:
        """Whether the article names someone in two or more words ending with ``last``."""
        return any(len(form) > 1 for form in self._forms_by_last.get(last, {}))

    def _index_candidate(self, key: tuple[int, int], candidate: Mention | tuple[int, int, int, str]) -> None:
        group = self._by_sentence.get(key)
        if group is None:
            group = self._by_sentence[key] = []
            bisect.insort(self._sentence_keys, key)
        bisect.insort(group, candidate, key=_candidate_position)

    def _register(self, m: Mention) -> None:
        key = self.fullest(m.tokens, m.position)
        if key not in self._persons:
            self._persons[key] = _Person(name=key)
            self._keys_by_last.setdefault(key[-1].lower(), {})[key] = None
        person = self._persons[key]
        if m.role and not person.role:
            person.role = m.role
        if m.gender:
            person.gender_votes.append(m.gender)
        # a longer name may have become the fullest for shorter ones already registered
        # (only names with the same last word can be contained in it; in the order they were registered)
        same_last = self._keys_by_last[key[-1].lower()]
        for other_key in list(itertools.islice(same_last, _MAX_NAME_FORMS)):
            if other_key != key and self._contains(key, other_key):
                other = self._persons.pop(other_key)
                del same_last[other_key]
                person.role = person.role or other.role
                person.gender_votes.extend(other.gender_votes)
        # "Her caddie, Brittany," registered before "Brittany Henderson": the given name alone was this person
        alone = (key[0],)
        if len(key) > 1 and alone in self._persons:
            group = self._forms_by_first.get(key[0].lower(), {}).get((key[0].lower(),))
            if group and self._completed_later(key[0].lower(), group[0].position):
                other = self._persons.pop(alone)
                self._keys_by_last.get(key[0].lower(), {}).pop(alone, None)
                person.role = person.role or other.role
                person.gender_votes.extend(other.gender_votes)

    @staticmethod
    def _contains(longer: tuple[str, ...], shorter: tuple[str, ...]) -> bool:
        if len(longer) <= len(shorter) or longer[-1].lower() != shorter[-1].lower():
            return False
        low = [t.lower() for t in longer]
        return all(t.lower() in low for t in shorter)

    # ------------------------------------------------------------------ lookup
    def is_writers_question(self, p: int) -> bool:
        """Whether paragraph ``p`` is the writer's question(s) and nothing else ("Do you miss it?")."""
        return p in self._question_paragraphs

    def mention_at(self, p: int, i: int) -> Mention | None:
        return self._by_token.get((p, i))

    def has_last_name(self, word: str) -> bool:
        """Whether some mention's name ends with ``word`` (case-insensitive)."""
        return bool(self._forms_by_last.get(word.lower()))

    def mentions_before(self, p: int, i: int, *, from_paragraph: int, limit: int) -> list[Mention]:
        """The last ``limit`` mentions before token ``i`` of paragraph ``p``, from paragraph ``from_paragraph`` on."""
        lo = bisect.bisect_left(self._positions, (from_paragraph, -1))
        hi = bisect.bisect_left(self._positions, (p, i))
        return self.mentions[max(lo, hi - limit) : hi]

    def fullest(self, tokens: Sequence[str], position: tuple[int, int]) -> tuple[str, ...]:
        """The fullest form of a name in the article: the longest name that fits written at or before ``position``
        (the first such), else the longest written after it; ``tokens`` themselves when none is longer.

        A name fits when it ends with the same word and holds every word of ``tokens`` ("Smith" → "Dana Smith"), or,
        for a one-word given name, starts with it ("Dana" → "Dana Smith"). Each form of a name is weighed once, by
        its first mention, and only the first ``_MAX_NAME_FORMS`` forms sharing the word are weighed: the cost is
        bounded by the number of forms, not of mentions.
        """
        tokens = tuple(tokens)
        cached = self._fullest.get((tokens, position))
        if cached is None:
            cached = self._fullest[(tokens, position)] = self._work_out_fullest(tokens, position)
        return cached

    def _a_relation(self, m: Mention) -> bool:
        """Whether the mention ``m`` is introduced as someone's kin, by its role or a relation set beside it ("Her
        brother and caddie, Seamus Carrow,"; not "Lee's former business partner")."""
        beside = _relation_beside(self.docs[m.paragraph][m.start : m.end])
        return _a_relation(m.role) or (beside is not None and beside[0] in _RELATIVES - {"partner"})

    def _the_subject(self, m: Mention) -> Token | None:
        """The subject ``m`` is, or is set beside ("Bell's mother, Denise Bell, said"), when it is its verb's one
        subject (not "She and her husband, Cody Tull, farm wheat"); else None."""
        root = self.docs[m.paragraph][m.start : m.end].root
        while root.dep_ == "appos":
            root = root.head
        alone = not any(c.dep_ == "conj" for c in root.children)
        return root if root.dep_ in {"nsubj", "nsubjpass"} and alone else None

    def _aged_otherwise(self, low: tuple[str, ...], relation: Mention, position: tuple[int, int]) -> bool:
        """Whether the surname ``low`` at ``position`` is given an age ("said Bell, 52,") that no one of that name
        was given before ``relation`` was named ("the death of Bell, 24,"): someone else of the family (the first
        mentions of each name form only, so the cost stays bounded)."""
        p, i = position
        age = _age_after(self.docs[p], i + len(low))
        if age is None:
            return False
        forms = itertools.islice(self._forms_by_last.get(low[-1], {}).values(), _MAX_NAME_FORMS)
        earlier = [m for group in forms for m in group[:_MAX_NAME_FORMS] if m.position < relation.position]
        ages = {_age_after(self.docs[m.paragraph], m.end) for m in earlier}
        return bool(ages - {None}) and age not in ages

    def _bare_before(self, low: tuple[str, ...], relation: Mention) -> bool:
        """Whether the surname ``low`` was written alone before ``relation``'s first mention: someone else (the
        one the relation is of) carried it first."""
        group = self._forms_by_last.get(low[-1], {}).get(low)
        return bool(group) and group[0].position < relation.position

    def _work_out_fullest(self, tokens: tuple[str, ...], position: tuple[int, int]) -> tuple[str, ...]:
        low = tuple(t.lower() for t in tokens)
        forms = list(itertools.islice(self._forms_by_last.get(low[-1], {}).items(), _MAX_NAME_FORMS))
        generation = self._generation_before(position) if len(low) == 1 else None
        if generation is not None:
            firsts = [group[0] for form, group in forms if len(form) > 1 and _fits(form, low)]
            picked = _by_generation(generation, firsts) or self._called_by_generation(generation, firsts)
            if picked is not None:
                return picked.tokens
        honour = _honorific_gender(self.docs[position[0]][position[1] - 1]) if len(low) == 1 and position[1] else None
        if honour is not None:
            # "Mr Rourke" beside Dr Annabel Rourke and her husband Greg: the Rourke whose given name is a man's
            # (of those whose given name says so, when there are such; else of those not the other's)
            marked = [(form, group) for form, group in forms if _given_name_gender(form) == honour and _fits(form, low)]
            if len(marked) == 1:
                return marked[0][1][0].tokens  # "Her son, Mark Ibbotson, ... "…," Mr Ibbotson said": the one man
            unfit = [
                f for f, _ in forms if len(f) > 1 and _fits(f, low) and _given_name_gender(f) not in {None, honour}
            ]
            forms = marked or [(form, group) for form, group in forms if _given_name_gender(form) in {None, honour}]
            if unfit and not any(len(form) > 1 for form, _ in forms):
                # "Mrs Ellwood" where the one Ellwood named in full is Thomas: his mother, whose given name the
                # article may not give with the surname ("his mother, Patricia"); not him, and named with the
                # honorific, which tells her from him wherever the name is read again
                return (self.docs[position[0]][position[1] - 1].text, *tokens)
        if len(low) == 1 and low[0] not in {"mr", "mrs", "ms"}:
            forms += itertools.islice(self._forms_by_first.get(low[0], {}).items(), _MAX_NAME_FORMS)
        earlier: Mention | None = None
        later: Mention | None = None
        kin_just_named: Mention | None = None
        for form, group in forms:
            if len(form) < len(low) or not _fits(form, low):
                continue
            first = group[0]
            if len(low) == 1 and form != low and self._a_relation(first):
                just_named = first.position < position and position[0] - first.paragraph <= 1
                bare_before = self._bare_before(low, first)
                if (
                    just_named
                    and self._the_subject(first)
                    and (not bare_before or self._aged_otherwise(low, first, position))
                ):
                    # "Caleb's mother, Brenda Dunphy, sat beside Dorval." / "Dunphy said"; "the death of Bell, 24, ...
                    # Bell's mother, Denise Bell, said ..." / ""…," said Bell, 52": not the son, by his age
                    kin_just_named = first
                if bare_before:
                    # "Baptiste ... His mother, Evangeline Baptiste,", "Carrow ... Her brother and caddie, Seamus
                    # Carrow,": "Baptiste" alone is still her son
                    continue
            if form == low and len(low) == 1 and self._completed_later(low[0], position):
                continue  # "Her caddie, Brittany," ... "Brittany Henderson said": the given name is the full name's
            if first.position <= position:
                if earlier is None or _longer_or_first(first, earlier):
                    earlier = first
            elif later is None or _longer_or_first(first, later):
                later = first
        if kin_just_named is not None and earlier is not None and kin_just_named.position > earlier.position:
            # the surname alone right after a relative of the one first named in full is that relative, as a
            # reader takes it ("Caleb Dunphy was last seen ..." ... "Caleb's mother, Brenda Dunphy, sat beside
            # Dorval." / ""He's a good boy," Dunphy said"); further on, the first named again
            return kin_just_named.tokens
        best = earlier or later
        return best.tokens if best is not None else tokens

    def _called_by_generation(self, generation: str, firsts: Sequence[Mention]) -> Mention | None:
        """The one of a surname the article introduces with ``generation`` ("His younger brother, sophomore
        linebacker Jalen Bell," ... "The younger Bell"), in the few words before the first mention of the name."""
        called = [
            m
            for m in firsts
            if generation in {t.lower_ for t in self.docs[m.paragraph][max(0, m.start - _GENERATION_READ) : m.start]}
        ]
        return called[0] if len(called) == 1 else None

    def _generation_before(self, position: tuple[int, int]) -> str | None:
        """ "younger", "elder" or "older" when written right before the name at ``position`` ("the younger
        Mendonça"), else None."""
        p, i = position
        word = self.docs[p][i - 1].lower_ if i >= 1 else ""
        return word if word in _GENERATION_WORDS else None

    def _completed_later(self, word: str, position: tuple[int, int]) -> bool:
        """Whether the one-word name ``word`` (lower case) is written in full only after ``position``, by exactly one
        longer name: opening with it when it is a known given name ("Her caddie, Brittany," ... "Brittany
        Henderson"), ending with it otherwise ("Stafford said" ... "former astronaut Tom Stafford"), after it was
        used alone once or twice and unless the full name is a relative's. Two longer names ("Bill Clinton",
        "Hillary Clinton") leave it as written."""
        index = self._forms_by_first if word in _GIVEN_NAMES else self._forms_by_last
        longer = [
            group[0] for form, group in itertools.islice(index.get(word, {}).items(), _MAX_NAME_FORMS) if len(form) > 1
        ]
        if len(longer) != 1 or longer[0].position <= position:
            return False
        # "Dion" all through, then "her son, René-Charles Dion": a relative of the one named alone, not her; a name
        # used alone again and again before the full one was someone's all along (a headline named her, maybe)
        kin = _words_of_role(longer[0].role) & _RELATIVES
        alone = index.get(word, {}).get((word,), [])
        return not kin and bisect.bisect_left(alone, longer[0].position, key=_position) <= 2

    def person(self, tokens: Sequence[str], position: tuple[int, int]) -> tuple[str, str | None, str | None]:
        """(fullest name, role, gender) of the person named ``tokens`` at ``position``."""
        key = self.fullest(tokens, position)
        info = self._persons.get(key)
        role = info.role if info else None
        gender = self.gender(key)
        return " ".join(key), role, gender

    def gender(self, name: Sequence[str]) -> str | None:
        info = self._persons.get(tuple(name))
        votes = list(info.gender_votes) if info else []
        if votes:
            return max(set(votes), key=votes.count)
        listed = _name_sex(name[0]) if name else None
        if listed is not None and (len(name) >= 2 or info is not None):
            return listed
        grown = len(self.mentions) > self._said_read_at * 1.25 and self._said_read_at < _GENDER_MENTIONS
        if self._said_genders is None or grown:
            self._said_genders = self._pronoun_genders()
            self._said_read_at = len(self.mentions)
        return self._said_genders.get(tuple(name))

    def _pronoun_genders(self) -> dict[tuple[str, ...], str]:
        """Each person's gender as the pronouns that go on with their subject mentions say it, where nothing else
        does: a possessive his/her later in the mention's sentence ("Professor Ilse Brandvold ... said the tilt
        might be a stroke of luck for her instrument"), or a he/she saying a quote later in its paragraph
        ("Schönfeld said ... "A," she said"), with no other person named between and no other person or he/she
        before the mention in its sentence (at most :data:`_GENDER_READ` words on); when all such words agree."""
        said: dict[tuple[str, ...], set[str]] = {}
        for m in itertools.islice(self.mentions, _GENDER_MENTIONS):
            if not m.subject:
                continue
            doc, in_quote = self.docs[m.paragraph], self.in_quote[m.paragraph]
            sentence = doc[m.start].sent
            if any(
                self._another_at(m, k) or (doc[k].lower_ in _PRONOUN_GENDERS and k not in in_quote)
                for k in range(max(sentence.start, m.start - _GENDER_READ), m.start)
            ):
                continue  # "she issued a plan: President Obama later adopted ... She has called": hers, not his
            found = set()
            for k in range(m.end, min(len(doc), m.end + _GENDER_READ)):
                if self._another_at(m, k):
                    break  # another person: the pronouns after may be theirs
                tok = doc[k]
                gender = _PRONOUN_GENDERS.get(tok.lower_)
                if gender is None or k in in_quote:
                    continue
                own_sentence = k < sentence.end
                after_quote = k > 0 and k - 1 in in_quote  # ""A," she said": the quote's speaker
                if (own_sentence and tok.dep_ == "poss") or (
                    after_quote and tok.dep_ == "nsubj" and tok.head.lemma_.lower() in SPEECH_VERBS
                ):
                    found.add(gender)
            if found:
                said.setdefault(self.fullest(m.tokens, m.position), set()).update(found)
        return {key: genders.pop() for key, genders in said.items() if len(genders) == 1}

    def _another_at(self, m: Mention, k: int) -> bool:
        """Whether token ``k`` of ``m``'s paragraph is in another person's mention."""
        other = self._by_token.get((m.paragraph, k))
        return other is not None and other is not m

    def add_gender_evidence(self, name: Sequence[str], gender: str) -> None:
        info = self._persons.get(tuple(name))
        if info is not None:
            info.gender_votes.append(gender)

    def resolve_pronoun(self, p: int, i: int, pronoun: str) -> Mention | None:
        """The person a he/she at token ``i`` of paragraph ``p`` most likely refers to.

        Recency with a preference for grammatical subjects, as in Hobbs' algorithm:
        the current sentence (subjects first, nearest first), then each earlier sentence
        subjects first, then left-to-right; a gender that does not fit rules a
        candidate out.  An earlier "he" in subject position stands for whoever it
        refers to, so chains of pronouns ("Smith ... He said ... he added") hold.
        """
        found = self._referent(p, i, pronoun)
        return found if isinstance(found, Mention) else None

    def possessor(self, p: int, i: int) -> Mention | None:
        """The person a "his"/"her" at token ``i`` of paragraph ``p`` stands for, as a he/she there would."""
        word = self.docs[p][i].lower_
        return self.resolve_pronoun(p, i, "he" if word == "his" else "she") if word in {"his", "her"} else None

    def introduced_referent(self, p: int, i: int, pronoun: str) -> tuple[int, int] | None:
        """(paragraph, token) of the head noun of the unnamed person a he/she goes on with ("A reporter for a
        French agency called it ... "...," he said"), or None when the pronoun is someone else or unknown."""
        found = self._referent(p, i, pronoun)
        return (found.paragraph, found.index) if isinstance(found, _Introduced) else None

    def introduced_source(self, p: int, i: int, noun: str) -> tuple[int, int] | None:
        """(paragraph, token) of the one unnamed source introduced with ``noun`` ("One legal expert said ...") in
        this or the last paragraphs before token ``i`` of paragraph ``p``, which "the expert" refers back to; None
        when there is none, or several (no guess)."""
        lo = bisect.bisect_left(self._introduced_in_order, (p - _GENDER_GUESS_PARAGRAPHS, -1))
        hi = bisect.bisect_left(self._introduced_in_order, (p, i))
        fitting = [
            (q, k)
            for q, k in self._introduced_in_order[max(lo, hi - _MAX_PER_SENTENCE) : hi]
            # "one evacuee, a woman staying on a cot," ... "the woman said": the source under either noun
            if self.docs[q][k].lower_ == noun
            or any(c.dep_ == "appos" and c.lower_ == noun for c in self.docs[q][k].children)
        ]
        return fitting[0] if len(fitting) == 1 else None

    def _referent(self, p: int, i: int, pronoun: str) -> Mention | _Unnamed | None:
        """Who the pronoun stands for: a named person, someone described but not named, or None if unknown."""
        key = (p, i)
        if key in self._pronoun_cache:
            return self._pronoun_cache[key]
        self._pronoun_cache[key] = None  # guards against cycles
        result = self._resolve_pronoun(p, i, pronoun)
        self._pronoun_cache[key] = result
        return result

    def _described(self, p: int, i: int, noun: str, *, gender: str | None = None) -> Mention | _Unnamed | None:
        """Who a description ("the senator") at token ``i`` stands for: the person whose role it names; for "the
        woman" the name its sentence gives her ("the woman ... named Caroline"), else UNNAMED, since the pronoun
        after "the woman said" is that woman, whom the article may never name; None when it is not known."""
        if noun not in _GENERIC_NOUNS:
            return self.resolve_description(p, i, noun, gender=gender)
        doc = self.docs[p]
        for m in self._by_sentence.get((p, doc[i].sent.start), []):
            if isinstance(m, Mention) and m.start > i and doc[m.start - 1].lower_ in {"named", "called"}:
                return m
        return UNNAMED

    def _named_in_its_quote(self, p: int, i: int) -> frozenset[str]:
        """The names quoted in paragraph ``p`` when the he/she at token ``i`` is a speech verb's subject: a speaker
        does not call themself by name ("Lea basically adopted me," she said: not Lea)."""
        tok = self.docs[p][i]
        if tok.head.lemma_.lower() not in SPEECH_VERBS or not self.in_quote[p]:
            return frozenset()
        doc = self.docs[p]
        # the quote the pronoun attributes lies just before it (or just after, "she said, "...""): a window, not
        # the whole paragraph, which on a live blog holds everyone's quotes
        window = range(max(0, i - _QUOTE_WINDOW), min(len(doc), i + _QUOTE_WINDOW // 4))
        return frozenset(
            doc[k].lower_
            for k in window
            if k in self.in_quote[p]
            and doc[k].pos_ in {"PROPN", "NOUN"}  # "Allison reads ice ...": a name the tagger took for a noun
            and doc[k].text[:1].isupper()
            and doc[k].dep_ in {"nsubj", "nsubjpass", "poss"}
        )

    def _named_by_quote(self, m: Mention, named: frozenset[str]) -> bool:
        """Whether the quote talks of the person ``m`` by given name, as its subject ("Lea basically adopted me");
        a surname is how some speak of themselves ("People back down with Trump")."""
        if not named:
            return False
        full = self.fullest(m.tokens, m.position)
        return len(full) >= 2 and full[0].lower() in named

    def _resolve_pronoun(self, p: int, i: int, pronoun: str) -> Mention | _Unnamed | None:
        want = PRONOUN_GENDER.get(pronoun.lower())
        named = self._named_in_its_quote(p, i)
        clause_heads = _relative_clause_heads(self.docs[p][i])
        asked_about = _asked_about(self.docs[p][i])
        # "A reporter asked whether ... / "...," he replied": the one replying is not the one who asked
        replying = self.docs[p][i].head.lemma_.lower() in REPLY_VERBS
        told_of = _told_of(self.docs[p][i])
        undescribed: set[tuple[int, int]] = set()  # sentences whose subject is a description no one is given
        # "Coroner's counsel Anjali Rostami asked the witness to walk the jury through it. / "…," she said": the one
        # whose words follow someone asking another is not the asker ("She said she asked the question "to build
        # on ..."", a report of her asking, may well be)
        sent_start = self.docs[p][i].sent.start
        speaking = _speaks(self.docs[p][i]) and (sent_start in self.in_quote[p] or self.docs[p][sent_start].is_quote)
        for c in self._pronoun_candidates(p, i):
            if (replying and self._asks(c)) or (speaking and self._asks(c, someone=True)):
                continue
            if (isinstance(c, tuple) and c[0] == p and c[1] == told_of) or (
                isinstance(c, Mention) and c.paragraph == p and c.start <= told_of < c.end
            ):
                continue  # "His headmaster found him there, he said": the teller is not the one told of
            if isinstance(c, Mention) and c.paragraph == p and any(c.start <= h < c.end for h in clause_heads):
                continue  # "Ellis, whom he describes as ...": the one a clause describes is not its "he"
            if isinstance(c, Mention) and c.paragraph == p and asked_about.start <= c.start < asked_about.stop:
                continue  # "Asked whether Naqvi would keep his place, he laughed": the one asked is not Naqvi
            if isinstance(c, tuple) and c[3] not in PRONOUN_GENDER:
                # "the woman" or "the senator": the pronoun goes on with that person, named or not
                noun_gender = "m" if c[3] in MALE_WORDS else "f" if c[3] in FEMALE_WORDS else None
                if want and noun_gender and noun_gender != want:
                    continue
                if (c[0], c[1]) in self._introduced:
                    return _Introduced(c[0], c[1])
                if (c[0], c[1]) in self._aged_subjects:
                    # "Tipene said ... / The 32-year-old was less diplomatic about the umpiring, when the Storm were
                    # penalised for contact to the Swifts' four. / "A," she said": the one of that age, who goes on
                    # from before as the pronoun would, not a team or someone named later in her sentence
                    aged = self._referent(c[0], c[1], pronoun)
                    if aged is not None:
                        return aged
                    continue
                if (c[0], c[1]) in self._pronoun_owned:
                    relation = self._relation(c[0], c[1])
                    if relation is not None:
                        return relation
                    continue
                described = self._described(c[0], c[1], c[3], gender=want)
                if isinstance(described, Mention) and want:
                    g = self.gender(self.fullest(described.tokens, described.position))
                    if g is not None and g != want:
                        continue  # "the physician", who is Lea Schönfeld, is no "he"
                if described is not None:
                    return described
                # "The Clonmoyle clubman said his late father, Paddy, ...": whoever the clubman is, the kin of his
                # set beside him is someone else
                undescribed.add((c[0], self.docs[c[0]][c[1]].sent.start))
                continue
            if isinstance(c, tuple):
                if PRONOUN_GENDER.get(c[3]) != want:
                    continue
                m = self._referent(c[0], c[1], c[3])
                if isinstance(m, Mention) and self._named_by_quote(m, named):
                    continue  # the one the quote talks about, not the one talking
                if replying and self._the_asker(m):
                    continue  # ""A?" one reporter asked Berg as he left. / "B," he replied": not the reporter's "he"
                if m is not None:
                    return m
                continue
            if (c.paragraph, c.sentence) in undescribed and self._a_relation(c):
                continue
            if len(c.tokens) == 1 and c.tokens[0].isupper() and len(c.tokens[0]) > 1:
                continue  # an acronym ("LGBT", "NATO") names no one a "he" or "she" can be
            if self._named_by_quote(c, named):
                continue
            g = self.gender(self.fullest(c.tokens, c.position))
            if want is None or g is None or g == want:
                return c
        return None

    def _relation(self, p: int, i: int) -> Mention | _Introduced | None:
        """Who "his father" at token ``i`` of paragraph ``p`` is: the person the article sets beside that relation
        (:meth:`relative`), else the relation as written, unnamed; None when the article may name the other side
        of it otherwise (the owner is someone's relation in turn, or shares a surname with someone named near), so
        the pronoun goes on to the people named."""
        tok = self.docs[p][i]
        owner = next(c for c in tok.children if c.dep_ == "poss")
        named = self.relative(tok.lower_, owner.lower_, before=(p, i))
        if named is not None:
            return named
        whose = self.possessor(p, owner.i)
        if whose is not None and self._family_named(p, i, whose):
            return None
        return _Introduced(p, i)

    def _family_named(self, p: int, i: int, whose: Mention) -> bool:
        """Whether the article names the family of the person ``whose`` stands for: as someone's relation
        ("Sorensen's daughter, Kari Sorensen-Moe, ... Her father said"), or beside another of their surname in the
        last paragraphs ("Jen and Mark Doucette ... Her husband did the work")."""
        name, role, _ = self.person(whose.tokens, whose.position)
        if _OWNED_RELATION.search(role or ""):
            return True
        surname = name.split()[-1]
        near = self.mentions_before(p, i, from_paragraph=max(0, p - _GENDER_GUESS_PARAGRAPHS), limit=_MAX_PER_SENTENCE)
        return any(
            other != name and other.split()[-1] == surname
            for other in (self.person(m.tokens, m.position)[0] for m in near)
        )

    def surviving_spouse(self, noun: str, *, before: tuple[int, int]) -> Mention | None:
        """Who "the widower" or "the widow" is: the one person the article set beside that relation ("Her husband of
        58 years, Arturo Marchetti,"), before any man or woman who merely spoke last; None when there is none."""
        relation, owner = SURVIVING_SPOUSE[noun]
        return self.relative(relation, owner, before=before) or self._married(before=before)

    def _married(self, *, before: tuple[int, int]) -> Mention | None:
        """The one person the article says someone married ("That same year he married Margaret Eynon"), written
        as the article names her last under her married name ("said Margaret Whitcombe"); None for no one or two.
        The marriages and married names are read once per article, so a page of widows stays linear."""
        if self._marriages is None:
            self._marriages = [(m, self._married_name(m)) for m in self.mentions if self._object_of_marry(m)]
        married = [(m, renamed) for m, renamed in self._marriages if m.position < before]
        if len({self.person(m.tokens, m.position)[0] for m, _ in married}) != 1:
            return None
        spouse, renamed = married[0]
        later = [m for m in renamed if m.position < before]
        return later[-1] if later else spouse

    def _object_of_marry(self, m: Mention) -> bool:
        tok = self.docs[m.paragraph][m.end - 1]
        return tok.dep_ == "dobj" and tok.head.lemma_.lower() == "marry"

    def _married_name(self, spouse: Mention) -> list[Mention]:
        """Later mentions of the married person under the surname of the one who married them, in order."""
        verb = self.docs[spouse.paragraph][spouse.end - 1].head
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        found = None
        if subject is not None and subject.lower_ in {"he", "she"}:
            found = self.resolve_pronoun(spouse.paragraph, subject.i, subject.lower_)
        elif subject is not None:
            found = self.mention_at(spouse.paragraph, subject.i)
        if found is None:
            return []
        surname = self.person(found.tokens, found.position)[0].split()[-1].lower()
        return [
            m
            for m in self.mentions
            if spouse.position < m.position
            and len(m.tokens) >= 2
            and (m.tokens[0], m.last) == (spouse.tokens[0], surname)
        ]

    def relative(self, noun: str, owner: str, *, before: tuple[int, int]) -> Mention | None:
        """A mention of the one person the article sets beside the relation ``noun`` owned by ``owner`` ("his"),
        before (paragraph, token) ``before``: "His mother, Linda Park,", "Linda Park, his mother,", or owned by a
        name ("Lachance's mother, Denise Lachance,"), which any pronoun may stand for; None for no one or several
        (two mothers: no guess). A relation the article names only later is someone else's ("his nephew added"
        paragraphs before "Osman Abu Laban, Abu-Laban's nephew"). Failing that, the other side of an inverse
        relation: "his mother" after "Her son, Marcus Lavoie," is the one that "her" stands for."""
        fits = [
            m
            for m, whose, _ in self._relations_before(noun, before)
            if whose in {owner, "their"} or whose not in OWNING_PRONOUNS  # "their daughter" is his daughter too
        ]
        if len(fits) == 1:
            return fits[0]
        return None if fits else self._inverse_relative(noun, owner, before=before)

    def _relations_before(self, noun: str, before: tuple[int, int]) -> list[tuple[Mention, str, int]]:
        """(mention, owner word, owner token) of each person set beside the relation ``noun`` before ``before``
        (the relations are read once per article)."""
        if self._relatives is None:
            self._relatives = {}
            for m in self.mentions:
                relation = _relation_beside(self.docs[m.paragraph][m.start : m.end])
                if relation is not None:
                    name = self.person(m.tokens, m.position)[0]
                    self._relatives.setdefault(relation[0], {}).setdefault(name, (m, *relation[1:]))
        return [r for r in self._relatives.get(noun, {}).values() if (r[0].paragraph, r[0].start) < before]

    def other_of_the_family(self, name: str, noun: str, owner: str) -> str | None:
        """The one other person the article names with ``name``'s surname, whom "<owner> <noun>" ("her husband",
        "his sister") stands for right after ``name`` spoke ("Jonah and Mireille Bettencourt ... "…," Mireille
        Bettencourt said. / "…," her husband said"); None when ``name``'s sex is not the owner's, or for no one or
        several (two brothers: no guess)."""
        words = tuple(name.split())
        wanted = PRONOUN_GENDER.get(owner)
        if len(words) < 2 or (wanted and self.gender(words) not in {None, wanted}):
            return None
        kin_gender = _RELATION_GENDER.get(noun)
        others = {
            key
            for key in itertools.islice(self._persons, _MAX_PERSONS_READ)
            if len(key) >= 2
            and key != words
            and key[-1].lower() == words[-1].lower()
            and (kin_gender is None or self.gender(key) in {None, kin_gender})
        }
        others -= self._parents_and_children(words)
        return " ".join(others.pop()) if len(others) == 1 else None

    def _parents_and_children(self, words: tuple[str, ...]) -> set[tuple[str, ...]]:
        """The people the article makes ``words``'s parent or child, either way round ("Her son, Peter Halvorsen,"
        makes the one "her" stands for his mother): no sister or husband of his. Read once per article."""
        if self._generations is None:
            self._generations = {}
            for noun in ("son", "daughter", "mother", "father"):
                for m, whose, at in self._relations_before(noun, (len(self.docs), 0)):
                    owner = self.possessor(m.paragraph, at) if whose in OWNING_PRONOUNS else None
                    if owner is None:
                        continue
                    beside = self.fullest(m.tokens, m.position)
                    owner_key = self.fullest(owner.tokens, owner.position)
                    self._generations.setdefault(beside, set()).add(owner_key)
                    self._generations.setdefault(owner_key, set()).add(beside)
        return self._generations.get(words, set())

    def _inverse_relative(self, noun: str, owner: str, *, before: tuple[int, int]) -> Mention | None:
        """The person "his mother" is when the article gave only the other side ("Her son, Marcus Lavoie,"): the
        one that son's "her" stands for, when the genders fit both ways; None for no such one relation."""
        found = []
        wanted = _RELATION_GENDER.get(noun)
        for inverse in _INVERSE_RELATIONS.get(noun, ()):
            for m, whose, at in self._relations_before(inverse, before):
                if whose in OWNING_PRONOUNS and (whose == "their" or (wanted and PRONOUN_GENDER[whose] != wanted)):
                    continue  # "Her son" for a mother; "His son" is no mother's
                gender = self.person(m.tokens, m.position)[2]
                if owner in {"his", "her"} and gender not in {None, PRONOUN_GENDER[owner]}:
                    continue  # "his mother" is the mother of a man
                # "Martin's wife, Janice Boisvert,": her husband is the one named as her owner
                named = whose not in OWNING_PRONOUNS
                other = self.mention_at(m.paragraph, at) if named else self.possessor(m.paragraph, at)
                if other is not None and named and wanted:
                    other = other if self.person(other.tokens, other.position)[2] in {None, wanted} else None
                if other is not None:
                    found.append(other)
        names = {self.person(m.tokens, m.position)[0] for m in found}
        return found[0] if len(names) == 1 else None

    def _the_asker(self, m: Mention | _Unnamed | None) -> bool:
        """Whether a pronoun's referent is the one putting a question, named or introduced unnamed."""
        if isinstance(m, Mention):
            return self._asks(m)
        return isinstance(m, _Introduced) and self._asks((m.paragraph, m.index, m.index + 1, ""))

    def _asks(self, c: Mention | tuple[int, int, int, str], *, someone: bool = False) -> bool:
        """Whether a pronoun's candidate is the subject of "ask" (the one putting a question); ``someone``: asking
        a person or a description of one ("asked the witness", "asked her")."""
        tok = self.docs[c.paragraph][c.end - 1] if isinstance(c, Mention) else self.docs[c[0]][c[1]]
        if tok.dep_ == "appos":
            tok = tok.head  # "Coroner's counsel Helen Strand asked": the name set beside the subject
        if tok.dep_ != "nsubj" or tok.head.lemma_.lower() != "ask":
            return False
        if not someone:
            return True
        verb = tok.head
        asked = any(
            o.dep_ in {"dobj", "dative"} and (o.pos_ in {"PRON", "PROPN"} or is_person_noun(o.lower_))
            for o in verb.children
        )
        # "asked the witness to walk the jury through it" asks for words; "asked Daniel Ortiz to lead the review"
        # asks for a deed, and the one asking may well go on speaking
        deed = next((c for c in verb.children if c.dep_ == "xcomp"), None)
        return asked and (deed is None or _asks_for_words(deed))

    def _pronoun_candidates(self, p: int, i: int) -> Iterator[Mention | tuple[int, int, int, str]]:
        """Mentions and subject pronouns before token ``i`` of paragraph ``p`` (within 6 paragraphs), in the
        order a pronoun there is resolved: its own sentence (subjects first, nearest first), then each earlier
        sentence (subjects first, left to right).  Lazily, sentence by sentence, so resolving stops costing
        anything once the person is found, however long the paragraph."""

        def pos(c: Mention | tuple[int, int, int, str]) -> tuple[float, int]:
            if isinstance(c, Mention):
                return c.pronoun_rank, c.start
            return self._pronoun_salience.get((c[0], c[1]), 1), c[1]

        def nearest_first(c: Mention | tuple[int, int, int, str]) -> tuple[float, int]:
            # in the pronoun's own sentence a description ("X was for Kasich while the Ohio governor ran, he
            # said") comes after a name of the same rank
            rank, at = pos(c)
            return rank + (0.5 if isinstance(c, tuple) and c[3] not in PRONOUN_GENDER else 0), -at

        def before(key: tuple[int, int]) -> list[Mention | tuple[int, int, int, str]]:
            # the last _MAX_PER_SENTENCE before the pronoun: a sentence naming more people is not prose
            group = self._by_sentence.get(key, [])
            end = bisect.bisect_left(group, (p, i), key=_candidate_position)
            return group[max(0, end - _MAX_PER_SENTENCE) : end]

        current = (p, self.docs[p][i].sent.start)
        yield from sorted(before(current), key=nearest_first)  # subjects first, then the nearest
        keys = self._sentence_keys
        top = bisect.bisect_right(keys, current)
        # six paragraphs back, and no more than _MAX_SENTENCES_BACK sentences with candidates: a pronoun with no
        # fitting person (a "she" among men only) would otherwise scan a whole giant paragraph each time
        lo = max(bisect.bisect_left(keys, (p - 6, -1)), top - 1 - _MAX_SENTENCES_BACK)
        for k in range(top - 1, lo - 1, -1):
            # a paragraph of the writer's questions: the answer's "he said" is the one asked, not a name in it
            if keys[k] == current or (keys[k][0] in self._question_paragraphs and keys[k][0] < p):
                continue
            yield from sorted(before(keys[k]), key=pos)

    def resolve_description(self, p: int, i: int, noun: str, *, gender: str | None = None) -> Mention | None:
        """The person "the <noun>" refers to: the nearest earlier person whose role has that noun; with ``gender``
        (a he/she going on with the description), the nearest of that gender ("the actor ... he" among an actor
        and his daughter, "an actor" too)."""
        noun = noun.lower()
        spouse = self.surviving_spouse(noun, before=(p, i)) if noun in SURVIVING_SPOUSE else None
        if spouse is not None:
            return spouse
        said = _parties_before(self.docs[p][i]) if i < len(self.docs[p]) else frozenset()
        countries = _nationalities_before(self.docs[p][i]) if i < len(self.docs[p]) else frozenset()
        bodies = _institutions_before(self.docs[p][i]) if i < len(self.docs[p]) else frozenset()
        # the nearest mentions only: a page of thousands of names and "the golfer said" stays linear
        earlier = list(reversed(self.mentions_before(p, i, from_paragraph=0, limit=_DESCRIPTION_LOOKBACK)))
        stated = self._given_whole_description(p, i, noun, earlier)
        if stated is not None:
            return stated  # "the Liberal candidate" is "Dev Patel, the Liberal candidate", whoever spoke last
        # "the governor" holds the office now: not someone given it as "the former New Jersey governor"
        past = i < len(self.docs[p]) and any(c.lower_ in PAST_WORDS for c in self.docs[p][i].children)
        reported = i < len(self.docs[p]) and reported_by_a_named_other(self.docs[p][i])
        subject = None if reported else self._subject_of_sentence_before(p, i, noun, past=past)
        if subject is not None and not self._described_otherwise(subject, said, countries, bodies):
            return subject
        earlier = [m for m in earlier if not self._described_otherwise(m, said, countries, bodies)]
        if gender is not None:
            earlier = [m for m in earlier if self.person(m.tokens, m.position)[2] in {None, gender}]
        chief_of = _chief_of_what(self.docs[p][i]) if i < len(self.docs[p]) else None
        for m in earlier:
            if chief_of is not None and chief_of not in self._role_words(m):
                continue  # "the finance chief" is the chief financial officer, not the chief executive
            # "the former Ranji Trophy pacer" is no one the story calls a pacer now ("pacer Imran Bhatti")
            if self._has_role_noun(m, noun) and past == bool(self._role_words(m) & PAST_WORDS):
                return None if self._another_with_role_noun(m, noun) else m
            if noun in ROYAL_TITLES and m.tokens[0].lower() == noun:
                return m  # "the king" after "King Charles III"
        if reported:
            return None  # "Ellis said the minister had told him": a minister the article does not name
        # no one has the role: the subject the paragraph goes on from (""A," said the businessman" after
        # "Carver went on attacking Ellis's record"), then the nearest person of the noun's gender
        subject = self._subject_of_sentence_before(p, i, noun, across_paragraphs=True)
        if subject is not None and not self._described_otherwise(subject, said, countries, bodies):
            return subject
        wanted = "m" if noun in MALE_WORDS else "f" if noun in FEMALE_WORDS else None
        if wanted is None:
            return self._only_one_named(p, earlier, noun)
        # the one person of the noun's gender named in the last paragraphs; with two or more, no guess
        recent = [m for m in earlier if m.paragraph >= p - _GENDER_GUESS_PARAGRAPHS]
        fitting = {
            self.fullest(m.tokens, m.position): m
            for m in recent
            if self.person(m.tokens, m.position)[2] == wanted and not self._role_rules_out(m, noun)
        }
        return next(iter(fitting.values())) if len(fitting) == 1 else None

    def _only_one_named(self, p: int, earlier: list[Mention], noun: str) -> Mention | None:
        """The one person the story has named so far, when it made them a subject in this paragraph or the one
        before and gave them no role that rules the noun out: "By the time Simone Achebe walked onstage ... "A," the
        R&B singer said" (a story's second name would leave it open: no guess then)."""
        if not earlier or len(earlier) >= _DESCRIPTION_LOOKBACK:
            return None
        names = {self.fullest(m.tokens, m.position) for m in earlier}
        m = earlier[0]
        if len(names) != 1 or not m.subject or p - m.paragraph > 1 or self._role_rules_out(m, noun):
            return None
        return m

    def _described_otherwise(
        self, m: Mention, parties: frozenset[str], countries: frozenset[str], bodies: frozenset[str]
    ) -> bool:
        """Whether the parties, nationalities or kinds of body a description names rule ``m``'s person out: "the
        Republican nominee" is not "Democratic vice presidential nominee Tim Kaine", "the South Korean minister" is
        not "Japanese Foreign Minister Kenji Morimoto", "the union leader" is not a party's parliamentary leader
        (neither the role nor the paragraph naming the person says "union")."""
        if parties and self._party_differs(m, parties):
            return True
        if countries and nationalities_differ(countries, self.person(m.tokens, m.position)[1]):
            return True
        return bool(bodies) and not self.names_bodies(m, bodies)

    def names_bodies(self, m: Mention, bodies: frozenset[str]) -> bool:
        """Whether ``m``'s person's role or the words around the mention name each kind of body ("The Workers'
        Union backed the plan. Its chair, Sabine Köhler,"): a bounded window, so a giant paragraph is not read
        once per mention."""
        doc = self.docs[m.paragraph]
        written = f"{self.person(m.tokens, m.position)[1] or ''} {doc[max(0, m.start - 60) : m.end + 20].text}".lower()
        return all(b in written for b in bodies)

    def _role_rules_out(self, m: Mention, noun: str) -> bool:
        """Whether the role the article gave ``m``'s person is another job or title than "the <noun>" names ("Gov.
        Kasich" is not "the senator"; "Neil Orr, the think tank's director," is not "the spokesman")."""
        role_words = self._role_words(m)
        # "Rep. Adam Schiff" is "the congressman": an abbreviated title names what it stands for
        named = _names_role(noun, expand_titles(role_words))
        if named and role_words & PAST_WORDS:
            return True  # "the governor" is not "the former state governor" (a former one is called so)
        return bool(role_words) and not named and bool(role_words & TITLES_AND_PERSON_NOUNS)

    def _given_whole_description(self, p: int, i: int, noun: str, earlier: Sequence[Mention]) -> Mention | None:
        """The one person named earlier whose role holds the noun and every word before it in the description ("the
        Liberal candidate", "the Florida senator"), when the description has such words; None otherwise."""
        if i >= len(self.docs[p]):
            return None
        head = self.docs[p][i]
        words = {
            t.lower_ for t in head.subtree if t.i < head.i and t.dep_ in {"amod", "compound", "nmod"} and t.is_alpha
        }
        if not words or words & PAST_WORDS:
            return None
        found = [m for m in earlier if self._has_role_noun(m, noun) and words <= self._role_words(m)]
        names = {self.fullest(m.tokens, m.position) for m in found}
        return found[0] if len(names) == 1 else None

    def _party_differs(self, m: Mention, said: frozenset[str]) -> bool:
        """Whether the description names a party (``said``) and the role the article gave ``m``'s person names
        another ("the Conservative candidate" is not "Dev Patel, the Liberal candidate")."""
        return bool(said) and parties_differ(said, self._role_words(m))  # most name none: no role is read then

    def _has_role_noun(self, m: Mention, noun: str) -> bool:
        role_words = self._role_words(m)
        return bool(role_words) and _names_role(noun, role_words)

    def _role_words(self, m: Mention) -> frozenset[str]:
        """The words of the role the article gave ``m``'s person, lower case, singulars included (empty: none)."""
        _, role, _ = self.person(m.tokens, m.position)
        return role_words(role)

    def _another_with_role_noun(self, m: Mention, noun: str) -> bool:
        """Whether someone else with the same role noun is named in ``m``'s sentence ("hosts Ann Lee and Bo Park"):
        recency then cannot tell which one "the host" is."""
        name = self.fullest(m.tokens, m.position)
        return any(
            isinstance(o, Mention) and self.fullest(o.tokens, o.position) != name and self._has_role_noun(o, noun)
            for o in self._by_sentence.get((m.paragraph, m.sentence), [])
        )

    def _shared_plural_role(self, p: int, head: Token) -> str | None:
        """A plural role before coordinated names is each one's: "hosts Ann Lee and Bo Park" -> Bo Park, "hosts"."""
        if head.dep_ != "conj":
            return None
        first = self._by_token.get((p, head.head.i))
        if first is None or not first.role:
            return None
        last = first.role.split()[-1].lower()
        singular = last[:-1].split("-")[-1]  # "singer-guitarists" -> guitarist
        role_noun = singular in TITLES_AND_PERSON_NOUNS or is_role_noun(singular) or singular.endswith("ist")
        return first.role if last.endswith("s") and role_noun else None

    def _subject_of_sentence_before(
        self, p: int, i: int, noun: str, *, across_paragraphs: bool = False, past: bool = False
    ) -> Mention | None:
        """The one person who is the main subject of the sentence just before "the <noun>", in its paragraph, when
        nothing the article says of them rules the noun out (another role, the other gender): "Rubio stopped by his
        headquarters. Walking in, the senator said ..." is Rubio even when another senator was named earlier."""
        doc = self.docs[p]
        previous = self._previous_sentence_with_subject(p, doc[i].sent.start, across_paragraphs=across_paragraphs)
        if previous is None:
            return None
        found: dict[tuple[str, ...], Mention] = {}
        for m in self._by_sentence.get(previous, []):
            if isinstance(m, Mention) and m.salience == 0:
                found.setdefault(self.fullest(m.tokens, m.position), m)
        if len(found) != 1:
            return None
        (m,) = found.values()
        _, _, gender = self.person(m.tokens, m.position)
        if not past and self._role_rules_out(m, noun):
            # "Gov. Kasich" is not "the senator"; but "head coach Joginder Sahota ... the former Ranji Trophy pacer"
            return None
        wanted = "m" if noun in MALE_WORDS else "f" if noun in FEMALE_WORDS else None
        if wanted and gender and gender != wanted:
            return None
        return m

    def _previous_sentence_with_subject(
        self, p: int, here: int, *, across_paragraphs: bool = False
    ) -> tuple[int, int] | None:
        """(paragraph, start) of the sentence before the one starting at token ``here``, passing over a few pieces
        the parser cut at marks inside a quote ("... as the hall yelled "Vote!" | Vote!," the senator said"), which
        have no subject outside quotation marks; at the paragraph's start, the last of the paragraph before when
        ``across_paragraphs``, else None."""
        doc = self.docs[p]
        crossed = False
        for _ in range(3):
            if here == 0:
                if not across_paragraphs or p == 0 or crossed or not len(self.docs[p - 1]):
                    return None
                # a paragraph's first sentence (""A," said the businessman") goes on from the one before
                p, doc, here, crossed = p - 1, self.docs[p - 1], len(self.docs[p - 1]), True
                continue
            sent = doc[here - 1].sent
            if any(t.dep_ in {"nsubj", "nsubjpass"} and t.i not in self.in_quote[p] for t in sent):
                return (p, sent.start)
            here = sent.start
        return None


def reported_by_a_named_other(tok: Token) -> bool:
    """Whether ``tok`` stands in what a named person says someone else said or did ("Dr Peter Ellis said the minister
    had told him ..."): the clause is Ellis's account, so the description is no one the paragraphs before were about,
    and neither the last subject nor the nearest person of its gender is who it means.  A pronoun reporter ("She
    said ... the 34-year-old replied") is often the described person herself, so only a name counts."""
    node = tok
    for _ in range(_REPORTED_DEPTH):
        verb = node.head
        if node.dep_ == "ccomp" and verb.pos_ == "VERB" and verb.lemma_.lower() in SPEECH_VERBS and verb.i < tok.i:
            subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            return subject is not None and subject.pos_ == "PROPN"
        if node.head is node:
            return False
        node = node.head
    return False
