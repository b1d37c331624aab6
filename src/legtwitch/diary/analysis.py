"""Personal trigger analysis: lagged count models, rate ratios, BH correction, plain words.

For each pre-declared factor family (policy order) one count model is fitted:
twitches_t ~ factor_t + factor_{t-1} + factor_{t-2} + other exposures_t + weekday, with the family
(Poisson or negative binomial) and the error type (model-based or HAC) chosen once per diary from a
base model. Lags enter only while there are enough days per coefficient. Every lag term of every
family is one test; Benjamini–Hochberg runs across all of them. See docs/insights.md.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from legtwitch.diary import wording
from legtwitch.diary.countmodel import ModelChoice, ModelFailure, choose_model, fit_terms
from legtwitch.diary.daily import DailyTable
from legtwitch.diary.eligibility import Shortfall, check_family, collinear_pairs
from legtwitch.diary.fdr import bh_qvalues
from legtwitch.diary.panel import (
    Family,
    Panel,
    build_panel,
    families,
    family_values,
    lagged,
    weekday_terms,
)
from legtwitch.diary.policy import AnalysisPolicy, load_policy

if TYPE_CHECKING:
    import numpy as np
    import numpy.typing as npt

    FloatArray = npt.NDArray[np.float64]


@dataclass(frozen=True, slots=True)
class FactorResult:
    factor: str
    label: str
    kind: str
    lag_days: int
    rate_ratio: float
    ci_low: float
    ci_high: float
    p_value: float
    q_value: float
    flagged: bool
    message: str
    n_days: int


@dataclass(frozen=True, slots=True)
class InsightReport:
    days: int
    factors: tuple[FactorResult, ...]
    not_enough_data: tuple[Shortfall, ...]
    model: ModelChoice | None = None
    notes: tuple[str, ...] = field(default=(wording.ASSOCIATION_NOTE,))


@dataclass(frozen=True, slots=True)
class _Raw:
    fam: Family
    lag: int
    coef: float
    lo: float
    hi: float
    p: float
    n: int


def _design(
    cols: list[tuple[str, FloatArray]], panel: Panel
) -> tuple[FloatArray, FloatArray, FloatArray]:
    import numpy as np

    x = np.column_stack([np.ones(len(panel.y))] + [c for _, c in cols])
    ok = panel.tracked & ~np.isnan(x).any(axis=1)
    return panel.y[ok], x[ok], panel.day_number[ok]


def analyse(table: DailyTable, policy: AnalysisPolicy | None = None) -> InsightReport:
    """The full analysis of one diary (see module doc)."""
    import numpy as np

    pol = policy or load_policy()
    rules, stats = pol.data_rules, pol.statistics
    n_days = table.tracked_days
    min_total = int(rules.min_days_total.value)
    if n_days < min_total:
        return InsightReport(
            n_days, (), (Shortfall("*", wording.too_few_days(min_total - n_days)),)
        )
    panel = build_panel(table)
    if float(np.nansum(panel.y)) == 0.0:
        return InsightReport(n_days, (), (Shortfall("*", wording.NO_TWITCHES),))
    short: list[Shortfall] = []
    usable: list[Family] = []
    for fam in families(table.columns, pol):
        logged = panel.cols[fam.column][panel.tracked]
        if not np.any(np.nan_to_num(logged) != 0.0):
            continue  # never logged (or only as zero): nothing to test and nothing to ask for
        spec = pol.factors.get(fam.column)
        absent_zero = spec is None or spec.absent_means == "zero"
        problem = check_family(fam, panel, pol, absent_zero)
        (short.append(problem) if problem else usable.append(fam))
    dropped = collinear_pairs(usable, panel, stats.collinearity_tolerance.value)
    for name, (label, other) in dropped.items():
        short.append(Shortfall(name, wording.collinear(label, other)))
    usable = [f for f in usable if f.name not in dropped]

    full_week = n_days >= rules.full_weekday_min_days.value
    week = weekday_terms(panel.weekday, full_week)
    adjusters = [
        f
        for f in usable
        if f.kind != "threshold"
        and float((~_nan(panel.cols[f.column])[panel.tracked]).mean())
        >= rules.adjust_min_coverage.value
    ]
    base = [(f.name, panel.cols[f.column]) for f in adjusters]
    try:
        y, x, d = _design(week + base, panel)
        choice = choose_model(y, x, d, stats)
    except ModelFailure:
        try:
            y, x, d = _design(week, panel)
            choice = choose_model(y, x, d, stats)
        except ModelFailure:
            return InsightReport(n_days, (), (Shortfall("*", wording.UNSTABLE_DIARY),))

    raws: list[_Raw] = []
    for fam in usable:
        others = [(f.name, panel.cols[f.column]) for f in adjusters if f.column != fam.column]
        found, problem = _fit_family(fam, panel, others + week, choice, pol)
        raws += found
        if problem is not None:
            short.append(problem)
    return InsightReport(n_days, _finish(raws, stats.fdr_level.value), tuple(short), choice)


def _fit_family(
    fam: Family,
    panel: Panel,
    adjust: list[tuple[str, FloatArray]],
    choice: ModelChoice,
    pol: AnalysisPolicy,
) -> tuple[list[_Raw], Shortfall | None]:
    """Fit one family with as many lags (0, 1, 2) as the days allow; its estimates and any note."""
    rules, stats = pol.data_rules, pol.statistics
    per_param = rules.days_per_parameter.value
    series = family_values(fam, panel)
    problem: Shortfall | None = None
    for n_lags in range(len(rules.lags), 0, -1):
        lags = rules.lags[:n_lags]
        terms = [(f"{fam.name}_lag{k}", lagged(series, k)) for k in lags]
        y, x, d = _design(terms + adjust, panel)
        needed = math.ceil(x.shape[1] * per_param)
        if len(y) < needed:
            problem = Shortfall(fam.name, wording.budget(fam.label, needed - len(y)))
            continue
        try:
            est = fit_terms(
                y,
                x,
                list(range(1, n_lags + 1)),
                choice,
                stats.ci_level.value,
                int(stats.autocorrelation_max_lag.value),
                days=d,
            )
        except ModelFailure:
            problem = Shortfall(fam.name, wording.unstable(fam.label))
            continue
        raws = [
            _Raw(
                fam, k, e.coef * fam.per, e.ci_low * fam.per, e.ci_high * fam.per, e.p_value, len(y)
            )
            for k, e in zip(lags, est, strict=True)
        ]
        note = None
        if n_lags < len(rules.lags):
            more = max(math.ceil((x.shape[1] + 1) * per_param) - len(y), 1)
            note = Shortfall(fam.name, wording.lags_pending(fam.label, more))
        return raws, note
    return [], problem


def _nan(values: FloatArray) -> npt.NDArray[np.bool_]:
    import numpy as np

    return np.isnan(values)


def _finish(raws: list[_Raw], fdr: float) -> tuple[FactorResult, ...]:
    qs = bh_qvalues([r.p for r in raws])
    out: list[FactorResult] = []
    for r, q in zip(raws, qs, strict=True):
        rr, lo, hi = math.exp(r.coef), math.exp(r.lo), math.exp(r.hi)
        flagged = q <= fdr
        msg = wording.effect_sentence(r.fam, r.lag, rr, lo, hi, flagged)
        out.append(
            FactorResult(
                r.fam.name, r.fam.label, r.fam.kind, r.lag, rr, lo, hi, r.p, q, flagged, msg, r.n
            )
        )
    return tuple(out)
