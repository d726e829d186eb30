"""Speakers a reader names from relations and bodies: "his mother" is the mother the article named, "His father
was less emotional. "…," he said" is the father, "the union leader" is the union's, not a party's leader; "whose
director" names whose; names the recogniser takes for places after "the oceanographer"; an age as the subject of a
reporting verb.  Articles written for these tests."""

from __future__ import annotations

import pytest

from bot.nlp import load_nlp, parse_paragraphs
from bot.quotes import People, find_quotes, place_marks
from tests.support.quotes import Extract, quote_extractor, who


@pytest.fixture(scope="module")
def quotes_of() -> Extract:
    return quote_extractor(load_nlp())


def test_his_mother_is_the_mother_the_article_named(quotes_of: Extract) -> None:
    quotes = quotes_of(
        "HALIFAX — Rookie winger Daniel Okafor scored twice on Saturday as the Comets beat Moncton 4-2.",
        'His mother, Linda Okafor, watched from the stands. "I cried the whole third period," she said.',
        "Coach Marie Tremblay praised the 19-year-old after the game.",
        '"He has worked for this since he was five," his mother said.',
    )
    assert who(quotes, "He has worked")[0] == "Linda Okafor"


def test_a_relation_owned_by_a_name_is_his_relation_too(quotes_of: Extract) -> None:
    quotes = quotes_of(
        "Defenceman Luc Lachance was the best player on the ice on Sunday.",
        "Among the fans was Lachance's mother, Denise Lachance, who drove up from Tantramar for the game.",
        "Rapids coach Gordon Pike said the rookie had earned his minutes.",
        '"We had his summer job all lined up at the lumberyard," his mother said, laughing.',
    )
    assert who(quotes, "We had his")[0] == "Denise Lachance"


def test_a_relation_set_beside_a_name_after_was(quotes_of: Extract) -> None:
    quotes = quotes_of(
        "Hannah Voss won the provincial amateur title by three strokes on Sunday.",
        "Her caddie for the week was her father, Peter Voss, a retired high school physics teacher.",
        "Tournament director Anne Lowry said the field was the strongest in years.",
        '"She told me on the 15th tee to stop talking about the wind," her father said.',
    )
    assert who(quotes, "She told me")[0] == "Peter Voss"


def test_two_mothers_named_leave_his_mother_unresolved(quotes_of: Extract) -> None:
    quotes = quotes_of(
        "Two rookies, Tom Reyes and Sam Ito, made their debuts on Friday.",
        "His mother, Ana Reyes, flew in from Manila. Ito's mother, Keiko Ito, drove from Calgary.",
        '"It was a long night for both families," his mother said.',
    )
    assert who(quotes, "It was a long")[0] not in {"Ana Reyes", "Keiko Ito"}


def test_he_after_an_unnamed_relation_is_that_relation(quotes_of: Extract) -> None:
    quotes = quotes_of(
        "TORONTO — Rookie Daniel Okafor scored twice on Saturday as Toronto beat Ottawa 4-2.",
        '"Tonight was special," Okafor said.',
        'His father was less emotional. "It\'s one game," he said.',
    )
    speaker = who(quotes, "It's one game")[0]
    assert speaker is not None and speaker.lower() == "his father"


def test_her_father_after_a_named_daughter_is_the_father_the_article_names(quotes_of: Extract) -> None:
    quotes = quotes_of(
        "Dale Sorensen, 71, said Tuesday he will close the hardware store his family has run since 1955.",
        "Sorensen's daughter, Kari Sorensen-Moe, has worked at the store since high school.",
        '"I have seen what it took out of my dad," Sorensen-Moe said.',
        "Her father said he understood.",
        '"I would not wish the hours on her," he said.',
    )
    assert who(quotes, "I would not wish")[0] == "Dale Sorensen"


def test_their_daughter_is_his_daughter(quotes_of: Extract) -> None:
    quotes = quotes_of(
        "Among the farms affected is that of Hendrik Mulder, 58. He sat in the gallery with his wife, Anneke, "
        "and their daughter, Femke, who runs the farm's cheese dairy.",
        '"I do not know what to tell the animals," Mulder said.',
        'His daughter was angrier. "Nobody from the province ever came to look at this farm," she said.',
    )
    assert who(quotes, "Nobody from")[0] == "Femke"


