"""Speakers and roles as a careful reader names them, in the styles of business, science, courts, politics and
arts copy: a role owned by a study, a performer the story is about, names the recogniser took for places,
couples, unnamed sources going on under another noun, a post that speaks for its writer, and titles spelled out
when they stand as a role.  Articles written for these tests."""

from __future__ import annotations

import pytest

from bot.nlp import load_nlp
from bot.quotes.roles import one_persons_role, spelled_titles
from tests.support.quotes import Extract, quote_extractor, who


@pytest.fixture(scope="module")
def quotes_of() -> Extract:
    return quote_extractor(load_nlp())


def test_a_role_owned_by_a_study_is_the_person_the_sentence_before_is_about(quotes_of: Extract) -> None:
    quotes = quotes_of(
        "Dr. Hana Lindqvist, a marine chemist at Rowan University, led the sampling.",
        '"The numbers surprised all of us," Lindqvist said.',
        "Her colleague Piotr Zalewski, who has sampled the bay since 1991, said funding was the hard part.",
        "Zalewski, who retires next year, said he would keep going out on the boat.",
        '"Someone has to be there the year it changes," the paper\'s senior author said.',
    )
    assert who(quotes, "Someone")[0] == "Piotr Zalewski"


def test_someone_elses_aide_stays_unresolved_without_that_role(quotes_of: Extract) -> None:
    quotes = quotes_of(
        "Mayor Dana Ross defended the budget on Monday.",
        '"We will not cut libraries," the mayor\'s spokesman said.',
    )
    assert who(quotes, "We will")[0] != "Dana Ross"


def test_the_singer_is_the_performer_the_story_is_about(quotes_of: Extract) -> None:
    quotes = quotes_of(
        "Marisol Vantongeren wrote her new album in a borrowed cabin in the hills.",
        '"I needed somewhere with no signal," Vantongeren said.',
        "Vantongeren grew up on an island off Maine. The record is the 31-year-old singer's third, and her quietest.",
        "Her producer, Abe Lund, said the band recorded most songs live.",
        '"We did two takes at most," Lund said.',
        "It was recorded in nine days in February.",
        '"I didn\'t plan a sad record. It just came out that way," the singer said.',
    )
    assert who(quotes, "I didn")[0] == "Marisol Vantongeren"


def test_a_name_tagged_as_a_place_is_a_person_when_its_surname_speaks(quotes_of: Extract) -> None:
    quotes = quotes_of(
        "KNOXVILLE, Tenn. — Delphine Carrow wrote most of her new album at the kitchen table of a rented farmhouse.",
        '"My manager thought I had vanished," Carrow said.',
        "Carrow grew up in a river town an hour east.",
        '"I needed the quiet," the singer said.',
    )
    assert who(quotes, "My manager")[0] == "Delphine Carrow"
    assert who(quotes, "I needed")[0] == "Delphine Carrow"


def test_a_name_with_a_who_clause_is_a_person_a_description_goes_on_with(quotes_of: Extract) -> None:
    quotes = quotes_of(
        "Colleen Avery plays the widow.",
        '"I had to think hard about the cold," Avery said.',
        "Jamal Ruston, who plays the ranch hand, Eli, had never ridden a horse before he was cast.",
        '"I told them I could ride," the 29-year-old actor said.',
    )
    assert who(quotes, "I told") == ("Jamal Ruston", "actor")


def test_a_numbered_bill_is_no_person_a_pronoun_stands_for(quotes_of: Extract) -> None:
    quotes = quotes_of(
        "Gov. Raymond Ashby vetoed the rent cap on Friday.",
        'In his veto message, he wrote that the measure, Assembly Bill 318, was "likely to make the shortage worse."',
        '"The way to bring down rents is to build more homes," he wrote.',
    )
    assert who(quotes, "The way") == ("Raymond Ashby", "Governor")


