"""Link extraction from Slack message text."""

from __future__ import annotations

from handlers.links import extract_command_url, extract_links, is_article_candidate, mentions_user


def test_slack_link_forms_and_entities():
    text = (
        "look <https://news.example.com/a?x=1&amp;y=2|the story> and <https://blog.example.org/post> "
        "cc <@U123> in <#C1|general> <!here> <mailto:a@b.example|a@b.example>"
    )
    assert extract_links(text, limit=3) == ["https://news.example.com/a?x=1&y=2", "https://blog.example.org/post"]


def test_limit_duplicates_and_order():
    text = " ".join(f"<https://e{i}.example/p>" for i in range(5)) + " <https://e0.example/p>"
    assert extract_links(text, limit=3) == ["https://e0.example/p", "https://e1.example/p", "https://e2.example/p"]
    assert extract_links("<https://a.example/>, <https://a.example/>", limit=3) == ["https://a.example/"]


def test_skips_slack_links_and_files():
    text = (
        "<https://myteam.slack.com/archives/C1/p123> <https://files.slack.com/files-pri/T1/a.png> "
        "<https://cdn.example/pic.JPG> <https://cdn.example/clip.mp4?x=1> <https://docs.example/report.pdf> "
        "<https://example.com/2026/story.html> <ftp://example.com/x>"
    )
    assert extract_links(text, limit=10) == ["https://example.com/2026/story.html"]
    assert not is_article_candidate("https://slack.com/intl/en-gb/")
    assert is_article_candidate("https://notslack.com/story")


def test_command_url_forms():
    assert extract_command_url("<https://a.example/x?b=1&amp;c=2>") == "https://a.example/x?b=1&c=2"
    assert extract_command_url("https://a.example/x.") == "https://a.example/x"
    assert extract_command_url("please brief http://a.example/y") == "http://a.example/y"
    assert extract_command_url("help") is None
    assert extract_command_url("") is None


def test_mentions_user():
    assert mentions_user("hey <@UBOT> look", "UBOT")
    assert mentions_user("hey <@UBOT|briefbot>", "UBOT")
    assert not mentions_user("hey <@UOTHER>", "UBOT")
    assert not mentions_user("hey", None)
