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
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from bot.brief import Article, Brief, Quote, Speaker
from bot.cache import BriefCache
from bot.config import AnalysisConfig, FetchConfig, Settings
from bot.errors import BriefError, SummariseError
from bot.extract import article_from_text, extract_article
from bot.fetch import fetch_page
from bot.language import load_identifier, quotes_supported
from bot.limits import Deadline, cap_words
from bot.nlp import load_nlp, load_sentencizer, parse_paragraphs, sentences
from bot.urls import canonicalize_url, check_http_url, is_http_url
from bot.version import PIPELINE_VERSION

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

    from bot.summarise import Summariser

__all__ = ["PIPELINE_VERSION", "BriefResult", "Pipeline", "build_pipeline", "default_pipeline"]

logger = logging.getLogger(__name__)

#: Called with (stage name, seconds) after each stage ("whole" for a whole uncached brief); used by the
#: benchmark and by the workers' metrics.
StageObserver = Callable[[str, float], None]
#: Called after each cached lookup with whether the brief (or failure) came from the cache.
CacheObserver = Callable[[bool], None]


@dataclass(frozen=True)
class BriefResult:
    """A brief and whether it was served from the cache (for the workers' outcome metrics)."""

    brief: Brief
    cached: bool


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
        cache_observer: CacheObserver | None = None,
        analysis: AnalysisConfig | None = None,
    ) -> None:
        self._fetch_config = fetch_config
        self._analysis = analysis or AnalysisConfig()
        self._warm = False
        self._summariser = summariser
        self._cache = cache
        self._nlp_loader = nlp_loader
        self._observer = observer
        self._cache_observer = cache_observer

    def warm_up(self) -> None:
        """Load every model now (workers call this before taking jobs)."""
        self._nlp_loader()
        self._summariser.warm_up()
        load_identifier()
        self._warm = True

    def brief_url(self, url: str, *, cache_failure: bool = True, summary_sentences: int | None = None) -> Brief:
        """Brief the article at ``url``, from the cache when possible."""
        return self.brief_url_result(url, cache_failure=cache_failure, summary_sentences=summary_sentences).brief

    def brief_url_result(
        self, url: str, *, cache_failure: bool = True, summary_sentences: int | None = None
    ) -> BriefResult:
        """``brief_url``, also saying whether the brief came from the cache.

        ``summary_sentences`` asks for a summary of that length instead of the configured one; such briefs are cached
        apart (the models are the same, only the selection differs).
        """
        url = url.strip()
        check_http_url(url)
        if self._cache is None:
            return BriefResult(self._brief_url_uncached(url, summary_sentences=summary_sentences), cached=False)
        produced = False

        def produce() -> Brief:
            nonlocal produced
            produced = True
            return self._brief_url_uncached(url, summary_sentences=summary_sentences)

        try:
            brief = self._cache.get_or_produce(
                url,
                produce,
                cache_failure=cache_failure,
                variant=f"s{summary_sentences}" if summary_sentences is not None else "",
            )
        finally:
            if self._cache_observer is not None:
                self._cache_observer(not produced)
        return BriefResult(brief, cached=not produced)

    def brief_html(self, html: str, *, url: str | None = None, summary_sentences: int | None = None) -> Brief:
        """Brief an HTML page already in hand (the CLI's local .html files)."""
        deadline = self._start_clock()
        with self._stage("extract"):
            article = extract_article(html, url=url)
        deadline.check("extract")
        return self._analyse(article, deadline, summary_sentences=summary_sentences)

    def brief_text(self, text: str, *, title: str | None = None, url: str | None = None) -> Brief:
        """Brief plain text; paragraphs are separated by blank lines."""
        deadline = self._start_clock()
        with self._stage("extract"):
            article = article_from_text(text, title=title, url=url)
        deadline.check("extract")
        return self._analyse(article, deadline)

    def brief_article(self, article: Article, *, summary_sentences: int | None = None) -> Brief:
        """The model stages: parse, summarise, find quotes and speakers."""
        return self._analyse(article, self._start_clock(), summary_sentences=summary_sentences)

    def _start_clock(self) -> Deadline:
        """The page's time budget starts once the models are loaded (once per process, not the page's cost)."""
        if not self._warm:
            self.warm_up()
        return Deadline(seconds=self._analysis.time_budget_seconds)

    def _analyse(self, article: Article, deadline: Deadline, *, summary_sentences: int | None = None) -> Brief:
        """Parse, summarise, find quotes and speakers, in the first ``max_words`` words and within ``deadline``."""
        english = quotes_supported(article.language)
        analysed, truncated = cap_words(article, max_words=self._analysis.max_words)
        if truncated:
            logger.info("article of %d words cut to its first %d", article.word_count, self._analysis.max_words)
        with self._stage("parse"):
            # Other languages only need sentences, split by rules for that language (see bot.nlp).
            nlp = self._nlp_loader() if english else load_sentencizer(article.language)
            docs = parse_paragraphs(analysed.paragraphs, nlp=nlp, deadline=deadline)
        deadline.check("parse")
        with self._stage("summarise"):
            try:
                summary = self._summariser.summarise(sentences(docs), title=article.title, count=summary_sentences)
            except BriefError:
                raise
            except Exception as exc:  # a model failing on odd input must not take the brief down silently
                raise SummariseError(f"summariser failed: {exc!r}") from exc
        deadline.check("summarise")
        found = _QuotesFound()
        if english:  # English patterns and model: in other languages they would invent speakers
            with self._stage("quotes"):
                found = _find_quotes(docs, deadline, source=article.url)
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
            quotes=found.quotes,
            key_quotes=found.key_quotes,
            speakers=found.speakers,
            truncated_at_words=self._analysis.max_words if truncated else None,
            quotes_failed=found.failed,
        )

    def _brief_url_uncached(self, url: str, *, summary_sentences: int | None = None) -> Brief:
        started = time.perf_counter()
        with self._stage("fetch"):
            page = fetch_page(url, config=self._fetch_config)
        brief = self.brief_html(page.html, url=page.final_url, summary_sentences=summary_sentences)
        if self._observer is not None:
            self._observer("whole", time.perf_counter() - started)
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


