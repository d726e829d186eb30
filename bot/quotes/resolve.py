"""Speakers a reader would name: "the senator said" is Bernie Sanders when the article says so.

Attribution leaves a definite description as the speaker when the registry of people found no person whose
stated role has that noun ("the gambling tycoon", "the investor", "the 43-year-old").  A careful reader still
knows who it is: the person the story is about in the sentences just before, the one named as the subject
there or quoted last, of the right gender, or the one whose age or role the article gave ("Whitehawk's
daughter" is the one it calls "his daughter"; "the rookie" with no one fitting near is the story's
protagonist).  This step, run on the finished quotes, replaces such a description with the person's fullest
name, and leaves it as written when the evidence does not single out one person (two people of equal weight,
or nobody near).  Not
resolved here: things and groups ("the statement", "the lawyers"; :mod:`bodies` names organisations and whoever
issued a statement), generic nouns ("the woman"), and a description
going on with someone the article introduced unnamed ("a second officer" ... "the officer said").  A quote with
no speaker followed by `the 43-year-old asked` (the parser reads the age as an adjective, so attribution misses
it) gets that description first.

Every search is bounded: the description is looked for in the quote's own paragraphs only, and candidates
come from at most :data:`_MAX_MENTIONS` mentions in the :data:`_PARAGRAPHS_BACK` paragraphs before it.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Span, Token

from bot.brief import Quote
from bot.quotes.lexicon import (
    ASKING_VERBS,
    COUNTRY_DEMONYMS,
    DEMONYM_NOUNS,
    DEMONYM_PHRASES,
    FEMALE_WORDS,
    INSTITUTION_WORDS,
    MALE_WORDS,
    ORIGIN_SUFFIXES,
    PERSON_NOUNS,
    POSSESSIVE_ENDINGS,
    STANDING_NOUNS,
    TITLE_WORDS,
    TITLES_AND_PERSON_NOUNS,
    UNNAMED_DETERMINERS,
    is_person_noun,
    is_role_noun,
)
from bot.quotes.people import (
    OWNING_PRONOUNS,
    PARTY_WORDS,
    PAST_WORDS,
    REPLY_VERBS,
    SINGLE_GROUP_NOUNS,
    SURVIVING_SPOUSE,
    Mention,
    People,
    description_names_role,
    nationalities_differ,
    nationality_word,
    one_of_people,
    parties_differ,
    parties_named,
    reported_by_a_named_other,
    role_words,
)
from bot.quotes.speakers import (
    an_age,
    anonymous_source_before,
    described_role,
    informed_source,
    name_given_as,
    noun_phrase_as_written,
    sentence_before,
    start_past_quote,
    unnamed_subject_before,
)

__all__ = ["is_description_of_someone", "resolve_speakers"]

#: Closing marks and spaces after a quote's last word.
_CLOSING = "”’\"' "
#: How many tokens of each quote part are read for the names it talks of (a subject comes early).
_TALK_TOKENS = 200
#: How many paragraphs before the description its person is looked for in.
_PARAGRAPHS_BACK = 3
#: How many of the nearest earlier mentions are weighed (a list of names is not prose).
_MAX_MENTIONS = 40
#: How many of the nearest earlier nouns with "a"/"one" are checked for an unnamed person the description goes on with.
_MAX_INDEFINITES = 200
#: How many people's roles "Whitehawk's daughter" is looked for among (no news story gives this many roles).
_MAX_ROLES = 300
#: The winner must outweigh the runner-up by this factor; otherwise the description stays as written.
_MARGIN = 1.5
#: What being the speaker of the quote before adds to a person's weight (a subject in the sentence before: 1.5).
_LAST_QUOTED = 1.0
#: The least weight that makes a person the description's referent.
_MIN_WEIGHT = 1.0
#: The article's protagonist is named at least this often, more often than anyone else, and in its first
#: paragraphs.
_PROTAGONIST_MENTIONS = 3
_LEDE_PARAGRAPHS = 2
#: How many paragraphs after a lede's description ("the premier") are read for the person named with its role.
_NAMED_AFTER_LEDE = 3

_DEFINITE = {"the", "this", "that"}
_WORD = re.compile(r"[a-z0-9][a-z0-9'’-]*")
_AGE = re.compile(r"(\d{1,3})-year-old")
#: An age written before a name ("23-year-old Jane Doe", "the 23-year-old rookie Jane Doe" is not one).
_AGE_BEFORE = re.compile(r"(\d{1,3})-year-old\s*$")
#: A capitalised word that may be a place before the noun of a description ("Florida", "U.S.").
_PLACE_WORD = re.compile(r"[A-ZÀ-Þ][a-zß-ÿ]+(?:-[A-ZÀ-Þ][a-zß-ÿ]+)*|[A-Z](?:\.[A-Z])+\.?")
#: Titles written in capitals that end a description as its noun ("the Dún Rua TD", "the Labour MP").
_CAPITAL_TITLES = frozenset(["TD", "MP", "MLA", "MSP", "MEP", "MPP", "MNA", "MHA", "MHK"])
#: A capitalised origin before a noun: "Norwegian-born", "Glasgow-based", "Texas-raised".
_ORIGIN_WORD = re.compile(r"[A-Z][a-z]+-(?:" + "|".join(sorted(ORIGIN_SUFFIXES)) + ")")
#: Nouns for a person beyond the lexicon's (which attribution also uses): news calls people these too.
_MORE_PERSON_NOUNS = frozenset(
    [
        "comedian",
        "comic",
        "delegate",
        "deputy",  # "the deputy said": the deputy head, deputy mayor or sheriff's deputy the story names
        "elder",  # "the elder said": a community's elder the story names
        "donor",
        "heir",
        "heiress",
        "millionaire",
        "native",  # "the Mississauga native": a place's native is someone the story names
        "product",  # "the Red Deer product": in sport, a player from the place
        "pro",  # "the pro said": a club's golf or tennis professional
        "prospect",
        "skip",  # "the skip said": a curling team's captain
        "teen",
        "novelist",
        "philanthropist",
        "playwright",
        "poet",
        "radioman",
        "senior",
        "survivor",
        "tycoon",
        "widow",
        "widower",
    ]
)
#: Nouns a description of one person may end with beside the person nouns (built once).
_DESCRIBED_PEOPLE = _MORE_PERSON_NOUNS | SINGLE_GROUP_NOUNS
_GENERIC = {"man", "woman", "boy", "girl", "person"}
#: Offices a description may name: one the article gave someone else's job is not theirs.
_OFFICES = frozenset(
    [
        "mayor",
        "governor",
        "senator",
        "congressman",
        "congresswoman",
        "sheriff",
        "judge",
        "ambassador",
        "minister",
        "premier",
        "chancellor",
        "commissioner",
        "superintendent",
        "councillor",
        "councilman",
        "councilwoman",
        "councilor",
    ]
)
_PREPOSITIONS = {"of", "from", "for", "at", "in", "with", "on", "to"}
#: Those who speak for someone else: never a person the article gave another job or title.
_SPOKESPEOPLE = {"spokesman", "spokeswoman", "spokesperson"}
#: One capitalised word after "the" that may be a nationality or a party ("the Norwegian", "the Republican").
_GROUP_WORD = re.compile(r"[A-Z][a-z]{2,}")
#: Words before a team's or party's member that make "the former Oiler" a description, not a name.
_ONCE_OF = frozenset(["former", "ex"])


@dataclass(frozen=True)
class _Description:
    """A definite description standing for a speaker: its words, head noun and age if it gives one."""

    words: tuple[str, ...]
    head: str
    age: str | None
    #: "the Norwegian", "the Republican": a nationality or group word, which describes a person only where the
    #: parse marks it as one (not "the Guardian")
    group_word: bool = False
    #: "the prime minister's spokesman": someone of another's, who is only the person given that role
    possessed: bool = False
    #: "the study's senior author", "the club's captain": owned by a thing, not a person; the person the sentence
    #: before is about may well hold that role
    owned_by_thing: bool = False
    #: "Whitehawk's daughter": the name whose the person is (lower case), when the description opens with one
    owner: str | None = None
    #: "the South Korean minister": the capitalised words before the noun (lower case), which may name a country
    places: tuple[str, ...] = ()
    #: "his mother", "her lawyer": the pronoun owning the description; only someone the article gave that very
    #: relation ("His mother, Linda Park,") is who it stands for
    owning_pronoun: str | None = None


#: "Whitehawk's daughter", "Gerald Whitehawk's lawyer": a name's someone (up to four capitalised words).
_NAME_OWNED = re.compile(
    r"((?:[A-Z][\w.-]*\s){0,3}[A-Z][\w.-]*)(?:['’]s|(?<=s)['’])\s+([a-z][a-z-]*(?:\s[a-z][a-z-]*){0,2})"
)


def _as_owned(speaker: str) -> _Description | None:
    """ "Whitehawk's daughter" read as a description owned by a name, when its last word is a person's noun."""
    found = _NAME_OWNED.fullmatch(speaker)
    if found is None:
        return None
    head = found.group(2).split()[-1]
    if head in _GENERIC or not is_person_noun(head):
        return None  # "Clinton's campaign", "Ryan's office": not a person
    owner = found.group(1).lower()
    return _Description(words=tuple(speaker.lower().split()), head=head, age=None, possessed=True, owner=owner)


def _as_pronoun_owned(raw: list[str]) -> _Description | None:
    """ "his mother", "her longtime agent": someone's relation, when its last word is a person's noun; it stands
    for a named person only where the article gave that person the relation with the same pronoun."""
    words = tuple(w.lower() for w in raw)
    if not 2 <= len(words) <= 4 or not all(_WORD.fullmatch(w) for w in raw[1:]):
        return None
    head = words[-1]
    if head in _GENERIC or not is_person_noun(head):
        return None
    return _Description(words=words, head=head, age=None, possessed=True, owning_pronoun=words[0])


def is_description_of_someone(speaker: str | None) -> bool:
    """Whether ``speaker`` reads as a description of one person ("the pro", "the 61-year-old", "his mother")."""
    return _as_description(speaker) is not None


