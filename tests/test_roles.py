"""The whole-article step on finished quotes: one name and one role per source (bot/quotes/roles.py)."""

from __future__ import annotations

from bot.brief import Quote
from bot.quotes.roles import carry_roles, merge_unnamed_sources


def test_a_role_stated_once_goes_on_every_quote_of_the_speaker() -> None:
    quotes = [
        Quote(text="A", speaker="Ana Kovac"),
        Quote(text="B", speaker="Ana Kovac", role="project manager"),
        Quote(text="C", speaker="Tom Reyes"),
        Quote(text="D", speaker="Ana Kovac"),
    ]
    assert [q.role for q in carry_roles(quotes)] == ["project manager", "project manager", None, "project manager"]


def test_the_first_role_wins_and_a_given_role_is_kept() -> None:
    quotes = [Quote(text="A", speaker="Ana Kovac", role="engineer"), Quote(text="B", speaker="Ana Kovac", role="chair")]
    assert [q.role for q in carry_roles(quotes)] == ["engineer", "chair"]


def test_a_description_takes_the_words_of_the_one_unnamed_source_it_refers_to() -> None:
    quotes = [
        Quote(text="A", speaker="one legal expert"),
        Quote(text="B", speaker="Tom Reyes"),
        Quote(text="C", speaker="the expert"),
    ]
    assert [q.speaker for q in merge_unnamed_sources(quotes)] == ["one legal expert", "Tom Reyes", "one legal expert"]


def test_no_guess_between_two_unnamed_sources_and_names_are_left_alone() -> None:
    quotes = [
        Quote(text="A", speaker="one legal expert"),
        Quote(text="B", speaker="another expert"),
        Quote(text="C", speaker="the expert"),
        Quote(text="D", speaker="the Vermont senator"),
        Quote(text="E", speaker=None),
    ]
    assert [q.speaker for q in merge_unnamed_sources(quotes)] == [
        "one legal expert",
        "another expert",
        "the expert",
        "the Vermont senator",
        None,
    ]


def test_a_spokesperson_for_an_organisation_is_a_description() -> None:
    quotes = [Quote(text="A", speaker="a spokesperson for Acme"), Quote(text="B", speaker="the spokesperson")]
    assert [q.speaker for q in merge_unnamed_sources(quotes)] == ["a spokesperson for Acme"] * 2
