"""Block Kit rendering: pure functions, checked against Slack's documented limits."""

from __future__ import annotations

import json
from urllib.parse import unquote

from slack_sdk.models.blocks import Block
from slack_sdk.models.views import View

from bot.brief import Brief, Quote, QuotePart, Speaker
from handlers.buttons import ACTION_ALL_QUOTES, ACTION_SHARE, ACTION_VOTE_DOWN, ACTION_VOTE_UP, BriefRef
from handlers.render import (
    MAX_BLOCKS,
    MAX_SECTION_CHARS,
    mrkdwn_escape,
    render_brief,
    render_channel_settings,
    render_command_announcement,
    render_error,
    render_mode_note,
    render_more_quotes,
    render_private_brief,
    render_repeat,
    render_settings_modal,
    render_usage,
    render_vote_thanks,
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
    _check_block_kit(blocks)


def _check_block_kit(blocks: list[dict]) -> None:
    """What Slack itself would check: every block parses with slack_sdk.models and passes validate_json()."""
    for block in blocks:
        parsed = Block.parse(block)
        assert parsed is not None, block
        parsed.validate_json()


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
    assert ":newspaper:" in usage["text"]  # the default BRIEF_REACTION


def test_usage_names_the_configured_reaction():
    usage = render_usage(reaction="rolled_up_newspaper")
    assert "React with :rolled_up_newspaper:" in usage["text"] and ":newspaper:" not in usage["text"]


def test_shorten_cuts_at_a_word_boundary():
    assert shorten("alpha beta gamma delta", 14) == "alpha beta…"
    assert shorten("short", 10) == "short"


REF = BriefRef(url=URL, version="1", summary_sentences=5, thread_ts="1700000000.000100")


def _actions(message: dict) -> dict[str, dict]:
    (block,) = [b for b in message["blocks"] if b["type"] == "actions"]
    return {e["action_id"]: e for e in block["elements"]}


def test_brief_buttons_feedback_always_all_quotes_only_when_there_are_more():
    quotes = tuple(Quote(text=f"Quote number {i} is here", speaker="Mara Olsen") for i in range(7))
    message = render_brief(_brief(quotes=quotes, key_quotes=quotes[:3]), ref=REF)
    _check_limits(message)
    buttons = _actions(message)
    assert list(buttons) == [ACTION_ALL_QUOTES, ACTION_VOTE_UP, ACTION_VOTE_DOWN]
    assert buttons[ACTION_ALL_QUOTES]["text"]["text"] == "All quotes (7)"
    assert all(BriefRef.from_value(b["value"]) == REF for b in buttons.values())
    # Every quote is a key quote: no "All quotes" button.
    few = render_brief(_brief(quotes=quotes[:2], key_quotes=quotes[:2]), ref=REF)
    assert list(_actions(few)) == [ACTION_VOTE_UP, ACTION_VOTE_DOWN]
    # Without a ref (the CLI, old callers) there are no buttons at all.
    assert all(b["type"] != "actions" for b in render_brief(_brief()).get("blocks"))


def test_a_brief_with_buttons_still_fits_50_blocks():
    quotes = tuple(Quote(text=f"Quote {i} " * 10, speaker=f"Person {i}") for i in range(80))
    message = render_brief(_brief(quotes=quotes, key_quotes=quotes), ref=REF)
    _check_limits(message)
    assert message["blocks"][-1]["type"] == "actions"


def test_a_url_too_long_for_a_button_value_gives_a_brief_without_buttons():
    long_url = "https://news.example.org/" + "a" * 2100
    message = render_brief(_brief(url=long_url), ref=BriefRef(url=long_url))
    _check_limits(message)
    assert all(b["type"] != "actions" for b in message["blocks"])


def test_private_brief_says_so_and_offers_share_in_channel():
    message = render_private_brief(_brief(), ref=REF)
    _check_limits(message)
    assert "Only you can see this brief" in _all_text(message)
    buttons = _actions(message)
    assert list(buttons) == [ACTION_SHARE] and buttons[ACTION_SHARE]["text"]["text"] == "Share in channel"
    assert BriefRef.from_value(buttons[ACTION_SHARE]["value"]) == REF
    assert ACTION_VOTE_UP not in buttons


def test_more_quotes_posts_the_ones_the_brief_did_not_show():
    quotes = tuple(Quote(text=f"Quote number {i} is here", speaker="Mara Olsen") for i in range(7))
    message = render_more_quotes(_brief(quotes=quotes, key_quotes=(quotes[4], quotes[1])))
    _check_limits(message)
    text = _all_text(message)
    assert "All 7 quotes" in text
    for i in (0, 2, 3, 5, 6):
        assert f"Quote number {i} is here" in text
    assert "Quote number 1 is here" not in text and "Quote number 4 is here" not in text
    many = tuple(Quote(text=f"Quote {i}", speaker="X") for i in range(120))
    trimmed = render_more_quotes(_brief(quotes=many, key_quotes=()))
    _check_limits(trimmed)
    assert "more in the article" in _all_text(trimmed)


def test_repeat_reply_links_to_the_earlier_brief():
    message = render_repeat("https://test.slack.com/archives/C1/p1700000000000100")
    _check_limits(message)
    assert "<https://test.slack.com/archives/C1/p1700000000000100|see the earlier brief>" in message["text"]
    _check_limits(render_repeat(None))


def test_settings_summary_modal_and_notes():
    shown = render_channel_settings(mode="ask", length="long", skipped_domains=("wiki.example.com",), note="Saved.")
    _check_limits(shown)
    assert "on request" in shown["text"] and "5 sentences" in shown["text"] and "`wiki.example.com`" in shown["text"]
    assert "none" in render_channel_settings(mode="auto", length="short", skipped_domains=())["text"]
    view = render_settings_modal(
        channel="C1", mode="ask", length="long", skipped_domains=("a.example.com", "b.example.org"), callback_id="cb"
    )
    View(**view).validate_json()
    blocks = {b["block_id"]: b for b in view["blocks"]}
    assert view["private_metadata"] == "C1" and view["callback_id"] == "cb"
    assert blocks["mode"]["element"]["initial_option"]["value"] == "ask"
    assert blocks["length"]["element"]["initial_option"]["value"] == "long"
    assert blocks["skip"]["element"]["initial_value"] == "a.example.com\nb.example.org"
    empty = render_settings_modal(channel="C1", mode="auto", length="short", skipped_domains=(), callback_id="cb")
    View(**empty).validate_json()
    assert "initial_value" not in {b["block_id"]: b for b in empty["blocks"]}["skip"]["element"]
    assert render_mode_note(user="U1", mode="ask")["text"] == "<@U1> set briefs to on request in this channel"
    assert "automatic" in render_mode_note(user="U1", mode="auto")["text"]
    assert "Vote changed" in render_vote_thanks(vote="down", up=1, down=2, changed=True)["text"]
    assert "Thanks" in render_vote_thanks(vote="up", up=1, down=0, changed=False)["text"]
