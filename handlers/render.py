"""Block Kit messages for briefs, errors and usage: pure functions of values, tested without Slack.

Everything here returns a ``dict`` with ``text`` (the plain-text fallback Slack
shows in notifications and screen readers) and ``blocks``; it can be passed
straight to ``chat.postMessage(**message)``.  Slack rejects a message whose
blocks break its limits (3,000 characters per section, 150 per header, 50
blocks, 10 context elements), so every piece of article text is shortened here
and a long brief is trimmed, never refused.
"""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import quote

from bot.brief import Brief, Quote, Speaker, quotes_failed_note, truncation_note
from bot.language import QUOTES_UNAVAILABLE_NOTE, quotes_supported
from handlers.buttons import ACTION_ALL_QUOTES, ACTION_SHARE, ACTION_VOTE_DOWN, ACTION_VOTE_UP, BriefRef

__all__ = [
    "MAX_BLOCKS",
    "MAX_SECTION_CHARS",
    "mrkdwn_escape",
    "render_brief",
    "render_channel_settings",
    "render_command_announcement",
    "render_error",
    "render_mode_note",
    "render_more_quotes",
    "render_private_brief",
    "render_repeat",
    "render_settings_modal",
    "render_usage",
    "render_vote_thanks",
    "render_working",
    "shorten",
    "text_fragment_url",
]

MAX_SECTION_CHARS = 3000
MAX_CONTEXT_CHARS = 3000
MAX_HEADER_CHARS = 150
MAX_BLOCKS = 50
MAX_CONTEXT_ELEMENTS = 10
#: The plain ``text`` fallback is also what notifications show: keep it to a readable length.
MAX_FALLBACK_CHARS = 2000
#: Titles are shown bold in a section; Slack's header limit is the sensible cap for a title too.
MAX_TITLE_CHARS = MAX_HEADER_CHARS
MAX_QUOTE_CHARS = 600
MAX_KEY_QUOTES = 4
MAX_SPEAKERS_LISTED = 6
#: Words of a quote used for the ``#:~:text=`` fragment: enough to be unique, short enough to survive
#: small differences between the extracted text and the page (the spec matches whole words, any case).
FRAGMENT_WORDS = 6

ELLIPSIS = "…"
USAGE = (
    "*How to use briefbot*\n"
    "• Paste an article link in a channel I'm in: I reply in its thread with a summary, "
    "the key quotes and who said them.\n"
    "• `/brief <url>`: I post a brief of the link in this channel.\n"
    "• `/brief me <url>` (or the message shortcut *Brief privately*): a brief only you see, "
    "with a button to share it.\n"
    "• React with :{reaction}: to a message to brief its links in its thread.\n"
    "• In a thread, mention me with a link (`@briefbot https://…`), or mention me under a message "
    "that has a link, to brief it there (slash commands don't work in threads).\n"
    "• `/brief settings`: when I brief links here (`/brief mode auto|ask`), summary length "
    "(`/brief length short|long`), domains to skip (`/brief skip add|remove <domain>`), "
    "`/brief settings show`.\n"
    "• `/brief help`: this message."
)

_PUNCT_END = re.compile(r"[,;:.!?…\"“”‘’'»«)\]]+$")
_PUNCT_START = re.compile(r"^[\"“”‘’'«»(\[]+")
_CLAUSE_END = re.compile(r"[,;:.!?…—–]$|[,;:.!?…][\"“”’'»)]*$")


def mrkdwn_escape(text: str) -> str:
    """Escape the three characters Slack's mrkdwn treats as control characters.

    Article text is untrusted: an unescaped ``<`` could form a link or a
    ``<!channel>`` ping, so ``&``, ``<`` and ``>`` are always encoded.
    """
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def shorten(text: str, limit: int) -> str:
    """Cut ``text`` to at most ``limit`` characters at a word boundary, marking the cut with an ellipsis."""
    text = " ".join(text.split()) if "\n" not in text else text.strip()
    if len(text) <= limit:
        return text
    cut = text[: max(0, limit - len(ELLIPSIS))]
    space = cut.rfind(" ")
    if space > limit // 2:
        cut = cut[:space]
    return cut.rstrip(" ,;:-—") + ELLIPSIS


