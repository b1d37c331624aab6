"""Diary services the CLI calls: open, log, list, edit and delete entries; keep assessments.

Exports and imports are in `legtwitch.services.transfer`.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any

from legtwitch.domain.diary import Episode, Exposure
from legtwitch.domain.saved_assessment import SavedAssessment
from legtwitch.entry.validate import validate_episode, validate_exposure
from legtwitch.errors import InputError

if TYPE_CHECKING:
    from legtwitch.settings import Settings
    from legtwitch.storage.database import Database

Entry = Episode | Exposure


def _settings(settings: Settings | None) -> Settings:
    from legtwitch.settings import get_settings

    return settings or get_settings()


def open_diary(settings: Settings | None = None) -> Database:
    from legtwitch.storage.database import open_database

    return open_database(_settings(settings).resolved_database_url())


def log_entry(entry: Entry, settings: Settings | None = None) -> Entry:
    """Check and store one new entry in the configured diary, quickly when it is a SQLite file."""
    from legtwitch.storage.sqlite_append import try_append

    validate(entry)
    if not try_append(_settings(settings).resolved_database_url(), entry):
        with open_diary(settings) as db:
            log(db, entry)
    return entry


def now_utc() -> datetime:
    return datetime.now(UTC)


def validate(entry: Entry, *, now: datetime | None = None) -> None:
    if isinstance(entry, Episode):
        validate_episode(entry, now=now or now_utc())
    else:
        validate_exposure(entry, now=now or now_utc())


def log(db: Database, entry: Entry) -> Entry:
    """Check and store one new entry."""
    validate(entry)
    if isinstance(entry, Episode):
        db.diary.add_episodes([entry])
    else:
        db.diary.add_exposures([entry])
    return entry


@dataclass(frozen=True)
class DiaryWindow:
    start: datetime
    end: datetime
    episodes: list[Episode]
    exposures: list[Exposure]


def entries_between(db: Database, start: datetime, end: datetime) -> DiaryWindow:
    """Every episode and exposure with start <= time < end, in time order."""
    return DiaryWindow(
        start, end, db.diary.episodes_between(start, end), db.diary.exposures_between(start, end)
    )


def recent(db: Database, days: int, *, now: datetime | None = None) -> DiaryWindow:
    if days < 1:
        raise InputError("Give at least 1 day (e.g. --days 7).")
    end = (now or now_utc()) + timedelta(days=1)
    return entries_between(db, end - timedelta(days=days + 1), end)


def find(db: Database, id_prefix: str) -> Entry:
    return db.diary.find(id_prefix)


def edit(db: Database, id_prefix: str, changes: dict[str, Any]) -> Entry:
    """Change the given fields of one entry (its id stays)."""
    entry = db.diary.find(id_prefix)
    known = {f.name for f in dataclasses.fields(entry)} - {"id"}
    unknown = set(changes) - known
    if unknown:
        raise InputError(
            f"A {type(entry).__name__.lower()} has no field {sorted(unknown)[0]!r} to edit."
        )
    if not changes:
        raise InputError("Nothing to change; give at least one option such as --note or --at.")
    updated = dataclasses.replace(entry, **changes)
    validate(updated)
    db.diary.replace(updated)
    return updated


def delete(db: Database, id_prefix: str) -> Entry:
    entry = db.diary.find(id_prefix)
    db.diary.delete(entry)
    return entry


def save_assessment(
    db: Database,
    *,
    assessment_id: str,
    created: datetime,
    knowledge_base_version: str,
    payload: Any,
) -> SavedAssessment:
    from legtwitch.transfer.records import canonical_json

    saved = SavedAssessment(assessment_id, created, knowledge_base_version, canonical_json(payload))
    db.diary.add_assessments([saved])
    return saved


def assessments(db: Database) -> list[SavedAssessment]:
    return list(db.diary.iter_assessments())
