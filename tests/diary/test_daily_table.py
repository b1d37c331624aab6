"""Diary entries → daily rows: recorded vs not recorded days, zero vs unknown, sleep day, burden."""

from __future__ import annotations

from datetime import UTC, date, datetime

from legtwitch.diary.daily import build_daily
from legtwitch.domain.diary import Episode, EpisodeKind, Exposure, ExposureKind


def at(day: int, hour: int = 12) -> datetime:
    return datetime(2025, 3, day, hour, tzinfo=UTC)


def test_days_without_entries_are_not_recorded_and_not_zero() -> None:
    eps = [Episode("a", at(1, 9), EpisodeKind.FASCICULATION, count=3)]
    exps = [Exposure("c", ExposureKind.CAFFEINE, at(4), 200.0)]
    table = build_daily(eps, exps)
    assert [r.day for r in table.rows] == [date(2025, 3, d) for d in (1, 2, 3, 4)]
    assert [r.tracked for r in table.rows] == [True, False, False, True]
    assert table.rows[1].twitches is None
    assert table.column("caffeine_mg") == [0.0, None, None, 200.0]
    # Day 4 was recorded (caffeine logged by hand) with no twitches: that is a real zero.
    assert table.rows[3].twitches == 0
    assert table.tracked_days == 2


def test_imported_exposures_do_not_make_a_day_recorded() -> None:
    eps = [Episode("a", at(1), EpisodeKind.FASCICULATION)]
    steps = [Exposure("s", ExposureKind.STEPS, at(2), 8000.0, source="phone")]
    table = build_daily(eps, steps)
    assert [r.tracked for r in table.rows] == [True]
    table = build_daily(eps, steps, tracked_days=[date(2025, 3, 2)])
    assert table.rows[1].tracked and table.rows[1].twitches == 0
    assert table.rows[1].values["steps"] == 8000.0


def test_missing_means_unknown_for_states_and_zero_for_intakes() -> None:
    table = build_daily([Episode("a", at(1), EpisodeKind.FASCICULATION)], [])
    values = table.rows[0].values
    assert values["caffeine_mg"] == 0.0 and values["alcohol_units"] == 0.0
    assert values["sleep_hours"] is None and values["stress"] is None


def test_sleep_counts_for_the_morning_it_ends() -> None:
    sleep = Exposure(
        "s",
        ExposureKind.SLEEP,
        datetime(2025, 3, 1, 23, tzinfo=UTC),
        None,
        end=datetime(2025, 3, 2, 5, 30, tzinfo=UTC),
    )
    nap = Exposure("n", ExposureKind.SLEEP, at(2, 14), 0.5)
    table = build_daily([Episode("a", at(2), EpisodeKind.FASCICULATION)], [sleep, nap])
    row = next(r for r in table.rows if r.day == date(2025, 3, 2))
    assert row.values["sleep_hours"] == 7.0  # 23:00 to 05:30 plus a half-hour nap
    assert table.rows[0].day == date(2025, 3, 2)  # the night of 1 March counts for 2 March


def test_counts_parts_of_day_burden_and_kinds() -> None:
    eps = [
        Episode("a", at(1, 3), EpisodeKind.FASCICULATION, duration_s=60, intensity=10),
        Episode("b", at(1, 20), EpisodeKind.JERK, count=2),
        Episode("c", at(1, 21), EpisodeKind.CRAMP, count=5),  # not a twitch
    ]
    row = build_daily(eps, []).rows[0]
    assert row.twitches == 3
    assert row.parts == {"night": 1, "morning": 0, "afternoon": 0, "evening": 2}
    # 1×(10/10)×1 min + 2×(5/10)×(10 s = 1/6 min), defaults from the policy file
    assert row.burden == round(1.0 + 2 * 0.5 * 10 / 60, 3)


def test_medicines_and_tags_become_yes_no_columns() -> None:
    eps = [Episode("a", at(d), EpisodeKind.FASCICULATION) for d in (1, 2)]
    med = Exposure("m", ExposureKind.MEDICINE, at(2), detail="Salbutamol")
    table = build_daily(eps, [med])
    assert "medicine:salbutamol" in table.columns
    assert table.column("medicine:salbutamol") == [0.0, 1.0]


def test_nothing_logged_gives_an_empty_table() -> None:
    table = build_daily([], [])
    assert table.rows == () and table.tracked_days == 0