def _shorten_escaped(text: str, limit: int) -> str:
    """Shorten then escape, so that escaping (which lengthens) never pushes a field over its limit."""
    escaped = mrkdwn_escape(shorten(text, limit))
    while len(escaped) > limit:
        limit -= max(1, len(escaped) - limit)
        escaped = mrkdwn_escape(shorten(text, limit))
    return escaped


def _link_target(url: str) -> str:
    """Make a URL safe inside Slack's ``<url|label>`` syntax (``|``, ``<`` and ``>`` would end it early)."""
    return url.replace("|", "%7C").replace("<", "%3C").replace(">", "%3E").replace(" ", "%20")


def _link_label(text: str) -> str:
    # Inside <url|label>, a ``|`` or ``>`` in the label would still be read as syntax.
    return mrkdwn_escape(text).replace("|", "¦")


def text_fragment_url(url: str, quote_text: str, *, words: int = FRAGMENT_WORDS) -> str:
    """Link to ``url`` with a text fragment (``#:~:text=``) that highlights the start of a quote.

    Only ``textStart`` is used: the quote's first words, stopping at the end of the
    first clause so that a quote joined across an attribution ("A," she said, "B")
    is not searched for as one run of text.  Each character outside the unreserved
    set is percent-encoded, and ``-`` is encoded too because the spec reserves it
    (``&`` and ``,`` are separators in the directive; ``quote(safe="")`` encodes them).
    """
    base = url.split("#", 1)[0]
    chosen: list[str] = []
    for raw in quote_text.split():
        word = _PUNCT_START.sub("", raw) if not chosen else raw
        ends_clause = bool(_CLAUSE_END.search(word))
        word = _PUNCT_END.sub("", word)
        if word:
            chosen.append(word)
        if len(chosen) >= words or (ends_clause and chosen):
            break
    if not chosen:
        return base
    start = quote(" ".join(chosen), safe="").replace("-", "%2D")
    return f"{base}#:~:text={start}"


def _article_url(brief: Brief) -> str | None:
    return brief.canonical_url or brief.url


def _title_line(brief: Brief) -> str:
    url = _article_url(brief)
    title = brief.title or brief.site or url or "Untitled article"
    label = _link_label(shorten(title, MAX_TITLE_CHARS))
    if url:
        return f"*<{_link_target(url)}|{label}>*"
    return f"*{label}*"


def _context_parts(brief: Brief) -> list[str]:
    parts: list[str] = []
    if brief.site:
        parts.append(shorten(brief.site, 80))
    if brief.authors:
        names = list(brief.authors[:3])
        authors = ", ".join(names) + (f" +{len(brief.authors) - 3}" if len(brief.authors) > 3 else "")
        parts.append(shorten(authors, 200))
    if brief.published:
        parts.append(brief.published)
    parts.append(f"{max(1, brief.reading_minutes)} min read")
    return parts


def _speaker_label(name: str | None, role: str | None) -> str:
    if not name:
        return "unattributed"
    label = f"*{_shorten_escaped(name, 120)}*"
    if role:
        label += f", {_shorten_escaped(role, 200)}"
    return label


def _quote_block(quote: Quote, url: str | None) -> dict[str, Any]:
    body = _shorten_escaped(quote.text, MAX_QUOTE_CHARS)
    line = f"> “{body}”"
    if url:
        # the first part: a quote joined across its attribution is not one run of text on the page
        first_part = quote.parts[0].text if quote.parts else quote.text
        line += f" <{_link_target(text_fragment_url(url, first_part))}|↗>"
    line += f"\n— {_speaker_label(quote.speaker, quote.role)}"
    return {"type": "section", "text": {"type": "mrkdwn", "text": line[:MAX_SECTION_CHARS]}}


def _who_is_quoted(speakers: tuple[Speaker, ...]) -> str:
    shown = []
    for speaker in speakers[:MAX_SPEAKERS_LISTED]:
        entry = _shorten_escaped(speaker.name, 80)
        if speaker.role:
            entry += f" ({_shorten_escaped(speaker.role, 80)})"
        if speaker.quotes > 1:
            entry += f" ×{speaker.quotes}"
        shown.append(entry)
    more = len(speakers) - len(shown)
    line = "*Who is quoted:* " + "; ".join(shown) + (f"; and {more} more" if more > 0 else "")
    return shorten(line, MAX_CONTEXT_CHARS)