def _as_description(speaker: str | None) -> _Description | None:
    """``speaker`` read as "the <lower-case words>", "<Name>'s <lower-case words>" or "his <lower-case words>",
    or None for a name, an unnamed source or nothing."""
    if not speaker:
        return None
    raw = speaker.split()
    if raw[0].lower() in OWNING_PRONOUNS:
        return _as_pronoun_owned(raw)
    demonym = speaker.lower().removeprefix("the ")
    if demonym in DEMONYM_PHRASES:
        # "the New Zealander", which the parser reads as a name ("New Zealander said")
        return _Description(words=("the", *demonym.split()), head=demonym.split()[-1], age=None, group_word=True)
    if speaker[:1].isupper() and raw[0].lower() not in _DEFINITE:
        return _as_owned(speaker)
    if len(raw) < 2 or len(raw) > 8 or raw[0].lower() not in _DEFINITE:
        return None
    words = tuple(w.lower() for w in raw)
    if len(raw) == 2 and _GROUP_WORD.fullmatch(raw[1]):
        return _Description(words=words, head=words[1], age=None, group_word=True)  # "the Norwegian"
    if len(raw) == 3 and words[1] in _ONCE_OF and _GROUP_WORD.fullmatch(raw[2]):
        # "the former Oiler", "the ex-Tory": once a member of a team or party, a person the story names
        return _Description(words=words, head=words[2], age=None, group_word=True)
    if 2 < len(raw) <= 4 and words[-1] in PARTY_WORDS and all(_PLACE_WORD.fullmatch(w) for w in raw[1:-1]):
        # "the Iowa Republican", "the New York Democrat": a party with a place before it
        return _Description(words=words, head=words[-1], age=None, group_word=True)
    core = []
    places = []
    for k, w in enumerate(raw[1:], start=1):
        if w in _PREPOSITIONS:
            if w in {"of", "for"} and k + 1 < len(raw) and raw[k + 1].lower() in UNNAMED_DETERMINERS:
                return None  # "the daughter of one resident": someone of an unnamed other, no one named
            break  # "the senator from Florida": the words after the noun may name places
        if _ORIGIN_WORD.fullmatch(w):
            core.append(w.lower())  # "the Norwegian-born physicist": where someone is from, no name
            continue
        last_is_noun = _WORD.fullmatch(raw[-1]) or raw[-1] in _CAPITAL_TITLES
        if _PLACE_WORD.fullmatch(w) and k + 1 < len(raw) and last_is_noun:
            places.append(w.lower())
            continue  # "the Florida senator", "the New York businessman": a place before a common noun
        if k == len(raw) - 1 and w in _CAPITAL_TITLES:
            core.append(w.lower())  # "the Dún Rua TD": a title in capitals
            continue
        if not _WORD.fullmatch(w):
            return None  # a capitalised word: a name or an organisation ("the White House"), not a description
        core.append(w)
    if not core:
        return None
    ages = [m.group(1) for m in map(_AGE.fullmatch, core) if m]
    head = core[-1]
    owners = [w for w in core[:-1] if w.endswith(POSSESSIVE_ENDINGS)]
    possessed = bool(owners)
    # "the study's senior author": owned by a work a person has a role on, not by a person or body whose aide the
    # description may be ("the minister's spokesman", "the company's lawyer")
    owned_by_thing = possessed and all(_POSSESSIVE_END.sub("", w) in _THINGS_WITH_ROLES for w in owners)
    if head in _GENERIC:
        return None  # "the woman" is as often someone the story never names
    noun = _parent_noun(head)
    capital_title = noun.upper() in _CAPITAL_TITLES
    if not (ages or capital_title or is_person_noun(noun) or noun in _DESCRIBED_PEOPLE or noun.endswith("man")):
        return None  # "the email", "the board", "the lawyers": not one person
    return _Description(
        words=words,
        head=head,
        age=ages[0] if ages else None,
        possessed=possessed,
        owned_by_thing=owned_by_thing,
        places=tuple(places),
    )


#: The tokens of a possessive ending ("France's").
_POSSESSIVE_TOKENS = frozenset(["'s", "’s"])
#: What a study, paper or project is: owners of a role that is a person's job, not someone's aide.
_THINGS_WITH_ROLES = frozenset(
    ["study", "paper", "report", "research", "project", "survey", "trial", "book", "film", "album", "mission", "review"]
)


def _described_role(desc: _Description, written: str) -> str | None:
    """The role a description states ("the 29-year-old actor" -> "actor"), for a person the article gives no
    other; None for a nationality or a party word ("the Australian", "the Democrat": a label, not a job) and for
    someone's kin or aide ("Whitehawk's daughter" says whose, not what)."""
    if desc.group_word or desc.head in PARTY_WORDS or desc.owner is not None:
        return None
    return described_role(written)


def _names_talked_of(docs: Sequence[Doc], offsets: Sequence[int], q: Quote, starts: dict[int, list[int]]) -> set[str]:
    """The names a quote makes its sentences' subjects or possessors ("Allison reads ice better than anyone"): a
    given name among them is someone the speaker talks about, not the speaker (a list of names is no such talk)."""
    names = set()
    for part in q.parts:
        p = _paragraph_of(offsets, part.start)
        doc = docs[p]
        lo, hi = part.start - offsets[p], part.end - offsets[p]
        if p not in starts:
            starts[p] = [t.idx for t in doc]  # once per paragraph: a page of thousands of quotes stays linear
        k = bisect.bisect_left(starts[p], lo)  # the part's first token
        end = min(len(doc), k + _TALK_TOKENS)
        while k < end and doc[k].idx < hi:
            t = doc[k]
            if t.pos_ in {"PROPN", "NOUN"} and t.dep_ in {"nsubj", "nsubjpass", "poss"} and t.text[:1].isupper():
                names.add(t.text)
            k += 1
    return names


def _paragraph_of(offsets: Sequence[int], char: int) -> int:
    return max(0, bisect.bisect_right(offsets, char) - 1)


def _locate(doc: Doc, in_quote: set[int], desc: _Description) -> int | None:
    """The token index of the description's head in ``doc`` outside quotation marks, or None (found by its
    characters: the tokeniser splits "23-year-old" into five tokens)."""
    phrase = " ".join(desc.words)
    lowered = doc.text.lower()
    head_at = len(" ".join(desc.words[: desc.words.index(desc.head, 1)])) + 1
    at = lowered.find(phrase)
    while at >= 0:
        first = doc.char_span(at, at + 1, alignment_mode="expand")
        head = doc.char_span(at + head_at, at + head_at + len(desc.head), alignment_mode="expand")
        if first is not None and head is not None and len(head) and first[0].i not in in_quote:
            return head[-1].i
        at = lowered.find(phrase, at + 1)
    return None


def _age_of(doc: Doc, m: Mention) -> str | None:
    """The age written beside a mention: "Jane Doe, 23," or "23-year-old Jane Doe" → "23"."""
    if m.end + 2 < len(doc) and doc[m.end].text == "," and doc[m.end + 1].like_num and doc[m.end + 2].text == ",":
        return doc[m.end + 1].text
    if m.start > 0:
        before = doc[max(0, m.start - 6) : m.start].text
        found = _AGE_BEFORE.search(before)
        if found:
            return found.group(1)
    return None


def _office_rules_out(desc: _Description, role: str | None) -> bool:
    """Whether a person's stated role rules out the description.

    A description of one of many is not an officeholder ("Mayor Tom Ridley" is not "the expert" or "the
    witness"), and an office is not someone the article gave another office or a private job ("Maria Lopez, the
    owner of a bakery" is not "the mayor"). Other descriptions may name anyone ("the billionaire" for a candidate),
    and a person with no stated role may hold any office the reader knows of ("Obama said … the president added").
    """
    if not role:
        return False
    words = role_words(role)
    if parties_differ(parties_named(desc.words), words):
        return True  # "the Republican nominee" is not "Democratic vice presidential nominee Tim Kaine"
    if nationalities_differ(frozenset(w for w in desc.places if nationality_word(w)), role):
        return True  # "the South Korean minister" is not "Japanese Foreign Minister Kenji Morimoto"
    if description_names_role(desc.head, words) or _same_nationality(desc, role):
        return False  # "the South Korean minister" may be "his South Korean counterpart, Park Soo-yeon"
    if desc.head in SINGLE_GROUP_NOUNS:
        # an office, or a title written as one ("Mayor Tom Ridley", "Police Chief"); "director of a research lab"
        # is a job an expert holds
        return bool(words & _OFFICES) or any(
            w[:1].isupper() and w.lower().strip(",.") in TITLE_WORDS for w in role.split()
        )
    if desc.head in _SPOKESPEOPLE:
        return bool(words & TITLES_AND_PERSON_NOUNS)  # "the spokesman" is not the director named before
    if _other_calling(desc.head, words):
        return True  # "Golf analyst Maureen Tsai" is not "the golfer"
    if desc.head not in _OFFICES:
        return False
    # another office ("Mayor Tom Ridley" is not "the governor"), or a private job and no title at all ("the owner
    # of a bakery"); a candidate or a leader may well hold the office too ("the senator" for a candidate)
    return bool(words & _OFFICES) or (bool(words & _JOB_NOUNS) and not words & TITLE_WORDS)


#: Words for someone's wealth, not a job: "billionaire Marcus Feld" may well be "the former mayor".
_WEALTH = frozenset(["billionaire", "millionaire", "tycoon", "mogul", "magnate", "philanthropist", "heir", "heiress"])
#: Nouns for a person's job: the person nouns but wealth (built once; asked of every mention a description weighs).
_JOB_NOUNS = PERSON_NOUNS - _WEALTH