def test_abbreviated_titles_standing_as_a_role_are_spelled_out() -> None:
    assert spelled_titles("Democratic Gov.") == "Democratic Governor"
    assert spelled_titles("Lt. Gov.") == "Lieutenant Governor"
    assert spelled_titles("Sen., the bill's sponsor") == "Senator, the bill's sponsor"
    assert spelled_titles("Cllr") == "Councillor"
    assert spelled_titles("Det Con") == "Detective Constable"
    assert spelled_titles("Con MP for Bath") == "Con MP for Bath"  # a party, not a constable
    assert spelled_titles("Dr.") == "Dr."  # an honorific, not a post
    assert one_persons_role("Ohio Sen.") == "Ohio Senator"


def test_a_bare_noun_after_said_opens_the_reported_clause_not_the_speaker(quotes_of: Extract) -> None:
    quotes = quotes_of(
        "Sen. Angela Rourke, who represents the 14th District, said decisions about phones belonged with local "
        'school boards, not with "a hundred and seventy people in this building."'
    )
    assert who(quotes, "a hundred")[0] == "Angela Rourke"


def test_a_thing_subject_of_a_coordinated_verb_gives_way_to_the_person(quotes_of: Extract) -> None:
    quotes = quotes_of(
        "Curtis Langford stood on a hay wagon at the county fair on Saturday, sleeves rolled to the elbow, and "
        'promised a crowd of about 2,000 people that he would do what "the capital has been promising for 30 '
        'years" and build the bridge.'
    )
    assert who(quotes, "the capital")[0] == "Curtis Langford"


def test_the_lab_director_is_the_one_a_passive_says_directs_the_lab(quotes_of: Extract) -> None:
    quotes = quotes_of(
        "Yusuf Karimi, the paper's lead author, said the idea came from his childhood.",
        '"Nobody believed the rain mattered," Karimi said.',
        "The work was done in the Hazards Lab, which is directed by Professor Elena Vukovic, a geotechnical engineer.",
        '"The math is standard," the lab director said.',
    )
    assert who(quotes, "The math")[0] == "Elena Vukovic"


def test_a_post_speaks_for_whoever_the_sentence_before_says_wrote_it(quotes_of: Extract) -> None:
    quotes = quotes_of(
        "Gov. Helen Marquez was campaigning in Green Bay on Saturday.",
        'In a post on X, the Democrat wrote that her rival had "voted against the bridge budget twice."',
        '"Standing in front of a bridge you voted not to fund is a choice," the post said.',
    )
    assert who(quotes, "Standing")[0] == "Helen Marquez"


def test_an_unnamed_source_called_by_another_noun_stays_that_source(quotes_of: Extract) -> None:
    quotes = quotes_of(
        "Chief executive Rebecca Okafor said the company had planned for the worst case.",
        '"We built the guidance around it," Okafor said.',
        "One longtime shareholder, who asked not to be identified, said the reaction was overdone.",
        '"Nobody who owns this stock bought it for one quarter," the investor said.',
    )
    assert who(quotes, "Nobody") == ("One longtime shareholder", None)


def test_she_after_an_unnamed_source_is_that_source(quotes_of: Extract) -> None:
    quotes = quotes_of(
        "Fiona Gallacher, one of the administrators, said buyers were being sought for all 40 stores.",
        '"We are talking to several parties," Gallacher said.',
        "One sales assistant, who has worked at the store for 26 years and asked not to be named, said staff had "
        "been in tears.",
        '"You never really believe it until it happens to you," she said.',
    )
    assert who(quotes, "You never")[0] == "One sales assistant"


def test_they_after_a_couple_is_the_couple(quotes_of: Extract) -> None:
    quotes = quotes_of(
        "Mayor Colleen Reilly ordered the east side of town to leave before midnight.",
        "Tom and Sheila Brandt, who have lived on Juniper Loop for 26 years, left with their two dogs.",
        '"We had maybe ten minutes once the deputy came down the road," they said.',
    )
    assert who(quotes, "We had")[0] == "Tom and Sheila Brandt"


def test_they_after_an_organisation_is_still_the_organisation(quotes_of: Extract) -> None:
    quotes = quotes_of(
        "Halvard Robotics cut 200 jobs on Tuesday.",
        '"These were hard decisions," they said in a statement.',
    )
    assert who(quotes, "These")[0] == "Halvard Robotics"