@dataclass(frozen=True)
class _QuotesFound:
    """The quote stage's output for one brief."""

    quotes: tuple[Quote, ...] = ()
    key_quotes: tuple[Quote, ...] = ()
    speakers: tuple[Speaker, ...] = ()
    #: The stage raised (a bug, logged): the brief goes out with its summary and no quotes.
    failed: bool = False


def _find_quotes(docs: list[Doc], deadline: Deadline, *, source: str | None) -> _QuotesFound:
    """Quotes, key quotes and speakers; a bug in the quote rules costs the reader the quotes, not the whole brief."""
    from bot.quotes import extract_quotes, select_key_quotes, summarise_speakers

    try:
        quotes = extract_quotes(docs, deadline=deadline)
        return _QuotesFound(
            quotes=tuple(quotes),
            key_quotes=tuple(select_key_quotes(quotes)),
            speakers=tuple(summarise_speakers(quotes)),
        )
    except BriefError:  # the page's time budget ran out: the brief fails as it would in any other stage
        raise
    except Exception:
        logger.exception("quote stage failed on %s; briefing it without quotes", source or "pasted text")
        return _QuotesFound(failed=True)


def build_pipeline(
    settings: Settings,
    *,
    use_cache: bool = True,
    observer: StageObserver | None = None,
    cache_observer: CacheObserver | None = None,
) -> Pipeline:
    """The pipeline a process runs with, built from its settings."""
    from bot.summarise import make_summariser

    cache = BriefCache.from_config(settings.cache, version=PIPELINE_VERSION) if use_cache else None
    return Pipeline(
        fetch_config=settings.fetch,
        summariser=make_summariser(settings.summary),
        cache=cache,
        observer=observer,
        cache_observer=cache_observer,
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
