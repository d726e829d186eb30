"""The verbatim check behind "every quote is the article's own words"."""

from bot.quotes.verbatim import is_verbatim, parts_problems

ARTICLE = (
    '"We will open on time," the director said, "and we will open on budget."\n\n'
    '"Nobody asked us.\n\n"Not once." said a neighbour.'
)


def test_whole_quote_is_verbatim():
    assert is_verbatim("We will open on time,", ARTICLE)


def test_interrupted_quote_parts_in_order():
    assert is_verbatim("We will open on time, and we will open on budget.", ARTICLE)


def test_parts_out_of_order_are_not_verbatim():
    assert not is_verbatim("and we will open on budget. We will open on time,", ARTICLE)


def test_quote_across_paragraphs():
    assert is_verbatim("Nobody asked us. Not once.", ARTICLE)


def test_invented_words_are_not_verbatim():
    assert not is_verbatim("We will open on time, and under budget.", ARTICLE)
    assert not is_verbatim("", ARTICLE)


def test_gap_join_between_parts_in_order():
    assert is_verbatim("We will open on time … Nobody asked us.", ARTICLE)
    assert not is_verbatim("Nobody asked us. … We will open on time", ARTICLE)
    assert not is_verbatim("We will open on time … ", ARTICLE)


def _part(text: str, start: int) -> dict:
    return {"text": text, "start": start, "end": start + len(text)}


def test_parts_must_be_exact_slices_joined_by_the_two_joins():
    first = _part("We will open on time,", ARTICLE.index("We will"))
    second = _part("and we will open on budget.", ARTICLE.index("and we"))
    assert parts_problems("We will open on time, and we will open on budget.", [first, second], ARTICLE) == []
    # an invented comma, a wrong offset, a missing join and parts out of order are each caught
    assert parts_problems("We will open on time,, and we will open on budget.", [first, second], ARTICLE)
    assert parts_problems("We will open on time, and we will open on budget.", [first, {**second, "start": 3}], ARTICLE)
    assert parts_problems("We will open on time,and we will open on budget.", [first, second], ARTICLE)
    assert parts_problems("and we will open on budget. We will open on time,", [second, first], ARTICLE)
    assert parts_problems("We will open on time, and we will open on budget. Yes", [first, second], ARTICLE)
    assert parts_problems("anything", [], ARTICLE)
