"""Which language an article is written in: the page's own declaration, checked against its text.

A page's ``<html lang>`` (or ``og:locale``, as trafilatura reads it) is often a
template's default rather than the truth: German posts on a blog whose theme
says ``lang="en"``, English articles on a site's German edition.  So the text
decides when there is enough of it for py3langid (langid.py's maintained fork,
trained on 97 languages, model shipped in the wheel) to be confident, and the
declaration decides otherwise.

What depends on it: quote and speaker extraction is built on English quotation
and reporting-verb patterns and an English spaCy model, so briefs of other
languages leave quotes out (and say so) instead of inventing speakers.
"""

from __future__ import annotations

import re
import threading
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from py3langid.langid import LanguageIdentifier

__all__ = ["ENGLISH", "QUOTES_UNAVAILABLE_NOTE", "detect_language", "load_identifier", "quotes_supported"]

ENGLISH = "en"
#: What a brief without quotes because of its language says instead.
QUOTES_UNAVAILABLE_NOTE = "Quotes are only extracted from English articles for now."
#: How much text is classified: a few paragraphs decide the language; the cost stays bounded on long pages.
SAMPLE_CHARS = 3000
#: Below this much text the identifier is guessing; trust the page's declaration instead.
MIN_TEXT_CHARS = 60
#: Normalised probability above which the text overrides the page's declared language.
MIN_CONFIDENCE = 0.9

_CODE = re.compile(r"^[A-Za-z]{2,3}")
_lock = threading.Lock()
_identifier: LanguageIdentifier | None = None


def load_identifier() -> LanguageIdentifier:
    """The process-wide language identifier (about a second to load, so once, on first use)."""
    global _identifier
    if _identifier is None:
        with _lock:
            if _identifier is None:
                from py3langid.langid import MODEL_FILE, LanguageIdentifier

                _identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    return _identifier


def normalise_code(code: str | None) -> str | None:
    """``en-GB``, ``pt_BR``, ``EN`` → ``en``, ``pt``, ``en``; None for anything that is not a language code."""
    match = _CODE.match((code or "").strip())
    return match.group(0).lower() if match else None


def detect_language(text: str, *, declared: str | None = None) -> str | None:
    """The language of ``text`` (an ISO 639-1 code), using the page's ``declared`` language as a fallback."""
    declared = normalise_code(declared)
    sample = text[:SAMPLE_CHARS].strip()
    if len(sample) < MIN_TEXT_CHARS:
        return declared
    language, confidence = load_identifier().classify(sample)
    if confidence >= MIN_CONFIDENCE:
        return normalise_code(language)
    return declared  # unsure: the page's word, or unknown (briefed as English)


def quotes_supported(language: str | None) -> bool:
    """Whether quotes and speakers can be extracted for this language (unknown counts as English)."""
    return language is None or language == ENGLISH
