"""Patterns of feature and arts pages: British quotes nesting double marks inside single ones, callings the
lexicon lacked ("the scout", "the apprentice"), names written once in full and then alone.  Articles written
for these tests."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from bot.nlp import load_nlp, parse_paragraphs
from bot.quotes.attribute import _governing_over_relative
from bot.quotes.locate import Located
from bot.quotes.marks import Part
from bot.quotes.people import People
from tests.support.quotes import Extract, only, quote_extractor
from tests.support.quotes import speakers_of as speakers


@pytest.fixture(scope="module")
def quotes_of() -> Extract:
    return quote_extractor(load_nlp())


def test_a_british_quote_holds_the_double_quoted_words_it_reports(quotes_of: Extract) -> None:
    q = only(
        quotes_of(
            "‘Then she said, “Keep going. You’re nearly there.” And I kept going,’ said Mara Pell, who ran "
            "her first marathon at 61."
        )
    )
    assert q.text == "Then she said, “Keep going. You’re nearly there.” And I kept going"
    assert q.speaker == "Mara Pell"


def test_double_marks_inside_a_single_quoted_title_stay_quotes_in_american_copy(quotes_of: Extract) -> None:
    # no curly single mark opens a span around the double-quoted one: the double one is the quote
    q = only(quotes_of("“We called it ‘the long winter,’ and it was,” said Ray Ostrander, the mill's foreman."))
    assert q.speaker == "Ray Ostrander"
    assert q.text.startswith("We called it ‘the long winter,’ and it was")


@pytest.mark.parametrize("noun", ["scout", "reviewer", "voter", "viewer", "screenwriter", "theatregoer"])
def test_the_same_unnamed_source_under_a_calling_the_lexicon_lacked(quotes_of: Extract, noun: str) -> None:
    found = speakers(
        quotes_of,
        f"Tyce Brandvold was drafted late. One {noun}, who spoke on condition of anonymity, said many had "
        "underrated him.",
        f"“Everybody saw a big, awkward kid,” the {noun} said. “Three years later the awkward is gone.”",
    )
    assert found == [f"One {noun}"]


def test_the_apprentice_is_the_one_the_article_named_as_such(quotes_of: Extract) -> None:
    found = speakers(
        quotes_of,
        "Jade Whitlock, 22, an apprentice signwriter, arrived at the shed last February with a folder of drawings.",
        "Hemi Tautahi-Brooks, her teacher, made her paint lines for a month.",
        "“Every morning, lines. Every afternoon, lines,” the apprentice said.",
    )
    assert found == ["Jade Whitlock"]


def test_a_one_word_name_that_speaks_is_that_person_where_it_stands_alone(quotes_of: Extract) -> None:
    # the recogniser tags the name an organisation; the age and the speech verb say it is someone
    found = speakers(
        quotes_of,
        "For forty-one years, K. Venkataramana's tea stall stood where the lorries slowed.",
        "“First month, I thought somebody had died,” said Venkataramana, 66, pouring tea into a tumbler.",
        "Ravi, 23, drives a forklift on the day shift at the new park.",
        "“My father drove a lorry on this highway,” Ravi said.",
        "Venkataramana now sells about four hundred glasses a day.",
        "“Lorry drivers, they wanted tea fast,” he said.",
    )
    assert found[0] == found[2] == "K. Venkataramana"
    assert found[1] == "Ravi"


def test_the_company_is_the_registered_business_named_just_before(quotes_of: Extract) -> None:
    found = speakers(
        quotes_of,
        "The warehouses beside the exit are operated by Trivana Logistics Pvt Ltd, which began work in 2021. In a "
        "written response, the company said the park had created “over 2,300 direct jobs.”",
    )
    assert found == ["Trivana Logistics Pvt Ltd"]


def test_the_agency_is_the_body_the_article_called_an_agency(quotes_of: Extract) -> None:
    found = speakers(
        quotes_of,
        "Esther left through Horizon Care Staffing, a Nairobi recruitment agency that places nurses in British "
        "hospitals. In a statement, the agency said it had placed “more than 1,200 Kenyan nurses” since 2020.",
    )
    assert found == ["Horizon Care Staffing"]


def test_a_name_the_recogniser_took_for_a_body_beside_a_title_only_people_hold(quotes_of: Extract) -> None:
    # "Ottoline Brask-Marr, the Labour MP for ...": a person, so "She" and "the Labour MP" are her
    found = speakers(
        quotes_of,
        "The transport minister, Idris Pell, said the routes would stay until spring.",
        "Among the rebels was Ottoline Brask-Marr, the Labour MP for Sallowfield, whose town lost two routes. She "
        "warned that patience was ‘wearing very thin’.",
        "‘I didn’t come into politics to explain timetables,’ the Labour MP said.",
    )
    assert found == ["Ottoline Brask-Marr", "Ottoline Brask-Marr"]


def test_a_title_after_the_is_no_name_of_its_own(quotes_of: Extract) -> None:
    # with no one given the title, "the Labour MP" stays a description, never the name "Labour MP"
    found = speakers(quotes_of, "‘We were not consulted,’ the Labour MP said.")
    assert found == ["the Labour MP"]


def test_a_quote_after_a_parenthetical_teller_is_the_tellers(quotes_of: Extract) -> None:
    found = speakers(
        quotes_of,
        "‘I was a terror,’ said Owain Prys, who joined the choir in 1979.",
        "At eight, Prys was given a solo at the harvest festival and was sick behind the vestry beforehand. His "
        "headmaster found him there, he said, and waited until he had finished.",
        "‘He never mentioned it again. And I went out and sang.’",
    )
    assert found == ["Owain Prys", "Owain Prys"]


def test_the_widow_is_the_one_he_married_under_her_married_name(quotes_of: Extract) -> None:
    found = speakers(
        quotes_of,
        "Alwyn Corran, who has died aged 90, ran the village school for 30 years.",
        "In 1962 he married Bethan Lloyd, a district nurse. She survives him.",
        "‘He proposed on a bus,’ said Bethan Corran, now 86.",
        "The Rev Idris Vaughan, the vicar, will take the funeral. ‘He sang every hymn too fast,’ said the vicar.",
        "‘At the end he didn’t always know who I was,’ the widow said.",
    )
    assert found == ["Bethan Corran", "Idris Vaughan", "Bethan Corran"]


def test_a_name_set_after_a_capitalised_title_stands_for_the_subject() -> None:
    # "The county GOP Chairman Chuck Wilkins declined": the parser makes "Chairman" the subject and the name its
    # apposition; the name is the sentence's subject, which a "he" after it goes on with first
    docs = parse_paragraphs(
        ["The county GOP Chairman Chuck Wilkins declined to list the delegates."],
        nlp=load_nlp(),
    )
    people = People(docs, [set()])
    wilkins = next(m for m in people.mentions if m.tokens[-1] == "Wilkins")
    assert wilkins.subject


def test_a_town_the_recogniser_took_for_a_person_is_no_one_a_description_could_be(quotes_of: Extract) -> None:
    found = speakers(
        quotes_of,
        "Steady hands: Kaiwhero’s last signwriter takes on an apprentice",
        "The window on Rāwhiti Street was painted by hand, in a single afternoon, by a 24-year-old called Hemi "
        "Tautahi-Brooks.",
        "“I was showing off,” the signwriter says now. “You can tell.”",
        "Tautahi-Brooks, 62, is the last working signwriter in Kaiwhero.",
    )
    assert found == ["Hemi Tautahi-Brooks"]


def test_a_description_replying_to_a_question_is_not_the_one_who_asked(quotes_of: Extract) -> None:
    found = speakers(
        quotes_of,
        "Marnie Oakhurst-Vey, a former pharmacist, won the prize for her debut novel on Thursday.",
        "On Friday morning, Oakhurst-Vey spoke to Della Broome, host of the arts program on Radio Westerly. Broome "
        "asked her what she planned to do with the money.",
        "“Are you going to be sensible, or are you going to be a novelist about it?” Broome asked.",
        "“A bit of both,” the writer replied. “The sensible part is fixing the roof.”",
    )
    assert found == ["Della Broome", "Marnie Oakhurst-Vey"]


def test_a_title_in_title_case_is_no_one_a_pronoun_can_stand_for(quotes_of: Extract) -> None:
    # the recogniser tags the album a person; "she" is the singer, not the album
    found = speakers(
        quotes_of,
        "Pop star Marla Quill has turned her pain into music.",
        "Her comeback album, Salt In The Wound, is out in October, with lead single ‘Glass Jaw’ dropping next Friday.",
        "‘Every song on this record is about that summer,’ she joked.",
    )
    assert found == ["Marla Quill"]


def test_straight_single_marks_in_british_copy_hold_the_double_quoted_words_they_report(quotes_of: Extract) -> None:
    q = only(
        quotes_of(
            'Corrie Vance told the audience: \'I made eleven bowls. Bram said that was "very revealing", and I '
            "said, \"Bram, it's clay.\"'"
        )
    )
    assert q.text.startswith("I made eleven bowls.")
    assert q.speaker == "Corrie Vance"


def test_a_town_someone_travelled_from_is_no_one_a_he_can_stand_for(quotes_of: Extract) -> None:
    found = speakers(
        quotes_of,
        "Ronan Dunphy has said nothing since the split.",
        "‘It feels like a divorce,’ said Aoife Brennan, 27, who travelled from Keighley to leave flowers.",
        "‘I'm not going to do this online,’ he said in a video late on Wednesday.",
    )
    assert found == ["Aoife Brennan", "Ronan Dunphy"]


def test_a_surname_alone_before_a_relative_is_named_stays_the_one_the_lede_named(quotes_of: Extract) -> None:
    # the recogniser tags "Aislinn" and "Carrow" two places; her brother, named in full, is not "Carrow"
    found = speakers(
        quotes_of,
        "CALGARY — Aislinn Carrow spent most of Sunday afternoon trying not to look at a leaderboard.",
        "Her brother and caddie, Seamus Carrow, has been on her bag since she turned professional.",
        "“Guilty,” Carrow said.",
    )
    assert found == ["Aislinn Carrow"]


@pytest.mark.parametrize(
    ("given", "pronoun", "other"),
    [("Tamsin", "she", "Dean"), ("Dean", "he", "Tess"), ("Niamh", "she", "Rhys"), ("Gareth", "he", "Siobhan")],
)
def test_given_names_of_british_and_irish_copy_say_whom_a_pronoun_fits(
    quotes_of: Extract, given: str, pronoun: str, other: str
) -> None:
    found = speakers(
        quotes_of,
        f"{given} Rowe spoke after the hearing. {other} Marlow, a footballer, was not in court.",
        f"“It crept up on us,” {pronoun} said.",
    )
    assert found == [f"{given} Rowe"]


def test_a_surname_written_alone_before_a_brother_is_named_in_full_is_not_the_brothers(quotes_of: Extract) -> None:
    found = speakers(
        quotes_of,
        "Carrow, 24, won her first professional title on Sunday.",
        "Her brother and caddie, Seamus Carrow, has been on her bag since she turned professional.",
        "“Guilty,” Carrow said.",
    )
    assert found == ["Carrow"]


def test_the_frontman_is_the_one_the_lede_gave_that_role(quotes_of: Extract) -> None:
    found = speakers(
        quotes_of,
        "The Hollow Finches have split up after 14 years, with frontman Cormac Dolan and his sister, bassist Ide "
        "Dolan, giving different accounts.",
        "The band's former manager, Dave Pickford, said the split had been a long time coming.",
        "Late on Wednesday, the frontman finally broke his silence with a short video.",
        "‘I'm not going to do this online,’ he said.",
    )
    assert found == ["Cormac Dolan"]


def test_a_relative_clause_with_its_own_that_clause_does_not_take_the_quote() -> None:
    # the parse a real page got (the quote hung under the relative clause through "anger"), built by hand: the
    # relative clause's verb already has its that-clause, so the quote is the main verb's
    words = 'Rowan told a woman who suggested that people may vote because of anger that " this is not a plan . "'
    heads = [1, 1, 3, 1, 5, 3, 9, 9, 9, 5, 9, 10, 10, 16, 16, 16, 12, 16, 19, 16, 1, 1]
    deps = "nsubj ROOT det dobj nsubj relcl mark nsubj aux ccomp prep pcomp pobj mark punct nsubj acl neg det attr"
    doc = Doc(load_nlp().vocab, words=words.split(), heads=heads, deps=[*deps.split(), "punct", "punct"])
    told, suggested = doc[1], doc[5]
    quote = Located(part=Part(paragraph=0, start=0, end=0, open_at=0, close_at=0), first=14, last=21)
    assert _governing_over_relative([told, suggested], quote) is told


def test_a_stray_straight_mark_before_curly_quotes_opens_no_quote(quotes_of: Extract) -> None:
    quotes = quotes_of(
        '"Mayor Ortiz strode to the podium, chanting “Go Lakers! Go Lakers!”',
        "“That’s right,” Leah said to the mayor.",
    )
    assert [(q.text, q.speaker) for q in quotes] == [
        ("Go Lakers! Go Lakers!", "Ortiz"),
        ("That’s right", "Leah"),
    ]


def test_a_straight_mark_a_curly_one_closes_still_opens_the_quote(quotes_of: Extract) -> None:
    quotes = quotes_of(
        '"I see. I see. That is why this moment worries me,” Ruth Calder said. She added that members felt '
        "“real dread” about their jobs."
    )
    assert (quotes[0].text, quotes[0].speaker) == (
        "I see. I see. That is why this moment worries me",
        "Ruth Calder",
    )


def test_a_quote_inside_the_relative_clauses_own_that_clause_stays_its_speakers(quotes_of: Extract) -> None:
    found = speakers(
        quotes_of,
        '"It was not a convincing case," said one senator familiar with the talks, who added that the governor '
        'looked "shaken" and "annoyed" after the vote.',
    )
    assert found == ["one senator familiar with the talks", "one senator familiar with the talks"]


def test_a_quote_after_a_body_said_something_is_the_bodys(quotes_of: Extract) -> None:
    found = speakers(
        quotes_of,
        "Lifeguards closed Tamsin Beach after a drone from the Tamsin Surf Life Saving Club spotted a shark.",
        "The surf club said in a post on its page that the beach would reopen on Monday. ‘Please swim between the "
        "flags.’",
    )
    assert found == ["Tamsin Surf Life Saving Club"]


def test_a_body_introducing_a_quote_with_a_colon_speaks_it(quotes_of: Extract) -> None:
    found = speakers(
        quotes_of,
        "When the rent went up in March, the bakery wrote on its website: “We are not going anywhere.”",
    )
    assert found == ["the bakery"]


def test_a_demonym_the_recogniser_took_for_an_organisation_is_no_body(quotes_of: Extract) -> None:
    found = speakers(
        quotes_of,
        "Forwards coach Tama Harawira joined Glenavon from a club in Hawke’s Bay. The New Zealander was more direct.",
        "‘I don’t think I’ve seen anybody work like that in a gym,’ the Kiwi said.",
        "There was less welcome news about fly-half Rhys Tanner. The club said in a statement that he had torn a "
        "hamstring. ‘Rhys is devastated to miss the final.’",
    )
    assert found == ["Tama Harawira", "The club"]


def test_a_calling_right_after_the_one_person_named_is_that_person(quotes_of: Extract) -> None:
    quotes = quotes_of(
        "By the time Odile Marchetti walked onstage at midnight, most of the crowd had been standing in the rain "
        "for six hours. Few of them seemed to mind.",
        '"You stayed. I love you for it," the R&B singer said, squinting out at the field.',
    )
    assert [q.speaker for q in quotes] == ["Odile Marchetti"]


def test_a_calling_is_not_the_one_person_named_when_they_were_no_subject(quotes_of: Extract) -> None:
    quotes = quotes_of(
        "Police arrested Darnell Pike on Sunday after a two-hour standoff at a motel near the interstate.",
        '"He came out with his hands up," the officer said.',
    )
    assert [q.speaker for q in quotes] == ["the officer"]
