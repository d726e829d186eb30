"""Statements read in court and quotes printed in straight single marks, as British regional papers print them: the
one whose statement it is speaks, not the barrister reading it; a quote opened after a sentence and left open runs
on into the next paragraph; a document is no one's role.  Articles written for these tests."""

from __future__ import annotations

import pytest

from bot.nlp import load_nlp
from tests.support.quotes import Extract, quote_extractor

_CRASH = "A van driver who killed a retired teacher while reading a text message has been jailed for four years."


@pytest.fixture(scope="module")
def quotes_of() -> Extract:
    return quote_extractor(load_nlp())


def test_a_statement_read_by_a_barrister_is_the_named_writers_and_her_pronoun_is_hers(quotes_of: Extract) -> None:
    quotes = quotes_of(
        _CRASH,
        "Prosecutor Daniel Ashby told the court the road was straight and the weather was clear.",
        "In a victim impact statement read to the court by Mr Ashby, Mrs Coyle's daughter, Joanne Pruett, said her "
        'family had been "hollowed out" by her mother\'s death.',
        '"Mum was the person who held us all together," she wrote. "She taught half of this town to read."',
    )
    assert [q.speaker for q in quotes] == ["Joanne Pruett", "Joanne Pruett"]


def test_a_straight_single_quote_opened_after_a_sentence_runs_on(quotes_of: Extract) -> None:
    quotes = quotes_of(
        _CRASH,
        "In a statement, Joanne Pruett, the teacher's daughter, said her family had lost its centre.",
        "'Mum held us all together,' she wrote. 'She taught half of this town to read, and she was still teaching "
        "my children to bake.",
        "'Every Thursday I think of her setting off on that bike with her flask of tea.'",
    )
    (quote,) = quotes
    assert quote.speaker == "Joanne Pruett"
    assert [p.text for p in quote.parts] == [
        "Mum held us all together",
        "She taught half of this town to read, and she was still teaching my children to bake.",
        "Every Thursday I think of her setting off on that bike with her flask of tea.",
    ]


def test_a_straight_mark_after_a_sentence_with_no_quote_running_on_opens_nothing(quotes_of: Extract) -> None:
    # the next paragraph does not open on a mark: no quote is carried into it
    quotes = quotes_of(
        _CRASH,
        "'Mum held us all together,' Joanne Pruett wrote. 'She taught half of this town to read.'",
        "The court heard the driver had three previous convictions for using a phone at the wheel.",
    )
    assert [p.text for q in quotes for p in q.parts] == [
        "Mum held us all together",
        "She taught half of this town to read.",
    ]


def test_a_document_set_off_before_a_name_is_not_the_persons_role(quotes_of: Extract) -> None:
    quotes = quotes_of(
        "A former treasurer of a hospice fundraising group has admitted stealing £48,000.",
        "In a victim personal statement, Deborah Lowe, chief executive of Hollyoak Hospice, said the theft had cost "
        'the hospice "around 900 hours of nursing care".',
    )
    (quote,) = quotes
    assert quote.speaker == "Deborah Lowe"
    assert quote.role is not None and "statement" not in quote.role
    assert "chief executive" in quote.role


def test_a_hospice_named_before_its_chairman_is_no_person_his_pronoun_goes_to(quotes_of: Extract) -> None:
    quotes = quotes_of(
        "A former treasurer who stole £48,000 from a hospice's fundraising group has been jailed.",
        "Pauline Tredwell, 58, was trusted with the accounts of the Friends of Marram Hospice, a volunteer group which "
        "raises money for Marram Children's Hospice.",
        "Outside court, the Friends of Marram Hospice's chairman, Roger Bellamy, said the group had tightened its "
        "financial controls.",
        '"We have been through a horrible couple of years," he said.',
    )
    assert [q.speaker for q in quotes] == ["Roger Bellamy"]
