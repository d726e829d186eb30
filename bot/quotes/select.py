"""Choosing what the Slack reply shows: the few key quotes, and who is quoted."""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.brief import Quote, Speaker

__all__ = ["select_key_quotes", "summarise_speakers"]

_WORD = re.compile(r"[A-Za-z][\w'’-]*")
_STOP = frozenset(
    """
a an the and or but if of to in on at by for with from as is are was were be been being am it its this that these
those i we you he she they me us him her them my our your his their not no so do does did have has had will would
can could should may might must just very really also there here what which who whom when where why how all any
some more most than then too only own same such up out over about into again further once
""".split()  # noqa: SIM905
)
_PLEASANTRIES = re.compile(
    r"\b(thank(s| you)|congratulat|grateful|honou?red|delighted|pleased to|happy to|glad to|great to (be|see)|"
    r"good (morning|evening|afternoon)|welcome|no comment|declined to comment)\b",
    re.IGNORECASE,
)


def _informativeness(q: Quote) -> float:
    words = _WORD.findall(q.text)
    content = {w.lower() for w in words if w.lower() not in _STOP and len(w) > 2}
    score = min(len(content), 25) + min(len(words), 40) * 0.2
    if len(words) < 6:
        score -= 10  # a fragment reads badly on its own
    if len(words) > 60:
        score -= (len(words) - 60) * 0.2  # a wall of text is not a key quote
    if _PLEASANTRIES.search(q.text):
        score -= 8
    if q.speaker is None:
        score -= 6  # an unattributed quote is less useful to a reader
    return score


def select_key_quotes(quotes: Sequence[Quote], *, limit: int = 4) -> list[Quote]:
    """The 2-``limit`` most informative quotes, at most two per speaker while others exist, in article order."""
    if not quotes or limit <= 0:
        return []
    order = {id(q): k for k, q in enumerate(quotes)}
    ranked = sorted(quotes, key=lambda q: (-_informativeness(q), order[id(q)]))
    substantive = [q for q in ranked if len(_WORD.findall(q.text)) >= 6] or ranked
    speakers = {q.speaker for q in substantive}
    cap = 2 if len(speakers) > 1 else limit
    chosen: list[Quote] = []
    per: dict[str | None, int] = {}
    shown: set[str] = set()
    for q in substantive:
        if len(chosen) >= limit:
            break
        if per.get(q.speaker, 0) >= cap or q.text in shown:
            continue  # a page that repeats its paragraphs repeats their quotes: each is shown once
        shown.add(q.text)
        chosen.append(q)
        per[q.speaker] = per.get(q.speaker, 0) + 1
    if len(chosen) < min(2, limit):  # a small article: relax the per-speaker cap rather than show one quote
        for q in substantive:
            if q.text not in shown and len(chosen) < min(2, limit):
                chosen.append(q)
                shown.add(q.text)
    chosen.sort(key=lambda q: order[id(q)])
    return chosen


def summarise_speakers(quotes: Sequence[Quote]) -> list[Speaker]:
    """Everyone quoted, with the first role the article gives them and how many quotes, most quoted first."""
    counts: dict[str, int] = {}
    roles: dict[str, str | None] = {}
    first: dict[str, int] = {}
    for k, q in enumerate(quotes):
        if not q.speaker:
            continue
        counts[q.speaker] = counts.get(q.speaker, 0) + 1
        first.setdefault(q.speaker, k)
        if not roles.get(q.speaker) and q.role:
            roles[q.speaker] = q.role
    names = sorted(counts, key=lambda n: (-counts[n], first[n]))
    return [Speaker(name=n, role=roles.get(n), quotes=counts[n]) for n in names]
