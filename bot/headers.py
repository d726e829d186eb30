"""Brief headers a reader can trust: the bare headline, people as authors, the site's own name.

trafilatura picks one title, one author string and one site name per page, and those
often carry what a Slack header should not show: the site's name around the headline
("Headline - Site", "Site | Headline"), a section label ("Opinion | Headline"), a date
or an outlet after the author's name, or a phrase from the page taken for a byline.
The page usually says the same things several times (``og:title``, ``<h1>``, JSON-LD
``headline``, ``<title>``, ``og:site_name``, the JSON-LD publisher), and where those
sources agree on a shorter headline that is what the page means by its headline.
This module reads those sources once and cleans the three fields with them.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from difflib import SequenceMatcher
from urllib.parse import urlsplit

__all__ = ["PageHeaders", "clean_authors", "clean_site", "clean_title", "page_headers"]

#: JSON-LD blocks larger than this are skipped (bounded cost on hostile pages).
MAX_JSON_LD_CHARS = 200_000
#: How many ``<h1>`` elements are looked at (pages list related stories as h1s too).
MAX_H1 = 3

# Separators between a headline and a site name or section label, widest first.
_SEPARATOR_RE = re.compile(r"\s+[|\-–—•·»:]+\s+|\s*::\s*|\s*\|\s*|:\s+")
_WORD_RE = re.compile(r"\w+")


@dataclass(frozen=True)
class PageHeaders:
    """What the page itself says its headline, site and authors are (empty when it says nothing)."""

    headlines: tuple[str, ...] = ()
    site_names: tuple[str, ...] = ()
    publisher_names: tuple[str, ...] = ()
    owner_names: tuple[str, ...] = ()
    hostname: str | None = None


def page_headers(html: str, *, url: str | None = None) -> PageHeaders:
    """Read the headline and site candidates from ``og:title``, ``twitter:title``, ``<h1>``,
    JSON-LD (``headline``, ``publisher.name``), ``og:site_name`` and ``<title>``."""
    from trafilatura import load_html

    try:
        tree = load_html(html)
    except Exception:  # broken markup: no candidates, the fields stay as trafilatura gave them
        tree = None
    if tree is None:
        return PageHeaders(hostname=_hostname(url))
    headlines: list[str] = []
    site_names: list[str] = []
    owners: list[str] = []
    for meta in tree.iterfind(".//meta"):
        key = (meta.get("property") or meta.get("name") or "").strip().lower()
        content = _squash(meta.get("content"))
        if not content:
            continue
        if key in ("og:title", "twitter:title", "title", "dc.title", "sailthru.title", "parsely-title"):
            headlines.append(content)
        elif key in ("og:site_name", "application-name", "apple-mobile-web-app-title"):
            site_names.append(content)
        elif key in ("copyright", "dc.rights", "rights"):
            owners.append(_copyright_holder(content))
    for index, h1 in enumerate(tree.iterfind(".//h1")):
        if index >= MAX_H1:
            break
        text = _squash(h1.text_content())
        if text:
            headlines.append(text)
    publishers: list[str] = []
    for script in tree.iterfind(".//script"):
        if (script.get("type") or "").strip().lower() != "application/ld+json":
            continue
        for item in _json_ld_items(script.text or ""):
            for key in ("headline", "alternativeHeadline"):
                if isinstance(item.get(key), str) and _squash(item[key]):
                    headlines.append(_squash(item[key]))
            publishers.extend(_names(item.get("publisher")))
    title = tree.find(".//title")
    if title is not None and _squash(title.text_content()):
        headlines.append(_squash(title.text_content()))
    return PageHeaders(
        headlines=tuple(_unique(headlines)),
        site_names=tuple(_unique(site_names)),
        publisher_names=tuple(_unique(publishers)),
        owner_names=tuple(_unique(o for o in owners if o)),
        hostname=_hostname(url),
    )


def _copyright_holder(notice: str) -> str:
    """ "Copyright (c) Condé Nast 2019. All rights reserved." → "Condé Nast"."""
    holder = re.sub(r"(?i)copyright|\(c\)|©|all rights reserved\.?|\b\d{4}\b|[-–,.]", " ", notice)
    return _squash(holder) if len(holder.split()) <= 5 else ""


# --- titles -----------------------------------------------------------------------------------


def clean_title(title: str | None, *, headers: PageHeaders, site: str | None) -> str | None:
    """``title`` without a site name or section label around it.

    A piece is cut only at a separator ("Site | ", " - Site", "Opinion | ", "Category: ") and only
    when the page backs the cut: the piece cut off is the site's own name, or another of the page's
    headline sources gives the remaining, bare headline (then a leading label of any length may go,
    but at the end only one short piece after " | " or " - ", never a subtitle after a colon)."""
    if not title:
        return title
    pieces = _pieces(title)
    if len(pieces) == 1:
        return title
    backed = {_key(h) for h in headers.headlines if _key(h) != _key(title)}
    sites = _site_keys(headers, site)
    best = title
    for start in range(len(pieces)):
        for end in range(len(pieces), start, -1):
            kept = _strip_separators("".join(pieces[start:end]))
            if not kept or len(kept) >= len(best):
                continue
            if _cut_is_backed(pieces, start, end, kept=kept, backed=backed, sites=sites):
                best = kept
    return best


def _cut_is_backed(pieces: list[str], start: int, end: int, *, kept: str, backed: set[str], sites: set[str]) -> bool:
    """Whether keeping ``pieces[start:end]`` (as ``kept``) is what the page itself supports."""
    prefix, suffix = pieces[:start], pieces[end:]
    if _is_site_cut(prefix, sites) and _is_site_cut(suffix, sites):
        return _words(kept) >= 2
    if _key(kept) not in backed or _words(kept) < 3 or _is_site_cut([kept], sites):
        return False
    label = [p for p in prefix if not _is_site_cut([p], sites)]
    if sum(_words(p) for p in label) > 4:
        return False  # a leading label is short ("Opinion | ", "Fact Check: "); more is the headline itself
    return _is_site_cut(suffix, sites) or _is_label_suffix(pieces[end - 1], suffix)


def _pieces(title: str) -> list[str]:
    """``title`` split after each separator, keeping the separators with the piece before them."""
    pieces, last = [], 0
    for match in _SEPARATOR_RE.finditer(title):
        if match.start() == 0:
            continue
        pieces.append(title[last : match.end()])
        last = match.end()
    pieces.append(title[last:])
    return [p for p in pieces if p] or [title]


def _strip_separators(text: str) -> str:
    return re.sub(r"^[\s|\-–—•·»:]+|[\s|\-–—•·»:]+$", "", text)


def _is_site_cut(pieces: list[str], sites: set[str]) -> bool:
    """Whether the cut ``pieces`` are nothing, the site's name as a whole, or each a site name."""
    texts = [_strip_separators(p) for p in pieces]
    texts = [t for t in texts if _key(t)]
    if not texts:
        return True
    if _key(" ".join(texts)) in sites:
        return True
    return all(_key(t) in sites and _words(t) <= 6 for t in texts)


