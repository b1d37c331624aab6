"""The trigger analysis on simulated diaries with known, planted effects (fixed seeds)."""

from __future__ import annotations

import math
from datetime import UTC, date, datetime, timedelta

import pytest

from legtwitch.diary.analysis import analyse
from legtwitch.diary.daily import build_daily
from legtwitch.diary.fdr import bh_qvalues
from legtwitch.diary.simulation import Effect, SimSpec, simulate_diary
from legtwitch.diary.wording import ASSOCIATION_NOTE
from legtwitch.domain.diary import Episode, EpisodeKind, Exposure, ExposureKind


def _result(report, factor: str, lag: int):  # type: ignore[no-untyped-def]
    return next(f for f in report.factors if f.factor == factor and f.lag_days == lag)


def test_recovers_planted_effects_within_their_intervals() -> None:
    spec = SimSpec(
        days=365,
        effects=(
            Effect("sleep_hours", 0, 1.6, cut=7.0),
            Effect("alcohol_units", 1, 1.25),
        ),
        nb_alpha=0.2,
    )
    report = analyse(build_daily(*simulate_diary(spec, seed=11)))
    short = _result(report, "short_sleep", 0)
    assert short.ci_low <= 1.6 <= short.ci_high and short.flagged
    alcohol = _result(report, "alcohol_units", 1)
    assert alcohol.ci_low <= 1.25 <= alcohol.ci_high and alcohol.flagged
    assert "less than 7 h of sleep the night before" in short.message
    assert short.message.startswith("Possible link")
    # Factors with no planted effect: their intervals include 1 and they are not flagged.
    for f in report.factors:
        if f.factor in ("stress", "exercise_minutes") or f.factor == "caffeine_mg":
            assert not f.flagged, f.message
    assert report.notes == (ASSOCIATION_NOTE,)


def test_q_values_match_an_independent_bh_implementation() -> None:
    from statsmodels.stats.multitest import multipletests

    p = [0.001, 0.02, 0.03, 0.2, 0.04, 0.9, 0.011]
    expected = multipletests(p, method="fdr_bh")[1]
    assert bh_qvalues(p) == pytest.approx(list(expected))


def test_refuses_to_conclude_on_too_little_data() -> None:
    report = analyse(build_daily(*simulate_diary(SimSpec(days=10), seed=1)))
    assert report.factors == ()
    assert [s.message for s in report.not_enough_data] == [
        "not enough data yet: log 11 more days (days with and without twitches both count) "
        "before any factor is tested."
    ]


def test_says_how_many_more_days_with_and_without_a_factor() -> None:
    report = analyse(build_daily(*simulate_diary(SimSpec(days=28), seed=2)))
    high = next(s for s in report.not_enough_data if s.factor == "high_caffeine")
    assert high.message.startswith("not enough data yet: log ")
    assert "more days with more than 400 mg of caffeine" in high.message
    # 28 days leave too few days per coefficient for 2-day delays: said, not silently skipped.
    assert any("delays of 1–2 days" in s.message for s in report.not_enough_data)


def test_days_with_no_entries_are_left_out_not_counted_as_zero() -> None:
    spec = SimSpec(days=200, effects=(Effect("sleep_hours", 0, 1.6, cut=7.0),), missing_frac=0.3)
    table = build_daily(*simulate_diary(spec, seed=5))
    report = analyse(table)
    assert report.days == table.tracked_days < len(table.rows)
    short = _result(report, "short_sleep", 0)
    assert short.ci_low <= 1.6 <= short.ci_high
    assert short.n_days < report.days  # lagged rows need the day before to be recorded too


def _diary(days: int, caffeine: list[float], tags: dict[str, list[bool]]) -> tuple[list, list]:  # type: ignore[type-arg]
    start = datetime(2025, 1, 6, 12, tzinfo=UTC)
    eps, exps = [], []
    for t in range(days):
        when = start + timedelta(days=t)
        eps.append(Episode(f"e{t}", when, EpisodeKind.FASCICULATION, count=(t * 7) % 5 + 1))
        exps.append(Exposure(f"c{t}", ExposureKind.CAFFEINE, when, caffeine[t]))
        for name, on in tags.items():
            if on[t]:
                exps.append(Exposure(f"{name}{t}", ExposureKind.TAG, when, detail=name))
    return eps, exps


def test_a_factor_that_never_varies_gets_a_clear_message() -> None:
    eps, exps = _diary(40, [200.0] * 40, {"gym": [t % 3 == 0 for t in range(40)]})
    report = analyse(build_daily(eps, exps))
    msg = next(s.message for s in report.not_enough_data if s.factor == "caffeine_mg")
    assert msg.startswith("caffeine was the same on every recorded day")
    assert {f.factor for f in report.factors} == {"tag:gym"}


def test_perfectly_collinear_factors_get_a_clear_message_not_a_traceback() -> None:
    on = [t % 3 == 0 for t in range(60)]
    caffeine = [300.0 if x else 0.0 for x in on]  # caffeine exactly when tagged 'party'
    eps, exps = _diary(60, caffeine, {"party": on})
    report = analyse(build_daily(eps, exps))
    msg = next(s.message for s in report.not_enough_data if s.factor == "tag:party")
    assert "logged 'party' and caffeine always changed together" in msg
    assert all(f.factor != "tag:party" for f in report.factors)
    assert {f.factor for f in report.factors} == {"caffeine_mg"}
    assert all(math.isfinite(f.ci_high) for f in report.factors)


def test_no_twitches_at_all_is_handled_without_a_traceback() -> None:
    start = date(2025, 1, 6)
    exps = [
        Exposure(
            f"c{t}",
            ExposureKind.CAFFEINE,
            datetime.combine(start + timedelta(days=t), datetime.min.time(), UTC),
            float(100 * (t % 3)),
        )
        for t in range(40)
    ]
    report = analyse(build_daily([], exps))
    assert report.days == 40
    assert report.factors == ()
    assert [s.message for s in report.not_enough_data] == [
        "no twitches are recorded yet, so there is nothing to relate your exposures to; log "
        "twitch episodes (or days without any) as they happen."
    ]
