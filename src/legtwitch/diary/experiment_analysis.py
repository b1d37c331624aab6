"""Analysis of a self-experiment that respects its design.

Estimate: a count model (Poisson or negative binomial, as in the diary analysis) of the analysed
days' twitch counts on the assigned arm plus one effect per block pair (period effects), by
intention to treat, with Bartlett-widened errors (the arm is autocorrelated by design). Check: an
exact randomisation test that re-draws the coin of every pair (2^pairs assignments) with the
pair-averaged log ratio of block means as the statistic. Verdict from the interval: increase,
decrease, no clear effect (inside the policy's equivalence range), or inconclusive. From the
policy's number of complete pairs on (6, where the exact test has several outcomes at or below
the level), an increase or decrease also needs the randomisation test to agree: same direction,
one-sided p at the policy's level; otherwise the verdict is inconclusive. The randomisation test
rests on the coin flips alone, not on the model's assumptions; with this check the false-verdict
rate stays under 5% where the model alone drifted just above it (bench/README.md).
"""

from __future__ import annotations

import itertools
import math
from dataclasses import dataclass
from datetime import date

from legtwitch.diary.countmodel import ModelFailure, choose_model, fit_terms
from legtwitch.diary.daily import DailyTable
from legtwitch.diary.experiment import ON, Adherence, ExperimentDesign, adherence
from legtwitch.diary.policy import AnalysisPolicy, load_policy
from legtwitch.diary.wording import times


@dataclass(frozen=True, slots=True)
class ExperimentResult:
    factor: str
    verdict: str  # "increase", "decrease", "no clear effect", "inconclusive", "not enough data"
    message: str
    rate_ratio: float | None = None
    ci_low: float | None = None
    ci_high: float | None = None
    p_value: float | None = None
    randomisation_p: float | None = None
    smallest_possible_p: float | None = None
    days_on: int = 0
    days_off: int = 0
    adherence: Adherence | None = None
    randomisation_direction: int = 0  # sign of the observed statistic: +1 more on "on" days


def _block_data(
    design: ExperimentDesign, table: DailyTable, until: date
) -> list[tuple[int, str, list[float]]]:
    rows = {r.day: r for r in table.rows if r.tracked and r.twitches is not None}
    out = []
    for b in design.blocks():
        counts = []
        day = b.analysed_from
        while day <= min(b.end, until):
            if day in rows:
                counts.append(float(rows[day].twitches or 0))
            day = date.fromordinal(day.toordinal() + 1)
        out.append((b.index, b.arm, counts))
    return out


@dataclass(frozen=True, slots=True)
class RandomisationTest:
    p_value: float  # two-sided exact p over all 2^pairs within-pair swaps
    smallest_p: float  # the smallest two-sided p the design allows: 2 / 2^pairs
    direction: int  # sign of the observed statistic (+1: more twitches on "on" days; 0: none)

    @property
    def one_sided_p(self) -> float:
        """Exact p in the observed direction (half the two-sided p: the swaps are symmetric)."""
        return self.p_value / 2.0 if self.direction else 1.0

    @property
    def smallest_one_sided_p(self) -> float:
        return self.smallest_p / 2.0


def randomisation_test(pairs: list[tuple[list[float], list[float]]]) -> RandomisationTest:
    """Exact randomisation test of (on counts, off counts) block pairs."""

    def stat(sign: tuple[int, ...]) -> float:
        total = 0.0
        for s, (on, off) in zip(sign, pairs, strict=True):
            d = math.log((sum(on) + 0.5) / len(on)) - math.log((sum(off) + 0.5) / len(off))
            total += s * d
        return total / len(pairs)

    value = stat((1,) * len(pairs))
    observed = abs(value)
    signs = list(itertools.product((1, -1), repeat=len(pairs)))
    hits = sum(1 for s in signs if abs(stat(s)) >= observed - 1e-12)
    direction = 0 if observed <= 1e-12 else (1 if value > 0 else -1)
    return RandomisationTest(hits / len(signs), 2.0 / len(signs), direction)