def test_a_description_after_a_paragraph_ending_on_him_is_him(quotes_of: Extract) -> None:
    quotes = quotes_of(
        "The ruling was welcomed by Joost Brink, the director of the foundation that brought the case.",
        '"Today a judge told them the truth," Brink said.',
        "Among the farms affected is that of Hendrik Mulder, 58. He sat in the public gallery with his wife, Anneke.",
        '"I do not know what I am supposed to tell the animals," the farmer said after the hearing.',
    )
    assert who(quotes, "I do not know")[0] == "Hendrik Mulder"


def test_the_union_leader_is_the_unions_not_a_partys_leader(quotes_of: Extract) -> None:
    quotes = quotes_of(
        "The liberal Citizens' League signalled that it would not back the plan. Its parliamentary leader, Tobias "
        "Ortmann, told a broadcaster the party would not sign a blank cheque.",
        '"Show us the hydrogen," Ortmann wrote later in a post.',
        "The Energy Workers' Union, by contrast, backed the plan. Its chair, Sabine Kohler, told a rally in Cottbus "
        "that new plants would replace some of the jobs lost.",
        '"For the people here this is not an abstract debate," the union leader said.',
    )
    assert who(quotes, "For the people")[0] == "Sabine Kohler"


def test_whose_role_names_the_body_before_it(quotes_of: Extract) -> None:
    quotes = quotes_of(
        "The case was brought by the environmental foundation Levend Land, whose director, Joost ten Brink, "
        "described the decision as a landmark.",
        '"Today a judge has told them that it does not," ten Brink said outside the courthouse.',
    )
    assert who(quotes, "Today a judge") == ("Joost ten Brink", "Levend Land's director")


def test_a_nationality_noun_after_an_age_is_no_name(quotes_of: Extract) -> None:
    quotes = quotes_of(
        "The company's co-founder, chief technology officer Lars Ostergaard, said the cuts would fall on marketing.",
        "The 38-year-old Dane, who built the first version of the app in Aarhus, said he had argued for a slower "
        'pace of hiring. Asked whether he had been overruled, he paused. "We disagreed sometimes," he said.',
    )
    assert who(quotes, "We disagreed")[0] == "Lars Ostergaard"


def test_a_name_after_the_oceanographer_is_a_name_though_tagged_a_place(quotes_of: Extract) -> None:
    quotes = quotes_of(
        '"It was like walking into a forest after a fire," said María José García de la Fuente, the marine '
        "ecologist who led the research.",
        "Her co-author, the oceanographer Íñigo Etxeberria Aranburu, said the heatwaves were getting deeper. "
        '"Ten years ago a heatwave warmed the surface," he told a radio station.',
    )
    speaker = who(quotes, "Ten years ago")[0] or ""
    assert "Etxeberria" in speaker


def test_an_age_reporting_a_fragment_is_the_speaker_not_the_clauses_subject(quotes_of: Extract) -> None:
    quotes = quotes_of(
        "MARSEILLE — Dockers walked out on Monday, led by Sylvie Marchand, 49, the head of the dockers' union.",
        'The 49-year-old said the strike would continue "for as long as it takes."',
    )
    assert who(quotes, "for as long")[0] == "Sylvie Marchand"


@pytest.mark.parametrize(
    ("introduction", "description"),
    [
        ("Council heard from Martin Okonjo, a recreation-facility consultant with Lakeview Planning.", "the expert"),
        ("Dale Ostrander, the course's head golf professional since 1997, disputed the city's figures.", "the pro"),
    ],
)
def test_synonyms_of_a_stated_role(quotes_of: Extract, introduction: str, description: str) -> None:
    quotes = quotes_of(
        "Town council debated the future of the old facility on Tuesday night.",
        introduction,
        f'"The building is not unsafe today," {description} told council.',
    )
    speaker = who(quotes, "The building")[0] or ""
    assert speaker.split()[0] in {"Martin", "Dale"}


def test_the_skip_goes_on_from_the_skip_before(quotes_of: Extract) -> None:
    quotes = quotes_of(
        "PORT ALDOUS, N.S. — Maureen Gillis won her eighth provincial title on Sunday.",
        '"This one is for the club," Gillis said.',
        "Gillis's rink now advances to the national championship. The skip said the team had made no plans.",
        '"We will practise, and then I suppose I will retire," the skip said.',
    )
    assert who(quotes, "We will practise")[0] == "Maureen Gillis"


