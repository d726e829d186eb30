"""Profiles and interviews: an actor may be a woman, a play staged in the story is no one who speaks in it, and
"the actor ... he" is the actor of that gender.  Articles written for these tests."""

from __future__ import annotations

import pytest

from bot.nlp import load_nlp
from tests.support.quotes import Extract, quote_extractor, speaker_of


@pytest.fixture(scope="module")
def quotes_of() -> Extract:
    return quote_extractor(load_nlp())


def test_an_actor_may_be_a_woman_so_a_she_goes_on_with_her(quotes_of: Extract) -> None:
    # "actor" marked a man, so Tessa Hartigan was taken for one and her "she said" found no one
    speaker = speaker_of(
        quotes_of,
        "strange and lovely",
        "Actor Lionel Hartigan, 82, is back on stage this winter.",
        '"It is the summit of the job," Hartigan said.',
        'His daughter, the actor Tessa Hartigan, plays opposite him. "It is strange and lovely," she said.',
    )
    assert speaker == "Tessa Hartigan"


def test_a_he_after_an_actress_called_an_actor_is_not_hers(quotes_of: Extract) -> None:
    speaker = speaker_of(
        quotes_of,
        "keeps me honest",
        "Lionel Hartigan has the bad review framed in his hallway.",
        "Playing the eldest daughter is Tessa Hartigan, 51, an actor.",
        '"I said no the first time," Tessa Hartigan says.',
        '"It keeps me honest," he says.',
    )
    assert speaker == "Lionel Hartigan"


def test_a_play_staged_in_the_story_does_not_take_the_actors_he(quotes_of: Extract) -> None:
    speaker = speaker_of(
        quotes_of,
        "lifting weights",
        "Walter Dunmore has waited sixty years for this role.",
        '"It is the summit," Dunmore says.',
        "The festival opens with this production of King Lear on Friday.",
        "The role is punishing: in the final act Lear must carry his dead daughter across the stage.",
        '"I have been lifting weights," he says.',
    )
    assert speaker == "Walter Dunmore"


def test_the_actor_going_on_as_he_is_the_actor_who_is_a_man(quotes_of: Extract) -> None:
    # "the actor" was his daughter, the actor named last; she is no "he", and the pronoun went past her to the son
    speaker = speaker_of(
        quotes_of,
        "ready for it",
        "Actor Lionel Hartigan, 82, is back on stage this winter.",
        'His son, Ben Hartigan, runs the sound desk. "Dad will tell you himself," Ben Hartigan said.',
        "His daughter, the actor Tessa Hartigan, plays opposite him.",
        'The actor said he had waited sixty years for the part. "I am ready for it," he said.',
    )
    assert speaker == "Lionel Hartigan"


def test_a_name_set_beside_a_brother_is_a_mans(quotes_of: Extract) -> None:
    # "Cal", a character set beside "a brother", was no one's gender, so "Her own brother" was his
    speaker = speaker_of(
        quotes_of,
        "every book",
        "Novelist Odile Fairweather spent 11 years on her new book.",
        "It follows two siblings: a sister who leaves and a brother, Cal, who stays.",
        "Her own brother, Walter Fairweather, a farmer, has read it.",
        '"Cal is me," Walter Fairweather said.',
        'Told of this, his sister laughed. "He says that about every book," she said.',
    )
    assert speaker == "Odile Fairweather"


def test_mr_before_a_shared_surname_is_the_man_of_that_name(quotes_of: Extract) -> None:
    speaker = speaker_of(
        quotes_of,
        "invoice from his wife",
        "Dr Annabel Rourke has been the town's only GP for thirty years.",
        '"I never meant to stay," Dr Rourke says.',
        "By 1997 she had married a local grazier, Greg Rourke, and bought into the practice.",
        'Mr Rourke still runs sheep out of town. "I\'m the only bloke who gets an invoice from his wife," he says.',
    )
    assert speaker == "Greg Rourke"


def test_a_quote_after_a_bare_lead_in_goes_on_with_the_last_speaker(quotes_of: Extract) -> None:
    speaker = speaker_of(
        quotes_of,
        "more questions",
        "His son is awaiting trial on 11 counts of fraud.",
        '"I\'d do it again," Paul Marchetti, a retired machinist, said on the porch. "You bet on your kid."',
        'Then, after a long pause: "I\'d just ask more questions."',
    )
    assert speaker == "Paul Marchetti"


def test_a_lead_in_naming_someone_is_no_bare_one(quotes_of: Extract) -> None:
    speaker = speaker_of(
        quotes_of,
        "more questions",
        '"I\'d do it again," Paul Marchetti, a retired machinist, said on the porch. "You bet on your kid."',
        'Then his daughter, Dana Marchetti: "I\'d just ask more questions."',
    )
    assert speaker != "Paul Marchetti"
