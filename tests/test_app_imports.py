"""The web process must stay light: building the Slack app never imports the models or the pipeline."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path

from tests.support.fake_slack import FakeSlack

ROOT = Path(__file__).resolve().parents[1]
HEAVY = ("torch", "transformers", "spacy", "bot.pipeline", "bot.summarise", "bot.nlp", "bot.jobs")


def test_building_the_web_app_imports_no_models():
    fake = FakeSlack().start()
    try:
        code = textwrap.dedent(
            f"""
            import json, os, sys
            os.environ.update(SLACK_BOT_TOKEN="xoxb-test", SLACK_SIGNING_SECRET="secret",
                              SLACK_API_URL={fake.api_url!r})
            import bot.app, bot.queue, handlers.render, handlers.messages, handlers.commands, handlers.mentions
            wsgi = bot.app.create_wsgi_app()
            print(json.dumps(sorted(m for m in sys.modules if m.split(".")[0] in ("torch", "transformers", "spacy")
                                    or m in {list(HEAVY)!r})))
            """
        )
        result = subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=False, cwd=ROOT
        )
        assert result.returncode == 0, result.stderr
        loaded = json.loads(result.stdout.strip().splitlines()[-1])
        assert loaded == []
        # The app really was built against the (fake) Slack: Bolt verified the token with auth.test.
        assert fake.calls_of("auth.test")
    finally:
        fake.stop()


def test_missing_setting_stops_start_up_naming_it():
    code = "import bot.app; bot.app.create_wsgi_app()"
    env = {"PATH": "/usr/bin:/bin", "SLACK_SIGNING_SECRET": "secret"}
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, env=env, check=False, cwd=ROOT
    )
    assert result.returncode != 0
    assert "SLACK_BOT_TOKEN" in result.stderr
    env = {"PATH": "/usr/bin:/bin", "SLACK_BOT_TOKEN": "xoxb-1", "SLACK_SIGNING_SECRET": "s", "PORT": "http"}
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, env=env, check=False, cwd=ROOT
    )
    assert result.returncode != 0 and "PORT" in result.stderr


def test_worker_refuses_to_start_without_a_bot_token():
    env = {"PATH": "/usr/bin:/bin", "SLACK_SIGNING_SECRET": "secret"}
    result = subprocess.run(
        [sys.executable, "-m", "bot.worker"], capture_output=True, text=True, timeout=60, env=env, check=False, cwd=ROOT
    )
    assert result.returncode != 0 and "SLACK_BOT_TOKEN" in result.stderr
