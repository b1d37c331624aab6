"""Diary services the CLI calls: open, log, list, edit, delete, export and import.

Imports first read and check the whole file (nothing is written if any of it is bad), then store the
entries in batches, each batch one transaction. Ids are stable, so a batch that was interrupted (the
process killed, the machine off) is completed by running the same import again, without duplicates.
"""

from __future__ import annotations

import dataclasses
import os
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from legtwitch.domain.diary import Episode, Exposure
from legtwitch.domain.saved_assessment import SavedAssessment
from legtwitch.entry.validate import validate_episode, validate_exposure
from legtwitch.errors import InputError
from legtwitch.services.progress import NoProgress, Progress
from legtwitch.transfer.bundle import Bundle

if TYPE_CHECKING:
    from legtwitch.settings import Settings
    from legtwitch.storage.database import Database

Entry = Episode | Exposure
T = TypeVar("T")
BATCH = 2000


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
    from legtwitch.transfer.native import canonical_json

    saved = SavedAssessment(assessment_id, created, knowledge_base_version, canonical_json(payload))
    db.diary.add_assessments([saved])
    return saved


def assessments(db: Database) -> list[SavedAssessment]:
    return list(db.diary.iter_assessments())


# --- export ------------------------------------------------------------------------------------


def export(
    db: Database, fmt: str, output: Path, progress: Progress | None = None
) -> dict[str, int]:
    """Write the whole diary to `output` (json or csv); the file appears only when complete."""
    from legtwitch.transfer import native

    writers = {"json": native.write_json, "csv": native.write_csv}
    if fmt not in writers:
        raise InputError(f"Unknown export format {fmt!r}; use json or csv.")
    if output.is_dir():
        raise InputError(f"{output} is a folder; give a file name such as diary.{fmt}.")
    progress = progress or NoProgress()
    counts = db.diary.counts()
    progress.start(f"Exporting to {output.name}", sum(counts.values()))
    directory = output.resolve().parent
    if not directory.is_dir():
        raise InputError(
            f"The folder {directory} does not exist; create it or choose another path."
        )
    # Closed by the `with handle` below; renamed into place only when complete.
    handle = tempfile.NamedTemporaryFile(  # noqa: SIM115
        "w", encoding="utf-8", newline="", dir=directory, prefix=f".{output.name}.", delete=False
    )
    try:
        with handle:
            writers[fmt](
                handle,  # type: ignore[arg-type]  # a text file, as the writers need
                db.diary.iter_episodes(),
                db.diary.iter_exposures(),
                db.diary.iter_assessments(),
                progress.advance,
            )
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(handle.name, output)
    except BaseException:
        Path(handle.name).unlink(missing_ok=True)
        raise
    return counts


# --- import ------------------------------------------------------------------------------------


@dataclass
class ImportReport:
    source: str
    added: int = 0
    already_present: int = 0
    updated: int = 0
    details: dict[str, int] = field(default_factory=dict)
    ignored_columns: list[str] = field(default_factory=list)
    skipped: dict[str, int] = field(default_factory=dict)


def _batches(items: Iterable[T], size: int = BATCH) -> Iterable[list[T]]:
    batch: list[T] = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def _store(db: Database, bundle: Bundle, report: ImportReport, progress: Progress) -> None:
    progress.start(f"Saving {report.source} entries", len(bundle))

    def count(batch_size: int, new: int) -> None:
        report.added += new
        report.already_present += batch_size - new
        progress.advance(batch_size)

    for episodes in _batches(bundle.episodes):
        count(len(episodes), db.diary.add_episodes(episodes))
    for exposures in _batches(bundle.exposures):
        count(len(exposures), db.diary.add_exposures(exposures))
    for saved in _batches(bundle.assessments):
        count(len(saved), db.diary.add_assessments(saved))


def _validated(bundle: Bundle) -> Bundle:
    now = now_utc()
    entries: list[Entry] = [*bundle.episodes, *bundle.exposures]
    for number, entry in enumerate(entries, start=1):
        try:
            validate(entry, now=now)
        except InputError as exc:
            raise InputError(f"Entry {number} ({entry.id}): {exc}") from None
    return bundle


def import_path(
    db: Database, path: Path, *, settings: Settings | None = None, progress: Progress | None = None
) -> ImportReport:
    """Import our JSON/CSV export, a daily spreadsheet (CSV with `date`) or an Apple Health file."""
    from legtwitch.transfer import daily_csv, native

    if not path.is_file():
        raise InputError(f"{path} does not exist or is not a file; check the path.")
    suffix = path.suffix.lower()
    progress = progress or NoProgress()
    if suffix in (".zip", ".xml"):
        return import_apple_health(db, path, progress=progress)
    if suffix == ".json":
        report = ImportReport("legtwitch JSON")
        bundle = _validated(native.read_json(path))
    elif suffix == ".csv":
        header = _csv_header(path)
        if "record" in header and "id" in header:
            report = ImportReport("legtwitch CSV")
            bundle = _validated(native.read_csv(path))
        elif daily_csv.is_daily_header(header):
            settings = _settings(settings)
            daily = daily_csv.read_daily_csv(path, tz=settings.tz(), now=now_utc())
            report = ImportReport("daily spreadsheet", ignored_columns=daily.unknown_columns)
            report.details["days"] = daily.days
            bundle = daily.bundle
        else:
            raise InputError(
                f"{path.name} is neither a legtwitch export nor a daily sheet; "
                "a daily sheet needs a 'date' column (see docs/diary.md)."
            )
    else:
        raise InputError(
            f"Cannot import {path.name}; give a .json or .csv export, a daily .csv, or export.zip."
        )
    _store(db, bundle, report, progress)
    return report


def _csv_header(path: Path) -> list[str]:
    import csv

    with path.open(encoding="utf-8-sig", newline="") as handle:
        try:
            first = next(csv.reader(handle), [])
        except (csv.Error, UnicodeDecodeError) as exc:
            raise InputError(f"{path.name} is not a readable CSV file ({exc}).") from None
    return [h.strip().lower() for h in first]


def import_apple_health(
    db: Database, path: Path, *, progress: Progress | None = None
) -> ImportReport:
    from legtwitch.transfer import apple_health

    progress = progress or NoProgress()

    def total(size: int) -> None:
        progress.start(f"Reading {path.name}", size, unit="bytes")

    scan = apple_health.scan_export(path, now=now_utc(), tick=progress.advance, total=total)
    report = ImportReport("Apple Health", details=dict(sorted(scan.records.items())))
    report.skipped = dict(scan.skipped)
    try:
        progress.start("Saving Apple Health entries", scan.spooled)
        for batch in _batches(scan.exposures()):
            new = db.diary.add_exposures(batch)
            report.added += new
            report.already_present += len(batch) - new
            progress.advance(len(batch))
        steps = scan.step_totals()
        for batch in _batches(steps):
            new = db.diary.replace_exposure_amounts(batch)
            report.added += new
            report.already_present += len(batch) - new
    finally:
        scan.close()
    return report
