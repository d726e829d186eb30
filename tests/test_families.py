"""Families in the news: "the elder" and "the younger" of a surname are the parent and the child the story gives,
a family member's name the recogniser tagged as an organisation is still a person's, and a place that opens with
"Mont" or "Fort" is no one.  Articles written for these tests."""

from __future__ import annotations

import pytest

from bot.nlp import load_nlp
from tests.support.quotes import Extract, quote_extractor, speaker_of


@pytest.fixture(scope="module")
def quotes_of() -> Extract:
    return quote_extractor(load_nlp())


_RACE = (
    "Ines Kowalczyk won the junior sprint title on Sunday, her first national medal.",
    "Her father, Bogdan Kowalczyk, drove the team van from Sudbury.",
    '"I did not look at the clock once," Kowalczyk said. "I just ran."',
    "The title earns her a place on the national development team.",
    '"I was shouting so loud I lost my voice," the elder Kowalczyk said at the finish.',
    '"He says that every race," the younger Kowalczyk said, rolling her eyes.',
)


def test_the_elder_of_a_surname_is_the_parent_the_story_gives(quotes_of: Extract) -> None:
    assert speaker_of(quotes_of, "lost my voice", *_RACE) == "Bogdan Kowalczyk"


def test_the_younger_of_a_surname_is_the_other_when_only_the_parent_is_given(quotes_of: Extract) -> None:
    assert speaker_of(quotes_of, "every race", *_RACE) == "Ines Kowalczyk"


def test_the_elder_is_a_grandparent_owned_by_a_plural(quotes_of: Extract) -> None:
    speaker = speaker_of(
        quotes_of,
        "we rowed",
        '"We trained every morning," Dylan Rafferty said of the dory race he won with his cousin.',
        '"He trained. I slept in," Owen Rafferty said.',
        "The cousins' grandfather, Amos Rafferty, won the same race in 1969 and watched from the wharf.",
        '"In my day we rowed with whatever oars were in the shed," the elder Rafferty said.',
    )
    assert speaker == "Amos Rafferty"


def test_a_name_tagged_as_an_organisation_is_the_persons_beside_a_relative(quotes_of: Extract) -> None:
    quotes = quotes_of(
        "Tomasz Wieczorek scored in overtime.",
        '"I got lucky," the 20-year-old said.',
        "His father, Henryk Wieczorek, watched from the upper bowl.",
        '"He promised he would not tell that one," Tomasz Wieczorek said.',
    )
    assert [q.speaker for q in quotes] == ["Tomasz Wieczorek", "Tomasz Wieczorek"]


def test_a_place_opening_with_mont_is_no_one(quotes_of: Extract) -> None:
    speaker = speaker_of(
        quotes_of,
        "pain",
        "The skier Lea Marchand crashed in Cortina two years ago.",
        "Her father, Pierre Marchand, a former coach who ran the racing program at Mont Avila for 25 years, flew to "
        "Italy the next morning.",
        "But she said the upbeat photos hid a darker reality.",
        '"I was in a lot of pain," she said.',
    )
    assert speaker == "Lea Marchand"


def test_a_lawmakers_party_tag_tells_the_state_and_party_of_a_description(quotes_of: Extract) -> None:
    speaker = speaker_of(
        quotes_of,
        "Mom is right",
        "Sen. Ruth Calloway (D-Ore.), a senior appropriator, and her son, Rep. Bennett Calloway (R-Idaho), have "
        "each spent the week lobbying their own party's leaders.",
        '"My son and I agree on exactly one thing," Sen. Calloway said.',
        '"Mom is right about that," the Idaho Republican said a few hours later.',
    )
    assert speaker == "Bennett Calloway"


def test_a_party_tag_between_commas(quotes_of: Extract) -> None:
    speaker = speaker_of(
        quotes_of,
        "We will hold",
        "Sen. Dolores Vance, D-Minn., and Rep. Curtis Boyd, R-Wis., wrote the compromise.",
        '"We will hold the line on this," the Wisconsin Republican said.',
    )
    assert speaker == "Curtis Boyd"


def test_her_husband_is_the_one_a_name_owned_her_as_wife(quotes_of: Extract) -> None:
    speaker = speaker_of(
        quotes_of,
        "first week of March",
        "Three generations of the Boisverts work the sugar bush: Lucien Boisvert, 81, his son, Martin Boisvert, and "
        "Martin's daughter, Émilie Boisvert.",
        '"The sensors tell me before he knows," Émilie Boisvert said.',
        "Martin's wife, Janice Boisvert, who grew up on a dairy farm near Cornwall, runs the shop.",
        '"I married into this," she said. "Nobody warned me."',
        "The family's biggest worry is the weather.",
        '"We used to tap the first week of March," her husband said.',
    )
    assert speaker == "Martin Boisvert"


def test_the_younger_of_a_surname_is_the_nephew_the_story_gives(quotes_of: Extract) -> None:
    speaker = speaker_of(
        quotes_of,
        "for his uncle",
        "Port Kestrel's three-term mayor Derek Lomax is trailing his challenger by 38 votes.",
        '"Never count your chickens," Mr Lomax said.',
        "In the Central Ward, the mayor's nephew, Sam Lomax, was comfortably re-elected.",
        'The younger Lomax, 34, said he was "gutted for his uncle" but would work with whoever won.',
    )
    assert speaker == "Sam Lomax"


def test_mrs_is_not_the_son_named_in_full(quotes_of: Extract) -> None:
    speaker = speaker_of(
        quotes_of,
        "kettle on",
        "Aid worker Gareth Pennock, 38, flew home on Tuesday, where he was met by his mother, Glenys, and his sister.",
        '"It feels like a dream," Mr Pennock said.',
        "Mrs Pennock, 71, a retired midwife, had campaigned for his release for two years.",
        '"I have had the kettle on since six this morning," she said.',
    )
    assert speaker is not None and "Gareth" not in speaker and "Pennock" in speaker


def test_brothers_with_a_particled_surname_the_recogniser_missed_are_told_apart(quotes_of: Extract) -> None:
    paragraphs = (
        "Wikus du Plessis kicked the winning goal for the Stormers, and his brother Hennie du Plessis hit the post "
        "for the Sharks.",
        "Their parents, Elmarie and Johan du Plessis, watched from the stand.",
        '"I have never been so nervous on a field," Wikus du Plessis said.',
        '"It hit the post and that is rugby," Hennie du Plessis said.',
    )
    quotes = quotes_of(*paragraphs)
    assert [q.speaker for q in quotes] == ["Wikus du Plessis", "Hennie du Plessis"]
    assert quotes[0].role is None  # not "brother Hennie du", read off a name cut at its particle


def test_a_surname_naming_a_family_together_is_no_one_of_them(quotes_of: Extract) -> None:
    paragraphs = (
        "Coach upbeat on Brannock brothers before the semi-final",
        "Both Fionn and Oisin Brannock are expected to start on Saturday, the coach said.",
        '"I feel grand," Oisin Brannock said on Tuesday.',
        "Their father, Declan Brannock, won 30 caps in the 1990s. He admitted he found watching harder than playing.",
        '"I have lost more weight watching the two lads than I ever did in pre-season," Brannock said.',
    )
    assert speaker_of(quotes_of, "lost more weight", *paragraphs) == "Declan Brannock"
