"""Bounded cost: hostile pages are briefed (or refused) quickly, long ones are capped, and a page past the time
budget ends with a final, cached ``TooComplex``.  Real spaCy, real summariser, real Redis; no mocks.

Time bounds carry slack for a busy 2-core machine (several test runs at once); the growth curve itself is
measured by scripts/bench_cost.py, not asserted here.
"""

from __future__ import annotations

import html
import os
import resource
import subprocess
import sys
import time
from pathlib import Path

import pytest

from bot.brief import Article, Brief
from bot.cache import BriefCache
from bot.config import AnalysisConfig, Settings
from bot.errors import BriefError, ConfigError, TooComplex, error_from_dict
from bot.limits import Deadline, cap_words
from bot.nlp import load_nlp, parse_paragraphs
from bot.pipeline import PIPELINE_VERSION, Pipeline
from bot.quotes import extract_quotes
from bot.quotes.filters import title_case
from bot.quotes.marks import find_quotes
from bot.quotes.verbatim import is_verbatim, squash_spaces
from handlers.render import render_brief
from tests.support.hostile import (
    article_of_words,
    article_text,
    description_quotes,
    namesake_quotes,
    owned_description_quotes,
    plain_quote_run,
    quote_paragraph,
    quote_paragraphs,
)
from tests.support.http_server import LOOPBACK_FETCH, html_route

ROOT = Path(__file__).resolve().parent.parent
#: The issue's bound for a hostile page through the CLI, model load included, on an idle machine.
CLI_SECONDS = 20.0
#: Slack for a 2-core machine shared with other test runs (measured: 20-25 s there at load average 6-7).
BUSY_MACHINE_SLACK = 3.0
MAX_WORKER_RSS_BYTES = 1.5 * 2**30


@pytest.fixture(scope="module")
def nlp():
    return load_nlp()


def _pipeline(summariser, *, cache=None, max_words=10_000, budget=30.0) -> Pipeline:
    return Pipeline(
        fetch_config=LOOPBACK_FETCH,
        summariser=summariser,
        cache=cache,
        analysis=AnalysisConfig(max_words=max_words, time_budget_seconds=budget),
    )


def _quotes_timed(paragraphs: list[str], nlp) -> tuple[list, float]:
    docs = parse_paragraphs(paragraphs, nlp=nlp)
    started = time.perf_counter()
    quotes = extract_quotes(docs)
    return quotes, time.perf_counter() - started


def _assert_verbatim(quotes, paragraphs: list[str]) -> None:
    if not quotes:
        return
    # only as far as the last quote's paragraph: is_verbatim squashes the whole text, and 5 MB per quote is slow
    text = "\n\n".join(paragraphs[: max(q.paragraph for q in quotes) + 1])
    squashed = squash_spaces(text)  # once: is_verbatim squashes the text again on every call
    for q in quotes:
        assert squash_spaces(q.text) in squashed or is_verbatim(q.text, text), q.text
        assert 0 <= q.paragraph < len(paragraphs)


# ------------------------------------------------------------------ the quote stage on hostile paragraphs


def test_one_paragraph_of_1000_short_quotes_is_fast_and_verbatim(nlp):
    # before the fix: 200 quotes took 2.5 s, 600 took 68 s (cubic)
    paragraphs = [quote_paragraph(1_000)]
    quotes, seconds = _quotes_timed(paragraphs, nlp)
    assert seconds < 10, f"quote stage took {seconds:.1f} s for 1,000 quotes"
    assert len(quotes) == 1_000  # every one is attributed ("...," said X.) so none is a scare quote
    assert all(q.speaker for q in quotes)
    _assert_verbatim(quotes, paragraphs)


def test_run_of_1000_plain_quoted_pairs_is_fast(nlp):
    paragraphs = [plain_quote_run(1_000)]
    quotes, seconds = _quotes_timed(paragraphs, nlp)
    assert seconds < 10, f"quote stage took {seconds:.1f} s"
    _assert_verbatim(quotes, paragraphs)


def test_20_paragraphs_of_50_quotes_is_fast_and_verbatim(nlp):
    paragraphs = quote_paragraphs(20, 50)
    quotes, seconds = _quotes_timed(paragraphs, nlp)
    assert seconds < 10, f"quote stage took {seconds:.1f} s"
    assert len(quotes) == 1_000
    assert {q.paragraph for q in quotes} == set(range(20))
    _assert_verbatim(quotes, paragraphs)


