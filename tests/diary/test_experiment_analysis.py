"""Experiment analysis: the randomisation test under the null, and verdicts on planted effects."""

from __future__ import annotations

from datetime import date, timedelta

from legtwitch.diary.daily import build_daily
from legtwitch.diary.experiment import ExperimentDesign, design_experiment
from legtwitch.diary.experiment_analysis import analyse_experiment, randomisation_test
from legtwitch.diary.simulation import Effect, SimSpec, simulate_experiment

START = date(2025, 1, 6)


def _run(weeks: int, rr: float, seed: int, followed: float = 1.0):  # type: ignore[no-untyped-def]
    design = design_experiment("caffeine", START, weeks, seed=seed)
    arms = []
    for t in range(weeks * 7):
        arm = design.arm_on(START + timedelta(days=t))
        assert arm is not None
        arms.append(arm.block.arm == "on")
    spec = SimSpec(
        days=weeks * 7,
        effects=(Effect("caffeine_mg", 0, rr, cut=50.0, below=False),),
        nb_alpha=0.2,
    )
    table = build_daily(*simulate_experiment(spec, arms, followed, seed))
    return design, table


def test_randomisation_p_is_roughly_uniform_under_the_null() -> None:
    import numpy as np

    rng = np.random.default_rng(2024)
    ps = []
    for _ in range(300):
        pairs = [(rng.poisson(4.0, 5).tolist(), rng.poisson(4.0, 5).tolist()) for _ in range(6)]
        p, smallest = randomisation_test(pairs)
        assert smallest == 2 / 64
        ps.append(p)
    arr = np.array(ps)
    assert 0.42 <= arr.mean() <= 0.58
    assert 0.02 <= float(np.mean(arr <= 0.1)) <= 0.16  # nominal 0.09 (6/64 after ties)


def test_randomisation_test_sees_a_consistent_large_difference() -> None:
    pairs = [([9.0, 8.0, 10.0], [2.0, 3.0, 1.0])] * 6
    p, smallest = randomisation_test(pairs)
    assert p == smallest


def test_a_strong_effect_is_found_with_its_interval() -> None:
    design, table = _run(12, 2.0, seed=5)
    result = analyse_experiment(design, table, design.end)
    assert result.verdict == "increase"
    assert result.ci_low is not None and result.ci_high is not None
    assert result.ci_low <= 2.0 <= result.ci_high
    assert result.message.startswith("caffeine seems to increase your twitches")
    assert result.days_on == result.days_off == 30
    assert result.adherence is not None and result.adherence.share == 1.0


def test_no_effect_over_a_long_experiment_says_so_or_stays_inconclusive() -> None:
    design, table = _run(24, 1.0, seed=8)
    result = analyse_experiment(design, table, design.end)
    assert result.verdict in ("no clear effect", "inconclusive")
    assert result.ci_low is not None and result.ci_low <= 1.0 <= (result.ci_high or 0)


def test_before_the_first_pair_ends_there_is_not_enough_data() -> None:
    design, table = _run(6, 1.5, seed=1)
    result = analyse_experiment(design, table, START + timedelta(days=9))
    assert result.verdict == "not enough data"
    assert "runs until" in result.message


def test_poor_adherence_is_said() -> None:
    design, table = _run(8, 1.5, seed=3, followed=0.5)
    result = analyse_experiment(design, table, design.end)
    assert "so the result is unreliable" in result.message


def test_stored_design_gives_the_same_result() -> None:
    design, table = _run(6, 1.5, seed=4)
    again = ExperimentDesign.from_dict(design.to_dict())
    assert analyse_experiment(again, table, again.end) == analyse_experiment(
        design, table, design.end
    )
