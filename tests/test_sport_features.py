"""Sport features: a racehorse is no one who speaks, whatever the recogniser makes of her name, and "His mother said"
right after a jockey spoke is the one other of his surname, a woman.  Articles written for these tests."""

from __future__ import annotations

import pytest

from bot.nlp import load_nlp
from tests.support.quotes import Extract, quote_extractor, speaker_of


@pytest.fixture(scope="module")
def quotes_of() -> Extract:
    return quote_extractor(load_nlp())


_RACE = (
    "Robyn Hartigan has trained more than 900 winners, but never one ridden by her own son in a Group 1.",
    "Liam Hartigan, 24, brought the five-year-old mare Kowhai Lane from second-last to win the Harrowgate Cup.",
    '"I got a bit cute on the turn," the jockey said.',
    'His mother was less amused. "I\'ll be having a word about that on the drive home," she said.',
    'Kowhai Lane pulled up sound. "If she eats up tonight, we\'ll look at the next race," Hartigan said.',
)


def test_a_racehorse_takes_no_she_from_her_trainer(quotes_of: Extract) -> None:
    speaker = speaker_of(
        quotes_of,
        "eyes shut",
        "Trainer Robyn Hartigan has waited 31 years for a Group 1 win.",
        "On Saturday her son, Liam Hartigan, brought the mare Kowhai Lane from second-last to win the Harrowgate Cup.",
        '"I had my eyes shut for the last 200 metres," she said.',
    )
    assert speaker == "Robyn Hartigan"


def test_a_racehorse_named_again_is_still_no_speaker(quotes_of: Extract) -> None:
    speaker = speaker_of(
        quotes_of,
        "bit cute",
        "Robyn Hartigan has trained more than 900 winners.",
        "Liam Hartigan, 24, brought the five-year-old mare Kowhai Lane from second-last to win the Harrowgate Cup.",
        "Kowhai Lane will run again in the spring.",
        '"I got a bit cute on the turn," the jockey said.',
    )
    assert speaker == "Liam Hartigan"


def test_his_mother_after_the_son_spoke_is_the_other_of_his_surname(quotes_of: Extract) -> None:
    assert speaker_of(quotes_of, "drive home", *_RACE) == "Robyn Hartigan"


def test_an_inverted_said_before_a_role_the_parser_took_for_a_verb(quotes_of: Extract) -> None:
    # "said Raiders coach Brett Dunstan": "Raiders" parsed as a subject, "coach" as a verb, the name as its object
    speaker = speaker_of(
        quotes_of,
        "went to the bin",
        "Instead the Raiders found another gear.",
        "“When Tev went to the bin, I honestly thought that was it,” said Raiders coach Brett Dunstan.",
    )
    assert speaker == "Brett Dunstan"


def test_the_younger_of_two_brothers_is_the_one_introduced_so(quotes_of: Extract) -> None:
    speaker = speaker_of(
        quotes_of,
        "more than dinner",
        "Marcus Bell finished with nine catches. His younger brother, sophomore linebacker Jalen Bell, forced the "
        "fumble that set up the tying touchdown.",
        '"I guess I owe him dinner," Marcus Bell said.',
        'The younger Bell was less diplomatic. "He owes me more than dinner," the 19-year-old said.',
    )
    assert speaker == "Jalen Bell"


def test_the_description_is_the_anonymous_source_not_the_one_it_talks_of(quotes_of: Extract) -> None:
    speaker = speaker_of(
        quotes_of,
        "everyone knew",
        "Mereana Tipene, the Southern Kestrels goal shooter, retired on Tuesday.",
        "Not every chapter of Tipene’s career was smooth. A former teammate who did not want to be named recalled the "
        "tension of 2017, when Tipene publicly criticised the national selectors.",
        "“She was right, and everyone knew she was right,” the former teammate said.",
    )
    assert speaker == "A former teammate who did not want to be named"


def test_a_stablehand_kept_anonymous_is_the_stablehand(quotes_of: Extract) -> None:
    speaker = speaker_of(
        quotes_of,
        "bucket of chaff",
        "Robyn Hartigan's horse won the cup. Back at the stable, staff watched on a small television.",
        "A longtime stablehand who asked not to be named described the scene by phone.",
        '"Somebody knocked over a bucket of chaff and we all just screamed," the stablehand said.',
    )
    assert speaker == "A longtime stablehand who asked not to be named"


@pytest.mark.parametrize(
    ("introduced", "described"),
    [
        ("His elder brother and club captain, Kwame Osei-Bonsu, a centre-back,", "the centre-back"),
        ("The band's arranger for the past ten years, Kwame Osei-Bonsu,", "the arranger"),
        ("Kwame Osei-Bonsu, the mosque's chief cleric,", "the cleric"),
    ],
)
def test_a_calling_given_beside_a_name_is_that_person(quotes_of: Extract, introduced: str, described: str) -> None:
    quotes = quotes_of(
        f"{introduced} spoke to reporters after the meeting on Saturday.",
        f'"We will be back next week, and the week after that," {described} said.',
    )
    assert [q.speaker for q in quotes] == ["Kwame Osei-Bonsu"]


def test_a_pronoun_after_an_age_as_subject_is_that_person_not_a_team_named_after_it(quotes_of: Extract) -> None:
    quotes = quotes_of(
        "The Harbour Storm lost 51-44 to the Westgate Swifts in Saturday's netball final.",
        '"We found something in that last quarter," Aroha Tamati said. "But you cannot give a side an 11-goal start."',
        "The 32-year-old was less diplomatic about the umpiring in the second quarter, when the Storm were penalised "
        "19 times for contact to the Swifts' four.",
        '"I will probably get in trouble for this," she said, "but I thought the penalty count was lopsided."',
    )
    assert [q.speaker for q in quotes] == ["Aroha Tamati"] * 2


def test_the_former_pacer_is_the_coach_just_named_not_the_pacer_playing_now(quotes_of: Extract) -> None:
    quotes = quotes_of(
        "The Mavericks put down Bhandari twice, both times off the bowling of pacer Imran Bhatti.",
        "Mavericks head coach Joginder Sahota was more forthright. Speaking to reporters, the former Ranji Trophy "
        'pacer said: "I won\'t hide behind the pitch or the toss. We were outplayed."',
    )
    assert [q.speaker for q in quotes] == ["Joginder Sahota"]
