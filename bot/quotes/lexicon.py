"""Word lists the attribution rules rely on: speech verbs, titles, gender cues, person nouns.

Kept as plain word lists so the rules stay readable and a reader can see exactly
which words trigger what.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from collections.abc import Set as AbstractSet

__all__ = [
    "COGNITIVE_VERBS",
    "DASHES",
    "DEMONYM_NOUNS",
    "DEMONYM_PHRASES",
    "DOCUMENT_NOUNS",
    "EVALUATIVE_VERBS",
    "FEMALE_NAMES",
    "FEMALE_WORDS",
    "GROUP_NOUNS",
    "HONORIFICS",
    "INSTITUTION_WORDS",
    "MALE_NAMES",
    "MALE_WORDS",
    "NOT_PERSONS",
    "ORIGIN_SUFFIXES",
    "PEOPLE_NOUNS",
    "PERSON_NOUNS",
    "POSSESSIVE_ENDINGS",
    "POSSESSIVE_MARKS",
    "PRONOUN_GENDER",
    "PROVINCES_AND_STATES",
    "PUBLISHING_VERBS",
    "RELATIVE_PRONOUNS",
    "ROLE_NOUNS",
    "ROLE_VERBS",
    "ROYAL_TITLES",
    "SPEECH_VERBS",
    "STANDING_NOUNS",
    "TEAM_WORDS",
    "TIME_WORDS",
    "TITLES_AND_PERSON_NOUNS",
    "TITLES_AND_ROLE_NOUNS",
    "TITLES_OF_ANY_KIND",
    "TITLE_WORDS",
    "WORK_NOUNS",
    "expand_titles",
    "is_person_noun",
    "is_role_noun",
]


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


def without_accents(word: str) -> str:
    """``word`` with its accents dropped ("céline" → "celine"), so names match however a page spells them."""
    if word.isascii():
        return word
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


class NameSet(frozenset[str]):
    """Lower-case given names whose membership ignores accents: "céline" is one when "celine" is, and "rene" when
    "rené" is. Pages spell the same name either way."""

    def __new__(cls, words: Iterable[str]) -> NameSet:
        return super().__new__(cls, {without_accents(w) for w in words})

    def __contains__(self, word: object) -> bool:
        return isinstance(word, str) and super().__contains__(without_accents(word))

    def __or__(self, other: AbstractSet[str]) -> NameSet:  # type: ignore[override]
        return NameSet([*self, *other])


def _names(text: str) -> NameSet:
    return NameSet(text.split())


#: Lemmas of verbs that introduce reported speech or writing.
SPEECH_VERBS = _words(
    """
fume seethe rage gripe groan marvel laugh chuckle vent offer quote cite
elaborate exhort assure reassure remind inform
accuse acknowledge add admit agree allege announce answer argue ask assert beg begin blast boast brag call caution
challenge chant characterise characterize charge cheer claim comment complain concede conclude condemn confirm
contend continue counter criticise criticize cry declare decry demand denounce deny describe dismiss dub emphasise
emphasize exclaim explain fire grumble gush hit implore indicate insist interject joke label lament lash lecture
maintain mention mock muse mutter note observe opine plead pledge point posit post praise preach predict proclaim
promise question quip rail rave read reason recall recite recount reiterate remark repeat reply report respond
retort retweet say scoff scream shoot shout slam snap sneer state stress suggest sum summarise summarize taunt
tease tell term testify thank theorise theorize tout tweet urge vow warn whisper wonder write yell
"""
)

#: Honorifics in front of a name ("Mr. Smith"): a gender cue, not a role.
HONORIFICS = _words(
    """
dame dr dr. madam miss mr mr. mrs mrs. ms ms. mx sir
shri smt smt. shrimati
pak bapak bu ibu khun encik puan datuk datin dato tun
"""
)

#: Abbreviated titles and the words they stand for ("Rep." is "the congressman", as American papers write it).
_TITLE_ABBREVIATIONS = {
    "sen": {"senator"},
    "rep": {"representative", "congressman", "congresswoman"},
    "gov": {"governor"},
    "gen": {"general"},
    "lt": {"lieutenant"},
    "col": {"colonel"},
    "capt": {"captain"},
    "sgt": {"sergeant"},
    "prof": {"professor"},
    "supt": {"superintendent"},
    "det": {"detective"},
    "insp": {"inspector"},
    "cllr": {"councillor"},
    "coun": {"councillor"},
    "cr": {"councillor"},
    "const": {"constable"},
    "cpl": {"corporal"},
}


def expand_titles(words: set[str]) -> set[str]:
    """``words`` (lower case, without their periods) and the full words of the abbreviated titles among them."""
    return words.union(*(_TITLE_ABBREVIATIONS.get(w, set()) for w in words))


#: Words that are titles in front of a name ("Judge Helen Park").
TITLE_WORDS = _words(
    """
