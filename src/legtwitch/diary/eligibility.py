"""Minimum-data rules: which pre-declared factors have enough, varied, separable data to test."""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import TYPE_CHECKING

from legtwitch.diary import wording
from legtwitch.diary.panel import Family, Panel, family_values
from legtwitch.diary.policy import AnalysisPolicy

if TYPE_CHECKING:
    import numpy as np
    import numpy.typing as npt

    FloatArray = npt.NDArray[np.float64]


@dataclass(frozen=True, slots=True)
class Shortfall:
    factor: str
    message: str


def _side_counts(fam: Family, values: FloatArray, absent_zero: bool) -> tuple[int, int] | None:
    """(days 'with', days 'without'), or None for a measured dose judged by its spread instead."""
    import numpy as np

    seen = values[~np.isnan(values)]
    if fam.kind in ("binary", "threshold") or absent_zero:
        return int(np.sum(seen > 0)), int(np.sum(seen == 0))
    return None


def check_family(
    fam: Family, panel: Panel, policy: AnalysisPolicy, absent_zero: bool
) -> Shortfall | None:
    """None when the family can be tested; else why not, in one sentence."""
    import numpy as np

    values = family_values(fam, panel)[panel.tracked]
    seen = values[~np.isnan(values)]
    need = int(policy.data_rules.min_days_each_side.value)
    if len(seen) > 0 and float(np.ptp(seen)) == 0.0 and len(seen) >= 2 * need:
        return Shortfall(fam.name, wording.constant(fam.label))
    sides = _side_counts(fam, values, absent_zero)
    if sides is None:
        if len(seen) < 2 * need:
            return Shortfall(fam.name, wording.spread_shortfall(fam.label, 2 * need - len(seen)))
        if float(np.ptp(seen)) == 0.0:
            return Shortfall(fam.name, wording.constant(fam.label))
        return None
    more_with, more_without = max(0, need - sides[0]), max(0, need - sides[1])
    if more_with or more_without:
        return Shortfall(fam.name, wording.shortfall(fam.label, more_with, more_without))
    return None


def collinear_pairs(
    fams: list[Family], panel: Panel, tolerance: float
) -> dict[str, tuple[str, str]]:
    """Family name → (its label, the earlier factor's label) when the two are perfectly collinear.

    Only different source columns are compared (a threshold and its own dose are related by design).
    """
    import numpy as np

    dropped: dict[str, tuple[str, str]] = {}
    kept: list[tuple[Family, FloatArray]] = []
    for fam in fams:
        vals = family_values(fam, panel)
        clash = None
        for other, ovals in kept:
            if other.column == fam.column:
                continue
            both = panel.tracked & ~np.isnan(vals) & ~np.isnan(ovals)
            a, b = vals[both], ovals[both]
            if len(a) < 3 or np.ptp(a) == 0 or np.ptp(b) == 0:
                continue
            r = float(np.corrcoef(a, b)[0, 1])
            if math.isfinite(r) and abs(r) >= 1.0 - tolerance:
                clash = other
                break
        if clash is None:
            kept.append((fam, vals))
        else:
            dropped[fam.name] = (fam.label, clash.label)
    return dropped
