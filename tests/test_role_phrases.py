"""Roles stated in the ways news copy states them beyond an apposition: a sentence saying what the person is ("X
is chief executive of Y", "X was named head coach"), a body after "from", a phrase with a participle before the
comma and the name, the side a barrister speaks for, titles written out after a post, joined posts, hyphened job
words and place names, and "who" clauses after a job.  Articles written for these tests."""

from __future__ import annotations

import pytest

from bot.brief import Quote
from bot.nlp import load_nlp
from tests.support.quotes import Extract, only, quote_extractor


@pytest.fixture(scope="module")
def quotes_of() -> Extract:
    return quote_extractor(load_nlp())


def speaker_and_role(quote: Quote) -> tuple[str | None, str | None]:
    return quote.speaker, quote.role


# --------------------------------------------------------------------------- a sentence saying what the person is


def test_a_sentence_saying_what_the_person_is_gives_the_role(quotes_of: Extract) -> None:
    quote = only(
        quotes_of(
            "Maura Quinlan is chief executive of the Kestrel Harbour Trust, which owns the quay.",
            '"We will reopen the slipway by spring," Quinlan said.',
        )
    )
    assert speaker_and_role(quote) == ("Maura Quinlan", "chief executive of the Kestrel Harbour Trust")


def test_a_post_the_person_was_named_to_is_the_role(quotes_of: Extract) -> None:
    quote = only(
        quotes_of(
            "Tom Brandt was named head coach of the Lakeside Herons on Monday.",
            '"I have waited a long time for this," Brandt said.',
        )
    )
    assert speaker_and_role(quote) == ("Tom Brandt", "head coach of the Lakeside Herons")


def test_a_denied_post_is_no_role(quotes_of: Extract) -> None:
    quote = only(
        quotes_of(
            "Ines Holt is not the captain of the side, whatever the fans think.",
            '"I just try to lead by example," Holt said.',
        )
    )
    assert speaker_and_role(quote) == ("Ines Holt", None)


# --------------------------------------------------------------------------- where the person works


@pytest.mark.parametrize(
    "paragraphs",
    [
        ['"The data are clear," said Professor Idris Farouk, from the University of Westmere.'],
        [
            "The committee heard from Professor Idris Farouk, from the University of Westmere, who led the study.",
            '"The data are clear," Farouk said.',
        ],
    ],
)
def test_a_body_after_from_is_where_a_titled_person_works(quotes_of: Extract, paragraphs: list[str]) -> None:
    quote = only(quotes_of(*paragraphs))
    assert speaker_and_role(quote) == ("Idris Farouk", "Professor, University of Westmere")


def test_a_town_after_from_is_a_hometown_not_a_role(quotes_of: Extract) -> None:
    quote = only(
        quotes_of(
            '"They were never told about the quota change," said Owen Pryce, from Dunmore, who fishes out of the '
            "harbour."
        )
    )
    assert speaker_and_role(quote) == ("Owen Pryce", None)


# --------------------------------------------------------------------------- role phrases before a comma and the name


def test_a_role_phrase_with_a_participle_before_the_name(quotes_of: Extract) -> None:
    quote = only(
        quotes_of(
            "An attorney representing the fishermen, Gina Marsh, said the rules were unlawful. "
            '"Nobody consulted them," she said.'
        )
    )
    assert speaker_and_role(quote) == ("Gina Marsh", "an attorney representing the fishermen")


def test_the_side_a_barrister_speaks_for_is_the_role(quotes_of: Extract) -> None:
    quote = only(
        quotes_of(
            "Defending, Aisling Rooney said her client had been under great strain. "
            '"He accepts he behaved badly," she said.'
        )
    )
    assert speaker_and_role(quote) == ("Aisling Rooney", "defending")


def test_a_title_with_a_state_after_the_name_keeps_the_role_phrase_before_it(quotes_of: Extract) -> None:
    quote = only(
        quotes_of(
            "The committee's top Republican, Sen. Kathleen Dorsey of Utah, said the hearing was a waste of time. "
            '"We have heard all this before," she said.'
        )
    )
    assert speaker_and_role(quote) == ("Kathleen Dorsey", "Senator, Utah, the committee's top Republican")