def test_one_sentence_of_attributed_quotes_is_fast(nlp):
    # no full stop anywhere: every sentence lookup, cue search and pronoun resolution sees one giant sentence
    names = ("Smith", "Jones", "he", "she")
    paragraph = " ".join(f"“ab cd {k},” said {names[k % 4]}" for k in range(800))
    quotes, seconds = _quotes_timed([paragraph], nlp)
    assert seconds < 10, f"quote stage took {seconds:.1f} s"
    _assert_verbatim(quotes, [paragraph])


def test_pronouns_with_no_fitting_person_in_a_giant_paragraph_are_fast(nlp):
    # every "she" has no woman to refer to, so resolving it used to scan the whole paragraph back: quadratic
    paragraphs = [" ".join(f"Tom Smith{k % 50} spoke. “Ab cd,” he said. “Ef gh,” she said." for k in range(1_000))]
    quotes, seconds = _quotes_timed(paragraphs, nlp)
    assert seconds < 5, f"quote stage took {seconds:.1f} s"
    assert len(quotes) == 2_000
    _assert_verbatim(quotes, paragraphs)


def _timed_small_large_small(small: list, large: list) -> tuple[list, dict[str, float]]:
    """The quote stage timed on the small, the large and the small parses again (growth is compared in one run,
    against the faster small run, so a busy machine does not matter); returns the small run's quotes too."""
    timings = {}
    for name, docs in (("small", small), ("large", large), ("small again", small)):
        started = time.perf_counter()
        quotes = extract_quotes(docs)
        timings[name] = time.perf_counter() - started
    return quotes, timings


def test_one_paragraph_of_quotes_costs_linear_time(nlp):
    # before the fix every quote of the paragraph read all the words before it for a lead-in ("Then, after a
    # pause:"): 2,440 quotes took 17 s of the quote stage against 1 s, quadratic; growth compared in one run
    small, large = (parse_paragraphs([quote_paragraph(n)], nlp=nlp) for n in (250, 2_000))
    quotes, timings = _timed_small_large_small(small, large)
    assert len(quotes) == 250
    growth = timings["large"] / min(timings["small"], timings["small again"])
    assert growth < 20, f"8 times the quotes took {growth:.0f} times as long ({timings})"


@pytest.mark.parametrize("one_person", [True, False], ids=["one Smith", "many Smiths"])
def test_names_sharing_a_surname_cost_linear_time(nlp, one_person):
    # before the fix every "Smith" looked at every earlier Smith for the fullest name: 500 quotes took 0.3 s and
    # 2,000 took 2.9 s (quadratic); growth is compared in one run so a busy machine does not matter
    small, large = (parse_paragraphs(namesake_quotes(n, one_person=one_person), nlp=nlp) for n in (500, 4_000))
    quotes, timings = _timed_small_large_small(small, large)
    assert len(quotes) == 500 and all(q.speaker and q.speaker.endswith("Smith") for q in quotes)
    growth = timings["large"] / min(timings["small"], timings["small again"])
    assert growth < 20, f"8 times the quotes took {growth:.0f} times as long ({timings})"


def test_descriptions_no_one_has_cost_linear_time(nlp):
    # "the golfer" looked at every earlier mention, working out each one's fullest name: 150 quotes took 0.6 s
    # and 1,200 took 36 s; now the nearest mentions are read, and fullest names are worked out once
    small, large = (parse_paragraphs(description_quotes(n), nlp=nlp) for n in (150, 1_200))
    quotes, timings = _timed_small_large_small(small, large)
    assert len(quotes) == 150
    growth = timings["large"] / min(timings["small"], timings["small again"])
    assert growth < 20, f"8 times the quotes took {growth:.0f} times as long ({timings})"


