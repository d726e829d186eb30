"""Local news: members of the public quoted once or twice, unnamed or by the name they gave, and bodies far down a
story.  Articles written for these tests."""

from __future__ import annotations

import pytest

from bot.nlp import load_nlp
from tests.support.quotes import Extract, quote_extractor
from tests.support.quotes import speakers_of as speakers


@pytest.fixture(scope="module")
def quotes_of() -> Extract:
    return quote_extractor(load_nlp())


MAYOR = "Ferrisburg Mayor Dwight Amundsen said about 40% of the town's sewer lift stations were still without power."


def test_a_source_introduced_at_a_paragraphs_end_speaks_in_the_next(quotes_of: Extract) -> None:
    found = speakers(
        quotes_of,
        MAYOR,
        "A man who said he had farmed along the river since 1979 stood at the back of the news conference. Asked "
        "afterward what he had lost, he shrugged.",
        '"Corn, mostly. Some fence. It\'ll come back," he said.',
    )
    assert found == ["A man who said he had farmed along the river since 1979"]


def test_a_source_introduced_by_a_copula_speaks_in_the_quote_after(quotes_of: Extract) -> None:
    found = speakers(
        quotes_of,
        '"That\'s groceries for a couple of days," said a nursing student who rides the bus every day.',
        "She said she had considered buying a used car but could not afford the insurance.",
        'One rider, a retiree waiting for the No. 14, was more forgiving. "Four dollars still beats a taxi," he said.',
    )
    assert found[-1] == "One rider"


def test_the_woman_is_the_source_introduced_as_one(quotes_of: Extract) -> None:
    found = speakers(
        quotes_of,
        MAYOR,
        "At the shelter, one evacuee, a woman staying on a cot in the gymnasium with her three children, said the "
        "family had left with only school backpacks.",
        '"The landlord hasn\'t called. Nobody has called," the woman said.',
    )
    assert found == ["one evacuee"]


def test_a_source_who_gave_only_her_first_name_is_that_name(quotes_of: Extract) -> None:
    found = speakers(
        quotes_of,
        "A high school junior who gave only her first name, Jada, said students at Brazos Hollow High had already "
        'lost their orchestra program. "Every year you tell us it\'s the last hard year," she said.',
    )
    assert found == ["Jada"]


def test_a_short_reply_with_i_goes_on_with_the_speaker(quotes_of: Extract) -> None:
    quotes = quotes_of(
        "A first-year nursing student, who asked that her name not be used, said her parents had borrowed to pay "
        "her residence fees.",
        "\"My dad's a fisherman. He doesn't have an extra $640 lying around,\" the student said.",
        '"Neither do I."',
    )
    assert [q.text.endswith("Neither do I.") for q in quotes] == [True]


def test_the_district_far_down_is_the_district_the_lede_named(quotes_of: Extract) -> None:
    found = speakers(
        quotes_of,
        "BRAZOS HOLLOW, Texas — Trustees of the Brazos Hollow Independent School District voted 5-2 on Tuesday to "
        "close two elementary schools.",
        "The vote followed three hours of public comment.",
        "Parents packed the cafeteria, many holding hand-lettered signs.",
        "Trustee Amara Whitfield said she had voted no because the plan was rushed.",
        "Union leaders accused administrators of protecting central-office jobs.",
        'In a statement released before the meeting, the district said the increase reflected "state-mandated '
        'positions in special education."',
    )
    assert found == ["Brazos Hollow Independent School District"]
