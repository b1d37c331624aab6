"""Experiment services on a real database: stored schedule, reminders, the result from the diary."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from legtwitch.diary.simulation import Effect, SimSpec, simulate_experiment
from legtwitch.errors import InputError
from legtwitch.services import experiments
from legtwitch.storage import open_database

START = date(2025, 3, 3)
NOW = datetime(2025, 3, 3, 8, tzinfo=UTC)


def test_schedule_is_stored_and_analysed_from_the_diary(database_url: str) -> None:
    with open_database(database_url) as db:
        running = experiments.start(db, "caffeine", 8, today=START, now=NOW, seed=99)
    with open_database(database_url) as db:  # reopened: the schedule comes back from storage
        again = experiments.current(db)
        assert again is not None and again.design == running.design
        design = again.design
        arms = [design.arm_on(START + timedelta(days=t)).block.arm == "on" for t in range(56)]  # type: ignore[union-attr]
        spec = SimSpec(
            days=56, effects=(Effect("caffeine_mg", 0, 2.5, cut=50.0, below=False),), start=START
        )
        episodes, exposures = simulate_experiment(spec, arms, 1.0, seed=4)
        db.diary.add_episodes(episodes)
        db.diary.add_exposures(exposures)
        reminder = experiments.today_reminder(db, START + timedelta(days=10))
        assert reminder is not None and "block 2 of 8" in reminder
        assert experiments.today_reminder(db, START + timedelta(days=60)) == (
            "Your experiment has ended: see `legtwitch experiment result`."
        )
        status = experiments.status(db, design.end)
        assert status.adherence.share == 1.0 and status.adherence.days_checked == 40
        result = experiments.result(db, design.end)
        assert result.verdict == "increase"
        assert result.ci_low is not None and result.ci_high is not None
        assert result.ci_low <= 2.5 <= result.ci_high
        experiments.stop(db, NOW)
        assert experiments.current(db) is None
        with pytest.raises(InputError, match="No experiment is running"):
            experiments.result(db, design.end)


def test_a_finished_experiment_can_be_replaced(database_url: str) -> None:
    with open_database(database_url) as db:
        first = experiments.start(db, "caffeine", 2, today=START, now=NOW, seed=1)
        later = START + timedelta(days=30)
        second = experiments.start(db, "alcohol", 2, today=later, now=NOW + timedelta(days=30))
        current = experiments.current(db)
        assert current is not None and current.id == second.id != first.id
        assert current.design.factor == "alcohol"
