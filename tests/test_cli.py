"""The briefbot command, run as a user runs it (a subprocess), on files and on loopback URLs."""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys
from pathlib import Path

import pytest

from tests.support.http_server import html_route

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "samples" / "harbour-tunnel.html"


def run_cli(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    environ = {**os.environ, **(env or {})}
    return subprocess.run(
        [sys.executable, "-m", "bot.cli", *args], cwd=ROOT, env=environ, capture_output=True, text=True, timeout=180
    )


def test_html_file_as_json():
    result = run_cli("brief", str(SAMPLE), "--json")
    assert result.returncode == 0, result.stderr
    brief = json.loads(result.stdout)
    assert brief["title"] == "Harbour tunnel plan approved despite flooding fears"
    assert 3 <= len(brief["summary"]) <= 5
    assert any(q["speaker"] == "Helen Okafor" for q in brief["quotes"])


def test_text_file_readable_output(tmp_path):
    story = tmp_path / "story.txt"
    story.write_text(
        "Ferry service to resume\n"
        "The island ferry will run again from Friday after a month of repairs to its engines.\n\n"
        "\"We are grateful for the islanders' patience,\" said Ana Ferreira, the operator's managing director. "
        '"The boat is safer now than on the day it was launched."\n\n'
        "The first crossing leaves at seven in the morning. Tickets bought for cancelled sailings will be honoured.\n",
        encoding="utf-8",
    )
    result = run_cli("brief", str(story))
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert out.splitlines()[0] == "Ferry service to resume"
    assert "Summary" in out and "The island ferry will run again from Friday" in out
    assert "Ana Ferreira" in out


def test_missing_file_is_a_one_line_error():
    result = run_cli("brief", "no-such-file.html")
    assert result.returncode == 1
    assert result.stdout == ""
    assert len(result.stderr.strip().splitlines()) == 1
    assert "briefbot:" in result.stderr


@pytest.mark.parametrize("kind", ["random bytes", "ELF program"])
def test_binary_data_saved_as_txt_is_refused_in_one_line(tmp_path, kind):
    path = tmp_path / "story.txt"
    path.write_bytes(
        random.Random(7).randbytes(200_000) if kind == "random bytes" else Path(sys.executable).read_bytes()
    )
    result = run_cli("brief", str(path))
    assert result.returncode == 1, result.stdout[:500]
    assert result.stdout == ""
    assert len(result.stderr.strip().splitlines()) == 1
    assert "binary" in result.stderr


def test_latin1_text_file_is_text_not_binary(tmp_path):
    """Not UTF-8 is not binary: a Latin-1 file is decoded (in-process: no need to load the models for this)."""
    from bot.cli import _read_text_file

    story = tmp_path / "story.txt"
    paragraph = "Le conseil a voté à l'unanimité après un débat très animé sur le ferry de l'île. "
    story.write_bytes(("Le ferry reprend\n" + "\n\n".join([paragraph * 3] * 4)).encode("latin-1"))
    text = _read_text_file(story)
    assert text.startswith("Le ferry reprend\n") and "débat très animé" in text and "\ufffd" not in text


def test_malformed_redis_url_is_one_line_naming_the_variable(web_server):
    result = run_cli("brief", web_server.url("/story"), env={"REDIS_URL": "notaurl"})
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert "REDIS_URL is malformed" in result.stderr


@pytest.fixture
def cache_env(redis_url: str, key_prefix: str) -> dict[str, str]:
    """URL briefs are cached: keep the CLI's cache entries under this test's own prefix."""
    return {"REDIS_URL": redis_url, "BRIEF_CACHE_PREFIX": key_prefix}


def test_loopback_url_refused_without_private_hosts_switch(web_server, cache_env):
    web_server.routes["/story"] = html_route(SAMPLE.read_text(encoding="utf-8"))
    result = run_cli("brief", web_server.url("/story"), env={**cache_env, "BRIEF_ALLOW_PRIVATE_HOSTS": "0"})
    assert result.returncode == 1
    assert "private or internal address" in result.stderr
    assert web_server.hits["/story"] == 0


def test_loopback_url_with_private_hosts_allowed(web_server, cache_env):
    web_server.routes["/story"] = html_route(SAMPLE.read_text(encoding="utf-8"))
    result = run_cli("brief", web_server.url("/story"), "--json", env={**cache_env, "BRIEF_ALLOW_PRIVATE_HOSTS": "1"})
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["site"] == "The Eastport Courier"
    assert web_server.hits["/story"] == 1


def test_pdf_link_is_a_clear_error(web_server, cache_env):
    web_server.routes["/report.pdf"] = html_route("%PDF-1.7 ...", content_type="application/pdf")
    result = run_cli("brief", web_server.url("/report.pdf"), env={**cache_env, "BRIEF_ALLOW_PRIVATE_HOSTS": "1"})
    assert result.returncode == 1
    assert "PDF" in result.stderr


def test_no_cache_fetches_again_after_a_retryable_failure(web_server, cache_env):
    """A refused connection is cached for at most a minute; ``--no-cache`` ignores even that."""
    env = {**cache_env, "BRIEF_ALLOW_PRIVATE_HOSTS": "1"}

    def hang_up(handler) -> None:  # no answer: the connection just closes, as a crashing site's would
        handler.close_connection = True

    web_server.routes["/flaky"] = hang_up
    first = run_cli("brief", web_server.url("/flaky"), env=env)
    assert first.returncode == 1
    web_server.routes["/flaky"] = html_route(SAMPLE.read_text(encoding="utf-8"))  # the site is back
    cached = run_cli("brief", web_server.url("/flaky"), env=env)
    assert cached.returncode == 1 and web_server.hits["/flaky"] == 1  # the failure is still cached (briefly)
    fresh = run_cli("brief", web_server.url("/flaky"), "--no-cache", "--json", env=env)
    assert fresh.returncode == 0, fresh.stderr
    assert json.loads(fresh.stdout)["site"] == "The Eastport Courier"
    assert web_server.hits["/flaky"] == 2
