"""The last word on who: one name and one role per source, on every quote of theirs.

Attribution finds each quote's speaker where the quote is, and the role the
article gave the person wherever the person registry saw it.  Two things are
only visible across the whole article, so they are done here, on the finished
quotes:

* an unnamed source mentioned again ("one legal expert" ... "the expert") is one
  source: the later description takes the earlier one's words, when exactly one
  earlier unnamed source fits (never a guess between several);
* a person is shown by their fullest name on every quote ("de Vries said" is Willem de Vries, named in full
  in a sentence attributed later);
* a role the article states for a speaker (at first mention, or with any quote)
  goes on every quote of that speaker;
* a role reads as one person's: a plural shared by several names is shown in the
  singular ("Democratic presidential candidates A and B" -> "Democratic
  presidential candidate"), and a lone modifier ("former") is no role.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from bot.brief import Quote
from bot.quotes.lexicon import PERSON_NOUNS, TITLES_AND_PERSON_NOUNS, UNNAMED_DETERMINERS, is_person_noun
from bot.quotes.people import People

__all__ = ["carry_roles", "fullest_names", "merge_unnamed_sources", "one_persons_role", "reader_roles"]

_DEFINITE = ("the ", "that ", "this ")
_WORD = re.compile(r"[a-z][a-z'’-]*")


_PREPOSITIONS = {"for", "of", "at", "with", "from", "in"}
_DETERMINERS = {d.strip() for d in _DEFINITE} | UNNAMED_DETERMINERS


def _description(speaker: str, *, capitals: bool = False) -> list[str]:
    """The words of an unnamed source's description before what follows its noun ("one legal expert", "a
    spokesperson" of "a spokesperson for Acme", "a nurse" of "a nurse who has worked ..."), or [] when ``speaker``
    is a name.  With ``capitals``, words before the noun may be capitalised ("a Republican aide familiar with the
    talks", "one Division I recruiter"): a source introduced unnamed; "the Vermont senator" is someone the article
    names, so a description going back to a source is in lower case."""
    words = speaker.split()
    if len(words) < 2 or words[0].lower() not in _DETERMINERS:
        return []
    head: list[str] = []
    for w in words[1:]:
        bare = w.strip(",;:")
        low = bare.lower()
        if low in _PREPOSITIONS or low in _RELATIVE_WORDS or low in _AFTER_THE_NOUN:
            break
        if head and is_person_noun(head[-1].lower()) and low.endswith(("ing", "ed")):
            break  # "a nurse based in Leeds", "a resident speaking on condition of anonymity"
        head.append(bare)
        if bare != w:
            break  # "one evacuee, a woman staying on a cot": the noun before the comma
    if not head or head[-1][:1].isupper():
        return []
    if not capitals and any(w[:1].isupper() for w in head):
        return []
    return words[:1] + head


#: Words that open what is said after a source's noun ("a nurse who has worked there", "an aide familiar with").
_RELATIVE_WORDS = frozenset(["who", "whom", "whose", "that", "which"])
_AFTER_THE_NOUN = frozenset(["familiar", "close", "involved", "present", "knowledgeable", "not"])


def _head_noun(speaker: str, *, capitals: bool = False) -> str:
    words = _description(speaker, capitals=capitals)
    return _WORD.findall(words[-1].lower())[-1] if words and _WORD.findall(words[-1].lower()) else ""


def _source_nouns(speaker: str) -> set[str]:
    """The nouns "the <noun>" may take up an unnamed source by: its head noun, and the person nouns before it ("an
    assistant coach at one Ontario rival" is "the assistant" as much as "the coach")."""
    opener = speaker.split()[0].lower() if speaker.split() else ""
    words = _description(speaker, capitals=opener in UNNAMED_DETERMINERS)
    if not words:
        return set()
    nouns = {_head_noun(speaker, capitals=True)}
    nouns |= {w.lower() for w in words[1:-1] if w[:1].islower() and is_person_noun(w.lower())}
    return nouns - {""}


def merge_unnamed_sources(quotes: Sequence[Quote], *, text: str = "") -> list[Quote]:
    """Give "the expert" the words of the one earlier unnamed source it refers back to ("one legal expert"): one
    whose description holds every word of it ("the older woman" is no "a woman who lives nearby"), when ``text``,
    the article, introduces no other source by that noun between the two quotes (at most
    :data:`_MERGE_LOOKBACK` characters before the later one are read, so a page of thousands stays linear)."""
    introduced: dict[str, list[str]] = {}  # noun -> unnamed sources as first written, in order
    first_said: dict[str, int] = {}  # unnamed source -> where its first quote starts
    out = []
    for q in quotes:
        speaker = q.speaker
        at = q.parts[0].start if q.parts else 0
        if speaker and _description(speaker) and speaker.lower().startswith(_DEFINITE):
            noun = _head_noun(speaker)
            fits = [s for s in introduced.get(noun, []) if s != speaker and _takes_up(speaker, s)]
            if len(fits) == 1 and not _another_introduced(text, noun, fits[0], first_said[fits[0]], at):
                speaker = fits[0]
                q = replace(q, speaker=speaker)
        for noun in _source_nouns(speaker or ""):
            same_noun = introduced.setdefault(noun, [])
            if speaker not in same_noun:
                same_noun.append(speaker)
                first_said.setdefault(speaker, at)
        out.append(q)
    return out


#: How many characters before a quote are read for another source introduced by the same noun.
_MERGE_LOOKBACK = 4000


def _takes_up(definite: str, source: str) -> bool:
    """Whether every word of "the <words>" is in the source's description ("the aide" of "a senior Democratic
    aide"; not "the older woman" of "a woman")."""
    wanted = {w.lower() for w in _description(definite)[1:]}
    return wanted <= {w.lower() for w in _description(source, capitals=True)[1:]}


def _another_introduced(text: str, noun: str, source: str, since: int, at: int) -> bool:
    """Whether ``text`` introduces a source by ``noun`` other than ``source`` ("A Republican aide familiar with the
    talks" after "a senior Democratic aide") after the first quote of ``source`` (``since``) and before the quote at
    ``at``."""
    if not text or at <= since:
        return False
    window = text[max(since, at - _MERGE_LOOKBACK) : at]
    pattern = rf"\b(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:[\w'’-]+\s+){{0,3}}{re.escape(noun)}\b"
    own = source.lower().split()
    return any(
        found.group(0).lower().split() != own[: len(found.group(0).split())] for found in re.finditer(pattern, window)
    )


def carry_roles(quotes: Sequence[Quote]) -> list[Quote]:
    """Every quote of a speaker with the role the article gave them: the first one found, in article order."""
    roles: dict[str, str] = {}
    for q in quotes:
        if q.speaker and q.role and q.speaker not in roles:
            roles[q.speaker] = q.role
    return [replace(q, role=roles[q.speaker]) if q.speaker in roles and not q.role else q for q in quotes]


def fullest_names(quotes: Sequence[Quote], *, people: People) -> list[Quote]:
    """Each quote of a named person under the fullest name the article gives them, with its role.

    Attribution reads quotes in an order of its own ("A," X said, first, everywhere), so a short name can be
    read before the sentence that gives the full one; the finished registry knows them all.
    """
    known = {m.tokens for m in people.mentions}  # once: a lookup per quote must not scan the mentions
    out = []
    for q in quotes:
        tokens = tuple(q.speaker.split()) if q.speaker else ()
        if tokens in known or _one_name_of_a_person(tokens, q, people=people):
            name, role, _ = people.person(tokens, (q.paragraph or 0, 0))
            if name != q.speaker:
                q = replace(q, speaker=name, role=q.role or role)
        out.append(q)
    return out


def _one_name_of_a_person(tokens: tuple[str, ...], quote: Quote, *, people: People) -> bool:
    """Whether a one-word speaker the recogniser did not take for a person is the given name or surname of one
    the article names in full ("His nephew, Fergal Doyle, runs the chandlery" ... "Fergal said", where "Fergal" was
    labelled a place)."""
    if len(tokens) != 1 or not tokens[0][:1].isupper() or not tokens[0].isalpha():
        return False
    return len(people.fullest(tokens, (quote.paragraph or 0, 0))) > 1


#: Words that only qualify a role; alone they say nothing of the person ("former" of "former Reagan official").
_MODIFIERS_ONLY = {"former", "ex", "then", "late", "longtime", "current", "acting", "interim", "retired", "new", "the"}


#: Words for someone's standing to another person; without that person ("his", "Clinton's") they say nothing.
_STANDING_ALONE = {"rival", "rivals", "counterpart", "ally", "colleague", "opponent", "predecessor", "successor"}


def _singular(word: str) -> str | None:
    """The singular of a plural person noun or title ("candidates" -> "candidate", "deputies" -> "deputy")."""
    low = word.lower()
    for plural, single in (("ies", "y"), ("es", ""), ("s", "")):
        stem = low[: -len(plural)] + single
        last = stem.split("-")[-1]  # "singer-guitarists" -> "singer-guitarist"
        person = stem in TITLES_AND_PERSON_NOUNS or last in PERSON_NOUNS or last.endswith("ist")
        if low.endswith(plural) and person:
            return word[: -len(plural)] + single
    return None


#: A photo caption's time stamp glued to the words around it ("2016 10:14PMBuddiesASSOCIATED PRESSOhio Gov."):
#: page furniture the extractor left in the text, never part of a role.
_TIME_STAMP = re.compile(r"\d{1,2}:\d{2}\s?[AP]M")
#: The agency credit after a time stamp, glued to the role's first word ("PRESSOhio").
_GLUED_CREDIT = re.compile(r"^[A-Z]{2,}([A-Z][a-z]+\.?)$")


def _after_page_furniture(role: str) -> str:
    """The words of ``role`` after a caption's time stamp and the credit glued to the next word, if any."""
    words = role.split()
    last = max((k for k, w in enumerate(words) if _TIME_STAMP.search(w)), default=None)
    if last is None:
        return role
    rest = words[last + 1 :]
    glued = _GLUED_CREDIT.match(rest[0]) if rest else None
    if glued:
        rest = [glued.group(1), *rest[1:]]  # "PRESSOhio" -> "Ohio"
    return " ".join(rest)


def _before_unclosed_quote(role: str) -> str:
    """``role`` up to a quotation mark it opens and never closes ("a judge on the cooking show "The Big
    Bake" -> "a judge on the cooking show"): a title cut off by the end of the phrase."""
    straight = role.count('"')
    curly_open, curly_close = role.count("\u201c"), role.count("\u201d")
    if straight % 2 == 0 and curly_open == curly_close:
        return role
    cut = max(role.rfind('"'), role.rfind("\u201c")) if straight % 2 else role.rfind("\u201c")
    return role[:cut].rstrip(" ,;:-")


#: Titles news abbreviates before a name, spelled out when they stand as a role ("Raymond Ashby, Gov." reads as
#: a typo; "Raymond Ashby, Governor" does not).
_SPELLED_TITLES = {
    "sen.": "Senator",
    "gov.": "Governor",
    "rep.": "Representative",
    "lt.": "Lieutenant",
    "sgt.": "Sergeant",
    "det.": "Detective",
    "capt.": "Captain",
    "col.": "Colonel",
    "gen.": "General",
    "maj.": "Major",
    "cpl.": "Corporal",
    "adm.": "Admiral",
    "cmdr.": "Commander",
    "insp.": "Inspector",
    "supt.": "Superintendent",
    "const.": "Constable",
    "atty.": "Attorney",
    "asst.": "Assistant",
    "cllr": "Councillor",
    "cllr.": "Councillor",
    "coun.": "Councillor",
    # British copy drops the period: "Det Sgt", "Insp", "Supt"
    "det": "Detective",
    "sgt": "Sergeant",
    "insp": "Inspector",
    "supt": "Superintendent",
}


#: "Con" spelled out only after "Det" ("Det Con"): alone it may be a party ("Con MP").
_AFTER_DETECTIVE = {"con": "Constable", "con.": "Constable"}


def spelled_titles(role: str) -> str:
    """``role`` with abbreviated titles spelled out ("Democratic Gov." -> "Democratic Governor", "Lt. Gov." ->
    "Lieutenant Governor", "Det Con" -> "Detective Constable"); every other word as written."""
    words = role.split(" ")
    out = []
    for w in words:
        bare = w.rstrip(",")
        spelled = _SPELLED_TITLES.get(bare.lower())
        if spelled is None and out and out[-1] == "Detective":
            spelled = _AFTER_DETECTIVE.get(bare.lower())
        out.append(spelled + w[len(bare) :] if spelled else w)
    return " ".join(out)


def one_persons_role(role: str | None) -> str | None:
    """``role`` as it reads beside one person: a plural head in the singular, a lone modifier dropped, abbreviated
    titles spelled out."""
    if not role:
        return role
    role = spelled_titles(role)
    role = _after_page_furniture(role)
    if not role:
        return None
    if role.count("(") > role.count(")"):  # "High Commissioner for Refugees (UNHCR": the name ended the phrase
        role = role[: role.rindex("(")].rstrip(" ,") or None
        if not role:
            return None
    role = _before_unclosed_quote(role)
    if not role:
        return None
    words = role.split()
    if all(w.lower().strip(".,-") in _MODIFIERS_ONLY | _STANDING_ALONE for w in words):
        # "former" alone says nothing of the person; nor does "rival Donald Trump", whose rival it does not say
        return None
    padded = f" {role} "
    # "one of the candidates" is not "candidate", nor "a spokeswoman for the union representing Acme workers" one worker
    if not any(f" {w} " in padded for w in ("of", "for", "at", "representing", "with")):
        single = _singular(words[-1])
        if single:
            return " ".join([*words[:-1], single])
    return role


def reader_roles(quotes: Sequence[Quote]) -> list[Quote]:
    """Every quote's role as a reader should see it beside one speaker (see ``one_persons_role``)."""
    return [replace(q, role=one_persons_role(q.role)) if q.role else q for q in quotes]