acting agent ambassador analyst assemblyman assemblywoman attorney bishop candidate capt capt. captain ceo chair
chairman chairwoman chancellor chief coach col col. colonel commander commissioner congressman congresswoman
councillor councilman councilor councilwoman dean delegate deputy detective director doctor dr dr. economist
father former gen gen. general gov gov. governor inspector judge justice king lady leader lieutenant lord lt lt.
mayor minister nominee officer pope premier president president-elect prime prince princess prof prof. professor
queen rabbi rep rep. representative rev rev. reverend secretary sen sen. senator sergeant sgt sgt. sheriff sister
speaker spokesman spokesperson spokeswoman superintendent then trooper vice
cfo clerk coo cto gm mep mla mp msp pastor treasurer whip
magistrate constable coroner marshal
det det. insp insp. supt supt. cllr cllr.
coun coun. const const. cpl cpl. corporal mpp mna reeve grand cr cr.
councilmember councilperson alderwoman alderperson selectman selectwoman elder
taoiseach tanaiste tánaiste td
mec
"""
)

#: Kin words beyond the commonest: person nouns ("the victim's partner"), but never cut off the front of a name.
_MORE_KIN = _words(
    """
partner girlfriend boyfriend fiance fiancee cousin uncle aunt niece nephew grandmother grandfather grandson
granddaughter stepfather stepmother schoolmate relative sibling
"""
)

#: Nouns for a person that a definite description can use ("the ambassador", "the senator").
PERSON_NOUNS = (
    _words(
        """
procurator depute linguist
marshal deputy trooper bailiff astronomer forecaster choirmaster conductor sommelier hacker vet dean bishop curate
nun monk soprano tenor baritone astronaut cosmonaut
islander fan crofter lobsterman breeder stallholder diner client grandparent camper docker
stablehand strapper farmhand shipmate crewmate workmate clubmate barman lifesaver physio kitman selector greenkeeper
evacuee trainee detainee attendee refugee escapee interviewee amputee appointee licensee franchisee enrollee
deportee returnee parolee internee honoree inductee junior
engineer farmer worker nurse officer firefighter pilot driver chef architect designer economist historian
activist actor actress adviser advisor aide ambassador analyst anchor attorney author banker billionaire boy
brother businessman businesswoman candidate captain ceo chair chairman chairwoman challenger chancellor chief
coach colonel columnist commander commentator commissioner congressman congresswoman conservative consultant
contender daughter democrat detective developer diplomat director doctor economist envoy executive father founder
front-runner frontrunner general girl governor hopeful host husband incumbent investor journalist judge justice
king lawmaker lawyer leader legislator liberal lieutenant magnate man manager mayor minister mogul mother
negotiator nominee nurse officer official opponent organizer owner physician player pollster pope populist premier
president prince princess professor prosecutor queen reporter representative republican researcher resident rival
scientist secretary senator sergeant sheriff singer sister son speaker spokesman spokesperson spokeswoman star
strategist student surgeon teacher teenager veteran wife woman writer
athlete batsman bowler boxer cricketer cyclist defenceman defender defenseman footballer forward goalie goalkeeper
golfer jockey keeper midfielder pitcher quarterback referee rookie skipper sprinter striker swimmer umpire winger
goaltender netminder centre-back center-back full-back left-back right-back wing-back
arranger cleric preacher mullah
academic biologist chemist clerk curator dentist editor entrepreneur epidemiologist fisherman headteacher
lecturer midwife musician paramedic pastor pharmacist photographer physicist priest principal producer
psychologist shopkeeper therapist treasurer trustee vicar
instructor master planner ranger surveyor warden
alumnus committeeman committeewoman cook counsel graduate guard head professional
correspondent donor lobbyist operative scholar supporter
expert specialist witness observer
spinner seamer paceman pacer batter allrounder all-rounder wicketkeeper opener playmaker fullback flanker rider
runner hurdler rower sailor skier snowboarder skater surfer wrestler fighter trainer caddie
winner champion runner-up medallist medalist finalist newcomer underdog titleholder
predecessor successor colleague ally counterpart boss youngster
landlord landlady tenant neighbour neighbor customer patient baker butcher waiter waitress volunteer organiser
barrister solicitor gp
widow widower
co-founder cofounder co-chair co-chairman co-chairwoman co-owner co-host co-director co-author co-captain co-leader
co-pilot co-worker co-star co-president co-sponsor vice-president vice-chair vice-chairman vice-chairwoman vice-captain
inspector investigator constable coroner pathologist juror magistrate councillor councilor alderman
councilmember councilperson alderwoman alderperson selectman selectwoman
builder carpenter plumber electrician fitter installer glazier joiner locksmith tiler stonemason landscaper courier
handyman mechanic accountant auditor homeowner householder motorist
passenger commuter pensioner retiree soldier marine tourist visitor shopper insider defendant claimant plaintiff
postman postwoman miner steelworker cleaner caretaker janitor porter cashier receptionist hairdresser barber
florist grocer publican hotelier labourer laborer welder bricklayer roofer decorator gardener groundsman
campaigner victim survivor advocate critic buyer seller fisher trucker
parishioner congregant worshipper churchgoer parent employee staffer renter pedestrian trapper rancher grower
vintner brewer distiller winemaker restaurateur supervisor foreman programmer contractor realtor broker trader
paralegal dispatcher inmate prisoner convict offender bystander citizen taxpayer ratepayer constituent protester
demonstrator picketer unionist chairperson educator pupil counsellor counselor caregiver fundraiser curler paddler
marathoner songwriter artist painter sculptor poet novelist filmmaker comedian broadcaster blogger influencer
harvester logger driller
corporal admiral backbencher frontbencher reeve provost archbishop rabbi agent promoter
vocalist singer-songwriter rapper guitarist drummer pianist bassist violinist fiddler cellist saxophonist trumpeter
dancer ballerina choreographer bandleader
shareholder stockholder assistant salesman saleswoman salesperson attendant
qb rb wr te ol dl lb cb db dt ot og rhp lhp
shortstop outfielder infielder catcher baseman reliever slugger hitter centreman centerman linebacker tailback lineman
receiver kicker punter setter libero scrumhalf fly-half blueliner backstop sophomore freshman
administrator coordinator co-ordinator facilitator liaison associate archivist librarian registrar member
ombudsman ombudsperson regulator examiner assessor mediator arbitrator interpreter translator chaplain imam
archbishop deacon
dietitian dietician nutritionist physiotherapist chiropractor veterinarian optician herbalist
technician groundskeeper custodian lifeguard bartender barista machinist vendor superintendent steward usher
presenter pundit podcaster climber hiker
right-hander left-hander righthander lefthander righty lefty southpaw hurler starter closer pinch-hitter
acquaintance actuary adolescent airman alumna angler animator apprentice awardee babysitter bandmate benefactor
boarder bookseller bouncer bride bridesmaid bursar cabbie cadet canvasser carer cartoonist castmate chauffeur child
classmate commando competitor composer contestant creator cowboy coworker crewman deckhand doorman dropout emigrant
employer entrant essayist expat fishmonger flatmate freelancer gamer godfather godmother grazier greengrocer
headmaster headmistress housekeeper housemate illustrator immigrant innkeeper intern landowner laureate listener
lodger lyricist maid medic memoirist mentee mentor migrant mourner nanny onlooker pallbearer panelist panellist
participant pastoralist philanthropist playwright postgraduate proprietor protege publicist recipient recruit
rector reservist reviewer roommate schoolboy schoolgirl scout screenwriter scriptwriter settler showrunner
signwriter sniper spectator spouse stepdaughter stepson stewardess stockman storekeeper stylist subscriber teammate
teen toddler townsperson tutor tycoon undergraduate viewer villager vlogger voter watchman youtuber theatregoer
theatergoer moviegoer filmgoer concertgoer festivalgoer partygoer speechwriter copywriter ghostwriter
clubman clubwoman frontman frontwoman frontperson keyboardist percussionist saxophonist trumpeter cellist violinist
pianist bandleader
"""
    )
    | _MORE_KIN
)

#: Person nouns that are also surnames or kin words, never cut off the front of a name as a role
#: ("Son Heung-min"); the others are ("Winger Kofi Mensah" -> "Kofi Mensah", role "winger").
_KIN_AND_SURNAMES = (
    _words(
        """