def _summary_text(summary: tuple[str, ...]) -> str:
    """Bullet the summary, dropping trailing sentences (never cutting mid-bullet unless one alone is too long)."""
    bullets: list[str] = []
    used = 0
    for sentence in summary:
        bullet = "• " + _shorten_escaped(sentence, MAX_SECTION_CHARS - 2)
        if used + len(bullet) + 1 > MAX_SECTION_CHARS:
            break
        bullets.append(bullet)
        used += len(bullet) + 1
    return "\n".join(bullets)


def _fallback(brief: Brief) -> str:
    url = _article_url(brief)
    title = brief.title or url or "Article"
    lines = [shorten(title, MAX_TITLE_CHARS)]
    if brief.summary:
        lines.append(" ".join(brief.summary))
    text = shorten("\n".join(lines), MAX_FALLBACK_CHARS - (len(url) + 1 if url else 0))
    return mrkdwn_escape(text + (f"\n{url}" if url else ""))


def render_brief(brief: Brief, *, ref: BriefRef | None = None) -> dict[str, Any]:
    """The threaded reply: linked title, site · author · date · reading time, summary, key quotes, who is quoted.

    With ``ref`` the brief gets its buttons: "All quotes (N)" when there are more quotes than it shows, and 👍/👎.
    """
    message = _brief_body(brief, reserve=1 if ref is not None else 0)
    if ref is not None:
        buttons = _brief_buttons(brief, ref)
        if buttons:
            message["blocks"].append({"type": "actions", "block_id": "brief_actions", "elements": buttons})
    return message


def _shown_key_quotes(brief: Brief) -> int:
    return min(len(brief.key_quotes or ()), MAX_KEY_QUOTES)


def _button(text: str, action_id: str, value: str, *, style: str | None = None) -> dict[str, Any]:
    button: dict[str, Any] = {
        "type": "button",
        "text": {"type": "plain_text", "text": text, "emoji": True},
        "action_id": action_id,
        "value": value,
    }
    if style:
        button["style"] = style
    return button


def _brief_buttons(brief: Brief, ref: BriefRef) -> list[dict[str, Any]]:
    value = ref.to_value()
    if value is None:
        return []
    buttons = []
    if len(brief.quotes) > _shown_key_quotes(brief):
        buttons.append(_button(f"All quotes ({len(brief.quotes)})", ACTION_ALL_QUOTES, value))
    buttons.append(_button(":thumbsup:", ACTION_VOTE_UP, value))
    buttons.append(_button(":thumbsdown:", ACTION_VOTE_DOWN, value))
    return buttons


def _brief_body(brief: Brief, *, reserve: int) -> dict[str, Any]:
    url = _article_url(brief)
    blocks: list[dict[str, Any]] = [
        {"type": "section", "text": {"type": "mrkdwn", "text": _title_line(brief)}},
        {
            "type": "context",
            "elements": [
                {"type": "mrkdwn", "text": _shorten_escaped(" · ".join(_context_parts(brief)), MAX_CONTEXT_CHARS)}
            ],
        },
    ]
    for note in (truncation_note(brief), quotes_failed_note(brief)):
        if note:
            blocks.append({"type": "context", "elements": [{"type": "mrkdwn", "text": f"_{mrkdwn_escape(note)}_"}]})
    summary = _summary_text(brief.summary)
    if summary:
        blocks.append({"type": "section", "text": {"type": "mrkdwn", "text": summary}})
    quotes = brief.key_quotes or ()
    if quotes:
        blocks.append({"type": "section", "text": {"type": "mrkdwn", "text": "*Key quotes*"}})
        # Reserve room for the who-is-quoted context so a brief with many quotes still fits in 50 blocks.
        room = MAX_BLOCKS - len(blocks) - 1 - reserve
        blocks.extend(_quote_block(q, url) for q in quotes[: min(MAX_KEY_QUOTES, room)])
    if brief.speakers:
        blocks.append({"type": "context", "elements": [{"type": "mrkdwn", "text": _who_is_quoted(brief.speakers)}]})
    if not quotes_supported(brief.language):
        blocks.append({"type": "context", "elements": [{"type": "mrkdwn", "text": f"_{QUOTES_UNAVAILABLE_NOTE}_"}]})
    if not summary and not quotes:
        blocks.append(
            {"type": "section", "text": {"type": "mrkdwn", "text": "_I found the article but no summary to show._"}}
        )
    return {"text": _fallback(brief), "blocks": blocks[: MAX_BLOCKS - reserve]}


