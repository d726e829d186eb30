"""Organisations a reader would name: "the company said" is the company the story named, and "the statement said"
is whoever the story said issued it.  Articles written for these tests."""

from __future__ import annotations

import pytest

from bot.nlp import load_nlp
from tests.support.quotes import Extract, quote_extractor


@pytest.fixture(scope="module")
def quotes_of() -> Extract:
    return quote_extractor(load_nlp())


def speakers(quotes: list) -> list[str | None]:
    return [q.speaker for q in quotes]


def _without_the(speaker: str | None) -> str | None:
    """A body's name as a reader reads it, with or without the article's "the"."""
    return speaker[4:] if speaker and speaker.lower().startswith("the ") else speaker


FILLER = [
    "The cuts follow two years of falling orders from carmakers in Europe and Asia.",
    "Shares fell 6% in early trading before recovering most of the loss by the close.",
    "Analysts had expected a smaller round of cuts, concentrated in the company's sales offices.",
    "The plant opened in 1998 and was expanded twice in the following decade.",
]


def test_the_company_is_the_company_the_story_opens_with(quotes_of: Extract) -> None:
    quotes = quotes_of(
        "Halvard Robotics said on Thursday it would cut about 900 jobs and close its plant in Tarnby.",
        *FILLER,
        'In a statement, the company said affected workers would be "treated with dignity and respect."',
    )
    assert speakers(quotes) == ["Halvard Robotics"]


def test_the_council_is_the_council_named_just_before(quotes_of: Extract) -> None:
    quotes = quotes_of(
        "Tarnby District Council will vote on the rate rise next week, and Halvard Robotics has objected to it.",
        '"We will take enforcement action wherever landlords fail to act," the council said.',
    )
    assert speakers(quotes) == ["Tarnby District Council"]


def test_the_statement_is_its_issuers(quotes_of: Extract) -> None:
    quotes = quotes_of(
        "Race organisers said in a statement that the crowd of 28,500 was a record for the final day.",
        '"The atmosphere at the finish was something none of us will forget," the statement said.',
    )
    assert speakers(quotes) == ["Race organisers"]


def test_a_statement_someone_provided_is_theirs_not_the_reporters(quotes_of: Extract) -> None:
    quotes = quotes_of(
        "The minister's press secretary, Paul Brandt, declined to comment on the emails.",
        "The Ledger said Brandt provided a written statement in response to its questions.",
        '"The minister believes his use of personal email was a mistake," the statement said.',
    )
    assert speakers(quotes) == ["Paul Brandt"]


def test_the_company_stays_as_written_where_no_company_is_named(quotes_of: Extract) -> None:
    quotes = quotes_of(
        "Workers gathered outside the gates on Monday morning.",
        '"We regret the impact on our people," the company said.',
    )
    assert speakers(quotes) == ["the company"]


@pytest.mark.parametrize(
    ("paragraph", "body"),
    [
        (
            "The Federal Institute for Food Safety said in a statement that it was reviewing the study. The institute "
            'said the findings were "consistent with what is already known" about the chemicals.',
            "Federal Institute for Food Safety",
        ),
        (
            "The National Steering Committee for Flood Control said rescue teams had reached two of the three "
            'villages. The committee said roads to the third "remain cut by mud and fallen trees."',
            "National Steering Committee for Flood Control",
        ),
    ],
)
def test_a_body_noun_opening_a_sentence_is_the_body_named_before(quotes_of: Extract, paragraph: str, body: str) -> None:
    assert speakers(quotes_of(paragraph)) == [body]


def test_a_statement_a_relative_clause_says_a_company_made_is_the_companys(quotes_of: Extract) -> None:
    quotes = quotes_of(
        "The quarry is owned by Aldwick Stone, which said in a statement read to the court that it had replaced "
        "its fencing twice.",
        '"We share the family\'s grief," the statement said.',
    )
    assert speakers(quotes) == ["Aldwick Stone"]


def test_the_statement_of_a_body_that_acted_in_it_is_the_bodys(quotes_of: Extract) -> None:
    # the issuer's verb is no speech verb: the supporters' group rejected the plan in a statement
    quotes = quotes_of(
        "Club president Rainer Vogt defended the sale of a minority stake to a US investor.",
        "The Westkurve Lindau, the umbrella organisation of the club's supporters, rejected the plan in a "
        "statement posted on its website on Monday.",
        '"The club belongs to its members," the statement read.',
        'The group said it would protest "at every home game until the deal is dead".',
    )
    assert speakers(quotes) == ["Westkurve Lindau", "Westkurve Lindau"]