boy brother conservative daughter father girl husband liberal man mother sister son star wife woman
parent brewer painter foreman
"""
    )
    | _MORE_KIN
)

#: Role nouns that open a name run as a role rather than a part of the name.
ROLE_NOUNS = PERSON_NOUNS - _KIN_AND_SURNAMES

#: Endings that make a word a trade or profession the lists above leave out ("meteorologist", "pediatrician",
#: "cinematographer", "podiatrist"); no English given name or surname ends so.
_OCCUPATION_ENDINGS = ("ologist", "ographer", "ician", "iatrist", "ometrist", "onomist", "ntist", "ialist")


def _trade_by_ending(word: str) -> bool:
    return len(word) > 6 and word.endswith(_OCCUPATION_ENDINGS)


def is_person_noun(word: str) -> bool:
    """Whether ``word`` (lower case) is a noun for a person: listed, or a trade by its ending."""
    return word in PERSON_NOUNS or _trade_by_ending(word)


#: Nouns for an unnamed source that are no person nouns elsewhere ("A person familiar with the matter said ...",
#: "A source close to the couple said ..."): "the person" and "the source" later go on with that source.
UNNAMED_SOURCE_NOUNS = frozenset(["person", "source"])

#: Determiners of a source the article does not name ("a", "one", "another" backbencher, "some" residents).
UNNAMED_DETERMINERS = frozenset(["a", "an", "one", "another", "some"])

#: Verbs of putting a question to someone ("Reporters asked Pitt whether ...", "Okonkwo then pressed her").
ASKING_VERBS = frozenset(["ask", "press", "question"])


def is_role_noun(word: str) -> bool:
    """Whether ``word`` (lower case) is a role that opens a name run as a role ("Meteorologist Armel Castellan")."""
    return word in ROLE_NOUNS or _trade_by_ending(word)


#: Titles that are part of how a person is named when one name follows ("Prince Andrew", "Pope Francis").
ROYAL_TITLES = _words(
    """
