"""The whole-article step on finished quotes: one name and one role per source (bot/quotes/roles.py)."""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Span

from bot.brief import Quote, QuotePart
from bot.nlp import load_nlp, parse_paragraphs
from bot.quotes import extract_quotes
from bot.quotes.people import _with_whole_entity, clean_name_tokens
from bot.quotes.roles import carry_roles, merge_unnamed_sources, one_persons_role


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


@pytest.mark.parametrize(
    ("source", "later"),
    [
        ("an assistant coach at one Ontario rival", "the assistant"),  # a person noun before the head
        ("one Division I recruiter", "the recruiter"),  # capitalised words before the noun
        ("a nurse who has worked in the emergency department for 11 years", "the nurse"),  # a clause after it
        ("a Republican aide familiar with the talks", "the aide"),
    ],
)
def test_the_description_takes_up_a_source_described_at_length(source: str, later: str) -> None:
    quotes = [Quote(text="A", speaker=source), Quote(text="B", speaker="Tom Reyes"), Quote(text="C", speaker=later)]
    assert [q.speaker for q in merge_unnamed_sources(quotes)] == [source, "Tom Reyes", source]


def test_a_description_with_words_the_source_lacks_is_someone_else() -> None:
    quotes = [Quote(text="A", speaker="a woman who lives nearby"), Quote(text="B", speaker="the older woman")]
    assert [q.speaker for q in merge_unnamed_sources(quotes)] == ["a woman who lives nearby", "the older woman"]


def test_another_source_introduced_between_the_quotes_is_no_guess() -> None:
    text = (
        '"A," a senior Democratic aide said.\n\n'
        'A Republican aide familiar with the talks described a standoff. "B," the aide said.'
    )
    first = Quote(text="A", speaker="A senior Democratic aide", parts=[QuotePart(text="A", start=1, end=2)])
    at = text.index('"B') + 1
    later = Quote(text="B", speaker="the aide", parts=[QuotePart(text="B", start=at, end=at + 1)])
    assert [q.speaker for q in merge_unnamed_sources([first, later], text=text)] == [
        "A senior Democratic aide",
        "the aide",
    ]
    # with no other aide introduced in between, the aide is the one quoted before
    plain = text.replace("A Republican aide familiar with the talks described a standoff. ", "")
    at = plain.index('"B') + 1
    later = Quote(text="B", speaker="the aide", parts=[QuotePart(text="B", start=at, end=at + 1)])
    assert merge_unnamed_sources([first, later], text=plain)[1].speaker == "A senior Democratic aide"


# --------------------------------------------------------------------------- roles on a whole article

#: A story written for this test: every way news states a person's role, then quotes by surname or pronoun.
ROLES_ARTICLE = [
    "Dutch Ambassador Marieke Jansen opened the talks in Rotterdam on Tuesday.",
    '"We came to listen, not to lecture," Jansen said.',
    '"The delegation will stay until Friday," she added.',
    'Tomas Novak, the Czech trade minister, said: "Our ports cannot wait another decade."',
    '"Money is not the problem," Novak said later.',
    "The council's director of infrastructure, Samuel Achterberg, said the dykes had been checked in spring.",
    '"Every section passed," Achterberg said.',
    '"The budget is tight," said Nadia Petrov, who chairs the finance committee.',
    '"We will find the money," Petrov said.',
    '"Flooding is now a yearly event," said Ann Smith of the University of Leeds.',
    '"Nobody can say we were not warned," she said.',
    '"We are ready for the season," said the club\'s head coach, Rita Santos.',
    '"The pitch drains well," said Winger Kofi Mensah.',
    '"I have played through worse rain," Mensah said.',
    '"It is a remarkable piece of engineering," the Duke of York, Prince Andrew, said.',
    "Harbour master Lena Vogt, who has run the port for a decade, was blunter.",
    '"We need the wall now," Vogt said.',
    '"Insurers are already leaving the coast," said Dr. Hannah Weiss, an economist at Delft University.',
    '"Premiums have doubled in five years," the economist said.',
    'Acme chief financial officer Daniel Okoro was more cautious. "Costs are rising too," he said.',
    'Labour MP Diane Clark said: "The government must match the funding."',
    'Tom Reyes, 52, a nurse at the town hospital, said: "We saw more patients after the last flood."',
    '"Some never came back," Reyes said.',
    '"We were told it would never happen," said Amy Brooks, who serves as secretary of the residents\' group.',
    '"We built too close to the water," said Gerrit Mol, a former teacher who now runs a bakery in town.',
]

#: The start of each quote -> (speaker, role) a reader should see.
ROLES_EXPECTED = {
    "We came to listen": ("Marieke Jansen", "Dutch Ambassador"),
    "The delegation will stay": ("Marieke Jansen", "Dutch Ambassador"),
    "Our ports cannot wait": ("Tomas Novak", "the Czech trade minister"),
    "Money is not the problem": ("Tomas Novak", "the Czech trade minister"),
    "Every section passed": ("Samuel Achterberg", "the council's director of infrastructure"),
    "The budget is tight": ("Nadia Petrov", "chair of the finance committee"),
    "We will find the money": ("Nadia Petrov", "chair of the finance committee"),
    "Flooding is now": ("Ann Smith", "University of Leeds"),
    "Nobody can say": ("Ann Smith", "University of Leeds"),
    "We are ready for the season": ("Rita Santos", "the club's head coach"),
    "The pitch drains well": ("Kofi Mensah", "winger"),
    "I have played through": ("Kofi Mensah", "winger"),
    "It is a remarkable": ("Prince Andrew", "the Duke of York"),
    "We need the wall now": ("Lena Vogt", "Harbour master"),
    "Insurers are already": ("Hannah Weiss", "an economist at Delft University"),
    "Premiums have doubled": ("Hannah Weiss", "an economist at Delft University"),
    "Costs are rising": ("Daniel Okoro", "Acme chief financial officer"),
    "The government must": ("Diane Clark", "Labour MP"),
    "We saw more patients": ("Tom Reyes", "a nurse at the town hospital"),
    "Some never came back": ("Tom Reyes", "a nurse at the town hospital"),
    "We were told": ("Amy Brooks", "secretary of the residents' group"),
    "We built too close": ("Gerrit Mol", "a former teacher"),
}


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_nlp()


def quotes_in(nlp: Language, *paragraphs: str) -> list[Quote]:
    return extract_quotes(parse_paragraphs(list(paragraphs), nlp=nlp))


@pytest.fixture(scope="module")
def article_quotes(nlp: Language) -> dict[str, tuple[str | None, str | None]]:
    found = {}
    for q in quotes_in(nlp, *ROLES_ARTICLE):
        start = next((k for k in ROLES_EXPECTED if q.text.startswith(k)), q.text)
        found[start] = (q.speaker, q.role)
    return found


@pytest.mark.parametrize("start", list(ROLES_EXPECTED))
def test_every_quote_of_the_article_has_its_speakers_name_and_role(
    article_quotes: dict[str, tuple[str | None, str | None]], start: str
) -> None:
    assert article_quotes.get(start) == ROLES_EXPECTED[start]


