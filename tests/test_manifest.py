"""The Slack app manifests and the Procfile agree with the code: same scopes, events and entry points."""

from __future__ import annotations

import importlib
import re
from pathlib import Path

import yaml

from handlers.private import SHORTCUT_CALLBACK_ID

ROOT = Path(__file__).resolve().parents[1]
SCOPES = {
    "app_mentions:read",
    "channels:history",
    "groups:history",
    "chat:write",
    "commands",
    "reactions:read",
    "reactions:write",
}
EVENTS = {"app_mention", "message.channels", "message.groups", "reaction_added"}


def _load(name: str) -> dict:
    return yaml.safe_load((ROOT / "slack" / name).read_text())


def test_manifests_request_exactly_the_scopes_and_events_used():
    for name, socket_mode in (("manifest.yml", False), ("manifest-socket-mode.yml", True)):
        manifest = _load(name)
        assert set(manifest["oauth_config"]["scopes"]["bot"]) == SCOPES
        assert set(manifest["settings"]["event_subscriptions"]["bot_events"]) == EVENTS
        assert manifest["settings"]["socket_mode_enabled"] is socket_mode
        (command,) = manifest["features"]["slash_commands"]
        assert command["command"] == "/brief"
        # Buttons, the settings modal and the shortcut: interactivity on, to the same URL as events.
        interactivity = manifest["settings"]["interactivity"]
        assert interactivity["is_enabled"] is True
        (shortcut,) = manifest["features"]["shortcuts"]
        assert shortcut["type"] == "message" and shortcut["callback_id"] == SHORTCUT_CALLBACK_ID
        if not socket_mode:
            assert command["url"].endswith("/slack/events")
            assert manifest["settings"]["event_subscriptions"]["request_url"].endswith("/slack/events")
            assert interactivity["request_url"] == command["url"]


def test_procfile_entry_points_exist():
    lines = dict(
        line.split(":", 1) for line in (ROOT / "Procfile").read_text().splitlines() if line and not line.startswith("#")
    )
    assert set(lines) == {"web", "worker"}
    module, factory = re.search(r"'([\w.]+):(\w+)\(\)'", lines["web"]).groups()
    assert callable(getattr(importlib.import_module(module), factory))
    assert "gunicorn" in lines["web"] and "$PORT" in lines["web"].replace("${PORT", "$PORT")
    assert "python -m bot.worker" in lines["worker"]
    assert importlib.util.find_spec("bot.worker") is not None
