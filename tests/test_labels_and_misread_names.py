"""Quoted labels that are nobody's words, and capitalised runs the recogniser takes for people that are not: a
business ("Lindgren Bakery"), a doing that opens a sentence ("Closing Brookside ..."), and a party naming someone's
role ("Fine Gael councillor Siobhan Healy").  Articles written for these tests."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from bot.brief import Quote
from bot.nlp import load_nlp, parse_paragraphs
from bot.quotes import extract_quotes
from tests.support.quotes import Extract, only, quote_extractor


@pytest.fixture(scope="module")
def quotes_of() -> Extract:
    return quote_extractor(load_nlp())


def said(quotes: list[Quote]) -> list[tuple[str | None, str]]:
    return [(q.speaker, q.text.split()[0]) for q in quotes]


REAL_QUOTE = '"We are not banning anyone," Councillor Rita Okafor said.'


@pytest.mark.parametrize(
    "label",
    [
        'Some hosts have taken to calling the bylaw the "Airbnb ban," a label the council rejects.',
        'Nurses treated patients on trolleys in what staff have come to call "corridor care".',
        'Farmers in the valley still refer to the 1998 flood simply as "the big one," and recall it well.',
        'Councillors rejected the so-called "do-minimum" option on Tuesday.',
        # a crowd's name for a thing, a code's term, a name given "as", a newsletter's title, a nickname
        'For years the regulars simply called the back room "the chapel," and the name stuck.',
        'Pell is charged with what state law calls "homicide by vehicle in the first degree," a felony.',
        'Costs rose because of start-up work on a new processor, known as "Osprey," the firm said in its filing.',
        'Owner Ben Hale said the plan would be set out in the shop\'s monthly newsletter, "The Tack Box," next week.',
        'Chief Ana Ruiz said officers were looking for Marcus "Smoke" Delaney, who was last seen on Friday.',
        'Investors are wary of what some on Wall Street have started calling a "pause" phase in chip orders.',
    ],
)
def test_a_label_many_use_is_no_quote(quotes_of: Extract, label: str) -> None:
    assert said(quotes_of(label, REAL_QUOTE)) == [("Rita Okafor", "We")]


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        ('Molina referred to her rival as "a gifted campaigner" on Tuesday.', "a gifted campaigner", "Molina"),
        (
            'The campaign is contrasting her plan with what they call Harlow\'s "reckless gamble."',
            "reckless gamble.",
            "The campaign",
        ),
        ('Senator Ruth Adeyemi called the plan "reckless" on Tuesday.', "reckless", "Ruth Adeyemi"),
        # a crowd judging a person or a scheme is quoted, as PolNeAR's annotators hold
        (
            'After the debate many commentators called him "the adult in the room."',
            "the adult in the room.",
            "many commentators",
        ),
    ],
)
def test_one_speakers_naming_stays_a_quote(quotes_of: Extract, text: str, words: str, speaker: str) -> None:
    quotes = quotes_of(text)
    assert [(q.text, q.speaker) for q in quotes] == [(words, speaker)]


def test_a_business_named_for_its_owner_is_not_the_owner(quotes_of: Extract) -> None:
    quotes = quotes_of(
        "For 68 years, the bell over the door at Lindgren Bakery on Broadway has rung for anyone who needed bread.",
        "Dale Lindgren, 71, said Tuesday he will close the business after failing to find a buyer.",
        '"I have had this place listed for two years," Lindgren said.',
    )
    assert said(quotes) == [("Dale Lindgren", "I")]


def test_a_doing_that_opens_a_sentence_is_not_a_person(quotes_of: Extract) -> None:
    quotes = quotes_of(
        "Superintendent Marisol Vega presented the plan to the board on Monday night.",
        "Closing Brookside is expected to save about $2 million a year, according to district estimates.",
        '"I know this hurts, and I don\'t take it lightly," she said.',
    )
    assert said(quotes) == [("Marisol Vega", "I")]


def test_a_name_that_only_modifies_a_role_is_not_the_one_a_pronoun_means(quotes_of: Extract) -> None:
    quotes = quotes_of(
        "The motion was proposed by Fine Gael councillor Siobhan Healy, who said young people were being priced out.",
        '"I have nurses and teachers in my clinic every week who cannot afford to live here," she said.',
    )
    assert said(quotes) == [("Siobhan Healy", "I")]


def _reparsed(doc: Doc, *, token: int, head: int, pos: str, dep: str) -> Doc:
    """``doc`` with one token re-attached as the parser sometimes reads it, everything else as parsed."""
    heads = [t.head.i for t in doc]
    deps = [t.dep_ for t in doc]
    poses = [t.pos_ for t in doc]
    heads[token], deps[token], poses[token] = head, dep, pos
    ents = [f"{t.ent_iob_}-{t.ent_type_}" if t.ent_type_ else "O" for t in doc]
    return Doc(
        doc.vocab,
        words=[t.text for t in doc],
        spaces=[bool(t.whitespace_) for t in doc],
        tags=[t.tag_ for t in doc],
        pos=poses,
        morphs=[str(t.morph) for t in doc],
        lemmas=[t.lemma_ for t in doc],
        heads=heads,
        deps=deps,
        ents=ents,
    )


def test_a_full_stop_the_parser_makes_a_name_is_no_speaker() -> None:
    # "from Brandon, Man., was": spaCy at times tags the abbreviation's full stop a proper noun in apposition to
    # the subject; the quote stage crashed on that empty name and lost the whole brief
    nlp = load_nlp()
    paragraphs = [
        "Petra Hollis had waited two seasons for her first start.",
        "The 20-year-old from Portage, Man., sat out six games in January and admitted she wondered about it.",
        '"You sit in the stands and you think about every mistake. You can\'t help it."',
    ]
    docs = parse_paragraphs(paragraphs, nlp=nlp)
    age = next(t.i for t in docs[1] if t.lower_ == "old")
    stop = next(t.i for t in docs[1] if t.text == "." and t.nbor(-1).text == "Man")
    docs[1] = _reparsed(docs[1], token=stop, head=age, pos="PROPN", dep="appos")
    q = only(extract_quotes(docs))
    assert q.text.startswith("You sit in the stands")


def test_a_hyphenated_role_before_a_name_is_its_role(quotes_of: Extract) -> None:
    # "co-ordinator" is three tokens, and the parser makes "co" a subject of its own
    q = only(quotes_of('"We never panicked," said offensive co-ordinator Hal Brzezinski.'))
    assert (q.speaker, q.role) == ("Hal Brzezinski", "offensive co-ordinator")


def test_a_name_inside_a_bodys_relative_clause_is_not_the_body(quotes_of: Extract) -> None:
    q = only(
        quotes_of(
            "The Kiskatinaw Tribal Council, which represents Kinosew Lake and five other northern First Nations, "
            'said in a statement that it was "deeply concerned" that evacuations had become an annual event.'
        )
    )
    assert q.speaker == "The Kiskatinaw Tribal Council"


def test_an_adverb_opening_a_sentence_is_no_name(quotes_of: Extract) -> None:
    found = quotes_of(
        'Backstage, the 38-year-old singer-songwriter, whom fans call "the Queen of Tulsa," said the pair had '
        "nearly shelved the album.",
        '"We heard that a lot," she told reporters.',
    )
    said = [q.speaker for q in found if q.text.startswith("We heard")]
    assert len(said) == 1 and said[0] != "Backstage"


def test_a_place_someone_is_from_is_no_one(quotes_of: Extract) -> None:
    q = quotes_of(
        "Declan Fairweather walked on to a standing ovation. It was the Cork-born comedian's first tour in years.",
        '"I was in a place in Wicklow with no wifi," he said.',
    )
    assert [x.speaker for x in q] == ["Declan Fairweather"]


def test_the_label_is_the_record_label_named_before(quotes_of: Extract) -> None:
    q = quotes_of(
        "The group's label, Foxglove Records, said the band's final album would still be released in June. In a "
        'statement, the label said it was "in conversation with all four members about a proper goodbye."'
    )
    assert [x.speaker for x in q] == ["Foxglove Records"]


def test_a_surname_with_an_apostrophe_the_recogniser_left_out_is_part_of_the_name(quotes_of: Extract) -> None:
    quotes = quotes_of(
        "Justice Faith Atieno Ndung'u ruled on Friday that the county had acted unlawfully.",
        '"No title gives anyone the right to flatten a school at night," the judge said.',
    )
    assert [q.speaker for q in quotes] == ["Faith Atieno Ndung'u"]


def test_a_headlines_adjective_before_a_surname_is_no_given_name(quotes_of: Extract) -> None:
    quotes = quotes_of(
        "Tearful Marlowe calls time on 15-year career",
        "Kate Marlowe fought back tears on Wednesday as she announced her retirement from international cricket.",
        "The 34-year-old all-rounder made the announcement at the Eastbrook Oval, flanked by her parents.",
        '"I have been thinking about this for a long time," Marlowe said. "My body has been telling me for a while."',
        '"I wanted to go out on my own terms," she said.',
    )
    assert [q.speaker for q in quotes] == ["Kate Marlowe", "Kate Marlowe"]


def test_southeast_asian_honorifics_before_a_given_name_are_the_person_named_in_full(quotes_of: Extract) -> None:
    quotes = quotes_of(
        "Industry groups reacted with alarm to the proposed nickel export levy.",
        "Its secretary-general, Rudi Santoso, was blunter when reached by telephone.",
        '"Many of our members are already operating at a loss," Pak Rudi said.',
        '"We are competing with Vietnam for the same traveller," said Khun Pimchanok Srisawat, the federation\'s '
        "president.",
        "At a nearby guesthouse, the manager said he had lowered the price of a double room.",
        "Khun Pimchanok said the federation would submit a formal proposal to the prime minister's office this week.",
        '"We are not asking for a rescue," she said.',
    )
    assert [q.speaker for q in quotes] == ["Rudi Santoso", "Pimchanok Srisawat", "Pimchanok Srisawat"]


def test_a_nickname_quoted_inside_a_name_is_no_part_of_it(quotes_of: Extract) -> None:
    quotes = quotes_of(
        "Glenavoe manager Pádraig ‘Podge’ Lenihan, who hurled on the last Glenavoe side to win the county in 1993, "
        "struggled to find the words afterwards.",
        "‘I don’t know what to say to you, honestly,’ he said.",
    )
    assert [q.speaker for q in quotes] == ["Pádraig Lenihan"]


def test_a_marine_with_a_quoted_nickname_is_named_without_either(quotes_of: Extract) -> None:
    quotes = quotes_of(
        'Former Marine John “Tig” Tiegen, who fought at the compound, said the claim was "a joke".',
        '"She was never there," Tiegen said.',
    )
    assert [q.speaker for q in quotes] == ["John Tiegen", "John Tiegen"]
    assert all("Marine" in (q.role or "") for q in quotes)


def test_marine_is_a_given_name_before_a_surname(quotes_of: Extract) -> None:
    quotes = quotes_of(
        'France\'s far-right leader Marine Le Pen said the result was "a victory".',
        '"It is the people speaking," Le Pen said.',
    )
    assert [q.speaker for q in quotes] == ["Marine Le Pen", "Marine Le Pen"]


def _name_with_entity(text: str, entity: str, label: str) -> list[str]:
    """The name clean_name_tokens reads from the capitalised run ``entity`` of ``text``, tagged ``label`` as one
    entity (as the recogniser tags some runs), whatever the model tagged there itself."""
    from spacy.tokens import Span

    from bot.quotes.people import clean_name_tokens

    (doc,) = parse_paragraphs([text])
    start = next(t.i for t in doc if t.idx == text.index(entity))
    end = next(t.i for t in doc if t.idx >= text.index(entity) + len(entity))
    doc.ents = [Span(doc, start, end, label=label)]
    return [t.text for t in clean_name_tokens(list(doc[start:end]))[1]]


def test_a_person_after_an_institution_word_in_one_organisation_entity_is_cut_out() -> None:
    text = "The Russian Ambassador to the United States Sergei Lavrin said the charges were false."
    assert _name_with_entity(text, "United States Sergei Lavrin", "ORG") == ["Sergei", "Lavrin"]


def test_one_word_after_an_institution_word_in_one_organisation_entity_is_its_name() -> None:
    text = "Climate Action Network International said the draft failed the people on the front line."
    assert _name_with_entity(text, "Climate Action Network International", "ORG") == [
        "Climate",
        "Action",
        "Network",
        "International",
    ]


def test_a_place_before_a_title_and_a_name_is_no_person(quotes_of: Extract) -> None:
    quotes = quotes_of(
        "Newfoundland and Labrador Premier Margaret Tobin-Walsh, the longest-serving premier at the table, said the "
        "smaller provinces were tired of seeing health-care talks become a sideshow.",
        '"With respect to my colleagues, the people in Corner Brook do not care about a pipeline in Alberta," she '
        "said.",
    )
    assert [q.speaker for q in quotes] == ["Margaret Tobin-Walsh"]