#: Callings that tell people apart: one whose stated role is another calling is not "the golfer". Each set holds
#: words news uses for one calling ("the lawyer" may be someone's barrister).
_CALLINGS = (
    frozenset(["golfer"]),
    frozenset(["caddie", "caddy"]),
    frozenset(["cyclist", "rider"]),
    frozenset(["jockey"]),
    frozenset(["boxer", "fighter"]),
    frozenset(["swimmer"]),
    frozenset(["sprinter", "runner", "athlete"]),
    frozenset(["skier"]),
    frozenset(["analyst", "economist", "strategist"]),
    frozenset(["lawyer", "attorney", "barrister", "solicitor", "counsel"]),
    frozenset(["doctor", "surgeon", "physician", "gp"]),
    frozenset(["nurse", "midwife"]),
    frozenset(["teacher", "headteacher", "principal"]),
    frozenset(["professor", "academic", "lecturer", "researcher", "scientist", "historian"])
    | frozenset(["physicist", "chemist", "biologist", "geologist", "hydrologist", "geophysicist", "ecologist"])
    | frozenset(["astronomer", "mathematician", "epidemiologist", "virologist", "archaeologist"]),
    frozenset(["engineer"]),
    frozenset(["farmer"]),
    frozenset(["fisherman"]),
    frozenset(["chef", "cook"]),
    frozenset(["pilot"]),
    frozenset(["architect"]),
    frozenset(["referee", "umpire"]),
    frozenset(["journalist", "reporter", "correspondent", "columnist", "editor"]),
    # performers and makers: "the singer" is the story's singer, not its producer
    frozenset(["singer", "vocalist", "singer-songwriter", "songwriter", "rapper"]),
    frozenset(["guitarist", "drummer", "pianist", "bassist", "violinist", "fiddler", "cellist", "saxophonist"]),
    frozenset(["actor", "actress"]),
    frozenset(["novelist", "author", "poet"]),
    frozenset(["painter", "sculptor"]),
    frozenset(["comedian"]),
    frozenset(["dancer", "ballerina", "choreographer"]),
    frozenset(["filmmaker"]),
    frozenset(["coach", "manager", "boss"]),
    # positions in team sports: "the defenceman" is no forward, and no coach
    frozenset(["defenceman", "defenseman", "defender"]),
    frozenset(["forward", "winger", "striker", "centre", "center"]),
    frozenset(["goalie", "goalkeeper", "goaltender", "keeper", "netminder"]),
    frozenset(["midfielder"]),
    frozenset(["pitcher", "reliever"]),
    frozenset(["catcher"]),
    frozenset(["shortstop", "infielder", "baseman"]),
    frozenset(["outfielder"]),
    frozenset(["quarterback"]),
    frozenset(["linebacker"]),
    frozenset(["kicker", "punter"]),
)

#: Descriptions only a player takes, whatever the position: someone given a calling off the field is not one.
_PLAYER_WORDS = frozenset(["captain", "skipper", "rookie"])
#: Callings off the field that rule out ``_PLAYER_WORDS`` ("Head coach Scott Arniel" is not "the captain").
_OFF_FIELD = frozenset(["coach", "manager", "boss", "referee", "umpire", "analyst", "commentator", "owner"])


#: Descriptions news gives the person a story is about ("the golfer", "the rookie", "the champion").
_STORY_NOUNS = frozenset().union(*_CALLINGS) | frozenset(
    [
        "batsman",
        "bowler",
        "cricketer",
        "footballer",
        "champion",
        "winner",
        "titleholder",
        "finalist",
        "veteran",
        "youngster",
        "rookie",
        "teenager",
        "newcomer",
        "underdog",
        "skipper",
        "captain",
    ]
)


#: Those who care for patients: "the patient" is not the doctor the article quotes about them.
_CARERS = frozenset(
    [
        "doctor",
        "physician",
        "clinician",
        "surgeon",
        "gp",
        "nurse",
        "midwife",
        "paramedic",
        "consultant",
        "therapist",
        "physiotherapist",
        "dentist",
        "pharmacist",
        "medic",
        "pediatrician",
        "paediatrician",
    ]
)
#: Descriptions of someone served, and the callings that serve them: the one served is none of those ("the
#: patient" is not the respiratory consultant quoted just before, "the student" not the professor).
_SERVED_BY = {
    "patient": _CARERS,
    "client": frozenset(["lawyer", "attorney", "barrister", "solicitor", "counsel", "adviser", "advisor"]),
    "student": frozenset(["teacher", "headteacher", "principal", "professor", "lecturer", "tutor", "instructor"]),
    "pupil": frozenset(["teacher", "headteacher", "principal", "tutor"]),
    "passenger": frozenset(["pilot", "driver", "captain", "conductor", "attendant"]),
}
#: Medical specialists' endings ("pulmonologist", "psychiatrist"): they care for patients too.
_SPECIALIST_ENDINGS = ("ologist", "iatrist")


def _serves(noun: str, role_words: set[str]) -> bool:
    """Whether the role words name one who serves the ``noun`` ("a respiratory consultant" for "the patient")."""
    serving = _SERVED_BY.get(noun)
    if serving is None or noun in role_words:
        return False
    specialist = serving is _CARERS and any(w.endswith(_SPECIALIST_ENDINGS) for w in role_words)
    return bool(role_words & serving) or specialist


#: Titles and standings, which go with any calling ("Dr.", "veteran"), built once.
_TITLES_AND_STANDINGS = TITLE_WORDS | STANDING_NOUNS


def _other_calling(noun: str, role_words: set[str]) -> bool:
    """Whether ``noun`` is a calling and the role words name another calling or an office instead."""
    if _serves(noun, role_words):
        return True
    if noun in _PLAYER_WORDS:
        return bool(role_words & _OFF_FIELD) and noun not in role_words
    mine = next((c for c in _CALLINGS if noun in c), None)
    if mine is None or role_words & mine:
        return False
    # another calling, an office ("Mayor Ann Cole" is not "the coach") or another job ("Grocer Tom Hale" is not
    # "the professor"); a title ("Dr.") may go with any calling
    return (
        bool(role_words & _OFFICES)
        or any(role_words & c for c in _CALLINGS)
        or any(is_role_noun(w) and w not in _TITLES_AND_STANDINGS for w in role_words)
    )


def _parent_noun(head: str) -> str:
    """The noun of "mother-of-three" or "father-of-two" (a parent, described by the children's count), and of a
    hyphenated post ("vice-chancellor", "co-owner": a chancellor's and an owner's kind)."""
    noun = head.split("-of-")[0]
    return noun.rsplit("-", 1)[-1] if "-" in noun and not is_person_noun(noun) else noun


def _gender_of_noun(desc: _Description) -> str | None:
    noun = _parent_noun(desc.head)
    if noun in MALE_WORDS:
        return "m"
    if noun in FEMALE_WORDS:
        return "f"
    return None