def test_the_statement_of_a_family_named_after_the_is_the_familys(quotes_of: Extract) -> None:
    quotes = quotes_of(
        "Detectives are still appealing for witnesses to the stabbing on Kowhai Street.",
        "In a statement released through police, the Tipene family asked for privacy while they grieved.",
        '"Aroha was a loving daughter, sister and friend," the statement said.',
    )
    assert speakers(quotes) == ["the Tipene family"]


def test_the_board_far_down_the_story_is_the_board_its_lede_named(quotes_of: Extract) -> None:
    quotes = quotes_of(
        "Trustees with the Larchfield District School Board voted 7-3 late Tuesday to close Pine Hollow High.",
        '"It is a sad day," said parent Jo Bell.',
        '"We lost," said student Ann Lee.',
        "Ed Poe, the principal, agreed that the vote was close.",
        "Students marched to the town hall on Wednesday.",
        'In a statement, the board said it would "explore every option" to keep the school\'s teams.',
    )
    assert speakers(quotes) == ["Jo Bell", "Ann Lee", "Larchfield District School Board"]


def test_a_team_saying_something_is_no_player(quotes_of: Extract) -> None:
    quotes = quotes_of(
        'Coach Remi Lacasse called the hit "dangerous".',
        'In a statement after the game, the Harriers said Marchand was "day-to-day" with an upper-body injury.',
    )
    assert speakers(quotes) == ["Remi Lacasse", "the Harriers"]


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("the Canadian Premier Women's League", "the Canadian Premier Women's League"),
        ("the Prairie Grain Farmers' Union", "the Prairie Grain Farmers' Union"),
    ],
)
def test_a_plural_possessive_inside_a_bodys_name_stays_in_it(quotes_of: Extract, body: str, name: str) -> None:
    quotes = quotes_of(f'In a statement, {body} said Saturday\'s crowd was "a milestone for the game".')
    assert speakers(quotes) == [name]


@pytest.mark.parametrize("written", ["The NPHL", "NPHL"])
def test_an_acronym_is_the_organisation_it_spells(quotes_of: Extract, written: str) -> None:
    quotes = quotes_of(
        "The former enforcer piled up 211 fights in the Northern Professional Hockey League before it banned them.",
        *FILLER,
        f'{written} said it "welcomes former players sharing their experiences" and pointed to its rule changes.',
    )
    assert speakers(quotes) == ["Northern Professional Hockey League (NPHL)"]


def test_the_force_is_the_police_named_before(quotes_of: Extract) -> None:
    quotes = quotes_of(
        "Mid Wales Police said the protest had been 'overwhelmingly peaceful'. In a statement, the force said: "
        "'We would like to thank the organisers for their cooperation.'",
    )
    assert speakers(quotes) == ["Mid Wales Police", "Mid Wales Police"]


def test_a_statement_set_off_beside_its_issuer_is_the_issuers(quotes_of: Extract) -> None:
    quotes = quotes_of(
        "The Lowland Ferries Authority, in a statement yesterday afternoon, said the repairs were at "
        '"the final stage of testing".',
        '"Every vessel will be inspected before it carries passengers again," the statement said.',
    )
    assert [_without_the(s) for s in speakers(quotes)] == ["Lowland Ferries Authority"] * 2


def test_a_report_put_out_by_a_body_is_the_bodys(quotes_of: Extract) -> None:
    quotes = quotes_of(
        "A report published in March by the Upland Libraries Network, which speaks for 60 branches, found that "
        "visits had doubled since 2019.",
        'The report called the rise "a quiet revolution" in rural reading.',
    )
    assert [_without_the(s) for s in speakers(quotes)] == ["Upland Libraries Network"]


def test_a_note_read_out_by_someone_else_is_its_writers(quotes_of: Extract) -> None:
    quotes = quotes_of(
        "The singer's widow, Maura Tierney-Cole, stayed at home on Friday.",
        "In a short note read out by her nephew at the gates, she thanked the crowd for coming.",
        '"He would have loved to see you all here," the note said.',
    )
    assert speakers(quotes) == ["Maura Tierney-Cole"]


