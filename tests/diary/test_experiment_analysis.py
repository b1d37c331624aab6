"""Experiment analysis: the randomisation test under the null, and verdicts on planted effects."""

from __future__ import annotations

from datetime import date, timedelta

from legtwitch.diary.daily import build_daily
from legtwitch.diary.experiment import ExperimentDesign, design_experiment
from legtwitch.diary.experiment_analysis import analyse_experiment, randomisation_test
from legtwitch.diary.policy import AnalysisPolicy, load_policy
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
        test = randomisation_test(pairs)
        assert test.smallest_p == 2 / 64
        assert test.one_sided_p == test.p_value / 2
        ps.append(test.p_value)
    arr = np.array(ps)
    assert 0.42 <= arr.mean() <= 0.58
    assert 0.02 <= float(np.mean(arr <= 0.1)) <= 0.16  # nominal 0.09 (6/64 after ties)


def test_randomisation_test_sees_a_consistent_large_difference() -> None:
    pairs = [([9.0, 8.0, 10.0], [2.0, 3.0, 1.0])] * 6
    test = randomisation_test(pairs)
    assert test.p_value == test.smallest_p
    assert test.direction == 1
    assert test.one_sided_p == test.smallest_one_sided_p == 1 / 64
    flipped = randomisation_test([(off, on) for on, off in pairs])
    assert flipped.direction == -1 and flipped.p_value == test.p_value


def test_the_one_sided_p_counts_only_the_observed_direction() -> None:
    # Two pairs: statistics of the 4 assignments are ±(d1 + d2)/2 and ±(d1 - d2)/2.
    pairs = [([4.0], [1.0]), ([2.0], [3.0])]
    test = randomisation_test(pairs)
    assert test.direction == 1
    assert test.p_value == 1.0  # |d1 + d2| is the smaller of the two magnitudes
    assert test.one_sided_p == 0.5
    assert randomisation_test([([2.0], [2.0])]).direction == 0
    assert randomisation_test([([2.0], [2.0])]).one_sided_p == 1.0


def _policy_with_check_from(pairs: float) -> AnalysisPolicy:
    pol = load_policy()
    old = pol.experiment.randomisation_check_min_pairs
    exp = pol.experiment.model_copy(
        update={"randomisation_check_min_pairs": old.model_copy(update={"value": pairs})}
    )
    return pol.model_copy(update={"experiment": exp})


def test_an_effect_the_randomisation_test_does_not_confirm_is_inconclusive() -> None:
    # Seed 9 at 12 weeks (6 pairs): the count model's interval lies above 1, but the exact
    # randomisation test gives one-sided p = 4/64 in that direction, above the policy's 0.05.
    design, table = _run(12, 1.3, seed=9)
    result = analyse_experiment(design, table, design.end)
    assert result.ci_low is not None and result.ci_low > 1.0
    assert result.randomisation_direction == 1
    assert result.randomisation_p is not None and result.randomisation_p / 2 > 0.05
    assert result.verdict == "inconclusive"
    assert "randomisation test on your coin-flipped weeks does not confirm it" in result.message
    # The same data with the check switched off (from 7 pairs on only) says "increase".
    unchecked = analyse_experiment(design, table, design.end, _policy_with_check_from(7))
    assert unchecked.verdict == "increase"


def test_shorter_experiments_are_judged_by_the_model_alone() -> None:
    # 10 weeks = 5 pairs, below the policy's 6: an interval above 1× is an increase even when the
    # randomisation test (smallest one-sided p 1/32) does not reach 0.05 in that direction.
    seen = 0
    for seed in range(60):
        design, table = _run(10, 1.4, seed=seed)
        result = analyse_experiment(design, table, design.end)
        assert result.smallest_possible_p == 2 / 32
        if result.ci_low is not None and result.ci_low > 1.0:
            assert result.verdict == "increase"
            seen += (result.randomisation_p or 1.0) / 2 > 0.05
    assert seen, "no 10-week seed had an interval above 1× that the randomisation test missed"


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
