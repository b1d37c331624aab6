"""Stored self-experiment schedules (one row per experiment; the design as canonical JSON).

The table joins the diary's shared `metadata`, so migrations and the schema test see it. The
payload is whatever `legtwitch.diary.experiment.ExperimentDesign.to_dict` wrote; storage does not
interpret it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Column, Index, String, Table, Text, select, update
from sqlalchemy.engine import Engine

from legtwitch.storage.tables import UtcDateTime, metadata

experiments = Table(
    "experiments",
    metadata,
    Column("id", String(36), primary_key=True),
    Column("factor", String(40), nullable=False),
    Column("created_utc", UtcDateTime(), nullable=False),
    Column("stopped_utc", UtcDateTime()),
    Column("design", Text, nullable=False),
    Index("ix_experiments_created_utc", "created_utc"),
)


@dataclass(frozen=True, slots=True)
class StoredExperiment:
    id: str
    factor: str
    created: datetime
    stopped: datetime | None
    design_json: str


class ExperimentRepository:
    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    def add(self, item: StoredExperiment) -> None:
        with self._engine.connect() as conn, conn.execution_options(legtwitch_write=True).begin():
            conn.execute(
                experiments.insert().values(
                    id=item.id,
                    factor=item.factor,
                    created_utc=item.created,
                    stopped_utc=item.stopped,
                    design=item.design_json,
                )
            )

    def stop(self, experiment_id: str, when: datetime) -> None:
        with self._engine.connect() as conn, conn.execution_options(legtwitch_write=True).begin():
            conn.execute(
                update(experiments)
                .where(experiments.c.id == experiment_id)
                .values(stopped_utc=when)
            )

    def latest_open(self) -> StoredExperiment | None:
        """The most recently started experiment that was not stopped."""
        query = (
            select(experiments)
            .where(experiments.c.stopped_utc.is_(None))
            .order_by(experiments.c.created_utc.desc(), experiments.c.id)
            .limit(1)
        )
        with self._engine.connect() as conn:
            row = conn.execute(query).first()
        if row is None:
            return None
        m = row._mapping
        return StoredExperiment(
            m["id"], m["factor"], m["created_utc"], m["stopped_utc"], m["design"]
        )
