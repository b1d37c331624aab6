"""A daily spreadsheet (one row per day) imports once, reports unknown columns, refuses bad rows."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from legtwitch.domain.diary import EpisodeKind, ExposureKind
from legtwitch.errors import InputError
from legtwitch.services import diary, transfer
from legtwitch.settings import Settings
from legtwitch.storage import open_database

SHEET = Path(__file__).parents[1] / "fixtures" / "diary" / "daily.csv"
SETTINGS = Settings(timezone="Europe/Berlin")


def test_daily_sheet_becomes_entries_at_local_midnight(database_url: str) -> None:
    with open_database(database_url) as db:
        report = transfer.import_path(db, SHEET, settings=SETTINGS)
        assert report.source == "daily spreadsheet"
        assert report.details == {"days": 3}
        assert report.ignored_columns == ["mood"]
        assert report.added == 9 + 10 + 4  # non-empty known cells
        window = diary.entries_between(
            db, datetime(2026, 9, 30, tzinfo=UTC), datetime(2026, 10, 5, tzinfo=UTC)
        )
    counts = [(e.start.date().isoformat(), e.count) for e in window.episodes]
    assert counts == [("2026-10-01", 12), ("2026-10-02", 4), ("2026-10-03", 0)]
    assert {e.kind for e in window.episodes} == {EpisodeKind.FASCICULATION}
    midnight = datetime(2026, 10, 1, tzinfo=ZoneInfo("Europe/Berlin"))
    assert window.episodes[0].start == midnight
    first_day = {x.kind: x.amount for x in window.exposures if x.at == midnight}
    assert first_day[ExposureKind.CAFFEINE] == 300
    assert first_day[ExposureKind.SLEEP] == 6.5
    assert first_day[ExposureKind.HEAT] == 18
    medicines = sorted(
        (x.at.day, x.detail, x.amount) for x in window.exposures if x.kind is ExposureKind.MEDICINE
    )
    assert medicines == [
        (1, "magnesium", None),
        (2, "cetirizine", None),
        (2, "ibuprofen", None),
        (3, "magnesium", 400.0),
    ]


def test_importing_the_sheet_twice_adds_nothing(database_url: str) -> None:
    with open_database(database_url) as db:
        first = transfer.import_path(db, SHEET, settings=SETTINGS)
        second = transfer.import_path(db, SHEET, settings=SETTINGS)
        assert (second.added, second.already_present) == (0, first.added)


@pytest.mark.parametrize(
    ("row", "message"),
    [
        ("2026-10-04,3,100,30,2", "line 3: Sleep of 30 h"),
        ("2026-10-04,3,-100,7,2", "line 3: A negative amount of caffeine"),
        ("2099-10-04,3,100,7,2", "line 3: The time 2099-10-04"),
        ("04/10/2026,3,100,7,2", "YYYY-MM-DD"),
        ("2026-10-04,3,lots,7,2", "caffeine_mg is 'lots', not a number"),
        ("2026-10-04,3,100,7,11", "stress rating 11"),
    ],
)
def test_a_bad_row_stops_the_import_before_anything_is_written(
    database_url: str, tmp_path: Path, row: str, message: str
) -> None:
    sheet = tmp_path / "sheet.csv"
    sheet.write_text(
        f"date,twitches,caffeine_mg,sleep_hours,stress\n2026-10-03,1,50,7,1\n{row}\n",
        encoding="utf-8",
    )
    with open_database(database_url) as db:
        with pytest.raises(InputError, match=message) as info:
            transfer.import_path(db, sheet, settings=SETTINGS)
        assert "\n" not in str(info.value)
        assert db.diary.counts() == {"episodes": 0, "exposures": 0, "assessments": 0}


def test_a_csv_that_is_neither_kind_is_explained(tmp_path: Path) -> None:
    sheet = tmp_path / "other.csv"
    sheet.write_text("day,coffee\n2026-10-01,2\n", encoding="utf-8")
    with (
        open_database(f"sqlite:///{tmp_path / 'd.sqlite3'}") as db,
        pytest.raises(InputError, match="'date' column"),
    ):
        transfer.import_path(db, sheet)


def test_yesterday_is_fine_today_plus_two_is_not(tmp_path: Path) -> None:
    today = datetime.now(UTC).date()
    sheet = tmp_path / "s.csv"
    sheet.write_text(f"date,stress\n{today - timedelta(days=1)},3\n", encoding="utf-8")
    with open_database(f"sqlite:///{tmp_path / 'd.sqlite3'}") as db:
        assert transfer.import_path(db, sheet).added == 1
        sheet.write_text(f"date,stress\n{today + timedelta(days=2)},3\n", encoding="utf-8")
        with pytest.raises(InputError, match="future"):
            transfer.import_path(db, sheet)