def test_a_relation_the_article_names_only_later_is_someone_elses(quotes_of: Extract) -> None:
    quotes = quotes_of(
        "Professor Karim Nasser was flying to Cairo for a conference.",
        '"We spoke to him at the gate and he sounded happy," his nephew added.',
        "Nasser's colleague Hala Nour was also on board, wrote film director Omar Haddad, Nour's nephew, on Facebook.",
    )
    assert who(quotes, "We spoke to him")[0] != "Omar Haddad"


def test_its_role_names_the_body_set_beside_the_subject_before(quotes_of: Extract) -> None:
    quotes = quotes_of(
        "The national farmers' federation, Agrarisch Verbond, warned that the ruling could open the door to more "
        'cases. Its chairwoman, Ria Kuipers, said: "Farmers are being sacrificed for a spreadsheet."',
    )
    assert who(quotes, "Farmers are") == ("Ria Kuipers", "Agrarisch Verbond's chairwoman")


def test_another_name_in_a_list_is_no_role(quotes_of: Extract) -> None:
    quotes = quotes_of(
        "Gillis and her rink of third Brooke Sampson, second Leah Comeau and lead Patti Rudderham won on Sunday.",
        '"When it left her hand I thought it was heavy," said Sampson.',
    )
    speaker, role = who(quotes, "When it left")
    assert speaker == "Brooke Sampson" and "Comeau" not in (role or "")


def test_his_mother_after_her_son_is_the_one_her_stands_for(quotes_of: Extract) -> None:
    quotes = quotes_of(
        "Bernadette Lavoie, 67, opened the skate shop with her late husband when the town still had a rail station.",
        "Her son, Marcus Lavoie, 38, grew up doing his homework on the shop counter.",
        '"We are getting a second machine," Marcus Lavoie said.',
        "Told what her son had said, Lavoie laughed.",
        '"He thinks I am joking about the haunting," his mother said.',
    )
    assert who(quotes, "He thinks")[0] == "Bernadette Lavoie"


def test_a_description_after_a_paragraph_about_her_alone_is_her(quotes_of: Extract) -> None:
    quotes = quotes_of(
        "KETTLE LAKE, Sask. - Bernadette Lavoie, 67, opened the shop on Centre Street in 1983. The shop is still "
        "there, between a credit union and a vacant storefront.",
        '"She is the heart of this street," said Tom Reyes, who runs the hardware store next door.',
        "This spring, after four decades of sharpening, she will hand the keys to her son.",
        '"I told myself I would retire at 60," the owner said last week.',
    )
    assert who(quotes, "I told myself")[0] == "Bernadette Lavoie"


def test_the_younger_of_a_family_of_three_is_the_child(quotes_of: Extract) -> None:
    quotes = quotes_of(
        "Bernadette Lavoie opened the shop with her late husband, Gilles Lavoie, in 1983.",
        "Her son, Marcus Lavoie, came back to town in 2019.",
        "Longtime employee Wes Arcand, 71, said he had no plans to retire.",
        "The younger Lavoie has plans of his own: online booking and a second machine.",
        '"The old one stays, though," he said.',
    )
    assert who(quotes, "The old one")[0] == "Marcus Lavoie"


def test_her_husband_named_in_the_quotes_own_paragraph(quotes_of: Extract) -> None:
    quotes = quotes_of(
        "The Front's candidate, Smt. P. Lakshmi Devi, won her own seat by more than 41,000 votes.",
        "Her husband, Dr. P. Suresh Kumar, a paediatrician in Nalgonda, said the family had barely slept. "
        '"She has been on the road since four in the morning," her husband said, laughing.',
    )
    assert who(quotes, "She has been")[0] == "P. Suresh Kumar"


def test_a_wife_whose_name_the_parser_splits_is_still_set_beside_the_relation(quotes_of: Extract) -> None:
    quotes = quotes_of(
        '"I have never been so frightened of a role," Datuk Rizal Hakimi told reporters on the red carpet, his '
        "wife, Datin Sharifah Nor Aini, at his side.",
        "The director said the film took six years to finance.",
        '"He came home smelling of diesel and salted fish every weekend," his wife said, laughing.',
    )
    assert "Sharifah" in (who(quotes, "He came home")[0] or "")