def test_a_dateline_the_parser_made_the_subject_leaves_the_governor_the_sentences_subject(
    quotes_of: Extract,
) -> None:
    quotes = quotes_of(
        "CARSON CITY, Nev. — Gov. Raymond Ashby on Friday vetoed a bill that would have capped rent increases.",
        'In a veto message, the Democrat wrote that the measure was "well-intentioned but likely to make things '
        'worse."',
    )
    assert who(quotes, "well-intentioned")[0] == "Raymond Ashby"


def test_going_on_about_something_is_talking(quotes_of: Extract) -> None:
    quotes = quotes_of(
        "Nadia Brooks watched the speech from her couch.",
        'As Sen. Ray Holt went on about "a rigged system," Brooks turned the volume down.',
    )
    assert who(quotes, "a rigged")[0] == "Ray Holt"


def test_a_name_no_list_knows_takes_the_gender_of_the_pronouns_after_it(quotes_of: Extract) -> None:
    quotes = quotes_of(
        "Flight director Owen Castellanos said the lander had come down on a slope.",
        '"We can work with it," Castellanos said.',
        "Professor Ilse Brandvold, who leads the drill experiment, said the tilt might be lucky for her instrument.",
        "Reporters then asked about the altimeter.",
        '"We tested it against every lighting model we had," he said.',
    )
    assert who(quotes, "We tested")[0] == "Owen Castellanos"


def test_a_he_is_not_a_woman_a_description_before_it_stands_for(quotes_of: Extract) -> None:
    quotes = quotes_of(
        "Stefan Kühn, the district's health councillor, set up the volunteer scheme in 2019.",
        '"It started with ten volunteers and a phone list," Kühn said.',
        "Lea Schönfeld, a physician at the university hospital, studies deaths in heat waves.",
        "Schönfeld said cooling centres helped only people who could leave their homes. "
        '"The people most at risk will not walk to a library," she said.',
        "The physician has studied heat deaths in the city for a decade.",
        "The scheme now has 140 volunteers. Its budget was cut by 15 percent.",
        '"We are asking neighbours to do the state\'s work," he said.',
    )
    assert who(quotes, "We are asking")[0] != "Lea Schönfeld"


def test_the_frenchman_is_the_one_given_as_of_france(quotes_of: Extract) -> None:
    quotes = quotes_of(
        "Local favourite Nico Brunner beat the top seed in three sets on Thursday.",
        '"I played the best match of my life," Brunner said.',
        "Brunner will face fifth seed Julien Castagne of France on Friday. Castagne, who beat Brunner in Bergamo last "
        "year, said he expected a different opponent this time.",
        '"He is young and the crowd will be behind him, so it is dangerous," the Frenchman said.',
    )
    assert who(quotes, "He is young")[0] == "Julien Castagne"


def test_the_finn_is_the_one_an_apposition_calls_a_finn(quotes_of: Extract) -> None:
    quotes = quotes_of(
        "Head coach Jukka Rantanen, a Finn who coached in Tampere for a decade, says he knew within a week.",
        "Remo Zwahlen has stopped 94 percent of shots this season.",
        '"He came home and said he was done," said Corinne Zwahlen, his wife.',
        'His wife laughed at that. "People talk about his saves. I talk about his rebounds," said the Finn.',
    )
    assert who(quotes, "People talk")[0] == "Jukka Rantanen"


def test_a_capitalised_title_with_a_name_apposed_to_its_phrase_is_that_person(quotes_of: Extract) -> None:
    quotes = quotes_of(
        "CARROWMENA, Co Mayo",
        "Raising the issue in the Dáil on Tuesday, the Independent TD for Mayo, Cathal Ó Duibhir, said elderly "
        'people were "barricading themselves in at night".',
        '"There have been eleven break-ins in six weeks," he said.',
    )
    assert who(quotes, "barricading")[0] == "Cathal Ó Duibhir"
    assert who(quotes, "There have")[0] == "Cathal Ó Duibhir"  # not the county of the dateline


