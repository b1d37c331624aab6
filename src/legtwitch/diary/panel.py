"""The daily table as numeric arrays (NaN = unknown), plus lags, weekday terms and test families."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from legtwitch.diary.daily import DailyTable
from legtwitch.diary.policy import AnalysisPolicy

if TYPE_CHECKING:
    import numpy as np
    import numpy.typing as npt

    FloatArray = npt.NDArray[np.float64]


@dataclass(frozen=True)
class Panel:
    day_number: FloatArray  # 0, 1, 2, ... calendar days from the first recorded day
    tracked: npt.NDArray[np.bool_]
    y: FloatArray  # twitch count, NaN when the day was not recorded
    weekday: npt.NDArray[np.int64]  # Monday = 0
    cols: dict[str, FloatArray]


@dataclass(frozen=True)
class Family:
    """One pre-declared test family: a factor (dose, yes/no, or threshold) at lags 0..2."""

    name: str  # reported factor name: a column or a threshold name
    column: str  # the daily column it is computed from
    kind: str  # "dose", "binary" or "threshold"
    label: str
    unit: str  # for a dose: the step in words, e.g. "100 mg of caffeine"
    per: float
    when: tuple[str, str, str]
    cut: float | None = None
    above: bool = True


def build_panel(table: DailyTable) -> Panel:
    import numpy as np

    n = len(table.rows)
    tracked = np.array([r.tracked for r in table.rows], dtype=bool)
    y = np.array([np.nan if r.twitches is None else float(r.twitches) for r in table.rows])
    weekday = np.array([r.day.weekday() for r in table.rows], dtype=np.int64)
    cols = {
        c: np.array([np.nan if v is None else float(v) for v in table.column(c)], dtype=float)
        for c in table.columns
    }
    return Panel(np.arange(n, dtype=float), tracked, y, weekday, cols)


def lagged(values: FloatArray, k: int) -> FloatArray:
    """Value k calendar days earlier (NaN when that day is before the diary or unknown)."""
    import numpy as np

    if k == 0:
        return values
    out = np.full_like(values, np.nan)
    out[k:] = values[:-k]
    return out


def weekday_terms(weekday: npt.NDArray[np.int64], full: bool) -> list[tuple[str, FloatArray]]:
    """Six weekday dummies (Monday is the reference), or a single weekend indicator."""
    if full:
        return [(f"weekday_{d}", (weekday == d).astype(float)) for d in range(1, 7)]
    return [("weekend", (weekday >= 5).astype(float))]


def family_values(fam: Family, panel: Panel) -> FloatArray:
    """The family's daily series: the column itself or a 0/1 threshold indicator (NaN kept)."""
    import numpy as np

    raw = panel.cols[fam.column]
    if fam.kind != "threshold" or fam.cut is None:
        return raw
    hit = raw > fam.cut if fam.above else raw < fam.cut
    return np.where(np.isnan(raw), np.nan, hit.astype(float))


def families(columns: tuple[str, ...], policy: AnalysisPolicy) -> list[Family]:
    """The pre-declared tests in policy order: each dose factor, its threshold, yes/no ones."""
    out: list[Family] = []
    for col in columns:
        spec = policy.factors.get(col)
        if spec is None:
            kind, name = col.split(":", 1)
            label = f"took {name}" if kind == "medicine" else f"logged '{name}'"
            out.append(Family(col, col, "binary", label, "", 1.0, policy.binary_factor_when))
            continue
        out.append(Family(col, col, "dose", spec.label, spec.per_label, spec.per.value, spec.when))
        th = spec.threshold
        if th is not None:
            bound = th.above if th.above is not None else th.below
            assert bound is not None
            out.append(
                Family(
                    th.name,
                    col,
                    "threshold",
                    th.label,
                    "",
                    1.0,
                    spec.when,
                    bound.value,
                    th.above is not None,
                )
            )
    return out
