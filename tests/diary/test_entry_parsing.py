"""Forgiving input: times, durations, amounts, sites, kinds; one clear sentence when wrong."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest
from hypothesis import given
from hypothesis import strategies as st

from legtwitch.domain.diary import EpisodeKind, Side
from legtwitch.entry.durations import parse_amount, parse_duration
from legtwitch.entry.validate import parse_kind, parse_site
from legtwitch.entry.when import parse_when
from legtwitch.errors import InputError

BERLIN_WINTER = timezone(timedelta(hours=1))
NOW = datetime(2026, 11, 24, 20, 0, tzinfo=UTC)  # 21:00 local


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("08:15", datetime(2026, 11, 24, 8, 15, tzinfo=BERLIN_WINTER)),
        (
            "22:30",
            datetime(2026, 11, 23, 22, 30, tzinfo=BERLIN_WINTER),
        ),  # later than now: yesterday
        ("yesterday 23:30", datetime(2026, 11, 23, 23, 30, tzinfo=BERLIN_WINTER)),
        ("Today 7am", datetime(2026, 11, 24, 7, 0, tzinfo=BERLIN_WINTER)),
        ("11pm", datetime(2026, 11, 23, 23, 0, tzinfo=BERLIN_WINTER)),
        ("2026-11-20T08:15", datetime(2026, 11, 20, 8, 15, tzinfo=BERLIN_WINTER)),
        ("2026-11-20", datetime(2026, 11, 20, 0, 0, tzinfo=BERLIN_WINTER)),
        (
            "2026-11-20T08:15:00+05:30",
            datetime(2026, 11, 20, 8, 15, tzinfo=timezone(timedelta(hours=5.5))),
        ),
        ("2h ago", NOW - timedelta(hours=2)),
        ("90 min ago", NOW - timedelta(minutes=90)),
        ("now", NOW),
        (None, NOW),
    ],
)
def test_times_people_type(text: str | None, expected: datetime) -> None:
    got = parse_when(text, now=NOW, tz=BERLIN_WINTER)
    assert got == expected
    assert got.tzinfo is not None


@pytest.mark.parametrize("text", ["2099-01-01", "tomorrow", "25:00", "13pm", "soon", "in 2 hours"])
def test_bad_or_future_times_are_refused_in_one_sentence(text: str) -> None:
    with pytest.raises(InputError) as info:
        parse_when(text, now=NOW, tz=BERLIN_WINTER)
    message = str(info.value)
    assert "\n" not in message and message.endswith(".")


@pytest.mark.parametrize(
    ("text", "seconds"),
    [
        ("5.5h", 19800),
        ("7h30m", 27000),
        ("7h 30min", 27000),
        ("90 min", 5400),
        ("7:30", 27000),
        ("45s", 45),
        ("1 hour and 30 minutes", 5400),
        ("6,5h", 23400),
        ("8", 28800),
    ],
)
def test_natural_durations(text: str, seconds: float) -> None:
    assert parse_duration(text) == pytest.approx(seconds)


@given(st.integers(0, 30), st.integers(0, 59))
def test_hours_and_minutes_written_any_way_agree(hours: int, minutes: int) -> None:
    expected = hours * 3600 + minutes * 60
    assert parse_duration(f"{hours}h{minutes}m") == expected
    assert parse_duration(f"{hours}h {minutes}min") == expected
    assert parse_duration(f"{hours}:{minutes:02d}") == expected


@pytest.mark.parametrize("text", ["", "abc", "5 fortnights", "h5", "5h banana"])
def test_unreadable_durations(text: str) -> None:
    with pytest.raises(InputError):
        parse_duration(text)


def test_amount_units_and_unknown_unit() -> None:
    units = {"": 1.0, "l": 1.0, "ml": 0.001}
    assert parse_amount("500ml", units, what="fluids", example="500ml") == pytest.approx(0.5)
    assert parse_amount("1,5 l", units, what="fluids", example="500ml") == pytest.approx(1.5)
    with pytest.raises(InputError, match="Unknown unit 'gallons' for fluids"):
        parse_amount("2 gallons", units, what="fluids", example="500ml")


def test_sites_and_kinds() -> None:
    assert parse_site("left-calf") == ("calf", Side.LEFT)
    assert parse_site("Right thigh") == ("thigh", Side.RIGHT)
    assert parse_site("foot") == ("foot", None)
    assert parse_kind("urge-to-move") is EpisodeKind.URGE_TO_MOVE
    assert parse_kind("twitch") is EpisodeKind.FASCICULATION
    with pytest.raises(InputError, match="Unknown site"):
        parse_site("left-elbow")
    with pytest.raises(InputError, match="Unknown kind"):
        parse_kind("sneeze")