def test_the_article_gives_no_other_quotes(article_quotes: dict[str, tuple[str | None, str | None]]) -> None:
    assert set(article_quotes) == set(ROLES_EXPECTED)


# --------------------------------------------------------------------------- one rule each


@pytest.mark.parametrize(
    ("paragraphs", "speaker", "role"),
    [
        # a job capitalised mid-sentence is lowered; a party keeps its capital
        (['"We held," said Defender Luis Ortega.'], "Luis Ortega", "defender"),
        (['"We won," said Republican Jo Bell.'], "Jo Bell", "Republican"),
        (['Former Mayor Jo Bell said: "We won."'], "Jo Bell", "former Mayor"),
        # role words before the name: the employer's name, a hyphened word, a parliament member
        (['"We were surprised," Acme\'s spokeswoman Jo Hart said.'], "Jo Hart", "Acme's spokeswoman"),
        (['Award-winning architect Lena Vogt said: "We won."'], "Lena Vogt", "Award-winning architect"),
        (['Labour MP Diane Clark said: "We won."'], "Diane Clark", "Labour MP"),
        # an age is no role; the apposition after it is
        (['Pat Quill, 43, said: "It is over."'], "Pat Quill", None),
        # a relative clause: "serves as" states a role now; "served as", "was" a past one, shown as past
        (['"We won," said Jo Bell, who serves as treasurer of the club.'], "Jo Bell", "treasurer of the club"),
        (['"We won," said Jo Bell, who served as treasurer of the club.'], "Jo Bell", "formerly treasurer of the club"),
        (['"We won," said Jo Bell, who was the town\'s treasurer.'], "Jo Bell", "formerly the town's treasurer"),
        # the boss named in a role is part of it; a name in a list before the role is not
        (['"We won," said former Vance adviser Pat Quill.'], "Pat Quill", "former Vance adviser"),
        (['"We won," said longtime Mara Lind aide Pat Quill.'], "Pat Quill", "longtime Mara Lind aide"),
        # "of" phrases hanging on no role word are no role; "Secretary of State" is one
        (['The anger of the loyal fans of Councillor Jo Bell grew. "We won," Bell said.'], "Jo Bell", "Councillor"),
        (['"We won," said Secretary of State Jo Bell.'], "Jo Bell", "Secretary of State"),
        (
            ['"We won," said U.S. Ambassador to the United Nations Jo Bell.'],
            "Jo Bell",
            "U.S. Ambassador to the United Nations",
        ),
        (['The two must-win races for Mayor Jo Bell are close. "We won," Bell said.'], "Jo Bell", "Mayor"),
        (['A senior adviser to Mayor Jo Bell left. "We won," Bell said.'], "Jo Bell", "Mayor"),
        # a dateline's spaced dash ends the role before a name
        (['SPRINGFIELD, Ill. - County Judge Jo Bell said: "We won."'], "Jo Bell", "County Judge"),
        # a title keeps the organisation written after the name; a hometown is no role
        (['"We won," said Prof. Ana Ruiz, of the University of Leeds.'], "Ana Ruiz", "Prof., University of Leeds"),
        # British police and council titles are no part of the name; the unit after "of" is where they work
        (
            ['"We need the footage," said Det Insp Ruth Gale, of Avon Police\'s major crime team.'],
            "Ruth Gale",
            "Detective Inspector, Avon Police's major crime team",
        ),
        (['"The park will reopen," said Cllr Ann Boyd.'], "Ann Boyd", "Councillor"),
        # an "of" phrase that runs on past the place is not an affiliation
        (['That left Sen. Jo Bell of Ohio center stage. "We won," Bell said.'], "Jo Bell", "Senator"),
        # a role phrase with "to" before a comma and the name; the sentence's capital "The" is lowered
        (
            [
                "The Kestavian ambassador to the European Union, Dmitri Volkan, warned on Tuesday that new "
                "sanctions would hurt trade.",
                '"Our door is not closed," Volkan said.',
            ],
            "Dmitri Volkan",
            "the Kestavian ambassador to the European Union",
        ),
        # a bare title and the post a relative clause names
        (
            ['Councillor Dev Sharma, who chairs the transport committee, said the review would be "thorough."'],
            "Dev Sharma",
            "Councillor, chair of the transport committee",
        ),
        # a whole role before an abbreviated title reads after it; a word and its title read as written
        (
            ['"We won," said Democratic mayoral candidate Sen. Jo Bell.'],
            "Jo Bell",
            "Senator, Democratic mayoral candidate",
        ),
        (['Republican Sen. Jo Bell said: "We won."'], "Jo Bell", "Republican Senator"),
        (['Ohio Lt. Gov. Jo Bell said: "We won."'], "Jo Bell", "Ohio Lieutenant Governor"),
        # a founder stays one; a campaigner is a role, no part of the name
        (['"We won," said Jo Bell, who founded the charity in 2019.'], "Jo Bell", "founder of the charity"),
        (['Campaigner Jo Bell said: "We won."'], "Jo Bell", "campaigner"),
        # a sentence's opening "And" is no part of the role before a comma and the name
        (
            ['And the county\'s chief planner, Jo Bell, said: "We won."'],
            "Jo Bell",
            "the county's chief planner",
        ),
        # a modifier with no title after it is no role; "as" is no part of the apposition's role
        (
            ['The court let lawyers question five current and former Jo Bell aides. "We won," Bell said.'],
            "Jo Bell",
            None,
        ),
        (['"We won," said Jo Bell, as a candidate for mayor, at the rally.'], "Jo Bell", "a candidate for mayor"),
        # kin words are roles before a comma and the name
        (
            ["The victim's partner, Aisha Kamara, said he had been cycling home.", '"He is a nurse," she said.'],
            "Aisha Kamara",
            "the victim's partner",
        ),
        # a bare academic title says less than the apposition after the name
        (
            ['"We won," said Professor Ana Ruiz, a historian at the University of Leeds.'],
            "Ana Ruiz",
            "a historian at the University of Leeds",
        ),
        (['"We won," said Stacy Baker of Columbia, South Carolina.'], "Stacy Baker", None),
        (
            [
                "Paul Davies, of the Institute for Fiscal Studies, said the sums were wrong.",
                '"Tax must rise," Davies said.',
            ],
            "Paul Davies",
            "Institute for Fiscal Studies",
        ),
        (['"We won," said Stacy Baker, of Columbia, South Carolina.'], "Stacy Baker", None),
        # "his"/"her" in a role names whose it is, when it is someone else; a magistrate's title
        (
            [
                "The accused, Darren Pike, appeared in court on Monday.",
                'His lawyer, Simon Fry, said: "My client denies any involvement."',
            ],
            "Simon Fry",
            "Darren Pike's lawyer",
        ),
        (['Magistrate Helen Ng refused bail. "The risk is too high," she said.'], "Helen Ng", "Magistrate"),
        # a kin word with a possessive is a role (as written: its owner was misread on train); "his" in it is not her
        # gender, so "she said" after it is hers
        (
            [
                "Senator Tom Reyes spoke about primaries, said Tad Devine, a top adviser to Reyes. "
                'On Tuesday, his wife, Jane, called for open primaries. "Shutting people out is not smart," she said.'
            ],
            "Jane",
            "his wife",
        ),
        (
            ["The bakery's landlord, Peter Novak, was pleased.", '"They are good tenants," Novak said.'],
            "Peter Novak",
            "the bakery's landlord",
        ),
        # a noun for a person before a name the recogniser took for a place ("said neighbour Olu Adeyemi")
        (
            ['"They were heroes," said neighbour Olu Adeyemi, who watched from across the street.'],
            "Olu Adeyemi",
            "neighbour",
        ),
        # an adjective alone is no role ("Republican presidential" with its noun left out)
        (['"We won," said Republican presidential Jo Bell.'], "Jo Bell", None),
        # an adverb of the adjective in a role, and the whip's title
        (['"We won," said Leeds\'s newly elected mayor Ana Ruiz.'], "Ana Ruiz", "Leeds's newly elected mayor"),
        (['"We know," said Senate Majority Whip Jo Bell (R-Ohio).'], "Jo Bell", "Senate Majority Whip"),
        # a plural role shared by two names is each one's in the singular
        (['Labour candidates Jo Bell and Pat Quill met. "We won," Quill said.'], "Pat Quill", "Labour candidate"),
        # an apposition is read to its word's end ("co-founder"), never as a pronoun or a relative clause
        (['"We won," said Jo Bell, co-founder of the Harbour Trust.'], "Jo Bell", "co-founder of the Harbour Trust"),
        (['Jo Bell herself spoke up. "We won," Bell said.'], "Jo Bell", None),
        # an apposition the parser hangs on a name from further on is none of hers
        (
            [
                "Ann Ruiz is far ahead because of the councillors, the party members who choose the leader.",
                '"We won," Ruiz said.',
            ],
            "Ann Ruiz",
            None,
        ),
        # a title used as the subject is the role of the name apposed to it
        (['"It is late," said the Duke of York, Prince Andrew.'], "Prince Andrew", "the Duke of York"),
        # a verb opening the sentence is no part of the name
        (["Telling Jo Bell to wait, Ann Ruiz left.", '"We won," said Bell.'], "Jo Bell", None),
        # a title that is also a given name is the first name before one name, the title before a full name
        (
            ['"Deficits are not the enemy in a slump," said Dean Holloway, an economist at the Harbor Institute.'],
            "Dean Holloway",
            "an economist at the Harbor Institute",
        ),
        (['"We will appeal the ruling," said Dean Martha Ruiz of the law school.'], "Martha Ruiz", "Dean"),
        # an honorific between the role and the name does not hide the role
        (
            ["The firm's chairman, Sir Alan Finch, backed her.", '"She has our support," Finch said.'],
            "Alan Finch",
            "the firm's chairman",
        ),
        (['"We will fix it," said Green Party candidate Dr. Ana Ruiz.'], "Ana Ruiz", "Green Party candidate"),
        # a role noun the tagger took for a verb; a name the recogniser missed, before a role in apposition
        (
            ["Veteran spinner Nathan Lyle took five wickets.", '"I went back to basics," Lyle said.'],
            "Nathan Lyle",
            "veteran spinner",
        ),
        (
            ["Alder, the club's spin coach, was pleased.", '"He reads batters well," Alder said.'],
            "Alder",
            "the club's spin coach",
        ),
        # a role phrase with a participle or a preposition's own article in it, before a comma and the name;
        # the article "A" opening it is no acronym, and "workers" stays plural
        (
            ['A spokeswoman for the union representing dock workers, Jane Ortiz, called the cuts "a betrayal."'],
            "Jane Ortiz",
            "a spokeswoman for the union representing dock workers",
        ),
        (
            ["The leader of the Harbour League, Tom Reyes, spoke first.", '"We will not move," Reyes said.'],
            "Tom Reyes",
            "the leader of the Harbour League",
        ),
        # a name after a title, which the entity recogniser took for an organisation, is a person's
        (
            ["Councillor Imre Halasz opened the ferry terminal on Sunday.", '"It is done," Halasz said.'],
            "Imre Halasz",
            "Councillor",
        ),
        # a nationality the recogniser swallowed into a name is no part of it, where the article gives it as one
        (
            ["Australian Tom Keller and Australian Ben Moss lead after one round.", '"We were lucky," Moss said.'],
            "Ben Moss",
            None,
        ),
        # a role phrase before a name set off by commas after a preposition or a verb; a list is no apposition
        (
            [
                "Pryce said he had written to the council leader, Joan Whitby, three times.",
                '"I would remember," Whitby told the inquiry.',
            ],
            "Joan Whitby",
            "the council leader",
        ),
        (
            ["He met the mayor, Jane Doe, and Tom Hill on Monday.", '"It was fine," Doe said.'],
            "Jane Doe",
            None,
        ),
        # a GP is a role, before an honorific too
        (
            ["Local GP Dr. Samir Haddad said the air was bad.", '"I would not take the risk," Haddad said.'],
            "Samir Haddad",
            "Local GP",
        ),
        # a barrister is a lawyer: "Her barrister, Alan Dunne," is the defendant's
        (
            [
                "Paula Fenn, of Harehills, had admitted 14 counts of theft. Her barrister, Alan Dunne, said she was "
                "ashamed.",
                '"She wants to apologise to every family," Mr Dunne told the court.',
            ],
            "Alan Dunne",
            "Paula Fenn's barrister",
        ),
        # a team the article names inside its sentences keeps its capital when a role opens a sentence with it
        (
            [
                "City beat Rovers 3-1 on Saturday.",
                'Rovers boss Ian Tate was furious. "It was never a penalty," Tate said.',
            ],
            "Ian Tate",
            "Rovers boss",
        ),
        # a goaltender is a sports position like a goalie: no part of the name
        (['"We were lucky," said Goaltender Ada Lind.'], "Ada Lind", "goaltender"),
        # trades, court and council words are roles too
        (['"It is a mess," said retired plumber Ken Ames.'], "Ken Ames", "retired plumber"),
        # a trade the lists lack, before a full name opening with a known given name; a given name like a trade stays
        (['"Fuel is up," said Trucker Dan Hill.'], "Dan Hill", "trucker"),
        (['"I hear it every week," says consumer advocate Ellen Ross.'], "Ellen Ross", "consumer advocate"),
        # a bare title and an apposition naming a post; a party and state in brackets or a kin word add nothing
        (
            ['"We respect the right to protest," said Const. Mike Andrews, a Lakeside police spokesperson.'],
            "Mike Andrews",
            "Constable, a Lakeside police spokesperson",
        ),
        (['"We won," said Sen. Jo Bell (D-Vt.).'], "Jo Bell", "Senator"),
        # "another critic" counts her among others: the apposition after the name says what she is
        (
            ['Another critic, Lena Tribe, a constitutional scholar, said the plan was "reckless."'],
            "Lena Tribe",
            "a constitutional scholar",
        ),
        (['"It is over," said another critic, Ann Boyd.'], "Ann Boyd", "critic"),
        # a party alone says less than the apposition; "the Rev." says how he is addressed, the role is before it
        (
            ['Republican Ada Holt, the former New Jersey governor, said: "We won."'],
            "Ada Holt",
            "the former New Jersey governor",
        ),
        (['"No," said Republican Jo Bell.'], "Jo Bell", "Republican"),
        (['"It is over," said Vatican spokesman the Rev. Luca Ferri.'], "Luca Ferri", "Vatican spokesman"),
        (['"Yes," said the Rev. Ann Boyd.'], "Ann Boyd", "Rev."),
        # a town with its province after "of" is a hometown; the apposition after it is the role
        (
            ['Ann Boyd of Pine Falls, Ont., a three-time champion, said: "The crowd was amazing."'],
            "Ann Boyd",
            "a three-time champion",
        ),
        (['Buyer Greg Muise, who runs a plant, says: "We are sitting on product."'], "Greg Muise", "buyer"),
        (['"It is over," said Parker Sam Ellis.'], "Parker Sam Ellis", None),
        # an apposition inside the apposition is the place's or a second role: the first is the person's
        (['"We won," said Jo Bell, the mayor of Alton, a town of 5,000 people.'], "Jo Bell", "the mayor of Alton"),
        (
            ['Ida Lund, the foreign minister of Norland, a member of the council, said: "It cannot stand."'],
            "Ida Lund",
            "the foreign minister of Norland",
        ),
        (
            ['Retired postman Ian Rudd, 79, was less sure. "Nobody writes letters now," he said.'],
            "Ian Rudd",
            "retired postman",
        ),
        (['"We will appeal," said Alderman Jo Bell.'], "Jo Bell", "alderman"),
        (['"We will vote no," said Councilmember Dee Ward.'], "Dee Ward", "Councilmember"),
        (['"We will vote no," said Selectwoman Ann Pruitt.'], "Ann Pruitt", "Selectwoman"),
        (['"The road is our lifeline," said Elder Alphonse Wapoose.'], "Alphonse Wapoose", "Elder"),
        (['"The evidence is clear," said coroner Ruth Gale.'], "Ruth Gale", "coroner"),
        # a position after a team's name that the tagger took for an adverb
        (
            [
                "The Hawks lost 4-1 at home.",
                "Hawks forward Ivo Lund, who had two assists, called the defeat embarrassing.",
                '"We were second to everything," Lund said.',
            ],
            "Ivo Lund",
            "Hawks forward",
        ),
    ],
)
def test_role_and_name_split(nlp: Language, paragraphs: list[str], speaker: str, role: str | None) -> None:
    quotes = quotes_in(nlp, *paragraphs)
    assert [(q.speaker, q.role) for q in quotes] == [(speaker, role)]


