"""The standard-library append path stores exactly what the SQLAlchemy repository stores."""

from __future__ import annotations

import sqlite3
from datetime import datetime, timedelta, timezone
from pathlib import Path

from legtwitch.domain.diary import Episode, EpisodeKind, Exposure, ExposureKind, Side
from legtwitch.storage import open_database
from legtwitch.storage.sqlite_append import sqlite_file, try_append

AT = datetime(2026, 2, 3, 23, 59, 58, 123456, tzinfo=timezone(timedelta(hours=5, minutes=30)))
ENTRIES = [
    Episode("e1", AT, EpisodeKind.CRAMP, 12.5, "calf", Side.LEFT, 7, 2, "night ✓", "manual"),
    Episode("e2", AT, EpisodeKind.OTHER),
    Exposure("x1", ExposureKind.SLEEP, AT, 7.25, AT + timedelta(hours=7.25), "nap", 3),
    Exposure("x2", ExposureKind.TAG, AT, detail="flight"),
]


def raw_rows(path: Path) -> list[tuple[object, ...]]:
    with sqlite3.connect(path) as conn:
        return [
            *conn.execute("SELECT * FROM episodes ORDER BY id"),
            *conn.execute("SELECT * FROM exposures ORDER BY id"),
        ]


def test_same_rows_as_the_repository(tmp_path: Path) -> None:
    quick, full = tmp_path / "quick.sqlite3", tmp_path / "full.sqlite3"
    for path in (quick, full):
        open_database(f"sqlite:///{path}").close()
    with open_database(f"sqlite:///{full}") as db:
        db.diary.add_episodes([e for e in ENTRIES if isinstance(e, Episode)])
        db.diary.add_exposures([e for e in ENTRIES if isinstance(e, Exposure)])
    for entry in ENTRIES:
        assert try_append(f"sqlite:///{quick}", entry)
        assert try_append(f"sqlite:///{quick}", entry)  # a repeated id is skipped, not an error
    assert raw_rows(quick) == raw_rows(full)
    with open_database(f"sqlite:///{quick}") as db:
        assert [*db.diary.iter_episodes(), *db.diary.iter_exposures()] == ENTRIES


def test_falls_back_when_it_cannot_append(tmp_path: Path) -> None:
    entry = ENTRIES[1]
    missing = tmp_path / "missing.sqlite3"
    assert not try_append(f"sqlite:///{missing}", entry)
    assert not missing.exists()
    assert not try_append("postgresql+psycopg://u@h/db", entry)
    assert sqlite_file("sqlite:///:memory:") is None
    old = tmp_path / "old.sqlite3"
    open_database(f"sqlite:///{old}").close()
    with sqlite3.connect(old) as conn:
        conn.execute("UPDATE alembic_version SET version_num = 'older'")
    assert not try_append(f"sqlite:///{old}", entry)
    bare = tmp_path / "bare.sqlite3"
    sqlite3.connect(bare).close()
    assert not try_append(f"sqlite:///{bare}", entry)
