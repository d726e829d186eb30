"""Where the evaluation material lives (``../shared`` beside the clone) and how the scripts reach it.

The texts belong to their publishers, so they are never copied into the repo: each
benchmark reads them from here at run time and stops with a clear message when the
folder is missing (the tests never need it).
"""

from __future__ import annotations

import importlib
import sys
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
EVAL_DATA = SHARED / "eval-data"
BENCH = SHARED / "bench"


def require(*paths: Path, script: str) -> None:
    """Stop ``script`` with a message naming what is missing, unless every path exists."""
    missing = [str(p) for p in paths if not p.exists()]
    if missing:
        raise SystemExit(
            f"{script} needs the shared evaluation folder beside the repo ({SHARED}); not found: "
            f"{', '.join(missing)}. It is not part of the repo, and the tests do not need it."
        )


def reference_scorer(name: str, *, data: Path, script: str) -> ModuleType:
    """Import the reference scorer ``name`` from ``../shared/bench`` (after checking ``data`` is there too)."""
    require(data, BENCH / f"{name}.py", script=script)
    if str(BENCH) not in sys.path:
        sys.path.insert(0, str(BENCH))
    return importlib.import_module(name)
