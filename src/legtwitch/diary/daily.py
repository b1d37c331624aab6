"""Diary entries → one row per calendar day: twitch count, burden, part of day and exposures.

A day is *recorded* (tracked) when the person wrote anything for it by hand: an episode (from any
source, including a daily spreadsheet import) or a manual exposure entry, or when the caller names
it in `tracked_days` (e.g. an explicit "no twitches today" check-in). Exposures that arrive by
automatic import (phone sleep, steps, weather: `source != "manual"`) do not make a day recorded,
because they arrive whether or not the person was keeping the diary. On a day that is not
recorded everything is unknown (None), never zero.

Within a recorded day, an exposure with no entry is zero when the policy says you would have
logged it (caffeine, alcohol, exercise, medicines, tags) and unknown otherwise (sleep, stress,
fluids, heat, steps). Sleep counts for the day you woke up ("sleep ending that morning").

Burden = Σ count × intensity/10 × duration in minutes, with the policy's defaults for a missing
intensity or duration; it is reported, while the models use the counts.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from legtwitch.diary.policy import AnalysisPolicy, load_policy
from legtwitch.domain.diary import Episode, Exposure, ExposureKind

# Which daily column each exposure kind feeds and how same-day entries combine.
_COLUMNS: dict[ExposureKind, tuple[str, str]] = {
    ExposureKind.CAFFEINE: ("caffeine_mg", "sum"),
    ExposureKind.ALCOHOL: ("alcohol_units", "sum"),
    ExposureKind.SLEEP: ("sleep_hours", "sum"),
    ExposureKind.STRESS: ("stress", "mean"),
    ExposureKind.EXERCISE: ("exercise_minutes", "sum"),
    ExposureKind.FLUIDS: ("fluids_l", "sum"),
    ExposureKind.HEAT: ("max_temp_c", "max"),
    ExposureKind.STEPS: ("steps", "sum"),
}


@dataclass(frozen=True, slots=True)
class DayRow:
    day: date
    tracked: bool
    twitches: int | None = None
    burden: float | None = None
    parts: Mapping[str, int] = field(default_factory=dict)
    values: Mapping[str, float | None] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class DailyTable:
    """Consecutive calendar days from the first to the last recorded day."""

    rows: tuple[DayRow, ...]
    columns: tuple[str, ...]  # exposure columns, standard ones first, then medicine:/tag:

    @property
    def tracked_days(self) -> int:
        return sum(1 for r in self.rows if r.tracked)

    def column(self, name: str) -> list[float | None]:
        return [r.values.get(name) if r.tracked else None for r in self.rows]


def _sleep_day(exp: Exposure) -> date:
    if exp.end is not None:
        return exp.end.date()
    if exp.amount is not None:
        return (exp.at + timedelta(hours=exp.amount)).date()
    return exp.at.date()


def _sleep_hours(exp: Exposure) -> float | None:
    if exp.amount is not None:
        return exp.amount
    if exp.end is not None:
        return (exp.end - exp.at).total_seconds() / 3600.0
    return None


def _part_of_day(start: datetime, parts: tuple[tuple[int, str], ...]) -> str:
    name = parts[0][1]
    for first_hour, part in parts:
        if start.hour >= first_hour:
            name = part
    return name


def _binary_column(exp: Exposure) -> str | None:
    if exp.kind in (ExposureKind.MEDICINE, ExposureKind.TAG) and exp.detail:
        return f"{exp.kind.value}:{exp.detail.strip().lower()}"
    return None


def build_daily(
    episodes: Iterable[Episode],
    exposures: Iterable[Exposure],
    *,
    tracked_days: Iterable[date] = (),
    policy: AnalysisPolicy | None = None,
) -> DailyTable:
    """One row per calendar day between the first and last recorded day (see module doc)."""
    pol = policy or load_policy()
    out = pol.outcome
    kinds = set(out.twitch_kinds)
    tracked: set[date] = set(tracked_days)
    counts: dict[date, int] = defaultdict(int)
    burden: dict[date, float] = defaultdict(float)
    parts: dict[date, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for ep in episodes:
        day = ep.start.date()
        tracked.add(day)
        if ep.kind.value not in kinds:
            continue
        counts[day] += ep.count
        intensity = ep.intensity if ep.intensity is not None else out.burden_default_intensity.value
        seconds = (
            ep.duration_s if ep.duration_s is not None else out.burden_default_duration_s.value
        )
        burden[day] += ep.count * intensity / 10.0 * seconds / 60.0
        parts[day][_part_of_day(ep.start, out.parts_of_day)] += ep.count

    raw: dict[date, dict[str, list[float]]] = defaultdict(lambda: defaultdict(list))
    binary: dict[date, set[str]] = defaultdict(set)
    binary_names: set[str] = set()
    for exp in exposures:
        day = _sleep_day(exp) if exp.kind is ExposureKind.SLEEP else exp.at.date()
        if exp.source == "manual":
            tracked.add(day)
        name = _binary_column(exp)
        if name is not None:
            binary[day].add(name)
            binary_names.add(name)
            continue
        if exp.kind not in _COLUMNS:
            continue
        amount = _sleep_hours(exp) if exp.kind is ExposureKind.SLEEP else exp.amount
        if amount is not None:
            raw[day][_COLUMNS[exp.kind][0]].append(float(amount))

    standard = [c for c in pol.factors if c in {col for col, _ in _COLUMNS.values()}]
    columns = (*standard, *sorted(binary_names))
    if not tracked:
        return DailyTable(rows=(), columns=columns)
    how = dict(_COLUMNS.values())
    rows: list[DayRow] = []
    day, last = min(tracked), max(tracked)
    while day <= last:
        if day not in tracked:
            rows.append(DayRow(day=day, tracked=False))
            day += timedelta(days=1)
            continue
        values: dict[str, float | None] = {}
        for col in standard:
            entries = raw[day].get(col)
            if entries:
                agg = how[col]
                values[col] = (
                    sum(entries)
                    if agg == "sum"
                    else max(entries)
                    if agg == "max"
                    else sum(entries) / len(entries)
                )
            else:
                values[col] = 0.0 if pol.factors[col].absent_means == "zero" else None
        for name in binary_names:
            values[name] = 1.0 if name in binary[day] else 0.0
        rows.append(
            DayRow(
                day=day,
                tracked=True,
                twitches=counts.get(day, 0),
                burden=round(burden.get(day, 0.0), 3),
                parts={name: parts[day].get(name, 0) for _, name in out.parts_of_day},
                values=values,
            )
        )
        day += timedelta(days=1)
    return DailyTable(rows=tuple(rows), columns=columns)
