"""The pipeline's version, in a module of its own so the web process can read it without loading any model code.

It is part of every cache key and of the feedback totals' key: bump it when a
change makes cached briefs stale.  ``bot.pipeline`` re-exports it.

2: briefs of non-English pages no longer carry quotes with invented speakers, and
say why (cached version-1 briefs of such pages would still show them).
"""

from __future__ import annotations

__all__ = ["PIPELINE_VERSION"]

PIPELINE_VERSION = "2"
