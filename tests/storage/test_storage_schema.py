"""The schema: migrations reach Alembic's head, match the table definitions, and reopen cleanly."""

from __future__ import annotations

from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import text

from legtwitch.errors import LegtwitchError
from legtwitch.storage import open_database
from legtwitch.storage.migrate import HEAD_REVISION, MIGRATIONS, current_revision
from legtwitch.storage.tables import metadata


def test_head_revision_constant_is_alembics_head() -> None:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    assert ScriptDirectory.from_config(config).get_heads() == [HEAD_REVISION]


def test_migrated_schema_matches_tables(database_url: str) -> None:
    with open_database(database_url) as db, db.engine.connect() as conn:
        assert current_revision(conn) == HEAD_REVISION
        diffs = compare_metadata(MigrationContext.configure(conn), metadata)
    assert diffs == []


def test_reopening_keeps_data_and_revision(database_url: str) -> None:
    from datetime import UTC, datetime

    from legtwitch.domain.diary import Exposure, ExposureKind

    entry = Exposure("x" * 8, ExposureKind.TAG, datetime(2026, 1, 2, tzinfo=UTC), detail="flight")
    with open_database(database_url) as db:
        db.diary.add_exposures([entry])
    with open_database(database_url) as db:
        assert list(db.diary.iter_exposures()) == [entry]


def test_sqlite_runs_in_wal_with_foreign_keys(tmp_path: Path) -> None:
    with open_database(f"sqlite:///{tmp_path / 'd.sqlite3'}") as db, db.engine.connect() as conn:
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert conn.execute(text("PRAGMA busy_timeout")).scalar() > 0


def test_default_file_is_created_in_its_folder(tmp_path: Path) -> None:
    path = tmp_path / "new" / "folder" / "diary.sqlite3"
    with open_database(f"sqlite:///{path}"):
        pass
    assert path.is_file()


@pytest.mark.parametrize(
    "url",
    ["not a url", "mysql://u@h/db"],
)
def test_unusable_urls_get_one_sentence(url: str) -> None:
    with pytest.raises(LegtwitchError) as info:
        open_database(url)
    assert "\n" not in str(info.value)


def test_a_file_that_is_not_a_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "junk.sqlite3"
    path.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(LegtwitchError, match="Cannot open the diary database"):
        open_database(f"sqlite:///{path}")
    assert path.read_bytes() == b"this is not sqlite" * 100