def _is_label_suffix(last_kept: str, suffix: list[str]) -> bool:
    """One short piece after " | " or " - " ("… | Editorial"), not a subtitle after a colon."""
    return len(suffix) == 1 and _words(suffix[0]) <= 4 and not last_kept.rstrip().endswith(":")


def _site_keys(headers: PageHeaders, site: str | None) -> set[str]:
    """The site's names as keys: the chosen site, and every stated name that belongs to this domain
    (an ``og:site_name`` that is really a headline, as on some syndicating portals, does not)."""
    keys = {_key(site or "")}
    for name in (*headers.site_names, *headers.publisher_names):
        if len(name.split()) > 8 or not _belongs(name, headers):
            continue
        first = _strip_separators(_pieces(name)[0])  # "Remember 80/90" of "Remember 80/90 - Memorabilia …"
        keys |= {_key(name), _key(first)}
    if headers.hostname:
        keys |= _host_keys(headers.hostname)
    keys |= {k.removeprefix("the") for k in keys if k.startswith("the") and len(k) > 6}
    return keys - {""}


# --- site -------------------------------------------------------------------------------------


def clean_site(site: str | None, *, headers: PageHeaders) -> str | None:
    """The site's name as the page states it: ``og:site_name``, then the JSON-LD publisher, then
    trafilatura's guess, the first that is a plain name and belongs to this site (shares a part of
    the domain or ends one of the page's titles), else the domain.  A squashed form ("TheHill")
    gives way to the spelled-out one the page also uses ("The Hill")."""
    candidates = [_strip_separators(_pieces(c)[0]) for c in (*headers.site_names, *headers.publisher_names, site or "")]
    candidates = [c for c in candidates if _plain_name(c)]
    belonging = [c for c in candidates if _belongs(c, headers)]
    if not belonging:
        return headers.hostname.removeprefix("www.") if headers.hostname else (candidates[0] if candidates else None)
    chosen = next((c for c in belonging if _reads_as_name(c)), belonging[0])
    spelled = [
        c
        for c in candidates
        if _key(c) in (_key(chosen), "the" + _key(chosen)) and c.count(" ") > chosen.count(" ") and _reads_as_name(c)
    ]
    return spelled[0] if spelled else chosen