archduke duchess duke emperor empress king lady lord pope prince princess queen sheikh sultan
"""
)

#: Titles or nouns for a person: the union many lookups ask of one word, built once.
TITLES_AND_PERSON_NOUNS = TITLE_WORDS | PERSON_NOUNS
#: Titles or role nouns: what may open a name run as its role, built once.
TITLES_AND_ROLE_NOUNS = TITLE_WORDS | ROLE_NOUNS
#: Titles of any kind written before a name (titles, honorifics, royal titles), built once.
TITLES_OF_ANY_KIND = TITLE_WORDS | HONORIFICS | ROYAL_TITLES

#: Verbs of a relative clause that state a role ("Nadia Petrov, who chairs the finance committee"), with the
#: noun that names it ("chair of the finance committee").
ROLE_VERBS = {
    "chair": "chair",
    "coach": "coach",
    "direct": "director",
    "found": "founder",
    "head": "head",
    "lead": "leader",
    "manage": "manager",
    "own": "owner",
    "captain": "captain",
    "represent": "representative",
}

#: Nouns for people in numbers, who can be a quote's speakers ("protesters shouted", "the crowd chanted").
GROUP_NOUNS = _words(
    """
activist attendee audience backer campaigner citizen colleague constituent critic crowd customer delegate
demonstrator donor employee expert fan follower friend group member neighbor neighbour observer organiser organizer
parent participant people protester protestor relative resident spectator staff staffer supporter survivor
victim voter volunteer witness
"""
)

#: Nouns for one person or a group of people (built once: asked of subjects many times per article).
PEOPLE_NOUNS = PERSON_NOUNS | GROUP_NOUNS

#: Heads of institution names that end a name run before a person's name
#: ("Ambassador to the United States Anatoly Antonov").
INSTITUTION_WORDS = _words(
    """
administration agency army association bank campaign center centre city club college commission committee company
congress corp corp. corporation council county court department district force foundation fund group house inc
inc. institute journal kingdom ministry nations navy network news office party police post press province republic
school senate service society state states times union university
hospice hospital charity clinic museum library academy authority trust
town village municipality borough township
"""
)

#: Words before a quoted Title Case name marking it as the title of a work, not speech.
WORK_NOUNS = _words(
    """
album article bestseller book brand column documentary dubbed entitled episode essay exhibit exhibition film
hashtag headline headlined hit label magazine memoir motto movie musical named newspaper nicknamed novel op-ed
screenplay script
newsletter blog sitcom anthem ballad sequel
opera painting play podcast poem program programme report series show single slogan song tagline titled track
"""
)

#: Words marking a man.
MALE_WORDS = _words(
    """
assemblyman boy brother businessman chairman congressman councilman father gentleman grandfather he him
himself his husband king lord man mr mr. nephew prince sir son spokesman uncle boyfriend fiance grandson stepfather
widower
"""
)

#: Words marking a woman.
FEMALE_WORDS = _words(
    """
actress assemblywoman aunt businesswoman chairwoman congresswoman councilwoman dame daughter girl grandmother her
hers herself lady madam miss mother mrs mrs. ms ms. niece princess queen she sister spokeswoman wife woman
girlfriend fiancee granddaughter stepmother widow
"""
)

#: Common male first names (a gender cue for pronoun resolution).
MALE_NAMES = (
    _names(
        """
stanislaw wojciech krzysztof grzegorz tomasz piotr pawel janusz zbigniew mirek bogdan henryk tadeusz kazimierz jerzy
andrzej leszek ryszard wladyslaw dariusz oisin ronan cathal diarmuid fergal colm donal anselm walt
hone wiremu rawiri hemi anaru
aaron abdul adam adrian ahmed al alan albert alex alexander alexei alfred ali anatoly andrew andy angel
anthony antonio arnold arthur barack barry ben benjamin benny bernard bernie bill billy bob bobby boris brad
bradley brandon brendan brian bruce bryan carl carlos chad charles charlie chris christian christopher chuck
clarence cliff colin corey cory craig curtis dale dan daniel danny darrell dave david dennis derek dick dimitri
dmitry don donald doug douglas duncan dwight earl ed eddie edward elijah elliot elon emmanuel erik ernest
eugene evan fernando francis francisco frank fred frederick gabriel gary gavin gene geoff geoffrey george
gordon graham greg gregory guy hank harold harry hassan hector henry herbert howard hugh hugo hussein ian
igor isaac ivan jack jacob jake james jamie jared jason javier jay jeb jeff jeffrey jensen jeremy jerry
jesse jim jimmy joe joel john johnny jon jonathan jorge jose joseph josh joshua juan julian justin karl keith ken
kenneth kevin kirk kurt kyle larry lawrence lee leon leonard lindsey lloyd louis lucas luis luke malcolm marco
marcus mario mark martin marvin matt matthew maurice max michael mick miguel mike mitch mitt mohammed muhammad
nathan neil newt nicholas nick nigel noah norman oliver omar oscar pablo patrick paul pedro peter phil philip
rafael rahm ralph rand randy ray raymond reggie reince richard rick rob robert roberto rod rodney roger ron ronald
ross roy rudy rupert russell ryan sam samuel scott sean sergei sergey seth shawn sid simon stan stanley stephen
steve steven stuart ted terry thomas tim timothy todd tom tommy tony travis trey troy tyler vance victor vincent
vladimir walter wayne will william willie wolf xavier yuri zach zachary
"""
    )
    # names common in Canada: Quebec's, South Asian, Arabic, West African, and English ones the list above lacks
    | _names(
        """