def test_a_surname_that_is_also_a_title_stays_a_name(nlp: Language) -> None:
    quotes = quotes_in(nlp, 'Talk-show host Larry Elder said the plan was "a joke".', '"It will fail," Elder said.')
    assert [q.speaker for q in quotes] == ["Larry Elder", "Larry Elder"]


@pytest.mark.parametrize(
    ("role", "shown"),
    [
        ("Democratic presidential candidates", "Democratic presidential candidate"),
        ("deputies", "deputy"),
        ("one of the candidates", "one of the candidates"),
        ("Texas", "Texas"),
        ("former", None),
        ("the former", None),
        ("former senator", "former senator"),
        ("the High Commissioner for Refugees (UNHCR", "the High Commissioner for Refugees"),
        # a photo caption's time stamp and agency credit glued into the text before the role
        ("2026 9:14PMPhotosHARBOUR WIREOhio Gov.", "Ohio Governor"),
        ("the 10:30 shift manager", "the 10:30 shift manager"),
        ("NASA administrator", "NASA administrator"),
        ("publisher of SCOTUSblog", "publisher of SCOTUSblog"),
    ],
)
def test_a_role_reads_as_one_persons(role: str, shown: str | None) -> None:
    assert one_persons_role(role) == shown


def test_whose_husband_is_no_role_and_no_gender(nlp: Language) -> None:
    quotes = quotes_in(
        nlp,
        "Ana Kovac, whose husband, the painter Tom Kovac, died in May, met Paul Brandt on Friday.",
        '"It is late," she said.',
    )
    assert [(q.speaker, q.role) for q in quotes] == [("Ana Kovac", None)]


