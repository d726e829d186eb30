"""Article pages written for the Slack tests and the load benchmark (not taken from any data set).

``article_html(n)`` makes a distinct, plausible news page for each ``n``: the
same structure (headline, byline, date, paragraphs with attributed quotes) with
names, places and numbers that vary, so that every URL yields its own brief.
"""

from __future__ import annotations

from html import escape

TOWNS = ("Harbourton", "Millbrook", "Eastvale", "Stonebridge", "Larkfield", "Westmoor", "Ashford Bay", "Kelso Point")
SPEAKERS = (
    ("Mara Olsen", "mayor of {town}", "she"),
    ("Tomas Reyes", "a council engineer", "he"),
    ("Priya Nair", "chair of the {town} ferry users' group", "she"),
    ("Daniel Okafor", "a harbour pilot", "he"),
)


EXTRA_QUOTES = (
    "The harbour has to serve the people who live here before it serves the visitors",
    "Nobody has asked the fishermen what a new pier will do to the moorings",
    "We will publish every contract so that residents can see where the money goes",
    "The boats must run in winter storms or the whole plan falls apart",
    "Our members want fares that a family can afford every single day",
    "I have sailed this bay for thirty years and the currents are stronger than they think",
    "A ferry will not fix the coast road, and the council should admit that",
    "Schools on the far shore are ready to change their timetables for the first sailing",
)


def article_html(n: int = 0, *, title: str | None = None, extra_quotes: int = 0) -> str:
    """A news article page for ``n``; ``title`` overrides the generated headline.

    ``extra_quotes`` adds that many paragraphs, each with one more attributed quote (for "All quotes").
    """
    town = TOWNS[n % len(TOWNS)]
    boats = 3 + n % 5
    cost = 12 + n % 30
    lead_name, lead_role, _ = SPEAKERS[n % len(SPEAKERS)]
    other_name, other_role, other_pronoun = SPEAKERS[(n + 1) % len(SPEAKERS)]
    lead_role = lead_role.format(town=town)
    other_role = other_role.format(town=town)
    headline = title or f"{town} approves a new ferry service after a long fight (report {n})"
    paragraphs = [
        f"The council of {town} voted on Tuesday to fund a ferry service across the bay, ending a dispute "
        f"that has divided the town for almost a decade. The plan provides {boats} electric boats and a new "
        f"pier at a cost of {cost} million pounds, paid for by a regional grant and a small rise in parking fees.",
        f"“We have waited far too long for a crossing that works in every season,” said {lead_name}, "
        f"{lead_role}. “This vote finally gives families on both shores a reliable way to reach work and school.”",
        "Supporters say the boats will cut the daily journey around the bay from ninety minutes to about "
        "twenty. Traffic on the coast road has doubled since the old bridge closed, and local businesses "
        "have complained for years that deliveries arrive late.",
        f"Not everyone is convinced. {other_name}, {other_role}, warned that the budget leaves little room "
        f"for repairs. “The numbers only add up if nothing ever breaks, and boats break all the time,” "
        f"{other_pronoun} said.",
        "Construction of the pier is expected to begin in the spring, with the first sailings planned for "
        "the following summer. The council will publish a timetable and fares once the operator is chosen "
        "through an open tender later this year.",
        "Residents will be able to comment on the design of the pier at public meetings next month, and the "
        "council said it would report back on the questions raised before any contract is signed.",
    ]
    for k in range(extra_quotes):
        name, role, _ = SPEAKERS[(n + k) % len(SPEAKERS)]
        paragraphs.insert(
            -1, f"“{EXTRA_QUOTES[k % len(EXTRA_QUOTES)]},” said {name}, {role.format(town=town)}, at the meeting."
        )
    body = "\n".join(f"<p>{escape(p)}</p>" for p in paragraphs)
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<title>{escape(headline)}</title>
<meta property="og:title" content="{escape(headline)}">
<meta property="og:site_name" content="Bay Courier">
<meta name="author" content="Lena Fischer">
<meta property="article:published_time" content="2026-03-1{n % 10}T09:00:00Z">
</head><body>
<header><nav><a href="/">Home</a> <a href="/news">News</a></nav></header>
<article>
<h1>{escape(headline)}</h1>
<p class="byline">By Lena Fischer</p>
{body}
</article>
<footer><p>© Bay Courier</p></footer>
</body></html>"""
