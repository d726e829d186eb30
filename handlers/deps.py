"""What the listeners need, passed in by ``bot.app`` (no globals): the queue, de-duplication and limits."""

from __future__ import annotations

from dataclasses import dataclass

from bot.queue import BriefQueue
from handlers.dedup import EventDedup

__all__ = ["HandlerDeps"]


@dataclass
class HandlerDeps:
    queue: BriefQueue
    dedup: EventDedup
    max_links: int = 3
