"""Workers of the trigger simulation study (bench_triggers.py): scenarios, simulated diaries and
experiments analysed by legtwitch, and the tracker-style "3 days with vs 3 days without" comparison.
Top-level functions, so a process pool can run them."""

from __future__ import annotations

import warnings
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

NOISE: dict[str, Any] = {"nb_alpha": 0.3, "ar": 0.5, "ar_sd": 0.2}


@dataclass(frozen=True)
class Scenario:
    name: str
    days: int
    effects: tuple[tuple[str, int, float, float | None, bool], ...] = ()
    noise: tuple[tuple[str, Any], ...] = tuple(NOISE.items())
    correlated: bool = False


def spec_of(sc: Scenario) -> Any:
    from legtwitch.diary.simulation import Effect, SimSpec

    effects = tuple(
        Effect(c, lag, rr, cut=cut, below=below) for c, lag, rr, cut, below in sc.effects
    )
    return SimSpec(days=sc.days, effects=effects, correlated=sc.correlated, **dict(sc.noise))


def naive(table: Any) -> dict[str, tuple[bool, bool]]:
    """Tracker-style same-day comparison: factor → (ratio flag, Welch flag), 3+3 days minimum."""
    import numpy as np
    from scipy import stats

    y = np.array([r.twitches for r in table.rows if r.tracked], dtype=float)
    out: dict[str, tuple[bool, bool]] = {}
    for col in table.columns:
        v = np.array([r.values.get(col) for r in table.rows if r.tracked], dtype=float)
        seen = ~np.isnan(v)
        if col == "sleep_hours":
            with_ = seen & (v < 7.0)  # "poor sleep" as a tracker factor
        elif col in ("stress",):
            with_ = seen & (v > np.nanmedian(v))
        else:
            with_ = seen & (v > 0)
        without = seen & ~with_
        if with_.sum() < 3 or without.sum() < 3:
            continue
        a, b = y[with_], y[without]
        ratio = (a.mean() + 1e-9) / (b.mean() + 1e-9)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", RuntimeWarning)  # near-constant groups
            p = stats.ttest_ind(a, b, equal_var=False).pvalue if a.std() + b.std() else 1.0
        welch = bool(p < 0.05)
        out[col] = (ratio >= 1.25 or ratio <= 0.8, welch)
    return out


def one_diary(args: tuple[Scenario, int]) -> dict[str, Any]:
    from legtwitch.diary.analysis import analyse
    from legtwitch.diary.daily import build_daily
    from legtwitch.diary.simulation import simulate_diary

    sc, seed = args
    table = build_daily(*simulate_diary(spec_of(sc), seed))
    report = analyse(table)
    naive_flags = naive(table)
    terms = [(f.factor, f.lag_days, f.flagged, f.ci_low, f.ci_high) for f in report.factors]
    return {
        "terms": terms,
        "naive": naive_flags,
        "hac": bool(report.model and report.model.autocorrelated),
    }


def one_experiment(args: tuple[int, float, int]) -> dict[str, Any]:
    from legtwitch.diary.daily import build_daily
    from legtwitch.diary.experiment import design_experiment
    from legtwitch.diary.experiment_analysis import analyse_experiment
    from legtwitch.diary.simulation import Effect, SimSpec, simulate_experiment

    weeks, rr, seed = args
    design = design_experiment("caffeine", date(2025, 1, 6), weeks, seed=seed)
    arms = []
    for t in range(weeks * 7):
        arm = design.arm_on(design.start + timedelta(days=t))
        arms.append(arm is not None and arm.block.arm == "on")
    spec = SimSpec(
        days=weeks * 7, effects=(Effect("caffeine_mg", 0, rr, cut=50.0, below=False),), **NOISE
    )
    table = build_daily(*simulate_experiment(spec, arms, 1.0, seed))
    res = analyse_experiment(design, table, design.end)
    # Naive: mean of the first 3 recorded on days vs the first 3 off days, ratio ≥ 1.25× either way.
    on = [r.twitches for r in table.rows if r.tracked and (r.values.get("caffeine_mg") or 0) > 0]
    off = [r.twitches for r in table.rows if r.tracked and not (r.values.get("caffeine_mg") or 0)]
    ratio = (sum(on[:3]) / 3 + 1e-9) / (sum(off[:3]) / 3 + 1e-9)
    return {
        "verdict": res.verdict,
        "lo": res.ci_low,
        "hi": res.ci_high,
        "model_sig": res.ci_low is not None and (res.ci_low > 1.0 or (res.ci_high or 0.0) < 1.0),
        "rand_sig": (res.randomisation_p or 1.0) <= 0.05,
        "naive": ratio >= 1.25 or ratio <= 0.8,
    }