class _Resolver:
    def __init__(self, docs: Sequence[Doc], people: People, in_quote: Sequence[set[int]]) -> None:
        self.docs = docs
        self.people = people
        self.in_quote = in_quote
        self._indefinite: dict[int, list[int]] = {}
        self._located: dict[tuple[int, tuple[str, ...]], int | None] = {}
        self._called: dict[str, set[str]] | None = None
        self._aged: dict[str, dict[str, str | None]] | None = None
        self._counts: list[tuple[str, int]] | None = None  # people by how often the article names them
        self._firsts: dict[str, Mention] = {}  # each person's first mention
        self._roles: dict[str, str] | None = None  # each person's role, by fullest name
        self._owned: dict[tuple[str, ...], tuple[str, str | None] | None] = {}
        self._by_role: dict[str, set[str]] | None = None  # people by their role read as :func:`_role_key`
        self._groups: dict[int, list[int]] = {}  # counted groups of sources, by paragraph (see group_source)
        self._naming: dict[tuple[int, int], bool] = {}  # whether a sentence names someone, by (paragraph, start)
        # the lede's unnamed person and who names them (see named_after_a_describing_lede), read on first use
        self._lede: tuple[str, tuple[str, str | None] | None] | None = None
        self._lede_read = False

    def aged(self, age: str) -> dict[str, str | None]:
        """The people (fullest name → role) the article gives the age ``age`` ("Emma Lindqvist, 23,"), wherever it
        does: an age tells people apart as a name does; all mentions are read once, for every age."""
        if self._aged is None:
            self._aged = {}
            for m in self.people.mentions:
                found = _age_of(self.docs[m.paragraph], m)
                if found:
                    name, role, _ = self.people.person(m.tokens, m.position)
                    self._aged.setdefault(found, {})[name] = role
        return self._aged.get(age, {})

    def called(self, word: str) -> set[str]:
        """The people (fullest names) the article names right after a nationality or party word ("Australian Tom
        Keller"), which the role reader leaves out as no role; all mentions are read once, for every word."""
        if self._called is None:
            self._called = {}
            for m in self.people.mentions:
                doc = self.docs[m.paragraph]
                before = doc[m.start - 1] if m.start > 0 else None
                name = self.people.person(m.tokens, m.position)[0]
                if before is not None and before.lower_ in self.people.group_words and before.text[:1].isupper():
                    self._called.setdefault(before.lower_, set()).add(name)
                for demonym in _country_of(doc, m):
                    self._called.setdefault(demonym, set()).add(name)
        return self._called.get(word, set())

    def locate(self, p: int, desc: _Description) -> int | None:
        """Where ``desc`` is in paragraph ``p``; looked for once per paragraph and description, so a paragraph
        of many quotes by "the senator" is scanned once, not once per quote."""
        key = (p, desc.words)
        if key not in self._located:
            self._located[key] = _locate(self.docs[p], self.in_quote[p], desc)
        return self._located[key]

    def nearby(self, p: int, i: int) -> list[Mention]:
        """The nearest mentions before token ``i`` of paragraph ``p``, nearest last (bounded)."""
        return self.people.mentions_before(p, i, from_paragraph=p - _PARAGRAPHS_BACK, limit=_MAX_MENTIONS)

    def introduced_unnamed(self, p: int, i: int, desc: _Description) -> bool:
        """Whether the paragraphs just before introduce someone unnamed with the description's noun ("a second
        CIA officer" ... "the officer said"): the description then goes on with that unnamed person."""
        left = _MAX_INDEFINITES  # the nearest ones only: a giant paragraph is not scanned once per quote
        for q in range(p, max(0, p - _PARAGRAPHS_BACK) - 1, -1):
            found = self._indefinites(q)
            end = bisect.bisect_left(found, i) if q == p else len(found)
            for t in reversed(found[max(0, end - left) : end]):
                if self.docs[q][t].lower_ in (desc.head, desc.head + "s"):
                    return True
            left -= min(left, end)
            if not left:
                break
        return False

    def _indefinites(self, p: int) -> list[int]:
        """Token indices of the nouns with an indefinite determiner in paragraph ``p`` (computed once)."""
        if p not in self._indefinite:
            doc = self.docs[p]
            self._indefinite[p] = [
                t.i
                for t in doc
                if t.pos_ == "NOUN"
                and t.i not in self.in_quote[p]
                and any(c.dep_ in {"det", "nummod"} and c.lower_ in UNNAMED_DETERMINERS for c in t.children)
                and not _describes_a_name(t)
            ]
        return self._indefinite[p]

    def _unnamed_subject_just_before(self, p: int, here: int) -> tuple[int, Token] | None:
        """(paragraph, subject) when the sentence before the one starting at token ``here`` of paragraph ``p``
        (the previous paragraph's last, for a paragraph's first) is about someone unnamed ("A witness ... said he
        hid"): a description right after goes on with that person, no one named elsewhere.  The sentences of the
        quote the description closes are passed over."""
        found = unnamed_subject_before(self.docs, self.in_quote, p, here)
        if found is None:
            return None
        p, subject = found
        if not (
            subject.i in self._indefinites(p)
            or one_of_people(subject, self.in_quote[p])
            or informed_source(subject)  # "The person familiar with the deal said", introduced paragraphs before
        ):
            return None  # "Price is a legal expert": said of a name, no one unnamed (see _indefinites)
        if any(c.dep_ == "appos" and self.people.mention_at(p, c.i) is not None for c in subject.children):
            return None  # "A trader who sells fabrics, Mrs Ngozi Eze, said": named after all
        return p, subject

    def unnamed_going_on(self, p: int, here: int, gender: str | None) -> str | None:
        """The unnamed person the sentence before the one starting at token ``here`` of paragraph ``p`` is about,
        as written, when nothing in its noun says the other sex than ``gender``."""
        found = self._unnamed_subject_just_before(p, here)
        if found is None:
            return None
        if _of_the_other_sex(found[1], gender):
            return None
        return self._source_as_given(*found)[0]

    def _source_as_given(self, p: int, noun: Token) -> tuple[str, str | None]:
        """(speaker, role) of an unnamed source whose noun is token ``noun`` of paragraph ``p``: the name it gave
        ("A witness, who gave his name only as Sipho,"), else the source as first written ("One longtime
        shareholder, who asked not to be identified,"), so its quotes read as one source's."""
        given = name_given_as(noun)
        if given is not None and given.speaker:
            return given.speaker, given.role
        return _as_written(noun, self.in_quote[p]), None

    def _owned_just_before(self, p: int, here: int, desc: _Description) -> bool:
        """Whether the sentence before the one starting at token ``here`` of paragraph ``p`` has for a subject the
        description's noun owned by someone ("the premier's spokesman"): the description goes on with that
        unnamed person."""
        before = sentence_before(self.docs, self.in_quote, p, here)
        if before is None:
            return False
        q, sent = before
        return any(
            t.lower_ == desc.head
            and t.dep_ in {"nsubj", "nsubjpass"}
            and t.i not in self.in_quote[q]
            and any(c.dep_ == "poss" for c in t.children)
            for t in sent
        )

    def _asker_just_before(self, p: int, here: int) -> str | None:
        """The named person who, in the writer's sentence right before the one starting at token ``here``, asks
        someone a question ("Crown prosecutor Marisol Dufresne asked her who "he" referred to."): a description
        right after answers and is not the asker. None when that sentence asks no one or its asker is unnamed."""
        before = sentence_before(self.docs, self.in_quote, p, here)
        if before is None:
            return None
        q, sent = before
        verb = sent.root
        if verb.lemma_.lower() not in ASKING_VERBS:
            return None
        asked = any(c.dep_ in {"dobj", "dative"} and c.pos_ in {"PRON", "PROPN"} for c in verb.children)
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        m = self.people.mention_at(q, subject.i) if subject is not None and asked else None
        return self.people.person(m.tokens, m.position)[0] if m is not None else None

    def _subject_just_before(
        self, p: int, here: int, mentions: Sequence[Mention], others: set[str], desc: _Description
    ) -> str | None:
        """The one person who is the main subject of the sentence right before the description's ("Obama defended
        the process. "…," the president told …"), or None; for a description in its paragraph's first sentence, the
        one person the paragraph before names, as its last sentence's subject ("Lambert struggled with his serve." /
        ""…," the Frenchman said"; not when that paragraph names others: "Trump called on Mayor de Blasio to ... De
        Blasio disbanded the unit." / ""…," the Republican candidate said"). The quote's own sentences are passed
        over (""A. B," the mother-of-three said.")."""
        p0, here0 = p, here  # the description's own sentence
        here = start_past_quote(self.docs[p], self.in_quote[p], here)
        alone: Mention | None = None  # the one person the paragraph before names, if so
        if here == 0:
            if p == 0 or not len(self.docs[p - 1]):
                return None
            before = [m for m in mentions if m.paragraph == p - 1]
            named = {self.people.person(m.tokens, m.position)[0] for m in before}
            if len(named) > 1 and len({m.sentence for m in before}) > 1:
                # a paragraph about several people, unless it ends on one of them as "he" or "she" ("... that of
                # Hendrik van den Berg, 58. He sat with his wife, Anneke." / ""…," the farmer said")
                pronoun = self._pronoun_subject(p - 1, self.docs[p - 1][-1].sent, others, desc)
                return pronoun.pop() if len(pronoun) == 1 and pronoun <= named else None
            if not named:
                # "The Leafs captain posted a message." / ""…," the two-time winner wrote": the captain; "… she
                # will hand the keys to her son." / ""…," the owner said": the one "she" is
                pronoun = self._pronoun_subject(p - 1, self.docs[p - 1][-1].sent, others, desc)
                if len(pronoun) == 1:
                    return pronoun.pop()
                return self._described_person(p - 1, len(self.docs[p - 1]), others, desc)
            if len(named) == 1:
                alone = before[0]
            p, here = p - 1, len(self.docs[p - 1])
        doc = self.docs[p]
        previous = doc[here - 1].sent.start
        if alone is None and p == p0:
            # "The engineering fell largely to Mateo Quispe, a postdoctoral researcher. The 31-year-old spent ...":
            # the one person the sentence before names, whatever part the parse gave the name
            alone = self._alone_in(p, previous, mentions)
        names = self._main_subjects(p, previous, mentions, others, desc)
        if not names and previous > 0 and _described_subject(doc[previous].sent):
            # "Jaden Schwartz scored for Seattle. The veteran winger was playing his 800th game." / ""…," the
            # 31-year-old said": a description of the subject before goes on with him; so does this one
            names = self._main_subjects(p, doc[previous - 1].sent.start, mentions, others, desc)
        if not names:
            names = self._pronoun_subject(p, doc[here - 1].sent, others, desc)
        if not names:
            names = self._passive_agents(p, previous, mentions, others, desc)
        if not names:
            # "The heavy events were won ... by Fraser Munro, a sheep farmer ..." / ""…," the 28-year-old said": the
            # one person the paragraph before introduces, whatever part the parse gave the name
            found = self._described_person(p, here, others, desc)
            if found is None and (desc.age or desc.head in _STORY_NOUNS) and not self._names_someone(p0, here0):
                # only an age or a calling, in a sentence naming no one: "the spokesman" may be someone's the story
                # never names, and "The editor showing me around, Paul Okafor," is the one named there
                found = self._fitting(alone, others, desc)
            return found
        return names.pop() if len(names) == 1 else None

    def _alone_in(self, p: int, sentence: int, mentions: Sequence[Mention]) -> Mention | None:
        """The mention of the one person the sentence starting at token ``sentence`` of paragraph ``p`` names, or
        None when it names no one or several."""
        found = [m for m in mentions if (m.paragraph, m.sentence) == (p, sentence)]
        named = {self.people.person(m.tokens, m.position)[0] for m in found}
        return found[0] if len(named) == 1 else None

    def group_source(self, p: int, noun: str | None) -> str | None:
        """The nearest group of unnamed sources counted as a subject in paragraph ``p`` or the two before ("Two
        people familiar with the talks said"), as written with its first letter in lower case; with ``noun``
        ("one of the diplomats"), only a group of that noun. None when there is none."""
        for q in range(p, max(-1, p - 3), -1):
            doc = self.docs[q]
            found = [doc[i] for i in self._counted_groups(q) if noun in (None, doc[i].lower_)]
            if found:
                t = found[-1]
                end = t.right_edge.i if t.right_edge.i - t.left_edge.i < 12 else t.i
                if any(i in self.in_quote[q] for i in range(t.left_edge.i, end + 1)):
                    end = t.i
                text = doc[t.left_edge.i : end + 1].text
                return text[:1].lower() + text[1:]
        return None

    def _counted_groups(self, p: int) -> list[int]:
        """Token indices of the counted groups of sources in paragraph ``p`` (:func:`_counted_group`), found once
        per paragraph: a paragraph of many "one of them said" is not read once per quote."""
        if p not in self._groups:
            self._groups[p] = [t.i for t in self.docs[p] if _counted_group(t, self.in_quote[p])]
        return self._groups[p]

    def _names_someone(self, p: int, here: int) -> bool:
        """Whether the sentence starting at token ``here`` of paragraph ``p`` names a person outside quotes
        ("The editor showing me around, Paul Okafor, broke off"); each sentence is read once."""
        key = (p, self.docs[p][here].sent.start)
        if key not in self._naming:
            sent = self.docs[p][here].sent
            self._naming[key] = any(
                self.people.mention_at(p, t.i) is not None for t in sent if t.i not in self.in_quote[p]
            )
        return self._naming[key]

    def _fitting(self, m: Mention | None, others: set[str], desc: _Description) -> str | None:
        """The name of ``m``'s person when ``desc`` may describe them (a role or gender says it is a person, and
        gender and office allow), else None."""
        if m is None:
            return None
        name, role, gender = self.people.person(m.tokens, m.position)
        if not role and not gender:
            return None  # nothing says it is a person ("her mother in Pickens Ferry", a town tagged as one)
        want = _gender_of_noun(desc)
        if name in others or (want and gender and gender != want) or _office_rules_out(desc, role):
            return None
        return name

    def _pronoun_subject(self, p: int, sent: Span, others: set[str], desc: _Description) -> set[str]:
        """The person a he/she subject of the sentence before stands for ("Priya Nandakumar ... hit three
        3-pointers. She had attempted just seven all season." / ""…," said the 14-year-old"), as a name subject
        there would be."""
        subject = next((t for t in sent.root.children if t.dep_ in {"nsubj", "nsubjpass"}), None)
        if subject is None or subject.lower_ not in {"he", "she"} or subject.i in self.in_quote[p]:
            return set()
        m = self.people.resolve_pronoun(p, subject.i, subject.lower_)
        if m is None:
            return set()
        name, role, gender = self.people.person(m.tokens, m.position)
        want = _gender_of_noun(desc)
        if name in others or (want and gender and gender != want) or _office_rules_out(desc, role):
            return set()
        return {name}

    def _passive_agents(
        self, p: int, sentence: int, mentions: Sequence[Mention], others: set[str], desc: _Description
    ) -> set[str]:
        """The names a passive's "by" gives in the sentence starting at token ``sentence``: the logical subject
        ("The rink is coached by Marlene Sutter, who played for Canada." / ""…," said the former Olympian")."""
        doc = self.docs[p]
        want = _gender_of_noun(desc)
        names = set()
        for m in mentions:
            if (m.paragraph, m.sentence) != (p, sentence):
                continue
            last = doc[m.end - 1]
            # the main verb's agent, or a passive's in a clause about a thing ("the lab, which is directed by")
            if last.dep_ == "pobj" and last.head.dep_ == "agent" and _passive_of_main_or_thing(last.head.head):
                name, role, gender = self.people.person(m.tokens, m.position)
                if (
                    name not in others
                    and not (want and gender and gender != want)
                    and not _office_rules_out(desc, role)
                ):
                    names.add(name)
        return names

    def _described_person(self, p: int, here: int, others: set[str], desc: _Description) -> str | None:
        """The person whose description is the subject of the sentence ending before token ``here`` of paragraph
        ``p``, when the article says who it is ("The Leafs captain posted ..." after "Maple Leafs captain Auston
        Matthews"); a description going on from it is the same person."""
        sent = self.docs[p][here - 1].sent
        if not _described_subject(sent, capitalised_modifiers=True):
            return None
        subject = next(t for t in sent.root.children if t.dep_ in {"nsubj", "nsubjpass"})
        if an_age(subject):
            return None  # an age is matched to the age written beside a name, not to a role
        m = self.people.resolve_description(p, subject.i, subject.lower_)
        if m is None:
            return None
        name, role, gender = self.people.person(m.tokens, m.position)
        if not description_names_role(subject.lower_, role_words(role)):
            return None  # only the one the article gave that role: not whoever the description's fallbacks pick
        want = _gender_of_noun(desc)
        if name in others or (want and gender and gender != want) or _office_rules_out(desc, role):
            return None
        return name

    def _main_subjects(
        self, p: int, sentence: int, mentions: Sequence[Mention], others: set[str], desc: _Description
    ) -> set[str]:
        """The names of the main subjects of the sentence starting at token ``sentence`` of paragraph ``p`` that
        ``desc`` may describe."""
        want_gender = _gender_of_noun(desc)
        names = set()
        for m in reversed(mentions):
            if (m.paragraph, m.sentence) != (p, sentence):
                if (m.paragraph, m.sentence) < (p, sentence):
                    break
                continue
            if self.salience(m) == 0 or self._owns_the_subject(m):
                name, role, gender = self.people.person(m.tokens, m.position)
                if _office_rules_out(desc, role):
                    continue
                if name not in others and not (want_gender and gender and gender != want_gender):
                    names.add(name)
        return names

    def _owns_the_subject(self, m: Mention) -> bool:
        """Whether the mention owns its sentence's subject ("Stefanyk's first game behind the bench is ..."): the
        sentence is about that person's thing, and so about them; not about another person of theirs."""
        tok = self.docs[m.paragraph][m.end - 1]
        owned = tok.head
        if is_person_noun(owned.lower_) or any(c.dep_ == "appos" for c in owned.children):
            return False  # "Briggs' fellow Nebraskan, Sen. Deborah Lund, said": the subject is another person
        return tok.dep_ == "poss" and owned.dep_ in {"nsubj", "nsubjpass"} and owned.head.dep_ == "ROOT"

    def _described_just_before(self, p: int, here: int) -> bool:
        """Whether the sentence before the one starting at token ``here`` of paragraph ``p`` (the previous
        paragraph's last, for a paragraph's first) has a description of a person for its subject; the quote's own
        sentences are passed over."""
        here = start_past_quote(self.docs[p], self.in_quote[p], here)
        if here == 0:
            if p == 0 or not len(self.docs[p - 1]):
                return False
            p, here = p - 1, len(self.docs[p - 1])
        sent = self.docs[p][here - 1].sent
        subject = next((t for t in sent.root.children if t.dep_ in {"nsubj", "nsubjpass"}), None)
        if subject is not None and any(c.dep_ == "poss" for c in subject.children):
            return False  # "..., the prime minister's spokesman said": someone's spokesman is no story's own
        return _described_subject(sent)

    def salience(self, m: Mention) -> int:
        """The mention's salience, shared by a name coordinated with a subject ("Anna Berg and Tom Reyes
        founded ..."): both are subjects, and neither outweighs the other; a name the parser made its sentence's
        root stands where the subject does."""
        if m.salience < 2:
            return m.salience
        if m.sentence_root:
            return 0  # "Tomas Berg, the club's new striker, trained …" parsed with the name as the root: the subject
        tok = self.docs[m.paragraph][m.end - 1]
        if tok.dep_ == "conj" and tok.head.i < tok.i:
            head = self.people.mention_at(m.paragraph, tok.head.i)
            if head is not None:
                return head.salience
        return m.salience

    def _protagonist(
        self, desc: _Description, want_gender: str | None, *, chained: bool = False
    ) -> tuple[str, str | None] | None:
        """The person the article is about, for a description no one near it fits ("Okafor ... / "...," the golfer
        said" three paragraphs on): the one named in its first paragraphs and more often than anyone else, when
        gender and role allow. Any description may be, when it goes on from one in the sentence before ("The
        Portuguese coach had been without a club ... / The 51-year-old told ..."): the story's chain of descriptions."""
        if desc.head not in _STORY_NOUNS and not chained:
            return None  # "the spokesman", "the insider": one of many, never the story's own by default
        if self._counts is None:
            counts: dict[str, int] = {}
            firsts: dict[str, Mention] = {}
            for m in self.people.mentions:  # once per article, in article order
                name = self.people.person(m.tokens, m.position)[0]
                counts[name] = counts.get(name, 0) + 1
                firsts.setdefault(name, m)
            self._counts = sorted(counts.items(), key=lambda kv: kv[1], reverse=True)
            self._firsts = firsts
        if not self._counts:
            return None
        name, count = self._counts[0]
        runner_up = self._counts[1][1] if len(self._counts) > 1 else 0
        if count < _PROTAGONIST_MENTIONS or count <= runner_up:
            return None
        first = self._firsts[name]
        if first.paragraph >= _LEDE_PARAGRAPHS:
            return None  # news names the one it is about in its first lines
        _, role, gender = self.people.person(first.tokens, first.position)
        if (want_gender and gender and gender != want_gender) or _office_rules_out(desc, role) or desc.possessed:
            return None
        return name, role if _role_fits(desc, role) else None

    def _institution_fits(self, desc: _Description, m: Mention) -> bool:
        """Whether the kinds of body a description names ("the union leader") are in the person's role or around
        the mention (:meth:`People.names_bodies`): a party's parliamentary leader is a leader, but not the union's."""
        bodies = frozenset(w for w in desc.words[1:-1] if w in INSTITUTION_WORDS)
        return not bodies or self.people.names_bodies(m, bodies)

    def given_role(self, speaker: str | None) -> str | None:
        """The fullest name of the one person the article gives the role ``speaker`` reads as ("China's ambassador
        to Britain", "the council's director of infrastructure"), or None; a name is no role."""
        key = _role_key(speaker)
        if key is None:
            return None
        if self._by_role is None:
            self._by_role = {}
            for name, role in self.roles().items():
                role_key = _role_key(role)
                if role_key is not None:
                    self._by_role.setdefault(role_key, set()).add(name)
        names = self._by_role.get(key, set())
        return next(iter(names)) if len(names) == 1 else None

    def roles(self) -> dict[str, str]:
        """Each person's role, by fullest name (read once per article; a page naming thousands of people is read
        in part)."""
        if self._roles is None:
            self._roles = {}
            for m in self.people.mentions:
                name, role, _ = self.people.person(m.tokens, m.position)
                if role and len(self._roles) < _MAX_ROLES:
                    self._roles.setdefault(name, role)
        return self._roles

    def titled(self, speaker: str | None) -> tuple[str, str] | None:
        """(fullest name, role) of the one person the article gives the title a speaker is written as alone
        ("Governor says ..." in a headline, and "Gov. Jay Inslee" in the story); None for anything else."""
        if not speaker or " " in speaker or not speaker[:1].isupper() or speaker.lower() not in TITLE_WORDS:
            return None
        noun = speaker.lower()
        fits = [(n, r) for n, r in self.roles().items() if description_names_role(noun, role_words(r))]
        return fits[0] if len(fits) == 1 else None

    def owned(self, desc: _Description) -> tuple[str, str | None] | None:
        """(fullest name, role) of the one person the article gives the role "<owner>'s <noun>" ("Whitehawk's
        daughter" is "His daughter, Renee Whitehawk," wherever the article says so), or None."""
        if desc.words not in self._owned:  # once per description: a page repeating it is not read once per quote
            found = {n: r for n, r in self.roles().items() if _owner_fits(desc, r) and _role_fits(desc, r)}
            self._owned[desc.words] = next(iter(found.items())) if len(found) == 1 else None
        return self._owned[desc.words]

    def related(self, p: int, i: int, desc: _Description) -> tuple[str, str | None] | None:
        """(fullest name, role) of the one person the article sets beside the relation "his mother" names ("His
        mother, Linda Park,", "Lachance's mother, Denise Lachance,"), or None."""
        # up to the end of the description's sentence: "Her husband, Dr. P. Suresh Kumar, said ..." names him there
        return self._with_role(
            self.people.relative(desc.head, desc.owning_pronoun or "", before=(p, self.docs[p][i].sent.end))
        )

    def _other_of_the_family(self, desc: _Description, last_speaker: str | None) -> tuple[str, str | None] | None:
        """ "her husband said" right after Mireille Bettencourt spoke: the one other Bettencourt the story names; "His
        mother said" right after Liam Hartigan spoke: the one other Hartigan, a woman by her name or pronouns."""
        if last_speaker is None or desc.head not in _SAME_GENERATION_KIN | _PARENT_AND_CHILD_KIN:
            return None
        other = self.people.other_of_the_family(last_speaker, desc.head, desc.owning_pronoun or "")
        unknown_sex = other is not None and self.people.gender(tuple(other.split())) is None
        if unknown_sex and desc.head in _PARENT_AND_CHILD_KIN:
            return None  # a parent or child of unknown sex may as well be a brother or sister
        return (other, self.roles().get(other)) if other is not None else None

    def _with_role(self, m: Mention | None) -> tuple[str, str | None] | None:
        """(fullest name, role the article gives them) of ``m``'s person, or None for no mention."""
        if m is None:
            return None
        name = self.people.person(m.tokens, m.position)[0]
        return name, self.roles().get(name)

    def lede_source(self, p: int, written: str) -> tuple[str, str | None] | None:
        """(fullest name, role) of the person a lede's unnamed source ("a judge") is, named right after with that
        role, when nobody is named before it (:meth:`named_after_the_lede`); None otherwise."""
        desc = _as_description("the " + written.split(maxsplit=1)[1]) if " " in written else None
        if desc is None:
            return None
        indefinite = replace(desc, words=(written.split()[0].lower(), *desc.words[1:]))
        i = self.locate(p, indefinite)
        if i is None or self.nearby(p, i):
            return None
        # "A youth worker at a group home told an inquest ..." / "Joanne Blaise-Mercer, who has worked ..., was the
        # fourth witness": the one the next paragraph opens on, though it gives her no such role
        return self.named_after_the_lede(p, i, desc) or self.named_after_a_describing_lede(desc)

    def named_after_a_describing_lede(self, desc: _Description) -> tuple[str, str | None] | None:
        """(fullest name, role) of the one a lede describes and the paragraph after it names, when ``desc`` has the
        lede's noun: "A senior provincial bridge engineer acknowledged on Tuesday ..." / "Warren Pelletier, who was
        the ministry's structures manager, told the inquiry ..." / "the engineer replied" far below. News describes
        first and names after; None when the lede opens otherwise or the next paragraph opens on no named person."""
        if desc.possessed or desc.owner is not None or desc.age:
            return None
        if not self._lede_read:
            self._lede, self._lede_read = self._describing_lede(), True
        if self._lede is None or self._lede[0] != desc.head:
            return None
        return self._lede[1]

    def _describing_lede(self) -> tuple[str, tuple[str, str | None] | None] | None:
        """(the lede's noun for its first unnamed person, who the paragraph after it names), read once per article;
        None when neither of the first paragraphs opens on an unnamed person."""
        for p in range(min(_LEDE_PARAGRAPHS, len(self.docs) - 1)):
            first = next(iter(self.docs[p].sents), None)
            # the lede's first unnamed person, however the parser read a dateline before it ("KINGSTON, Ont. — A
            # senior provincial bridge engineer acknowledged ...")
            described = (
                t
                for t in (first if first is not None else ())
                if t.pos_ == "NOUN" and is_person_noun(t.lower_) and t.left_edge.lower_ in {"a", "an"}
            )
            subject = next(described, None)
            if subject is None:
                continue
            opening = next(iter(self.docs[p + 1].sents), None)
            named = next((t for t in opening.root.children if t.dep_ == "nsubj"), None) if opening else None
            m = self.people.mention_at(p + 1, named.i) if named is not None else None
            if m is None or len(m.tokens) < 2:
                return subject.lower_, None
            name, role, _ = self.people.person(m.tokens, m.position)
            return subject.lower_, (name, role)
        return None

    def named_after_the_lede(self, p: int, i: int, desc: _Description) -> tuple[str, str | None] | None:
        """(fullest name, role) of the one person the paragraphs right after a lede give the role its description
        names, when the lede names no one before it: news describes first and names after ("... the premier
        accusing her critics ..." / "Premier Lorna Kasprzak's government ..."; "by the main opposition party's
        housing spokesman" / "Cathal Ó Dúlaing, housing spokesman for Comhar,"); None for none or several."""
        if desc.age:
            return None
        later = self.people.mentions_before(p + _NAMED_AFTER_LEDE, 0, from_paragraph=p, limit=_MAX_MENTIONS)
        want = _gender_of_noun(desc)
        fitting = {}
        for m in later:
            if (m.paragraph, m.start) <= (p, i):
                continue
            name, role, gender = self.people.person(m.tokens, m.position)
            if _role_fits(desc, role) and not (want and gender and gender != want):
                fitting[name] = role
        return next(iter(fitting.items())) if len(fitting) == 1 else None

    def surviving_spouse(self, p: int, i: int, desc: _Description) -> tuple[str, str | None] | None:
        """(fullest name, role) of "the widower" or "the widow" (:meth:`People.surviving_spouse`), or None."""
        return self._with_role(self.people.surviving_spouse(desc.head, before=(p, self.docs[p][i].sent.end)))

    def resolve(
        self, p: int, i: int, desc: _Description, last_speaker: str | None, *, asker: str | None = None
    ) -> tuple[str, str | None] | None:
        """(fullest name, role) of the one person ``desc`` at token ``i`` of paragraph ``p`` stands for; ``asker``
        is the speaker of the quote before when it was a question."""
        if desc.owner is not None:
            return self.owned(desc)
        if desc.owning_pronoun is not None:
            return self.related(p, i, desc) or self._other_of_the_family(desc, last_speaker)
        spouse = self.surviving_spouse(p, i, desc) if desc.head in SURVIVING_SPOUSE and not desc.possessed else None
        if spouse is not None:
            return spouse
        aged = self.aged(desc.age) if desc.age else {}
        if len(aged) == 1:
            return next(iter(aged.items()))  # "the 23-year-old": the one the article gave that age, however far back
        mentions = self.nearby(p, i)
        if not mentions:
            return self.named_after_the_lede(p, i, desc) if p < _LEDE_PARAGRAPHS else None
        want_gender = _gender_of_noun(desc)
        info: dict[str, tuple[str | None, str | None]] = {}
        #: a role or age that fits: the nearest such mention's paragraph, sentence and token
        strong: dict[str, tuple[int, int, int]] = {}
        weight: dict[str, float] = {}
        here = self.docs[p][i].sent.start
        sentences: list[tuple[int, int]] = []  # the sentences holding mentions, nearest first
        # "Cruz said as the heckler yelled": a person named in the description's own sentence is someone else
        others = {
            self.people.person(m.tokens, m.position)[0] for m in mentions if (m.paragraph, m.sentence) == (p, here)
        }
        # ""Are you going to be sensible?" Ambrose asked. / "A bit of both," the writer replied": not the one asking
        answered = asker if self.docs[p][i].head.lemma_.lower() in REPLY_VERBS else None
        # "Crown prosecutor Marisol Dufresne asked her who he was. / ""Jared," the witness said": the one asked
        answered = answered or self._asker_just_before(p, here)
        if answered is not None:
            others.add(answered)
        for m in reversed(mentions):
            key = (m.paragraph, m.sentence)
            name, role, gender = self.people.person(m.tokens, m.position)
            if name in others:
                continue
            info[name] = (role, gender)
            if want_gender and gender and gender != want_gender:
                continue
            if _office_rules_out(desc, role):
                continue
            if key not in sentences:
                sentences.append(key)
            if (
                (desc.age and _age_of(self.docs[m.paragraph], m) == desc.age)
                or (_role_fits(desc, role) and self._institution_fits(desc, m))
                or _party_tag_fits(desc, self.people.party_tag(name))
                or (_nationality(desc) and name in self.called(desc.head))
                or _same_nationality(desc, role)
            ):
                strong.setdefault(name, (m.paragraph, m.sentence, m.start))
            distance = sentences.index(key) + 1
            weight[name] = weight.get(name, 0.0) + (3 - self.salience(m)) / (1 + distance)
        anonymous = anonymous_source_before(self.docs, self.in_quote, p, here) if answered is None else None
        if anonymous is not None and not _of_the_other_sex(anonymous[1], want_gender):
            # "One committee member, speaking on condition of anonymity, said ..." / ""…," the councillor said": the
            # source just introduced, though the article gave a named councillor that role further back
            return self._source_as_given(*anonymous)
        if strong:
            nearest = sorted(strong.items(), key=lambda kv: kv[1], reverse=True)
            # two people given the role in one sentence ("hosts Ann Lee and Bo Park"): recency tells them not apart
            if len(nearest) > 1 and nearest[0][1][:2] == nearest[1][1][:2]:
                return None  # it is one of them, and nothing says which
            name = nearest[0][0]
            return name, info[name][0]
        if reported_by_a_named_other(self.docs[p][i]):
            return None  # "Ellis said the minister had told him": Ellis's account of someone unnamed
        if desc.possessed and not desc.owned_by_thing:
            return None  # "the prime minister's spokesman" is no one the article has not given that role
        called = self.called(desc.head) if _nationality(desc) else set()
        if called:
            # "the Australian" is the one the article calls Australian, not whoever spoke last; with no one called
            # so ("the Texan"), the usual evidence below
            return (next(iter(called)), None) if len(called) == 1 else None
        found_unnamed = self._unnamed_subject_just_before(p, here)
        if found_unnamed is not None and answered is not None and found_unnamed[1].head.lemma_.lower() == "ask":
            found_unnamed = None  # ""A?" a journalist asked. / "B," the youngster replied": not the journalist
        if found_unnamed is not None:
            return self._source_as_given(*found_unnamed)
        if self._owned_just_before(p, here, desc):
            return None  # "..., the premier's spokesman said. / "…," the spokesman said": the premier's, unnamed
        adjacent = self._subject_just_before(p, here, mentions, others, desc)
        if adjacent is not None:
            return adjacent, info[adjacent][0] if adjacent in info else self.roles().get(adjacent)
        delayed = self.named_after_a_describing_lede(desc)
        if delayed is not None:
            return delayed  # "A senior provincial bridge engineer acknowledged ..." / "Warren Pelletier ..."
        if desc.possessed:
            return None  # "the study's senior author": the one the sentence before is about, or no guess
        protagonist = self._protagonist(desc, want_gender, chained=self._described_just_before(p, here))
        if protagonist is not None:
            return protagonist
        if last_speaker in weight and answered is None:
            weight[last_speaker] += _LAST_QUOTED  # the person quoted last is who a description most often goes on with
        if not weight:
            return self._protagonist(desc, want_gender)
        ranked = sorted(weight.items(), key=lambda kv: kv[1], reverse=True)
        top_name, top = ranked[0]
        second = ranked[1][1] if len(ranked) > 1 else 0.0
        if len(ranked) == 1 and p <= _PARAGRAPHS_BACK and self._the_only_one_named_before(p, self.docs[p][i].sent.end):
            return top_name, info[top_name][0]  # "... by a 24-year-old called Hemi Tautahi-Brooks." / "the signwriter"
        if top < _MIN_WEIGHT or top < _MARGIN * second:
            return None  # several people of like weight: no guess
        return top_name, info[top_name][0]

    def _the_only_one_named_before(self, p: int, i: int) -> bool:
        """Whether the article, from its start to token ``i`` of paragraph ``p`` (the end of the description's
        sentence: "The editor who hired me, Ana Ruiz," names another), names one person only (however many
        times): near the top of a story, a description can be no one else."""
        before = self.people.mentions_before(p, i, from_paragraph=0, limit=_MAX_MENTIONS)
        return len({self.people.person(m.tokens, m.position)[0] for m in before}) == 1


