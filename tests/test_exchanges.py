"""Exchanges printed turn by turn: two people talking to each other, each turn a paragraph of its own.  Once two
tagged turns show them answering one another (a question, "replied", "shot back", "interjected"), a paragraph that
is a quote and nothing else is the next turn, the other person's, and a run of such paragraphs goes on
alternating.  An interviewee's long answer to a question holds the floor, and reactions of one person and then
another are no exchange: there a bare paragraph goes on with the last speaker, as news writes.  Articles written
for these tests."""

from __future__ import annotations

import pytest

from bot.nlp import load_nlp
from tests.support.quotes import Extract, quote_extractor, speaker_of


@pytest.fixture(scope="module")
def quotes_of() -> Extract:
    return quote_extractor(load_nlp())


def _speakers(quotes_of: Extract, *paragraphs: str) -> list[tuple[str, str | None]]:
    return [(q.text.split()[0], q.speaker) for q in quotes_of(*paragraphs)]


def test_a_bare_paragraph_after_a_rejoinder_is_the_other_debaters(quotes_of: Extract) -> None:
    found = _speakers(
        quotes_of,
        "Council debated the transit levy for three hours on Tuesday.",
        '"You cut the night buses in your first budget," Councillor Ines Varga said.',
        '"Those routes carried eleven people a night," Mayor Colm Brennan shot back.',
        '"Eleven people who had no other way home."',
        '"Then they can call the on-demand shuttle we funded."',
    )
    assert found == [
        ("You", "Ines Varga"),
        ("Those", "Colm Brennan"),
        ("Eleven", "Ines Varga"),
        ("Then", "Colm Brennan"),
    ]


def test_a_bare_answer_to_a_question_is_the_witness_and_the_next_question_the_lawyers(quotes_of: Extract) -> None:
    found = _speakers(
        quotes_of,
        "The inspector, Ruth Adeyemi, testified for most of the morning.",
        '"I signed the report on the Friday," Adeyemi said.',
        '"Had you visited the site by then?" asked Crown attorney Mateo Lindgren.',
        '"I had not."',
        '"Why not?"',
        '"Because the ferry was cancelled that week."',
    )
    assert found == [
        ("I", "Ruth Adeyemi"),
        ("Had", "Mateo Lindgren"),
        ("I", "Ruth Adeyemi"),
        ("Why", "Mateo Lindgren"),
        ("Because", "Ruth Adeyemi"),
    ]


def test_an_interviewees_long_answer_to_a_question_holds_the_floor(quotes_of: Extract) -> None:
    speaker = speaker_of(
        quotes_of,
        "I have learned",
        "The podcast's host, Priya Nandakumar, asked the novelist about the long gap between her books.",
        '"Did you ever think of giving it up?" Nandakumar asked.',
        '"Every winter," Odile Marchetti replied. "Then spring comes and the book is still sitting there."',
        '"I have learned not to argue with it. It knows more than I do about when it is finished."',
    )
    assert speaker == "Odile Marchetti"


def test_reactions_of_two_people_are_no_exchange(quotes_of: Extract) -> None:
    speaker = speaker_of(
        quotes_of,
        "My daughter",
        "Fans queued overnight outside the arena for the reunion tour's tickets.",
        '"I saw them in 1998 and I cried then too," said Hollis Brandt, who drove in from Regina.',
        '"We brought sleeping bags and a thermos," said Noreen Pak, a nurse from Brandon.',
        '"My daughter thinks we are out of our minds."',
    )
    assert speaker == "Noreen Pak"


def test_after_a_short_answer_a_longer_bare_paragraph_is_the_one_answering(quotes_of: Extract) -> None:
    speaker = speaker_of(
        quotes_of,
        "for two seasons",
        "The commissioner took questions after the owners' meeting.",
        '"Did the league break its promise to the players?" reporter Aldo Fenwick asked.',
        '"I am disappointed in how it was handled," Commissioner Greta Solberg said.',
        '"I am disappointed because for two seasons we told them the cap would rise. It did not. That is on me, '
        'and I told the owners so this morning."',
    )
    assert speaker == "Greta Solberg"