def test_descriptions_owned_by_names_cost_linear_time(nlp):
    # "Reaab's lawyer" is looked for among the roles of the people named: every description a different one,
    # each read all the roles before the roles read were bounded (8 times the quotes took 22 times as long)
    small, large = (parse_paragraphs(owned_description_quotes(n), nlp=nlp) for n in (150, 1_200))
    quotes, timings = _timed_small_large_small(small, large)
    assert len(quotes) == 150 and all(q.speaker and q.speaker.endswith("Ortiz") for q in quotes)
    growth = timings["large"] / min(timings["small"], timings["small again"])
    assert growth < 16, f"8 times the quotes took {growth:.0f} times as long ({timings})"


def _interview(n: int) -> list[str]:
    """An introduction, then ``n`` rounds of a question, an unquoted answer about no one, another question and a
    quoted answer: each quoted answer looks back past every earlier round for the one introduced."""
    paragraphs = ["Rosa Delgado has cooked for 20 years. We spoke to her about her work."]
    for k in range(n):
        paragraphs += [f"What happened in year {k}?", f"We planted {k} trees. My neighbour watered every one."]
        paragraphs += ["And then what?", f"“We planted {k} more and watered every one.”"]
    return paragraphs


def test_answers_in_a_long_interview_cost_linear_time(nlp):
    # each answer looked back past all the earlier rounds for the one introduced (4 times the rounds took 15
    # times as long); now each paragraph's interviewee is worked out once
    small, large = (parse_paragraphs(_interview(n), nlp=nlp) for n in (150, 1_200))
    quotes, timings = _timed_small_large_small(small, large)
    assert len(quotes) == 150 and {q.speaker for q in quotes} == {"Rosa Delgado"}
    growth = timings["large"] / min(timings["small"], timings["small again"])
    assert growth < 20, f"8 times the answers took {growth:.0f} times as long ({timings})"


def _unrecognised_hyphenated_speakers(n: int) -> list[str]:
    """``n`` players with hyphenated surnames the recogniser does not tag as people, each speaking by surname."""
    paragraphs = []
    for i in range(n):
        surname = f"Orlov-Vale{'abcdefghij'[i % 10]}{'x' * (i // 10 % 5)}"
        paragraphs.append(f"Nash {surname} had a goal and two assists for Riverside.")
        paragraphs.append(f'"We did not play well," {surname} said.')
    return paragraphs


def test_hyphenated_names_the_recogniser_missed_cost_linear_time(nlp):
    # each surname looks up its unrecognised full name once; a chain of thousands of hyphens is read once too
    small, large = (parse_paragraphs(_unrecognised_hyphenated_speakers(n), nlp=nlp) for n in (150, 1_200))
    quotes, timings = _timed_small_large_small(small, large)
    assert len(quotes) == 150 and quotes[0].speaker == "Nash Orlov-Valea"
    growth = timings["large"] / min(timings["small"], timings["small again"])
    assert growth < 20, f"8 times the quotes took {growth:.0f} times as long ({timings})"
    chain = parse_paragraphs(["-".join(["Vale"] * 2_000) + " said it was fine.", '"It is over," Vale said.'], nlp=nlp)
    started = time.perf_counter()
    extract_quotes(chain)
    assert time.perf_counter() - started < 5


def test_a_quote_of_thousands_of_sentences_is_read_as_title_or_not_in_linear_time():
    # each word looked back at the whole text before it for the sentence it opens: 120,000 characters took 30 s
    text = " ".join(["Word."] * 20_000)
    started = time.perf_counter()
    assert not title_case(text)
    assert time.perf_counter() - started < 2


@pytest.mark.parametrize("mark", ["'", "‘"])
def test_thousands_of_unclosed_single_marks_are_read_in_linear_time(mark):
    # before the fix each opening mark scanned to the paragraph's end: 2,000 of them took 6 s, 8,000 a minute
    paragraph = f" {mark}ab" * 20_000
    started = time.perf_counter()
    assert find_quotes([paragraph]) == []
    assert time.perf_counter() - started < 5


def test_thousands_of_unclosed_curly_single_marks_before_a_paragraph_going_on_are_read_in_linear_time():
    # the paragraph's last unclosed mark is looked for once, from its end, not from each mark
    paragraphs = [" ‘ab" * 20_000, "‘The quote goes on.’"]
    started = time.perf_counter()
    quotes = find_quotes(paragraphs)
    assert len(quotes) == 1 and len(quotes[0].parts) == 2
    assert time.perf_counter() - started < 5