def test_a_short_name_read_before_the_full_one_is_shown_in_full(nlp: Language) -> None:
    # the quote after the attribution is read first, before the sentence naming Willem de Vries in full
    quotes = quotes_in(
        nlp,
        'Speaking on Friday, the port\'s chief engineer, Willem de Vries, said: "The wall holds."',
        '"It will hold for years," de Vries said.',
    )
    assert [(q.speaker, q.role) for q in quotes] == [("Willem de Vries", "the port's chief engineer")] * 2


def test_another_name_in_apposition_is_no_role(nlp: Language) -> None:
    from bot.quotes.people import _describes_a_person

    doc = nlp("In a note to Ruiz, Tanden, head of the group, wrote back. Jo Bell, D-Ill., agreed.")
    text = doc.text
    assert not _describes_a_person(doc.char_span(text.index("Tanden"), text.index("Tanden") + 6))
    assert _describes_a_person(doc.char_span(text.index("D-Ill."), text.index("D-Ill.") + 6))


def test_a_place_after_the_roles_to_is_no_part_of_the_name(nlp: Language) -> None:
    """ "Ambassador to Canada Ingrid Solberg": the place is the role's, not the first word of her name."""
    quotes = quotes_in(
        nlp,
        'Norwegian Ambassador to Canada Ingrid Solberg on Tuesday said Oslo was "not playing games" in the talks.',
        '"We are not interested in confrontation," Solberg told reporters.',
    )
    assert {(q.speaker, q.role) for q in quotes} == {("Ingrid Solberg", "Norwegian Ambassador to Canada")}


def test_a_given_name_the_recogniser_left_out_is_part_of_the_name(nlp: Language) -> None:
    # the recogniser tags only the surname; the parser makes the given name part of it
    quotes = quotes_in(
        nlp,
        "Gwen Parry was one of them. She had worked in the rolling mill for 22 years.",
        '"I am still looking," Parry says.',
    )
    assert [q.speaker for q in quotes] == ["Gwen Parry"]


def test_a_name_set_beside_a_title_the_parser_calls_a_proper_noun(nlp: Language) -> None:
    quotes = quotes_in(
        nlp,
        "The local MP, Rhodri Evans, insists that the plans are real.",
        '"The funding has been agreed," Evans says.',
    )
    assert [(q.speaker, q.role) for q in quotes] == [("Rhodri Evans", "the local MP")]


def test_its_in_a_role_is_the_body_the_sentence_before_is_about(nlp: Language) -> None:
    quotes = quotes_in(
        nlp,
        "Patients' group Healthwatch said it had received a growing number of similar complaints.",
        'Its chair, Derek Lowe, said: "This is not a one-off."',
    )
    assert [(q.speaker, q.role) for q in quotes] == [("Derek Lowe", "Healthwatch's chair")]


def test_a_given_name_coordinated_with_a_full_name_shares_its_surname(nlp: Language) -> None:
    quotes = quotes_in(
        nlp,
        "Mira and Lena Osei have cooked in some of the city's best-known kitchens.",
        '"We always said we would do it before we were forty," Mira said.',
    )
    assert [q.speaker for q in quotes] == ["Mira Osei"]