def test_a_description_after_the_writer_says_someone_asked_is_the_one_asked(quotes_of: Extract) -> None:
    speaker = speaker_of(
        quotes_of,
        "always Kieran",
        "Orla Fennimore, 31, was the Crown's first witness at the trial of Kieran Walsh.",
        '"She kept saying he would be waiting," Orla Fennimore testified.',
        "Crown prosecutor Amara Quist asked her who she meant.",
        '"Kieran," the witness said. "It was always Kieran."',
    )
    assert speaker == "Orla Fennimore"


def test_a_pronoun_speaking_after_someone_asked_another_is_not_the_asker(quotes_of: Extract) -> None:
    speaker = speaker_of(
        quotes_of,
        "called his name",
        '"I had six kids in the house and one of me," Renata Oduya testified.',
        "Coroner's counsel Helen Strand asked the witness to walk the jury through the minutes after the teen left.",
        '"I went to the door and called his name," she said.',
    )
    assert speaker == "Renata Oduya"


def test_a_lede_source_is_the_one_the_next_paragraph_opens_on(quotes_of: Extract) -> None:
    speaker = speaker_of(
        quotes_of,
        "a dozen times",
        "MILLBROOK, Ont. — A youth worker at a Millbrook group home told a coroner's inquest Tuesday that she had "
        'raised staffing concerns with her supervisors "at least a dozen times."',
        "Renata Oduya, who has worked for the agency for seven years, was the fourth witness at the inquest.",
        '"I had six kids in the house and one of me," Oduya testified.',
    )
    assert speaker == "Renata Oduya"


def test_a_question_set_up_by_a_line_of_narrative_is_answered_by_the_one_who_spoke_before(
    quotes_of: Extract,
) -> None:
    found = _speakers(
        quotes_of,
        '"Nobody updated the file," Renata Oduya said. "Of course I would have told the police."',
        "Lawyer Tomas Brandt then pressed her on the staffing complaints.",
        '"You said a dozen times. Who did you tell?" he asked.',
        '"My house manager. The clinical director."',
        '"And what did they say?"',
    )
    assert found[-2:] == [("My", "Renata Oduya"), ("And", "Tomas Brandt")]


def test_a_question_said_in_passing_sets_up_no_answer(quotes_of: Extract) -> None:
    speaker = speaker_of(
        quotes_of,
        "drink from the tap",
        '"Some weeks I am at the plant 70 hours," operator Jordan Meekis said.',
        "One mother, who asked that her name not be used, said her son was flown to hospital last winter.",
        '"The nurse told me to keep him out of the bathwater. How do I keep a baby out of the bathwater?" she said.',
        '"I want to drink from the tap before I die. That is all."',
    )
    assert speaker != "Jordan Meekis"


def test_a_bare_line_calling_the_last_speaker_by_a_kin_word_is_the_others_turn(quotes_of: Extract) -> None:
    found = _speakers(
        quotes_of,
        '"He still thinks we should be using buckets," Martin Boisvert said of his father.',
        '"Buckets made better syrup," Lucien Boisvert said from across the room.',
        '"It didn\'t, Papa."',
        "The argument is an old and friendly one.",
    )
    assert found[-1] == ("It", "Martin Boisvert")


def test_a_bare_line_calling_the_earlier_speaker_by_name_is_the_last_speakers(quotes_of: Extract) -> None:
    speaker = speaker_of(
        quotes_of,
        "You know that, Ines",
        '"The levy pays for the night buses," Councillor Ines Varga said.',
        '"The levy pays for a consultant," Mayor Colm Brennan shot back.',
        '"You know that, Ines."',
    )
    assert speaker != "Ines Varga"
