"""Any diary shape (gaps, no twitches, constant or rare factors, few days) gives a report, never a
traceback or a warning (pytest turns warnings into errors)."""

from __future__ import annotations

import math
import random
from datetime import UTC, date, datetime, timedelta

import pytest

from legtwitch.diary.analysis import analyse
from legtwitch.diary.daily import build_daily
from legtwitch.diary.experiment import design_experiment
from legtwitch.diary.experiment_analysis import analyse_experiment
from legtwitch.domain.diary import Episode, EpisodeKind, Exposure, ExposureKind

KINDS = [
    ExposureKind.CAFFEINE,
    ExposureKind.SLEEP,
    ExposureKind.STRESS,
    ExposureKind.ALCOHOL,
    ExposureKind.EXERCISE,
    ExposureKind.TAG,
    ExposureKind.MEDICINE,
    ExposureKind.HEAT,
]
START = datetime(2025, 1, 6, 12, tzinfo=UTC)


def random_diary(seed: int) -> tuple[list[Episode], list[Exposure]]:
    r = random.Random(seed)
    days = r.choice([0, 1, 5, 21, 25, 30, 42, 60])
    p_zero, p_skip = r.random(), r.choice([0.0, 0.3, 0.7])
    episodes: list[Episode] = []
    exposures: list[Exposure] = []
    for t in range(days):
        if r.random() < p_skip:
            continue
        when = START + timedelta(days=t)
        count = 0 if r.random() < p_zero else r.choice([1, 2, 5, 30])
        if r.random() < 0.9:
            episodes.append(Episode(f"e{t}", when, r.choice(list(EpisodeKind)), count=count))
        for kind in r.sample(KINDS, r.randint(0, len(KINDS))):
            amount = r.choice([0.0, 1.0, 7.0, 100.0, 500.0, r.random() * 10])
            detail = (
                r.choice(["a", "b"]) if kind in (ExposureKind.TAG, ExposureKind.MEDICINE) else None
            )
            exposures.append(
                Exposure(
                    f"x{t}{kind.value}",
                    kind,
                    when,
                    amount if r.random() < 0.8 else None,
                    detail=detail,
                )
            )
    return episodes, exposures


@pytest.mark.parametrize("seed", range(60))
def test_any_diary_gives_a_report(seed: int) -> None:
    table = build_daily(*random_diary(seed))
    report = analyse(table)
    assert report.days == table.tracked_days
    assert report.factors or report.not_enough_data
    for f in report.factors:
        assert math.isfinite(f.rate_ratio) and f.ci_low <= f.rate_ratio <= f.ci_high
        assert 0.0 <= f.p_value <= 1.0 and f.p_value <= f.q_value <= 1.0
    design = design_experiment("caffeine", date(2025, 1, 6), 6, seed=seed)
    result = analyse_experiment(design, table, design.end)
    assert result.verdict in (
        "increase",
        "decrease",
        "no clear effect",
        "inconclusive",
        "not enough data",
    )
