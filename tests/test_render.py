"""Block Kit rendering: pure functions, checked against Slack's documented limits."""

from __future__ import annotations

import json
from urllib.parse import unquote

from bot.brief import Brief, Quote, QuotePart, Speaker
from handlers.render import (
    MAX_BLOCKS,
    MAX_SECTION_CHARS,
    mrkdwn_escape,
    render_brief,
    render_command_announcement,
    render_error,
    render_usage,
    render_working,
    shorten,
    text_fragment_url,
)

URL = "https://news.example.org/2026/harbour-plan?id=7"


def _brief(**overrides) -> Brief:
    values = dict(
        url=URL,
        title="Harbour council approves the new ferry plan",
        site="Example News",
        authors=("Dana Ruiz",),
        published="2026-03-14",
        reading_minutes=4,
        summary=("The council voted 7-2 for the ferry plan.", "Work starts in spring."),
        key_quotes=(
            Quote(text="We have waited far too long for this crossing", speaker="Mara Olsen", role="mayor"),
            Quote(text="It is a costly gamble", speaker="Tom Reyes", role=None),
        ),
        speakers=(Speaker(name="Mara Olsen", role="mayor", quotes=2), Speaker(name="Tom Reyes", quotes=1)),
    )
    values.update(overrides)
    return Brief(**values)


def _all_text(message: dict) -> str:
    return json.dumps(message["blocks"], ensure_ascii=False)


def _check_limits(message: dict) -> None:
    blocks = message["blocks"]
    assert 1 <= len(blocks) <= MAX_BLOCKS
    for block in blocks:
        if block["type"] == "section":
            assert len(block["text"]["text"]) <= MAX_SECTION_CHARS
        if block["type"] == "context":
            assert len(block["elements"]) <= 10
            assert all(len(e["text"]) <= 3000 for e in block["elements"])
        if block["type"] == "header":
            assert len(block["text"]["text"]) <= 150
    assert message["text"]


def test_brief_has_linked_title_meta_summary_quotes_and_speakers():
    message = render_brief(_brief())
    _check_limits(message)
    first = message["blocks"][0]["text"]["text"]
    assert f"<{URL}|Harbour council approves the new ferry plan>" in first
    meta = message["blocks"][1]["elements"][0]["text"]
    assert meta == "Example News · Dana Ruiz · 2026-03-14 · 4 min read"
    text = _all_text(message)
    assert "• The council voted 7-2 for the ferry plan." in text
    assert "We have waited far too long for this crossing" in text
    assert "*Mara Olsen*, mayor" in text
    assert "*Tom Reyes*" in text
    assert "Who is quoted:" in text and "Mara Olsen (mayor) ×2" in text
    assert "Harbour council approves" in message["text"] and URL in message["text"]


def test_each_quote_links_to_a_text_fragment_of_its_first_words():
    message = render_brief(_brief())
    text = _all_text(message)
    assert URL + "#:~:text=We%20have%20waited%20far%20too%20long|" in text
    assert URL + "#:~:text=It%20is%20a%20costly%20gamble|" in text


def test_text_fragment_of_a_joined_quote_uses_its_first_part():
    quote = Quote(
        text="Fares stay low … Nobody pays more",
        speaker="Mara Olsen",
        parts=(
            QuotePart(text="Fares stay low", start=10, end=24),
            QuotePart(text="Nobody pays more", start=50, end=66),
        ),
    )
    text = _all_text(render_brief(_brief(key_quotes=(quote,))))
    assert URL + "#:~:text=Fares%20stay%20low|" in text
    assert "Nobody" not in text.split("#:~:text=", 1)[1].split("|", 1)[0]


def test_text_fragment_encodes_dash_comma_ampersand_and_stops_at_clause_end():
    url = text_fragment_url("https://a.example/x#old", "“Rock-solid & fair,” she said, “and cheap”")
    assert url.startswith("https://a.example/x#:~:text=")
    start = url.split("#:~:text=", 1)[1]
    assert start == "Rock%2Dsolid%20%26%20fair"
    assert unquote(start) == "Rock-solid & fair"
    assert "," not in start and "-" not in start and "&" not in start and " " not in start
    long = text_fragment_url("https://a.example/", "one two three four five six seven eight")
    assert long.endswith("#:~:text=one%20two%20three%20four%20five%20six")
    accented = text_fragment_url("https://a.example/", "Ça coûte 5 €")
    assert accented.endswith("#:~:text=%C3%87a%20co%C3%BBte%205%20%E2%82%AC")


def test_article_text_is_mrkdwn_escaped():
    brief = _brief(
        title="Cats & dogs <!channel>",
        summary=("Use <b>tags</b> & <@U123> here.",),
        key_quotes=(Quote(text="A < B & C > D", speaker="Ann <Lee>", role="x&y"),),
        speakers=(Speaker(name="Ann <Lee>", role="x&y", quotes=1),),
    )
    text = _all_text(render_brief(brief))
    assert "<!channel>" not in text and "<@U123>" not in text and "<b>" not in text
    assert "Cats &amp; dogs &lt;!channel&gt;" in text
    assert "A &lt; B &amp; C &gt; D" in text
    assert mrkdwn_escape("a<b>&") == "a&lt;b&gt;&amp;"


def test_long_content_is_shortened_not_rejected():
    long_sentence = ("word " * 900).strip() + "."
    brief = _brief(
        title="T" * 400,
        authors=tuple(f"Author {i}" for i in range(40)),
        summary=tuple([long_sentence] * 8),
        key_quotes=tuple(Quote(text=long_sentence, speaker="S" * 300, role="R" * 500) for _ in range(80)),
        speakers=tuple(Speaker(name=f"Person {i}", role="role " * 50, quotes=3) for i in range(200)),
    )
    message = render_brief(brief)
    _check_limits(message)
    assert len(message["text"]) <= 2200
    assert "…" in message["blocks"][0]["text"]["text"]


def test_brief_without_summary_or_quotes_still_renders():
    message = render_brief(Brief(url=None, title=None, summary=(), key_quotes=(), speakers=()))
    _check_limits(message)
    assert "Untitled article" in message["blocks"][0]["text"]["text"]


def test_announcement_names_who_asked():
    message = render_command_announcement(_brief(), user="U42")
    _check_limits(message)
    assert message["blocks"][0]["text"]["text"].startswith("<@U42> asked for a brief of *<https://")


def test_error_usage_and_working_messages():
    err = render_error("That link is a PDF, not an article page.", url="https://x.example/a.pdf")
    _check_limits(err)
    assert "That link is a PDF" in err["blocks"][0]["text"]["text"]
    assert "https://x.example/a.pdf" in err["text"]
    working = render_working("https://x.example/a?b=1&c=2")
    assert working["response_type"] == "ephemeral" and "Working on a brief" in working["text"]
    usage = render_usage(note="Give me a link.")
    assert "/brief <url>" in usage["text"] and usage["text"].startswith("Give me a link.")


def test_shorten_cuts_at_a_word_boundary():
    assert shorten("alpha beta gamma delta", 14) == "alpha beta…"
    assert shorten("short", 10) == "short"
