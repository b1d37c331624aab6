"""The diary's tables (SQLAlchemy Core). Times are stored in UTC plus the original UTC offset.

The Alembic migrations in `migrations/versions/` create exactly these; a test compares them.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Column, DateTime, Double, Index, Integer, MetaData, String, Table, Text
from sqlalchemy.engine import Dialect
from sqlalchemy.types import TypeDecorator


class UtcDateTime(TypeDecorator[datetime]):
    """An aware datetime stored as naive UTC (same on SQLite and PostgreSQL), read back aware."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to a UtcDateTime column")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: Any, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        assert isinstance(value, datetime)
        return value.replace(tzinfo=UTC)


metadata = MetaData()

episodes = Table(
    "episodes",
    metadata,
    Column("id", String(36), primary_key=True),
    Column("start_utc", UtcDateTime(), nullable=False),
    Column("start_offset_s", Integer, nullable=False),
    Column("kind", String(20), nullable=False),
    Column("duration_s", Double),
    Column("site", String(40)),
    Column("side", String(10)),
    Column("intensity", Integer),
    Column("count", Integer, nullable=False),
    Column("note", Text),
    Column("source", String(40), nullable=False),
    Index("ix_episodes_start_utc", "start_utc"),
)

exposures = Table(
    "exposures",
    metadata,
    Column("id", String(36), primary_key=True),
    Column("kind", String(20), nullable=False),
    Column("at_utc", UtcDateTime(), nullable=False),
    Column("at_offset_s", Integer, nullable=False),
    Column("amount", Double),
    Column("end_utc", UtcDateTime()),
    Column("end_offset_s", Integer),
    Column("detail", Text),
    Column("intensity", Integer),
    Column("source", String(40), nullable=False),
    Index("ix_exposures_at_utc", "at_utc"),
)

assessments = Table(
    "assessments",
    metadata,
    Column("id", String(36), primary_key=True),
    Column("created_utc", UtcDateTime(), nullable=False),
    Column("created_offset_s", Integer, nullable=False),
    Column("knowledge_base_version", String(40), nullable=False),
    Column("payload", Text, nullable=False),
    Index("ix_assessments_created_utc", "created_utc"),
)
