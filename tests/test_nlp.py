"""Sentence splitting shared by the summariser and its evaluation."""

from bot.nlp import ends_like_a_sentence, parse_paragraphs, sentences


def test_dateline_is_joined_to_its_sentence():
    paragraph = (
        "LISBON (Harbour Wire - 3 May, 2026) The port authority will close the old ferry terminal next year, "
        "its director said on Monday. The terminal opened in 1961."
    )
    found = sentences(parse_paragraphs([paragraph]))
    assert all(ends_like_a_sentence(s) for s in found)
    assert found[0].startswith("LISBON (Harbour Wire")
    assert "will close the old ferry terminal" in found[0]
    assert found[-1] == "The terminal opened in 1961."
    assert all(s in paragraph for s in found)


def test_headline_paragraph_stays_its_own_piece():
    found = sentences(parse_paragraphs(["Ferry terminal to close", "The terminal will close in June."]))
    assert found == ["Ferry terminal to close", "The terminal will close in June."]


def test_ends_like_a_sentence():
    assert ends_like_a_sentence('He left." ')
    assert ends_like_a_sentence("Really?")
    assert not ends_like_a_sentence("Jane Roe 2 minutes ago | 10:50 PM")
