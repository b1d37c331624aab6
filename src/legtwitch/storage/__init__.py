"""The diary's storage: the only package that imports SQLAlchemy.

`open_database(url)` (in `database.py`) makes an engine, brings the schema to the newest migration
and returns a `Database` whose `diary` repository does every read and write. `sqlite_append` adds
one entry to an up-to-date SQLite file with the standard library alone, for the quick `log` command.
Names are loaded on first use, so importing this package does not import SQLAlchemy.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from legtwitch.storage.database import Database, open_database
    from legtwitch.storage.repository import DiaryRepository

__all__ = ["Database", "DiaryRepository", "open_database"]


def __getattr__(name: str) -> Any:
    if name in ("Database", "open_database"):
        from legtwitch.storage import database

        return getattr(database, name)
    if name == "DiaryRepository":
        from legtwitch.storage.repository import DiaryRepository

        return DiaryRepository
    raise AttributeError(name)