def test_a_title_with_a_state_keeps_the_apposition_after_it(quotes_of: Extract) -> None:
    quote = only(
        quotes_of('"This bill is dead on arrival," said Sen. Thomas Breyer of Ohio, the ranking Democrat on the panel.')
    )
    assert speaker_and_role(quote) == ("Thomas Breyer", "Senator, Ohio, the ranking Democrat on the panel")


# --------------------------------------------------------------------------- appositions with a "who" clause


def test_a_who_clause_ends_the_job_in_an_apposition(quotes_of: Extract) -> None:
    quote = only(
        quotes_of(
            '"The margins will recover," said Dana Whitcombe, an analyst at Clearwater Securities who rates the '
            "stock a buy."
        )
    )
    assert speaker_and_role(quote) == ("Dana Whitcombe", "an analyst at Clearwater Securities")


def test_a_trade_known_by_its_ending_is_a_job_before_a_who_clause(quotes_of: Extract) -> None:
    quote = only(
        quotes_of(
            "Ray Mullins, a 58-year-old crane operator who has worked at the port for 30 years, said the news was a "
            'shock. "We found out from the radio," he said.'
        )
    )
    assert speaker_and_role(quote) == ("Ray Mullins", "a 58-year-old crane operator")


# --------------------------------------------------------------------------- posts and titles before the name


@pytest.mark.parametrize(
    ("post", "role"),
    [
        ("founder and CEO", "Brightwater founder and CEO"),
        ("co-founder and chief executive", "Brightwater co-founder and chief executive"),
    ],
)
def test_two_posts_joined_by_and_are_one_role_and_no_part_of_the_name(quotes_of: Extract, post: str, role: str) -> None:
    quote = only(quotes_of(f'"We are very proud of the team," said Brightwater {post} Anil Raghunathan.'))
    assert speaker_and_role(quote) == ("Anil Raghunathan", role)


def test_a_written_out_title_after_a_post_reads_first(quotes_of: Extract) -> None:
    quote = only(
        quotes_of(
            "Tenbury Town Council chairman Councillor Lesley Bradley said the bridge must reopen. "
            '"Businesses are suffering," she said.'
        )
    )
    assert speaker_and_role(quote) == ("Lesley Bradley", "Councillor, Tenbury Town Council chairman")


@pytest.mark.parametrize(
    ("sentence", "speaker", "role"),
    [
        (
            "Hereford and Worcester Fire and Rescue Service group commander Neil Ashdown said the blaze started in "
            "a kitchen.",
            "Neil Ashdown",
            "Hereford and Worcester Fire and Rescue Service group commander",
        ),
        (
            "Stoke-on-Trent chief executive Jon Rouse said the city would bid again.",
            "Jon Rouse",
            "Stoke-on-Trent chief executive",
        ),
    ],
)
def test_a_body_or_place_named_with_and_or_hyphens_stays_whole_in_the_role(
    quotes_of: Extract, sentence: str, speaker: str, role: str
) -> None:
    quote = only(quotes_of(f'{sentence} "We did all we could," he said.'))
    assert speaker_and_role(quote) == (speaker, role)


# --------------------------------------------------------------------------- what a role must not take in


def test_a_name_joined_by_and_to_a_body_is_a_person_not_part_of_the_body(quotes_of: Extract) -> None:
    quotes = quotes_of(
        "Donald Marsh and House Speaker Ellen Pryor met on Thursday.",
        '"We agreed on a great deal," Pryor said.',
    )
    assert [speaker_and_role(q) for q in quotes] == [("Ellen Pryor", "House Speaker")]


def test_a_hyphened_job_word_tagged_a_verb_stays_in_the_role(quotes_of: Extract) -> None:
    quote = only(
        quotes_of('"You may have material that is modified," Gridlock co-founder Dmitri Alvarov told reporters.')
    )
    assert speaker_and_role(quote) == ("Dmitri Alvarov", "Gridlock co-founder")


def test_a_sentence_opening_possessive_in_a_role_is_lower_case(quotes_of: Extract) -> None:
    quote = only(
        quotes_of(
            "Rep. Patrick Moreno wants more funding for teachers. His Democratic opponent, Rep. Alan Gray, would "
            "support later school start times.",
            '"Kids need sleep," Gray said.',
        )
    )
    assert speaker_and_role(quote) == ("Alan Gray", "Representative, his Democratic opponent")


