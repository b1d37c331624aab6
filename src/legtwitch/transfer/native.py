"""legtwitch's own export format, JSON or CSV: complete and lossless, read back by `import`.

Records are written in a fixed order (time, then id) with the original UTC offsets, so exporting,
importing into an empty database and exporting again gives byte-identical files.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Callable, Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any, TextIO, TypeVar

from legtwitch.domain.diary import Episode, Exposure
from legtwitch.domain.saved_assessment import SavedAssessment
from legtwitch.errors import InputError
from legtwitch.transfer.bundle import Bundle
from legtwitch.transfer.records import (
    assessment_from_cells,
    assessment_from_record,
    assessment_record,
    canonical_json,
    episode_from_record,
    episode_record,
    exposure_from_record,
    exposure_record,
)

FORMAT = "legtwitch-diary"
VERSION = 1
CSV_COLUMNS = (
    "record",
    "id",
    "kind",
    "start",
    "end",
    "duration_s",
    "amount",
    "site",
    "side",
    "intensity",
    "count",
    "detail",
    "note",
    "source",
    "knowledge_base_version",
    "payload",
)
Tick = Callable[[int], None]
T = TypeVar("T")


def write_json(
    out: TextIO,
    episodes: Iterable[Episode],
    exposures: Iterable[Exposure],
    assessments: Iterable[SavedAssessment],
    tick: Tick,
) -> None:
    out.write(f'{{"format": "{FORMAT}", "version": {VERSION},\n')
    sections: list[tuple[str, Iterator[dict[str, Any]]]] = [
        ("episodes", (episode_record(e) for e in episodes)),
        ("exposures", (exposure_record(x) for x in exposures)),
        ("assessments", (assessment_record(a) for a in assessments)),
    ]
    for number, (name, records) in enumerate(sections):
        out.write(f'"{name}": [')
        for index, record in enumerate(records):
            out.write(",\n" if index else "\n")
            out.write(canonical_json(record))
            tick(1)
        out.write("\n]" + (",\n" if number < len(sections) - 1 else "\n}\n"))


def write_csv(
    out: TextIO,
    episodes: Iterable[Episode],
    exposures: Iterable[Exposure],
    assessments: Iterable[SavedAssessment],
    tick: Tick,
) -> None:
    # RFC 4180 line ends: the writer then quotes any cell holding \r or \n, so they read back.
    writer = csv.DictWriter(out, fieldnames=CSV_COLUMNS, lineterminator="\r\n")
    writer.writeheader()
    for kind, records in (
        ("episode", (episode_record(e) for e in episodes)),
        ("exposure", (exposure_record(x) for x in exposures)),
        ("assessment", (assessment_record(a) for a in assessments)),
    ):
        for record in records:
            if "payload" in record:
                record["payload"] = canonical_json(record["payload"])
            writer.writerow({"record": kind, **{k: _cell(v) for k, v in record.items()}})
            tick(1)


def _cell(value: Any) -> str:
    return "" if value is None else repr(value) if isinstance(value, float) else str(value)


# --- reading -----------------------------------------------------------------------------------


def read_json(path: Path) -> Bundle:
    try:
        with path.open(encoding="utf-8") as handle:
            data = json.load(handle)
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise InputError(
            f"{path.name} is not a complete legtwitch JSON export ({exc}); export it again."
        ) from None
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise InputError(f'{path.name} is not a legtwitch diary export (no "format": "{FORMAT}").')
    if data.get("version") != VERSION:
        raise InputError(
            f"{path.name} has export version {data.get('version')!r}; "
            f"this legtwitch reads version {VERSION}."
        )

    def items(name: str) -> Iterator[tuple[Any, str]]:
        listed = data.get(name, [])
        if not isinstance(listed, list):
            raise InputError(f"{path.name}: {name!r} must be a list of records.")
        for number, item in enumerate(listed, start=1):
            yield item, f"{path.name}: {name} record {number}"

    return Bundle(
        episodes=[_checked(episode_from_record, item, where) for item, where in items("episodes")],
        exposures=[
            _checked(exposure_from_record, item, where) for item, where in items("exposures")
        ],
        assessments=[
            _checked(assessment_from_record, item, where) for item, where in items("assessments")
        ],
    )


def read_csv(path: Path) -> Bundle:
    bundle = Bundle()
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        for number, raw in enumerate(reader, start=2):
            where = f"{path.name} line {number}"
            if None in raw or any(v is None for v in raw.values()):
                raise InputError(
                    f"{where} has the wrong number of columns; the file may be cut short."
                )
            row: dict[str, Any] = {k: (v if v != "" else None) for k, v in raw.items()}
            record = row.pop("record")
            if record == "episode":
                bundle.episodes.append(_checked(episode_from_record, _numbers(row), where))
            elif record == "exposure":
                bundle.exposures.append(_checked(exposure_from_record, _numbers(row), where))
            elif record == "assessment":
                bundle.assessments.append(_checked(assessment_from_cells, row, where))
            else:
                raise InputError(
                    f"{where}: unknown record type {record!r}; "
                    "expected episode, exposure or assessment."
                )
    return bundle


def _numbers(row: dict[str, Any]) -> dict[str, Any]:
    for key in ("duration_s", "amount"):
        if row.get(key) is not None:
            row[key] = float(row[key])
    for key in ("intensity", "count"):
        if row.get(key) is not None:
            row[key] = int(row[key])
    return row


def _checked(build: Callable[[Mapping[str, Any]], T], item: Any, where: str) -> T:
    if not isinstance(item, Mapping):
        raise InputError(f"{where} is not a record (an object with named fields).")
    try:
        return build(item)
    except (KeyError, ValueError, TypeError) as exc:
        raise InputError(
            f"{where} is malformed ({type(exc).__name__}: {exc}); fix or remove it."
        ) from None
