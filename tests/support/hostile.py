"""Generated hostile articles for cost tests and the cost benchmark (no real article text).

Each generator is deterministic (a seeded ``random.Random``) and returns plain
paragraphs, so the same input is measured on every run and on every machine.
"""

from __future__ import annotations

import random

__all__ = [
    "article_of_words",
    "article_text",
    "namesake_quotes",
    "plain_quote_run",
    "quote_paragraph",
    "quote_paragraphs",
]

_WORDS = [
    "council",
    "budget",
    "river",
    "school",
    "vote",
    "plan",
    "city",
    "water",
    "road",
    "market",
    "price",
    "court",
    "union",
    "police",
    "health",
    "project",
    "report",
    "minister",
    "housing",
    "energy",
    "tax",
    "office",
    "rail",
    "bridge",
    "election",
    "farm",
    "museum",
    "harbour",
]
_NAMES = ("Ada Lovelace", "Tom Baker", "Rita Moreno", "Sam Okafor", "Lena Park", "Ravi Shah", "Nora Quinn")
_VERBS = ("said", "added", "told reporters", "explained", "warned")


def _words(rng: random.Random, n: int) -> str:
    return " ".join(rng.choice(_WORDS) for _ in range(n))


def quote_paragraph(quotes: int, *, seed: int = 0) -> str:
    """One paragraph of ``quotes`` two-word quotes, each attributed: “ab cd,” said X. (curly marks)."""
    rng = random.Random(seed)
    parts = []
    for k in range(quotes):
        name = rng.choice(_NAMES).split()[-1]
        if k % 2:
            parts.append(f"“{_words(rng, 2)},” said {name}.")
        else:
            parts.append(f"“{_words(rng, 2).capitalize()},” {name} {rng.choice(_VERBS)}.")
    return " ".join(parts)


def plain_quote_run(quotes: int, *, seed: int = 0) -> str:
    """One paragraph that is a run of ``quotes`` straight-quoted two-word phrases: "word word" "word word" ..."""
    rng = random.Random(seed)
    return " ".join(f'"{_words(rng, 2)}"' for _ in range(quotes))


def quote_paragraphs(paragraphs: int, quotes_each: int, *, seed: int = 0) -> list[str]:
    """``paragraphs`` paragraphs of ``quotes_each`` short attributed quotes each."""
    return [quote_paragraph(quotes_each, seed=seed + p) for p in range(paragraphs)]


def _plain_paragraph(rng: random.Random, p: int) -> str:
    name = _NAMES[p % len(_NAMES)]
    first = f"The {_words(rng, 3)} in paragraph {p} was discussed by {name} on Monday."
    second = f"“The {_words(rng, 6)} will change,” {name.split()[-1]} said."
    third = f"Officials expect the {_words(rng, 8)} to grow next year."
    return f"{first} {second} {third}"


def _given_name(k: int) -> str:
    """A distinct made-up given name for every ``k`` below 26**3 ("Kaaaa", "Kaaab", ...)."""
    letters = "abcdefghijklmnopqrstuvwxyz"
    return "Ka" + letters[k // 676 % 26] + letters[k // 26 % 26] + letters[k % 26]


def namesake_quotes(quotes: int, *, one_person: bool = False) -> list[str]:
    """One short quote per paragraph, all by people called Smith: ``quotes`` different ones ("said Kaaab
    Smith"), or with ``one_person`` one named once ("Officer Dana Smith") and then "Smith said" every time."""
    if one_person:
        return ["Officer Dana Smith spoke to reporters."] + [
            f"“We counted {k} boxes,” Smith said." for k in range(quotes)
        ]
    return [f"“We counted {k} boxes,” said {_given_name(k)} Smith." for k in range(quotes)]


def description_quotes(quotes: int) -> list[str]:
    """One paragraph per quote: a new person with a role ("Analyst Kaaab Reid said ...") and a quote by "the
    golfer", a description no one in the article is given, so each is looked up among the people named before."""
    return [
        f"Analyst {_given_name(k)} Reid said the result was deserved. “We counted {k} birdies,” the golfer said."
        for k in range(quotes)
    ]


def owned_description_quotes(quotes: int) -> list[str]:
    """One paragraph per quote: a new lawyer, the lawyer of someone named, and a quote by "<that someone>'s
    lawyer", each description a different one, so each is looked up among the roles of all the people named."""
    surnames = [_given_name(k).replace("Ka", "Re", 1) for k in range(quotes)]
    return [
        f"Lee {surname}'s lawyer, {_given_name(k)} Ortiz, asked for bail. “We will appeal,” {surname}'s lawyer said."
        for k, surname in enumerate(surnames)
    ]


def article_of_words(words: int, *, seed: int = 0) -> list[str]:
    """Plain news-like paragraphs (about 35 words each, one attributed quote each) totalling ~``words`` words."""
    rng = random.Random(seed)
    paragraphs: list[str] = []
    total = 0
    while total < words:
        paragraph = _plain_paragraph(rng, len(paragraphs))
        paragraphs.append(paragraph)
        total += len(paragraph.split())
    return paragraphs


def article_text(paragraphs: list[str], *, title: str = "Generated article") -> str:
    """A .txt file as the CLI reads it: the title on the first line, paragraphs separated by blank lines."""
    return title + "\n\n" + "\n\n".join(paragraphs) + "\n"