def test_thousands_of_stray_closing_marks_are_read_in_linear_time():
    # each stray closing mark is asked whether it opens the paragraph; scanning all the text before it each time
    # took 29 s for 8,000 of them
    paragraph = "Some words first " + "word” " * 20_000
    started = time.perf_counter()
    find_quotes([paragraph])
    assert time.perf_counter() - started < 5


def test_thousands_of_pull_quotes_sharing_their_opening_words_are_matched_in_linear_time():
    # every pull quote opens with the same five words as thousands of attributed quotes: each looks at a few
    from bot.brief import Quote, QuotePart
    from bot.quotes.echoes import echoed_speakers

    n = 5_000
    said = [Quote(text=f"we will not stop now {k} ever", speaker="Ann Lee") for k in range(n)]
    pulls = [
        Quote(
            text=f"we will not stop now {k}",
            paragraph=k,
            parts=(QuotePart(text=f"we will not stop now {k}", start=0, end=1),),
        )
        for k in range(n)
    ]
    paragraphs = [f"“we will not stop now {k}”" for k in range(n)]
    started = time.perf_counter()
    out = echoed_speakers([*pulls, *said], paragraphs)
    assert time.perf_counter() - started < 5
    assert sum(q.speaker == "Ann Lee" for q in out[:n]) >= 8  # the first few find their source among the runs read


def test_quote_stage_stops_at_an_expired_deadline(nlp):
    docs = parse_paragraphs([quote_paragraph(50)], nlp=nlp)
    with pytest.raises(TooComplex):
        extract_quotes(docs, deadline=Deadline(seconds=0.0, started=time.monotonic() - 1))


def test_parse_stops_at_an_expired_deadline(nlp):
    with pytest.raises(TooComplex):
        parse_paragraphs(["One paragraph.", "Another one."], nlp=nlp, deadline=Deadline(seconds=0.0))


# ------------------------------------------------------------------ the word cap


def test_cap_words_keeps_verbatim_prefixes():
    article = Article(paragraphs=("one two three", "four  five six seven", "eight nine"), title="t")
    capped, truncated = cap_words(article, max_words=5)
    assert truncated
    assert capped.paragraphs == ("one two three", "four  five")
    assert all(orig.startswith(kept) for kept, orig in zip(capped.paragraphs, article.paragraphs, strict=False))
    assert cap_words(article, max_words=9) == (article, False)
    assert cap_words(article, max_words=3)[0].paragraphs == ("one two three",)


def test_long_article_is_capped_and_says_so(summariser):
    paragraphs = article_of_words(3_000)
    brief = _pipeline(summariser, max_words=1_000).brief_text("\n\n".join(paragraphs), title="Long")
    assert brief.truncated and brief.truncated_at_words == 1_000
    # quotes come from the analysed start only, and stay verbatim
    analysed = sum(len(p.split()) for p in paragraphs[: max(q.paragraph for q in brief.quotes) + 1])
    assert analysed <= 1_000 + len(paragraphs[0].split())
    _assert_verbatim(brief.quotes, paragraphs)
    # the reading time is the whole article's
    assert brief.reading_minutes >= 3_000 // 230 - 1
    assert Brief.from_dict(brief.to_dict()) == brief
    line = "Long article: only its first 1,000 words were briefed."
    texts = [e["text"] for b in render_brief(brief)["blocks"] if b["type"] == "context" for e in b["elements"]]
    assert any(line in t for t in texts)


def test_short_article_is_not_marked_truncated(summariser):
    brief = _pipeline(summariser).brief_text("\n\n".join(article_of_words(300)), title="Short")
    assert not brief.truncated and brief.truncated_at_words is None
    assert "Long article" not in str(render_brief(brief))


# ------------------------------------------------------------------ the time budget


def test_budget_ends_with_a_final_too_complex_error(summariser):
    # a real hostile page whose parse alone takes far longer than the 50 ms budget
    with pytest.raises(TooComplex) as caught:
        _pipeline(summariser, budget=0.05).brief_text(quote_paragraph(400), title="Hostile")
    error = caught.value
    assert error.code == "too_complex" and not error.retryable
    assert error.user_message == "This page is too long or complex for me to brief."
    rebuilt = error_from_dict(error.to_dict())
    assert isinstance(rebuilt, TooComplex) and not rebuilt.retryable


