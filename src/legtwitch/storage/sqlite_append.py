"""Add one entry to an up-to-date SQLite diary using only the standard library.

`legtwitch log` runs once per entry, and importing SQLAlchemy would take most of its time. This
path writes exactly the row the repository writes (a test compares the stored rows) and returns
False whenever it cannot: another backend, no file yet, or a schema that needs migrating. The
caller then takes the full path, which creates and migrates the database.
"""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from legtwitch.domain.diary import Episode, Exposure
from legtwitch.storage import rows
from legtwitch.storage.sqlite_settings import BUSY_TIMEOUT_MS, HEAD_REVISION, PRAGMAS


def sqlite_file(url: str) -> Path | None:
    """The file of a plain `sqlite:///path` URL; None for anything else."""
    prefix = "sqlite:///"
    if not url.startswith(prefix) or "?" in url or url[len(prefix) :] in ("", ":memory:"):
        return None
    return Path(url[len(prefix) :])


def _value(value: Any) -> Any:
    # SQLAlchemy stores SQLite DATETIME as this text; UtcDateTime stores it in UTC.
    if isinstance(value, datetime):
        return value.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")
    return value


def try_append(url: str, entry: Episode | Exposure) -> bool:
    """Insert `entry` (skipped if its id exists) and return True, or return False to fall back."""
    path = sqlite_file(url)
    if path is None or not path.is_file():
        return False
    table, row = (
        ("episodes", rows.episode_row(entry))
        if isinstance(entry, Episode)
        else ("exposures", rows.exposure_row(entry))
    )
    conn = sqlite3.connect(path, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None)
    try:
        for pragma in PRAGMAS:
            conn.execute(pragma)
        try:
            revision = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        except sqlite3.DatabaseError:
            return False
        if revision is None or revision[0] != HEAD_REVISION:
            return False
        columns = ", ".join(f'"{name}"' for name in row)
        marks = ", ".join(f":{name}" for name in row)
        conn.execute("BEGIN IMMEDIATE")
        try:
            conn.execute(
                f"INSERT INTO {table} ({columns}) VALUES ({marks}) ON CONFLICT (id) DO NOTHING",
                {name: _value(value) for name, value in row.items()},
            )
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        return True
    finally:
        conn.close()