def test_a_surname_coordinated_with_a_full_name_is_someone_else(nlp: Language) -> None:
    quotes = quotes_in(
        nlp,
        "Hughes and Jane Doe met the board on Monday.",
        '"It went well," Hughes said.',
    )
    assert [q.speaker for q in quotes] == ["Hughes"]


def test_a_given_name_coordinated_with_a_prince_shares_no_surname(nlp: Language) -> None:
    quotes = quotes_in(
        nlp,
        "Tessa and Prince Hal spoke for two hours about their years at the palace.",
        '"I was lonely in that house," Tessa said.',
    )
    assert [q.speaker for q in quotes] == ["Tessa"]


def test_a_name_never_ends_with_a_lower_case_word(nlp: Language) -> None:
    # the recogniser may tag "Meghan cry" in "Kate made Meghan cry" as one name
    doc = parse_paragraphs(["Anna made Tessa cry, not the other way around"], nlp=nlp)[0]
    titles, name = clean_name_tokens(list(doc[2:4]))
    assert (titles, [t.text for t in name]) == ([], ["Tessa"])


def test_a_capitalised_pair_given_an_age_is_a_person(nlp: Language) -> None:
    # the recogniser tags neither word of the first name; "29" between commas says it is a person
    quotes = quotes_in(
        nlp,
        "Ewan Baird, 29, and his brother-in-law, Kit Lowry, 33, were caught by a whiteout on Saturday.",
        '"We did everything by the book," Baird said.',
    )
    assert [q.speaker for q in quotes] == ["Ewan Baird"]


def test_its_after_the_name_is_the_one_organisation_the_sentence_before_names(nlp: Language) -> None:
    quotes = quotes_in(
        nlp,
        "Several members of the Harbour Residents Association were turned away at the door. "
        'Ada Kline, its acting secretary, told reporters: "We will be back."',
    )
    assert [(q.speaker, q.role) for q in quotes] == [("Ada Kline", "Harbour Residents Association's acting secretary")]


# --------------------------------------------------------------------------- hyphenated names, abbreviated titles


@pytest.mark.parametrize(
    ("paragraphs", "speakers"),
    [
        # the parser splits "Anne-Marie" into three tokens; the name keeps its hyphen, and a later surname finds it
        (
            ['"It is over," said Jean-Pierre Roy.', '"We will appeal," Roy said.'],
            ["Jean-Pierre Roy", "Jean-Pierre Roy"],
        ),
        (
            [
                "Kim Campbell-Brown, 34, lives beside the ring road.",
                '"The lorries never stop," Campbell-Brown said.',
            ],
            ["Kim Campbell-Brown"],
        ),
        # a hyphenated surname, the whole name tagged as an organisation: found when the surname speaks alone
        (
            [
                "Mary Stone-Eagle has taught at the Hillcrest school for 18 years.",
                '"We wrote every book ourselves," Stone-Eagle said.',
            ],
            ["Mary Stone-Eagle"],
        ),
        # a hyphenated given name the recogniser tags as an organisation, after a role
        (['Queen\'s College provost Marie-Ève Laroche called the cuts "a mistake."'], ["Marie-Ève Laroche"]),
    ],
)
def test_a_hyphenated_name_is_shown_as_written(nlp: Language, paragraphs: list[str], speakers: list[str]) -> None:
    assert [q.speaker for q in quotes_in(nlp, *paragraphs)] == speakers


@pytest.mark.parametrize(
    ("paragraphs", "speaker", "role"),
    [
        # the tokenizer cut "Sgt." from its period and the parser ended a sentence there: no title, no verb
        (
            ['Harbour Police Sgt. Nils Oberg said the van was stolen. "It was found burnt out," Oberg said.'],
            "Nils Oberg",
            "Harbour Police Sergeant",
        ),
        (
            ['Const. Ravi Gill of Lakeside Police said: "He was warned twice."'],
            "Ravi Gill",
            "Constable, Lakeside Police",
        ),
        (['"We ran out of options," said Coun. Ada Munro.'], "Ada Munro", "Councillor"),
        # a title the tokenizer keeps whole, but whose period the parser took for a sentence's end
        (
            [
                '"We are not changing course. Our patrols go on as planned, whatever is said about them this week," '
                "said coastguard spokesman Navy Capt. Rolf Ibsen, who was asked about the new rules."
            ],
            "Rolf Ibsen",
            "coastguard spokesman Navy Captain",
        ),
        # a trade the word lists lack, known by its ending, with the body after the name
        (
            ['Meteorologist Dana Ruel of Coast Weather Service said: "The gusts will peak on Saturday."'],
            "Dana Ruel",
            "meteorologist, Coast Weather Service",
        ),
        # "Grand Chief" is a title
        (
            ['Grand Chief Ada Moose of the Lake Council said: "We were ignored."'],
            "Ada Moose",
            "Grand Chief, Lake Council",
        ),
    ],
)
def test_abbreviated_titles_and_trades_read_as_roles(
    nlp: Language, paragraphs: list[str], speaker: str, role: str | None
) -> None:
    quotes = quotes_in(nlp, *paragraphs)
    assert {(q.speaker, q.role) for q in quotes} == {(speaker, role)}


def test_a_surname_that_is_a_title_is_the_person_the_article_names(nlp: Language) -> None:
    quotes = quotes_in(
        nlp,
        "Chief Rena King of the Eagle Lake band said the pumps failed in March.",
        '"We asked for help for years," King said.',
        '"Nobody came," said Chief King.',
    )
    assert [q.speaker for q in quotes] == ["Rena King", "Rena King"]


def test_a_full_name_the_recogniser_missed_is_found_for_a_surname_that_speaks(nlp: Language) -> None:
    # "Quinn Hughes"-like names the recogniser tags as an organisation: the surname alone speaks later
    quotes = quotes_in(
        nlp,
        "Nash Orlov had a goal and two assists for Riverside.",
        '"We did not play well for two periods," Orlov said.',
        '"The power play saved us," he said.',
    )
    assert [q.speaker for q in quotes] == ["Nash Orlov", "Nash Orlov"]


def test_a_given_name_left_out_of_a_two_word_name_is_part_of_it(nlp: Language) -> None:
    quotes = quotes_in(
        nlp,
        "Tennis great Billie Jean King remembered the champion fondly.",
        'King says he "talked the talk and walked the walk."',
    )
    assert [q.speaker for q in quotes] == ["Billie Jean King"]


def test_a_hyphenated_name_the_recogniser_missed_owns_her_role_word(nlp: Language) -> None:
    # "Bear-Running" (tagged an organisation) speaks alone with "told", so "Her principal" is hers
    quotes = quotes_in(
        nlp,
        "Leona Bear-Running has taught at the Hillcrest school for 18 years.",
        '"We wrote everything ourselves," Bear-Running told a radio show.',
        "Her principal, Cory Little Eagle, says the program has changed the school.",
        '"The kids correct their parents now," he says.',
    )
    assert [(q.speaker, q.role) for q in quotes][-1] == ("Cory Little Eagle", "Leona Bear-Running's principal")


