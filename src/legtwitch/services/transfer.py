"""Diary export and import services: our lossless JSON/CSV, daily spreadsheets, Apple Health.

Imports first read and check the whole file (nothing is written if any of it is bad), then store the
entries in batches, each batch one transaction. Ids are stable, so a batch that was interrupted (the
process killed, the machine off) is completed by running the same import again, without duplicates.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from legtwitch.errors import InputError
from legtwitch.services.diary import Entry, now_utc, validate
from legtwitch.services.progress import NoProgress, Progress
from legtwitch.transfer.bundle import Bundle

if TYPE_CHECKING:
    from legtwitch.settings import Settings
    from legtwitch.storage.database import Database

T = TypeVar("T")
BATCH = 2000


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
            from legtwitch.settings import get_settings

            settings = settings or get_settings()
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
