"""The pipeline's version, in a module of its own so the web process can read it without loading any model code.

It is part of every cache key and of the feedback totals' key: bump it when a
change makes cached briefs stale.  ``bot.pipeline`` re-exports it.

2: briefs of non-English pages no longer carry quotes with invented speakers, and
say why (cached version-1 briefs of such pages would still show them); bare headlines and people-only authors.
3: quotes carry their verbatim ``parts`` and read " … " where a sentence ends between them; roles on every quote
of a person; briefs say when only the first words of a long article were analysed.
4: speakers found for more quotes (closing clauses, signatures, cut titles, negated verbs), descriptions and
pronouns resolved further, roles cleaned (no junk roles, past posts marked "formerly"): cached quotes are stale.
5: subjects the parser lost, descriptions going on from the paragraph before, unnamed sources a pronoun goes on
with, no gender guess among several people, markup attribute values no longer quotes: cached speakers are stale.
6: no speaker from the sentence after a quote that ends the writer's sentence, nor from what a passive verb of
naming names; "the expert" is the unnamed source first written; roles read past honorifics: cached quotes are stale.
7: documents speak for who put them out, ages and nationalities resolve across the article, place-qualified
descriptions resolve, "the newspaper quoted her as saying": cached speakers and roles are stale.
8: sources kept anonymous, ages in the sentence before a quote-only paragraph, "According to X," and "asked X",
interview answers, the one told to speak, the story's protagonist for "the golfer", names the recogniser missed,
roles of trades, kin, police and council titles, "its chair", and of a team's players: cached speakers and roles
are stale.
9: hyphenated and accented names kept whole, abbreviated titles ("Sgt.", "Coun.") kept with their name and in its
sentence by the parser, names the recogniser missed for a surname that speaks, "the judge" for a Justice: cached
speakers, roles and parses are stale.
10: teams are no people, "Whitehawk's daughter" and "the New Zealander" resolve, names with curly apostrophes and
given names common in Canada, photo credits ignored, British single-quoted quotes running over paragraphs, roles
described before a name and parties' capitals: cached quotes, speakers and roles are stale.
11: "the patient" is not the doctor quoted before, given names match with or without accents, no name ends with a
lower-case word, pull quotes take the speaker of the words they repeat, headlines' bare titles, interview answers,
British straight-quoted letters running on, roles after degrees, of lists and of places' officers, titles of works,
and a quote a page repeats is a key quote once: cached quotes, speakers, roles and key quotes are stale.
12: participles after dashed asides and relative clauses, recordings and remarks of someone, institutions' "they",
parties in descriptions, signed letters, sentences that capitalise God, interviews, "Another user", headlines
credited to writers dropped, role phrases before titles and hyphened words: cached quotes, speakers and roles are
stale.
13: people just brought in ("Activist Anand Krishnan"), role words parsed as verbs, "the former Oiler" and "the Red
Deer product", a crowd reacting as the speaker spoke, teams' names in roles: cached speakers and roles are stale.
14: roles stated by the writer's "X is chief executive of Y" and "was named head coach", bodies after "from",
barristers' sides, posts joined by "and", hyphened job words kept whole, "who" clauses cut from roles, bare "rival"
dropped; nationalities tell descriptions apart, "the person" and first names given alone resolve, hoisted signs and
pieces a paper ran speak for their holder and paper: cached speakers and roles are stale.
15: labels a crowd uses ("have taken to calling", so-called) are no quotes; businesses and sentence-opening doings
are no people; "the company" and "the statement" name the organisation or issuer; quote-only paragraphs go on
across narrative naming no one or belong to a newcomer a sentence opens with; a quote's given-name subject is not
its speaker; ranks ("head coach", "managing director"), barristers' sides after the name, "Cr": cached quotes,
speakers and roles are stale.
16: abbreviated titles standing as a role are spelled out ("Governor", "Detective Sergeant"); a description's own
role ("the 29-year-old actor"); names the recogniser took for places, "they" for a couple, "the post said" for its
writer, unnamed sources under another noun, performers as a story's protagonist, "the Frenchman" for one "of
France", "Obaidi" for "al-Obaidi", genders from the article's own pronouns, titles with a name apposed to their
phrase; a crowd's or a code's name for a thing, names given "as" and nicknames inside names are no quotes: cached
quotes, speakers and roles are stale.
17: relations ("his mother" is the mother the article named, or the one whose son it named; "His father ... he
said" is the father; kin roles name their owner when the surnames agree); "the union leader" is the union's;
"whose director" and "Its chairwoman" name whose; "the Dane", "the Dubliner", "the Kansan" are no names; teams and
cups are no people; a name after "the oceanographer" though tagged a place, "a farmer from Glen Ardle" a place,
"Nadia Lim Su-Ann" found by "Lim"; an age reporting a fragment; "the expert", "the pro", "the skip", "the
vice-chancellor"; unnamed sources keep a short "who" clause, "one of them" is one of the group counted before, "the
warning said" is its issuer's: cached speakers and roles are stale.
18: given names alone and beside a known surname are the family's people ("Kirsty", "June Dempsey"); ages hung on
verbs and descriptions in the sentence after a name; "the widower"; ledes that describe first and name after ("the
premier", "a judge who said"); "the company" a story opens on; "by her own account", "as she put it"; a role before
"she"; a role word cut off as a subject ("co-ordinator"); names in a body's relative clause; labels a thing printed
are no one's to continue; a name of no words is none (a crash): cached speakers and roles are stale.
19: British quotes holding a double-quoted span inside single marks; callings the lexicon lacked ("the scout", "the
apprentice"); one-word speakers standing alone elsewhere; an age after the verb's name ("said Venkataramana, 66,");
"the agency" and "the company" (Ltd, Inc) for the body described so; a name the recogniser took for a body beside a
title only people hold ("the Labour MP for ..."), and "the Labour MP" no name; the teller of "..., he said," and
the quote after it; "the widow" for the one the story says he married; a name after "the district GOP Chairman" as
subject; towns taken for people; a lede's description for the one person named before it; a crash in the quote
stage sends the brief without quotes (``quotes_failed``): cached briefs are stale.
20: transcripts printed as quotes ("PENCE: Well, ...") give each turn to the one its label names, without the label;
the answer to a reporter's question is not the reporter's ("..." one reporter asked. / "...," he replied); "the
statement said" for whoever acted in it; a body described beside its name is no person; venues and names modifying
a person noun ("The Ballykeel clubman") are no one: cached speakers are stale.
21: descriptions after a source the article keeps unnamed go on with that source ("Another neighbour, who did not
want to be named, said ..." / "the man said"; "One Liberal backbencher, who asked not to be named" / "the MP
said"; "One of the two friends ..."), written in full ("A resident of the Seaview retirement village"); the
statement of an unnamed spokesperson is theirs; "the board" is the board the story named; a team saying something
is no player; "Women's" inside a body's name; "Councilmember", "Cpl.", "Rabbi", "Reeve" and kin as titles and
descriptions, "Elder" a title; "couriers charge "three times as much"" is no accusation; what someone said, told
of, is no speaking in the sentence; a surname right after a relative is named may be that relative ("Owen's mother,
Carla Merritt, sat ..." / "Merritt said"); "X, his wife, Y, and their children" gives X no role; "his sister",
"her husband" for the family member; "the CFO", "the GM"; "the decision said"; "the engineer" far down for the one
a lede described and named after: cached speakers and roles are stale.
22: exchanges printed turn by turn: after two tagged turns of two people answering each other (a question,
"replied", "shot back"), a paragraph that is only a quote is the other one's turn, and a run of them alternates
(an answer's longer follow-on is the one answering going on); "the elder" and "the younger" of a surname are the
parent and the child the story gives ("His father, Henryk Wieczorek"; "The cousins' grandfather"); a two-word name
tagged an organisation beside a relative of that surname is a person's; "Mont Avila" is a place; a lawmaker's
party tag ("(R-Idaho)", ", D-N.Y.,") tells "the Idaho Republican" apart; a description right after the writer's
"X asked her ..." is not X, nor a "she" speaking next; "her husband" of one a name owned as wife ("Martin's wife,
Janice") is that name; a lede's unnamed source is the one the next paragraph opens on; a question asked after a
line of narrative ("Okonkwo then pressed her ...") is answered by the one who spoke before; a bare line calling the
last speaker "Papa" or by name is the other one's turn: cached speakers are stale.
23: an actor may be a woman; a play staged in the story ("this production of King Lear") is no one; "the actor ...
he" is the actor who is a man; a letter read out is the one it is from; a school district the recogniser took for a
place speaks in its message; "the marshal", "the bishop", "the forecaster" and other callings name the person; a
name set beside "a brother" is a man's; "Mr Rourke" among Rourkes is the one whose given name is a man's; more
given names; a quote after a bare lead-in ("Then, after a long pause:") goes on with the last speaker; an anonymous
source the parser made a sentence's root keeps the "she" after it; "the group" is the name it calls itself ("A group
calling itself BlackWattle"); "Mr Ibbotson" is the one man of that surname though his mother spoke first; "the aide"
is the one unnamed source described at length ("a Republican aide familiar with the talks", "an assistant coach at
one Ontario rival") unless another is introduced between; "Her letter", "His reply" are the owner's, "the email" the
one who "emailed"; "the Dún Rua TD", "the Sligo-Leitrim deputy" are descriptions; a lede's "accused by the party's
housing spokesman of presiding over ..." is the spokesman named after it; "The NPHL" is the Northern Professional
Hockey League (NPHL); "the force" a police force; a racehorse no speaker; "His mother said" after the son spoke the
one other of his surname, a woman; "said Raiders coach Brett Dunstan", its role word parsed as a verb, is Dunstan;
"One islander", "one crofter" are sources; "The younger Bell" is the one introduced as "His younger brother"; "the
councillor" is a member of a council; a relative with a post has both as role ("Mr Gorman's daughter, a member of
Sliabh Dubh County Council"); "the former teammate" after "A former teammate who did not want to be named recalled
..., when Tipene criticised ..." is that source, not Tipene; stablehand and 12 more callings; "She paused, then
added," is hers; "the younger Lomax" is the mayor's nephew; Maori given names (Hone, Kiri, Aroha, ...); "Its
statement", "Its valuation report" are the body named just before: cached speakers are stale.
24: "the statement", "the letter", "the note", "the report" are the issuer's when it is "X, in a statement, said", "In a
note read out by her son, she thanked", "A report released by X" or "the department" the story named; "the
regional ambulance service" is no other body that spoke just before; "Mrs Ellwood" is not the one Ellwood named in
full, her son Thomas; "Ellis said the minister had told him" is a minister the story does not name; "Justice Rosemary
Wanjiru Ndung'u" keeps the surname the recogniser left out; a first name given at the end of a long description ("One
man who ..., his boots caked in mud, gave only his first name, Ricky") is the speaker; "the arranger", "the cleric",
"the centre-back" and other callings name the person; "the R&B singer" right after the one person a story has named,
as a subject, is that person; a single-quoted phrase ending in "s'" before "since", "until", "during" and other words
no possessive precedes is a quote ("'at least six times' since 2022"); a paragraph opening a single-quoted quote left
open to run on holds the double-quoted words inside it ("Water Services Development Plan"); a singular "they" right
after an unnamed source ("The crew member said ... "A," they said") is that source; "Police said" is the one police
force the story named in the paragraphs before; "Ruan du Toit", a particled name the recogniser took for a work or
an organisation, is a person when it is a subject or set beside one; "the Liberal said" right after "One senior
Liberal, who spoke on condition of anonymity," is that source; a surname naming a family together ("Madigan
brothers") is no mention of one of them; "IVAS, which said in a note" is IVAS's note, and a statement's subject the
parser made the sentence's root ("In a statement ..., the party's campaign director, Owen Thackeray, called") is its
author: cached quotes and speakers are stale.
25: a role and a name set off right before a speech verb the parser gave no subject, after a name inside a fronted
phrase ("In a statement read by Mr Ashby, Mrs Coyle's daughter, Joanne Pruett, said"), are its subject, and the
"she" after them is hers; a straight single mark opening a sentence after one ended ("... she wrote. 'She taught")
runs on into a paragraph opening on one; a document set off before a name ("In a victim personal statement, Deborah
Lowe,") is no role: cached quotes and speakers are stale.
26: a headline's capitalised adjective before a surname ("Tearful Penhaligon calls stumps") is no given name; "the MLA"
and other members of a legislature by initials are "the legislator" named before; a he/she after an age as its
sentence's subject ("The 32-year-old was less diplomatic ..., when the Storm were penalised for contact to the
Swifts' four") is whoever that age goes on from: cached quotes and speakers are stale.
27: "Hospice", "Hospital", "Trust", "Charity", "Clinic", "Museum", "Library", "Academy" and "Authority" end an
institution's name, never a person's; an organisation's name running past an institution word ("Climate Action
Network International") is kept whole: cached quotes and speakers are stale.
28: "The person familiar with the deal said", a source introduced paragraphs before, is an unnamed source a later "the
person said" goes on with; "the finance chief" is no chief executive, and a chief financial officer is it: cached
quotes and speakers are stale.
29: "the town said in a statement" is the town's (town, village, municipality, borough and township are institution
words); "The company behind the test, Helixline, said" is Helixline; "observer" and "pacer" are person nouns, so
"One veteran observer, who has attended every summit," is the source a "he said" goes on with; "the former Ranji
Trophy pacer" is the coach the sentence before names, never a pacer the story calls one now: cached quotes and
speakers are stale.
30: Southeast Asian honorifics (Pak, Bu, Khun, Encik, Puan, Datuk, Datin, Dato, Tun) are no part of a name, so "Pak
Rudi" and "Khun Pimchanok" are the people named in full, and an honorific makes a run the recogniser tagged an
organisation a person; "the Independent TD" is "Deputy Sinéad Corr"; a nickname quoted inside a name ("Pádraig
‘Podge’ Lenihan") is dropped and the surname after it kept; "Marine" is a person noun: cached quotes and speakers are
stale.
31: a lone word the recogniser tagged a person right before a capitalised title and a name ("Newfoundland and
Labrador Premier Margaret Tobin-Walsh") is no person: cached quotes and speakers are stale.
"""

from __future__ import annotations

__all__ = ["PIPELINE_VERSION"]

PIPELINE_VERSION = "31"
