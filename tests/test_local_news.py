"""Local crime and court copy: a letter read out in court is its writer's, a school district the recogniser takes
for a place still speaks in its message, and "the deputy fire marshal" is the marshal the story named.  Articles
written for these tests."""

from __future__ import annotations

import pytest

from bot.nlp import load_nlp
from tests.support.quotes import Extract, quote_extractor, speaker_of


@pytest.fixture(scope="module")
def quotes_of() -> Extract:
    return quote_extractor(load_nlp())


def test_a_letter_read_out_is_the_one_it_is_from(quotes_of: Extract) -> None:
    speaker = speaker_of(
        quotes_of,
        "ride a bike",
        "Prosecutor Anna Velde then read a letter from the victim's son, Marco Ruffini, who is stationed overseas.",
        '"My father taught me to ride a bike on that road," the letter said.',
    )
    assert speaker == "Marco Ruffini"


def test_a_letter_from_an_unnamed_relation_stays_unnamed(quotes_of: Extract) -> None:
    # whose letter it is, the story does not say by name: no one is guessed, the reader who read it out included
    speaker = speaker_of(
        quotes_of,
        "ride a bike",
        "Prosecutor Anna Velde then read a letter from his doctor.",
        '"He was in no state to ride a bike," the letter said.',
    )
    assert speaker != "Anna Velde"


def test_a_school_district_tagged_a_place_speaks_in_its_message(quotes_of: Extract) -> None:
    speaker = speaker_of(
        quotes_of,
        "carry this alone",
        "Superintendent Philip Amberson of the Coal Ridge Area School District said counselors were at the school.",
        '"These are great kids," Amberson said.',
        "The district said in a message posted to its website that counselors would stay all week. "
        '"No student should carry this alone," the message said.',
    )
    assert speaker == "Coal Ridge Area School District"


@pytest.mark.parametrize("described", ["the deputy fire marshal", "the marshal"])
def test_the_marshal_is_the_marshal_named(quotes_of: Extract, described: str) -> None:
    speaker = speaker_of(
        quotes_of,
        "Not at this time",
        "Deputy Fire Marshal Lisa Brandt said investigators believe the fire started in the garage.",
        '"We\'re looking at a couple of possibilities," Brandt said.',
        f'Asked whether the fire was suspicious, {described} said: "Not at this time."',
    )
    assert speaker == "Lisa Brandt"


def test_an_anonymous_source_behind_a_long_clause_keeps_her_she(quotes_of: Extract) -> None:
    # the clause "who lives ... because she knows the family" made the parser take "woman" for the sentence's root
    speaker = speaker_of(
        quotes_of,
        "bad guy",
        "Mayor Eileen Voss said the council had asked for rumble strips twice.",
        "A woman who lives along the highway and asked not to be named because she knows the Fisk family said she "
        "was stunned by the news.",
        "“He’s not a bad guy,” she said.",
    )
    assert speaker is not None and speaker.startswith("A woman who lives along the highway")


def test_the_group_is_the_name_it_calls_itself(quotes_of: Extract) -> None:
    speaker = speaker_of(
        quotes_of,
        "72 hours",
        "Chief executive Fiona Galbraith said the stolen data included names and addresses.",
        "A group calling itself BlackWattle claimed responsibility in a post on a dark web forum on Wednesday night.",
        "“Meridian has 72 hours to contact us,” the group wrote.",
    )
    assert speaker == "BlackWattle"


def test_mr_after_his_mother_is_the_son_named_just_before(quotes_of: Extract) -> None:
    speaker = speaker_of(
        quotes_of,
        "back of an ambulance",
        "Joan Ibbotson, 67, founded the campaign to save the maternity unit.",
        "“Nothing has been decided, they tell us,” Mrs Ibbotson said.",
        "Her son, Mark Ibbotson, a paramedic, said the journey could take 40 minutes. "
        "“I’ve delivered babies in the back of an ambulance on that road,” Mr Ibbotson said.",
    )
    assert speaker == "Mark Ibbotson"


@pytest.mark.parametrize(
    "line",
    [
        "Her letter, which was shown to the inquiry, warned that staffing was 'dangerously low on most nights'.",
        "Her email to the board said staffing was 'dangerously low on most nights'.",
    ],
)
def test_her_letter_is_hers(quotes_of: Extract, line: str) -> None:
    speaker = speaker_of(
        quotes_of,
        "dangerously low",
        "Ms Grace Liddell, a midwife on the unit for 11 years, said she had raised concerns in writing in 2019.",
        line,
    )
    assert speaker == "Grace Liddell"


def test_his_reply_is_his(quotes_of: Extract) -> None:
    speaker = speaker_of(
        quotes_of,
        "render settling",
        "The agent forwarded the complaint to Craig Holloway, who replied two days later. "
        "His reply read: 'Had a look, all fine, it is just the render settling.'",
    )
    assert speaker == "Craig Holloway"


def test_the_email_is_the_one_who_emailed(quotes_of: Extract) -> None:
    speaker = speaker_of(
        quotes_of,
        "not an expert",
        "In March, a tenant on the third floor emailed the managing agent about the balcony. "
        "The email, which was read to the jury, said: 'I'm not an expert but this doesn't look right.'",
    )
    assert speaker == "a tenant on the third floor"


def test_she_paused_then_added_is_hers(quotes_of: Extract) -> None:
    # the parser made "She paused" a clause of "added", which was left with no subject
    speaker = speaker_of(
        quotes_of,
        "stubborn man",
        '"He left Sunday with a sandwich," Connie Greer said.',
        'She paused, then added, "He\'s a stubborn man."',
    )
    assert speaker == "Connie Greer"


def test_its_statement_is_the_company_named_just_before(quotes_of: Extract) -> None:
    speaker = speaker_of(
        quotes_of,
        "invested significantly",
        "Bellwood Senior Living Inc. runs 14 homes across the province.",
        "Bellwood did not respond to questions about the dividends. Its statement said the company had "
        '"invested significantly" in recruitment.',
    )
    assert speaker == "Bellwood Senior Living Inc."


def test_its_report_is_the_firm_named_just_before(quotes_of: Extract) -> None:
    speaker = speaker_of(
        quotes_of,
        "highly illiquid",
        "By 2021, the plan's actuary, Delmont & Rowe, was sounding alarms. Its valuation report that year warned "
        'that the holdings were "highly illiquid and subject to significant valuation uncertainty."',
    )
    assert speaker == "Delmont & Rowe"