def _reads_as_name(value: str) -> bool:
    """ "The Spokesman-Review", "USA TODAY" rather than "spokesman.com", "usatoday"."""
    return any(ch.isupper() for ch in value) and not re.fullmatch(r"[\w-]+(\.[\w-]+)+", value)


def _plain_name(value: str) -> bool:
    lowered = value.lower()
    return (
        0 < len(value) <= 60
        and not value.startswith("@")
        and "://" not in value
        and "copyright" not in lowered
        and "©" not in value
        and len(value.split()) <= 5
    )


def _belongs(name: str, headers: PageHeaders) -> bool:
    """Whether ``name`` is this site's: it shares five letters in a row with the domain (or is
    contained in it), or it is the last piece of one of the page's titles ("… - WSJ")."""
    key = _key(name)
    if not headers.hostname:
        return True
    host = _key(headers.hostname.removeprefix("www."))
    if len(key) >= 3 and (key in host or host in key):
        return True
    if key.startswith(_key(headers.hostname.removeprefix("www.").split(".")[0])):
        return True  # "RT International" on rt.com
    match = SequenceMatcher(None, key, host, autojunk=False).find_longest_match(0, len(key), 0, len(host))
    if match.size >= 4:
        return True
    return any(len(pieces := _pieces(h)) > 1 and _key(pieces[-1]) == key for h in headers.headlines)


# --- authors ----------------------------------------------------------------------------------

# "By", "Analysis by", "View all posts by", "Text:" before the name.
_LEADING_RE = re.compile(r"^(?:[\w'’-]+\s+){0,4}?by\s+|^(?:text|текст|texto)\s*:?\s+", re.IGNORECASE)
_DATE_WORDS = frozenset(
    re.findall(
        r"\w+",
        "monday tuesday wednesday thursday friday saturday sunday january february march april may june july "
        "august september october november december jan feb mar apr jun jul aug sep sept oct nov dec "
        "published updated posted",
    )
)
_ROLE_WORDS = frozenset(
    re.findall(
        r"[\w-]+",
        "writer reporter correspondent editor editor-at-large columnist contributor staff producer author "
        "journalist analyst critic photographer intern",
    )
)
_ORG_WORDS = frozenset(
    re.findall(
        r"\w+",
        "news press media service services wire wires agency bureau network networks international inc ltd "
        "llc corp company group staff team desk editorial magazine times post journal daily weekly tribune "
        "herald gazette sport sports reports blog online com admin administrator webmaster editors foundation "
        "ap afp reuters upi dpa pti ians cnn bloomberg agencies",
    )
)
#: Agencies and outlets that follow a reporter's name in bylines ("Jill Lawless Associated Press").
_AGENCY_TAIL_RE = re.compile(
    r"\s+(?:the\s+)?(?:associated\s+press|ap|reuters|afp|upi|dpa|pti|ians|cnn(?:\s+business)?|bloomberg)$",
    re.IGNORECASE,
)
#: Words no name contains: a phrase or a sentence was taken for the byline.
_PHRASE_WORDS = frozenset(
    re.findall(r"\w+", "is are was says said has have a an of for to in on with at from what how why now no all")
)
_PARTICLES = frozenset(re.findall(r"\S+", "de da do dos das del della di van von der den ter la le du bin al el y e"))
_CREDENTIAL_RE = re.compile(r"^(?:[A-Z]{2,4}|Ph\.?D\.?|M\.?D\.?|R\.?D\.?N?\.?|M\.?S\.?|MPH|MBA)$")