def test_a_given_name_inside_a_school_s_name_is_no_person(nlp: Language) -> None:
    # "Frances" is a given name, but "St. Frances Cree Bilingual School" names a school; her principal is hers
    quotes = quotes_in(
        nlp,
        "Mary Stone-Eagle has taught at St. Frances Cree Bilingual School for 18 years.",
        "Her principal, Cory Little Eagle, says the program has changed the school.",
        '"The kids correct their parents now," he says.',
    )
    assert [(q.speaker, q.role) for q in quotes] == [("Cory Little Eagle", "Mary Stone-Eagle's principal")]


def test_an_accented_name_the_tagger_calls_a_common_noun_is_a_name(nlp: Language) -> None:
    # the small model tags "Dubé" as a common noun; the lawyer's quote-only paragraph after "Dubé said" is his
    quotes = quotes_in(
        nlp,
        "Noël's lawyer, Charles-Olivier Dubé, had asked for a sentence served in the community.",
        "Dubé said outside court that his client would not appeal.",
        '"He accepts the sentence. He wants to repay what he can."',
    )
    assert [(q.speaker, q.role) for q in quotes] == [("Charles-Olivier Dubé", "Noël's lawyer")]


def test_a_full_name_the_recogniser_missed_takes_the_role_given_at_its_surname(nlp: Language) -> None:
    # "Nash Orlov" tagged an organisation and "Orlov" a common noun; "Orlov said" makes him a person
    quotes = quotes_in(
        nlp,
        "Nash Orlov added 18 points and 11 rebounds for Riverside.",
        "Orlov, the Hawks' all-star forward, was just as impressed.",
        '"Man, he was cooking," Orlov said.',
    )
    assert [(q.speaker, q.role) for q in quotes] == [("Nash Orlov", "the Hawks' all-star forward")]


def test_two_roles_coordinated_before_one_apposed_name_are_one_person(nlp: Language) -> None:
    # "sister and caddie" is one person, the one the apposition names; the quote-only paragraph after is hers
    quotes = quotes_in(
        nlp,
        "Ann Boyd shot a 68 on Saturday.",
        "Her sister and caddie, Brittany, said the pair had a simple plan for Sunday.",
        '"Fairways and greens. Nothing fancy."',
    )
    assert [(q.speaker, q.role) for q in quotes] == [("Brittany", "Ann Boyd's sister and caddie")]


def test_a_participle_opening_a_sentence_s_role_is_lowered(nlp: Language) -> None:
    # "Retired" is tagged a verb's participle: a common word whose capital is only the sentence's
    quotes = quotes_in(
        nlp,
        'Retired nurse Kathleen Mahar said she was not surprised. "They have been short for years," Mahar said.',
    )
    assert {(q.speaker, q.role) for q in quotes} == {("Kathleen Mahar", "retired nurse")}


@pytest.mark.parametrize(
    ("opening", "name", "role"),
    [
        ("General manager Rosa Atkinson", "Rosa Atkinson", "general manager"),
        ("Prime Minister Elena Varga", "Elena Varga", "Prime Minister"),
    ],
)
def test_a_title_word_written_on_in_lower_case_is_lowered_opening_a_sentence(
    nlp: Language, opening: str, name: str, role: str
) -> None:
    quotes = quotes_in(nlp, f'{opening} said the deal was close. "We are nearly there," {name.split()[-1]} said.')
    assert {(q.speaker, q.role) for q in quotes} == {(name, role)}


@pytest.mark.parametrize(
    ("opening", "role"),
    [
        ("Conservative finance critic Jas Hallam", "Conservative finance critic"),
        ("Conservative radio host Jas Hallam", "conservative radio host"),
        ("NDP Leader Jas Hallam", "NDP Leader"),
    ],
)
def test_a_party_s_name_opening_a_sentence_s_role_keeps_its_capital(nlp: Language, opening: str, role: str) -> None:
    quotes = quotes_in(nlp, f'{opening} said the numbers were bad. "They blew through it," Hallam said.')
    assert {(q.speaker, q.role) for q in quotes} == {("Jas Hallam", role)}


def test_a_post_described_in_the_paragraph_before_a_name_is_that_person_s_role(nlp: Language) -> None:
    quotes = quotes_in(
        nlp,
        "A Moncton shelter that houses up to 40 people a night says it will close at the end of the month.",
        "The shelter's executive director says the province has not renewed its funding.",
        '"We have been asking for months," said Tanya Leclair. "We have nowhere left to turn."',
    )
    assert {(q.speaker, q.role) for q in quotes} == {("Tanya Leclair", "the shelter's executive director")}


def test_a_post_described_before_two_people_named_is_neither_s(nlp: Language) -> None:
    quotes = quotes_in(
        nlp,
        "The shelter's executive director says the province has not renewed its funding.",
        '"We have been asking for months," said Tanya Leclair, as board chair Omar Haddad looked on.',
    )
    assert {(q.speaker, q.role) for q in quotes} == {("Tanya Leclair", None)}


def test_a_parishioner_is_a_role_and_a_capital_the_tagger_calls_a_name_is_lowered(nlp: Language) -> None:
    quotes = quotes_in(
        nlp,
        "Longtime parishioner Agnes MacLellan, 82, was baptized in the church.",
        '"I was married there," she said.',
    )
    assert {(q.speaker, q.role) for q in quotes} == {("Agnes MacLellan", "longtime parishioner")}


def test_a_role_abbreviation_inside_a_name_the_recogniser_tagged_whole_is_the_role(nlp: Language) -> None:
    quotes = quotes_in(
        nlp,
        "Harbour DL Sheldon Rixon had his say about the brawl on Tuesday.",
        'Rixon said the quarterback "can\'t start a fight and then claim bullying."',
    )
    assert {(q.speaker, q.role) for q in quotes} == {("Sheldon Rixon", "Harbour DL")}


def test_a_long_apposition_is_the_role_up_to_a_clause_about_the_place_it_names(nlp: Language) -> None:
    quotes = quotes_in(
        nlp,
        "Charles Simmons, programme manager for the Towns Refugee Project at Ardent University’s Centre for "
        "Migration Studies, told reporters the claims were false.",
        "Debbie Kaplan, the organist at Grace Chapel, which stands on the same road as the temple, said she was "
        'shocked. "We never had trouble," Kaplan said.',
        '"I can say with confidence that they control no one there," Simmons said.',
    )
    roles = {q.speaker: q.role for q in quotes}
    assert roles == {
        "Debbie Kaplan": "the organist at Grace Chapel",
        "Charles Simmons": "programme manager for the Towns Refugee Project at Ardent University’s Centre for "
        "Migration Studies",
    }


def test_a_role_keeps_no_half_of_a_pair_of_quotation_marks(nlp: Language) -> None:
    quotes = quotes_in(
        nlp,
        "Don Tramp, the favourite and one-time host of the game show “The Intern,” said he loves TV.",
        '"My guilty pleasure is late-night comedy," Tramp said.',
    )
    assert {q.role for q in quotes} == {"the favourite and one-time host of the game show The Intern"}


