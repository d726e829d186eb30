"""Find quoted spans in paragraph text: which quotation marks open and close what.

Works on plain paragraph strings (no parsing), so it is fast and its offsets are
exact: every part it returns is a slice of its paragraph, which is what keeps
quotes verbatim.  Apostrophes (don't, the '90s, O'Brien, Sanders') are told apart
from single quotation marks by what surrounds them, and marks nested inside a
double-quoted span (the 'Russia card' inside a quote) belong to that span.
"""

from __future__ import annotations

import bisect
import itertools
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field

__all__ = ["DOUBLE_MARKS", "Part", "RawQuote", "find_quotes"]

DOUBLE_OPEN = "“„«‟〝"
DOUBLE_CLOSE = "”»〞"
DOUBLE_AMBIG = '"＂'
SINGLE_OPEN = "‘‚‹"
SINGLE_CLOSE = "’›"
SINGLE_AMBIG = "'"
DOUBLE_MARKS = DOUBLE_OPEN + DOUBLE_CLOSE + DOUBLE_AMBIG
ALL_MARKS = DOUBLE_MARKS + SINGLE_OPEN + SINGLE_CLOSE + SINGLE_AMBIG
_OPEN_CONTEXT = "([{—–-/:;,"  # characters after which a mark opens rather than closes
_ELISIONS = ("em", "n ", "til", "cause", "tis", "twas", "bout", "round")


@dataclass(frozen=True)
class Part:
    """One stretch of quoted text: ``paragraph`` index and ``[start, end)`` offsets of the text inside the marks."""

    paragraph: int
    start: int
    end: int
    #: offset of the opening mark (None when the part starts without one, as a quote continues)
    open_at: int | None
    #: offset of the closing mark (None when the paragraph ends first)
    close_at: int | None


@dataclass
class RawQuote:
    """A quoted span as marks delimit it; a quote running over paragraphs has several parts."""

    parts: list[Part] = field(default_factory=list)
    double: bool = True


def _is_space(ch: str) -> bool:
    return ch == "" or ch.isspace()


def _flank(text: str, i: int) -> tuple[bool, bool]:
    """(can open, can close) for the mark at ``i`` from its neighbours."""
    prev = text[i - 1] if i > 0 else ""
    nxt = text[i + 1] if i + 1 < len(text) else ""
    can_open = (_is_space(prev) or prev in _OPEN_CONTEXT or prev in ALL_MARKS) and not _is_space(nxt)
    can_close = not _is_space(prev) and (_is_space(nxt) or not nxt.isalnum())
    return can_open, can_close


def _is_apostrophe(text: str, i: int) -> bool:
    """Whether the single mark at ``i`` is an apostrophe rather than a quotation mark."""
    prev = text[i - 1] if i > 0 else ""
    nxt = text[i + 1] if i + 1 < len(text) else ""
    if prev.isalnum() and nxt.isalnum():  # don't, O'Brien, Sanders's
        return True
    rest = text[i + 1 : i + 6].lower()
    if rest[:2].isdigit() and not rest[2:3].isdigit():  # the '90s, class of '16
        return True
    if (_is_space(prev) or prev in _OPEN_CONTEXT) and any(rest.startswith(e) for e in _ELISIONS):
        after = rest[len(next(e for e in _ELISIONS if rest.startswith(e))) :][:1]
        return not after.isalpha()  # 'em, 'til (but not 'emergency')
    return False


#: A word after "s'" that shows the mark closes a quote rather than marking a plural possessive.
_FUNCTION_WORD_AFTER = re.compile(
    r" (?:on|in|at|to|for|and|or|but|with|from|by|as|is|was|are|were|that|which|of|over|about|after|before|when"
    r"|if|because|than|into|while|since|until|during|despite|although|though|unless|against|without|through"
    r"|throughout|across|amid|among|between|within|toward|towards|upon|this|these|those|ago)\b"
)