def render_command_announcement(brief: Brief, *, user: str, shared: bool = False) -> dict[str, Any]:
    """The channel message for ``/brief`` (or a shared private brief): who and what; the brief goes in its thread."""
    line = f"<@{user}> {'shared' if shared else 'asked for'} a brief of {_title_line(brief)}"
    meta = " · ".join(_context_parts(brief))
    return {
        "text": mrkdwn_escape(shorten(f"Brief of {brief.title or _article_url(brief) or 'a link'}", 300)),
        "blocks": [
            {"type": "section", "text": {"type": "mrkdwn", "text": line[:MAX_SECTION_CHARS]}},
            {"type": "context", "elements": [{"type": "mrkdwn", "text": _shorten_escaped(meta, MAX_CONTEXT_CHARS)}]},
        ],
    }


def render_error(user_message: str, *, url: str | None = None) -> dict[str, Any]:
    """A short, specific error reply; the link is named so that several replies in one thread stay clear."""
    text = f":warning: {_shorten_escaped(user_message, 1000)}"
    blocks: list[dict[str, Any]] = [{"type": "section", "text": {"type": "mrkdwn", "text": text}}]
    if url:
        label = _link_label(shorten(url, 200))
        blocks.append({"type": "context", "elements": [{"type": "mrkdwn", "text": f"<{_link_target(url)}|{label}>"}]})
    fallback = shorten(user_message, 1000) + (f" ({url})" if url else "")
    return {"text": mrkdwn_escape(fallback), "blocks": blocks}


def render_working(url: str) -> dict[str, Any]:
    """The ephemeral acknowledgement of ``/brief``, sent within Slack's 3 seconds."""
    label = _link_label(shorten(url, 200))
    text = f":hourglass_flowing_sand: Working on a brief of <{_link_target(url)}|{label}>…"
    return {"text": text, "response_type": "ephemeral"}


def render_usage(*, note: str | None = None, reaction: str = "newspaper") -> dict[str, Any]:
    """Help for ``/brief help``, a bare ``/brief`` and a mention without a link; ``reaction`` is ``BRIEF_REACTION``."""
    text = (f"{mrkdwn_escape(note)}\n\n" if note else "") + USAGE.format(reaction=reaction)
    return {"text": text, "blocks": [{"type": "section", "text": {"type": "mrkdwn", "text": text}}]}


def render_private_brief(brief: Brief, *, ref: BriefRef) -> dict[str, Any]:
    """A brief only the requester sees, with a "Share in channel" button that posts it for everyone."""
    message = _brief_body(brief, reserve=2)
    message["blocks"].append(
        {"type": "context", "elements": [{"type": "mrkdwn", "text": "Only you can see this brief."}]}
    )
    value = ref.to_value()
    if value is not None:
        message["blocks"].append(
            {
                "type": "actions",
                "block_id": "brief_private_actions",
                "elements": [_button("Share in channel", ACTION_SHARE, value, style="primary")],
            }
        )
    return message


def render_more_quotes(brief: Brief) -> dict[str, Any]:
    """The quotes a brief did not show (after "All quotes" was clicked), in article order, trimmed to fit."""
    shown = set(brief.key_quotes[: _shown_key_quotes(brief)])
    rest = [q for q in brief.quotes if q not in shown]
    url = _article_url(brief)
    title = shorten(brief.title or url or "the article", MAX_TITLE_CHARS)
    header = f"*All {len(brief.quotes)} quotes* in {_link_label(title)}"
    blocks: list[dict[str, Any]] = [{"type": "section", "text": {"type": "mrkdwn", "text": header}}]
    room = MAX_BLOCKS - 2
    blocks.extend(_quote_block(q, url) for q in rest[:room])
    if len(rest) > room:
        note = f"_…and {len(rest) - room} more in the article._"
        blocks.append({"type": "context", "elements": [{"type": "mrkdwn", "text": note}]})
    fallback = f"{len(rest)} more quotes from {title}"
    return {"text": mrkdwn_escape(fallback), "blocks": blocks}


