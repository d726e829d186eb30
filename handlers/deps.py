"""What the listeners need, passed in by ``bot.app`` (no globals): the queue, de-duplication and limits."""

from __future__ import annotations

from dataclasses import dataclass

from bot.channel_settings import ChannelSettingsStore
from bot.feedback import FeedbackStore
from bot.queue import BriefQueue
from handlers.dedup import EventDedup

__all__ = ["HandlerDeps"]


@dataclass
class HandlerDeps:
    queue: BriefQueue
    dedup: EventDedup
    max_links: int = 3
    #: Per-channel settings (mode, length, skipped domains); None: every channel has the defaults.
    channel_settings: ChannelSettingsStore | None = None
    feedback: FeedbackStore | None = None
    #: Who may change channel settings; empty: everyone.
    settings_users: tuple[str, ...] = ()
    #: The reaction (name without colons) that asks for a brief.
    reaction: str = "newspaper"

    def may_change_settings(self, user: str) -> bool:
        return not self.settings_users or user in self.settings_users
