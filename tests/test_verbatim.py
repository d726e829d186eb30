"""The verbatim check behind "every quote is the article's own words"."""

from bot.quotes.verbatim import is_verbatim

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
