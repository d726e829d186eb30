"""Every other event gets a 200: Bolt answers 404 to an unhandled request, and Slack retries those.

Register this last: Bolt runs the first listener that matches a request.
"""

from __future__ import annotations

import re

from slack_bolt import Ack, App

__all__ = ["register"]

ANY_EVENT = re.compile(r".*")


def register(app: App, deps: object = None) -> None:
    @app.event(ANY_EVENT)
    def on_any_event(ack: Ack) -> None:
        ack()
