"""briefbot core: fetch an article, extract it, summarise it, find its quotes and speakers.

The stable entry point for plain text is :func:`brief_text`; everything heavy
(torch, transformers, spaCy) is imported lazily so that importing ``bot`` is cheap.
"""

from __future__ import annotations

from bot.brief import Article, Brief, Quote, Speaker

__all__ = ["Article", "Brief", "Quote", "Speaker", "brief_text"]


def brief_text(text: str, *, title: str | None = None, url: str | None = None) -> Brief:
    """Brief plain text (no fetching): the pipeline used by evaluation scripts.

    Uses a process-wide pipeline built from the environment on first call.
    """
    from bot.pipeline import default_pipeline

    return default_pipeline().brief_text(text, title=title, url=url)
