"""Diary engines: SQLite (WAL, foreign keys, busy timeout, BEGIN IMMEDIATE) or PostgreSQL."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, event
from sqlalchemy.engine import Connection, Engine, make_url
from sqlalchemy.exc import ArgumentError, NoSuchModuleError

from legtwitch.errors import LegtwitchError
from legtwitch.storage.sqlite_settings import BUSY_TIMEOUT_MS, PRAGMAS


def make_engine(url: str) -> Engine:
    try:
        parsed = make_url(url)
    except ArgumentError:
        raise LegtwitchError(
            f"The database URL {url!r} is not valid; use e.g. sqlite:///path/diary.sqlite3 "
            "or postgresql+psycopg://user@host/dbname."
        ) from None
    backend = parsed.get_backend_name()
    if backend == "postgresql":
        if parsed.drivername == "postgresql":
            parsed = parsed.set(drivername="postgresql+psycopg")
        return create_engine(parsed, pool_pre_ping=True)
    if backend != "sqlite":
        raise LegtwitchError(
            f"The database {backend!r} is not supported; use SQLite or PostgreSQL."
        )
    if parsed.database and parsed.database != ":memory:":
        Path(parsed.database).expanduser().parent.mkdir(parents=True, exist_ok=True)
    try:
        engine = create_engine(parsed, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})
    except NoSuchModuleError:
        raise LegtwitchError(
            f"No driver for {url!r}; use sqlite:/// or postgresql+psycopg://."
        ) from None
    event.listen(engine, "connect", _sqlite_connect)
    event.listen(engine, "begin", _sqlite_begin)
    return engine


def _sqlite_connect(dbapi_connection: Any, _record: Any) -> None:
    # Let SQLAlchemy, not the sqlite3 module, decide where transactions begin.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    for pragma in PRAGMAS:
        cursor.execute(pragma)
    cursor.close()


def _sqlite_begin(conn: Connection) -> None:
    # Writers take the write lock up front, so a busy database makes them wait, not fail.
    mode = "IMMEDIATE" if conn.get_execution_options().get("legtwitch_write") else "DEFERRED"
    conn.exec_driver_sql(f"BEGIN {mode}")
