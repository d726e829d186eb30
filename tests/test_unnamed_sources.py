"""Sources the article keeps unnamed, and the descriptions that go on with them: "the man" after "Another
neighbour, who did not want to be named, said ...", "the young woman" after "One of the two friends ...", and "the
MP" after "One Liberal backbencher, who asked not to be named, ..." though the story named an MP further back.
Articles written for these tests."""

from __future__ import annotations

import pytest

from bot.nlp import load_nlp
from tests.support.quotes import Extract, quote_extractor


@pytest.fixture(scope="module")
def quotes_of() -> Extract:
    return quote_extractor(load_nlp())


def speakers(quotes_of: Extract, *paragraphs: str) -> list[str | None]:
    return [q.speaker for q in quotes_of(*paragraphs)]


NEIGHBOUR = "Another neighbour, who did not want to be named, said officers had knocked on every door by noon."


def test_the_man_goes_on_with_the_unnamed_source_just_before(quotes_of: Extract) -> None:
    found = speakers(
        quotes_of,
        'Resident Carl Dunn said he heard sirens at dawn. "It was loud," he said.',
        NEIGHBOUR,
        '"They were polite, but you could tell it was serious," the man said. "They asked about cameras."',
    )
    assert found == ["Carl Dunn", "Another neighbour"]


@pytest.mark.parametrize(
    ("source", "description"),
    [
        ("A mother of two said officers had knocked on every door by noon.", "the man"),
        ("Officers knocked on every door by noon.", "the woman"),
    ],
)
def test_the_man_is_no_source_of_the_other_sex_nor_anyone_when_none_was_introduced(
    quotes_of: Extract, source: str, description: str
) -> None:
    assert speakers(quotes_of, source, f'"They were polite," {description} said.') == [description]


def test_an_unnamed_source_with_a_place_reads_as_one_source(quotes_of: Extract) -> None:
    found = speakers(
        quotes_of,
        'A resident of the Larchmont retirement village said staff had been "marvellous".',
        "A resident of the Larchmont retirement village, who said she was 84, praised the staff.",
        '"They brought water to every unit," the woman said.',
    )
    assert found == ["A resident of the Larchmont retirement village"] * 2


def test_one_of_a_group_is_the_source_a_description_goes_on_with(quotes_of: Extract) -> None:
    found = speakers(
        quotes_of,
        "Tessa Quinlan, 17, died at the scene.",
        "One of the two friends who were with Tessa that night, whose name is protected by a publication ban, told "
        "the court she still hears the engine.",
        '"I hear it every night. That sound, getting louder," the young woman said. "Then she was gone."',
    )
    assert found == ["One of the two friends"]


@pytest.mark.parametrize(
    "description",
    ["the MP", "the backbencher"],
)
def test_a_description_after_an_anonymous_source_is_that_source(quotes_of: Extract, description: str) -> None:
    found = speakers(
        quotes_of,
        'Liberal MP Gordon Ashby, a backbencher, defended the report. "It was thorough," Ashby said.',
        "One Liberal backbencher, who asked not to be named because they were not authorized to speak for the "
        "caucus, conceded the optics were poor.",
        f'"People hear the word secret and stop listening," {description} said.',
    )
    assert found == ["Gordon Ashby", "One Liberal backbencher"]


def test_a_description_after_a_named_source_is_not_an_anonymous_one(quotes_of: Extract) -> None:
    found = speakers(
        quotes_of,
        'Senator Jo Bell criticised the bill. "It is a disaster," Bell said.',
        "An aide to the governor, who asked not to be named, defended it.",
        "Bell was unmoved.",
        '"It will not pass," the senator said.',
    )
    assert found == ["Jo Bell", "Jo Bell"]


@pytest.mark.parametrize("title", ["Cpl.", "Rabbi", "Reeve"])
def test_police_faith_and_township_titles_are_descriptions_too(quotes_of: Extract, title: str) -> None:
    noun = {"Cpl.": "corporal", "Rabbi": "rabbi", "Reeve": "reeve"}[title]
    found = speakers(
        quotes_of,
        f'"We are keeping an open mind," {title} Annick Dorval told reporters on Monday.',
        'Dorval said the work would continue "for as long as it takes."',
        f'"The family deserves answers," the {noun} said.',
    )
    assert found == ["Annick Dorval"] * 3


def test_a_lower_case_role_after_an_anonymous_source_is_that_source(quotes_of: Extract) -> None:
    found = speakers(
        quotes_of,
        'Cllr Hollis Brandreth, the council leader, said the scheme would "transform the town".',
        "One committee member who voted against the scheme, speaking on condition of anonymity, said some "
        'colleagues had been "leaned on hard" before the meeting.',
        '"Half the people who voted yes tonight hate it," the councillor said.',
    )
    assert found == ["Hollis Brandreth", "One committee member", "One committee member"]


def test_the_statement_of_an_unnamed_spokesperson_is_theirs(quotes_of: Extract) -> None:
    found = speakers(
        quotes_of,
        "In a statement, a spokesperson for the Ministry of Health said the province had put "
        '"record funding" into hospitals.',
        '"Regional health officials are working closely with the hospital," the statement said.',
    )
    assert found == ["a spokesperson for the Ministry of Health"] * 2


def test_a_singular_they_goes_on_with_the_unnamed_source_just_before(quotes_of: Extract) -> None:
    quotes = quotes_of(
        "Harbourline Broadcasting said in a statement that the series would return in March.",
        "A sound engineer, who did not want to be named because they were not allowed to talk to reporters, said "
        'the winter shoot had been "brutal". The sound engineer said the mood had lifted since the spring.',
        '"We are laughing again," they said.',
    )
    assert quotes[-1].speaker == "A sound engineer"


def test_the_party_word_after_an_anonymous_party_member_is_that_source(quotes_of: Extract) -> None:
    quotes = quotes_of(
        "Greens candidate Mia Forsyth says the seat is winnable.",
        "One senior Conservative, who asked not to be named because he was not authorised to speak, called the "
        'campaign "a shambles".',
        '"Head office picked the candidate and now head office can carry the can," the Conservative said.',
    )
    assert [q.speaker for q in quotes] == ["One senior Conservative"] * 2


def test_the_person_familiar_with_a_deal_said_again_is_that_source(quotes_of: Extract) -> None:
    quotes = quotes_of(
        "Rootwise, a maker of weeding robots, raised $90 million, according to a person familiar with the deal who "
        "was not authorized to speak publicly.",
        '"Specialty crops are a great beachhead," said Paolo Marchetti, a partner at Furrow Ventures.',
        "Farm-robot start-ups have struggled to raise money since two high-profile failures last year.",
        "The person familiar with the deal said that some firms that passed on the round had raised similar concerns.",
        '"A couple of investors told them to come back when they are in Iowa," the person said.',
    )
    assert quotes[-1].speaker is not None and "familiar with the deal" in quotes[-1].speaker


def test_a_veteran_observer_introduced_unnamed_is_the_he_that_follows(quotes_of: Extract) -> None:
    quotes = quotes_of(
        "Tevita Lolohea, a 19-year-old student from the atoll nation of Maluatu, said he had travelled for three days.",
        '"My grandmother\'s village has already moved once," he said.',
        "By early Saturday, delegates were drifting back to hotels with no sign of a breakthrough. One veteran "
        "observer, who has attended every summit since 2009, summed up the mood.",
        '"It always looks like this at 2 a.m.," he said. "The question is what it looks like at 2 p.m."',
    )
    assert [q.speaker for q in quotes] == ["Tevita Lolohea", "One veteran observer"]
