"""Quotes whose speaker the first look (a cue right after, before, a signature) misses, but a reader does not:
a reporting clause closing the quote's sentence, and the cases that must stay without a speaker.  Sentences are
written for these tests; the whole quote stage runs on them with the real spaCy model."""

from __future__ import annotations

import pytest

from bot.nlp import load_nlp, parse_paragraphs
from bot.quotes import find_speakers
from bot.quotes.attribute import Attributor
from bot.quotes.introduced import introduced_without_cue
from bot.quotes.locate import place_marks
from bot.quotes.marks import find_quotes
from bot.quotes.people import People
from tests.support.quotes import Extract, only, quote_extractor


@pytest.fixture(scope="module")
def quotes_of() -> Extract:
    return quote_extractor(load_nlp())


# --------------------------------------------------------------------------- a reporting clause closing the sentence


@pytest.mark.parametrize(
    "paragraph",
    [
        '"It would take a miracle at this point" for the bridge to open in May, said Lena Okafor, a city engineer.',
        '"The ferry would be cheaper for everyone" if the tunnel stays shut, Lena Okafor said on Tuesday.',
        '"Most of the fishermen are worried about the quota," in contrast to last year, says Lena Okafor.',
    ],
)
def test_reporting_clause_closing_the_quotes_sentence(quotes_of: Extract, paragraph: str) -> None:
    q = only(quotes_of("The council met on Monday.", paragraph))
    assert q.speaker == "Lena Okafor"
    assert q.text.startswith(("It would", "The ferry", "Most of"))


def test_closing_clause_with_a_statement_of_its_own_gives_no_speaker(quotes_of: Extract) -> None:
    # the cue has its own clause: the quote is the writer's framing, not necessarily Okafor's words
    quotes = quotes_of(
        '"The ferry would be cheaper for everyone" is a line the council repeats, and Lena Okafor said the '
        "tunnel would reopen."
    )
    assert all(q.speaker is None for q in quotes)


def test_closing_clause_needs_the_quote_to_open_the_sentence(quotes_of: Extract) -> None:
    # the sentence is about the council; the quote sits inside it, so the closing clause is not its attribution
    quotes = quotes_of(
        'The council called the plan "a waste of public money for years to come" in a vote, Lena Okafor said.'
    )
    assert all(q.speaker != "Lena Okafor" for q in quotes)


def test_a_short_quoted_name_opening_a_sentence_is_not_attributed(quotes_of: Extract) -> None:
    quotes = quotes_of('"Harbour Lights" was the best film of the year, critic Lena Okafor said.')
    assert all(q.speaker is None for q in quotes)


# --------------------------------------------------------------------------- the cue after the quote, far from it


def test_long_title_before_the_name_after_the_quote(quotes_of: Extract) -> None:
    q = only(
        quotes_of(
            '"We will finish the harbour wall before winter," former regional port planning office deputy director '
            "Ana Kovac wrote to the council."
        )
    )
    assert q.speaker == "Ana Kovac"


def test_quote_ending_with_a_quote_inside_it_waits_for_its_attribution(quotes_of: Extract) -> None:
    q = only(quotes_of("\"He asked me, 'Why now?'\" Tomas Reyes of the harbour trust said on Friday evening."))
    assert q.speaker == "Tomas Reyes"


def test_name_in_an_apposition_after_the_quote(quotes_of: Extract) -> None:
    q = only(
        quotes_of(
            '"Is the council going to finally close the tunnel?" the likely Green mayoral candidate, Maria Santos, '
            "posted Sunday after a collapse at a harbour site."
        )
    )
    assert q.speaker == "Maria Santos"


# --------------------------------------------------------------------------- introductions with no speech verb


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        (
            'As The Courier\'s Tomas Reyes puts it, "The council is unmoved, and the fishermen are uninspired."',
            "Tomas Reyes",
        ),
        ('As the Harbour Boys sang back in the 1980s, "They\'ll turn the tide and take the town."', "Harbour Boys"),
    ],
)
def test_as_someone_put_it(quotes_of: Extract, paragraph: str, speaker: str) -> None:
    q = only(quotes_of("The council met on Monday.", paragraph))
    assert q.speaker == speaker