def render_repeat(permalink: str | None) -> dict[str, Any]:
    """The one-line reply to a link this channel already had briefed."""
    if permalink:
        text = f":repeat: This link was briefed here already: <{_link_target(permalink)}|see the earlier brief>."
    else:
        text = ":repeat: This link was briefed in this channel already."
    return {"text": text, "blocks": [{"type": "context", "elements": [{"type": "mrkdwn", "text": text}]}]}


MODE_WORDS = {"auto": "automatic (every link)", "ask": "on request"}
LENGTH_WORDS = {"short": "short (3 sentences)", "long": "long (5 sentences)"}


def render_channel_settings(*, mode: str, length: str, skipped_domains: tuple[str, ...], note: str = "") -> dict:
    """The ephemeral summary of a channel's settings (``/brief settings show`` and every confirmation)."""
    skipped = ", ".join(f"`{mrkdwn_escape(d)}`" for d in skipped_domains) or "none"
    lines = [
        f"• Briefs: *{MODE_WORDS.get(mode, mode)}*",
        f"• Summary: *{LENGTH_WORDS.get(length, length)}*",
        f"• Skipped domains: {shorten(skipped, 2000)}",
    ]
    text = (f"{mrkdwn_escape(note)}\n" if note else "") + "*Settings for this channel*\n" + "\n".join(lines)
    return {"text": text, "blocks": [{"type": "section", "text": {"type": "mrkdwn", "text": text}}]}


def render_mode_note(*, user: str, mode: str) -> dict[str, Any]:
    """The one line the whole channel sees when someone changes when the bot speaks."""
    what = "automatic (every link pasted)" if mode == "auto" else "on request"
    return {"text": f"<@{user}> set briefs to {what} in this channel"}


def _option(text: str, value: str) -> dict[str, Any]:
    return {"text": {"type": "plain_text", "text": text}, "value": value}


def render_settings_modal(
    *, channel: str, mode: str, length: str, skipped_domains: tuple[str, ...], callback_id: str
) -> dict[str, Any]:
    """The ``/brief settings`` modal, pre-filled with the channel's current values (channel in private_metadata)."""
    modes = [_option("Automatic: brief every link", "auto"), _option("On request: /brief, mention or reaction", "ask")]
    lengths = [_option("Short (3 sentences)", "short"), _option("Long (5 sentences)", "long")]
    skip_input: dict[str, Any] = {
        "type": "plain_text_input",
        "action_id": "value",
        "multiline": True,
        "max_length": 3000,
        "placeholder": {"type": "plain_text", "text": "wiki.example.com"},
    }
    if skipped_domains:
        skip_input["initial_value"] = "\n".join(skipped_domains)[:3000]
    return {
        "type": "modal",
        "callback_id": callback_id,
        "private_metadata": channel,
        "title": {"type": "plain_text", "text": "briefbot settings"},
        "submit": {"type": "plain_text", "text": "Save"},
        "close": {"type": "plain_text", "text": "Cancel"},
        "blocks": [
            {
                "type": "input",
                "block_id": "mode",
                "label": {"type": "plain_text", "text": "When should I brief links?"},
                "element": {
                    "type": "static_select",
                    "action_id": "value",
                    "options": modes,
                    "initial_option": modes[0] if mode == "auto" else modes[1],
                },
            },
            {
                "type": "input",
                "block_id": "length",
                "label": {"type": "plain_text", "text": "Summary length"},
                "element": {
                    "type": "radio_buttons",
                    "action_id": "value",
                    "options": lengths,
                    "initial_option": lengths[0] if length == "short" else lengths[1],
                },
            },
            {
                "type": "input",
                "block_id": "skip",
                "optional": True,
                "label": {"type": "plain_text", "text": "Never brief links to these domains automatically"},
                "hint": {"type": "plain_text", "text": "One domain per line; subdomains are skipped too."},
                "element": skip_input,
            },
        ],
    }


def render_vote_thanks(*, vote: str, up: int, down: int, changed: bool) -> dict[str, Any]:
    """The ephemeral answer to a 👍/👎 click, with the brief's counts."""
    thumb = ":thumbsup:" if vote == "up" else ":thumbsdown:"
    lead = "Vote changed to" if changed else "Thanks for the feedback:"
    return {"text": f"{lead} {thumb} (this brief: {up} :thumbsup: · {down} :thumbsdown:)"}
