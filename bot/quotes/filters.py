"""The filter step: quoted text that is not someone's words.

Quotation marks also set off scare quotes ("so-called "experts""), names and
nicknames, and titles of works ("the film "Jaws""). A quote is kept when it has
an attribution, or, with none, when it reads as a full sentence or is a whole
paragraph continuing the previous speaker; everything else in marks is dropped
here, so it never reaches a reader as a quote.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from spacy.tokens import Doc, Token

from bot.quotes.lexicon import POSSESSIVE_MARKS, WORK_NOUNS, is_person_noun
from bot.quotes.locate import Located

__all__ = [
    "has_words",
    "is_a_nickname",
    "is_scare_quote",
    "names_a_label",
    "names_a_work",
    "sentence_like",
    "title_case",
    "whole_paragraph",
]

_WORDS = re.compile(r"\w+")


def has_words(text: str) -> bool:
    """Whether a quote's text holds any word at all (marks around punctuation or one letter are not a quote)."""
    return bool(_WORDS.search(text)) and len(text) >= 2


_CAPITALS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ")


def _opens_sentence(text: str, at: int) -> bool:
    """Whether the word at ``at`` opens a sentence of ``text`` after its first: a full stop and a space before it
    (not an initial: "U.S.A.", "J. Smith"). The first word is not counted out: "Meet the Press" is a title."""
    # the character before the word, past spaces and opening marks, found by walking back rather than by copying
    # the text before every word (which made a long quote's check quadratic: 120,000 characters took 30 s)
    i = at - 1
    while i >= 0 and text[i] in " \"'“‘([":
        i -= 1
    if i < 0:
        return False
    spaced = at > 0 and text[at - 1].isspace()
    # "U.S.A.", "J. Smith": a capital letter standing alone before the full stop
    initial = (
        text[i] == "."
        and i >= 1
        and text[i - 1] in _CAPITALS
        and (i < 2 or text[i - 2].isspace() or text[i - 2] == ".")
    )
    return spaced and text[i] in ".!?" and not initial


#: Short words a title leaves in lower case ("Gone with the Wind"); any other short word in lower case ("was",
#: "not") is a sentence's, which a title would capitalise.
_TITLE_SMALL_WORDS = frozenset(
    [
        *("a", "an", "the", "and", "but", "or", "nor", "for", "so", "yet", "as", "at", "by", "in", "of", "off"),
        *("on", "per", "to", "up", "via", "vs", "de", "la", "le", "du", "von", "van", "da", "di", "e", "y"),
        *("del", "dei", "il", "lo", "el", "los", "las", "des", "der", "und", "et"),  # other languages' titles
    ]
)


def _tells_case(word: str) -> bool:
    """Whether a word's case tells a title from a sentence: a long word, a capitalised one, or a short one a title
    would capitalise ("was", "not"); not a title's small word ("of", "the") nor a single letter ("Ctrl+c")."""
    return len(word) > 3 or word[0].isupper() or (len(word) > 1 and word not in _TITLE_SMALL_WORDS)


def _first_person(word: str) -> bool:
    """Whether a word is "I" ("I'm", "I’ll"), which grammar capitalises: "Neither do I." is no title."""
    return word == "I" or word[:2] in {"I'", "I’"}


def title_case(text: str) -> bool:
    """Most words capitalised: a name or a title ("Make America Great Again"), not a sentence. A word opening a
    second sentence is capitalised by grammar and says nothing ("No. Not one." is two sentences, not a title)."""
    words = [
        m.group()
        for m in re.finditer(r"[^\W\d_][\w'’-]*", text)
        if _tells_case(m.group()) and not _opens_sentence(text, m.start()) and not _first_person(m.group())
    ]
    return bool(words) and sum(w[0].isupper() for w in words) >= max(2, len(words) - 1) and len(words) <= 10


def sentence_like(text: str, *, at_paragraph_start: bool) -> bool:
    """A quote that reads as a full sentence (so is a direct quote even with no attribution)."""
    words = _WORDS.findall(text)
    if title_case(text):
        return False
    if len(words) >= 9:
        return True
    if len(words) < 4:
        return False
    first = text.lstrip(".…([ ")[:1]
    return first.isupper() or first.isdigit()


def whole_paragraph(text: str, locs: Sequence[Located]) -> bool:
    """Whether a quote is its paragraph, marks and a final stop aside (a short ""Yes."" after a speaker's quote
    is a reply, not a scare quote)."""
    first, last = locs[0].part, locs[-1].part
    if first.paragraph != last.paragraph or first.open_at is None or last.close_at is None:
        return False
    ends_sentence = text[last.start : last.end].rstrip().endswith((".", "!", "?"))  # not a label ("Related:")
    return ends_sentence and not text[: first.open_at].strip() and text[last.close_at + 1 :].strip() in {"", "."}