#: "one of them", "one of the diplomats": a speaker counted out of a group the article introduced.
_ONE_OF = re.compile(r"[Oo]ne of (?:them|the ([a-z]+s))")
#: Words counting a group of sources ("Two people familiar with ...", "Several officials").
_COUNTING = frozenset(["two", "three", "four", "five", "several", "both"])


def _counted_group(tok: Token, in_quote: set[int]) -> bool:
    """Whether ``tok`` heads a counted group of people as a subject outside quotes ("Two EU diplomats familiar
    with the discussions said")."""
    return (
        tok.dep_ in {"nsubj", "nsubjpass"}
        and tok.tag_ == "NNS"
        and tok.i not in in_quote
        and any(c.dep_ in {"nummod", "det", "amod"} and c.lower_ in _COUNTING for c in tok.children)
        and (tok.lower_ == "people" or is_person_noun(tok.lower_.removesuffix("s")) or is_person_noun(tok.lemma_))
    )


def _of_the_other_sex(noun: Token, gender: str | None) -> bool:
    """Whether a source's noun ("A mother of two", "one man") says the other sex than ``gender`` ("m", "f")."""
    word = _parent_noun(noun.lower_)
    return (word in MALE_WORDS and gender == "f") or (word in FEMALE_WORDS and gender == "m")


