"""Operator metrics: counters and histograms kept in Redis, exposed in Prometheus' text format.

Why Redis: briefbot runs as several gunicorn processes plus any number of
workers on any number of machines.  Each of them adds to the same Redis hashes
with atomic ``HINCRBY``/``HINCRBYFLOAT`` (one pipelined round trip per
recording), so a scrape of ``/metrics`` on any web process sees the totals of
the whole deployment: no per-process port to scrape, no pushgateway, no
``PROMETHEUS_MULTIPROC_DIR`` (which could not see workers on other machines).
``RedisMetricsCollector`` reads the hashes at scrape time and yields proper
metric families; queue depth and feedback totals are read live from RQ's and
the feedback keys in the same scrape.

Recording never raises into the caller: metrics are not worth a lost brief, so
a Redis failure is logged at debug level and ignored (and Redis is skipped for
a few seconds rather than waited on for every recording).

This module is imported by the web process: it must not import model code.
"""

from __future__ import annotations

import json
import logging
import math
import re
import time
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any

import redis
from prometheus_client import CollectorRegistry, generate_latest
from prometheus_client.core import CounterMetricFamily, GaugeMetricFamily, HistogramMetricFamily, Metric
from redis.backoff import NoBackoff
from redis.retry import Retry
from rq import Queue, Worker

from bot.config import CacheConfig, Settings
from bot.feedback import totals_key
from bot.version import PIPELINE_VERSION

__all__ = [
    "BRIEFS",
    "CACHE_LOOKUPS",
    "SLACK_REQUESTS",
    "SPECS",
    "STAGE_SECONDS",
    "MetricSpec",
    "MetricsRecorder",
    "RedisMetricsCollector",
    "exposition",
    "make_registry",
    "request_kind",
    "slack_request_counter",
]

log = logging.getLogger(__name__)

#: After Redis fails, skip recording for this long rather than paying a timeout on every recording.
REDIS_RETRY_AFTER_SECONDS = 15.0
#: Upper bounds (seconds) of the stage-latency buckets: a loopback fetch takes milliseconds, a slow site 30 s.
STAGE_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0, 60.0)
#: Label values come from code (stages, outcomes, error codes) or from Slack (request kinds): keep them tame.
_LABEL_VALUE = re.compile(r"[^A-Za-z0-9_:/.\-]")
_MAX_LABEL_CHARS = 64


@dataclass(frozen=True, kw_only=True)
class MetricSpec:
    """One metric recorded into Redis: its Prometheus name (counters without ``_total``), kind and labels."""

    name: str
    kind: str  # "counter" or "histogram"
    help: str
    labels: tuple[str, ...]
    buckets: tuple[float, ...] = ()


BRIEFS = MetricSpec(
    name="briefbot_briefs",
    kind="counter",
    help="Brief attempts made by workers, by outcome (ok, cached, error, retry) and reason (the error code; "
    "'crash' for an unexpected exception; 'quotes_failed' for a brief sent without quotes because the quote "
    "stage crashed; empty when it worked).",
    labels=("outcome", "reason"),
)
STAGE_SECONDS = MetricSpec(
    name="briefbot_stage_seconds",
    kind="histogram",
    help="Seconds spent in each pipeline stage of an uncached brief (fetch, extract, parse, summarise, quotes) "
    "and on the whole brief (whole).",
    labels=("stage",),
    buckets=STAGE_BUCKETS,
)
CACHE_LOOKUPS = MetricSpec(
    name="briefbot_cache_lookups",
    kind="counter",
    help="Brief cache lookups by workers, by result (hit: served from Redis; miss: briefed anew).",
    labels=("result",),
)
SLACK_REQUESTS = MetricSpec(
    name="briefbot_slack_requests",
    kind="counter",
    help="Verified requests from Slack received by the web process, by kind "
    "(event:<type>, command:<name>, or the interaction type).",
    labels=("kind",),
)
SPECS = (BRIEFS, STAGE_SECONDS, CACHE_LOOKUPS, SLACK_REQUESTS)


def _clean_label(value: object) -> str:
    return _LABEL_VALUE.sub("_", str(value if value is not None else ""))[:_MAX_LABEL_CHARS]


def _labels_field(spec: MetricSpec, labels: Mapping[str, object]) -> str:
    """The hash field that identifies one label set: a JSON list of the values in the spec's label order."""
    return json.dumps([_clean_label(labels.get(name, "")) for name in spec.labels], separators=(",", ":"))