def is_scare_quote(text: str, paragraph: str, locs: Sequence[Located], *, at_start: bool, continues: bool) -> bool:
    """Whether an unattributed quote is a scare quote or a name in quotation marks, to be dropped.

    ``text`` is the quote's reader text, ``paragraph`` the text of its paragraph; ``continues`` says the quote
    may go on with the previous quote's speaker by the news convention (then a whole paragraph, even a short
    one, is a quote of theirs)."""
    return not sentence_like(text, at_paragraph_start=at_start) and not (
        continues and not title_case(text) and whole_paragraph(paragraph, locs)
    )


def is_a_nickname(doc: Doc, loc: Located, text: str) -> bool:
    """Whether the quoted ``text`` is a nickname set inside a name (Dorian "Ghost" Whitfield, Clarence "Sweet Pea"
    Whitlock): one to three capitalised words between a given name and a surname."""
    words = _WORDS.findall(text)
    if not 1 <= len(words) <= 3 or not all(w[:1].isupper() for w in words):
        return False
    before, after = loc.first - 1, loc.last + 1
    if before < 0 or after >= len(doc):
        return False
    # the given name's tag is often wrong beside a nickname ("Dorian" as an adjective): its capital is the sign
    given, surname = doc[before], doc[after]
    return (
        given.text[:1].isupper()
        and given.is_alpha
        and not given.is_sent_start
        and surname.text[:1].isupper()
        and surname.is_alpha
        and surname.pos_ == "PROPN"
    )


def names_a_work(doc: Doc, loc: Located, text: str) -> bool:
    """Whether the quoted ``text`` names a work ("the film "Jaws"", a book called "Fire")."""
    k = loc.first - 1
    while k >= 0 and doc[k].lower_ in {"the", "a", "an", ","}:
        k -= 1
    before = doc[k].lower_ if k >= 0 else ""
    words = [w for w in re.findall(r"[A-Za-z][\w'’-]*", text)]
    if _credited(doc, loc) and len(words) <= _CREDITED_TITLE_WORDS:
        return True  # '"Tessa Marlow is leaving the cast," by the Ledger's Ruth Oyelowo:': a headline and its writer
    content = [w for w in words if len(w) > 3 or w[0].isupper()]
    capitalised = bool(content) and sum(w[0].isupper() for w in content) >= max(1, len(content) - 0)
    if not capitalised:
        return False
    if before in WORK_NOUNS or before in {"’s", "'s"}:  # Fox News channel's "Sunday Morning Futures"
        return True
    if before == "called" and any(t.lower_ in WORK_NOUNS for t in doc[max(0, k - 4) : k]):
        return True  # a script called "Blue Harbour"
    if before == "as" and any(t.lower_ in _NAMED_AS for t in doc[max(0, k - 3) : k]):
        return True  # a processor known as "Aster", a singer billed as "the Nightingale of Pickens Ferry"
    # the "Tin Roof" star: a title before the noun it describes
    after = loc.last + 1
    return (
        loc.first >= 1
        and doc[loc.first - 1].lower_ in {"the", "a", "an"}
        and after < len(doc)
        and doc[after].is_lower
        and doc[after].lower_ in _TITLE_HOLDERS
    )


#: Verbs giving a name with "as": a capitalised name after them is a name, not anyone's words.
_NAMED_AS = frozenset(["known", "billed", "branded", "styled", "marketed", "dubbed", "nicknamed"])
#: The most words a quoted title credited to its writer ('"A," by Jane Doe') may have.
_CREDITED_TITLE_WORDS = 15


def _credited(doc: Doc, loc: Located) -> bool:
    """Whether the quote is a headline credited to its writer before what the writer wrote: '"A," by the Ledger's
    Ruth Oyelowo: "..."' (a newsletter's item); a passive's agent ('"anointed" by God') is no credit."""
    k = loc.last + 1
    while k < len(doc) and doc[k].is_punct and doc[k].text != ":":
        k += 1
    if k + 1 >= len(doc) or doc[k].lower_ != "by":
        return False
    k += 2 if doc[k + 1].lower_ == "the" else 1  # "by the Ledger's"
    start = k
    while k < len(doc) and k - start < _WRITER_WORDS and (doc[k].text[:1].isupper() or doc[k].text in POSSESSIVE_MARKS):
        k += 1
    return start < k < len(doc) and doc[k].text == ":"


#: The most words a writer's credit ("the Ledger's Ruth Oyelowo") may have before its colon.
_WRITER_WORDS = 6


#: Nouns for people known for a work, which a quoted title may describe ("the "Tin Roof" star").
_TITLE_HOLDERS = frozenset(
    ["star", "actor", "actress", "director", "author", "writer", "creator", "host", "singer", "rapper", "producer"]
)