def _as_written(noun: Token, in_quote: set[int]) -> str:
    """An unnamed source as the article wrote it ("One longtime shareholder", "A resident of the Seaview
    retirement village", "A woman who lives across 14th Street"), as its own attribution gives it, so that its
    quotes read as one source's."""
    return noun_phrase_as_written(noun, in_quote)


def _country_of(doc: Doc, m: Mention) -> frozenset[str]:
    """The demonyms of the country a name is given as from: "Julien Castagne of France", "France's Julien
    Castagne", "Jukka Rantanen, a Finn"."""
    after = doc[m.end : m.end + 3]
    if len(after) >= 2 and after[0].lower_ == "of" and after[1].lower_ in COUNTRY_DEMONYMS:
        return COUNTRY_DEMONYMS[after[1].lower_]
    if len(after) == 3 and after[0].text == "," and after[1].lower_ in {"a", "an"} and after[2].lower_ in DEMONYM_NOUNS:
        return frozenset([after[2].lower_])  # "Jukka Rantanen, a Finn who ...": the Finn
    if m.start >= 2 and doc[m.start - 1].text in _POSSESSIVE_TOKENS and doc[m.start - 2].lower_ in COUNTRY_DEMONYMS:
        return COUNTRY_DEMONYMS[doc[m.start - 2].lower_]
    return frozenset()


