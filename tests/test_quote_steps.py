"""Each step of the quote stage alone (``bot/quotes/``: locate, filters, attribute, join), on sentences written
for these tests with the real spaCy model; ``tests/test_quotes.py`` tests the whole stage."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import pytest

from bot.limits import unlimited
from bot.nlp import load_nlp, parse_paragraphs
from bot.quotes import find_speakers, first_drafts
from bot.quotes.attribute import Attributor
from bot.quotes.filters import has_words, is_scare_quote, names_a_work, sentence_like, title_case
from bot.quotes.join import Draft, in_article_order, join_interrupted
from bot.quotes.locate import QuoteMarks, place_marks
from bot.quotes.marks import find_quotes
from bot.quotes.people import People


@dataclass
class Steps:
    marks: QuoteMarks
    attributor: Attributor

    def drafts(self) -> list[Draft]:
        return first_drafts(self.marks)


@pytest.fixture(scope="module")
def steps_of() -> Callable[..., Steps]:
    nlp = load_nlp()

    def run(*paragraphs: str) -> Steps:
        docs = parse_paragraphs(list(paragraphs), nlp=nlp)
        texts = [d.text for d in docs]
        marks = place_marks(docs, texts, find_quotes(texts))
        finder = find_speakers(marks, People(docs, marks.in_quote))
        return Steps(marks=marks, attributor=Attributor(marks, finder))

    return run


# --------------------------------------------------------------------------- locate


def test_parts_are_placed_on_the_tokens_of_their_marks(steps_of: Callable[..., Steps]) -> None:
    steps = steps_of('Ana Kovac said: "We are ready." Then she left.')
    (locs,) = steps.marks.located
    (loc,) = locs
    doc = steps.marks.docs[0]
    assert steps.marks.text(loc) == "We are ready."
    assert (doc[loc.first].text, doc[loc.last].text) == ('"', '"')
    assert steps.marks.in_quote[0] == set(range(loc.first, loc.last + 1))
    assert steps.marks.neighbours.next_first(0, 0) == loc.first
    assert steps.marks.neighbours.prev_last(0, len(doc) - 1) == loc.last


# --------------------------------------------------------------------------- filters


def test_words_and_sentences() -> None:
    assert not has_words('"')
    assert not has_words("…")
    assert has_words("No")
    assert sentence_like("The crews are trained and ready.", at_paragraph_start=False)
    assert not sentence_like("so-called experts", at_paragraph_start=False)
    assert title_case("Make America Great Again")
    assert title_case("Meet the Press") and title_case("Made in the U.S.A.")
    # capitals that open a second sentence are grammar's, not a title's
    assert not title_case("No. Not one.") and not title_case("Yes. Done.")
    assert not sentence_like("Make America Great Again Now Or Never Again Today", at_paragraph_start=True)


def test_scare_quote_is_dropped_but_a_reply_that_goes_on_is_kept(steps_of: Callable[..., Steps]) -> None:
    steps = steps_of('The "experts" disagreed.', '"Yes."')
    scare, reply = (list(locs) for locs in steps.marks.located)
    texts = steps.marks.texts
    assert is_scare_quote("experts", texts[0], scare, at_start=False, continues=False)
    # a short whole paragraph is a reply when it goes on with the previous speaker, a scare quote otherwise
    assert not is_scare_quote("Yes.", texts[1], reply, at_start=True, continues=True)
    assert is_scare_quote("Yes.", texts[1], reply, at_start=True, continues=False)


def test_title_of_a_work_is_not_a_quote(steps_of: Callable[..., Steps]) -> None:
    steps = steps_of('She starred in the film "Deep Water Rising" last year.')
    (loc,) = steps.marks.located[0]
    assert names_a_work(steps.marks.docs[0], loc, "Deep Water Rising")
    steps = steps_of('She said "deep water is rising" last year.')
    (loc,) = steps.marks.located[0]
    assert not names_a_work(steps.marks.docs[0], loc, "deep water is rising")


@pytest.mark.parametrize(
    ("paragraph", "title", "is_work"),
    [
        ('The "Tin Roof" star woke up after surgery with music in her head.', "Tin Roof", True),
        ('Harrow fell in love with a script called "Blue Harbour," a story about a singer.', "Blue Harbour", True),
        ('The "Sunday Best" host said the show would return.', "Sunday Best", True),
        ('Trump called it "Fake News" on Monday.', "Fake News", False),
        ('The "good news" star of the week is the weather.', "good news", False),
    ],
)
def test_a_quoted_title_describing_its_star_or_called_by_a_script_is_a_work(
    steps_of: Callable[..., Steps], paragraph: str, title: str, is_work: bool
) -> None:
    steps = steps_of(paragraph)
    (loc,) = steps.marks.located[0]
    assert names_a_work(steps.marks.docs[0], loc, title) is is_work


# --------------------------------------------------------------------------- attribute


def test_attribution_after_and_before_the_quote(steps_of: Callable[..., Steps]) -> None:
    steps = steps_of('"We are ready," said Ana Kovac.', 'Tom Berg said: "We are not."')
    after, before = (list(locs) for locs in steps.marks.located)
    att = steps.attributor.after(after)
    assert att is not None and (att.speaker, att.how) == ("Ana Kovac", "after")
    assert steps.attributor.after(before) is None
    att = steps.attributor.before(before)
    assert att is not None and att.speaker == "Tom Berg"


# --------------------------------------------------------------------------- join


def test_a_quote_interrupted_by_its_attribution_is_joined(steps_of: Callable[..., Steps]) -> None:
    steps = steps_of('"We are ready," said Ana Kovac, "and the crews are trained."')
    (draft,) = join_interrupted(steps.drafts(), steps.attributor, deadline=unlimited())
    assert [steps.marks.text(loc) for loc in draft.all_locs] == ["We are ready,", "and the crews are trained."]
    assert draft.attribution is not None and draft.attribution.speaker == "Ana Kovac"
    assert in_article_order(draft.all_locs)


def test_quotes_of_two_speakers_are_not_joined(steps_of: Callable[..., Steps]) -> None:
    steps = steps_of('"We are ready," said Ana Kovac. "We are not," Tom Berg replied.')
    drafts = join_interrupted(steps.drafts(), steps.attributor, deadline=unlimited())
    assert [[steps.marks.text(loc) for loc in d.all_locs] for d in drafts] == [["We are ready,"], ["We are not,"]]
    assert [d.attribution.speaker if d.attribution else None for d in drafts] == ["Ana Kovac", "Tom Berg"]
    assert not in_article_order([*drafts[1].all_locs, *drafts[0].all_locs])


# --------------------------------------------------------------------------- resolve people


def test_a_pronoun_subject_names_the_person_with_the_role_given_earlier(steps_of: Callable[..., Steps]) -> None:
    steps = steps_of(
        "Ines Duarte, the harbour master, inspected the dock on Monday.",
        '"The dock is safe," she said.',
    )
    finder = steps.attributor.finder
    doc = steps.marks.docs[1]
    she = next(t for t in doc if t.lower_ == "she")
    att = finder.names.from_token(1, she)
    assert att is not None and (att.speaker, att.role) == ("Ines Duarte", "the harbour master")


def test_a_quoted_title_hung_on_the_cue_as_a_second_subject_is_passed_over(steps_of: Callable[..., Steps]) -> None:
    steps = steps_of('Dora Quill, star of the sitcom "Lakeside," thanked Ray Hale for "taking these steps."')
    doc = steps.marks.docs[0]
    cue = next(t for t in doc if t.lower_ == "thanked")
    title = next(t for t in doc if t.text == "Lakeside")
    # the parse seen on real pages: the quoted title as a second subject of the verb, nearer to it than the name
    title.head, title.dep_ = cue, "nsubj"
    quill = next(t for t in doc if t.text == "Quill")
    quill.head, quill.dep_ = cue, "nsubj"
    att = steps.attributor.finder.from_cue(0, cue)
    assert att is not None and att.speaker == "Dora Quill"


def test_markup_attribute_values_left_in_the_text_are_not_quotes() -> None:
    text = '<tweet pic="" author="JaneDoe" id="6721">Enough is enough.</tweet> "We must act now," said Jane Doe.'
    found = [text[q.parts[0].start : q.parts[0].end] for q in find_quotes([text])]
    assert found == ["We must act now,"]


def test_a_closing_mark_opening_a_paragraph_is_a_mistyped_opening_one() -> None:
    text = "” … and by then, frankly, the vote was already lost,” wrote a weekly. “The rest is noise.”"
    found = [[text[p.start : p.end] for p in q.parts] for q in find_quotes([text])]
    assert found == [["… and by then, frankly, the vote was already lost,"], ["The rest is noise."]]


def test_an_invisible_direction_mark_before_a_mistyped_opening_mark_changes_nothing() -> None:
    text = "\u202a”Children are to be protected, always,” said a reader."
    found = [[text[p.start : p.end] for p in q.parts] for q in find_quotes([text])]
    assert found == [["Children are to be protected, always,"]]


def test_given_names_match_with_or_without_accents() -> None:
    from bot.quotes.lexicon import FEMALE_NAMES, MALE_NAMES, without_accents

    assert without_accents("Céline") == "Celine"
    assert "céline" in FEMALE_NAMES and "celine" in FEMALE_NAMES
    assert "rené" in MALE_NAMES and "rene" in MALE_NAMES
    given = MALE_NAMES | FEMALE_NAMES
    assert "céline" in given and "rené" in given
    assert "table" not in given and 3 not in given