def test_putting_something_is_not_an_attribution() -> None:
    assert introduced_speaker('Tomas Reyes put the boxes away, "We are closed until Monday."') is None


def introduced_speaker(paragraph: str) -> str | None:
    nlp = load_nlp()
    docs = parse_paragraphs([paragraph], nlp=nlp)
    texts = [d.text for d in docs]
    marks = place_marks(docs, texts, find_quotes(texts))
    attributor = Attributor(marks, find_speakers(marks, People(docs, marks.in_quote)))
    (locs,) = marks.located
    att = introduced_without_cue(attributor, locs)
    return att.speaker if att else None


def test_a_statement_introducing_its_words() -> None:
    assert introduced_speaker('Mayor Ana Kovac issued a statement, "Our city lost two of its finest workers."') == (
        "Ana Kovac"
    )
    assert introduced_speaker('Ana Kovac posted a message: "Tonight the council betrayed the harbour."') == "Ana Kovac"
    # another clause between the statement and the quote: not the statement's words
    assert introduced_speaker('Ana Kovac issued a statement that the council read, "We are closed."') is None


def test_colon_after_a_name_the_tagger_takes_for_a_noun(quotes_of: Extract) -> None:
    q = only(
        quotes_of(
            "Tomas Sanders spoke first.",
            'Sanders delivered a curt reply: "Nobody is cancelling the plan. We carry on as agreed."',
        )
    )
    assert q.speaker == "Tomas Sanders"


# --------------------------------------------------------------------------- a signature under a pull quote


@pytest.mark.parametrize("signature", ["- Rosa Delgado.", "-Rosa Delgado, Lisbon.", "— Rosa Delgado"])
def test_signature_paragraph_under_a_quote(quotes_of: Extract, signature: str) -> None:
    q = only(quotes_of("Voices from the harbour.", '"Every vote matters in a town this small."', signature))
    assert q.speaker == "Rosa Delgado"


def test_a_dash_paragraph_that_goes_on_is_no_signature(quotes_of: Extract) -> None:
    quotes = quotes_of(
        '"Every vote matters in a town this small."', "- Rosa Delgado left the meeting early and went home."
    )
    assert all(q.speaker != "Rosa Delgado" for q in quotes)


# --------------------------------------------------------------------------- round 2: cues a reader still sees


def test_a_quote_keeps_its_cue_when_a_second_verb_introduces_the_next(quotes_of: Extract) -> None:
    quotes = quotes_of(
        "The council refused to vote on the budget.",
        '"If they cut the ferry, nothing is left for us," Rosa Delgado said before adding: "Maybe the court can help."',
    )
    assert [q.speaker for q in quotes] == ["Rosa Delgado", "Rosa Delgado"]


@pytest.mark.parametrize("verb", ["elaborated", "exhorted"])
def test_more_speech_verbs(quotes_of: Extract, verb: str) -> None:
    q = only(quotes_of("Rosa Delgado spoke.", f'Delgado {verb} in a letter that the port "was sold for nothing."'))
    assert q.speaker == "Rosa Delgado"


def test_an_apposed_name_after_a_possessor_in_an_inverted_clause(quotes_of: Extract) -> None:
    q = only(
        quotes_of("The mayor spoke last.", '"It is time for a change," cheered the mayor\'s host, actress Mia Holt.')
    )
    assert q.speaker == "Mia Holt"


def test_the_name_apposed_to_one_of_a_group(quotes_of: Extract) -> None:
    quotes = quotes_of(
        "Dan Lee lost the primary.",
        "One of Lee's former supporters who still backs Brandt, former Ohio Rep. Jane Doyle, lives in the district "
        'and wrote in an email that the campaign was "tragic in a year of change."',
        'One of the protesters, who came from Ohio, said the plan was "a disgrace to the city."',
    )
    assert [q.speaker for q in quotes] == ["Jane Doyle", "One of the protesters"]