sylvain benoît mathieu stéphane jean-françois guillaume étienne sébastien
frédéric luc marc-andré maxime yves gilles réjean denis pierre-luc jean-
philippe éric alexandre nicolas olivier félix antoine raphaël françois andré rené
gaétan ghislain normand pascal jocelyn jean-marc jean-guy jean-pierre jean-paul jean-sébastien marc pierre
jacques michel claude serge alain yannick mathis thierry hugues laurent bertrand gérald gérard régis
rémi jérôme julien damien fabien cédric dominic amrit harjit jagmeet navdeep raj ravi arjun rohan
sanjay deepak vikram rahul anil sunil ajay vijay ramesh suresh rajesh manish amit ashok kamal hardeep sukhwinder
gurdeep jaswinder baljit ahmad mahmoud khaled khalid youssef yousef mohamed mohammad hamza tariq bilal karim samir
nabil walid farid rashid mustafa ibrahim ismail yusuf kwame kofi chinedu emeka oluwaseun tunde liam ethan logan
owen wyatt landon brody brayden jayden caden aiden hayden cole colton connor conor brett dustin darryl darren
dwayne shane shaun trevor garrett auston quinton nolan declan rory brady dylan ewan kieran callum finn glenn gord
gordie stu dougie lyle clint lorne bo
anders lars per nils henrik magnus mikael jonas oskar sven bjorn gustav johan fredrik mattias mats niklas jesper rasmus
viktor emil filip elias axel ludvig linus tobias kasper mikko jussi teemu juha aleksi kasperi patrik tomas jakub
ondrej lukas dominik radek jiri marek nikita evgeni evgeny ilya artemi artem kirill pavel vladislav andrei valeri
yegor dmitri anze jaromir zdeno miroslav jurgen uwe dieter klaus wolfgang helmut gunter horst pieter joost sander
bram ruud stefan markus matthias florian jens kai
rj cj tj aj pj jj
"""
    )
    # British, Irish, Welsh, Scottish, Antipodean, Latin, African and Asian given names the lists above lack (not
    # ones that are also places, brands or words: "Florence", "Mercedes", "Ivy", "Dawn")
    | _names(
        """
dean des desmond rhys gareth gethin owain dafydd huw alun iwan emrys rhodri aled ciaran cian niall padraig seamus
eoin fergus hamish angus alastair alasdair euan fraser dermot eamon eamonn enda fintan lachlan hemi wiremu
rawiri mitchell jarrod jett harvey archie alfie freddie ollie teddy clive giles jasper crispin tristan percy cyril
reginald basil bertie rafe gregor ivor lionel neville sidney wilfred winston theo leo milo arlo elliott ezra
silas jude caleb isaiah asher gus wes rhett beau cody randall terrence terence vernon mickey nathaniel
quentin ruben ramon raul rodrigo sergio tiago diego mateo emilio enrique esteban felipe gonzalo ignacio
joaquin julio lorenzo manuel marcelo ricardo ernesto alejandro andres cesar fabio giovanni giuseppe
luca matteo paolo stefano vittorio abdullah imran irfan faisal jamal nasser rami tarek ahmet mehmet murat emre
kenji hiroshi takeshi sipho thabo themba jabulani musa obinna femi segun kwaku kojo
"""
    )
)

#: Common female first names (a gender cue for pronoun resolution).
FEMALE_NAMES = (
    _names(
        """
annabel annabelle isobel bella arabella cora dora flora norah aileen miriam lillian lilian vivienne yvette
paulette annette jeannette nanette georgette juliette colette odette celeste bernice candice clarice eunice prudence
hortense delyth rhian angharad eluned bethan delia ophelia cordelia cecilia clarissa griselda
imelda hilda esme edie milly polly dolly
kiri aroha mere ngaire huia hine
abigail ada adriana alexandra alexandria alexis alice alicia alison allison amanda amber amelia amy ana andrea
angela angelina ann anna anne annie april ashley audrey ayanna barbara becky beth betsy betty beverly beyonce
bonnie brenda bridget brittany camila carla carly carmen carol caroline carolyn catherine cathy charlotte chelsea
cheryl christina christine cindy claire clara claudia colleen condoleezza connie crystal cynthia daisy dana
danielle debbie deborah debra denise diana diane dianne donna doris dorothy edith elaine eleanor elena elisabeth
elizabeth ella ellen emily emma erica erin esther eva evelyn fiona frances gabrielle gail gina gloria grace
greta hannah harriet heather heidi helen hillary holly hope huma ilhan irene isabel isabella ivanka jacqueline
jane janet janice jasmine jean jennifer jenny jessica jill joan joanna jodi jody josephine joy joyce judith judy
julia julie kamala karen kate katherine kathleen kathryn kathy katie kayleigh kelly kellyanne kim kimberly kirsten
kristen kristin laura lauren leah lena lily linda lisa lori lorraine louise lucy lydia lynn madeleine madison
margaret maria marie marilyn marina marion marissa marsha martha mary maxine megan meghan megyn melania melissa
meryl mia michelle mika mildred molly monica nadia nancy naomi natalie natasha nicole nikki nina nora olivia oprah
pam pamela patricia patty paula pauline peggy penny phyllis priscilla rachel rebecca regina renee rita roberta
robin rosa rose rosemary ruth sally samantha sandra sara sarah sharon sheila sheryl shirley sofia sonia sophia
stacey sue susan suzanne sylvia tammy tanya tara teresa theresa tiffany tina tracy tulsi ursula
vanessa veronica victoria virginia wanda wendy yvonne zoe
"""
    )
    | _names(  # names common in Canada, as for men
        """