def _single_closes(text: str, lo: int, hi: int) -> list[int]:
    """Offsets in ``text[lo:hi]`` of the single marks that can close a quote, in order."""
    closes = []
    for j in range(lo, hi):
        cj = text[j]
        if cj not in SINGLE_CLOSE and cj not in SINGLE_AMBIG:
            continue
        if cj == "'" and "''" in text[j - 1 : j + 2]:
            continue
        _, can_close = _flank(text, j)
        if can_close and not _is_apostrophe(text, j):
            # "Sanders' campaign": a possessive s' followed by a lower-case word is not a close, unless that word
            # is one no possessive comes before ("faces 'difficult choices' on spending")
            nxt = text[j + 1 : j + 3]
            possessive = text[j - 1] == "s" and nxt[:1] == " " and nxt[1:2].islower() and j + 1 < hi
            if not possessive or _FUNCTION_WORD_AFTER.match(text, j + 1):
                closes.append(j)
    return closes


def _single_spans(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """Single-quoted spans ``(open, close)`` in ``text[lo:hi]`` that are not apostrophes.

    Each opening mark pairs with the first closing mark after it on the same line.  The closing marks and line
    ends are listed once and found by bisection: a paragraph of thousands of unclosed marks ('a 'b 'c ...)
    made scanning ahead from each one quadratic.
    """
    closes = _single_closes(text, lo, hi)
    newlines = [j for j in range(lo, hi) if text[j] == "\n"]
    spans: list[tuple[int, int]] = []
    i = lo
    while i < hi:
        ch = text[i]
        if ch == "'" and (text[i + 1 : i + 2] == "'" or text[i - 1 : i] == "'"):
            # two apostrophes ('') are a typewriter/archive stand-in, not one of the quotation marks we read
            i += 2
            continue
        if ch in SINGLE_OPEN or ch in SINGLE_AMBIG:
            can_open, _ = _flank(text, i)
            if can_open and not _is_apostrophe(text, i):
                k = bisect.bisect_right(closes, i)
                close = closes[k] if k < len(closes) else None
                line = bisect.bisect_right(newlines, i)
                if close is not None and line < len(newlines) and newlines[line] < close:
                    close = None  # the line ends first
                if close is not None and close > i + 1:
                    spans.append((i, close))
                    i = close + 1
                    continue
        i += 1
    return spans


def _dangling_single(text: str, lo: int) -> int | None:
    """The offset of an opening curly single mark in ``text[lo:]`` that no mark closes before the paragraph ends
    (the last one that can open a quote), or None: with the next paragraph opening on one, a quote running on, as
    in British style (a typewriter mark is left alone: archives write ``'' for double quotes)."""
    closes = _single_closes(text, lo, len(text))
    for i in range(len(text) - 1, lo - 1, -1):
        if text[i] == "\n" or (closes and i <= closes[-1]):
            return None
        if text[i] == "‘" and _flank(text, i)[0] and not _is_apostrophe(text, i):
            return i if i + 1 < len(text) else None
        if text[i] == "'" and (_opens_after_colon(text, i) or _opens_after_a_sentence(text, i)):
            # "The letter warns Mr Fenwick: 'If we ...", "'A,' she wrote. 'She taught ..." (straight marks, as some
            # British papers print)
            return i
    return None


def _opens_running_on(paragraph: str) -> bool:
    """Whether a paragraph opens on a single mark that goes on a quote from the paragraph before: a curly one, or a
    straight one before a capital."""
    lead = paragraph.lstrip()
    return lead[:1] == "‘" or (lead[:1] == "'" and lead[1:2].isupper())


def _opens_after_a_sentence(text: str, i: int) -> bool:
    """Whether the straight mark at ``i`` opens a sentence after one ended ("... she wrote. 'She taught"), before a
    capital; a typewriter's ``'' has no space before its second mark."""
    return i >= 2 and text[i - 1] == " " and text[i - 2] in ".?!" and text[i + 1 : i + 2].isupper()


def _opens_after_colon(text: str, i: int) -> bool:
    """Whether the straight mark at ``i`` opens a sentence right after a colon or at the paragraph's start, before a
    capital: the one way a typewriter mark opens a quote running on that no archive's ``'' could be."""
    k = i - 1
    while k >= 0 and i - k <= 3 and text[k] == " ":
        k -= 1
    return (k < 0 or text[k] == ":") and text[i + 1 : i + 2].isupper()


#: A transcript's turn: a quoted paragraph opening on a label in capitals ("PENCE: Well, look, ..."), as papers print
#: debate and interview transcripts.  The label says whose turn it is; it is not anyone's words.
_TURN_LABEL = re.compile(r"(?:[A-Z][A-Z.'’-]*[A-Z.] ){0,3}[A-Z][A-Z'’-]*[A-Z]:[ \t]+(?=\S)")
#: Labels in capitals that open a turn but name no speaker ("VIDEO: ..." plays a clip, "UPDATE: ..." is the paper's).
_NOT_A_SPEAKER = frozenset(
    {"UPDATE", "UPDATED", "WATCH", "READ", "READ MORE", "BREAKING", "NOTE", "EDITOR'S NOTE", "EDITOR’S NOTE"}
    | {"CORRECTION", "RELATED", "VIDEO", "AUDIO", "PHOTOS", "EXCLUSIVE", "LIVE", "ALERT", "CLARIFICATION"}
    | {"DISCLOSURE", "UNIDENTIFIED", "UNIDENTIFIED MALE", "UNIDENTIFIED FEMALE", "CROSSTALK"}
)
#: A transcript's stage direction, alone in its quoted paragraph: "(CROSSTALK.)", "(APPLAUSE)".
_STAGE_DIRECTION = re.compile(r"[\"“]?\s*\([A-Z][A-Z ,'’-]*\.?\)\.?\s*[\"”]?")


def turn_label_end(text: str, at: int) -> int | None:
    """Where the words start when the double mark at ``at`` opens a transcript's turn ("PENCE: ..."), else None."""
    if text[at : at + 1] not in DOUBLE_MARKS:
        return None
    m = _TURN_LABEL.match(text, at + 1)
    return m.end() if m is not None else None


def speaker_label(text: str, at: int) -> str | None:
    """The label of the turn the double mark at ``at`` opens ("PENCE", "SEN. WARREN") when it names a speaker."""
    end = turn_label_end(text, at)
    label = text[at + 1 : end].strip().rstrip(":") if end is not None else None
    return label if label and label not in _NOT_A_SPEAKER else None


#: An attribute value in markup left in the text (``<tweet author="x">``): its marks quote no one.
_MARKUP_VALUE = re.compile(r'=\s?"[^"\n]{0,200}"')


def _double_events(text: str) -> list[tuple[int, str]]:
    """Double marks in ``text`` as (offset, 'open'|'close'|'either'), leaving out those of markup attributes."""
    out: list[tuple[int, str]] = []
    markup = {i for m in _MARKUP_VALUE.finditer(text) for i in (m.start() + m.group().index('"'), m.end() - 1)}
    for i, ch in enumerate(text):
        if i in markup:
            continue
        if ch in "’'" and text[i + 1 : i + 2] == ch and text[i - 1 : i] != ch and out and out[-1][1] == "open":
            # “We never saw it coming,’’ (a wire feed's two single marks closing a curly double one)
            out.append((i, "close"))
            continue
        if ch in DOUBLE_OPEN:
            kind = "open"
            if ch in "«" and i > 0 and text[i - 1] == "»":
                kind = "either"
        elif ch in DOUBLE_CLOSE:
            kind = "close"
        elif ch in DOUBLE_AMBIG:
            can_open, can_close = _flank(text, i)
            kind = "open" if can_open and not can_close else "close" if can_close and not can_open else "either"
        else:
            continue
        out.append((i, kind))
    return out


def _only_blanks_before(text: str, at: int) -> bool:
    """Whether only blanks and invisible direction marks stand before offset ``at`` (the mark opens the paragraph).

    Stops at the first visible character, so a paragraph of thousands of stray closing marks costs no more than
    one look each."""
    return all(ch.isspace() or unicodedata.category(ch) == "Cf" for ch in itertools.islice(text, at))


def _opens_as_typo(text: str, events: Sequence[tuple[int, str]], k: int) -> bool:
    """Whether the closing mark ``events[k]`` is a mistyped opening one: opening the paragraph, or right after the
    comma or colon of an attribution (He says,” there are ...”), with a closing mark ending the paragraph's next
    quoted stretch."""
    at = events[k][0]
    if k + 1 >= len(events):
        return False
    # ”… and by then, frankly, the vote was already lost,” wrote a weekly.
    if not ((at > 0 and text[at - 1] in ",:") or _only_blanks_before(text, at)):
        return False
    nxt_at, nxt_kind = events[k + 1]
    return nxt_kind == "close" and nxt_at > at + 2 and _flank(text, nxt_at)[1] and not text[at + 1 : nxt_at].isspace()


def _without_wrapping_marks(text: str, events: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """``events`` less a pair of straight marks a scraper wrapped the whole paragraph in, around curly quotes of its
    own: `"“A,” Rubio said before adding that ..."` holds the quote A, not the paragraph."""
    first = events[0][0] if events else 0
    if (
        len(events) >= 3
        and _only_blanks_before(text, first)
        and _lone_straight_opening(text, events)
        and turn_label_end(text, first) is None  # "PENCE: ... “Shark Tank.” ...": a turn's mark opens the turn
    ):
        # `"The mayor strode in, chanting “Go Lakers!”`: a scraper's stray mark before curly quotes of its own
        return events[1:]
    if len(events) < 4:
        return events
    (first, _), (last, _) = events[0], events[-1]
    if (
        text[first] in DOUBLE_AMBIG
        and text[last] in DOUBLE_AMBIG
        and first + 1 < len(text)
        and text[first + 1] in DOUBLE_OPEN
        and not text[:first].strip()
        and not text[last + 1 :].strip()
    ):
        return events[1:-1]
    return events


def _lone_straight_opening(text: str, events: Sequence[tuple[int, str]]) -> bool:
    """Whether the paragraph's first mark is its only straight double one and the next is a curly opening one, so
    nothing closes it (`"We lost,” Ann Lee said` is a typo for an opening mark, and keeps it)."""
    first = events[0][0]
    return (
        text[first] == '"'
        and first + 1 < len(text)
        and text[first + 1] not in DOUBLE_OPEN
        and text[events[1][0]] in DOUBLE_OPEN
        and sum(1 for at, _ in events if text[at] == '"') == 1
    )


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _not_nested_in_singles(text: str, doubles: list[tuple[int, int | None]]) -> list[tuple[int, int | None]]:
    """The double-quoted spans that are quotes, not speech reported inside a single-quoted one: in British style a
    quote opens with a curly single mark and nests double ones (‘Then he said, “Well.” And I went out.’), so a
    double-quoted span wholly inside a span opened by ‘ belongs to it."""
    if ("‘" not in text and "'" not in text) or not any(c is not None for _, c in doubles):
        return doubles
    outer = [(o, c) for o, c in _single_spans(text, 0, len(text)) if text[o] == "‘" or _opens_a_sentence(text, o)]
    lead = len(text) - len(text.lstrip())
    if _opens_running_on(text) and not _is_apostrophe(text, lead) and not any(o == lead for o, _ in outer):
        # "'Each time ... Even the municipality's own "Water Plan" says ...": a quote the paragraph opens and leaves
        # open to run on holds the double-quoted words in it too
        outer.insert(0, (lead, len(text)))
    if not outer:
        return doubles
    opens = [o for o, _ in outer]

    def nested(o: int, c: int | None) -> bool:
        k = bisect.bisect_left(opens, o) - 1  # the last single span opening before this double one
        return c is not None and k >= 0 and c < outer[k][1]

    return [(o, c) for o, c in doubles if not nested(o, c)]


def _opens_a_sentence(text: str, at: int) -> bool:
    """Whether the straight mark at ``at`` opens a quoted sentence (at the paragraph's start or after a space, before
    a capital), as British papers printing straight marks open a quote ('I made eleven bowls. ...')."""
    return text[at] == "'" and (at == 0 or text[at - 1].isspace()) and text[at + 1 : at + 2].isupper()


def find_quotes(paragraphs: Sequence[str]) -> list[RawQuote]:
    """Every quoted span in the paragraphs, in order, joining a quote that runs on into the next paragraph.

    Convention in news: a quote that goes on into the next paragraph leaves its
    closing mark off and opens the next paragraph with a fresh opening mark.
    """
    quotes: list[RawQuote] = []
    carry: RawQuote | None = None  # a quote left open at the end of the previous paragraph
    for p, text in enumerate(paragraphs):
        events = _without_wrapping_marks(text, _double_events(text))
        stripped = text.strip()
        lead = len(text) - len(text.lstrip())
        turn = turn_label_end(text, lead)
        if _STAGE_DIRECTION.fullmatch(stripped):
            carry = None  # "(CROSSTALK.)" between two turns of a transcript: no one's words, and the turn is over
            continue
        if carry is not None and turn is not None:
            carry = None  # a transcript's next turn: the label names a speaker of its own
        elif carry is not None and not carry.double:
            if not _opens_running_on(text):
                carry = None  # the next paragraph does not go on with the quote
        elif carry is not None:
            first = events[0] if events else None
            if stripped and all(ch in DOUBLE_CLOSE + DOUBLE_AMBIG for ch in stripped):
                carry = None  # the paragraph is only the closing mark
                continue
            if first is None or first[0] != lead or first[1] == "close":
                carry = None  # the next paragraph does not go on with the quote
        inside_from: int | None = None
        depth = 0
        current = carry
        carry = None
        doubles: list[tuple[int, int | None]] = []  # (open offset, close offset or None)
        for k, (at, kind) in enumerate(events):
            if inside_from is None:
                if kind == "close" and not _flank(text, at)[0] and not _opens_as_typo(text, events, k):
                    continue  # a stray closing mark
                inside_from = at
                depth = 0
                continue
            if kind == "open" and text[at] in DOUBLE_OPEN and not _flank(text, at)[1]:
                depth += 1  # a nested opening curly mark
                continue
            if depth:
                depth -= 1
                continue
            doubles.append((inside_from, at))
            inside_from = None
        if inside_from is not None:
            doubles.append((inside_from, None))
        doubles = _not_nested_in_singles(text, doubles)
        # single-quoted spans only outside the double-quoted ones
        singles: list[tuple[int, int | None]] = []
        lo = 0
        for o, c in doubles:
            singles.extend(_single_spans(text, lo, o))
            lo = (c + 1) if c is not None else len(text)
        singles.extend(_single_spans(text, lo, len(text)))
        if p + 1 < len(paragraphs) and _opens_running_on(paragraphs[p + 1]):
            # "A spokeswoman said: ‘We apologise. / ‘Extra crews will ...’": a single-quoted quote running on
            dangling = _dangling_single(text, max(lo, singles[-1][1] + 1 if singles else lo))
            if dangling is not None:
                singles.append((dangling, None))
        spans = sorted([(o, c, True) for o, c in doubles] + [(o, c, False) for o, c in singles])
        for idx, (o, c, is_double) in enumerate(spans):
            inside = turn if turn is not None and idx == 0 and o == lead else o + 1  # a turn's words follow its label
            start, end = _strip(text, inside, c if c is not None else len(text))
            if end <= start:
                continue
            part = Part(paragraph=p, start=start, end=end, open_at=o, close_at=c)
            if idx == 0 and current is not None and o == lead:
                current.parts.append(part)
                quote = current
            else:
                quote = RawQuote(parts=[part], double=is_double)
                quotes.append(quote)
            if c is None:
                carry = quote
    return quotes