def test_a_name_label_glued_to_the_quote(quotes_of: Extract) -> None:
    quotes = quotes_of(
        'Senator Ana Ruiz:"We will not back down on this bill."',
        'They asked Ruiz:"Will you back down now that the vote is lost?"',
    )
    assert [q.speaker for q in quotes] == ["Ana Ruiz", None]


def test_a_dash_introducing_a_quote_that_ends_the_sentence(quotes_of: Extract) -> None:
    quotes = quotes_of('"We need the money," Tom Berg said.', 'Lena Park also backed the plan -- "It is right for us."')
    assert [q.speaker for q in quotes] == ["Tom Berg", "Lena Park"]


def test_a_dash_aside_is_not_introduced_by_the_sentence() -> None:
    nlp = load_nlp()
    docs = parse_paragraphs(['Lena Park backed the plan -- "the right thing for us" -- in a vote on Monday.'], nlp=nlp)
    texts = [d.text for d in docs]
    marks = place_marks(docs, texts, find_quotes(texts))
    finder = find_speakers(marks, People(docs, marks.in_quote))
    ((loc,),) = marks.located
    gap = finder.leading_gap(0, loc, None)
    assert finder.dash_subject(0, gap, loc) is None


def test_the_sentence_after_a_quote_saying_whose_it_is(quotes_of: Extract) -> None:
    quotes = quotes_of(
        "Rules change.",
        '"I would rather lose than cheat." That quote from coach Ana Ruiz was printed in 1990.',
        '"We never cheat," Tom Berg said. The remark by Ruiz surprised the fans.',
    )
    assert [q.speaker for q in quotes] == ["Ana Ruiz", "Tom Berg"]


def test_a_quote_only_paragraph_goes_on_with_the_speaker_unless_someone_else_comes_between(quotes_of: Extract) -> None:
    same = quotes_of('"We are ready," Lohmar said. Lohmar won the title in 2019.', '"Nothing will stop us now."')
    assert {q.speaker for q in same} == {"Lohmar"}
    other = quotes_of(
        '"We are ready," Ines Lohmar said. Her rival, Kim Park, was less sure.', '"Nothing is certain in a final."'
    )
    assert [q.speaker for q in other] == ["Ines Lohmar", "Kim Park"]


def test_an_unnamed_source_starts_at_its_own_article_not_at_the_page_furniture_glued_before(
    quotes_of: Extract,
) -> None:
    # an extractor may glue the share buttons to the first sentence
    quotes = quotes_of(
        "By Jane Walsh - June 9, 2024 Share Pinterest LinkedIn Email Print A veteran jail guard told a judge in "
        'writing that "any inmate who really wanted out" could walk away from the island\'s jail.'
    )
    assert [q.speaker for q in quotes] == ["A veteran jail guard"]


def test_they_for_a_company_named_by_its_owner_is_the_company_not_the_owner(quotes_of: Extract) -> None:
    # the recogniser tags "Dex Harlan's" (with its possessive) as the organisation
    quotes = quotes_of(
        "Quill says the label blocked her from performing her old songs at an awards show.",
        "Two senators attacked Dex Harlan's company for the way it swallows small labels.",
        '"We never told Mara she could not sing her songs," they said in a post on Monday.',
    )
    assert [q.speaker for q in quotes] == ["Dex Harlan's company"]


def test_a_pull_quote_is_the_speaker_of_the_words_it_repeats(quotes_of: Extract) -> None:
    # the page sets a line apart before the story quotes it with its speaker; the court spoke just before it
    quotes = quotes_of(
        "An appeals court ruled Thursday that an online marketplace can be held liable for a faulty phone charger.",
        '"The marketplace placed itself between the seller and the buyer," the court wrote in its ruling. "It took '
        'possession of the product and shipped it."',
        "‘We have never seen a ruling go this far against a marketplace.’",
        "Legal experts said they were surprised by the decision.",
        "The buyer's lawyer, Norah Pellegrini, welcomed it. \"We have never seen a ruling go this far against a "
        'marketplace. Shoppers everywhere will feel it."',
    )
    assert [q.speaker for q in quotes] == ["the court", "Norah Pellegrini", "Norah Pellegrini"]


