"""A spreadsheet with one row per day: `date` plus any of the known columns (docs/diary.md).

Each value becomes one diary entry stamped at local midnight of its day, with an id derived from the
date and column, so importing the same sheet twice adds nothing.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass, field
from datetime import date, datetime, time, tzinfo
from pathlib import Path

from legtwitch.domain.diary import Episode, EpisodeKind, Exposure, ExposureKind
from legtwitch.entry.validate import validate_episode, validate_exposure
from legtwitch.entry.when import localize
from legtwitch.errors import InputError
from legtwitch.transfer.bundle import Bundle, stable_id

SOURCE = "daily_csv"
EXPOSURE_COLUMNS = {
    "caffeine_mg": ExposureKind.CAFFEINE,
    "sleep_hours": ExposureKind.SLEEP,
    "stress": ExposureKind.STRESS,
    "exercise_minutes": ExposureKind.EXERCISE,
    "alcohol_units": ExposureKind.ALCOHOL,
    "fluids_l": ExposureKind.FLUIDS,
    "max_temp_c": ExposureKind.HEAT,
    "steps": ExposureKind.STEPS,
}
KNOWN = {"date", "twitches", "medicine", *EXPOSURE_COLUMNS}
_YES = {"yes", "y", "x", "true", "taken"}
_NO = {"no", "n", "false", "0"}


@dataclass
class DailyImport:
    bundle: Bundle
    days: int = 0
    unknown_columns: list[str] = field(default_factory=list)


def is_daily_header(header: list[str]) -> bool:
    return "date" in {h.strip().lower() for h in header}


def read_daily_csv(path: Path, *, tz: tzinfo | None, now: datetime) -> DailyImport:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        reader = csv.DictReader(handle)
        header = [h.strip().lower() for h in reader.fieldnames or []]
        reader.fieldnames = header
        unknown = [h for h in header if h not in KNOWN and not h.startswith("medicine_")]
        result = DailyImport(Bundle(), unknown_columns=unknown)
        for line, row in enumerate(reader, start=2):
            if None in row:
                raise InputError(
                    f"{path.name} line {line} has more cells than the header; fix that row."
                )
            try:
                _read_row(row, tz, now, result.bundle)
            except InputError as exc:
                raise InputError(f"{path.name} line {line}: {exc}") from None
            result.days += 1
    return result


def _number(text: str, column: str) -> float:
    try:
        return float(text.replace(",", "."))
    except ValueError:
        raise InputError(f"{column} is {text!r}, not a number") from None


def _read_row(row: dict[str, str | None], tz: tzinfo | None, now: datetime, out: Bundle) -> None:
    raw_date = (row.get("date") or "").strip()
    try:
        day = date.fromisoformat(raw_date)
    except ValueError:
        raise InputError(f"the date {raw_date!r} is not in the form YYYY-MM-DD") from None
    at = localize(datetime.combine(day, time(0)), tz)
    key = day.isoformat()

    def add(exposure: Exposure) -> None:
        validate_exposure(exposure, now=now)
        out.exposures.append(exposure)

    for column, raw in row.items():
        value = (raw or "").strip()
        if (
            not value
            or column == "date"
            or (column not in KNOWN and not column.startswith("medicine_"))
        ):
            continue
        if column == "twitches":
            count = _number(value, column)
            if not count.is_integer():
                raise InputError(f"twitches is {value!r}; give a whole count")
            episode = Episode(
                id=stable_id(SOURCE, key, column),
                start=at,
                kind=EpisodeKind.FASCICULATION,
                count=int(count),
                source=SOURCE,
            )
            validate_episode(episode, now=now)
            out.episodes.append(episode)
        elif column in EXPOSURE_COLUMNS:
            kind = EXPOSURE_COLUMNS[column]
            add(
                Exposure(
                    stable_id(SOURCE, key, column), kind, at, _number(value, column), source=SOURCE
                )
            )
        elif column == "medicine":
            for name in filter(None, (n.strip() for n in value.split(";"))):
                mid = stable_id(SOURCE, key, column, name.lower())
                add(Exposure(mid, ExposureKind.MEDICINE, at, detail=name, source=SOURCE))
        else:
            name = column.removeprefix("medicine_").replace("_", " ").strip()
            lowered = value.lower()
            if lowered in _NO:
                continue
            dose = None if lowered in _YES else _number(value, column)
            mid = stable_id(SOURCE, key, "medicine", name)
            add(Exposure(mid, ExposureKind.MEDICINE, at, dose, detail=name, source=SOURCE))