class MetricsRecorder:
    """Adds to the metrics in Redis; shared by every process of a deployment (one Redis, one key prefix)."""

    def __init__(self, *, client: redis.Redis, key_prefix: str) -> None:
        self._client = client
        self._key_prefix = key_prefix
        self._unavailable_until = 0.0

    @classmethod
    def from_config(cls, config: CacheConfig) -> MetricsRecorder:
        # Short timeouts: a metric must never hold up an acknowledgement or a brief for long.
        client = redis.Redis.from_url(
            config.redis_url, socket_connect_timeout=0.5, socket_timeout=0.5, retry=Retry(NoBackoff(), 0)
        )
        return cls(client=client, key_prefix=config.key_prefix)

    def key(self, spec: MetricSpec) -> str:
        return metric_key(self._key_prefix, spec)

    # ------------------------------------------------------------------ what the processes record

    def brief(self, *, outcome: str, reason: str = "") -> None:
        """A worker made (or failed) a brief attempt."""
        self.inc(BRIEFS, {"outcome": outcome, "reason": reason})

    def stage(self, stage: str, seconds: float) -> None:
        """A pipeline stage took ``seconds`` (signature of ``bot.pipeline.StageObserver``)."""
        self.observe(STAGE_SECONDS, seconds, {"stage": stage})

    def cache_lookup(self, hit: bool) -> None:
        self.inc(CACHE_LOOKUPS, {"result": "hit" if hit else "miss"})

    def slack_request(self, kind: str) -> None:
        self.inc(SLACK_REQUESTS, {"kind": kind})

    # ------------------------------------------------------------------ primitives

    def inc(self, spec: MetricSpec, labels: Mapping[str, object], amount: int = 1) -> None:
        self._write(lambda pipe: pipe.hincrby(self.key(spec), _labels_field(spec, labels), amount))

    def observe(self, spec: MetricSpec, value: float, labels: Mapping[str, object]) -> None:
        """One histogram observation: its bucket (not cumulative; the reader adds them up), count and sum."""
        field = _labels_field(spec, labels)
        key = self.key(spec)
        bucket = next((i for i, bound in enumerate(spec.buckets) if value <= bound), None)

        def write(pipe: redis.client.Pipeline) -> None:
            if bucket is not None:
                pipe.hincrby(key, f"{field}|b{bucket}", 1)
            pipe.hincrby(key, f"{field}|count", 1)
            pipe.hincrbyfloat(key, f"{field}|sum", float(value))

        self._write(write)

    def _write(self, commands: Callable[[redis.client.Pipeline], Any]) -> None:
        if time.monotonic() < self._unavailable_until:
            return
        try:
            with self._client.pipeline(transaction=False) as pipe:
                commands(pipe)
                pipe.execute()
        except Exception as exc:  # never let a metric break a brief or an acknowledgement
            log.debug("metrics not recorded (%s); skipping Redis for %.0fs", exc, REDIS_RETRY_AFTER_SECONDS)
            self._unavailable_until = time.monotonic() + REDIS_RETRY_AFTER_SECONDS


def metric_key(key_prefix: str, spec: MetricSpec) -> str:
    return f"{key_prefix}metrics:{spec.name}"


# ---------------------------------------------------------------------------- Slack requests (web process)


def request_kind(body: Mapping[str, Any]) -> str:
    """What a Slack request is, for counting: ``event:message``, ``command:/brief``, ``block_actions``…"""
    if body.get("command"):
        return f"command:{body['command']}"
    kind = str(body.get("type") or "unknown")
    if kind == "event_callback":
        event = body.get("event") or {}
        return f"event:{event.get('type') or 'unknown'}"
    return kind


def slack_request_counter(recorder: MetricsRecorder) -> Callable[..., Any]:
    """A Bolt global middleware that counts every verified request by kind, then lets it through."""

    # Bolt passes arguments by name: ``next`` must be called ``next``.
    def count_slack_request(body: dict[str, Any], next: Callable[[], Any]) -> Any:
        recorder.slack_request(request_kind(body or {}))
        return next()

    return count_slack_request


# ---------------------------------------------------------------------------- reading (scrapes and the CLI)


class RedisMetricsCollector:
    """A prometheus_client collector that reads the deployment's metrics from Redis on every scrape."""

    def __init__(self, *, client: redis.Redis, key_prefix: str, queue_name: str, pipeline_version: str) -> None:
        self._client = client
        self._key_prefix = key_prefix
        self._queue_name = queue_name
        self._pipeline_version = pipeline_version

    def describe(self) -> list[Metric]:
        return []  # names are only known after reading Redis; registering must not touch it

    def collect(self) -> Iterator[Metric]:
        try:
            with self._client.pipeline(transaction=False) as pipe:
                for spec in SPECS:
                    pipe.hgetall(metric_key(self._key_prefix, spec))
                pipe.hgetall(totals_key(self._key_prefix, self._pipeline_version))
                *recorded, feedback = pipe.execute()
            queue = self._queue_depth()
        except redis.RedisError as exc:
            log.warning("metrics scrape could not read Redis: %s", exc)
            yield _redis_up(False)
            return
        yield _redis_up(True)
        by_spec = {spec.name: _decoded(raw) for spec, raw in zip(SPECS, recorded, strict=True)}
        for spec in SPECS:
            if spec.kind == "histogram":
                yield _histogram(spec, by_spec[spec.name])
            else:
                yield _counter(spec, by_spec[spec.name])
        yield _cache_hit_ratio(by_spec[CACHE_LOOKUPS.name])
        yield from queue
        yield _feedback(_decoded(feedback), self._pipeline_version)

    def _queue_depth(self) -> list[Metric]:
        """Read-only: RQ's registry clean-up (which may fail or retry jobs) is the workers' business."""
        queue = Queue(self._queue_name, connection=self._client)
        jobs = GaugeMetricFamily(
            "briefbot_queue_jobs",
            "Brief jobs in the RQ queue by state: queued (waiting), started (running now), "
            "scheduled (waiting to be retried), failed (gave up; kept a week for inspection).",
            labels=["queue", "state"],
        )
        jobs.add_metric([self._queue_name, "queued"], queue.count)
        jobs.add_metric([self._queue_name, "started"], queue.started_job_registry.get_job_count(cleanup=False))
        jobs.add_metric([self._queue_name, "scheduled"], queue.scheduled_job_registry.get_job_count(cleanup=False))
        jobs.add_metric([self._queue_name, "failed"], queue.failed_job_registry.get_job_count(cleanup=False))
        workers = GaugeMetricFamily("briefbot_workers", "RQ workers registered on the brief queue.", labels=["queue"])
        workers.add_metric([self._queue_name], Worker.count(queue=queue))
        return [jobs, workers]