def test_a_chinese_surname_alone_is_the_full_name_with_a_hyphenated_given_name(quotes_of: Extract) -> None:
    quotes = quotes_of(
        "Directed by Nadia Lim Su-Ann, the two-hour film follows a fisherman who loses his boat.",
        '"My grandmother used to say the sea keeps what it is given," Lim said.',
    )
    assert who(quotes, "My grandmother")[0] == "Nadia Lim Su-Ann"


def test_an_unnamed_source_keeps_the_short_clause_saying_which(quotes_of: Extract) -> None:
    quotes = quotes_of(
        "City Council member Priya Raman said the block had waited years for a restaurant.",
        "Not everyone is thrilled. A woman who lives across 14th Street and asked not to be named because she did "
        "not want to start a feud with the owners said parking on the block had been "
        '"a complete nightmare from about 3 o\'clock on."',
        '"I want them to do well. I just also want to park in front of my own house," the neighbor said.',
    )
    assert who(quotes, "a complete nightmare")[0] == "A woman who lives across 14th Street"
    assert who(quotes, "I want them")[0] == "A woman who lives across 14th Street"


@pytest.mark.parametrize(
    ("introduction", "description", "name"),
    [
        (
            "Vice-chancellor Prof. Thandeka Mbatha-Ndlovu said the university could not afford more.",
            "the vice-chancellor",
            "Thandeka Mbatha-Ndlovu",
        ),
        (
            "Co-owner Dana Whitfield said the bakery would stay open through the winter.",
            "the co-owner",
            "Dana Whitfield",
        ),
    ],
)
def test_a_hyphenated_post_is_a_description_of_its_holder(
    quotes_of: Extract, introduction: str, description: str, name: str
) -> None:
    quotes = quotes_of(
        "Student leader Karabo Masilela said the strike would continue.",
        introduction,
        f'"That money does not exist unless we cut posts," {description} told reporters.',
    )
    assert who(quotes, "That money")[0] == name


def test_the_one_asked_about_is_not_the_one_who_answers(quotes_of: Extract) -> None:
    quotes = quotes_of(
        "Hamza Naqvi made 163 as Lahore Qalandars beat Karachi by six wickets.",
        '"That shot was a bit greedy, I will admit it," captain Zeeshan Malik said.',
        "The captain said the selectors would have a happy headache. Asked directly whether Naqvi would keep his "
        'place, he laughed. "After 163? I would like to see somebody try to drop him."',
    )
    assert who(quotes, "After 163")[0] == "Zeeshan Malik"


def test_a_kin_role_names_its_owner_when_the_family_name_says_so(quotes_of: Extract) -> None:
    quotes = quotes_of(
        "Allison MacKinnon skipped her rink to the provincial title on Sunday.",
        'Her husband, Dave MacKinnon, watched from the lounge. "I stopped breathing in the tenth end," he said.',
    )
    assert who(quotes, "I stopped breathing") == ("Dave MacKinnon", "Allison MacKinnon's husband")


def test_a_kin_role_keeps_its_pronoun_when_the_names_do_not_tell(quotes_of: Extract) -> None:
    quotes = quotes_of(
        "Maureen Gillis and her rink of third Brooke Sampson won the provincial title on Sunday.",
        'Sampson said the last stone was heavy. Her husband, Angus Gillis, shook his head. "It was perfect," he said.',
    )
    assert who(quotes, "It was perfect")[1] != "Brooke Sampson's husband"


def test_an_unnamed_source_too_long_with_its_clause_is_not_cut_mid_clause(quotes_of: Extract) -> None:
    quotes = quotes_of(
        "WASHINGTON — The campaign is quietly building a data operation.",
        '"Building this in six months will be very hard," said a veteran Republican analytics consultant who has '
        "advised one of the party's 2016 contenders.",
    )
    speaker = who(quotes, "Building this")[0] or ""
    assert speaker in {
        "a veteran Republican analytics consultant",
        "a veteran Republican analytics consultant who has advised one of the party's 2016 contenders",
    }


def test_a_city_demonym_after_the_is_no_name(quotes_of: Extract) -> None:
    quotes = quotes_of(
        "Kilbarrow manager Declan Furlong said the win belonged to every volunteer at the club.",
        'The Dubliner, who moved to Kilbarrow in 2004, admitted he had "barely slept since Wednesday".',
    )
    assert who(quotes, "barely slept")[0] == "Declan Furlong"


