"""The brief pipeline: URL → fetch → extract → summary + quotes → ``Brief``, cached in Redis.

Each stage is a function of data (HTML, text, parsed paragraphs) in its own
module; this module wires them together and owns the models' lifetime: a
``Pipeline`` holds one summariser and one spaCy pipeline, loaded lazily on
first use (or eagerly by ``warm_up()`` when a worker starts).
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import replace
from typing import TYPE_CHECKING

from bot.brief import Article, Brief
from bot.cache import BriefCache
from bot.config import AnalysisConfig, FetchConfig, Settings
from bot.errors import BriefError, SummariseError
from bot.extract import article_from_text, extract_article
from bot.fetch import fetch_page
from bot.limits import Deadline, cap_words
from bot.nlp import load_nlp, parse_paragraphs, sentences
from bot.urls import canonicalize_url, check_http_url, is_http_url

if TYPE_CHECKING:
    from spacy.language import Language

    from bot.summarise import Summariser

__all__ = ["PIPELINE_VERSION", "Pipeline", "build_pipeline", "default_pipeline"]

logger = logging.getLogger(__name__)

#: Part of every cache key: bump it when a change makes cached briefs stale.
PIPELINE_VERSION = "3"

#: Called with (stage name, seconds) after each stage; used by the benchmark.
StageObserver = Callable[[str, float], None]


class Pipeline:
    """Makes briefs. Thread-safe; models are loaded once per process."""

    def __init__(
        self,
        *,
        fetch_config: FetchConfig,
        summariser: Summariser,
        cache: BriefCache | None = None,
        nlp_loader: Callable[[], Language] = load_nlp,
        observer: StageObserver | None = None,
        analysis: AnalysisConfig | None = None,
    ) -> None:
        self._fetch_config = fetch_config
        self._analysis = analysis or AnalysisConfig()
        self._warm = False
        self._summariser = summariser
        self._cache = cache
        self._nlp_loader = nlp_loader
        self._observer = observer

    def warm_up(self) -> None:
        """Load every model now (workers call this before taking jobs)."""
        self._nlp_loader()
        self._summariser.warm_up()
        self._warm = True

    def brief_url(self, url: str, *, cache_failure: bool = True) -> Brief:
        """Brief the article at ``url``, from the cache when possible."""
        url = url.strip()
        check_http_url(url)
        if self._cache is None:
            return self._brief_url_uncached(url)
        return self._cache.get_or_produce(url, lambda: self._brief_url_uncached(url), cache_failure=cache_failure)

    def brief_html(self, html: str, *, url: str | None = None) -> Brief:
        """Brief an HTML page already in hand (the CLI's local .html files)."""
        deadline = self._start_clock()
        with self._stage("extract"):
            article = extract_article(html, url=url)
        deadline.check("extract")
        return self._analyse(article, deadline)

    def brief_text(self, text: str, *, title: str | None = None, url: str | None = None) -> Brief:
        """Brief plain text; paragraphs are separated by blank lines."""
        deadline = self._start_clock()
        with self._stage("extract"):
            article = article_from_text(text, title=title, url=url)
        deadline.check("extract")
        return self._analyse(article, deadline)

    def brief_article(self, article: Article) -> Brief:
        """The model stages: parse, summarise, find quotes and speakers."""
        return self._analyse(article, self._start_clock())

    def _start_clock(self) -> Deadline:
        """The page's time budget starts once the models are loaded (once per process, not the page's cost)."""
        if not self._warm:
            self.warm_up()
        return Deadline(seconds=self._analysis.time_budget_seconds)

    def _analyse(self, article: Article, deadline: Deadline) -> Brief:
        """Parse, summarise, find quotes and speakers, in the first ``max_words`` words and within ``deadline``."""
        from bot.quotes import extract_quotes, select_key_quotes, summarise_speakers

        analysed, truncated = cap_words(article, max_words=self._analysis.max_words)
        if truncated:
            logger.info("article of %d words cut to its first %d", article.word_count, self._analysis.max_words)
        with self._stage("parse"):
            docs = parse_paragraphs(analysed.paragraphs, nlp=self._nlp_loader(), deadline=deadline)
        deadline.check("parse")
        with self._stage("summarise"):
            try:
                summary = self._summariser.summarise(sentences(docs), title=article.title)
            except BriefError:
                raise
            except Exception as exc:  # a model failing on odd input must not take the brief down silently
                raise SummariseError(f"summariser failed: {exc!r}") from exc
        deadline.check("summarise")
        with self._stage("quotes"):
            quotes = extract_quotes(docs, deadline=deadline)
            key_quotes = select_key_quotes(quotes)
            speakers = summarise_speakers(quotes)
        canonical = article.canonical_url or article.url
        return Brief(
            url=article.url,
            canonical_url=canonicalize_url(canonical) if canonical and is_http_url(canonical) else None,
            title=article.title,
            site=article.site,
            authors=article.authors,
            published=article.published,
            language=article.language,
            reading_minutes=article.reading_minutes,
            summary=tuple(summary),
            quotes=tuple(quotes),
            key_quotes=tuple(key_quotes),
            speakers=tuple(speakers),
            truncated_at_words=self._analysis.max_words if truncated else None,
        )

    def _brief_url_uncached(self, url: str) -> Brief:
        started = time.perf_counter()
        with self._stage("fetch"):
            page = fetch_page(url, config=self._fetch_config)
        brief = self.brief_html(page.html, url=page.final_url)
        logger.info("briefed %s in %.0f ms", url, 1000 * (time.perf_counter() - started))
        # Keep the URL the user shared; the article's own canonical URL is in canonical_url.
        return replace(brief, url=url)

    @contextmanager
    def _stage(self, name: str) -> Iterator[None]:
        started = time.perf_counter()
        try:
            yield
        finally:
            if self._observer is not None:
                self._observer(name, time.perf_counter() - started)


def build_pipeline(settings: Settings, *, use_cache: bool = True, observer: StageObserver | None = None) -> Pipeline:
    """The pipeline a process runs with, built from its settings."""
    from bot.summarise import make_summariser

    cache = BriefCache.from_config(settings.cache, version=PIPELINE_VERSION) if use_cache else None
    return Pipeline(
        fetch_config=settings.fetch,
        summariser=make_summariser(settings.summary),
        cache=cache,
        observer=observer,
        analysis=settings.analysis,
    )


_default: Pipeline | None = None
_default_lock = threading.Lock()


def default_pipeline() -> Pipeline:
    """The process-wide pipeline behind ``bot.brief_text`` (built from the environment once)."""
    global _default
    if _default is None:
        with _default_lock:
            if _default is None:
                _default = build_pipeline(Settings.from_env())
    return _default
