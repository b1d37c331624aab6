"""Our own export: complete, lossless, byte-identical after a round trip, idempotent."""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest

from legtwitch.domain.diary import Episode, EpisodeKind, Exposure, ExposureKind, Side
from legtwitch.errors import InputError
from legtwitch.services import diary, transfer
from legtwitch.storage import Database, open_database


def fill(db: Database, n: int = 60, seed: int = 7) -> None:
    """A varied diary: several offsets, every kind, optional fields set and unset, odd floats."""
    rng = random.Random(seed)
    base = datetime(2026, 6, 1, 6, 30, tzinfo=UTC)
    offsets = [timezone(timedelta(hours=h)) for h in (-8, -3.5, 0, 1, 2, 5.75, 9)]
    for i in range(n):
        tz = rng.choice(offsets)
        at = (base + timedelta(hours=i * 7, seconds=rng.random() * 100)).astimezone(tz)
        diary.log(
            db,
            Episode(
                f"ep-{i:04d}",
                at,
                rng.choice(list(EpisodeKind)),
                rng.choice([None, 0.1 + rng.random() * 30]),
                rng.choice([None, "calf", "foot"]),
                rng.choice([None, *Side]),
                rng.choice([None, 0, 5, 10]),
                rng.randint(0, 3),
                rng.choice([None, 'after a long run, "quoted", comma', "ünïcode ✓"]),
                rng.choice(["manual", "daily_csv"]),
            ),
        )
        kind = rng.choice([k for k in ExposureKind if k not in (ExposureKind.HEAT,)])
        amount = rng.choice([None, round(rng.random() * 8, 3), 1 / 3])
        end = at + timedelta(hours=7.5) if kind is ExposureKind.SLEEP else None
        diary.log(
            db,
            Exposure(
                f"ex-{i:04d}", kind, at, amount, end, f"detail {i}", rng.choice([None, 3]), "manual"
            ),
        )
    diary.save_assessment(
        db,
        assessment_id="as-1",
        created=base.astimezone(offsets[1]),
        knowledge_base_version="2026.11.0",
        payload={"causes": [{"id": "benign", "probability": 0.6180339887}], "note": "é"},
    )


@pytest.mark.parametrize("fmt", ["json", "csv"])
def test_round_trip_gives_identical_files(
    fmt: str, database_url: str, make_url: Callable[[], str], tmp_path: Path
) -> None:
    first, second = tmp_path / f"first.{fmt}", tmp_path / f"second.{fmt}"
    with open_database(database_url) as db:
        fill(db)
        counts = transfer.export(db, fmt, first)
        originals = (list(db.diary.iter_episodes()), list(db.diary.iter_exposures()))
    assert counts == {"episodes": 60, "exposures": 60, "assessments": 1}
    with open_database(make_url()) as fresh:  # type: ignore[operator]
        report = transfer.import_path(fresh, first)
        assert (report.added, report.already_present) == (121, 0)
        transfer.export(fresh, fmt, second)
        assert (list(fresh.diary.iter_episodes()), list(fresh.diary.iter_exposures())) == originals
    assert second.read_bytes() == first.read_bytes()


def test_importing_twice_adds_nothing(database_url: str, tmp_path: Path) -> None:
    path = tmp_path / "diary.json"
    with open_database(f"sqlite:///{tmp_path / 'source.sqlite3'}") as source:
        fill(source, n=10)
        transfer.export(source, "json", path)
    with open_database(database_url) as db:
        assert transfer.import_path(db, path).added == 21
        again = transfer.import_path(db, path)
        assert (again.added, again.already_present) == (0, 21)
        assert db.diary.counts() == {"episodes": 10, "exposures": 10, "assessments": 1}


@pytest.mark.parametrize("fmt", ["json", "csv"])
def test_truncated_or_malformed_exports_write_nothing(
    fmt: str, database_url: str, tmp_path: Path
) -> None:
    good = tmp_path / f"good.{fmt}"
    with open_database(f"sqlite:///{tmp_path / 'source.sqlite3'}") as source:
        fill(source, n=20)
        transfer.export(source, fmt, good)
    data = good.read_bytes()
    cut = tmp_path / f"cut.{fmt}"
    cut.write_bytes(data[: len(data) * 2 // 3])
    bad_value = tmp_path / f"bad.{fmt}"
    bad_value.write_bytes(data.replace(b"fasciculation", b"sneeze", 1))
    with open_database(database_url) as db:
        for path in (cut, bad_value):
            with pytest.raises(InputError) as info:
                transfer.import_path(db, path)
            assert "\n" not in str(info.value)
            assert db.diary.counts() == {"episodes": 0, "exposures": 0, "assessments": 0}


def test_future_entries_in_an_export_are_refused(database_url: str, tmp_path: Path) -> None:
    path = tmp_path / "future.json"
    path.write_text(
        '{"format": "legtwitch-diary", "version": 1, "episodes": [{"id": "f1", "kind": "cramp", '
        '"start": "2099-01-01T00:00:00+00:00"}], "exposures": [], "assessments": []}',
        encoding="utf-8",
    )
    with open_database(database_url) as db:
        with pytest.raises(InputError, match="in the future"):
            transfer.import_path(db, path)
        assert db.diary.counts()["episodes"] == 0


def test_export_refuses_unknown_format_and_leaves_no_partial_file(tmp_path: Path) -> None:
    with (
        open_database(f"sqlite:///{tmp_path / 'd.sqlite3'}") as db,
        pytest.raises(InputError, match="Unknown export format"),
    ):
        transfer.export(db, "xlsx", tmp_path / "out.xlsx")
    assert sorted(p.name for p in tmp_path.iterdir() if not p.name.startswith("d.sqlite3")) == []


def test_now_is_accepted(tmp_path: Path) -> None:
    with open_database(f"sqlite:///{tmp_path / 'd.sqlite3'}") as db:
        diary.log(db, Exposure("n1", ExposureKind.TAG, datetime.now(UTC), detail="now"))
        assert db.diary.counts()["exposures"] == 1
