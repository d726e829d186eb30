"""Per-channel settings from Slack: ``/brief settings`` (a modal), and text forms for keyboards and scripts.

``/brief settings`` opens a modal pre-filled with the channel's values (it needs
the command's ``trigger_id`` within 3 seconds, so the web process calls
``views.open`` itself); ``/brief settings show``, ``/brief mode auto|ask``,
``/brief length short|long`` and ``/brief skip add|remove <domain>`` answer
ephemerally in the command's own response.  A change of mode is announced to
the channel in one line (posted by a worker).  When ``BRIEF_SETTINGS_USERS``
is set, only those users may change anything.

These listeners take the ``/brief`` commands whose first word is a settings
word; ``handlers.commands`` (registered after) gets every other ``/brief``.
"""

from __future__ import annotations

import logging
from typing import Any

from slack_bolt import Ack, App
from slack_sdk import WebClient

from bot.channel_settings import LENGTHS, MODES, ChannelSettings, normalise_domain
from handlers.deps import HandlerDeps
from handlers.render import render_channel_settings, render_mode_note, render_settings_modal

__all__ = ["SETTINGS_WORDS", "VIEW_CALLBACK_ID", "parse_domains", "register"]

log = logging.getLogger(__name__)

SETTINGS_WORDS = frozenset({"settings", "mode", "length", "skip"})
VIEW_CALLBACK_ID = "brief_settings"
REFUSAL = "Sorry, only the people your workspace chose can change briefbot's settings here. Ask one of them."
SETTINGS_HELP = (
    "Settings: `/brief settings` (a form), `/brief settings show`, `/brief mode auto|ask`, "
    "`/brief length short|long`, `/brief skip add|remove <domain>`."
)


def _words(command: dict[str, Any]) -> list[str]:
    return (command.get("text") or "").split()


def is_settings_command(command: dict[str, Any]) -> bool:
    words = _words(command)
    return bool(words) and words[0].lower() in SETTINGS_WORDS


def _ephemeral(text: str) -> dict[str, Any]:
    return {"response_type": "ephemeral", "text": text}


def _shown(settings: ChannelSettings, note: str = "") -> dict[str, Any]:
    message = render_channel_settings(
        mode=settings.mode, length=settings.length, skipped_domains=settings.skipped_domains, note=note
    )
    return {"response_type": "ephemeral", **message}


def parse_domains(text: str) -> tuple[list[str], list[str]]:
    """Domains from free text (one per line, or separated by commas/spaces): (valid, rejected)."""
    valid, rejected = [], []
    for item in text.replace(",", " ").split():
        domain = normalise_domain(item)
        (valid if domain else rejected).append(domain or item)
    return list(dict.fromkeys(valid)), rejected


def _change(deps: HandlerDeps, channel: str, words: list[str]) -> tuple[dict[str, Any], str] | str:
    """Apply a text-form change: ((changes), confirmation) or an error message."""
    what = words[0].lower()
    arg = words[1].lower() if len(words) > 1 else ""
    if what == "mode" and arg in MODES and len(words) == 2:
        return {"mode": arg}, f"Briefs in this channel are now {'automatic' if arg == 'auto' else 'on request'}."
    if what == "length" and arg in LENGTHS and len(words) == 2:
        return {"length": arg}, f"Summaries in this channel are now {arg}."
    if what == "skip" and arg in ("add", "remove") and len(words) == 3:
        domain = normalise_domain(words[2])
        if domain is None:
            return f"“{words[2][:200]}” doesn't look like a domain (e.g. `wiki.example.com`)."
        current = deps.channel_settings.get(channel, fresh=True).skipped_domains if deps.channel_settings else ()
        if arg == "add":
            return {"skipped_domains": (*current, domain)}, f"Links to {domain} won't be briefed automatically here."
        return {"skipped_domains": tuple(d for d in current if d != domain)}, f"Links to {domain} are briefed again."
    return "I didn't understand that. " + SETTINGS_HELP


def _announce_mode(deps: HandlerDeps, *, request_id: str, channel: str, user: str, before: str, after: str) -> None:
    if before != after:
        deps.queue.notify(request_id=request_id, channel=channel, note=render_mode_note(user=user, mode=after)["text"])


def register(app: App, deps: HandlerDeps) -> None:
    store = deps.channel_settings

    @app.command("/brief", matchers=[is_settings_command])
    def on_settings_command(ack: Ack, command: dict[str, Any], client: WebClient) -> None:
        words = _words(command)
        channel, user = command["channel_id"], command["user_id"]
        if store is None:
            ack(**_ephemeral("Channel settings are not available here."))
            return
        if [w.lower() for w in words] == ["settings", "show"]:
            ack(**_shown(store.get(channel, fresh=True)))
            return
        if not deps.may_change_settings(user):
            ack(**_ephemeral(REFUSAL))
            return
        if [w.lower() for w in words] == ["settings"]:
            ack()
            current = store.get(channel, fresh=True)
            view = render_settings_modal(
                channel=channel,
                mode=current.mode,
                length=current.length,
                skipped_domains=current.skipped_domains,
                callback_id=VIEW_CALLBACK_ID,
            )
            client.views_open(trigger_id=command["trigger_id"], view=view)
            return
        outcome = _change(deps, channel, words)
        if isinstance(outcome, str):
            ack(**_ephemeral(outcome))
            return
        changes, confirmation = outcome
        before, after = store.update(channel, **changes)
        ack(**_shown(after, note=confirmation))
        log.info("%s changed settings of %s: %s", user, channel, changes)
        _announce_mode(
            deps,
            request_id=command.get("trigger_id") or f"{channel}:{user}:{words}",
            channel=channel,
            user=user,
            before=before.mode,
            after=after.mode,
        )

    @app.view(VIEW_CALLBACK_ID)
    def on_settings_submitted(ack: Ack, body: dict[str, Any], view: dict[str, Any]) -> None:
        user = body["user"]["id"]
        channel = view.get("private_metadata") or ""
        if store is None or not channel or not deps.may_change_settings(user):
            ack(response_action="errors", errors={"mode": REFUSAL})
            return
        values = view["state"]["values"]
        mode = values["mode"]["value"]["selected_option"]["value"]
        length = values["length"]["value"]["selected_option"]["value"]
        domains, rejected = parse_domains(values.get("skip", {}).get("value", {}).get("value") or "")
        if rejected or mode not in MODES or length not in LENGTHS:
            bad = ", ".join(rejected[:5]) or "a value"
            ack(response_action="errors", errors={"skip": f"Not a domain: {bad[:140]}"})
            return
        ack()
        if not deps.dedup.claim(f"view:{view['id']}:{view.get('hash') or ''}"):
            return
        before, after = store.update(channel, mode=mode, length=length, skipped_domains=tuple(domains))
        log.info("%s saved settings of %s: %s", user, channel, after)
        summary = render_channel_settings(
            mode=after.mode, length=after.length, skipped_domains=after.skipped_domains, note="Saved."
        )
        request_id = f"view:{view['id']}"
        deps.queue.notify(request_id=request_id, channel=channel, user=user, ephemeral=summary["text"])
        _announce_mode(
            deps, request_id=request_id + ":note", channel=channel, user=user, before=before.mode, after=after.mode
        )
