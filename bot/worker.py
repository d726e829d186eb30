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

A worker outlives Redis.  Its Redis client waits out an outage
(``bot.redis_retry``: back-off, logged once per outage), so a restart of Redis
while the worker is idle or mid-job only pauses it: the job's progress record
and RQ's bookkeeping are written when Redis is back, and the job is not run
again.  A worker started before Redis is up waits for it.  Should RQ's work
loop end anyway (RQ quits on any error it did not expect), the worker is
rebuilt and goes on; only SIGTERM/SIGINT (or ``--burst``) end the process.
"""

from __future__ import annotations

import argparse
import logging
import os
import signal
import socket
import time
import uuid
from collections.abc import Callable
from types import FrameType

import redis
from rq import SimpleWorker
from rq.defaults import DEFAULT_LOGGING_DATE_FORMAT, DEFAULT_LOGGING_FORMAT, DEFAULT_WORKER_TTL
from rq.job import Job
from rq.scheduler import RQScheduler
from rq.serializers import JSONSerializer

from bot.config import Settings
from bot.errors import ConfigError
from bot.queue import make_queue
from bot.redis_health import report_durability
from bot.redis_retry import PatientRetry, patient_client, redis_label

__all__ = ["BriefWorker", "main"]

log = logging.getLogger("bot.worker")

#: Seconds after a job's timeout before its entry in the started registry counts as abandoned.
ABANDONED_GRACE_SECONDS = 15
DEFAULT_MAINTENANCE_INTERVAL = 30
#: Pause before rebuilding a worker whose loop ended, doubling while it keeps ending quickly, up to the cap.
RESTART_PAUSE_SECONDS = 1.0
MAX_RESTART_PAUSE_SECONDS = 30.0
#: A work loop that ran this long counts as healthy: the next restart starts from the shortest pause again.
HEALTHY_RUN_SECONDS = 60.0


class _Scheduler(RQScheduler):
    """RQ's scheduler (a forked child process) that ends with one log line instead of two tracebacks when Redis
    goes away; the worker's maintenance starts a new one once Redis is back."""

    def work(self) -> None:
        try:
            super().work()
        except redis.RedisError as exc:
            self.log.warning("scheduler %d: Redis is unreachable (%s); the worker will start another", os.getpid(), exc)


class BriefWorker(SimpleWorker):
    """A non-forking RQ worker whose running jobs count as abandoned soon after their timeout.

    ``patience`` is the retry policy of the worker's Redis client: a stop request tells it to stop waiting for
    Redis, so that SIGTERM during an outage ends the worker instead of leaving it waiting.
    """

    def __init__(self, *args: object, patience: PatientRetry | None = None, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)
        self.patience = patience

    def get_heartbeat_ttl(self, job: Job, working_time: float = 0.0) -> int:
        if job.timeout == -1:
            return DEFAULT_WORKER_TTL
        return int(job.timeout or DEFAULT_WORKER_TTL) + ABANDONED_GRACE_SECONDS

    def _start_scheduler(
        self,
        burst: bool = False,
        logging_level: str | None = "INFO",
        date_format: str = DEFAULT_LOGGING_DATE_FORMAT,
        log_format: str = DEFAULT_LOGGING_FORMAT,
    ) -> None:
        """RQ's own start-up of the scheduler, with ``_Scheduler`` in place of ``RQScheduler``."""
        self.scheduler = _Scheduler(
            self.queues,
            connection=self.connection,
            logging_level=logging_level if logging_level is not None else self.log.level,
            date_format=date_format,
            log_format=log_format,
            serializer=self.serializer,
        )
        self.scheduler.acquire_locks()
        if not self.scheduler.acquired_locks:
            return
        if not burst:
            self.scheduler.start()
            return
        try:
            self.scheduler.register_birth()
            self.scheduler.enqueue_scheduled_jobs()
        finally:
            self.scheduler.release_locks()
            self.scheduler.register_death()

    def request_stop(self, signum: int, frame: FrameType | None) -> None:
        if self.patience is not None:
            self.patience.stop()
        try:
            super().request_stop(signum, frame)
        except redis.RedisError as exc:  # noting the shutdown in Redis failed (it is down): finish the job, stop
            log.warning("stop requested while Redis is unreachable (%s); stopping after the current job", exc)
            self._stop_requested = True


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


