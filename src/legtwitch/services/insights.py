"""Insight services the CLI calls: the whole diary → trigger analysis, JSON form, charts."""

from __future__ import annotations

import math
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from legtwitch.diary.analysis import InsightReport, analyse
from legtwitch.diary.daily import DailyTable, build_daily
from legtwitch.storage import Database


def load_table(db: Database) -> DailyTable:
    """Every diary entry as one row per day (see legtwitch.diary.daily)."""
    return build_daily(db.diary.iter_episodes(), db.diary.iter_exposures())


@dataclass(frozen=True)
class Insights:
    table: DailyTable
    report: InsightReport
    charts: tuple[Path, ...] = ()


def insights(db: Database, chart: Path | None = None) -> Insights:
    """Analyse the diary; with `chart`, also write the effect chart there and the timeline beside
    it (`NAME-timeline.EXT`)."""
    table = load_table(db)
    report = analyse(table)
    written: tuple[Path, ...] = ()
    if chart is not None:
        from legtwitch.diary.charts import effect_chart, timeline_chart

        timeline = chart.with_name(f"{chart.stem}-timeline{chart.suffix}")
        effect_chart(report, chart)
        timeline_chart(table, timeline)
        written = (chart, timeline)
    return Insights(table, report, written)


def _num(x: float) -> float | None:
    return round(x, 4) if math.isfinite(x) else None


def report_json(report: InsightReport) -> dict[str, Any]:
    """The `legtwitch insights --format json` document."""
    model = report.model
    return {
        "days": report.days,
        "factors": [
            {
                "factor": f.factor,
                "label": f.label,
                "kind": f.kind,
                "lag_days": f.lag_days,
                "rate_ratio": _num(f.rate_ratio),
                "ci_low": _num(f.ci_low),
                "ci_high": _num(f.ci_high),
                "p_value": _num(f.p_value),
                "q_value": _num(f.q_value),
                "flagged": f.flagged,
                "message": f.message,
                "n_days": f.n_days,
            }
            for f in report.factors
        ],
        "not_enough_data": [
            {"factor": s.factor, "message": s.message} for s in report.not_enough_data
        ],
        "model": None
        if model is None
        else {
            "family": model.family,
            "nb_alpha": _num(model.alpha),
            "pearson_dispersion": _num(model.dispersion),
            "autocorrelation_p": _num(model.autocorrelation_p),
            "autocorrelation_handled": model.autocorrelated,
        },
        "notes": list(report.notes),
    }
