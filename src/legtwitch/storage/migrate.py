"""Bring a database's schema to the newest migration when it is opened.

Alembic is imported only when the schema is behind, so opening an up-to-date diary stays fast.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import inspect, text
from sqlalchemy.engine import Connection, Engine

from legtwitch.storage.sqlite_settings import HEAD_REVISION

MIGRATIONS = Path(__file__).with_name("migrations")
__all__ = ["HEAD_REVISION", "MIGRATIONS", "current_revision", "upgrade_to_head"]


def current_revision(conn: Connection) -> str | None:
    if not inspect(conn).has_table("alembic_version"):
        return None
    return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def upgrade_to_head(engine: Engine) -> None:
    """Run `alembic upgrade head` programmatically, in one transaction."""
    with engine.connect() as conn:
        if current_revision(conn) == HEAD_REVISION:
            return
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    with engine.connect() as conn, conn.execution_options(legtwitch_write=True).begin():
        # Another process may be migrating the same database: take its lock, then look again.
        if conn.dialect.name == "postgresql":
            conn.execute(text("SELECT pg_advisory_xact_lock(4242001)"))
        if current_revision(conn) == HEAD_REVISION:
            return
        config.attributes["connection"] = conn
        command.upgrade(config, "head")
