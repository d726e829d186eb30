"""Bodies a reader would name: "the company said" is Yilgarn Lithium when the story says so.

Companies, charities, clubs and ministries speak in statements, and the copy that quotes them calls them by a
common noun ("the company said", "the charity said") once it has named them.  A reader of a brief, seeing the
quote out of its story, needs the name.  Likewise "the statement said" is the statement of whoever the story
said issued it ("Tournament organisers said in a statement ...").

:func:`named_bodies` replaces such a speaker with the organisation's name where the paragraphs just before (or the
quote's own, before it) single one out: an organisation whose name has the noun ("Dundee City Council" for "the
council"), else the nearest organisation that is a sentence's subject.  Nothing is guessed where no organisation
fits; people are :mod:`resolve`'s, never this step's.

Each quote reads at most :data:`_PARAGRAPHS_BACK` paragraphs' entities, so the cost is linear in the article.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from bot.brief import Quote
from bot.quotes.lexicon import DEMONYM_NOUNS, DEMONYM_PHRASES
from bot.quotes.people import People

__all__ = ["named_bodies"]

#: Common nouns copy uses for an organisation it has named ("the company said").
BODY_NOUNS = frozenset(
    [
        "agency",
        "airline",
        "association",
        "authority",
        "bank",
        "board",
        "broadcaster",
        "carrier",
        "charity",
        "club",
        "college",
        "commission",
        "company",
        "consortium",
        "council",
        "department",
        "developer",
        "district",
        "firm",
        "foundation",
        "group",
        "hospital",
        "insurer",
        "league",
        "lender",
        "manufacturer",
        "miner",
        "ministry",
        "committee",
        "institute",
        "authority",
        "bureau",
        "operator",
        "organisation",
        "organization",
        "regulator",
        "retailer",
        "school",
        "trust",
        "union",
        "university",
        "utility",
        # arts and entertainment: "the label said", "the streamer said in a statement"
        *("label", "publisher", "studio", "network", "streamer", "festival", "band", "orchestra", "museum", "gallery"),
        # businesses and places a feature names: "the restaurant posted", "the hotel wrote", "the cooperative said"
        *("restaurant", "cafe", "café", "pub", "hotel", "bakery", "brewery", "winery", "mill", "cooperative"),
        *("society", "clinic", "library", "theatre", "theater", "team"),
        # "Mid Wales Police said ... the force said", "The Comets ... the franchise said"
        *("force", "constabulary", "franchise"),
        # "The Kogiri State Fire Service said ... the service said"
        "service",
    ]
)
#: Nouns for what a body or person issues, which copy makes the speaker ("the statement said", "the post said").
_ISSUED = frozenset(
    [
        *("statement", "release", "post", "memo", "letter", "email", "e-mail", "tweet", "message", "filing", "notice"),
        *("warning", "report", "advisory", "bulletin", "communique"),  # "The Bureau ... said in a warning"
    ]
)
#: Nouns for a business, which "the company said" may call the company a story opens on.
_COMPANY_NOUNS = frozenset(
    [
        *("company", "firm", "start-up", "startup", "miner", "developer", "retailer", "manufacturer", "lender"),
        *("insurer", "airline", "carrier", "operator", "utility", "broadcaster"),
    ]
)
#: The last words of a business's registered name ("Trivana Logistics Pvt Ltd"): "the company" near it is it.
_INCORPORATED = frozenset(["ltd", "limited", "inc", "corp", "corporation", "plc", "llc", "llp", "gmbh", "ag", "pty"])
#: How many paragraphs before the quote's are read.
_PARAGRAPHS_BACK = 3
#: How many organisations (or statements) before a quote, nearest first, are read in each paragraph.
_READ = 20
#: How many paragraphs before a "police said" are read for the force's name (bounded: a page of thousands of
#: paragraphs and "police said" stays linear).
_POLICE_PARAGRAPHS_BACK = 30
#: The opening paragraphs, where a story names the company it is about.
_LEDE = 2
#: "the company", "the mining company", "the Perth-based miner": a body's noun with at most two words before it.
_DESCRIPTION = re.compile(r"[Tt]he ((?:[a-z][\w-]* ){0,2})([a-z]+)")
_SUBJECTS = frozenset(["nsubj", "nsubjpass"])
#: Verbs whose subject speaks for a body ("Acme said", "the union issued a statement").
_SPEECH = frozenset(["say", "issue", "release", "announce", "add", "tell", "confirm", "write", "comment", "provide"])


def named_bodies(
    quotes: Sequence[Quote],
    *,
    docs: Sequence[Doc],
    people: People,
    in_quote: Sequence[set[int]],
    offsets: Sequence[int],
) -> list[Quote]:
    """``quotes`` with "the company" and "the statement" as speakers replaced by the organisation or issuer the
    story names just before; every other quote unchanged."""
    bodies = _Bodies(docs, people, in_quote)
    out = []
    for q in quotes:
        speaker = (q.speaker or "").strip()
        match = _DESCRIPTION.fullmatch(speaker)
        if match and q.parts:
            p, at = _position(offsets, q.parts[0].start)
            noun = match.group(2)
            name = None
            if noun in BODY_NOUNS:
                name = _body_before(bodies, p, at, noun, described=bool(match.group(1)))
            elif noun in _ISSUED and not match.group(1):
                name = _issuer_before(bodies, p, at, earlier=out, offsets=offsets)
            if name:
                q = replace(q, speaker=name)
        if _POLICE.fullmatch(speaker) and q.parts:
            # "Police said in a statement": the police force the story named ("the Alton Springs Police Department")
            p, at = _position(offsets, q.parts[0].start)
            name = _police_before(bodies, p, at)
            if name:
                q = replace(q, speaker=name)
        spelled = bodies.spelled_out((q.speaker or "").strip())
        if spelled is not None:
            q = replace(q, speaker=spelled)  # "The NPHL said": the Northern Professional Hockey League (NPHL)
        out.append(q)
    return out


def _initials_of_names(docs: Sequence[Doc]) -> dict[str, str | None]:
    """Each organisation name's initials -> the name (None where two names share them), over the whole article."""
    found: dict[str, str | None] = {}
    for doc in docs:
        for ent in doc.ents:
            words = [t for t in ent if t.lower_ not in _LINKING_WORDS and not t.is_punct]
            if ent.label_ != "ORG" or len(words) < 2 or not all(t.text[:1].isupper() for t in words):
                continue
            initials = "".join(t.text[0] for t in words)
            name = _name_of(ent)
            found[initials] = name if found.get(initials, name) == name else None
    return found