def _settings_or_exit() -> Settings:
    try:
        settings = Settings.from_env()
        if not settings.slack.bot_token:
            raise ConfigError("SLACK_BOT_TOKEN is not set (it starts with xoxb-)")
        if not settings.slack.bot_token.startswith("xoxb-"):
            raise ConfigError("SLACK_BOT_TOKEN is malformed: a bot token starts with xoxb-")
    except ConfigError as exc:
        raise SystemExit(f"briefbot worker: configuration error: {exc}") from None
    return settings


def main(argv: list[str] | None = None) -> int:
    args = _parse_args(argv)
    settings = _settings_or_exit()
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

    patience = PatientRetry(label=redis_label(settings.cache.redis_url))
    connection = patient_client(settings.cache.redis_url, retry=patience)
    queue = make_queue(connection=connection, config=settings.queue)
    name = args.name or f"{socket.gethostname()}.{os.getpid()}.{uuid.uuid4().hex[:6]}"

    def new_worker() -> BriefWorker:
        return BriefWorker(
            [queue],
            connection=connection,
            serializer=JSONSerializer,
            name=name,
            maintenance_interval=args.maintenance_interval,
            # An idle worker blocks on the queue for worker_ttl - 15 s and only runs maintenance between blocks:
            # tie the two so that maintenance really runs every --maintenance-interval seconds.
            worker_ttl=args.maintenance_interval + 15,
            patience=patience,
        )

    return _work_until_stopped(
        new_worker, connection=connection, burst=args.burst, logging_level=settings.log_level, patience=patience
    )


def _work_until_stopped(
    new_worker: Callable[[], BriefWorker],
    *,
    connection: redis.Redis,
    burst: bool,
    logging_level: str,
    patience: PatientRetry,
) -> int:
    """Run RQ's work loop; when it ends without a stop request, rebuild the worker and run it again."""
    pause: float | None = None
    while True:
        connection.ping()  # waits (logged once) while Redis is down or still loading its data
        report_durability(connection, logger=log)
        worker = new_worker()
        started = time.monotonic()
        failure: Exception | None = None
        try:
            # The scheduler re-queues retries whose back-off has passed; one worker at a time runs it (Redis lock).
            worker.work(burst=burst, with_scheduler=True, logging_level=logging_level)
        except Exception as exc:  # RQ's start-up or teardown failed too (Redis unreachable, out of memory, ...)
            failure = exc
        if patience.stopped or (burst and failure is None):
            if failure is not None:
                log.info("worker %s stopped; RQ's teardown failed: %s", worker.name, failure)
            return 0
        pause = _next_pause(pause, ran_for=time.monotonic() - started)
        how = f"failed ({failure})" if failure is not None else "ended (see above)"
        log.warning("worker %s: RQ's work loop %s; restarting it in %.0f s", worker.name, how, pause)
        # Between two work loops, a stop signal simply ends the process: no job is running.
        signal.signal(signal.SIGTERM, signal.SIG_DFL)
        signal.signal(signal.SIGINT, signal.default_int_handler)
        time.sleep(pause)
        _retire(worker)


def _next_pause(previous: float | None, *, ran_for: float) -> float:
    """1 s after a work loop that ran a while; doubling (up to 30 s) while the loops keep ending quickly."""
    if previous is None or ran_for > HEALTHY_RUN_SECONDS:
        return RESTART_PAUSE_SECONDS
    return min(previous * 2, MAX_RESTART_PAUSE_SECONDS)


def _retire(worker: BriefWorker) -> None:
    """Deregister a worker whose loop ended (its teardown may have failed), so a new one can take its name
    (until this succeeds, the new one's start-up fails and is retried after the next pause)."""
    try:
        worker.register_death()  # waits for Redis, like every call on this connection
    except redis.RedisError as exc:
        log.warning("could not deregister worker %s: %s", worker.name, exc)
    try:
        worker.unsubscribe()
    except (redis.RedisError, OSError, RuntimeError) as exc:
        log.debug("could not unsubscribe worker %s: %s", worker.name, exc)


if __name__ == "__main__":
    raise SystemExit(main())
