"""The ``briefbot`` command line: brief a URL, a saved HTML page or a text file in the terminal.

    briefbot brief https://example.com/story      # fetched (and cached in Redis when one answers)
    briefbot brief page.html                       # a saved page
    briefbot brief story.txt --json                # plain text, title on the first line; JSON output
    briefbot brief https://example.com/story --no-cache   # fetch again: neither read nor write the cache
    briefbot stats                                 # the operator metrics (same as GET /metrics), as a table
    briefbot stats --prometheus                    # ... in Prometheus' text format

Exit status: 0 on success, 1 when the link or file cannot be briefed (with a
one-line reason on stderr), 2 on usage or configuration errors.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
import textwrap
from collections.abc import Sequence
from pathlib import Path

from bot.brief import Brief, quotes_failed_note, truncation_note
from bot.config import Settings
from bot.errors import BriefError, ConfigError, InvalidURL, NotAnArticle
from bot.language import QUOTES_UNAVAILABLE_NOTE, quotes_supported
from bot.textcheck import looks_binary

__all__ = ["format_brief", "main"]

EXIT_OK = 0
EXIT_BRIEF_FAILED = 1
EXIT_USAGE = 2


def main(argv: Sequence[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    logging.basicConfig(
        level=logging.DEBUG if args.verbose else logging.WARNING,
        format="%(levelname)s %(name)s: %(message)s",
        stream=sys.stderr,
    )
    logging.getLogger("httpx").setLevel(logging.WARNING)
    if args.command == "stats":
        return _stats(prometheus=args.prometheus)
    if args.command != "brief":
        parser.print_help()
        return EXIT_USAGE
    try:
        settings = Settings.from_env()
        brief = _brief(args.target, settings=settings, use_cache=not args.no_cache)
    except ConfigError as exc:
        print(f"briefbot: configuration error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except BriefError as exc:
        print(f"briefbot: {exc.user_message} ({exc})", file=sys.stderr)
        return EXIT_BRIEF_FAILED
    except OSError as exc:
        print(f"briefbot: cannot read {args.target}: {exc.strerror or exc}", file=sys.stderr)
        return EXIT_BRIEF_FAILED
    if args.json:
        print(json.dumps(brief.to_dict(), ensure_ascii=False, indent=2))
    else:
        print(format_brief(brief))
    return EXIT_OK


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="briefbot", description="Brief news articles: summary, quotes, speakers.")
    parser.add_argument("-v", "--verbose", action="store_true", help="log what each stage does")
    commands = parser.add_subparsers(dest="command")
    brief = commands.add_parser("brief", help="brief a URL, an .html file or a .txt file")
    brief.add_argument("target", help="http(s) URL, path to a saved .html page, or a .txt file (title on line 1)")
    brief.add_argument("--json", action="store_true", help="print the brief as JSON (Brief.to_dict())")
    brief.add_argument(
        "--no-cache", action="store_true", help="brief the URL afresh: don't read or write the Redis cache"
    )
    stats = commands.add_parser("stats", help="print the operator metrics kept in Redis (as GET /metrics serves)")
    stats.add_argument("--prometheus", action="store_true", help="print them in Prometheus' text format")
    return parser


def _stats(*, prometheus: bool) -> int:
    from bot.metrics import exposition, make_registry
    from bot.stats import format_stats

    try:
        settings = Settings.from_env()
    except ConfigError as exc:
        print(f"briefbot: configuration error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    registry = make_registry(settings)
    if prometheus:
        print(exposition(registry), end="")
        return EXIT_OK
    families = list(registry.collect())
    print(format_stats(families))
    redis_up = next((f for f in families if f.name == "briefbot_metrics_redis_up"), None)
    if redis_up is None or not redis_up.samples or redis_up.samples[0].value != 1:
        print(f"briefbot: cannot read the metrics from Redis at {settings.cache.redis_url}", file=sys.stderr)
        return EXIT_BRIEF_FAILED
    return EXIT_OK


def _brief(target: str, *, settings: Settings, use_cache: bool = True) -> Brief:
    from bot.pipeline import build_pipeline

    if target.lower().startswith(("http://", "https://")):
        return build_pipeline(settings, use_cache=use_cache).brief_url(target)
    path = Path(target)
    pipeline = build_pipeline(settings, use_cache=False)
    if path.suffix.lower() in (".html", ".htm", ".xhtml"):
        return pipeline.brief_html(_read_text_file(path), url=None)
    if path.suffix.lower() == ".txt":
        title, _, body = _read_text_file(path).lstrip().partition("\n")
        return pipeline.brief_text(body, title=title.strip() or None)
    if "://" in target or not path.exists():
        raise InvalidURL(f"not an http(s) URL or an existing .html/.txt file: {target!r}")
    raise InvalidURL(
        f"unsupported file type {path.suffix!r}: use .html or .txt", user_message="Use a .html or .txt file."
    )


def _read_text_file(path: Path) -> str:
    """A local file as text (UTF-8, or the encoding a browser would guess); binary data is refused."""
    from bot.fetch import decode_html

    text, _encoding = decode_html(path.read_bytes())
    if looks_binary(text):
        raise NotAnArticle(
            f"{path} is binary data, not text",
            content_type="application/octet-stream",
            user_message="That file is binary data (a program, an image or compressed data), not text I can brief.",
        )
    return text


def format_brief(brief: Brief, *, width: int = 100) -> str:
    """A readable plain-text rendering for the terminal."""
    lines: list[str] = [brief.title or "(untitled)"]
    meta = [
        brief.site,
        ", ".join(brief.authors) or None,
        brief.published,
        f"{brief.reading_minutes} min read",
    ]
    lines.append(" · ".join(m for m in meta if m))
    if brief.url:
        lines.append(brief.url)
    lines.extend(note for note in (truncation_note(brief), quotes_failed_note(brief)) if note)
    lines.append("")
    lines.append("Summary")
    for sentence in brief.summary:
        lines.append(textwrap.fill(sentence, width=width, initial_indent="  • ", subsequent_indent="    "))
    if brief.key_quotes:
        lines.append("")
        lines.append("Key quotes")
        for quote in brief.key_quotes:
            lines.append(textwrap.fill(f"“{quote.text}”", width=width, initial_indent="  ", subsequent_indent="   "))
            lines.append(f"    — {_who(quote.speaker, quote.role)}")
    if brief.speakers:
        lines.append("")
        lines.append("Who is quoted")
        for speaker in brief.speakers:
            plural = "quote" if speaker.quotes == 1 else "quotes"
            lines.append(f"  {_who(speaker.name, speaker.role)} ({speaker.quotes} {plural})")
    if not quotes_supported(brief.language):
        lines.append("")
        lines.append(QUOTES_UNAVAILABLE_NOTE)
    return "\n".join(lines)


def _who(name: str | None, role: str | None) -> str:
    if not name:
        return "unattributed"
    return f"{name}, {role}" if role else name


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