#: Police as a speaker with no name ("Police said", "the police said").
_POLICE = re.compile(r"(?:[Tt]he )?[Pp]olice")
#: A speaker written as an acronym, with or without "the" ("The NPHL", "DMC").
_ACRONYM = re.compile(r"(?:[Tt]he )?([A-Z]{2,6})")
#: Words an organisation's initials leave out ("Department of Health and Social Care" is the DHSC).
_LINKING_WORDS = frozenset(["of", "the", "and", "for", "&", "on", "in", "to"])


def _position(offsets: Sequence[int], char: int) -> tuple[int, int]:
    """(paragraph, character within it) of ``char`` in the article text."""
    p = max(0, bisect.bisect_right(offsets, char) - 1)
    return p, char - offsets[p]


class _Bodies:
    """The organisations each paragraph names outside quotes, read once per paragraph on demand."""

    def __init__(self, docs: Sequence[Doc], people: People, in_quote: Sequence[set[int]]) -> None:
        self.docs, self.people, self.in_quote = docs, people, in_quote
        self._found: dict[int, list[Span]] = {}
        self._ends: dict[int, list[int]] = {}
        self._statements: dict[int, list[Token]] = {}
        self._statement_ends: dict[int, list[int]] = {}
        self._initials: dict[str, str | None] | None = None

    def of(self, p: int, *, before: int | None = None) -> list[Span]:
        """Paragraph ``p``'s organisations, in order, those ending before character ``before`` where given: the
        last :data:`_READ` of them, so a paragraph naming thousands costs each quote no more than a few."""
        if p not in self._found:
            self._found[p] = self._read(p)
            self._ends[p] = [span.end_char for span in self._found[p]]
        found = self._found[p]
        stop = len(found) if before is None else bisect.bisect_right(self._ends[p], before)
        return found[max(0, stop - _READ) : stop]

    def spelled_out(self, speaker: str) -> str | None:
        """The organisation's name an acronym speaker stands for, with the acronym ("NPHL" -> "Northern
        Professional Hockey League (NPHL)"): the one organisation the article names in full whose initials it is
        (articles and linking words aside); None when there is none or several.  The initials are read once."""
        match = _ACRONYM.fullmatch(speaker)
        if match is None:
            return None
        if self._initials is None:
            self._initials = _initials_of_names(self.docs)
        name = self._initials.get(match.group(1))
        # both, as copy writes them first: the name for a reader who does not know it, the letters for one who does
        return f"{name} ({match.group(1)})" if name else None

    def statements(self, p: int, *, before: int | None = None) -> list[Token]:
        """The last :data:`_READ` words for a statement in paragraph ``p`` outside quotes (before character
        ``before`` where given), read once per paragraph."""
        if p not in self._statements:
            doc = self.docs[p]
            self._statements[p] = [t for t in doc if t.lower_ in _ISSUED and t.i not in self.in_quote[p]]
            self._statement_ends[p] = [t.idx + len(t) for t in self._statements[p]]
        found = self._statements[p]
        stop = len(found) if before is None else bisect.bisect_right(self._statement_ends[p], before)
        return found[max(0, stop - _READ) : stop]

    def _read(self, p: int) -> list[Span]:
        # the recogniser's, and the capitalised subjects of speech verbs it did not call a person or place
        # ("Yilgarn said it would ..."); never a name the article gives a person
        doc, in_quote = self.docs[p], self.in_quote[p]
        dateline = self.people.datelines[p]  # "SEOUL (Wire) —", which the recogniser may tag an organisation
        found = [
            _whole_name(e)
            for e in doc.ents
            if (e.label_ == "ORG" or _an_institution_taken_for_a_place(e))
            and e.start not in in_quote
            and e.start >= dateline
        ]
        found = [span for span in found if not self._a_person(p, span[-1])]  # not "Trayvon Martin" Foundation
        found = [span for span in found if not _a_demonym(span)]  # "the Kiwi", "The New Zealander": people
        taken = {t.i for span in found for t in span}
        for tok in doc:
            if (
                tok.dep_ in _SUBJECTS
                and tok.pos_ == "PROPN"
                and tok.i not in taken
                and tok.i not in in_quote
                and tok.i >= dateline
                and tok.ent_type_ not in {"PERSON", "GPE", "NORP", "DATE"}
                and tok.lower_ not in DEMONYM_NOUNS  # "the Kiwi said": a person from somewhere, no body
                and tok.head.lemma_.lower() in _SPEECH
                and not self._a_person(p, tok)
            ):
                left = min([tok.i] + [c.i for c in tok.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"])
                found.append(doc[left : tok.i + 1])
        return sorted(found, key=lambda span: span.start)

    def _a_person(self, p: int, tok: Token) -> bool:
        """Whether a word is a person's name: the recogniser's person, a name the article gives a role or gender
        ("Defence Minister Gen Nakatani"), or the surname of one.  A company that speaks ("Halvard Robotics said")
        is in the registry of people too, with neither."""
        if tok.ent_type_ == "PERSON":
            return True
        m = self.people.mention_at(p, tok.i)
        if m is not None:
            _, role, gender = self.people.person(m.tokens, m.position)
            return gender is not None or (role is not None and not _a_bodys_description(role))
        return tok.pos_ == "PROPN" and self.people.has_last_name(tok.text)


#: Where a description's head noun ends: "the umbrella organisation| of the supporters", "a charity|, which ...".
_HEAD_ENDS = re.compile(r"\s(?:of|for|in|at|on|that|which|who|with)\s|[,;(]")


def _a_bodys_description(role: str) -> bool:
    """Whether what the article sets beside a name describes a body, not a person's role: its head noun is a
    body's ("the umbrella organisation of the club's supporters"; not "head of the union")."""
    words = _HEAD_ENDS.split(role, maxsplit=1)[0].split()
    return bool(words) and words[-1].lower() in BODY_NOUNS


def _an_institution_taken_for_a_place(ent: Span) -> bool:
    """Whether a name the recogniser tagged a place is an institution's ("the Coal Ridge Area School District",
    "Harrow Valley Water Board"): a place name followed by the capitalised noun of a body that speaks."""
    words = [t for t in ent if t.lower_ != "the"]
    last = words[-1] if words else None
    return (
        ent.label_ in {"GPE", "LOC", "FAC"}
        and len(words) >= 2
        and last is not None
        and last.text[:1].isupper()
        and last.lower_ in _INSTITUTION_ENDINGS
    )


#: The last words of institutions' names the recogniser may tag as places.
_INSTITUTION_ENDINGS = frozenset(
    [
        *("district", "council", "board", "authority", "commission", "university", "college", "hospital"),
        *("school", "trust", "department", "agency", "institute", "foundation", "association", "committee"),
    ]
)


def _a_demonym(span: Span) -> bool:
    """Whether a name the recogniser took for an organisation is where someone is from ("the Kiwi")."""
    words = [t.lower_ for t in span if t.lower_ != "the"]
    return " ".join(words) in DEMONYM_PHRASES or (len(words) == 1 and words[0] in DEMONYM_NOUNS)


def _body_before(bodies: _Bodies, p: int, at: int, noun: str, *, described: bool = False) -> str | None:
    """The organisation "the <noun>" stands for: the nearest one before (paragraph ``p``, character ``at``) whose
    name has the noun, else the nearest one that is a speech verb's subject, in the paragraphs just before;
    failing those, the one organisation the story's opening paragraphs make one (the story's company).  A
    ``described`` noun ("the regional ambulance service") is only a body whose name has it: another body that
    spoke just before ("the health ministry") is not one it describes."""
    subject: str | None = None
    incorporated: str | None = None
    for q in range(p, max(-1, p - _PARAGRAPHS_BACK - 1), -1):
        for body in reversed(bodies.of(q, before=at if q == p else None)):
            if noun in {t.lower_ for t in body} or _described_as(body, noun):
                return _name_of(body)
            if subject is None and not described and _is_subject(body):
                subject = _name_of(body)
            if incorporated is None and noun in _COMPANY_NOUNS and body[-1].lower_.rstrip(".") in _INCORPORATED:
                incorporated = _name_of(body)
    if subject is not None or incorporated is not None:
        return subject or incorporated
    if p > _PARAGRAPHS_BACK:
        opening = [b for q in range(min(_LEDE, p)) for b in bodies.of(q)]
        # "the district said" far down a story whose lede named "Brazos Hollow Independent School District"; else the
        # one organisation the lede makes speak
        for fits in (lambda b: noun in {t.lower_ for t in b}, _is_subject)[: 1 if described else 2]:
            named = {_name_of(b) for b in opening if fits(b)}
            if len(named) == 1:
                return named.pop()
    if noun in _COMPANY_NOUNS:
        # "Corvane Systems, an Austin-based start-up, has closed a round": the business the story opens on, the
        # first organisation its opening paragraphs make a sentence's subject, whatever the verb
        return next((_name_of(b) for q in range(min(_LEDE, p + 1)) for b in bodies.of(q) if _opens_a_sentence(b)), None)
    return None


def _police_before(bodies: _Bodies, p: int, at: int) -> str | None:
    """The one police force named in the :data:`_POLICE_PARAGRAPHS_BACK` paragraphs up to (paragraph ``p``,
    character ``at``): a story names the force once, often in an officer's role ("a spokesman for the Alton
    Springs Police Department"), and says "police" after; None for none or two."""
    named = {
        _name_of(body)
        for q in range(p, max(-1, p - _POLICE_PARAGRAPHS_BACK - 1), -1)
        for body in bodies.of(q, before=at if q == p else None)
        if "police" in {t.lower_ for t in body}
    }
    return named.pop() if len(named) == 1 else None


def _described_as(body: Span, noun: str) -> bool:
    """Whether the article sets ``noun`` beside the body's name ("Horizon Care Staffing, a Nairobi recruitment
    agency, ..."), or gives the name as what a ``noun`` calls itself ("A group calling itself BlackWattle", "a
    militia known as the Red Hand"): "the agency", "the group" after it is that body."""
    if any(c.dep_ == "appos" and c.lower_ == noun for c in body.root.children):
        return True
    naming = body.root.head.head if body.root.dep_ == "pobj" and body.root.head.lower_ == "as" else body.root.head
    return (
        body.root.dep_ in {"oprd", "dobj", "pobj"}
        and naming.dep_ == "acl"
        and naming.lemma_.lower() in _NAMING_VERBS
        and naming.head.lower_ == noun
    )


#: Verbs that give a body's name after a common noun ("a group calling itself ...", "a charity named ...").
_NAMING_VERBS = frozenset(["call", "name", "know", "dub"])


def _opens_a_sentence(ent: Span) -> bool:
    """Whether an organisation's name is the subject of its sentence's main verb, or opens the sentence as a verb's
    subject ("Corvane Systems, an Austin-based start-up, has closed a round ..., the company said")."""
    root, start = ent.root, ent.sent.start
    opens = ent.start == start or (ent.start == start + 1 and ent.doc[start].lower_ == "the")
    return root.dep_ in _SUBJECTS and (opens or root.head.i == root.sent.root.i)


def _whole_name(ent: Span) -> Span:
    """An organisation's name run on over capitalised words the recogniser left out ("Friends of St Bede's"
    + "Hospice")."""
    doc, end = ent.doc, ent.end
    while end < len(doc) and end - ent.end < 3 and doc[end].pos_ == "PROPN" and doc[end].text[:1].isupper():
        end += 1
    return doc[ent.start : end]


def _issuer_before(
    bodies: _Bodies, p: int, at: int, *, earlier: Sequence[Quote] = (), offsets: Sequence[int] = ()
) -> str | None:
    """Who issued the statement "the statement" refers to: the subject of the verb of the nearest sentence before
    that mentions a statement ("Tournament organisers said in a statement ..."), in this paragraph or the one
    before; where that sentence quotes the statement already, its quote's speaker, resolved ("In a post on X, the
    Democrat wrote that ... "A." / "B," the post said": the Democrat is Helen Marquez)."""
    for q in range(p, max(-1, p - 2), -1):
        in_quote = bodies.in_quote[q]
        for statement in reversed(bodies.statements(q, before=at if q == p else None)):
            sender = _sender_named(bodies, q, statement)
            if sender is not None:
                return sender  # "read a letter from the couple's son, Daniel Pellegrino": his, whoever reads it
            verb = _governing_verb(statement)
            if verb is None:
                continue
            quoted = _speaker_quoted_in(statement.sent, q, earlier, offsets)
            if quoted is not None:
                return quoted
            who = next((c for c in verb.children if c.dep_ in _SUBJECTS), None)
            if who is not None and who.lower_ in {"which", "who", "that"} and verb.dep_ == "relcl":
                who = verb.head  # "Aldwick Aggregates, which said in a statement"
            if who is None or who.i in in_quote:
                return None
            described = _DESCRIPTION.fullmatch(who.doc[who.left_edge.i : who.i + 1].text)
            if described and described.group(2) in BODY_NOUNS:
                # "In a regulatory filing, the company said": the company the story named
                return _body_before(bodies, q, who.idx, described.group(2))
            phrase = (
                who.doc[who.left_edge.i : who.i + 1] if who.i - who.left_edge.i <= 4 else who.doc[who.i : who.i + 1]
            )
            # a name, or a bare plural ("Tournament organisers"); "the business mogul" is for resolve to name
            if who.pos_ == "PROPN" or (who.pos_ == "NOUN" and phrase[0].lower_ not in {"the", "a", "an", "this"}):
                return phrase.text
            return None
    return None


def _sender_named(bodies: _Bodies, p: int, statement: Token) -> str | None:
    """The person or body a statement says it is from ("a letter from Daniel Pellegrino", "a message from the
    couple's son, Daniel Pellegrino", "an email from Acme Corp"), by name; None when it names none."""
    source = next((c for c in statement.children if c.dep_ == "prep" and c.lower_ == "from"), None)
    sender = next((c for c in source.children if c.dep_ == "pobj"), None) if source is not None else None
    if sender is None:
        return None
    named = [sender, *(c for c in sender.children if c.dep_ == "appos")]
    for tok in named:
        m = bodies.people.mention_at(p, tok.i)
        if m is not None:
            return bodies.people.person(m.tokens, m.position)[0]
    if sender.ent_type_ == "ORG":
        return _name_of(_whole_name(next(e for e in sender.doc.ents if e.start <= sender.i < e.end)))
    return None


def _speaker_quoted_in(sent: Span, p: int, earlier: Sequence[Quote], offsets: Sequence[int]) -> str | None:
    """The speaker of the last of the (nearest) earlier quotes that opens inside sentence ``sent`` of paragraph
    ``p``, when it is a name."""
    if not offsets:
        return None
    start, end = offsets[p] + sent.start_char, offsets[p] + sent.end_char
    for quote in reversed(earlier[-_READ:]):
        at = quote.parts[0].start if quote.parts else -1
        if start <= at < end:
            speaker = quote.speaker or ""
            return speaker if speaker[:1].isupper() else None
        if at < start:
            return None
    return None


def _governing_verb(tok: Token) -> Token | None:
    """The verb a statement is the issuer's through: "issued a statement", "said in a statement" (not "The Times
    said Cook provided a statement", where the statement is Cook's)."""
    head = tok.head
    if head.pos_ == "ADP" and head.lower_ in {"in", "through"}:
        head = head.head
    return head if head.pos_ == "VERB" and head.lemma_.lower() in _SPEECH else None


def _is_subject(ent: Span) -> bool:
    """Whether an organisation's name is the subject of a speech verb, or its subject's possessor ("Acme's board
    said")."""
    root, doc = ent.root, ent.doc
    if root.dep_ in {"poss", "appos"} and root.head.dep_ in _SUBJECTS:
        root = root.head  # "Acme's board said"; "The group's label, Foxglove Records, said"
    # "..., Friends of St Bede's Hospice said": a name right before a speech verb, however the parser hung it
    before_verb = ent.end < len(doc) and doc[ent.end].pos_ == "VERB" and doc[ent.end].lemma_.lower() in _SPEECH
    # the subject of a speech verb; "the Sun-Times reported" is an outlet reporting, no body speaking
    return (root.dep_ in _SUBJECTS and _speaks(root.head)) or before_verb


def _speaks(verb: Token) -> bool:
    """Whether a verb's subject speaks: a speech verb ("Acme said"), or any verb done in a statement ("The
    supporters' group rejected the plan in a statement")."""
    if verb.lemma_.lower() in _SPEECH:
        return True
    # the parser may hang "in a statement" on the verb's object ("rejected the plan in a statement")
    heads = [verb, *(c for c in verb.children if c.dep_ == "dobj")]
    return any(
        c.dep_ == "prep" and c.lower_ in {"in", "through"} and any(o.lower_ in _ISSUED for o in c.children)
        for head in heads
        for c in head.children
    )


def _name_of(ent: Span) -> str:
    """An organisation's name as written, without a leading "the" or a trailing possessive."""
    toks = list(ent)
    if toks and toks[-1].text in {"'s", "’s", "'", "’"}:
        toks = toks[:-1]
    if toks and toks[0].lower_ == "the":
        toks = toks[1:]
    return ent.doc[toks[0].i : toks[-1].i + 1].text if toks else ent.text
