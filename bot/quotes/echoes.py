"""Pull quotes: a paragraph that is only a quote repeating words quoted elsewhere is the same speaker's.

:func:`echoed_speakers`:
Pages set a striking line apart as a heading or pull quote ("‘We have never seen a ruling go this far.’") and
quote it again in the story, where its speaker is named ("The buyer's lawyer, Norah Pellegrini, ... “We have never
seen a ruling go this far. Shoppers ...”").  The pull quote has no cue of its
own, so it would go on with whoever spoke just before it ("the court").  A reader knows whose words they are: the
speaker of the quote it repeats.

The cost is linear in the words quoted: every attributed quote's words are indexed once by their five-word runs,
and each pull quote looks up its first run.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from bot.brief import Quote

__all__ = ["echoed_speakers"]

_WORD = re.compile(r"\w+")
#: Words a repeated run must share: fewer match by chance ("thank you very much").
_RUN = 5
#: A pull quote is short: a longer quote-only paragraph is the speaker's going on, not a repeat.
_MAX_PULL_WORDS = 60
#: How many quotes sharing a pull quote's opening run are read for the rest of it: a page repeating one phrase
#: thousands of times stays linear.
_SOURCES_READ = 8
#: What may stand around a quote in its own paragraph: marks, spaces and the sentence's end.
_FRAME = re.compile(r"[\s\"'“”‘’«»„.,!?…:;—–-]*")


def _words(text: str) -> list[str]:
    return [w.lower() for w in _WORD.findall(text)]


def _is_pull_quote(quote: Quote, paragraphs: Sequence[str]) -> bool:
    """Whether ``quote`` is one part that fills its paragraph, but for marks and punctuation."""
    if len(quote.parts) != 1 or not 0 <= quote.paragraph < len(paragraphs):
        return False
    paragraph = paragraphs[quote.paragraph]
    at = paragraph.find(quote.parts[0].text)
    if at < 0:
        return False
    before, after = paragraph[:at], paragraph[at + len(quote.parts[0].text) :]
    return bool(_FRAME.fullmatch(before) and _FRAME.fullmatch(after))


def echoed_speakers(quotes: Sequence[Quote], paragraphs: Sequence[str]) -> list[Quote]:
    """``quotes`` with each pull quote given the speaker and role of the attributed quote whose words it repeats
    (the first such in the article); every other quote as it was."""
    words = [_words(q.text) for q in quotes]
    pulls = {
        k for k, q in enumerate(quotes) if _RUN <= len(words[k]) <= _MAX_PULL_WORDS and _is_pull_quote(q, paragraphs)
    }
    if not pulls:
        return list(quotes)
    runs: dict[tuple[str, ...], list[tuple[int, int]]] = {}
    for k, q in enumerate(quotes):
        if k in pulls or not q.speaker:
            continue
        for at in range(len(words[k]) - _RUN + 1):
            runs.setdefault(tuple(words[k][at : at + _RUN]), []).append((k, at))
    out = list(quotes)
    for k in sorted(pulls):
        pulled = words[k]
        for source, at in runs.get(tuple(pulled[:_RUN]), [])[:_SOURCES_READ]:
            if words[source][at : at + len(pulled)] == pulled:
                origin = quotes[source]
                out[k] = dataclasses.replace(quotes[k], speaker=origin.speaker, role=origin.role)
                break
    return out