def test_a_teams_short_name_is_no_person() -> None:
    paragraphs = [
        "Kilbarrow Gaels ended 58 years of waiting on Sunday when substitute Oisín Keaveney kicked the winner.",
        "Kilbarrow clawed their way back with three points from frees before Keaveney curled the winner over.",
    ]
    docs = parse_paragraphs(paragraphs)
    texts = [d.text for d in docs]
    people = People(docs, place_marks(docs, texts, find_quotes(texts)).in_quote)
    names = {people.person(m.tokens, m.position)[0] for m in people.mentions}
    assert "Oisín Keaveney" in names
    assert not names & {"Kilbarrow", "Kilbarrow Gaels"}


def test_where_someone_is_from_is_a_place_and_the_one_introduced_speaks(quotes_of: Extract) -> None:
    quotes = quotes_of(
        "Morag Kincaid, who chairs the games committee, said she had been up since 4am. "
        '"Not one of the volunteers complained," she said.',
        "The heavy events were won for the third year running by Fraser Munro, a sheep farmer from Glen Ardle, who "
        "took first place in the caber.",
        '"The caber was like trying to toss a wet telegraph pole," the 28-year-old said.',
    )
    assert who(quotes, "The caber")[0] == "Fraser Munro"


def test_a_spokesman_opening_a_paragraph_is_not_the_one_introduced_before(quotes_of: Extract) -> None:
    quotes = quotes_of(
        "LONDON — Prime Minister David Hale declined on Monday to comment on the American candidate's remarks.",
        '"The prime minister has made his views on the candidate clear," the spokesman said.',
    )
    assert who(quotes, "The prime minister has")[0] != "David Hale"


def test_a_surname_alone_stays_with_the_one_who_carried_it_before_a_relation(quotes_of: Extract) -> None:
    quotes = quotes_of(
        "ALDER CREEK, N.C. — Baptiste built his first hearing aid in 2009 for his grandmother.",
        "His mother, Evangeline Baptiste, cleaned offices at night and took in sewing during the day.",
        "After high school, Baptiste studied electrical engineering and designed sensors for nine years.",
        '"For a lot of our customers," Baptiste said, "the choice was never between our hearing aid and a better one."',
    )
    assert who(quotes, "For a lot")[0] != "Evangeline Baptiste"


def test_a_description_naming_someone_in_its_own_sentence_is_not_the_one_before(quotes_of: Extract) -> None:
    quotes = quotes_of(
        "Ten years ago I was waiting for an interview at the magazine when a man raced past with a trolley of post, "
        "Anna Lind's twin boys riding on top.",
        'The editor showing me around, Paul Okafor, broke off mid-sentence to say, "And that is our future, right '
        'there."',
    )
    assert who(quotes, "And that is our future")[0] != "Anna Lind"


def test_a_state_demonym_after_the_is_no_name(quotes_of: Extract) -> None:
    quotes = quotes_of(
        "Sen. Warren Hale of Kansas, the committee's ranking Republican, said he would vote against the bill.",
        '"It is going to look very different when it comes back from the House," the Kansan said.',
    )
    assert who(quotes, "It is going to look")[0] == "Warren Hale"


def test_one_of_a_counted_group_of_sources_is_one_of_that_group(quotes_of: Extract) -> None:
    quotes = quotes_of(
        "GENEVA — Ceasefire talks resumed on Monday.",
        "Two people familiar with the talks said the mediators had floated a compromise.",
        '"The idea is on the table, and nobody has walked away from it," one of them said.',
        "Two EU diplomats familiar with the discussions said Germany had pushed for a shorter list.",
        '"Berlin wanted the list to be a warning shot," one of the diplomats said.',
    )
    assert who(quotes, "The idea")[0] == "one of two people familiar with the talks"
    assert who(quotes, "Berlin wanted")[0] == "one of two EU diplomats familiar with the discussions"


def test_the_warning_said_is_the_body_that_issued_it(quotes_of: Extract) -> None:
    quotes = quotes_of(
        "SYDNEY — A bushfire threatened the Corrie Valley on Wednesday.",
        "The Rural Fire Service said in an emergency warning issued at 7.40pm on Wednesday that it was too late to "
        "leave for residents of two towns.",
        '"Seek shelter as the fire front arrives. Conditions are extremely dangerous," the warning said.',
    )
    assert who(quotes, "Seek shelter")[0] == "The Rural Fire Service"
