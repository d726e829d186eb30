"""Press-conference copy: a reporter's question in quotes, then the answer in the next paragraph under a pronoun or a
description.  The one answering is not the one who asked.  Articles written for these tests."""

from __future__ import annotations

import pytest

from bot.nlp import load_nlp
from tests.support.quotes import Extract, quote_extractor
from tests.support.quotes import speakers_of as speakers


@pytest.fixture(scope="module")
def quotes_of() -> Extract:
    return quote_extractor(load_nlp())


def test_he_replying_to_a_reporter_is_the_one_asked(quotes_of: Extract) -> None:
    found = speakers(
        quotes_of,
        "Anders Berg shot a 66 on Saturday to lead the Skerray Open by two.",
        '"What would a win mean to you?" one reporter asked Berg as he left the recorder\'s hut.',
        '"A lot," he replied. "My father caddied here as a boy."',
    )
    assert found == ["one reporter", "Anders Berg"]


def test_she_laughing_after_a_reporters_question_is_the_player(quotes_of: Extract) -> None:
    found = speakers(
        quotes_of,
        "Tilly Banerjee, 17, beat the top seed in straight sets on Thursday night.",
        "‘Are you getting carried away?’ one reporter asked at her post-match press conference.",
        "‘Me? No,’ she laughed. ‘My coach would never let me.’",
    )
    assert found == ["one reporter", "Tilly Banerjee"]


def test_a_description_replying_to_an_unnamed_journalist_is_not_the_journalist(quotes_of: Extract) -> None:
    found = speakers(
        quotes_of,
        "Rohan Deshpande, 17, hit an unbeaten century in the final at Nashik.",
        "At the press conference, Deshpande answered questions with a grin.",
        "“Who is your hero?” a journalist asked.",
        "“I have many,” the youngster replied. “Mostly left-handers.”",
    )
    assert found == ["a journalist", "Rohan Deshpande"]


def test_the_one_who_asked_can_still_go_on_speaking(quotes_of: Extract) -> None:
    # no reply: the mayor asks and then answers her own question in the same paragraph
    found = speakers(
        quotes_of,
        "Mayor Ruth Okonjo addressed the council on Tuesday.",
        '"Why should we wait?" Okonjo asked. "The money is there," she said.',
    )
    assert found == ["Ruth Okonjo", "Ruth Okonjo"]
