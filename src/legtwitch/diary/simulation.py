"""Simulated diaries with known effects, for the benchmark study, tests and demonstrations.

Exposures follow simple, plausible daily distributions; the twitch count of day t is Poisson with
log-rate = log(base) + Σ effects + a latent AR(1) term (day-to-day correlation), multiplied by a
gamma frailty (overdispersion). Effects are given as rate ratios: per the factor's policy `per`
unit for a dose column, or for days on which a threshold factor holds. Nothing here is used by the
analysis itself.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta

from legtwitch.domain.diary import Episode, EpisodeKind, Exposure, ExposureKind

_KINDS = {
    "caffeine_mg": ExposureKind.CAFFEINE,
    "sleep_hours": ExposureKind.SLEEP,
    "stress": ExposureKind.STRESS,
    "exercise_minutes": ExposureKind.EXERCISE,
    "alcohol_units": ExposureKind.ALCOHOL,
}


@dataclass(frozen=True)
class Effect:
    column: str  # a daily column, or "short_sleep" / "high_caffeine" style threshold
    lag: int
    rate_ratio: float
    per: float = 1.0  # dose step the ratio refers to (ignored for thresholds)
    cut: float | None = None  # threshold: value below (below=True) or above the cut
    below: bool = True


@dataclass(frozen=True)
class SimSpec:
    days: int
    effects: tuple[Effect, ...] = ()
    base_rate: float = 4.0
    nb_alpha: float = 0.0  # gamma frailty variance: 0 = Poisson
    ar: float = 0.0  # AR(1) coefficient of the latent log-rate
    ar_sd: float = 0.0  # innovation sd of the latent log-rate
    correlated: bool = False  # caffeine rises after short sleep
    missing_frac: float = 0.0  # share of days not recorded at all
    extra_tags: int = 0  # extra yes/no tags (for many-factor runs)
    start: date = field(default=date(2025, 1, 6))


def simulate_exposures(spec: SimSpec, rng: object) -> dict[str, list[float]]:
    import numpy as np

    g = rng if isinstance(rng, np.random.Generator) else np.random.default_rng()
    n = spec.days
    sleep = np.clip(g.normal(7.0, 1.0, n), 3.0, 10.5).round(1)
    caffeine = np.where(g.random(n) < 0.2, 0.0, g.gamma(4.0, 50.0, n)).round(0)
    if spec.correlated:
        caffeine = np.where(sleep < 7.0, caffeine + 120.0, caffeine)
    stress = g.binomial(10, 0.35, n).astype(float)
    exercise = np.where(g.random(n) < 0.6, 0.0, g.uniform(20.0, 90.0, n)).round(0)
    alcohol = np.where(g.random(n) < 0.7, 0.0, g.poisson(2.0, n) + 1.0)
    out = {
        "caffeine_mg": caffeine.tolist(),
        "sleep_hours": sleep.tolist(),
        "stress": stress.tolist(),
        "exercise_minutes": exercise.tolist(),
        "alcohol_units": alcohol.tolist(),
    }
    for i in range(spec.extra_tags):
        out[f"tag:t{i}"] = (g.random(n) < 0.3).astype(float).tolist()
    return out


def simulate_counts(spec: SimSpec, exposures: dict[str, list[float]], rng: object) -> list[int]:
    import numpy as np

    g = rng if isinstance(rng, np.random.Generator) else np.random.default_rng()
    n = spec.days
    log_rate = np.full(n, math.log(spec.base_rate))
    for eff in spec.effects:
        values = np.asarray(exposures[eff.column], dtype=float)
        if eff.cut is not None:
            series = (values < eff.cut if eff.below else values > eff.cut).astype(float)
        else:
            series = values / eff.per
        shifted = np.zeros(n)
        shifted[eff.lag :] = series[: n - eff.lag] if eff.lag else series
        log_rate += math.log(eff.rate_ratio) * shifted
    if spec.ar_sd > 0:
        z = np.zeros(n)
        for t in range(1, n):
            z[t] = spec.ar * z[t - 1] + g.normal(0.0, spec.ar_sd)
        log_rate += z - z.mean()
    rate = np.exp(log_rate)
    if spec.nb_alpha > 0:
        rate = rate * g.gamma(1.0 / spec.nb_alpha, spec.nb_alpha, n)
    return [int(c) for c in g.poisson(rate)]


def to_entries(
    spec: SimSpec, exposures: dict[str, list[float]], counts: list[int], rng: object
) -> tuple[list[Episode], list[Exposure]]:
    """Diary entries for the recorded days (one daily-count episode row per day)."""
    import numpy as np

    g = rng if isinstance(rng, np.random.Generator) else np.random.default_rng()
    recorded = g.random(spec.days) >= spec.missing_frac
    episodes: list[Episode] = []
    entries: list[Exposure] = []
    for t in range(spec.days):
        if not recorded[t]:
            continue
        noon = datetime.combine(spec.start + timedelta(days=t), datetime.min.time(), UTC)
        noon += timedelta(hours=12)
        episodes.append(Episode(f"e{t}", noon, EpisodeKind.FASCICULATION, count=counts[t]))
        for col, values in exposures.items():
            v = values[t]
            if col == "sleep_hours":
                wake = noon - timedelta(hours=5)
                start = wake - timedelta(hours=v)
                entries.append(Exposure(f"{col}{t}", ExposureKind.SLEEP, start, v, end=wake))
            elif col.startswith("tag:"):
                if v > 0:
                    entries.append(Exposure(f"{col}{t}", ExposureKind.TAG, noon, detail=col[4:]))
            elif v > 0 or col == "stress":
                entries.append(Exposure(f"{col}{t}", _KINDS[col], noon, v))
    return episodes, entries


def simulate_diary(spec: SimSpec, seed: int) -> tuple[list[Episode], list[Exposure]]:
    import numpy as np

    g = np.random.default_rng(seed)
    exposures = simulate_exposures(spec, g)
    counts = simulate_counts(spec, exposures, g)
    return to_entries(spec, exposures, counts, g)


def simulate_experiment(
    spec: SimSpec, arms: list[bool], followed: float, seed: int
) -> tuple[list[Episode], list[Exposure]]:
    """A diary during an experiment: `arms[t]` says whether day t is an 'on' day for caffeine.

    On days keep the usual caffeine (at least 100 mg); off days have none, except that each day
    is followed only with probability `followed`.
    """
    import numpy as np

    g = np.random.default_rng(seed)
    exposures = simulate_exposures(spec, g)
    usual = np.maximum(np.asarray(exposures["caffeine_mg"]), 100.0)
    keep = g.random(spec.days) < followed
    on = np.where(keep, np.asarray(arms, dtype=bool), ~np.asarray(arms, dtype=bool))
    exposures["caffeine_mg"] = np.where(on, usual, 0.0).tolist()
    counts = simulate_counts(spec, exposures, g)
    return to_entries(spec, exposures, counts, g)
