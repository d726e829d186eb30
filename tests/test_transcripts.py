"""Transcripts printed as quotes: each paragraph opens with a quotation mark and a speaker's label in capitals
("HALVORSEN: We never ..."), and the next turn opens a new paragraph.  The label names the speaker and is not
their words.  Articles written for these tests."""

from __future__ import annotations

import pytest

from bot.nlp import load_nlp
from bot.quotes.marks import find_quotes, turn_label_end
from tests.support.quotes import Extract, quote_extractor


@pytest.fixture(scope="module")
def quotes_of() -> Extract:
    return quote_extractor(load_nlp())


_INTERVIEW = [
    "Senator Ingrid Halvorsen sat down with radio host Dale Okafor on Sunday. A partial transcript follows.",
    '"OKAFOR: Senator, your opponent says the port deal was rushed. Was it?',
    '"HALVORSEN: Well, look, Dale, he calls it a “fire sale.” It was nothing of the kind. We spent two years '
    "on it, and the harbour board signed off on every line of it.",
    '"(CROSSTALK.)',
    '"OKAFOR: Let me ask it another way. Would you sign it again tomorrow?',
    '"HALVORSEN: Tomorrow and the day after.',
]


def test_each_turn_is_a_quote_of_the_one_its_label_names(quotes_of: Extract) -> None:
    quotes = quotes_of(*_INTERVIEW)
    assert [(q.speaker, q.text.split()[0]) for q in quotes] == [
        ("Dale Okafor", "Senator,"),
        ("Ingrid Halvorsen", "Well,"),
        ("Dale Okafor", "Let"),
        ("Ingrid Halvorsen", "Tomorrow"),
    ]


def test_the_label_is_not_the_speakers_words(quotes_of: Extract) -> None:
    for q in quotes_of(*_INTERVIEW):
        assert "OKAFOR" not in q.text and "HALVORSEN" not in q.text
        assert all(not part.text.startswith(("OKAFOR", "HALVORSEN")) for part in q.parts)


def test_a_turn_holding_quoted_words_of_its_own_stays_one_quote(quotes_of: Extract) -> None:
    # the turn's straight opening mark is not a scraper's stray one before the curly “fire sale.”
    turn = next(q for q in quotes_of(*_INTERVIEW) if q.speaker == "Ingrid Halvorsen")
    assert turn.text.startswith("Well, look, Dale, he calls it a “fire sale.” It was nothing")
    assert turn.text.endswith("signed off on every line of it.")


def test_a_label_the_article_names_no_one_by_is_the_speaker_as_written(quotes_of: Extract) -> None:
    quotes = quotes_of(
        "The exchange, as the station's transcript has it:",
        '"BRANDT: Do you accept the audit?',
        '"MAYOR LUNDQVIST: I accept every word of it.',
    )
    assert [q.speaker for q in quotes] == ["Brandt", "Lundqvist"]


def test_a_label_naming_no_speaker_ends_the_turn_before_it_and_gives_no_speaker(quotes_of: Extract) -> None:
    quotes = quotes_of(
        "Anchor Dale Okafor put the mother's words to the senator.",
        '"OKAFOR: You heard her. Senator, did you mislead her?',
        '"VIDEO: They told me one thing on the phone and another thing at the funeral.',
        '"HALVORSEN: I have never misled that family.',
    )
    assert [(q.speaker, q.text.split()[0]) for q in quotes] == [
        ("Dale Okafor", "You"),
        (None, "They"),
        ("Halvorsen", "I"),
    ]


def test_a_stage_direction_ends_the_turn_and_is_no_ones_words() -> None:
    paragraphs = ['"REYES: We had a plan —.', '"(APPLAUSE.)', "The hall went quiet."]
    quotes = find_quotes(paragraphs)
    assert [[paragraphs[p.paragraph][p.start : p.end] for p in q.parts] for q in quotes] == [["We had a plan —."]]


@pytest.mark.parametrize(
    ("paragraph", "words_at"),
    [
        ('"KOWALSKI: We are ready.', 11),
        ('"SEN. KOWALSKI: We are ready.', 16),
        ('"Q: Are you running?', None),  # a question marker names no one
        ("KOWALSKI: We are ready.", None),  # no quotation mark: not quoted speech
        ('"Kowalski: We are ready.', None),  # labels are printed in capitals
    ],
)
def test_what_counts_as_a_turn_label(paragraph: str, words_at: int | None) -> None:
    assert turn_label_end(paragraph, 0) == words_at
