"""The SUMMARISE stage on real models: the packaged MiniLM, and a tiny randomly initialised BART built here."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from bot.config import SummaryConfig
from bot.errors import ConfigError, SummariseError
from bot.summarise import (
    AbstractiveSummariser,
    ExtractiveSummariser,
    RankWeights,
    Summariser,
    default_embedding_model_path,
    is_boilerplate,
    load_sentence_encoder,
    load_seq2seq,
    make_summariser,
    select_sentences,
)

REPO = Path(__file__).resolve().parent.parent

LEAD = "The river town of Marlow voted on Tuesday to build a flood wall along its entire eastern bank."
LEAD_REPEAT = "Marlow voted on Tuesday to build a flood wall along the whole of its eastern bank."
ARTICLE = [
    LEAD,
    LEAD_REPEAT,
    "The wall will cost the town about 12 million pounds, most of it paid by a national flood fund.",
    "Click here to subscribe to our daily newsletter.",
    "Floods reached the high street three times in the past five winters, closing shops for weeks.",
    "Why now?",
    "Engineers say the wall will protect roughly 900 homes from a once-a-century flood.",
    "Some residents worry that the concrete barrier will block the view of the river.",
    "Follow us on Twitter for the latest local news.",
    "Work is expected to start next spring and to last about two years.",
    "The council will publish the final design in the autumn, after a public consultation.",
]
BOILERPLATE = {ARTICLE[3], ARTICLE[8]}


@pytest.fixture(scope="module")
def extractive() -> ExtractiveSummariser:
    summariser = ExtractiveSummariser(config=SummaryConfig(sentences=4))
    summariser.warm_up()
    return summariser


# --- extractive ------------------------------------------------------------------------------


def test_make_summariser_picks_the_backend() -> None:
    assert isinstance(make_summariser(SummaryConfig()), ExtractiveSummariser)
    assert isinstance(make_summariser(SummaryConfig(backend="abstractive")), AbstractiveSummariser)
    assert isinstance(make_summariser(SummaryConfig()), Summariser)
    with pytest.raises(ConfigError):
        make_summariser(SummaryConfig(backend="magic"))


def test_extractive_summary_is_verbatim_ordered_and_clean(extractive: ExtractiveSummariser) -> None:
    summary = extractive.summarise(ARTICLE, title="Marlow to build flood wall")
    assert len(summary) == 4
    positions = [ARTICLE.index(s) for s in summary]  # ValueError if a sentence is not verbatim
    assert positions == sorted(positions)
    assert not BOILERPLATE & set(summary)
    assert "Why now?" not in summary
    # The lead carries the story; its near-copy must not be shown as well.
    assert LEAD in summary
    assert LEAD_REPEAT not in summary


def test_extractive_is_safe_to_share_between_threads(extractive: ExtractiveSummariser) -> None:
    from concurrent.futures import ThreadPoolExecutor

    expected = extractive.summarise(ARTICLE)
    with ThreadPoolExecutor(max_workers=4) as pool:
        results = list(pool.map(lambda _: extractive.summarise(ARTICLE), range(8)))
    assert all(r == expected for r in results)


def test_extractive_count_follows_config() -> None:
    for count in (3, 5):
        summary = ExtractiveSummariser(config=SummaryConfig(sentences=count)).summarise(ARTICLE)
        assert len(summary) == count
        assert all(s in ARTICLE for s in summary)


def test_extractive_count_per_call_overrides_config_without_reloading(extractive: ExtractiveSummariser) -> None:
    encoder = extractive.encoder
    assert len(extractive.summarise(ARTICLE, count=5)) == 5  # a channel's "long" setting
    assert len(extractive.summarise(ARTICLE, count=3)) == 3
    assert len(extractive.summarise(ARTICLE)) == 4  # the configured default is unchanged
    assert extractive.encoder is encoder


def test_short_article_returns_all_its_sentences(extractive: ExtractiveSummariser) -> None:
    short = [
        "  The library on Elm Street reopened on Saturday after a year of repairs.  ",
        "Readers queued around the block before the doors opened at nine.",
    ]
    assert extractive.summarise(short) == [s.strip() for s in short]
    assert extractive.summarise([]) == []
    assert extractive.summarise(["", "   "]) == []


def test_short_article_never_returns_boilerplate(extractive: ExtractiveSummariser) -> None:
    sentences = [
        "The ferry to the island was cancelled on Friday because of high winds.",
        "Read more: our guide to winter travel.",
        "It will sail again on Sunday.",
    ]
    assert extractive.summarise(sentences) == [sentences[0], sentences[2]]


def test_encoder_matches_sentence_transformers_pooling() -> None:
    encoder = load_sentence_encoder()
    vectors = encoder.encode(["A cat sat on the mat.", "A kitten was sitting on a rug.", "Stock markets fell."])
    assert vectors.shape == (3, 384)
    np.testing.assert_allclose(np.linalg.norm(vectors, axis=1), 1.0, rtol=1e-5)
    assert vectors[0] @ vectors[1] > vectors[0] @ vectors[2] + 0.2
    # Batching and length-sorting must not change a sentence's vector.
    alone = encoder.encode(["Stock markets fell."])
    np.testing.assert_allclose(alone[0], vectors[2], atol=1e-5)


def test_encoder_is_loaded_once_per_process() -> None:
    by_default = ExtractiveSummariser(config=SummaryConfig())
    by_path = ExtractiveSummariser(config=SummaryConfig(embedding_model=str(default_embedding_model_path())))
    assert by_default.encoder is by_path.encoder
    assert load_sentence_encoder() is by_default.encoder
    assert load_sentence_encoder().model is by_default.encoder.model


def test_missing_embedding_model_is_a_summarise_error(tmp_path: Path) -> None:
    summariser = ExtractiveSummariser(config=SummaryConfig(embedding_model=str(tmp_path / "nowhere")))
    with pytest.raises(SummariseError, match="not a model directory"):
        summariser.summarise(ARTICLE)


def test_boilerplate_detection() -> None:
    for line in [
        "Click here to subscribe.",
        "Follow us on Facebook and Instagram.",
        "Sign up for our free newsletter today.",
        "Scroll down for video.",
        "By Jane Smith, Staff Reporter",
        "Photo: a crowd outside the court.",
        "Published: 10:14, 3 March 2024",
        "© 2024 Example News. All rights reserved.",
    ]:
        assert is_boilerplate(line), line
    for line in [
        "The minister said she would follow the advice of the committee.",
        "By Tuesday the river had risen two metres above its normal level.",
        "Readers wrote in to say they had subscribed to the paper for decades.",
        "Children who read more books at home do better at school, the study found.",
        "The company newsletter said profits rose for the third year running.",
    ]:
        assert not is_boilerplate(line), line


def test_ranker_prefers_the_lead_and_skips_duplicates() -> None:
    rng = np.random.default_rng(7)
    vectors = rng.normal(size=(8, 16)).astype(np.float32)
    vectors[1] = vectors[0] + 0.01 * rng.normal(size=16)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    picked = select_sentences(vectors, count=3)
    assert picked == sorted(picked)
    assert 0 in picked and 1 not in picked
    # Without the duplicate rule and MMR, position alone takes the first three.
    assert select_sentences(vectors, count=3, weights=RankWeights(redundancy=0.0, duplicate=2.0)) == [0, 1, 2]
    assert select_sentences(vectors, count=10) == list(range(8))
    assert select_sentences(vectors, count=0) == []


def test_ranker_uses_the_title_when_position_ties() -> None:
    rng = np.random.default_rng(3)
    vectors = rng.normal(size=(6, 16)).astype(np.float32)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    flat = RankWeights(lead=0.0, centrality=0.0, title=1.0, redundancy=0.0)
    assert select_sentences(vectors, count=1, title_embedding=vectors[4], weights=flat) == [4]


def test_importing_the_stage_does_not_import_torch() -> None:
    code = "import sys, bot.summarise; assert 'torch' not in sys.modules and 'transformers' not in sys.modules"
    subprocess.run([sys.executable, "-c", code], cwd=REPO, check=True, timeout=60)


# --- abstractive (tiny random BART: tests the plumbing, not the prose) -----------------------

TINY_MAX_LENGTH = 64


@pytest.fixture(scope="module")
def tiny_bart(tmp_path_factory: pytest.TempPathFactory) -> Path:
    import torch
    from transformers import BartConfig, BartForConditionalGeneration, BertTokenizerFast

    path = tmp_path_factory.mktemp("tiny-bart")
    tokenizer = BertTokenizerFast.from_pretrained(str(default_embedding_model_path()), model_max_length=TINY_MAX_LENGTH)
    config = BartConfig(
        vocab_size=len(tokenizer),
        d_model=16,
        encoder_layers=1,
        decoder_layers=1,
        encoder_attention_heads=2,
        decoder_attention_heads=2,
        encoder_ffn_dim=32,
        decoder_ffn_dim=32,
        max_position_embeddings=128,
        pad_token_id=tokenizer.pad_token_id,
        bos_token_id=tokenizer.cls_token_id,
        eos_token_id=tokenizer.sep_token_id,
        decoder_start_token_id=tokenizer.sep_token_id,
        forced_eos_token_id=tokenizer.sep_token_id,
    )
    torch.manual_seed(0)
    model = BartForConditionalGeneration(config)
    # Random weights would often stop at once; forbid the special tokens so the output is always some words.
    with torch.no_grad():
        model.final_logits_bias[0, tokenizer.all_special_ids] = -1e4
    model.save_pretrained(str(path))
    tokenizer.save_pretrained(str(path))
    return path


def _abstractive(path: Path) -> AbstractiveSummariser:
    return AbstractiveSummariser(
        config=SummaryConfig(backend="abstractive", abstractive_model=str(path), max_summary_tokens=12)
    )


LONG_ARTICLE = [
    f"Sentence number {i} of the report describes the harbour works in plain and simple words." for i in range(30)
]


def test_abstractive_returns_non_empty_sentences(tiny_bart: Path) -> None:
    summary = _abstractive(tiny_bart).summarise(ARTICLE[:3])
    assert summary
    assert all(isinstance(s, str) and s and s == s.strip() for s in summary)


def test_abstractive_chunks_long_input_to_the_model_limit(tiny_bart: Path) -> None:
    summariser = _abstractive(tiny_bart)
    limit = summariser.model.max_input_tokens
    assert limit == TINY_MAX_LENGTH - 2  # [CLS] and [SEP]
    chunks = summariser.chunk(LONG_ARTICLE)
    assert len(chunks) > 1
    assert [s for chunk in chunks for s in chunk] == LONG_ARTICLE
    tokenizer = summariser.model.tokenizer
    for chunk in chunks:
        assert len(tokenizer(" ".join(chunk), add_special_tokens=False)["input_ids"]) <= limit
    assert summariser.chunk(ARTICLE[:2]) == [ARTICLE[:2]]
    summary = summariser.summarise(LONG_ARTICLE)
    assert summary and all(s.strip() for s in summary)


def test_abstractive_model_is_loaded_once(tiny_bart: Path) -> None:
    first, second = _abstractive(tiny_bart), _abstractive(tiny_bart)
    first.warm_up()
    assert first.model is second.model
    assert load_seq2seq(str(tiny_bart)).model is second.model.model


def test_abstractive_missing_directory_is_a_summarise_error(tmp_path: Path) -> None:
    with pytest.raises(SummariseError, match="not a model directory"):
        _abstractive(tmp_path / "no-such-model").summarise(ARTICLE)


def test_abstractive_unknown_hub_name_is_a_summarise_error() -> None:
    # Offline mode makes the hub lookup fail at once instead of after the client's retries.
    code = (
        "from bot.errors import SummariseError\n"
        "from bot.summarise import load_seq2seq\n"
        "try:\n"
        "    load_seq2seq('briefbot-tests/no-such-model')\n"
        "except SummariseError as exc:\n"
        "    print(exc)\n"
    )
    env = {**os.environ, "HF_HUB_OFFLINE": "1"}
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=REPO, env=env, capture_output=True, text=True, timeout=120, check=True
    )
    assert "model hub name 'briefbot-tests/no-such-model'" in done.stdout
    assert "BRIEF_SUMMARY_MODEL" in done.stdout


def test_headline_fragments_and_quote_pieces_are_not_picked(extractive: ExtractiveSummariser) -> None:
    sentences = [
        "Marlow to build flood wall",  # the headline again: no closing punctuation
        "Ann Lee 5 minutes ago | 09:10 AM",  # byline with a timestamp
        LEAD,
        '"We have waited for this wall through far too many long and wet winters.',  # opens, never closes
        'Every winter the water comes further up the street," the mayor said.',  # closes one it did not open
        ARTICLE[2],
        ARTICLE[4],
        ARTICLE[6],
    ]
    summary = extractive.summarise(sentences, title="Marlow to build flood wall")
    assert summary == [LEAD, ARTICLE[2], ARTICLE[4], ARTICLE[6]]


def test_a_sentence_that_is_only_a_quotation_is_not_picked(extractive: ExtractiveSummariser) -> None:
    sentences = [
        LEAD,
        '"The wall will hold back the worst of the river for at least fifty years," the mayor said.',
        "\u201cEven so, we hope that nobody in the lower town will ever need to find out.\u201d",  # words from nowhere
        ARTICLE[2],
        ARTICLE[4],
        ARTICLE[6],
    ]
    summary = extractive.summarise(sentences, title="Marlow to build flood wall")
    assert sentences[2] not in summary
    assert len(summary) == 4 and summary[0] == LEAD
