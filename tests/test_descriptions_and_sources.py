"""Who "the South Korean minister", "the person" and "he" are when the story has introduced them in ways the
other resolution tests do not cover: nationalities that tell two ministers apart, family names written first, an
unnamed source called "a person familiar with ...", a source who gave only a first name, and a first name the
recogniser took for a place.  Articles written for these tests."""

from __future__ import annotations

import pytest

from bot.brief import Quote
from bot.nlp import load_nlp
from tests.support.quotes import Extract, quote_extractor


@pytest.fixture(scope="module")
def quotes_of() -> Extract:
    return quote_extractor(load_nlp())


def said(quotes: list[Quote]) -> list[tuple[str | None, str]]:
    return [(q.speaker, q.text.split()[0]) for q in quotes]


MINISTERS = (
    "Japanese Foreign Minister Kenji Morimoto met his South Korean counterpart, Park Soo-yeon, in Seoul on Tuesday.",
    '"We agreed to keep talking," Morimoto told reporters.',
)


def test_a_description_naming_a_nationality_is_not_a_person_of_another(quotes_of: Extract) -> None:
    quotes = quotes_of(*MINISTERS, '"The door remains open," the South Korean minister said.')
    assert said(quotes) == [("Kenji Morimoto", "We"), ("Park Soo-yeon", "The")]


def test_a_description_naming_the_nationality_of_one_person_is_that_person(quotes_of: Extract) -> None:
    quotes = quotes_of(*MINISTERS, '"The door remains open," the Japanese minister said.')
    assert said(quotes) == [("Kenji Morimoto", "We"), ("Kenji Morimoto", "The")]


def test_a_family_name_written_first_speaks_alone(quotes_of: Extract) -> None:
    quotes = quotes_of(*MINISTERS, 'Park struck a similar tone. "Nobody wants a trade war," Park said.')
    assert said(quotes)[-1] == ("Park Soo-yeon", "Nobody")


def test_the_person_is_the_unnamed_source_introduced_as_a_person(quotes_of: Extract) -> None:
    quotes = quotes_of(
        "A person familiar with the investigation said the documents had been found in March.",
        '"They were in a locked drawer," the person said.',
    )
    assert said(quotes) == [("A person familiar with the investigation", "They")]


def test_he_after_a_source_who_gave_only_a_first_name_is_that_name(quotes_of: Extract) -> None:
    quotes = quotes_of(
        "Another tenant, who gave his name only as Terry, said the heating had been off for weeks.",
        '"We have complained three times," he said.',
    )
    assert [(q.speaker, q.role) for q in quotes] == [("Terry", "tenant")]


def test_a_first_name_alone_is_the_relative_named_in_full(quotes_of: Extract) -> None:
    quotes = quotes_of(
        "The harbour master, Brendan Doyle, said the storm was the worst in years. "
        "His nephew, Fergal Doyle, runs the chandlery.",
        '"We lost two boats," Fergal said.',
    )
    assert [(q.speaker, q.role) for q in quotes] == [("Fergal Doyle", "Brendan Doyle's nephew")]


def test_someones_spokesman_before_the_quote_does_not_chain_to_the_storys_protagonist(quotes_of: Extract) -> None:
    quotes = quotes_of(
        "Lorna Vance said on Monday she would not resign. Vance has led the city since 2019.",
        "Vance said the audit was politically motivated. Vance plans to appeal, and Vance's allies back her. "
        "Gil Norris and Tessa Brand, who run the opposition, want an inquiry.",
        "Norris and Brand will press on, the premier's spokesman said.",
        '"The premier has made his views very clear. He disagrees with the mayor," the spokesman said. '
        '"He stands by his comments."',
    )
    assert [speaker for speaker, _ in said(quotes)] == ["the spokesman"]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            'At a rally in Concord, Aubree Pellman hoisted a sign that read "15 percent!" Her father was worried.',
            "Aubree Pellman",
        ),
        (
            'The Daily Ledger recently ran a column that noted his "tax plan would mostly help wealthy families."',
            # an organisation's name without its leading "The", as "The Daily Ledger said" gives it
            "Daily Ledger",
        ),
    ],
)
def test_a_sign_held_or_a_piece_run_speaks_for_who_held_or_ran_it(
    quotes_of: Extract, sentence: str, speaker: str
) -> None:
    assert [q.speaker for q in quotes_of(sentence)] == [speaker]


def test_a_body_speaking_and_its_piece_read_as_one_source(quotes_of: Extract) -> None:
    quotes = quotes_of(
        '"The levy is a mistake," The Marlow Courier said in an editorial on Friday.',
        'The Marlow Courier later ran a column that noted the levy "will fall hardest on renters."',
    )
    assert len({q.speaker for q in quotes}) == 1 and quotes[0].speaker == "Marlow Courier"


def test_a_description_someone_named_reports_is_not_the_subject_before(quotes_of: Extract) -> None:
    quotes = quotes_of(
        "Karen Moss, who leads the Brenmoor district council, opened the new clinic on Monday.",
        '"This is the largest investment in a generation," Moss said.',
        "Dr Peter Ellis, who chairs the county medical board, said the minister had told him in March that rural "
        'clinics were "not a priority" this year.',
    )
    reported = next(q for q in quotes if q.text.startswith("not a priority"))
    # the minister Ellis speaks of is no one the story names: not Moss, who spoke before, and not given his role
    assert reported.speaker is not None and "Moss" not in reported.speaker
    assert all(q.role is None or "minister" not in q.role for q in quotes if q.speaker == "Karen Moss")


def test_a_first_name_a_source_gave_after_a_long_description_is_the_speaker(quotes_of: Extract) -> None:
    quotes = quotes_of(
        "One woman who queued outside the pharmacy for most of the afternoon, a toddler asleep on her shoulder, "
        "gave only her first name, Marisol. She said the shelves had been empty since Tuesday.",
        '"I have driven to three towns looking for the same medicine," she said.',
    )
    assert [q.speaker for q in quotes] == ["Marisol"]


def test_a_member_of_a_legislature_by_its_initials_is_the_legislator_named_before(quotes_of: Extract) -> None:
    quotes = quotes_of(
        "Senior Lok Jan Morcha legislator Jagdish Pratap Tomar on Sunday resigned as the party's State vice-president.",
        "State president Ramesh Chandra Dubey played down the resignation at a meeting of district presidents.",
        '"I have served this party for thirty-one years," the MLA told supporters outside his house.',
    )
    assert [q.speaker for q in quotes] == ["Jagdish Pratap Tomar"]


def test_the_finance_chief_is_not_the_chief_executive(quotes_of: Extract) -> None:
    quotes = quotes_of(
        'On the call, Orrin\'s chief executive, Helena Kastrup, said customers were in "a digestion period."',
        "Mr. Adebayo-Quill, who joined Orrin from an automotive supplier last year, said most of the increase in "
        "inventory reflected chips built for a new product line.",
        '"I stand by that comment," the finance chief said.',
    )
    assert [q.speaker for q in quotes] == ["Helena Kastrup", "Adebayo-Quill"]


def test_the_finance_chief_is_the_chief_financial_officer_named_before(quotes_of: Extract) -> None:
    quotes = quotes_of(
        "Orrin's chief financial officer, Martin Adebayo-Quill, said inventory would fall by the end of the year.",
        "Helena Kastrup, the chief executive, told analysts that demand for the company's chips remained strong.",
        "Analysts pressed the company on its guidance for the fourth quarter.",
        '"I stand by that comment," the finance chief said.',
    )
    assert [q.speaker for q in quotes] == ["Martin Adebayo-Quill"]