def clean_authors(raw: str | None, *, headers: PageHeaders, site: str | None) -> tuple[str, ...]:
    """People's names from a byline string: split at ";", ",", " and ", "&"; a leading "By",
    trailing dates, job titles and agencies cut off; outlets, handles and phrases dropped."""
    if not raw:
        return ()
    outlets = _site_keys(headers, site) | _title_tails(headers) | {_key(o) for o in headers.owner_names}
    # A copyright holder other than the site itself is a company ("Condé Nast" on wired.com), never the author;
    # on a personal site ("© 2020 Daniel Lemire" on lemire.me) it is the author.
    companies = {_key(o) for o in headers.owner_names if not _belongs(o, headers)}
    names: list[str] = []
    for part in re.split(r";|,|\s+and\s+|\s*&\s*|\s+\|\s+", raw):
        name = _person_name(part, outlets=outlets)
        if name and _key(name) not in companies and not any(_same_person(name, other) for other in names):
            names.append(name)
    return tuple(_prefer_fuller(names))


def _person_name(part: str, *, outlets: set[str]) -> str | None:
    text = _AGENCY_TAIL_RE.sub("", _LEADING_RE.sub("", _squash(part)).strip(" .:-–—"))
    if not text or "@" in text or "://" in text or any(ch.isdigit() for ch in text):
        return None
    tokens = _name_tokens(text.split(), outlets=outlets)
    if tokens is None:
        return None
    tokens = _without_outlet_tail(tokens, outlets=outlets)
    if not tokens or not _looks_like_name(tokens, outlets=outlets):
        return None
    name = " ".join(tokens)
    if name.isupper() and len(tokens) >= 2:
        name = " ".join(t.capitalize() for t in tokens)  # "STEVE PEOPLES" → "Steve Peoples"
    return name


def _name_tokens(tokens: list[str], *, outlets: set[str]) -> list[str] | None:
    """The tokens before a date or job title ("Carrie Arnold November", "Tom Gillespie News reporter");
    ``None`` when nothing name-like is left ("Staff Writer", "No Author", "Science X staff")."""
    for index, token in enumerate(tokens):
        bare = token.strip(".,").lower()
        first_name = index == 0 and len(tokens) > 1 and tokens[1][:1].isupper()  # "April Roach", "May Ling"
        if bare in _DATE_WORDS and not first_name:
            return tokens[:index]
        if bare in _ROLE_WORDS:
            kept, outlet_dropped = tokens[:index], False
            while len(kept) > 2 and (kept[-1].lower() in _ORG_WORDS or _key(kept[-1]) in outlets):
                outlet_dropped = outlet_dropped or _key(kept[-1]) in outlets
                kept = kept[:-1]  # "Tom Gillespie News" (reporter), "Adam Aaronson PhillyVoice" (Staff)
            if len(kept) <= 1 or (bare == "staff" and not outlet_dropped):
                return None  # a staff byline ("Practical Horseman Editorial Staff"), not a person
            return kept
    return tokens