def test_a_surname_without_its_article_is_the_same_person(quotes_of: Extract) -> None:
    quotes = quotes_of(
        "Iraqi Foreign Minister Fuad Hamid al-Obaidi, speaking through an interpreter, said the line would carry "
        "500 megawatts.",
        '"Our people in Basra want the air conditioner to work in August," Obaidi said.',
    )
    assert who(quotes, "Our people") == ("Fuad Hamid al-Obaidi", "Iraqi Foreign Minister")


@pytest.mark.parametrize(
    "setting",
    ["Told what his father had said, the rookie laughed.", "Asked what his father had said, the rookie laughed."],
)
def test_he_after_what_someone_said_was_told_of_is_the_one_told(quotes_of: Extract, setting: str) -> None:
    quotes = quotes_of(
        "Liam Kowal, the rookie, scored twice. His father, Mark Kowal, watched from the stands.",
        '"We had a feeling about tonight," his father said.',
        setting,
        '"He cries at everything," he said.',
    )
    assert [q.speaker for q in quotes] == ["Mark Kowal", "Liam Kowal"]


def test_a_surname_right_after_a_relative_is_named_is_that_relative(quotes_of: Extract) -> None:
    quotes = quotes_of(
        "Owen Merritt was last seen leaving a friend's home on Shore Road.",
        "Police said they had searched the harbour twice.",
        "Owen's mother, Carla Merritt, sat beside the officer, holding a photo of her son.",
        '"He is a good boy," Merritt said, her voice breaking.',
    )
    assert [(q.speaker, q.role) for q in quotes] == [("Carla Merritt", "Owen's mother")]


def test_a_surname_used_alone_before_the_relative_stays_the_first_ones(quotes_of: Extract) -> None:
    quotes = quotes_of(
        "Owen Merritt scored twice. Merritt has 14 goals this season.",
        "His mother, Carla Merritt, watched from the stands.",
        '"I just tried to shoot," Merritt said.',
    )
    assert [q.speaker for q in quotes] == ["Owen Merritt"]


def test_a_relative_listed_after_a_name_gives_it_no_role(quotes_of: Extract) -> None:
    quotes = quotes_of(
        "Farid Nazari saw snow for the first time in November.",
        "Nazari, 44, his wife, Shabnam Nazari, and their three children arrived in New Brunswick last November.",
        '"It was cold," Nazari said.',
    )
    assert [(q.speaker, q.role) for q in quotes] == [("Farid Nazari", None)]


def test_a_surname_after_a_relative_who_just_spoke_is_the_relative(quotes_of: Extract) -> None:
    quotes = quotes_of(
        "Hollis is charged in the death of Marcus Tate, 24. Tate reached for his phone, a witness said.",
        "Outside the courthouse, Tate's mother, Denise Tate, said she had attended every day of the trial.",
        '"I had to watch my son die on a screen," said Tate, 52. "No mother should have to do that."',
    )
    assert [q.speaker for q in quotes] == ["Denise Tate"]


def test_a_surname_after_a_spouse_named_beside_the_subject_stays_the_subjects(quotes_of: Extract) -> None:
    quotes = quotes_of(
        "Brianna Lusk, 26, is due in September. She and her husband, Cody Lusk, farm wheat west of town.",
        '"My first one came in four hours," Lusk said, laughing.',
    )
    assert [q.speaker for q in quotes] == ["Brianna Lusk"]


def test_a_surname_used_alone_before_stays_the_first_ones_after_a_relative_speaks(quotes_of: Extract) -> None:
    quotes = quotes_of(
        "Petru Ionescu, 44, was sentenced on Friday. Ionescu's lawyer asked for three years.",
        '"We need him home," his wife, Ana Ionescu, wrote in a letter to the court.',
        "A mechanic by training, Ionescu had no computer expertise.",
        '"I only guessed the passwords," Ionescu told the court.',
    )
    assert [q.speaker for q in quotes] == ["Ana Ionescu", "Petru Ionescu"]