#: Forms of verbs that give something a name ("calling the plan the "Airbnb ban"").
_NAMING_VERBS = frozenset(
    [
        "call",
        "calls",
        "calling",
        "called",
        "dub",
        "dubs",
        "dubbing",
        "dubbed",
        "nickname",
        "nicknamed",
        "term",
        "termed",
    ]
)
#: Verbs before "to" that make a naming a habit of many rather than one person's words ("have taken to calling",
#: "have come to call", "used to call").
_HABIT_VERBS = frozenset(
    ["take", "taken", "takes", "took", "come", "comes", "came", "begin", "began", "begun", "start", "started", "used"]
)
#: The most words a label in quotation marks has ("the Lake Effect", "corridor care").
_LABEL_WORDS = 5
#: The most words a code's term has ("homicide by vehicle in the first degree").
_CODE_TERM_WORDS = 10


def names_a_label(doc: Doc, loc: Located, text: str) -> bool:
    """Whether the quoted ``text`` is a label many people use, not anyone's words: "what staff have come to call
    "corridor care"", "have taken to calling the package the "Christmas tree"", "which people still refer to simply
    as "the big one"", the so-called "fast-track" bill.  One person's naming ("she
    called the plan "reckless"") is a quote and stays."""
    words = len(_WORDS.findall(text))
    if words > _CODE_TERM_WORDS:
        return False
    sent_start = doc[loc.first].sent.start if loc.first < len(doc) else 0
    window = doc[max(sent_start, loc.first - 7) : loc.first]
    k = len(window) - 1
    while k >= 0 and window[k].lower_ in {"simply", "only", "just", "affectionately", "now", "widely", "locally"}:
        k -= 1
    if k >= 0 and window[k].lower_ == "as" and words <= _LABEL_WORDS:
        # "which people in the area still refer to as "X"": the name a crowd gives a thing; "Okafor referred to Brandt
        # as "a steady, decent mayor"" is one person's words, a quote
        return any(t.lemma_.lower() == "refer" and _said_by_a_crowd(t) for t in window[:k])
    for j in range(len(window) - 1, -1, -1):
        t = window[j]
        if t.text in _QUOTE_TOKENS:
            return False  # another quote lies between: the naming is not this quote's
        if t.lower_ not in _NAMING_VERBS:
            continue
        if any(c.dep_ == "nsubj" and c.lower_ in _CODES for c in t.children):
            return True  # "what state law calls "homicide by vehicle in the first degree"": a code's term
        if words > _LABEL_WORDS:
            return False
        if t.lower_ == "called" and any(w.lower_ in {"so", "so-"} for w in window[max(0, j - 2) : j]):
            return True  # the so-called "do-minimum" option: the writer keeps their distance from a name
        # "what they call Trump's "self-centered message"" is the campaign's phrase, a quote; a habit is not
        if j >= 2 and window[j - 1].lower_ == "to" and window[j - 2].lower_ in _HABIT_VERBS:
            return True
        if j >= 1 and t.lower_ == "calling" and window[j - 1].lower_ in _HABIT_VERBS:
            return True  # "what some on Wall Street have started calling a "digestion" phase"
        # "players called the session "church"": a crowd's name for a thing, nobody's words; what a crowd calls a
        # person or a scheme ("many commentators called him "the grownup"", "what ex-staff have long called a
        # "rigged system"") is their judgement, a quote
        return _said_by_a_crowd(t) and _names_a_thing(t, loc.first)
    return False


#: Codes and rules that name things: "what the law calls ..." is a term, not anyone's words.
_CODES = frozenset(["law", "statute", "code", "rules", "regulations", "guidelines", "manual", "constitution"])


def _said_by_a_crowd(verb: Token) -> bool:
    """Whether a verb's subject is a crowd written as a plain plural noun ("people", "locals", "fans"; not
    "Sanders", which the tagger may make a plural)."""
    return any(c.dep_ == "nsubj" and c.tag_ == "NNS" and c.pos_ == "NOUN" for c in verb.children)


def _names_a_thing(verb: Token, mark: int) -> bool:
    """Whether a naming verb's object before the quote's opening ``mark`` (or the noun right before it, which the
    parser may hang elsewhere) is a thing written as a common noun with its article ("called the session"), not a
    person, a pronoun or "what"."""
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i < mark), None)
    before_quote = verb.doc[mark - 1]
    if obj is None and verb.i < before_quote.i and before_quote.pos_ == "NOUN":
        obj = before_quote
    return (
        obj is not None
        and obj.pos_ == "NOUN"
        and not is_person_noun(obj.lower_)
        and any(c.dep_ in {"det", "poss"} for c in obj.children)
    )


_QUOTE_TOKENS = frozenset(['"', "“", "”", "'", "‘", "’", "``", "''"])
