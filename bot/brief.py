"""The values a brief is made of: ``Article`` (what extraction found) and ``Brief`` (what users see).

``Brief`` is the one object that crosses process boundaries (Redis cache, RQ
jobs, ``--json`` output), so it has ``to_dict``/``from_dict`` that round-trip
through JSON exactly.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from typing import Any

__all__ = [
    "QUOTES_FAILED_NOTE",
    "Article",
    "Brief",
    "Quote",
    "QuotePart",
    "Speaker",
    "quotes_failed_note",
    "truncation_note",
]

#: Average adult silent-reading speed used for the "N min read" estimate.
WORDS_PER_MINUTE = 230
#: Chinese and Japanese are written without spaces: count this many of their characters as one word
#: (readers manage about 450-500 characters a minute, twice the English words a minute).
CHARACTERS_PER_WORD = 2
#: Chinese characters, hiragana and katakana.
CHARACTER_SCRIPT = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")


def count_words(text: str) -> int:
    """Words in ``text``: runs between spaces, plus Chinese and Japanese characters by ``CHARACTERS_PER_WORD``."""
    characters = len(CHARACTER_SCRIPT.findall(text))
    return len(CHARACTER_SCRIPT.sub(" ", text).split()) + math.ceil(characters / CHARACTERS_PER_WORD)


@dataclass(frozen=True, kw_only=True)
class Article:
    """The readable part of a page: metadata plus the body as paragraphs of plain text."""

    paragraphs: tuple[str, ...]
    title: str | None = None
    url: str | None = None
    canonical_url: str | None = None
    site: str | None = None
    authors: tuple[str, ...] = ()
    #: ISO 8601 date (YYYY-MM-DD) when the page states one.
    published: str | None = None
    language: str | None = None

    @property
    def text(self) -> str:
        return "\n\n".join(self.paragraphs)

    @property
    def word_count(self) -> int:
        return sum(count_words(p) for p in self.paragraphs)

    @property
    def reading_minutes(self) -> int:
        return max(1, round(self.word_count / WORDS_PER_MINUTE))


@dataclass(frozen=True, kw_only=True)
class QuotePart:
    """One verbatim piece of a quote: ``Article.text[start:end] == text``.

    A quote interrupted by its attribution ("A," she said, "B.") or running over
    paragraphs has several parts; keeping them apart lets anyone check each piece
    against the article and link to exactly where it is.
    """

    text: str
    start: int
    end: int

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "start": self.start, "end": self.end}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> QuotePart:
        return cls(text=data["text"], start=int(data["start"]), end=int(data["end"]))


@dataclass(frozen=True, kw_only=True)
class Quote:
    """A direct quotation, verbatim from the article, with who said it.

    ``text`` is what readers see: the ``parts`` joined by a space where the attribution
    interrupts one sentence, and by " … " where words of the article are left out
    between them (the attribution ends a sentence and a new one starts).
    """

    text: str
    speaker: str | None = None
    role: str | None = None
    #: Index (0-based) of the paragraph the quote starts in.
    paragraph: int = 0
    #: The verbatim pieces, with character offsets into ``Article.text``, in article order.
    parts: tuple[QuotePart, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "speaker": self.speaker,
            "role": self.role,
            "paragraph": self.paragraph,
            "parts": [p.to_dict() for p in self.parts],
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Quote:
        return cls(
            text=data["text"],
            speaker=data.get("speaker"),
            role=data.get("role"),
            paragraph=int(data.get("paragraph") or 0),
            parts=tuple(QuotePart.from_dict(p) for p in data.get("parts") or ()),
        )


@dataclass(frozen=True, kw_only=True)
class Speaker:
    """Someone quoted in the article, with their role and how often they are quoted."""

    name: str
    role: str | None = None
    quotes: int = 0

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "role": self.role, "quotes": self.quotes}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Speaker:
        return cls(name=data["name"], role=data.get("role"), quotes=int(data.get("quotes") or 0))


@dataclass(frozen=True, kw_only=True)
class Brief:
    """Everything the bot says about one article."""

    url: str | None
    canonical_url: str | None = None
    title: str | None = None
    site: str | None = None
    authors: tuple[str, ...] = ()
    published: str | None = None
    language: str | None = None
    reading_minutes: int = 1
    summary: tuple[str, ...] = ()
    quotes: tuple[Quote, ...] = ()
    key_quotes: tuple[Quote, ...] = ()
    speakers: tuple[Speaker, ...] = field(default=())
    #: When the article was longer than the word cap: how many words (its first ones) were analysed; else None.
    truncated_at_words: int | None = None
    #: The quote stage failed on this article (a bug, logged with its traceback): the brief has its summary and
    #: no quotes, rather than no brief at all.
    quotes_failed: bool = False

    @property
    def truncated(self) -> bool:
        """Whether only the start of the article was analysed (the summary and quotes cover that part)."""
        return self.truncated_at_words is not None

    def to_dict(self) -> dict[str, Any]:
        return {
            "url": self.url,
            "canonical_url": self.canonical_url,
            "title": self.title,
            "site": self.site,
            "authors": list(self.authors),
            "published": self.published,
            "language": self.language,
            "reading_minutes": self.reading_minutes,
            "summary": list(self.summary),
            "quotes": [q.to_dict() for q in self.quotes],
            "key_quotes": [q.to_dict() for q in self.key_quotes],
            "speakers": [s.to_dict() for s in self.speakers],
            "truncated_at_words": self.truncated_at_words,
            "quotes_failed": self.quotes_failed,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Brief:
        return cls(
            url=data.get("url"),
            canonical_url=data.get("canonical_url"),
            title=data.get("title"),
            site=data.get("site"),
            authors=tuple(data.get("authors") or ()),
            published=data.get("published"),
            language=data.get("language"),
            reading_minutes=int(data.get("reading_minutes") or 1),
            summary=tuple(data.get("summary") or ()),
            quotes=tuple(Quote.from_dict(q) for q in data.get("quotes") or ()),
            key_quotes=tuple(Quote.from_dict(q) for q in data.get("key_quotes") or ()),
            speakers=tuple(Speaker.from_dict(s) for s in data.get("speakers") or ()),
            truncated_at_words=_optional_int(data.get("truncated_at_words")),
            quotes_failed=bool(data.get("quotes_failed")),
        )


def _optional_int(value: Any) -> int | None:
    return None if value is None else int(value)


QUOTES_FAILED_NOTE = "I couldn't read the quotes in this article, so this brief has none; the summary is complete."


def quotes_failed_note(brief: Brief) -> str | None:
    """The line that tells a reader the quotes are missing because reading them failed (None when they did not)."""
    return QUOTES_FAILED_NOTE if brief.quotes_failed else None


def truncation_note(brief: Brief) -> str | None:
    """The one line that tells a reader only the start of a long article was briefed (None when all of it was)."""
    if brief.truncated_at_words is None:
        return None
    return f"Long article: only its first {brief.truncated_at_words:,} words were briefed."