def test_her_husband_after_she_spoke_is_the_other_of_the_couple(quotes_of: Extract) -> None:
    quotes = quotes_of(
        "After 14 months of open houses, Jonah and Mireille Bettencourt finally got the keys last week.",
        '"We had stopped telling our parents," Mireille Bettencourt said.',
        '"She is being generous," her husband said.',
        "Jonah Bettencourt, a teacher, said the couple had nearly given up.",
    )
    assert [q.speaker for q in quotes] == ["Mireille Bettencourt", "Jonah Bettencourt"]


def test_his_sister_is_the_one_whose_brother_he_was_said_to_be(quotes_of: Extract) -> None:
    quotes = quotes_of(
        "Harpreet Dhillon came to Canada in 2022 to study supply-chain management.",
        "Her younger brother, Gurjot Dhillon, was supposed to join her this fall.",
        '"I had the acceptance letter," Gurjot Dhillon said by video.',
        '"He keeps asking me whether he should try again," his sister said.',
    )
    assert [(q.speaker, q.role) for q in quotes][-1] == ("Harpreet Dhillon", None)


def test_his_sister_is_not_his_mother(quotes_of: Extract) -> None:
    quotes = quotes_of(
        "Dorothy Hale, the radio host, died Sunday at 91.",
        "Her son, Peter Hale, said she kept a card for every caller.",
        '"She had shoeboxes full of them," Peter Hale said.',
        '"She would ask after your dog," his sister added.',
    )
    assert [q.speaker for q in quotes] == ["Peter Hale", "his sister"]


@pytest.mark.parametrize(
    ("introduced", "description"),
    [
        ("Chief financial officer Marcus Hale told the call that spending would fall.", "the CFO"),
        ("Steelheads general manager Marcus Hale said the talks had stalled.", "the GM"),
        ("Tremblay's agent, Marcus Hale, disputed the team's account.", "the agent"),
    ],
)
def test_a_post_written_out_and_then_by_its_letters_is_one_person(
    quotes_of: Extract, introduced: str, description: str
) -> None:
    quotes = quotes_of(
        introduced,
        '"We are not abandoning the plan," Hale said.',
        f'He was pressed on the point. "It is not on the table," {description} said.',
    )
    assert [q.speaker for q in quotes] == ["Marcus Hale", "Marcus Hale"]


def test_the_decision_speaks_for_the_judge_who_gave_it(quotes_of: Extract) -> None:
    quotes = quotes_of(
        "In a 64-page decision released Monday, Justice Ana Ruiz of the Ontario Superior Court of Justice "
        "certified the class action.",
        '"A person whose medical history strangers may know has suffered something real," the decision said.',
    )
    assert [(q.speaker, q.role) for q in quotes] == [("Ana Ruiz", "Justice, Ontario Superior Court of Justice")]


def test_he_after_her_husband_spoke_goes_on_with_the_husbands_name(quotes_of: Extract) -> None:
    quotes = quotes_of(
        "After 14 months of open houses, Jonah and Mireille Bettencourt finally got the keys last week.",
        '"We had stopped telling our parents," Mireille Bettencourt said.',
        '"She is being generous," her husband said.',
        '"That is not true," she said, laughing.',
        '"It is a little true," he said.',
        "Jonah Bettencourt, a teacher, said the couple had nearly given up.",
    )
    assert [q.speaker for q in quotes] == ["Mireille Bettencourt", "Jonah Bettencourt"] * 2


def test_a_description_far_down_is_the_one_the_lede_described_and_named_after(quotes_of: Extract) -> None:
    quotes = quotes_of(
        "KINGSTON, Ont. — A senior provincial bridge engineer acknowledged on Tuesday that he never read the full "
        "report before the span collapsed.",
        "Warren Pell, the ministry's former structures manager, told the inquiry he had relied on a summary.",
        '"In hindsight, I should have read it," Mr. Pell said.',
        "Commission counsel Anjali Marr pressed him on the filing.",
        '"Did anyone send the report to the contractor?" Ms. Marr asked.',
        '"Not to my knowledge," the engineer replied.',
    )
    assert [q.speaker for q in quotes] == ["Warren Pell", "Anjali Marr", "Warren Pell"]
