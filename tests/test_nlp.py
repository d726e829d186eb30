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


def test_an_abbreviated_title_keeps_its_period_and_its_name():
    (doc,) = parse_paragraphs(['"It was found burnt out," said Harbour Police Sgt. Nils Oberg, who led the search.'])
    sgt = next(t for t in doc if t.text.startswith("Sgt"))
    assert sgt.text == "Sgt."
    assert not doc[sgt.i + 1].is_sent_start  # the name is in the title's sentence, with its verb
    assert len(list(doc.sents)) == 1


def test_a_sentence_ending_in_an_abbreviation_that_is_no_title_still_ends():
    (doc,) = parse_paragraphs(["He lives on Main St. The shop is next door."])
    assert [s.text for s in doc.sents] == ["He lives on Main St.", "The shop is next door."]


def test_an_accented_name_is_a_proper_noun_but_an_accented_common_word_opening_a_sentence_is_not():
    (doc,) = parse_paragraphs(["Dubé said the café would open. Café owners were pleased."])
    tags = {t.text: t.pos_ for t in doc}
    assert tags["Dubé"] == "PROPN"
    assert tags["Café"] != "PROPN"


def test_a_name_typeset_with_a_curly_apostrophe_is_a_proper_noun_but_a_contraction_is_not():
    # the tagger knows "D'Souza" but calls "D’Souza" a common noun
    (doc,) = parse_paragraphs(["After the host asked him, D’Souza replied that he didn’t know."])
    tags = {t.text: t.pos_ for t in doc}
    assert tags["D’Souza"] == "PROPN"
    assert tags["n’t"] != "PROPN"


def test_a_province_s_abbreviation_keeps_its_period_but_may_end_a_sentence():
    (doc,) = parse_paragraphs(["Ann Boyd of Pine Falls, Ont., shot a 68. She lives in Ottawa, Ont. The club is new."])
    assert any(t.text == "Ont." for t in doc)
    assert [s.text for s in doc.sents][-1] == "The club is new."