def test_a_quote_only_paragraph_repeating_no_quoted_words_keeps_the_speaker_before_it(quotes_of: Extract) -> None:
    quotes = quotes_of(
        '"We cannot keep rates frozen forever," Sophie Brault said on Monday. "Customers will see it on their bills."',
        '"We have never seen costs rise this fast in a single year."',
        'Other executives made the same point. "We have seen costs rise before," said Marc Lebel.',
    )
    assert [q.speaker for q in quotes] == ["Sophie Brault", "Sophie Brault", "Marc Lebel"]


def test_a_straight_single_quoted_letter_runs_on_and_the_one_warned_is_not_its_speaker(quotes_of: Extract) -> None:
    # some British papers print straight marks: the quote opens after a colon, runs on, and is the letter's
    quotes = quotes_of(
        "A group of chefs has written to Prime Minister Tom Fenwick about imported food.",
        "The letter warns Mr Fenwick: 'If the deal lets cheap meat in, years of work on school dinners will be undone.",
        "'Britain should not compete on who can sell the worst food.'",
        "Lord Curry, a retired farmer, backed the call in the Lords.",
    )
    (quote,) = quotes
    assert quote.speaker == "The letter"
    assert [p.text for p in quote.parts] == [
        "If the deal lets cheap meat in, years of work on school dinners will be undone.",
        "Britain should not compete on who can sell the worst food.",
    ]


def test_a_name_in_a_clause_of_an_unnamed_source_s_phrase_is_not_the_speaker(quotes_of: Extract) -> None:
    quotes = quotes_of(
        '"Donors will start asking where the money went," said a senior party committee member who backs Dana Voss, '
        "speaking on condition of anonymity.",
    )
    assert [q.speaker for q in quotes] != ["Dana Voss"]
    assert quotes[0].speaker and "member" in quotes[0].speaker


def test_an_interview_answer_after_a_question_that_cites_critics_is_the_interviewee_s(quotes_of: Extract) -> None:
    quotes = quotes_of(
        "HALIFAX — Chief Karen Aucoin took over the Halifax Regional Police in September.",
        "What will you change first?",
        '"Response times. Some neighbourhoods wait twice as long as others."',
        "Critics say the force needs a smaller budget. Do you agree?",
        '"I understand the argument. But you can\'t cut first and plan later."',
    )
    assert [q.speaker for q in quotes] == ["Karen Aucoin", "Karen Aucoin"]


def test_one_of_a_group_given_a_name_in_apposition_is_the_named_person(quotes_of: Extract) -> None:
    quotes = quotes_of(
        "Mine manager Bronwyn Tate said the workers had reached a refuge chamber with food, water and air.",
        "One of the miners, 24-year-old Jake Pereira, said the hours passed slowly.",
        '"We told stories and ate a lot of muesli bars," he said.',
    )
    assert [q.speaker for q in quotes] == ["Jake Pereira"]


def test_one_of_a_group_named_with_an_age_between_commas_speaks_as_that_person(quotes_of: Extract) -> None:
    quotes = quotes_of(
        'One of the miners, 24-year-old Jake Pereira, said: "I have never been so happy to see the sky."'
    )
    assert [q.speaker for q in quotes] == ["Jake Pereira"]


def test_a_quote_paragraph_after_a_person_is_introduced_is_theirs_though_it_capitalises_god(
    quotes_of: Extract,
) -> None:
    # "This was not an act of God." is a sentence: its short lower-case words are no title's
    quotes = quotes_of(
        '"We told them in 2019," said Gail Okonkwo.',
        "Retired engineer Stan Lubicz brought photographs of blocked culverts.",
        '"This was not an act of God. This was an act of neglect."',
    )
    assert [(q.speaker, q.text) for q in quotes][-1] == (
        "Stan Lubicz",
        "This was not an act of God. This was an act of neglect.",
    )