def test_too_complex_is_cached_as_final(summariser, redis_client, cache_config, web_server):
    page = f"<html><head><title>Hostile</title></head><body><article><p>{html.escape(quote_paragraph(400))}</p>"
    web_server.routes["/hostile"] = html_route(page + "</article></body></html>")
    cache = BriefCache(client=redis_client, config=cache_config, version=PIPELINE_VERSION)
    pipeline = _pipeline(summariser, cache=cache, budget=0.05)
    url = web_server.url("/hostile")
    with pytest.raises(TooComplex):
        pipeline.brief_url(url, cache_failure=False)  # final: cached even when retryable failures are not
    started = time.perf_counter()
    with pytest.raises(TooComplex):
        pipeline.brief_url(url, cache_failure=False)
    assert time.perf_counter() - started < 1.0
    assert web_server.hits["/hostile"] == 1  # the second answer came from the failure cache
    assert isinstance(cache.get(url), TooComplex)


def test_budget_setting_must_stay_below_the_job_timeout():
    assert Settings.from_env({}).analysis.time_budget_seconds < Settings.from_env({}).queue.job_timeout_seconds
    assert Settings.from_env({"BRIEF_JOB_TIMEOUT": "10"}).analysis.time_budget_seconds < 10
    assert Settings.from_env({"BRIEF_TIME_BUDGET": "12", "BRIEF_MAX_WORDS": "5000"}).analysis == AnalysisConfig(
        max_words=5_000, time_budget_seconds=12.0
    )
    with pytest.raises(ConfigError, match="BRIEF_TIME_BUDGET"):
        Settings.from_env({"BRIEF_TIME_BUDGET": "180"})
    with pytest.raises(ConfigError, match="BRIEF_MAX_WORDS"):
        Settings.from_env({"BRIEF_MAX_WORDS": "lots"})


# ------------------------------------------------------------------ the acceptance cases


HOSTILE = {
    "1000-short-quotes": lambda: [quote_paragraph(1_000)],
    "20x50-quotes": lambda: quote_paragraphs(20, 50),
    "5MB-article": lambda: article_of_words(800_000),  # ~5.0 MB of plain paragraphs, a quote each
}


@pytest.mark.parametrize("case", sorted(HOSTILE))
def test_hostile_page_briefed_within_bound_models_loaded(summariser, case):
    paragraphs = HOSTILE[case]()
    brief: Brief | None = None
    started = time.perf_counter()
    try:
        brief = _pipeline(summariser).brief_text("\n\n".join(paragraphs), title=case)
    except BriefError as exc:  # a refusal is fine when it is a BriefError with a reason
        assert isinstance(exc, TooComplex), exc
    seconds = time.perf_counter() - started
    assert seconds < CLI_SECONDS, f"{case}: {seconds:.1f} s"
    if brief is not None:
        assert brief.summary
        _assert_verbatim(brief.quotes, paragraphs)


@pytest.mark.slow
@pytest.mark.parametrize("case", sorted(HOSTILE))
def test_hostile_page_through_the_cli(tmp_path, case):
    path = tmp_path / f"{case}.txt"
    path.write_text(article_text(HOSTILE[case]()), encoding="utf-8")
    started = time.perf_counter()
    result = subprocess.run(
        [sys.executable, "-m", "bot.cli", "brief", str(path)],
        cwd=ROOT,
        env={**os.environ, "BRIEF_MAX_WORDS": "10000"},
        capture_output=True,
        text=True,
        timeout=300,
    )
    seconds = time.perf_counter() - started
    assert result.returncode in (0, 1), result.stderr
    if result.returncode == 1:  # refused: one line saying why
        assert result.stderr.strip().count("\n") == 0 and result.stderr.startswith("briefbot: ")
    else:
        assert "Summary" in result.stdout
        long_note = "Long article: only its first 10,000 words were briefed."
        assert (long_note in result.stdout) == (case == "5MB-article")
    assert seconds < CLI_SECONDS * BUSY_MACHINE_SLACK, f"{case}: {seconds:.1f} s"
    # ru_maxrss of waited-for children, in KiB on Linux
    assert resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * 1024 < MAX_WORKER_RSS_BYTES