def test_a_surname_the_recogniser_left_out_after_the_given_name_completes_it(nlp: Language) -> None:
    # "dietitian Trista" tagged a person and "Best" left out; dietitians and the Tánaiste are roles
    quotes = quotes_in(
        nlp,
        'Here is one thing a daily tablet does, says registered dietitian Trista Best. "You will be better fed," '
        "Best said.",
        'Tanaiste Leo Varadkar said: "We asked them for a plan."',
    )
    assert [(q.speaker, q.role) for q in quotes] == [("Trista Best", "dietitian"), ("Leo Varadkar", "Tanaiste")]


def test_a_title_the_apposition_repeats_is_said_once(nlp: Language) -> None:
    quotes = quotes_in(
        nlp,
        "The ceremony closed with a blessing by Rabbi Seth Gold, a rabbi based in Olympia.",
        '"I was honoured to be asked," Gold said.',
    )
    assert {(q.speaker, q.role) for q in quotes} == {("Seth Gold", "a rabbi")}


def test_a_title_inside_a_name_run_ends_the_role(nlp: Language) -> None:
    quotes = quotes_in(
        nlp,
        'U.S. Attorney James Kerwin Jr. said the case shows free speech does not cover "threats to harm lawmakers."',
    )
    assert {(q.speaker, q.role) for q in quotes} == {("James Kerwin", "U.S. Attorney")}


def test_of_someone_s_something_after_a_name_is_neither_name_nor_role(nlp: Language) -> None:
    # the recogniser tags "Ledger of Amy's" as one name; the trade is given in a sentence of its own
    quotes = quotes_in(
        nlp,
        "A student died after fumes leaked from a heater fitted days earlier by Martin Ledger.",
        "Registered gas fitter Ledger, 41, from Frome, Somerset, did a rushed job, the court heard.",
        "A jury at Taunton Crown Court convicted Ledger of Amy's manslaughter by gross negligence.",
        '"I am truly sorry for what happened," Ledger said in a statement read by his lawyer.',
    )
    assert [(q.speaker, q.role) for q in quotes] == [("Martin Ledger", "registered gas fitter")]


def test_a_surname_with_particles_is_read_whole_and_the_role_before_it_kept_apart(nlp: Language) -> None:
    # the recogniser takes "Antoine de la Durantaye" for an organisation
    quotes = quotes_in(
        nlp,
        "Health Minister Christian Dubé's office said the province has hired 1,200 nurses since January.",
        '"We are aware of the pressure on our teams," spokesperson Antoine de la Durantaye said in an email.',
    )
    assert [(q.speaker, q.role) for q in quotes] == [("Antoine de la Durantaye", "spokesperson")]


def test_a_description_opening_the_next_paragraph_gives_the_person_named_before_a_role(nlp: Language) -> None:
    quotes = quotes_in(
        nlp,
        "CALGARY — Ravi Deshpande ran his 100th marathon in 100 days on Sunday.",
        "The 46-year-old accountant started the challenge in August to raise money for a children's hospital.",
        "\"Some days I didn't think I'd make it past the end of the driveway,\" Deshpande said.",
    )
    assert [(q.speaker, q.role) for q in quotes] == [("Ravi Deshpande", "accountant")]


def test_a_description_opening_the_next_paragraph_is_no_role_when_two_people_were_named(nlp: Language) -> None:
    quotes = quotes_in(
        nlp,
        "CALGARY — Ravi Deshpande ran his 100th marathon in 100 days on Sunday, cheered on by Omar Haddad.",
        "The 46-year-old accountant started the challenge in August to raise money for a children's hospital.",
        "\"Some days I didn't think I'd make it past the end of the driveway,\" Deshpande said.",
    )
    assert [(q.speaker, q.role) for q in quotes] == [("Ravi Deshpande", None)]


def test_baseball_positions_are_roles(nlp: Language) -> None:
    quotes = quotes_in(
        nlp,
        "Shortstop Diego Ferreira, who missed six weeks with a hamstring strain, returned to the lineup Monday.",
        '"It felt good to be back," Ferreira said.',
        '"Every game matters now," said outfielder Tyrell Banks.',
    )
    assert [(q.speaker, q.role) for q in quotes] == [("Diego Ferreira", "shortstop"), ("Tyrell Banks", "outfielder")]


def test_a_body_s_name_with_of_stays_whole_in_the_role_before_a_name(nlp: Language) -> None:
    quotes = quotes_in(
        nlp,
        "Maritime Union of Australia NSW secretary Paul Garrity said members had been offered a 2 per cent rise.",
        '"They\'re not asking for the world," Mr Garrity said.',
    )
    assert [(q.speaker, q.role) for q in quotes] == [("Paul Garrity", "Maritime Union of Australia NSW secretary")]


def test_shortened_british_police_ranks_stay_out_of_the_name(nlp: Language) -> None:
    quotes = quotes_in(
        nlp,
        "Speaking after the hearing, Det Con Sarah Mills said: 'This case shows how quickly a life can change.'",
    )
    assert [(q.speaker, q.role) for q in quotes] == [("Sarah Mills", "Detective Constable")]


def test_the_next_person_of_a_list_with_a_role_is_not_the_role_of_the_name_before(nlp: Language) -> None:
    quotes = quotes_in(
        nlp,
        "Singer-guitarists Tom Brandt and Pete Sorensen, singer-keyboardist Lyle Macready, and drummer Ray Ostend "
        "will play a run of shows across the Prairies next summer.",
        '"We still like being in a room together," Sorensen said in a statement.',
    )
    assert [q.speaker for q in quotes] == ["Pete Sorensen"]
    assert "Macready" not in (quotes[0].role or "")


def test_an_apposition_naming_another_party_is_no_role(nlp: Language) -> None:
    quotes = quotes_in(
        nlp,
        "According to Rhee, her former label Quill Records, which owns her master recordings, is preventing her "
        "from performing her old songs at an awards show.",
        '"What did we do to deserve this?" Rhee wrote on Twitter.',
    )
    assert [(q.speaker, q.role) for q in quotes] == [("Rhee", None)]


def test_an_apposition_runs_to_the_end_of_the_body_it_names(nlp: Language) -> None:
    # the parser may make the body's last word the verb's subject and cut the apposition inside the name: here the
    # recogniser's entity is set by hand, as the parse that cut it is hard to write on purpose
    doc = parse_paragraphs(
        ["adds Olivier Brault, General Manager of Patient Care Solutions Canada at Hexa Health."], nlp=nlp
    )[0]
    words = [t.text for t in doc]
    first, last = words.index("Patient"), words.index("Canada")
    doc.ents = [Span(doc, first, last + 1, label="ORG")]
    cut = doc[words.index("General") : first + 1]
    assert _with_whole_entity(cut).text == "General Manager of Patient Care Solutions Canada"
    assert _with_whole_entity(doc[0:2]).text == "adds Olivier"  # no entity: as it was