def _looks_like_name(tokens: list[str], *, outlets: set[str]) -> bool:
    lowered = [t.strip(".,").lower() for t in tokens]
    if len(tokens) > 5 or lowered[0] == "the" or any(w in _ORG_WORDS or w in _PHRASE_WORDS for w in lowered):
        return False
    lower_words = [t for t in tokens if t[:1].islower() and t.lower() not in _PARTICLES]
    if lower_words and (len(tokens) > 2 or tokens[0][:1].islower()):
        return False  # a phrase from the page ("The Russian, Syrian defense ministries")
    if len(tokens) == 1 and (_CREDENTIAL_RE.match(tokens[0]) or "-" in tokens[0]):
        return False  # "MS", "RDN", a handle like "Kevin-R"
    key = _key(" ".join(tokens))
    # The site's own name as author: an outlet, unless it reads as a person's name (a personal site).
    return not (key in outlets and (len(tokens) == 1 or not all(t[:1].isupper() for t in tokens)))


def _without_outlet_tail(tokens: list[str], *, outlets: set[str]) -> list[str]:
    """Drop a trailing outlet name ("Adam Aaronson PhillyVoice" on phillyvoice.com)."""
    for cut in range(2, len(tokens)):
        if _key(" ".join(tokens[cut:])) in outlets:
            return tokens[:cut]
    return tokens


def _title_tails(headers: PageHeaders) -> set[str]:
    """The short last pieces of the page's titles after " - " or " | " ("… - Sputnik International")."""
    tails = set()
    for headline in headers.headlines:
        match = re.search(r"\s[|\-–—]\s+([^|\-–—]+)$", headline)
        if match and _words(match.group(1)) <= 4:
            tails.add(_key(match.group(1)))
    return tails


def _same_person(a: str, b: str) -> bool:
    ta, tb = a.lower().split(), b.lower().split()
    return ta == tb or (len(ta) >= 2 and len(tb) >= 2 and ta[0] == tb[0] and ta[-1] == tb[-1])


def _prefer_fuller(names: list[str]) -> list[str]:
    """Drop a name that is only the first name of a longer one listed too ("Kevin", "Kevin Rebong")."""
    return [n for n in names if not (len(n.split()) == 1 and any(o != n and o.startswith(n + " ") for o in names))]


# --- helpers ----------------------------------------------------------------------------------


def _json_ld_items(text: str) -> Iterator[dict]:
    if len(text) > MAX_JSON_LD_CHARS:
        return
    try:
        data = json.loads(text)
    except ValueError:
        return
    stack = [data]
    seen = 0
    while stack and seen < 200:
        item = stack.pop()
        seen += 1
        if isinstance(item, list):
            stack.extend(item)
        elif isinstance(item, dict):
            yield item
            if isinstance(item.get("@graph"), list):
                stack.extend(item["@graph"])


def _names(value: object) -> list[str]:
    if isinstance(value, list):
        return [n for v in value for n in _names(v)]
    if isinstance(value, dict) and isinstance(value.get("name"), str):
        return [_squash(value["name"])] if _squash(value["name"]) else []
    return []


def _hostname(url: str | None) -> str | None:
    return (urlsplit(url).hostname or None) if url else None


def _host_keys(hostname: str) -> set[str]:
    """``www.sputniknews.com`` → {"sputniknews", "sputniknewscom"}: how a domain shows up as a name."""
    bare = hostname.removeprefix("www.")
    return {_key(bare), _key(bare.rsplit(".", 1)[0])} - {""}


def _squash(value: str | None) -> str:
    return re.sub(r"\s+", " ", value or "").strip()


def _key(text: str) -> str:
    return "".join(_WORD_RE.findall(text.lower()))


def _words(text: str) -> int:
    return len(_WORD_RE.findall(text))


def _unique(values: Iterable[str]) -> list[str]:
    seen: dict[str, str] = {}
    for value in values:
        seen.setdefault(value, value)
    return list(seen)
