"""British and Irish political copy: "the Dún Rua TD" and "the Sligo-Leitrim deputy" are descriptions with a place
(accented, hyphenated) and a title in capitals; a lede's "accused by the main opposition party's housing spokesman
of presiding over ..." is the spokesman the next paragraph names, and what he accused her of is no part of him.
Articles written for these tests."""

from __future__ import annotations

import pytest

from bot.nlp import load_nlp
from tests.support.quotes import Extract, quote_extractor, speaker_of


@pytest.fixture(scope="module")
def quotes_of() -> Extract:
    return quote_extractor(load_nlp())


_DEBATE = (
    "The Minister for Housing was accused in the Dáil last night by the main opposition party's housing "
    "spokesman of presiding over 'a national emergency dressed up as a policy', as her bill passed its second stage.",
    "Cathal Ó Dúlaing, housing spokesman for Comhar, said the bill would do 'next to nothing' for families in hotels.",
)


def test_a_lede_description_owned_by_a_party_is_the_one_named_after_it(quotes_of: Extract) -> None:
    assert speaker_of(quotes_of, "national emergency", *_DEBATE) == "Cathal Ó Dúlaing"


@pytest.mark.parametrize("described", ["the Dún Rua TD", "the Sligo-Leitrim deputy", "the Labour MP"])
def test_a_description_with_a_place_or_a_capital_title(quotes_of: Extract, described: str) -> None:
    speaker = speaker_of(
        quotes_of, "nine hundred homes", *_DEBATE, f"'The minister brings us nine hundred homes,' {described} said."
    )
    assert speaker == "Cathal Ó Dúlaing"


@pytest.mark.parametrize("source", ["One islander", "One crofter", "One stallholder"])
def test_an_unnamed_source_by_a_calling_keeps_her_she(quotes_of: Extract, source: str) -> None:
    speaker = speaker_of(
        quotes_of,
        "shout at us",
        "Rona Gillanders, who chairs the community council, said islanders had stopped believing timetables.",
        f"{source}, who asked not to be named because she works for the ferry operator, said staff were "
        "'at breaking point'.",
        "'People shout at us like it's our fault,' she said.",
    )
    assert speaker == source


def test_a_relative_with_a_post_is_both_and_the_councillor(quotes_of: Extract) -> None:
    quotes = quotes_of(
        "Minister Aoife Brennan said there would be 'clear and robust' exemptions.",
        "Mr Gorman's daughter, Siobhán Gorman, a member of Sliabh Dubh County Council, told reporters the exemptions "
        "were 'not worth the paper they're written on'.",
        "'We've been here before,' the councillor said.",
    )
    here = next(q for q in quotes if q.text.startswith("We've been"))
    assert here.speaker == "Siobhán Gorman"
    assert here.role == "Mr Gorman's daughter, a member of Sliabh Dubh County Council"


def test_a_short_single_quoted_phrase_ending_in_s_before_since_is_a_quote(quotes_of: Extract) -> None:
    quotes = quotes_of(
        "Councillor Lerato Mahlangu said she had raised the leaking reservoir 'at least five times' since 2021.",
    )
    assert [(q.text, q.speaker) for q in quotes] == [("at least five times", "Lerato Mahlangu")]


def test_a_single_quoted_run_on_holding_a_double_quoted_title_is_one_quote(quotes_of: Extract) -> None:
    quotes = quotes_of(
        "Councillor Lerato Mahlangu said the reservoir had leaked for years.",
        "'Every year I asked. Even the council's own \"Bulk Water Master Plan\" says the reservoir should have been "
        "relined in 2018.",
        "'The money was in the budget every year. Where did it go?'",
    )
    assert len(quotes) == 1
    assert [p.text[:10] for p in quotes[0].parts] == ["Every year", "The money "]
    assert quotes[0].speaker == "Lerato Mahlangu"


def test_the_independent_td_is_the_deputy_named_before(quotes_of: Extract) -> None:
    quotes = quotes_of(
        "The emergency department at St Brigid's Hospital in Tullyvane will close overnight from January, according "
        "to an internal memo seen by a local TD, who has accused health chiefs of ‘downgrading by stealth’.",
        "Deputy Sinéad Corr raised the issue in the Dáil on Tuesday night, reading from what she said was a briefing "
        "note. The note, she said, stated that overnight cover could no longer be safely maintained.",
        "'This is a hospital that serves a population of more than 90,000 people,' the Independent TD told the House.",
    )
    assert [q.speaker for q in quotes] == ["Sinéad Corr", "Sinéad Corr"]
