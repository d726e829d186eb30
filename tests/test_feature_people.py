"""People as features write about them: by given name once named in full, through an age or a calling in the
next sentence, as "the widower" of the story's subject.  Articles written for these tests."""

from __future__ import annotations

import pytest

from bot.nlp import load_nlp
from tests.support.quotes import Extract, quote_extractor
from tests.support.quotes import speakers_of as speakers


@pytest.fixture(scope="module")
def quotes_of() -> Extract:
    return quote_extractor(load_nlp())


def test_a_given_name_alone_is_the_person_named_in_full(quotes_of: Extract) -> None:
    # the recogniser tags "Kirsty" an organisation here; a feature calls her by her given name
    found = speakers(
        quotes_of,
        "Kirsty Tulloch, the company's artistic director, is carrying a papier-mâché lighthouse across a car park.",
        '"We have played to eleven people," she says.',
        "One former company member, who toured for three seasons, called the work exhausting. "
        '"You sleep on floors," he said.',
        "By half past seven the hall is full, and the children sit cross-legged on mats at the front.",
        "At the interval, Kirsty stands by the tea urn and watches the queue for shortbread snake round the hall.",
        '"If we stop, nobody else is going to come up these roads," she says.',
    )
    assert found[-1] == "Kirsty Tulloch"


def test_a_given_name_beside_a_known_surname_is_another_of_the_family(quotes_of: Extract) -> None:
    # "June" is no listed given name (it is a month too); beside a Dempsey, it is one of the family
    found = speakers(
        quotes_of,
        "From the porch of the house his grandfather built, Lyle Dempsey can see his cattle and the drill rigs.",
        "Wells are June Dempsey's department. Lyle's wife of 44 years keeps a binder of water-level readings.",
        '"The stock well has dropped two feet since they started pumping," she says.',
    )
    assert found == ["June Dempsey"]


def test_an_age_the_parser_hangs_on_the_verb_is_the_sentence_subject(quotes_of: Extract) -> None:
    found = speakers(
        quotes_of,
        "Nell Marchetti, a labor mediator, died on Sunday at her home in Scranton. She was 81.",
        '"You would make your pitch, and she would just look at you," said Dennis Whitcomb, who sat across the '
        "table from her as a lawyer for management.",
        'The 77-year-old laughed at the memory. "I gave up about four points on wages to that silence, and I never '
        'did figure out how she did it."',
    )
    assert found == ["Dennis Whitcomb", "Dennis Whitcomb"]


def test_an_age_in_the_sentence_after_a_name_is_that_person(quotes_of: Extract) -> None:
    found = speakers(
        quotes_of,
        "The sensor was built at Northfork State by a team led by Ingrid Solvang, a physicist.",
        "The engineering fell largely to Tomas Lindqvist, a postdoctoral researcher who joined the group from Lima "
        "in 2021. The 31-year-old spent most of his first year fighting vibration.",
        '"Every time the air handlers kicked on, our signal disappeared. We tried foam, springs, a sandbox."',
    )
    assert found == ["Tomas Lindqvist"]


def test_a_calling_in_the_sentence_after_a_name_is_her_role(quotes_of: Extract) -> None:
    quotes = quotes_of(
        "MANCHESTER — At half past six on a wet Tuesday, Priya Halloran is already elbow-deep in a pig. The chef, "
        "who runs a 40-cover restaurant on a side street in Ancoats, breaks down a carcass twice a week.",
        '"If I hand this job to somebody else, I stop knowing what things cost," she says.',
    )
    assert [(q.speaker, q.role) for q in quotes] == [("Priya Halloran", "chef")]


def test_the_widower_is_the_husband_the_story_named(quotes_of: Extract) -> None:
    # the husband was named paragraphs back; the man quoted last is a lawyer, whom "the widower" is not
    found = speakers(
        quotes_of,
        "Nell Marchetti, who spent four decades settling strikes, died on Sunday. She was 81.",
        "Her husband of 58 years, Arturo Marchetti, a retired bricklayer, said the cause was heart failure.",
        "She joined the state mediation office in 1980 and handled more than 300 disputes over two decades.",
        "The best known was a transit strike in 1994 that froze the city for eleven days.",
        "Her method was silence. Across the table, she would let a proposal sit until the other side filled the gap.",
        "Her daughter remembers the same silence at home, after curfews missed and dented fenders.",
        '"She never raised her voice," said Dennis Whitcomb, a lawyer who faced her across the table in 1994.',
        "She is survived by two sisters and five grandchildren.",
        "Asked what he would miss most, the widower did not pause the way his wife would have.",
        '"The arguments. We had fifty-eight years of arguments."',
    )
    assert found == ["Dennis Whitcomb", "Arturo Marchetti"]


def test_a_capitalised_pronoun_is_no_one(quotes_of: Extract) -> None:
    found = speakers(
        quotes_of,
        "Marlene Vosburgh farms 900 acres north of Hays with her son, Kyle.",
        "For Marlene, the bags on the pallets matter more than the numbers, each printed with the farm's name. Hers "
        "says the farm's old name. She runs a hand over it on the way out.",
        '"Well. I\'m stubborn enough," she says.',
    )
    assert found == ["Marlene Vosburgh"]


