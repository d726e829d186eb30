"""``briefbot stats``: the operator metrics (the same families ``GET /metrics`` serves) as a readable table.

Works on prometheus_client metric families, so the CLI and the scrape can never
disagree about what a number means.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from prometheus_client.core import Metric

__all__ = ["format_stats"]


def format_stats(families: Iterable[Metric]) -> str:
    by_name = {family.name: family for family in families}
    sections = [
        _briefs(by_name.get("briefbot_briefs")),
        _cache(by_name.get("briefbot_cache_lookups"), by_name.get("briefbot_cache_hit_ratio")),
        _stages(by_name.get("briefbot_stage_seconds")),
        _queue(by_name.get("briefbot_queue_jobs"), by_name.get("briefbot_workers")),
        _plain("Slack requests received", by_name.get("briefbot_slack_requests"), "kind"),
        _feedback(by_name.get("briefbot_feedback_votes")),
    ]
    return "\n\n".join(section for section in sections if section)


def _rows(rows: list[tuple[str, ...]]) -> list[str]:
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    return [
        "  "
        + "  ".join(cell.rjust(w) if i else cell.ljust(w) for i, (cell, w) in enumerate(zip(row, widths, strict=True)))
        for row in rows
    ]


def _count(value: float) -> str:
    return f"{value:,.0f}"


def _briefs(family: Metric | None) -> str:
    if family is None:
        return ""
    rows = [("outcome", "reason", "count")]
    total = 0.0
    for sample in sorted(family.samples, key=lambda s: (s.labels["outcome"], s.labels["reason"])):
        if sample.name.endswith("_total"):
            rows.append((sample.labels["outcome"], sample.labels["reason"] or "-", _count(sample.value)))
            total += sample.value
    if len(rows) == 1:
        return "Briefs\n  none yet"
    rows.append(("all", "", _count(total)))
    return "\n".join(["Briefs (attempts by workers)", *_rows(rows)])


def _cache(lookups: Metric | None, ratio: Metric | None) -> str:
    if lookups is None:
        return ""
    counts = {s.labels["result"]: s.value for s in lookups.samples if s.name.endswith("_total")}
    value = ratio.samples[0].value if ratio is not None and ratio.samples else math.nan
    shown = "-" if math.isnan(value) else f"{100 * value:.1f}%"
    return f"Cache\n  hits {_count(counts.get('hit', 0))}  misses {_count(counts.get('miss', 0))}  hit ratio {shown}"


@dataclass
class _Histogram:
    buckets: list[tuple[float, float]] = field(default_factory=list)
    count: float = 0.0
    total: float = 0.0

    def quantile(self, q: float) -> float:
        """The upper bound of the first bucket holding the q-quantile (a histogram tells no more than that)."""
        if not self.count:
            return math.nan
        for bound, cumulative in sorted(self.buckets):
            if cumulative >= q * self.count:
                return bound
        return math.inf


STAGE_ORDER = ("fetch", "extract", "parse", "summarise", "quotes", "whole")


def _stages(family: Metric | None) -> str:
    if family is None:
        return ""
    series: dict[str, _Histogram] = defaultdict(_Histogram)
    for sample in family.samples:
        histogram = series[sample.labels["stage"]]
        if sample.name.endswith("_bucket"):
            histogram.buckets.append((float(sample.labels["le"]), sample.value))
        elif sample.name.endswith("_count"):
            histogram.count = sample.value
        elif sample.name.endswith("_sum"):
            histogram.total = sample.value
    if not series:
        return "Stage latency\n  no uncached briefs yet"
    rows = [("stage", "count", "mean", "p50 ≤", "p90 ≤")]
    known = {stage: index for index, stage in enumerate(STAGE_ORDER)}
    for stage in sorted(series, key=lambda s: (known.get(s, len(known)), s)):
        h = series[stage]
        mean = h.total / h.count if h.count else math.nan
        rows.append((stage, _count(h.count), _seconds(mean), _seconds(h.quantile(0.5)), _seconds(h.quantile(0.9))))
    return "\n".join(["Stage latency (uncached briefs; percentiles are bucket upper bounds)", *_rows(rows)])


def _seconds(value: float) -> str:
    if math.isnan(value):
        return "-"
    if math.isinf(value):
        return "> 60 s"
    return f"{1000 * value:.0f} ms" if value < 1 else f"{value:.1f} s"


def _queue(jobs: Metric | None, workers: Metric | None) -> str:
    if jobs is None:
        return ""
    parts = [f"{s.labels['state']} {_count(s.value)}" for s in jobs.samples]
    if workers is not None and workers.samples:
        parts.append(f"workers {_count(workers.samples[0].value)}")
    queue = jobs.samples[0].labels["queue"] if jobs.samples else ""
    return f"Queue {queue}\n  " + "  ".join(parts)


def _plain(title: str, family: Metric | None, label: str) -> str:
    if family is None:
        return ""
    rows = [(s.labels[label], _count(s.value)) for s in family.samples if s.name.endswith("_total")]
    if not rows:
        return f"{title}\n  none yet"
    return "\n".join([title, *_rows(sorted(rows))])


def _feedback(family: Metric | None) -> str:
    if family is None or not family.samples:
        return ""
    votes = {s.labels["vote"]: s.value for s in family.samples}
    version = family.samples[0].labels["pipeline_version"]
    return (
        f"Feedback (pipeline version {version})\n  up {_count(votes.get('up', 0))}  down {_count(votes.get('down', 0))}"
    )