céline geneviève marie-ève isabelle nathalie chantal josée mélanie valérie émilie
karine marie-claude françoise hélène élise martine manon lyne mireille sylvie lucie ginette
francine jocelyne pascale amélie véronique marie-josée stéphanie mathilde marie-pier marie-hélène anne-marie
anne-sophie noémie océane chloé maude marianne josiane lise carole johanne priya anita sunita simran
neha pooja kavita deepa meena rani lakshmi anjali shreya divya ritu harleen jasleen navneet rupinder fatima aisha
leila layla samira yasmin yasmine nour noor mariam maryam zainab amira salma huda rania brooke shauna tamara jenn
jenna kristy kristi kristina krista tracey staci shelley shelly sheri sherry terri kendra kelsey kayla kaitlyn
caitlin brianna brittney breanne chelsey lindsay meaghan trish patti marlene arlene darlene charlene jolene doreen
maureen noreen eileen bernadette gwen gwendolyn ingrid solveig astrid scarlett linnea sigrid freya elin maja ebba
wilma frida johanna karin annika
jen liz meg deb barb viv jo-anne joanne bev trudy
"""
    )
    | _names(  # British, Irish, Welsh, Scottish, Antipodean, Latin, African and Asian, as for men
        """
tess tessa tamsin kylie oona niamh siobhan aoife saoirse sinead orla roisin grainne maeve ciara caoimhe clodagh
deirdre bronwen bronwyn carys cerys ffion sian eleri gwyneth nerys rhiannon mairi morag kirsty isla ailsa fenella
hermione imogen jemima felicity philippa pippa georgina henrietta rosamund beatrice matilda mabel maisie
millie poppy rosie evie phoebe tilly elsie nell nellie sadie hattie lottie sienna
tegan courtney kerri leanne mandy lorna rhonda shona fleur gemma kerensa maya marisol ines
delphine renata aroha ngaire moana anahera hine njeri wanjiru amara ngozi chioma adaeze folake yetunde thandiwe
nomvula zanele lerato ayesha farah hina zara zahra keiko yoko yumi naoko akiko sakura haruka dolores
luisa marisa paloma pilar ximena valentina gabriela daniela fernanda mariana catalina giulia francesca
chiara alessandra federica silvia ilse ingeborg heike ute birgit petra sabine anke inga sanne femke marit liv
sigrun ragnhild tove
"""
    )
)

#: Words glued by a hyphen after where someone is from ("Cork-born", "Glasgow-based"): the word before is a place.
ORIGIN_SUFFIXES = frozenset(["born", "based", "raised", "bred"])
#: Last words of sports clubs' names ("Kilbarrow Gaels", "Ashby Rovers"): no person's name ends so.
TEAM_WORDS = _words("gaels shamrocks rovers rangers wanderers harriers athletic albion united")
#: Names the entity recogniser often takes for people: platforms, outlets and places, clubs and cups.
NOT_PERSONS = (
    _words(
        """
abc alabama alaska america arizona arkansas britain california carolina cbs china cnn colorado connecticut dakota
delaware england facebook florida fox france georgia germany google hampshire hawaii idaho illinois indiana
instagram iowa jersey kansas kentucky linkedin louisiana maine maryland massachusetts mexico michigan minnesota
mississippi missouri montana msnbc nbc nebraska nevada ohio oklahoma oregon pennsylvania reddit reuters rhode
russia snapchat tennessee texas tiktok twitter utah vermont virginia washington wisconsin wyoming york youtube
cup trophy shield arena stadium centre center oval pavilion dome coliseum velodrome racecourse speedway
"""
    )
    | TEAM_WORDS
)

#: Last words of a business's name, which the recogniser sometimes calls a person ("Sorensen Hardware", "Patel
#: Motors"); none is a surname often enough to matter, and the owner's own name ("Dale Sorensen") is read elsewhere.
BUSINESS_WORDS = _words(
    """
associates bakery brewery brewing builders cafe café clinic construction consulting contracting dairy
dental electric enterprises farms foods furniture garage hardware holdings hotel industries insurance jewellers
jewelers llc logistics ltd lumber motors pharmacy plumbing realty restaurant roofing salon supplies supply
technologies trucking
"""
)

#: Days, months and relative days, which the parser or the recogniser sometimes makes the speaker ("who Beck on
#: Wednesday called "..."", "the March states ... "...," Mook wrote"). ("may" is left out: a name and a verb.)
TIME_WORDS = _words(
    """