def test_rival_alone_says_nothing_of_the_person(quotes_of: Extract) -> None:
    quotes = quotes_of(
        "The senator attacked rival Dana Whitlock on Friday.",
        '"She has no plan," Whitlock\'s campaign said, before Whitlock replied: "I have a plan for every county."',
    )
    assert [(q.speaker, q.role) for q in quotes if q.speaker == "Dana Whitlock"] == [("Dana Whitlock", None)]


def test_a_title_the_apposition_opens_and_never_closes_is_cut_off(quotes_of: Extract) -> None:
    quote = only(
        quotes_of(
            'Solovey, a contestant on the reality TV show "The Pitch," who went on to work for the firm, said the '
            "boss was kind.",
            '"He was always generous," said Solovey.',
        )
    )
    assert speaker_and_role(quote) == ("Solovey", "a contestant on the reality TV show")


def test_a_second_post_holding_a_who_clause_is_left_out(quotes_of: Extract) -> None:
    quote = only(
        quotes_of(
            '"We need every vote," said Amanda Rios, the campaign\'s national political director and one of the '
            "aides who drew up the tour."
        )
    )
    assert speaker_and_role(quote) == ("Amanda Rios", "the campaign's national political director")


def test_a_ranking_apposition_cut_from_its_who_clause_is_no_role(quotes_of: Extract) -> None:
    quote = only(
        quotes_of('"It was a bad deal," said Sen. Jeff Marley of Oregon, the only senator who voted against it.')
    )
    assert speaker_and_role(quote) == ("Jeff Marley", "Senator, Oregon")


@pytest.mark.parametrize(
    "sentence",
    [
        "Tomas Reyes would be the president of the league if the vote went his way.",
        "Tomas Reyes is a stiff campaigner who rarely smiles.",
        'Tomas Reyes is "the best chairman we ever had," one member said.',
    ],
)
def test_a_sentence_that_judges_or_supposes_gives_no_role(quotes_of: Extract, sentence: str) -> None:
    quotes = quotes_of(sentence, '"We will fight on," Reyes said.')
    assert speaker_and_role(quotes[-1]) == ("Tomas Reyes", None)


# --------------------------------------------------------------------------- ranks, sides and titles of local copy


@pytest.mark.parametrize(
    ("paragraphs", "speaker", "role"),
    [
        # a rank the tagger takes for a verb ("head", "managing"), and a team's plural name opening the sentence
        (
            [
                "Harvesters head coach Darren Kowalchuk spent most of his news conference defending a late hit.",
                '"It was a hockey play," Kowalchuk said.',
            ],
            "Darren Kowalchuk",
            "Harvesters head coach",
        ),
        (
            [
                '"Two years is better than nothing," said Katrin Ebersbach, managing director of the Union of '
                "Glassmakers."
            ],
            "Katrin Ebersbach",
            "managing director of the Union of Glassmakers",
        ),
        # a role phrase before the name that opens a clause after "that"
        (
            [
                "The judge noted that Brandt's lawyer, Diane Froese, had asked for a conditional sentence.",
                '"He is sorry for what he did," Froese told the court.',
            ],
            "Diane Froese",
            "Brandt's lawyer",
        ),
        # the side a barrister speaks for, set off after the name
        (
            [
                "Daniel Ogunleye, prosecuting, said the scheme had been carefully hidden.",
                '"She took money from a hospice," Mr Ogunleye said.',
            ],
            "Daniel Ogunleye",
            "prosecuting",
        ),
        # a Scottish prosecutor's post
        (
            [
                "Procurator fiscal depute Euan Baird said the tenant had boiled kettles to bathe her children.",
                '"It was cold for months," Mr Baird said.',
            ],
            "Euan Baird",
            "procurator fiscal depute",
        ),
        # "Cr", the Australian councillor's title, is no given name
        (
            [
                "Councillor Doug Fenwick voted against the rate rise on Tuesday.",
                '"We should have cut our own costs first," Cr Fenwick said.',
            ],
            "Doug Fenwick",
            "Councillor",
        ),
    ],
)
def test_roles_of_local_and_court_copy(
    quotes_of: Extract, paragraphs: list[str], speaker: str, role: str | None
) -> None:
    assert speaker_and_role(only(quotes_of(*paragraphs))) == (speaker, role)