def _passive_of_main_or_thing(verb: Token) -> bool:
    """Whether a passive verb is its sentence's main verb, or a relative clause's about a thing ("The work was
    carried out in the lab, which is directed by Professor Elena Vukovic")."""
    if verb.dep_ == "ROOT":
        return True
    head = verb.head
    return (
        verb.dep_ == "relcl"
        and head.pos_ in {"NOUN", "PROPN"}
        and head.ent_type_ not in {"PERSON", "NORP"}
        and not is_person_noun(head.lower_)
    )


def _described_subject(sent: Span, *, capitalised_modifiers: bool = False) -> bool:
    """Whether the sentence's subject is a definite description of a person and names no one ("The veteran winger
    was playing ..."); with ``capitalised_modifiers``, a team or a place before its noun may be capitalised ("The
    Leafs captain"), which a description the article resolves by its role may have."""
    subject = next((t for t in sent.root.children if t.dep_ in {"nsubj", "nsubjpass"}), None)
    if subject is not None and an_age(subject):
        # "The 34-year-old has 12 goals": an age, which the recogniser tags as a date
        words = list(subject.subtree)
        return words[0].lower_ in _DEFINITE and not any(t.ent_type_ == "PERSON" for t in words)
    if subject is None or subject.ent_type_ or subject.pos_ != "NOUN":
        return False
    words = list(subject.subtree)
    return (
        words[0].lower_ in _DEFINITE
        and (is_person_noun(subject.lower_) or subject.lower_ in _DESCRIBED_PEOPLE)
        and subject.lower_ not in _GENERIC
        and not any(
            t.ent_type_ == "PERSON" or (t.pos_ == "PROPN" and (t.i > subject.i or not capitalised_modifiers))
            for t in words
        )
    )


#: Nouns for a member of a legislature, which a lawmaker's party tag ("(R-Idaho)") makes them.
_LAWMAKER_NOUNS = frozenset(
    ["lawmaker", "legislator", "senator", "congressman", "congresswoman", "representative", "member", "freshman"]
)


def _party_tag_fits(desc: _Description, tag: frozenset[str]) -> bool:
    """Whether a description is what a lawmaker's party tag says ("the Idaho Republican", "the California
    congressman", "the New York Democrat" for "(R-Idaho)", "(D-Calif.)", "(D-N.Y.)"): its noun the party or a
    lawmaker's, and every word before it the tag's state or party."""
    if not tag or len(desc.words) < 3 or desc.possessed or desc.owner is not None:
        return False
    said = set(desc.words[1:-1])
    return (desc.head in tag or desc.head in _LAWMAKER_NOUNS) and said <= tag


def _role_fits(desc: _Description, role: str | None) -> bool:
    """Whether a stated role is what the description says: its noun or a synonym ("the senator" for "Senator Ana
    Ruiz", "the judge" for "Justice Mia Holt"), and for a party with a place all of it ("the Wisconsin Republican"
    is not anyone called "Republican")."""
    words = role_words(role)
    if desc.group_word and len(desc.words) > 2:
        return set(desc.words[1:]) <= words
    if words & PAST_WORDS and not set(desc.words) & PAST_WORDS:
        return False  # "the governor" is who holds the office now, not "the former New Jersey governor"
    return description_names_role(desc.head, words)


_POSSESSIVE_END = re.compile(r"(?:['’]s|['’])$")


def _role_key(text: str | None) -> str | None:
    """A role or a speaker read for comparing roles: lower case, without a leading "the" and with one kind of
    apostrophe ("The council's director of roads" = "the council’s director of roads"); None unless it is three
    words or more with a word for a person after its first (a name is no role: "Tom Hale" has none)."""
    if not text:
        return None
    words = text.replace("’", "'").lower().split()
    if words and words[0] in UNNAMED_DETERMINERS:
        return None  # "a Democratic strategist": one of many, not the one the article names with that role
    if words and words[0] == "the":
        words = words[1:]
    if len(words) < 3 or not any(is_person_noun(w.strip(",.")) for w in words[1:]):
        return None  # "the GOP nominee" may be this year's or the last one's: only a fuller role tells
    return " ".join(words)


def _owner_fits(desc: _Description, role: str) -> bool:
    """Whether ``role`` is someone's whom ``desc`` says it is: "his daughter" may be anyone's, "Gerald Whitehawk's
    daughter" only Whitehawk's; a role with no owner fits only when it names the owner ("the daughter of Gerald
    Whitehawk")."""
    words = role.lower().split()
    owner_last = (desc.owner or "").split()[-1:]
    if words[0] in {"his", "her"}:
        return True
    owned = [w for w in words if w.endswith(POSSESSIVE_ENDINGS)]
    if owned:
        return bool(owner_last) and _POSSESSIVE_END.sub("", owned[-1]) == _POSSESSIVE_END.sub("", owner_last[0])
    return bool(owner_last) and owner_last[0] in words