def test_a_plural_before_one_name_is_no_role(nlp: Language) -> None:
    # a headline's "Back our farmers Boris": the plural names the farmers, not him
    quotes = quotes_in(
        nlp,
        "Back our farmers Fenwick: the former minister says the deal would ruin the countryside",
        "Tom Fenwick told MPs on Monday that the trade deal was nearly done.",
        '"We will not lower our standards," Fenwick said.',
    )
    assert [(q.speaker, q.role) for q in quotes] == [("Tom Fenwick", None)]


def test_a_degree_after_a_name_is_no_role_and_the_role_after_it_is_read(nlp: Language) -> None:
    quotes = quotes_in(
        nlp,
        "The scientists were led by Michael Shadwell, Ph.D., of Columbia University's brain institute, and the "
        "findings were published in Current Biology.",
        '"The moment people report was valid," Shadwell said.',
        "The work was reviewed by Anna Kerr, MD, a neurologist at Stanford.",
        '"It\'s a clever design," Kerr said.',
    )
    assert [(q.speaker, q.role) for q in quotes] == [
        ("Michael Shadwell", "Columbia University's brain institute"),
        ("Anna Kerr", "a neurologist at Stanford"),
    ]


def test_a_member_is_a_role(nlp: Language) -> None:
    quotes = quotes_in(
        nlp,
        "Longtime member Pat Ruddock, who has rowed at the club since 1971, was blunt.",
        '"Over my dead body," Ruddock said.',
    )
    assert [(q.speaker, q.role) for q in quotes] == [("Pat Ruddock", "longtime member")]


def test_a_shared_plural_role_of_coordinated_names_is_each_one_s_in_the_singular(nlp: Language) -> None:
    quotes = quotes_in(
        nlp,
        "Morning Star hosts Ann Lee and Bo Park disagreed on air about the interview.",
        '"It was a fair question," Lee said.',
        '"It was an ambush," Park said.',
        "Singer-guitarists Tom Brandt and Pete Sorensen will play a run of shows across the Prairies next summer.",
        '"We still like being in a room together," Sorensen said in a statement.',
    )
    assert [(q.speaker, q.role) for q in quotes] == [
        ("Ann Lee", "Morning Star host"),
        ("Bo Park", "Morning Star host"),
        ("Pete Sorensen", "singer-guitarist"),
    ]


def test_a_place_s_officer_in_the_lede_is_the_role_of_the_one_named_next(nlp: Language) -> None:
    quotes = quotes_in(
        nlp,
        "VICTORIA — B.C.'s provincial health officer is urging people to get vaccinated before the holidays.",
        "Dr. Bonnie Hadley told reporters Monday that hospital admissions for flu have doubled in two weeks.",
        '"We are seeing the usual winter surge, just earlier and sharper," Hadley said.',
    )
    assert [(q.speaker, q.role) for q in quotes] == [("Bonnie Hadley", "B.C.'s provincial health officer")]


def test_roles_this_round_s_rules_leave_alone(nlp: Language) -> None:
    # a plural inside a role before a title, a hyphened participle, a capitalised title before the body it heads
    quotes = quotes_in(
        nlp,
        "Democratic county parks Commissioner Lena Hargrove pointed to a survey of users.",
        'Hargrove said the trails were "not a luxury."',
        'Former teacher and self-taught carpenter Omar Field builds the benches. "Start small," Field said.',
        'Rita Oduya, President Kelvar Systems Canada, says: "We help clinics do more."',
    )
    assert [(q.speaker, q.role) for q in quotes] == [
        ("Lena Hargrove", "Democratic county parks Commissioner"),
        ("Omar Field", "former teacher and self-taught carpenter"),
        ("Rita Oduya", "President Kelvar Systems Canada"),
    ]


def test_a_portfolio_before_a_given_name_is_the_role_s_and_the_minister_is_its_holder(nlp: Language) -> None:
    quotes = quotes_in(
        nlp,
        "Minister for Agriculture Martin Heydon said payments would begin within a fortnight.",
        '"We have heard the concerns and we are moving as fast as we can," the Minister said.',
    )
    assert [(q.speaker, q.role) for q in quotes] == [("Martin Heydon", "Minister for Agriculture")]


def test_a_role_after_a_depiction_and_its_verb_starts_after_the_verb(nlp: Language) -> None:
    # "an ad attacking challenger Glen Marsh": the role is the verb's object's, not "campaign ad attacking ..."
    quotes = quotes_in(
        nlp,
        "Mayor Rita Okafor has a new campaign ad attacking challenger Glen Marsh over his property taxes.",
        "A video showing activist Jane Doyle went viral on Sunday.",
        '"He owes the city," Marsh said. "We are ready," Doyle said.',
    )
    assert [(q.speaker, q.role) for q in quotes] == [("Glen Marsh", "challenger"), ("Jane Doyle", "activist")]


def test_a_role_with_an_ing_word_of_its_own_is_kept_whole(nlp: Language) -> None:
    quotes = quotes_in(
        nlp,
        "Campaign fundraising chair Ann Lowe and acting director Bo Park also spoke on Monday.",
        '"Good," Lowe said. "Fine," Park said.',
    )
    assert [(q.speaker, q.role) for q in quotes] == [
        ("Ann Lowe", "campaign fundraising chair"),
        ("Bo Park", "acting director"),
    ]


def test_a_role_phrase_before_a_comma_and_a_title_goes_with_the_title(nlp: Language) -> None:
    # the title alone ("Cllr") says less than the phrase before it; a hyphened word stays in the phrase
    quotes = quotes_in(
        nlp,
        'The Labour-run council\'s finance chief, Cllr Harriet Doyle, said there was "no realistic alternative" '
        "after years of cuts.",
    )
    assert [(q.speaker, q.role) for q in quotes] == [
        ("Harriet Doyle", "Councillor, the Labour-run council's finance chief")
    ]


def test_a_phrase_before_a_comma_that_is_another_name_s_apposition_or_a_hyphened_thing_is_no_role(
    nlp: Language,
) -> None:
    quotes = quotes_in(
        nlp,
        "Introduced at the podium by Dale Ormsby, the county sheriff and well-known hard-liner, Rowan Pike "
        'promised "a wall of steel" at the border.',
        "Heading into the two-hour, prime-time debate, Ada Kwan faced questions about her loans.",
        '"I paid them back," Kwan said.',
    )
    assert [(q.speaker, q.role) for q in quotes] == [("Rowan Pike", None), ("Ada Kwan", None)]


def test_a_role_phrase_before_a_comma_keeps_the_body_named_after_the_name(nlp: Language) -> None:
    quotes = quotes_in(
        nlp,
        "The study's lead author, Dr. Keiko Tanaka of McMaster University, said the findings held after "
        "accounting for diet.",
        '"It is not just that night workers have worse habits," Tanaka said.',
    )
    assert [(q.speaker, q.role) for q in quotes] == [("Keiko Tanaka", "the study's lead author, McMaster University")]


def test_a_role_word_opening_a_name_the_tagger_called_an_organisation_is_the_role(nlp: Language) -> None:
    quotes = quotes_in(
        nlp,
        "Defenceman Morgan Rielly said the dressing room was confident.",
        '"We have got a lot of character in here," Rielly said.',
    )
    assert [(q.speaker, q.role) for q in quotes] == [("Morgan Rielly", "defenceman")]