monday tuesday wednesday thursday friday saturday sunday january february march april june july august
september october november december today yesterday tomorrow tonight
"""
)

PRONOUN_GENDER = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f", "hers": "f"}

#: Dashes that, written with a space on each side, set a phrase off ("JACKSON, Miss. - U.S. District Judge").
DASHES = frozenset({"-", "--", "–", "—"})

#: Pronouns opening a relative clause ("who", "which", "that"): a subject that stands for the noun before it.
RELATIVE_PRONOUNS = frozenset({"who", "which", "that"})

#: Verbs of thinking and intending that attribute a quote only when the quote hangs off them in the parse.
COGNITIVE_VERBS = _words(
    """
think believe expect anticipate hope fear worry feel know estimate guess suggest want wish plan intend ponder
consider insist doubt figure reckon predict mean speculate suspect
"""
)

#: Verbs of judging, praising and promising whose person subject owns the quoted words they govern ("hailed
#: Britain's vote as "fantastic"", "blamed the law on "knuckleheaded politicians"", "pushed "free college"").
EVALUATIVE_VERBS = _words(
    """
applaud bemoan berate blame castigate champion commend condemn credit criticise criticize decry denounce deride
dismiss fault hail laud liken lament mock pan pledge praise promise promote push reject ridicule scold
slam tout vow welcome
"""
)

#: Things written or shown that a quote may be read from ("the email said", "a video that said"), which speak for
#: the one who put them out.
DOCUMENT_NOUNS = _words(
    """
ad advert advertisement banner document e-mail email filing letter memo message note placard post release sign
statement tweet video piece article column editorial op-ed poster shirt t-shirt
decision ruling judgment judgement
"""
)

#: Verbs by which someone puts out such a thing ("released a video that said", "hoisted a sign that read", "ran a
#: piece that noted"); not "held up" or "waved", which a candidate does with a fan's sign.
PUBLISHING_VERBS = _words(
    """
air file issue post publish release send unveil
hoist carry display wear run write pen
"""
)

#: Nouns for a person of a nation, which the recogniser often tags as an organisation ("the Frenchman said").
DEMONYM_NOUNS = _words(
    """
aussie briton brit dane dutchman dutchwoman englishman englishwoman finn frenchman frenchwoman irishman irishwoman
kiwi pole scot scotsman scotswoman spaniard swede welshman welshwoman
albertan quebecer quebecker québécois manitoban ontarian newfoundlander yukoner torontonian montrealer
vancouverite calgarian edmontonian winnipegger haligonian
zealander scotian bretoner columbian brunswicker
dubliner londoner glaswegian mancunian liverpudlian geordie scouser corkonian belfaster parisian berliner
muscovite neapolitan
kansan texan ohioan iowan oklahoman arizonan nebraskan coloradan floridian californian minnesotan wisconsinite
michigander hoosier alaskan oregonian nevadan tennessean kentuckian arkansan missourian vermonter
"""
)

#: What news calls someone from a country ("Julien Castagne of France" / "the Frenchman"), by the country's name in
#: lower case: the adjective and the nouns for a person.
COUNTRY_DEMONYMS: dict[str, frozenset[str]] = {
    country: frozenset(words.split())
    for country, words in {
        "argentina": "argentine argentinian",
        "australia": "australian aussie",
        "austria": "austrian",
        "belgium": "belgian",
        "brazil": "brazilian",
        "britain": "british briton brit",
        "canada": "canadian",
        "chile": "chilean",
        "china": "chinese",
        "colombia": "colombian",
        "croatia": "croatian croat",
        "czechia": "czech",
        "denmark": "danish dane",
        "egypt": "egyptian",
        "england": "english englishman englishwoman",
        "finland": "finnish finn",
        "france": "french frenchman frenchwoman",
        "germany": "german",
        "greece": "greek",
        "india": "indian",
        "ireland": "irish irishman irishwoman",
        "italy": "italian",
        "japan": "japanese",
        "kenya": "kenyan",
        "mexico": "mexican",
        "morocco": "moroccan",
        "netherlands": "dutch dutchman dutchwoman",
        "nigeria": "nigerian",
        "norway": "norwegian",
        "poland": "polish pole",
        "portugal": "portuguese",
        "russia": "russian",
        "scotland": "scottish scot scotsman scotswoman",
        "serbia": "serbian serb",
        "spain": "spanish spaniard",
        "sweden": "swedish swede",
        "switzerland": "swiss",
        "turkey": "turkish turk",
        "ukraine": "ukrainian",
        "wales": "welsh welshman welshwoman",
    }.items()
}

#: Demonyms of two words ("the New Zealander", "the Nova Scotian"), lower case; their last words are in
#: ``DEMONYM_NOUNS``.
DEMONYM_PHRASES = frozenset(
    [
        "new zealander",
        "nova scotian",
        "cape bretoner",
        "british columbian",
        "new brunswicker",
        "south african",
        "sri lankan",
        "puerto rican",
        "costa rican",
        "south korean",
        "north korean",
        "northern irishman",
    ]
)


#: Provinces and states written after a town's name and a comma ("Smiths Falls, Ontario"), or their first words
#: ("Nova Scotia"), lower case.
PROVINCES_AND_STATES = _words(
    """