def test_a_letter_a_named_department_sent_is_the_departments(quotes_of: Extract) -> None:
    quotes = quotes_of(
        "The Pell Hollow Rescue Association has 11 members, down from 26 a decade ago.",
        "In a letter to the county board in May, the association asked for a $20 payment for each call it answers.",
        '"Without help we cannot promise to reach every caller in time," the letter stated.',
    )
    assert [_without_the(s) for s in speakers(quotes)] == ["Pell Hollow Rescue Association"]


def test_a_statement_of_a_body_described_but_not_named_is_that_body(quotes_of: Extract) -> None:
    quotes = quotes_of(
        "The city, which owns the fairground, said in a statement on Sunday that it would review the fire plan.",
        '"We thank the volunteers who worked through the night," the statement said.',
    )
    assert [s.lower() for s in speakers(quotes)] == ["the city"]


def test_a_statement_of_a_body_named_beside_a_description_is_the_named_body(quotes_of: Extract) -> None:
    quotes = quotes_of(
        "The airline's largest union, the Coastal Cabin Crew Association, said in a statement that it had not "
        "been consulted.",
        '"No member will lose a single shift to pay for this," the statement said.',
    )
    assert [_without_the(s) for s in speakers(quotes)] == ["Coastal Cabin Crew Association"]


def test_a_described_body_is_not_another_body_that_spoke_before(quotes_of: Extract) -> None:
    quotes = quotes_of(
        "The Ostmark Health Ministry said the new trauma centre would open in 2027.",
        'The regional ambulance service said in a statement that it was "still in talks" about extra crews.',
    )
    assert [s.lower() for s in speakers(quotes)] == ["the regional ambulance service"]


def test_police_are_the_police_force_the_story_named_paragraphs_before(quotes_of: Extract) -> None:
    quotes = quotes_of(
        "Officer Dana Whitlock, a spokeswoman for the Cedar Bluff Police Department, said the driver fled north.",
        *FILLER,
        "Police said in a statement on Sunday that the traffic unit was leading the investigation.",
        '"Our thoughts are with the family," the statement said.',
    )
    assert speakers(quotes)[-1] == "Cedar Bluff Police Department"


def test_police_are_no_force_when_the_story_names_two(quotes_of: Extract) -> None:
    quotes = quotes_of(
        "The Cedar Bluff Police Department and the Marlow County Police Department searched the river overnight.",
        '"We will keep looking until we find her," police said.',
    )
    assert speakers(quotes) == ["police"]


def test_a_note_a_body_sent_in_a_relative_clause_is_the_bodys(quotes_of: Extract) -> None:
    quotes = quotes_of(
        "The move drew a rebuke from research house Calloway Ratings Partners, which said in a note to clients "
        "that the board had lost control.",
        '"A board that cannot keep its chair cannot keep its promises," the note said.',
    )
    assert [_without_the(s) for s in speakers(quotes)][-1] == "Calloway Ratings Partners"


def test_a_statement_of_a_named_director_the_parser_made_the_root(quotes_of: Extract) -> None:
    quotes = quotes_of(
        "In a statement issued Monday afternoon, the party's national campaign director, Priya Castellanos, called "
        "on the premier to drop the candidate.",
        '"This was not one bad day on the doorstep," the statement said.',
    )
    assert speakers(quotes) == ["Priya Castellanos"]


def test_an_organisations_name_running_past_an_institution_word_is_kept_whole(quotes_of: Extract) -> None:
    quotes = quotes_of(
        "Negotiators at the climate talks in Valmera worked through the night on a revised draft.",
        "Environmental groups were scathing. Climate Action Network International, a coalition of more than 1,900 "
        'organisations, said in a statement that the draft "fails the people on the front line of the climate crisis."',
    )
    assert speakers(quotes) == ["Climate Action Network International"]


def test_the_towns_statement_is_the_towns(quotes_of: Extract) -> None:
    quotes = quotes_of(
        "In 2011, the Town of Kessock renamed the arena's east sheet after the coach. The town said in a statement "
        "Monday that flags at municipal buildings would fly at half-mast until after the funeral.",
        '"Coach Wally gave this community something no budget could ever buy," the statement said.',
    )
    assert [_without_the(s) for s in speakers(quotes)] in (["town"], ["Town"], ["Town of Kessock"])


def test_a_company_described_then_named_beside_is_the_named_company(quotes_of: Extract) -> None:
    quotes = quotes_of(
        "Two sisters separated at birth in 1951 found each other through a mail-order DNA test.",
        'The company behind the test, Helixline, said in a statement that it had seen "a growing number of '
        'late-in-life reunions" among its customers.',
    )
    assert speakers(quotes) == ["Helixline"]