def _decoded(raw: Mapping[bytes | str, bytes | str]) -> dict[str, str]:
    def text(value: bytes | str) -> str:
        return value.decode() if isinstance(value, bytes) else value

    return {text(k): text(v) for k, v in (raw or {}).items()}


def _label_values(field: str, spec: MetricSpec) -> list[str] | None:
    try:
        values = json.loads(field)
    except ValueError:
        return None
    if not isinstance(values, list) or len(values) != len(spec.labels):
        return None  # written by another version of the code with other labels: skip rather than mislabel
    return [str(v) for v in values]


def _number(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        return 0.0
    return value if math.isfinite(value) else 0.0


def _counter(spec: MetricSpec, fields: Mapping[str, str]) -> Metric:
    family = CounterMetricFamily(spec.name, spec.help, labels=list(spec.labels))
    for field, value in sorted(fields.items()):
        labels = _label_values(field, spec)
        if labels is not None:
            family.add_metric(labels, _number(value))
    return family


def _histogram(spec: MetricSpec, fields: Mapping[str, str]) -> Metric:
    family = HistogramMetricFamily(spec.name, spec.help, labels=list(spec.labels))
    series: dict[str, dict[str, float]] = {}
    for field, value in fields.items():
        labels_field, _, part = field.rpartition("|")
        series.setdefault(labels_field, {})[part] = _number(value)
    for labels_field, parts in sorted(series.items()):
        labels = _label_values(labels_field, spec)
        if labels is None:
            continue
        count = parts.get("count", 0.0)
        buckets: list[tuple[str, float]] = []
        running = 0.0
        for index, bound in enumerate(spec.buckets):
            running += parts.get(f"b{index}", 0.0)
            buckets.append((_bound(bound), min(running, count)))
        buckets.append(("+Inf", count))
        family.add_metric(labels, buckets, sum_value=parts.get("sum", 0.0))
    return family


def _bound(bound: float) -> str:
    return repr(float(bound))


def _cache_hit_ratio(fields: Mapping[str, str]) -> Metric:
    hits = sum(_number(v) for k, v in fields.items() if _label_values(k, CACHE_LOOKUPS) == ["hit"])
    misses = sum(_number(v) for k, v in fields.items() if _label_values(k, CACHE_LOOKUPS) == ["miss"])
    family = GaugeMetricFamily(
        "briefbot_cache_hit_ratio",
        "Share of brief cache lookups served from Redis since the counters began (NaN before the first lookup); "
        "for a recent ratio use rate() on briefbot_cache_lookups_total.",
    )
    family.add_metric([], hits / (hits + misses) if hits + misses else math.nan)
    return family


def _feedback(fields: Mapping[str, str], pipeline_version: str) -> Metric:
    family = GaugeMetricFamily(
        "briefbot_feedback_votes",
        "Current thumbs-up (up) and thumbs-down (down) votes on briefs of this pipeline version (votes can change).",
        labels=["vote", "pipeline_version"],
    )
    for vote in ("up", "down"):
        family.add_metric([vote, pipeline_version], _number(fields.get(vote, "0")))
    return family


def _redis_up(up: bool) -> Metric:
    family = GaugeMetricFamily("briefbot_metrics_redis_up", "1 when this scrape could read the metrics from Redis.")
    family.add_metric([], 1.0 if up else 0.0)
    return family


# ---------------------------------------------------------------------------- wiring


def make_registry(settings: Settings, *, client: redis.Redis | None = None) -> CollectorRegistry:
    """A registry holding only the Redis-backed collector (not this process's own default metrics)."""
    client = client or redis.Redis.from_url(settings.cache.redis_url, socket_connect_timeout=2, socket_timeout=5)
    registry = CollectorRegistry(auto_describe=False)
    registry.register(
        RedisMetricsCollector(
            client=client,
            key_prefix=settings.cache.key_prefix,
            queue_name=settings.queue.name,
            pipeline_version=PIPELINE_VERSION,
        )
    )
    return registry


def exposition(registry: CollectorRegistry) -> str:
    """The registry in Prometheus' text format."""
    return generate_latest(registry).decode()