ontario quebec alberta saskatchewan manitoba nova new prince newfoundland b.c. n.s. n.b. p.e.i. n.l. man.
ala. ariz. ark. calif. colo. conn. del. fla. ga. ill. ind. kan. ky. la. md. mass. mich. minn. miss. mo. mont.
neb. nev. n.h. n.j. n.m. n.y. n.c. n.d. okla. ore. pa. r.i. s.c. s.d. tenn. tex. vt. va. wash. w.va. wis. wyo.
"""
)


#: Person nouns that say where someone stands, not what they do for a living: a veteran may be "the defenceman",
#: a grocer may not be "the professor".
STANDING_NOUNS = _words(
    """
veteran rookie youngster teenager newcomer resident winner champion star hopeful challenger incumbent candidate
nominee leader member supporter critic advocate victim survivor witness friend neighbour neighbor partner colleague
ally rival opponent predecessor successor counterpart underdog finalist medallist medalist runner-up titleholder
alumnus graduate fan voter customer patient passenger commuter pensioner retiree tourist visitor shopper homeowner
householder motorist tenant insider defendant claimant plaintiff volunteer head chief boss owner former
"""
)


#: How a written word ends when it owns what follows ("Whitehawk's daughter", "Sanders' aide"), either apostrophe.
POSSESSIVE_ENDINGS = ("'s", "’s", "s'", "s’")
#: The tokens the parser splits off a word for its possessive ("Acme" + "'s", "Jones" + "'").
POSSESSIVE_MARKS = frozenset(["'s", "’s", "'", "’"])


#: US states by the abbreviations news writes in a lawmaker's party tag ("(R-Calif.)", "D-N.Y.", "(R-TX)"):
#: AP style and postal codes, lower case, full stops kept; states AP writes out need no entry.
US_STATE_ABBREVIATIONS = {
    **dict.fromkeys(["ala.", "al"], "alabama"),
    **dict.fromkeys(["ak"], "alaska"),
    **dict.fromkeys(["ariz.", "az"], "arizona"),
    **dict.fromkeys(["ark.", "ar"], "arkansas"),
    **dict.fromkeys(["calif.", "cal.", "ca"], "california"),
    **dict.fromkeys(["colo.", "co"], "colorado"),
    **dict.fromkeys(["conn.", "ct"], "connecticut"),
    **dict.fromkeys(["del.", "de"], "delaware"),
    **dict.fromkeys(["fla.", "fl"], "florida"),
    **dict.fromkeys(["ga.", "ga"], "georgia"),
    **dict.fromkeys(["hi"], "hawaii"),
    **dict.fromkeys(["id"], "idaho"),
    **dict.fromkeys(["ill.", "il"], "illinois"),
    **dict.fromkeys(["ind.", "in"], "indiana"),
    **dict.fromkeys(["ia"], "iowa"),
    **dict.fromkeys(["kan.", "kans.", "ks"], "kansas"),
    **dict.fromkeys(["ky.", "ky"], "kentucky"),
    **dict.fromkeys(["la.", "la"], "louisiana"),
    **dict.fromkeys(["me"], "maine"),
    **dict.fromkeys(["md.", "md"], "maryland"),
    **dict.fromkeys(["mass.", "ma"], "massachusetts"),
    **dict.fromkeys(["mich.", "mi"], "michigan"),
    **dict.fromkeys(["minn.", "mn"], "minnesota"),
    **dict.fromkeys(["miss.", "ms"], "mississippi"),
    **dict.fromkeys(["mo.", "mo"], "missouri"),
    **dict.fromkeys(["mont.", "mt"], "montana"),
    **dict.fromkeys(["neb.", "nebr.", "ne"], "nebraska"),
    **dict.fromkeys(["nev.", "nv"], "nevada"),
    **dict.fromkeys(["n.h.", "nh"], "new hampshire"),
    **dict.fromkeys(["n.j.", "nj"], "new jersey"),
    **dict.fromkeys(["n.m.", "n.mex.", "nm"], "new mexico"),
    **dict.fromkeys(["n.y.", "ny"], "new york"),
    **dict.fromkeys(["n.c.", "nc"], "north carolina"),
    **dict.fromkeys(["n.d.", "nd"], "north dakota"),
    **dict.fromkeys(["oh"], "ohio"),
    **dict.fromkeys(["okla.", "ok"], "oklahoma"),
    **dict.fromkeys(["ore.", "or"], "oregon"),
    **dict.fromkeys(["pa.", "penn.", "pa"], "pennsylvania"),
    **dict.fromkeys(["r.i.", "ri"], "rhode island"),
    **dict.fromkeys(["s.c.", "sc"], "south carolina"),
    **dict.fromkeys(["s.d.", "sd"], "south dakota"),
    **dict.fromkeys(["tenn.", "tn"], "tennessee"),
    **dict.fromkeys(["tex.", "tx"], "texas"),
    **dict.fromkeys(["ut"], "utah"),
    **dict.fromkeys(["vt.", "vt"], "vermont"),
    **dict.fromkeys(["va.", "va"], "virginia"),
    **dict.fromkeys(["wash.", "wa"], "washington"),
    **dict.fromkeys(["w.va.", "w.v.", "wv"], "west virginia"),
    **dict.fromkeys(["wis.", "wisc.", "wi"], "wisconsin"),
    **dict.fromkeys(["wyo.", "wy"], "wyoming"),
}
