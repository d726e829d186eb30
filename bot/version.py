"""The pipeline's version, in a module of its own so the web process can read it without loading any model code.

It is part of every cache key and of the feedback totals' key: bump it when a
change makes cached briefs stale.  ``bot.pipeline`` re-exports it.
"""

from __future__ import annotations

__all__ = ["PIPELINE_VERSION"]

PIPELINE_VERSION = "1"