def analyse_experiment(
    design: ExperimentDesign,
    table: DailyTable,
    until: date,
    policy: AnalysisPolicy | None = None,
) -> ExperimentResult:
    import numpy as np

    pol = policy or load_policy()
    exp, stats = pol.experiment, pol.statistics
    adh = adherence(design, table, until, pol)
    blocks = _block_data(design, table, until)
    pairs = [(blocks[i], blocks[i + 1]) for i in range(0, len(blocks), 2)]
    ends = {b.index: b.end for b in design.blocks()}
    # A pair is analysed once its second block has ended (interim looks would bias the verdict).
    complete = [(a, b) for a, b in pairs if a[2] and b[2] and ends[b[0]] <= until]
    days_on = sum(len(c) for _, arm, c in blocks if arm == ON)
    days_off = sum(len(c) for _, arm, c in blocks if arm != ON)
    if not complete:
        return ExperimentResult(
            design.factor,
            "not enough data",
            f"not enough data yet: the experiment runs until {design.end.isoformat()}; keep "
            "following the schedule and logging every day.",
            days_on=days_on,
            days_off=days_off,
            adherence=adh,
        )
    y_list: list[float] = []
    rows: list[list[float]] = []
    day_no: list[float] = []
    for p, (a, b) in enumerate(complete):
        for idx, arm, counts in (a, b):
            for j, c in enumerate(counts):
                y_list.append(c)
                dummies = [1.0 if p == q else 0.0 for q in range(1, len(complete))]
                rows.append([1.0, 1.0 if arm == ON else 0.0, *dummies])
                day_no.append(float(idx * design.block_days + design.washout_days + j))
    y, x, d = np.array(y_list), np.array(rows), np.array(day_no)
    try:
        choice = choose_model(y, np.delete(x, 1, axis=1), d, stats)
        est = fit_terms(
            y,
            x,
            [1],
            choice,
            stats.ci_level.value,
            int(stats.autocorrelation_max_lag.value),
            days=d,
            force_autocorrelation=True,
        )[0]
    except ModelFailure:
        return ExperimentResult(
            design.factor,
            "inconclusive",
            "inconclusive: the counts could not be modelled reliably (for example no twitches at "
            "all); keep logging.",
            days_on=days_on,
            days_off=days_off,
            adherence=adh,
        )
    on_off = [(a[2], b[2]) if a[1] == ON else (b[2], a[2]) for a, b in complete]
    rand = randomisation_test(on_off)
    rr, lo, hi = math.exp(est.coef), math.exp(est.ci_low), math.exp(est.ci_high)
    what = (
        f"about {times(rr)} as many twitches on {design.factor} days (likely between "
        f"{times(lo)} and {times(hi)})"
    )
    direction = 1 if lo > 1.0 else (-1 if hi < 1.0 else 0)
    level = exp.randomisation_agreement_level.value
    checked = len(complete) >= exp.randomisation_check_min_pairs.value
    confirmed = not checked or (rand.direction == direction and rand.one_sided_p <= level)
    if direction and confirmed:
        word = "increase" if direction > 0 else "decrease"
        verdict, msg = word, f"{design.factor} seems to {word} your twitches: {what}."
    elif direction:
        verdict, msg = (
            "inconclusive",
            (
                f"inconclusive: {what}, but the randomisation test on your coin-flipped weeks "
                f"does not confirm it (p = {rand.one_sided_p:.2f} in that direction; it needs "
                f"{level:g} or less). A longer experiment would tell."
            ),
        )
    elif lo >= exp.equivalence_low.value and hi <= exp.equivalence_high.value:
        verdict, msg = "no clear effect", f"no clear effect of {design.factor}: {what}."
    else:
        verdict, msg = (
            "inconclusive",
            (
                f"inconclusive: {what}; the interval is too wide to tell. A longer "
                "experiment would narrow it."
            ),
        )
    share = adh.share
    if share is not None and share < exp.min_adherence.value:
        msg += (
            f" You followed the schedule on {share:.0%} of checked days, so the result is "
            "unreliable."
        )
    return ExperimentResult(
        design.factor,
        verdict,
        msg,
        rr,
        lo,
        hi,
        est.p_value,
        rand.p_value,
        rand.smallest_p,
        days_on,
        days_off,
        adh,
        rand.direction,
    )
