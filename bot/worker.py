"""The worker process: load the models once, then take brief jobs from the RQ queue until stopped.

Run it with ``python -m bot.worker`` (the Procfile's ``worker`` line); start as
many as you like, on as many machines as share the Redis.

Why ``SimpleWorker`` (jobs run in this process) rather than RQ's default
forking ``Worker`` (a fresh child per job): the models are loaded here, once,
and every job reuses them warm.  Forking after torch has run a parallel region
is not safe with GNU OpenMP (the child can hang), and a child per job would
slowly copy the model pages it touches.  The job timeout still holds: RQ
interrupts a running job with ``SIGALRM`` in the main thread.

A worker that dies mid-job (killed, OOM, machine lost) leaves its job in the
queue's ``StartedJobRegistry`` with an expiry; RQ's maintenance (run by every
worker every ``--maintenance-interval`` seconds) re-queues an expired job that
has retries left (an idle worker wakes from waiting on the queue every
maintenance interval to do so).  ``BriefWorker`` makes that expiry the job timeout plus a
short grace instead of RQ's fixed extra minute: a job cannot still be running
after its timeout, because the timeout interrupts it in this very process.
"""

from __future__ import annotations

import argparse
import logging
import os
import socket
import uuid

import redis
from rq import SimpleWorker
from rq.defaults import DEFAULT_WORKER_TTL
from rq.job import Job
from rq.serializers import JSONSerializer

from bot.config import Settings
from bot.errors import ConfigError
from bot.queue import make_queue

__all__ = ["BriefWorker", "main"]

log = logging.getLogger("bot.worker")

#: Seconds after a job's timeout before its entry in the started registry counts as abandoned.
ABANDONED_GRACE_SECONDS = 15
DEFAULT_MAINTENANCE_INTERVAL = 30


class BriefWorker(SimpleWorker):
    """A non-forking RQ worker whose running jobs count as abandoned soon after their timeout."""

    def get_heartbeat_ttl(self, job: Job, working_time: float = 0.0) -> int:
        if job.timeout == -1:
            return DEFAULT_WORKER_TTL
        return int(job.timeout or DEFAULT_WORKER_TTL) + ABANDONED_GRACE_SECONDS


def _parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m bot.worker", description=__doc__.split("\n\n")[0])
    parser.add_argument("--name", default=None, help="worker name (default: host.pid.random)")
    parser.add_argument(
        "--maintenance-interval",
        type=int,
        default=DEFAULT_MAINTENANCE_INTERVAL,
        help="seconds between registry clean-ups, which re-queue jobs of dead workers (default: %(default)s)",
    )
    parser.add_argument(
        "--nice",
        type=int,
        default=0,
        help="lower this worker's CPU priority by N (0-19) when it shares a machine with the web process, "
        "so Slack's requests are acknowledged promptly while briefs are being made (default: %(default)s)",
    )
    parser.add_argument("--burst", action="store_true", help="exit when the queue is empty (for scripts)")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = _parse_args(argv)
    try:
        settings = Settings.from_env()
        if not settings.slack.bot_token:
            raise ConfigError("SLACK_BOT_TOKEN is not set (it starts with xoxb-)")
        if not settings.slack.bot_token.startswith("xoxb-"):
            raise ConfigError("SLACK_BOT_TOKEN is malformed: a bot token starts with xoxb-")
    except ConfigError as exc:
        raise SystemExit(f"briefbot worker: configuration error: {exc}") from None
    if args.nice > 0:
        os.nice(min(args.nice, 19))
    logging.basicConfig(
        level=getattr(logging, settings.log_level, logging.INFO),
        format="%(asctime)s %(levelname)s %(process)d %(name)s: %(message)s",
    )
    # Heavy imports and model loading happen here, once, before the first job is taken.
    from bot import jobs

    jobs.init_runtime(settings, warm_up=True)
    log.info("models loaded; taking jobs from queue %r", settings.queue.name)

    connection = redis.Redis.from_url(settings.cache.redis_url)
    queue = make_queue(connection=connection, config=settings.queue)
    name = args.name or f"{socket.gethostname()}.{os.getpid()}.{uuid.uuid4().hex[:6]}"
    worker = BriefWorker(
        [queue],
        connection=connection,
        serializer=JSONSerializer,
        name=name,
        maintenance_interval=args.maintenance_interval,
        # An idle worker blocks on the queue for worker_ttl - 15 s and only runs maintenance between blocks:
        # tie the two so that maintenance really runs every --maintenance-interval seconds.
        worker_ttl=args.maintenance_interval + 15,
    )
    # The scheduler re-queues retries whose back-off has passed; one worker at a time runs it (Redis lock).
    worker.work(burst=args.burst, with_scheduler=True, logging_level=settings.log_level)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
