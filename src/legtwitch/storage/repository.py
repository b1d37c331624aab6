"""Reads and writes of diary entries. Every write is one transaction; inserts skip known ids."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import datetime
from typing import Any

from sqlalchemy import Table, delete, func, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import Connection, Engine

from legtwitch.domain.diary import Episode, Exposure
from legtwitch.domain.saved_assessment import SavedAssessment
from legtwitch.errors import InputError
from legtwitch.storage import rows
from legtwitch.storage.tables import assessments, episodes, exposures

Entry = Episode | Exposure


class DiaryRepository:
    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    @contextmanager
    def _write(self) -> Iterator[Connection]:
        with self._engine.connect() as conn, conn.execution_options(legtwitch_write=True).begin():
            yield conn

    def _insert_new(self, table: Table, values: Sequence[dict[str, Any]]) -> int:
        """Insert the rows whose id is not stored yet; return how many were new."""
        if not values:
            return 0
        dialect = self._engine.dialect.name
        module = postgresql if dialect == "postgresql" else sqlite
        stmt = module.insert(table).on_conflict_do_nothing(index_elements=["id"])
        with self._write() as conn:
            return len(conn.execute(stmt.returning(table.c.id), list(values)).all())

    # --- writes -----------------------------------------------------------------------------

    def add_episodes(self, items: Sequence[Episode]) -> int:
        return self._insert_new(episodes, [rows.episode_row(e) for e in items])

    def add_exposures(self, items: Sequence[Exposure]) -> int:
        return self._insert_new(exposures, [rows.exposure_row(e) for e in items])

    def add_assessments(self, items: Sequence[SavedAssessment]) -> int:
        return self._insert_new(assessments, [rows.assessment_row(a) for a in items])

    def replace_exposure_amounts(self, items: Sequence[Exposure]) -> int:
        """Insert new ids; for known ids set the amount (daily totals that grow between exports)."""
        if not items:
            return 0
        added = self.add_exposures(items)
        with self._write() as conn:
            for item in items:
                conn.execute(
                    update(exposures)
                    .where(exposures.c.id == item.id, exposures.c.amount != item.amount)
                    .values(amount=item.amount)
                )
        return added

    def replace(self, entry: Entry) -> None:
        table, values = _table_and_row(entry)
        with self._write() as conn:
            conn.execute(update(table).where(table.c.id == entry.id).values(values))

    def delete(self, entry: Entry) -> None:
        table, _ = _table_and_row(entry)
        with self._write() as conn:
            conn.execute(delete(table).where(table.c.id == entry.id))

    # --- reads ------------------------------------------------------------------------------

    def find(self, id_prefix: str) -> Entry:
        prefix = id_prefix.strip().lower()
        if len(prefix) < 4:
            raise InputError("Give at least the first 4 characters of the entry's id.")
        found: list[Entry] = []
        with self._engine.connect() as conn:
            for row in conn.execute(select(episodes).where(episodes.c.id.startswith(prefix))):
                found.append(rows.episode_from(row._mapping))
            for row in conn.execute(select(exposures).where(exposures.c.id.startswith(prefix))):
                found.append(rows.exposure_from(row._mapping))
        if not found:
            raise InputError(
                f"No diary entry has an id starting with {prefix!r}; see `legtwitch diary`."
            )
        if len(found) > 1:
            raise InputError(
                f"Several entries have ids starting with {prefix!r}; give more characters."
            )
        return found[0]

    def episodes_between(self, start: datetime, end: datetime) -> list[Episode]:
        query = (
            select(episodes)
            .where(episodes.c.start_utc >= start, episodes.c.start_utc < end)
            .order_by(episodes.c.start_utc, episodes.c.id)
        )
        with self._engine.connect() as conn:
            return [rows.episode_from(r) for r in conn.execute(query).mappings().all()]

    def exposures_between(self, start: datetime, end: datetime) -> list[Exposure]:
        query = (
            select(exposures)
            .where(exposures.c.at_utc >= start, exposures.c.at_utc < end)
            .order_by(exposures.c.at_utc, exposures.c.id)
        )
        with self._engine.connect() as conn:
            return [rows.exposure_from(r) for r in conn.execute(query).mappings().all()]

    def iter_episodes(self) -> Iterator[Episode]:
        query = select(episodes).order_by(episodes.c.start_utc, episodes.c.id)
        with self._engine.connect() as conn:
            for row in conn.execution_options(yield_per=2000).execute(query):
                yield rows.episode_from(row._mapping)

    def iter_exposures(self) -> Iterator[Exposure]:
        query = select(exposures).order_by(exposures.c.at_utc, exposures.c.id)
        with self._engine.connect() as conn:
            for row in conn.execution_options(yield_per=2000).execute(query):
                yield rows.exposure_from(row._mapping)

    def iter_assessments(self) -> Iterator[SavedAssessment]:
        query = select(assessments).order_by(assessments.c.created_utc, assessments.c.id)
        with self._engine.connect() as conn:
            for row in conn.execution_options(yield_per=500).execute(query):
                yield rows.assessment_from(row._mapping)

    def counts(self) -> dict[str, int]:
        with self._engine.connect() as conn:
            return {
                table.name: int(conn.execute(select(func.count()).select_from(table)).scalar_one())
                for table in (episodes, exposures, assessments)
            }


def _table_and_row(entry: Entry) -> tuple[Table, dict[str, Any]]:
    if isinstance(entry, Episode):
        return episodes, rows.episode_row(entry)
    return exposures, rows.exposure_row(entry)
