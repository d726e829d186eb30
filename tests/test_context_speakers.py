"""Speakers a careful reader finds from the story around a quote: a quote-only paragraph after narrative that names
no one, or after a sentence that opens with a newcomer the parser misread; a "she said" whose quote talks about
someone by given name (not the speaker); and "the linguist".  Articles written for these tests."""

from __future__ import annotations

import pytest

from bot.nlp import load_nlp
from tests.support.quotes import Extract, quote_extractor


@pytest.fixture(scope="module")
def quotes_of() -> Extract:
    return quote_extractor(load_nlp())


def speakers(quotes: list) -> list[str | None]:
    return [q.speaker for q in quotes]


def test_a_quote_goes_on_after_two_paragraphs_naming_no_one(quotes_of: Extract) -> None:
    quotes = quotes_of(
        "Dr. Katrin Lehmann, a chemist at the state laboratory, led the survey of backyard flocks.",
        '"Chickens sample the top few centimetres of the ground," the chemist said.',
        "The highest concentrations were found near a former airfield where firefighting foam was used.",
        "Those sources have been known for years.",
        '"What surprised us was how far the contamination reaches, even to villages with no obvious source."',
    )
    assert speakers(quotes) == ["Katrin Lehmann", "Katrin Lehmann"]


def test_a_thing_spoken_of_in_a_passive_names_no_speaker_between(quotes_of: Extract) -> None:
    quotes = quotes_of(
        "Priya Natarajan, the lawyer who won the appeal, said the case was unusual.",
        '"What is unusual is that we were able to prove it," she said.',
        "The software was never mentioned at the trial.",
        '"The jury heard that an eyewitness picked him out of a lineup, and nothing more."',
    )
    assert speakers(quotes) == ["Priya Natarajan", "Priya Natarajan"]


@pytest.mark.parametrize(
    ("narrative", "speaker"),
    [
        (
            "Goalkeeper Beat Zuercher, who turned 38 last week, guessed right and pushed the shot around the post.",
            "Beat Zuercher",
        ),
        (
            "Abdi Warsame coordinates volunteers at the drop-in centre, which is run by local churches and mosques.",
            "Abdi Warsame",
        ),
    ],
)
def test_a_quote_only_paragraph_is_the_newcomers_the_sentence_before_opens_with(
    quotes_of: Extract, narrative: str, speaker: str
) -> None:
    quotes = quotes_of(
        "The shelter has been full every night since October.",
        narrative,
        '"People keep asking me how long I will go on. I tell them I will decide in May."',
    )
    assert speakers(quotes) == [speaker]


def test_a_she_said_whose_quote_talks_of_someone_by_given_name_is_not_her(quotes_of: Extract) -> None:
    quotes = quotes_of(
        "Sandra Kuehn has taken Emma Walsh under her wing, driving her to away matches before she could drive.",
        '"Sandra is like a second mother, but a strict one. She checks my homework," she said.',
    )
    assert speakers(quotes) == ["Emma Walsh"]


def test_a_speaker_may_speak_of_themself_by_surname(quotes_of: Extract) -> None:
    quotes = quotes_of(
        "Dale Harlan spoke for an hour at the rally on Friday.",
        '"We are going to win with Harlan. People back down with Harlan," he said.',
    )
    assert speakers(quotes) == ["Dale Harlan"]


def test_a_description_is_not_the_one_the_quote_talks_of_by_given_name(quotes_of: Extract) -> None:
    quotes = quotes_of(
        "Allison MacKinnon won the provincial title on Sunday, two years after stepping away from the sport.",
        "The team is coached by Gord Lindsay, who played for Canada at the 2006 Winter Olympics.",
        '"Allison reads ice better than anyone I have ever coached," said the former Olympian.',
    )
    # not Allison, whom the quote talks of; the coach, whom the passive before names
    assert speakers(quotes) == ["Gord Lindsay"]


def test_the_linguist_is_the_one_the_story_calls_a_linguist(quotes_of: Extract) -> None:
    quotes = quotes_of(
        "Dr. Miriam Castellanos, a computational linguist at the University of Michigan, studies speech errors.",
        "The company did not respond to questions on Monday.",
        '"A note is not just paperwork," the linguist said.',
    )
    assert speakers(quotes) == ["Miriam Castellanos"]


def test_a_description_after_a_paragraph_about_her_is_the_one_its_she_stands_for(quotes_of: Extract) -> None:
    quotes = quotes_of(
        '"Tamika was unbelievable, but I want people to talk about Priya too," coach Dave Kowalczyk said.',
        "Priya Nandakumar, a freshman who was playing junior varsity in December, hit three 3-pointers in two "
        "minutes. She had attempted just seven 3-pointers all season.",
        '"I was not really thinking about it," said the 14-year-old, who finished with 11 points.',
    )
    assert speakers(quotes) == ["Dave Kowalczyk", "Priya Nandakumar"]


def test_a_description_after_a_passive_is_its_agent(quotes_of: Extract) -> None:
    quotes = quotes_of(
        '"Kyle made the right call for his family," skip Scott Marchetti said.',
        "The rink is coached by Marlene Sutter, who played lead for Canada at the 2002 Winter Olympics.",
        '"These guys are grinders. They do not beat themselves," said the former Olympian.',
    )
    assert speakers(quotes) == ["Scott Marchetti", "Marlene Sutter"]