def test_a_quote_paragraph_after_a_role_and_a_name_in_apposition_is_the_named_one_s(quotes_of: Extract) -> None:
    quotes = quotes_of(
        '"We were two weeks from telling members it was over," club president Donna Lohmar said.',
        "The club's ice technician, Wes Tremblay, said the old compressor dated from 1974.",
        '"Parts for it don\'t exist anymore. I was making them in my garage."',
        "The club's volunteer bookkeeper, Ines Martel, said donations came from four provinces.",
        '"Farmers, teachers, kids with piggy banks. I have never seen anything like it."',
    )
    assert [q.speaker for q in quotes] == ["Donna Lohmar", "Wes Tremblay", "Ines Martel"]


def test_a_title_in_quotation_marks_is_still_no_quote(quotes_of: Extract) -> None:
    quotes = quotes_of(
        "The band played songs from its album.",
        '"Gone with the Wind in the Willows"',
    )
    assert quotes == []


def test_a_headline_in_quotation_marks_credited_to_its_writer_is_no_quote(quotes_of: Extract) -> None:
    quotes = quotes_of(
        'THEATRE NOTES—"Tessa Marlow is leaving the cast," by the Ledger\'s Ruth Oyelowo: "Tessa Marlow, the star '
        'of the revival, will leave the show in March," the paper reported.'
    )
    assert all(not q.text.startswith("Tessa Marlow is leaving") for q in quotes)


def test_a_quote_before_a_passive_s_agent_is_still_a_quote(quotes_of: Extract) -> None:
    quotes = quotes_of(
        'The radio host has declared Marsh "chosen" by God and "a man raised for these times" by history itself.',
        'Reyes said the plan was meant to calm those "both angry and frightened" by Marsh.',
    )
    assert [q.text for q in quotes] == ["chosen … a man raised for these times", "both angry and frightened"]


def test_a_quote_in_a_sentence_about_no_one_goes_on_with_the_reported_speech_before_it(quotes_of: Extract) -> None:
    quotes = quotes_of(
        "Dr. Ana Brill has argued that the law was weakened from the start by the deals its drafters made with "
        'insurers. So the country is left with "an industry free to set its own prices for every single drug."'
    )
    assert [q.speaker for q in quotes] == ["Ana Brill"]


def test_a_question_put_to_someone_is_not_theirs_after_their_reported_speech(quotes_of: Extract) -> None:
    quotes = quotes_of(
        "Glen Marsh claimed that the harbour district is more dangerous than some war zones. In an interview "
        'published on Wednesday, Marsh was asked, "What is the most dangerous place you have been to?"'
    )
    assert [q.speaker for q in quotes] == [None]


def test_answers_in_a_run_of_questions_are_the_interviewee_s(quotes_of: Extract) -> None:
    # an unquoted answer ending with "My grandmother ..." is the interviewee's words, not a person to credit
    quotes = quotes_of(
        "Rosa Delgado has spent 20 years cooking in Toronto restaurants. Her new book comes out next week. We "
        "spoke to her about pulses, budgets and her grandmother.",
        "Why beans?",
        "They're cheap, they're good for you and they taste like wherever you cook them. My grandmother fed eight "
        "kids on beans and tortillas.",
        "Is this a budget cookbook?",
        "\"Partly. But I don't want anyone to feel like they're eating poor-people food.\"",
        "What's the one recipe readers should try first?",
        '"The black bean soup. It takes twenty minutes and it\'s better the next day."',
    )
    assert [q.speaker for q in quotes] == ["Rosa Delgado", "Rosa Delgado"]


def test_a_list_item_opening_with_a_hyphened_word_signs_no_quote(quotes_of: Extract) -> None:
    quotes = quotes_of(
        "- Easy setup for all your devices",
        '- Quick access to the assistant by saying "Hey Nova, play the news"',
        "- Double-tap to play or skip forward",
    )
    assert all(q.speaker != "Double" for q in quotes)


# --------------------------------------------------------------------------- "according to" framing a sentence


def test_according_to_frames_a_fragment_under_another_verb(quotes_of: Extract) -> None:
    quote = only(
        quotes_of(
            "Anders Lindqvist, the airline's chief executive, met regulators in Brussels on Monday.",
            'According to Lindqvist, Nordavia is prepared to offer "meaningful remedies," including giving up '
            "slots at Lisbon airport.",
        )
    )
    assert (quote.text, quote.speaker) == ("meaningful remedies", "Anders Lindqvist")