def test_a_paragraph_about_one_person_speaks_through_its_first_sentences_subject(quotes_of: Extract) -> None:
    # the paragraph's last sentence is about a sinkhole; the quote-only paragraph after it is the physicist's
    found = speakers(
        quotes_of,
        "The Cold Atom Sensing Group at Northfork State is led by Ingrid Solvang, who built its first sensor.",
        "Solvang said the sensor could map a city block in an afternoon, and Solvang's students believe her.",
        "A cloud of rubidium atoms is cooled, dropped and split by laser pulses; an empty space underground pulls "
        "very slightly less than the soil around it.",
        "The Norwegian-born physicist came to the problem sideways. In 2018 a sinkhole opened on a street two "
        "blocks from her house.",
        '"A school bus stopped three meters short of it. Nobody knew there was a hole under that street."',
    )
    assert found == ["Ingrid Solvang"]


def test_the_company_is_the_business_the_story_opens_on(quotes_of: Extract) -> None:
    found = speakers(
        quotes_of,
        "Corvane Systems, an Austin-based start-up designing photonic processors, has closed a $140 million round "
        "led by Tessellate Ventures, the company said on Wednesday. Returning investors Halvard Capital and "
        "Brightwater Partners also took part.",
        'In a statement, the company said the money would "take its chip from first silicon to first revenue" by '
        "the end of next year.",
    )
    assert found == ["Corvane Systems"]


def test_a_relative_clause_in_the_subject_before_a_colon_is_not_the_speaker(quotes_of: Extract) -> None:
    q = quotes_of(
        "Jonah Pruitt, a general partner at Tessellate who will join the board as part of the deal, put the case "
        'simply: "Power is the bottleneck now, not transistors."'
    )
    assert [(x.speaker, x.role) for x in q] == [("Jonah Pruitt", "a general partner at Tessellate")]


def test_a_lede_describes_first_and_names_after(quotes_of: Extract) -> None:
    # the premier is accused of nothing, she accuses: the lede's description, named in the next paragraph
    found = speakers(
        quotes_of,
        "EDMONTON — A fight over rural emergency rooms boiled over in the legislature Wednesday, with one "
        'Opposition member ejected from the chamber and the premier accusing her critics of "fear-mongering."',
        "Premier Lorna Kasprzak's government introduced the bill last week.",
    )
    assert found == ["Lorna Kasprzak"]


def test_a_ledes_unnamed_source_is_the_one_named_with_that_role_after(quotes_of: Extract) -> None:
    found = speakers(
        quotes_of,
        "SAINT JOHN, N.B. — A former financial adviser who took $2.3 million from 31 clients was sentenced Thursday "
        'to six years in prison by a judge who said he had "treated his clients\' savings like a line of credit."',
        "Justice Miriam Halvorsen took nearly an hour to read her decision to a packed courtroom.",
    )
    assert found == ["Miriam Halvorsen"]


def test_the_deputy_is_the_deputy_head_the_story_named(quotes_of: Extract) -> None:
    found = speakers(
        quotes_of,
        "The school's deputy head, Fergus Lamont, had been there for fourteen years. He admits he was sceptical.",
        "Lamont watches from the doorway with his arms folded.",
        '"Listen to it now," the deputy says quietly.',
    )
    assert found == ["Fergus Lamont"]


def test_a_role_opening_a_sentence_before_she_is_hers(quotes_of: Extract) -> None:
    quotes = quotes_of(
        "Anika Ravel has spent two years on the aquifer. A hydrologist at the High Desert Water Institute in Reno, "
        "she has been modeling it for the county.",
        '"Anyone who tells you they know for sure is selling something," the hydrologist adds.',
    )
    assert [(q.speaker, q.role) for q in quotes] == [
        ("Anika Ravel", "a hydrologist at the High Desert Water Institute in Reno")
    ]


@pytest.mark.parametrize(
    "frame",
    [
        "By her own account, the whole place felt",
        "In her words, the whole place felt",
        "The place, as she put it, felt",
    ],
)
def test_a_sentence_saying_whose_account_it_is_gives_the_speaker(quotes_of: Extract, frame: str) -> None:
    found = speakers(
        quotes_of,
        f'Headteacher Bernadette Quayle, 52, inherited a school in trouble. {frame} "tired in its bones".',
    )
    assert found == ["Bernadette Quayle"]


def test_a_label_a_thing_printed_is_not_continued_by_the_next_paragraph(quotes_of: Extract) -> None:
    # the coverage "promised" a label; the quote-only paragraph after is the geophysicist's, whom "He" is
    found = speakers(
        quotes_of,
        'Rajiv Menon-Clarke, a geophysicist at Northfork State, called the result "a genuine milestone" for the '
        'field. He was less enthusiastic about some of the press coverage, which has promised readers "quantum '
        'dowsing" for everything from lost pipes to buried treasure.',
        '"One void under one culvert, on a quiet night, is a demonstration, not a survey tool."',
    )
    assert found[0] == "Rajiv Menon-Clarke" and found[-1] == "Rajiv Menon-Clarke"