def _nationality(desc: _Description) -> bool:
    """ "the Australian": one word that is not a party's; a party has many members the article does not label
    ("Republican Donald Trump" is not "the Republican" who is Paul Ryan), and "the Wisconsin Republican" says more
    than the label."""
    return (
        desc.group_word
        and desc.head not in PARTY_WORDS
        and (len(desc.words) == 2 or " ".join(desc.words[1:]) in DEMONYM_PHRASES)
    )


def _same_nationality(desc: _Description, role: str | None) -> bool:
    """Whether the nationalities a description names are all in a role no office rules out ("the South Korean
    minister" for "his South Korean counterpart, Park Soo-yeon")."""
    countries = {w for w in desc.places if nationality_word(w)}
    return bool(countries) and countries <= role_words(role)


def _describes_a_name(noun: Token) -> bool:
    """Whether "a <noun>" is said of a name ("Dana Price, a legal expert," / "Price is a legal expert"): it
    introduces no unnamed person."""
    if noun.dep_ == "appos":
        return noun.head.pos_ == "PROPN"
    if noun.dep_ == "attr":
        return any(c.dep_ == "nsubj" and c.pos_ == "PROPN" for c in noun.head.children)
    if noun.dep_ in {"npadvmod", "dep", "advcl"} and noun.i < noun.head.i:
        # "A hydrologist at the Institute, she has been modeling ...": said of the one "she" is
        return any(c.dep_ == "nsubj" and c.lower_ in {"he", "she"} and c.i > noun.i for c in noun.head.children)
    return False


def _unnamed_before(quotes: Sequence[Quote], k: int, desc: _Description) -> bool:
    """Whether an earlier quote's speaker is an unnamed source with the same noun ("one legal expert")."""
    for q in quotes[max(0, k - 20) : k]:
        words = (q.speaker or "").lower().split()
        if words and words[0] in UNNAMED_DETERMINERS and desc.head in words:
            return True
    return False


_AGE_CUE_VERBS = r"(?:said|says|asked|asks|told|tells|added|adds|wrote|writes|explained|continued|recalled|exclaimed)"
_AGE_CUE = re.compile(
    r"[\s,”\"’']{0,4}(?:(the \d{1,3}-year-old(?: [a-z-]+)?)\s+" + _AGE_CUE_VERBS + r"\b"
    # "…," said the 46-year-old.
    r"|" + _AGE_CUE_VERBS + r"\s+(the \d{1,3}-year-old(?: [a-z-]+)?)(?=[\s.,;!?]|$))"
)


def _age_after(docs: Sequence[Doc], offsets: Sequence[int], q: Quote) -> str | None:
    """ "…," the 43-year-old asked (or "…," said the 43-year-old): an age as the subject of the cue right after
    the quote, which the parser reads as an adjective and attribution misses; the description, for resolving like
    any other."""
    last = q.parts[-1]
    p = _paragraph_of(offsets, last.start)
    if p >= len(docs):
        return None
    doc = docs[p]
    at = last.end - offsets[p]
    end = doc[-1].idx + len(doc[-1].text_with_ws) if len(doc) else 0
    span = doc.char_span(at, min(end, at + 60), alignment_mode="contract")
    found = _AGE_CUE.match(span.text if span is not None else "")
    return (found.group(1) or found.group(2)) if found else None


#: How many quotes on a "he" standing for an unnamed relation still goes on with the name that relation was given.
_KIN_GOES_ON = 3

#: Relations between a couple or siblings, who share a surname more surely than generations do.
_SAME_GENERATION_KIN = frozenset(["husband", "wife", "partner", "spouse", "sister", "brother", "twin"])
#: Kin a generation apart, for whom the one other of a surname must be of the kin's sex, known.
_PARENT_AND_CHILD_KIN = frozenset(["mother", "father", "son", "daughter"])

#: "the man", "the young woman": descriptions that name no one the story names (see ``_as_description``), but go
#: on with an unnamed source introduced just before.
_GENERIC_DESCRIPTION = re.compile(r"the (?:[a-z-]+ ){0,2}(?:man|woman|boy|girl|person)")


def _generic_going_on(resolver: _Resolver, q: Quote) -> str | None:
    """The unnamed source "the man" of ``q`` goes on with ("Another neighbour, who did not want to be named, said
    ... / "…," the man said"), as first written; None when the sentence before is about no one unnamed, or
    about someone of the other sex ("A mother of two said ... / "…," the man said")."""
    words = tuple((q.speaker or "").split())
    desc = _Description(words=words, head=words[-1], age=None)
    i = resolver.locate(q.paragraph, desc)
    if i is None:
        return None
    return resolver.unnamed_going_on(q.paragraph, resolver.docs[q.paragraph][i].sent.start, _gender_of_noun(desc))


def resolve_speakers(
    quotes: Sequence[Quote],
    *,
    docs: Sequence[Doc],
    people: People,
    in_quote: Sequence[set[int]],
    offsets: Sequence[int],
) -> list[Quote]:
    """``quotes`` with each definite-description speaker replaced by the person it stands for, where one
    person fits clearly; every other quote unchanged."""
    resolver = _Resolver(docs, people, in_quote)
    token_starts: dict[int, list[int]] = {}
    out: list[Quote] = []
    last_speaker: str | None = None
    previous: tuple[str | None, Quote] | None = None  # the quote before: its speaker as attributed, and resolved
    #: kin descriptions resolved in the last quotes ("her husband" -> Jonah Bettencourt), and at which quote
    kin_resolved: dict[str, tuple[int, Quote]] = {}
    for k, q in enumerate(quotes):
        if q.speaker is None and q.parts:
            q = replace(q, speaker=_age_after(docs, offsets, q) or None)
        counted = _ONE_OF.fullmatch(q.speaker or "")
        if counted is not None:
            # "Two people familiar with the talks said ... "…," one of them said": one of that group, as written
            group = resolver.group_source(q.paragraph, counted.group(1))
            if group is not None:
                q = replace(q, speaker=f"one of {group}")
        attributed = q.speaker
        titled = resolver.titled(q.speaker)
        if titled is not None:
            q = replace(q, speaker=titled[0], role=q.role or titled[1])
        named = resolver.given_role(q.speaker)
        if named is not None:
            # "China's ambassador to Britain warned ..." and later "China's ambassador to Britain Liu Xiaming": the
            # one person the article gives that very role, whichever way round
            q = replace(q, speaker=named, role=q.role or q.speaker)
        if q.paragraph < _LEDE_PARAGRAPHS and q.speaker and q.speaker.split()[0].lower() in {"a", "an"}:
            # "... was sentenced by a judge who said he had "A"" / "Justice Miriam Halvorsen took an hour to ...":
            # the lede's unnamed source is the one the story names with that role right after
            named = resolver.lede_source(q.paragraph, q.speaker)
            if named is not None:
                q = replace(q, speaker=named[0], role=q.role or named[1])
        unnamed = _generic_going_on(resolver, q) if _GENERIC_DESCRIPTION.fullmatch(q.speaker or "") else None
        if unnamed is not None:
            q = replace(q, speaker=unnamed)
        desc = _as_description(q.speaker)
        kin = kin_resolved.get(q.speaker or "") if desc is not None and desc.owning_pronoun else None
        if kin is not None and k - kin[0] <= _KIN_GOES_ON:
            # ""…," her husband said. / "…," she said. / "…," he said": a "he" whose referent is the unnamed
            # relation goes on with the one that relation was just resolved to
            q = replace(q, speaker=kin[1].speaker, role=kin[1].role or q.role)
            desc = None
        if desc is not None and previous is not None and previous[0] == q.speaker and previous[1].speaker != q.speaker:
            # ""A," the skipper said. / "B."": a quote going on with the description the quote before was resolved
            # from is the same person (its own paragraph may not hold the description)
            q = replace(q, speaker=previous[1].speaker, role=previous[1].role or q.role)
            desc = None
        if desc is not None and not _unnamed_before(quotes, k, desc):
            last_p = _paragraph_of(offsets, q.parts[-1].start) if q.parts else q.paragraph
            # the quote's own paragraphs first; then the one before, where a quote-only paragraph's speaker was
            # found ("The 61-year-old said the board ... / "Nobody has rung me."")
            paragraphs = list(range(q.paragraph, min(last_p, q.paragraph + 2) + 1))
            if q.paragraph > 0:
                paragraphs.append(q.paragraph - 1)
            for p in paragraphs:
                i = resolver.locate(p, desc)
                if i is None:
                    continue
                # "the Guardian said": an outlet, not "the Norwegian"; no outlet is "the former Oiler"
                demonym = docs[p][i].ent_type_ == "NORP" or desc.head in DEMONYM_NOUNS
                if desc.group_word and not demonym and desc.words[1] not in _ONCE_OF:
                    break
                if desc.group_word and docs[p][i].tag_ == "NNPS":
                    break  # "the Harriers said in a statement": a team (or a people), no one person
                if resolver.introduced_unnamed(p, i, desc):
                    break
                asked = previous is not None and previous[1].text.rstrip(_CLOSING).endswith("?")
                found = resolver.resolve(p, i, desc, last_speaker, asker=previous[1].speaker if asked else None)
                if (
                    found is not None
                    and " " in found[0]
                    and found[0].split()[0] in _names_talked_of(docs, offsets, q, token_starts)
                ):
                    found = None  # ""Allison reads ice better than anyone," said the former Olympian": not Allison
                if found is not None:
                    name, role = found
                    if role and role.isdigit():
                        role = None  # an age ("Pat Quill, 43,") is not a role
                    # an unnamed source's noun is its own description
                    unnamed = name.split()[0].lower() in UNNAMED_DETERMINERS
                    # "his sister" read alone, out of the story, says nothing; "the rookie" does
                    described = None if unnamed or desc.owning_pronoun else _described_role(desc, q.speaker or "")
                    role = role or q.role or described
                    q = replace(q, speaker=name, role=role)
                break
        out.append(q)
        previous = (attributed, q)
        written = _as_description(attributed)
        if written is not None and written.owning_pronoun and q.speaker != attributed:
            kin_resolved[attributed or ""] = (k, q)
        if q.speaker and _as_description(q.speaker) is None and q.speaker[:1].isupper():
            last_speaker = q.speaker
    return out
