"""Apple Health `export.zip` / `export.xml`: streamed with expat, entities refused.

Kept: sleep (asleep stages), dietary caffeine, dietary water, workouts, and steps as one total per
day (the largest total among the devices that counted, since phone and watch count the same steps).
Everything else is counted and skipped. The scan writes the kept entries to a temporary spool
file, so memory stays flat however large the export; storage reads them back only after the whole
file parsed. Each kept record becomes an exposure in `apple_records`.
"""

from __future__ import annotations

import json
import tempfile
import zipfile
import zlib
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime, time
from pathlib import Path
from typing import IO, Any
from xml.parsers import expat

from legtwitch.domain.diary import Exposure, ExposureKind
from legtwitch.entry.validate import validate_exposure
from legtwitch.errors import InputError
from legtwitch.transfer.apple_records import (
    ASLEEP,
    CAFFEINE,
    SLEEP,
    SOURCE,
    STEPS,
    WATER,
    quantity_exposure,
    sleep_exposure,
    when,
    workout_exposure,
)
from legtwitch.transfer.bundle import stable_id
from legtwitch.transfer.records import canonical_json, exposure_from_record, exposure_record

KEPT = frozenset((SLEEP, CAFFEINE, WATER, STEPS))
CHUNK = 1 << 20


@dataclass
class Scan:
    """What one pass over an export found; `exposures()` reads the kept entries back."""

    name: str
    records: Counter[str] = field(default_factory=Counter)  # every Record/Workout type seen
    used: Counter[str] = field(default_factory=Counter)
    skipped: Counter[str] = field(default_factory=Counter)  # kept types whose record was unusable
    steps: dict[str, dict[str, float]] = field(default_factory=lambda: defaultdict(dict))
    step_times: dict[str, datetime] = field(default_factory=dict)  # day -> its local midnight
    # Lives as long as the scan; closed by Scan.close().
    spool: IO[str] = field(
        default_factory=lambda: tempfile.TemporaryFile("w+", encoding="utf-8")  # noqa: SIM115
    )
    spooled: int = 0

    def exposures(self) -> Iterator[Exposure]:
        self.spool.seek(0)
        for line in self.spool:
            yield exposure_from_record(json.loads(line))

    def step_totals(self) -> list[Exposure]:
        return [
            Exposure(
                stable_id(SOURCE, "steps", day),
                ExposureKind.STEPS,
                self.step_times[day],
                max(by_source.values()),
                source=SOURCE,
            )
            for day, by_source in sorted(self.steps.items())
        ]

    def close(self) -> None:
        self.spool.close()


def _named(attrs: list[str]) -> dict[str, str]:
    return dict(zip(attrs[::2], attrs[1::2], strict=True))


class _Handler:
    def __init__(self, scan: Scan, now: datetime, parser: Any) -> None:
        self.scan, self.now, self.parser = scan, now, parser
        self.records: dict[str, int] = scan.records
        parser.StartElementHandler = self.first

    def first(self, name: str, attrs: list[str]) -> None:
        if name != "HealthData":
            raise InputError(
                f"{self.scan.name} is not an Apple Health export (it has no HealthData)."
            )
        self.parser.StartElementHandler = self.start

    def start(self, name: str, attrs: list[str]) -> None:
        # Called for every element of a file of millions: keep it lean. `attrs` is the flat
        # [name, value, ...] list (ordered_attributes), cheaper than a dict; Apple puts type first.
        if name == "Record":
            kind = attrs[1] if attrs and attrs[0] == "type" else _named(attrs).get("type", "")
            records = self.records
            records[kind] = records.get(kind, 0) + 1
            if kind in KEPT:
                self._record(kind, _named(attrs))
        elif name == "Workout":
            self.records["Workout"] = self.records.get("Workout", 0) + 1
            self._guard("Workout", workout_exposure, _named(attrs))
        elif name in ("ActivitySummary", "Correlation"):
            self.records[name] = self.records.get(name, 0) + 1
            if name == "Correlation":
                # A correlation's Records repeat top-level ones (the DTD says so): ignore them.
                self.parser.StartElementHandler = self.in_correlation
                self.parser.EndElementHandler = self.end_correlation

    def in_correlation(self, name: str, attrs: list[str]) -> None:
        pass

    def end_correlation(self, name: str) -> None:
        if name == "Correlation":
            self.parser.StartElementHandler = self.start
            self.parser.EndElementHandler = None

    def _record(self, kind: str, attrs: dict[str, str]) -> None:
        if kind == STEPS:
            self._steps(attrs)
        elif kind == SLEEP:
            if not attrs.get("value", "").startswith(ASLEEP):
                self.scan.skipped[kind + " (in bed or awake)"] += 1
                return
            self._guard(kind, sleep_exposure, attrs)
        else:
            self._guard(kind, quantity_exposure, attrs)

    def _guard(
        self, kind: str, build: Callable[[dict[str, str]], Exposure | None], attrs: dict[str, str]
    ) -> None:
        try:
            exposure = build(attrs)
            if exposure is not None:
                validate_exposure(exposure, now=self.now)
        except (KeyError, ValueError, InputError):
            self.scan.skipped[kind + " (unusable values)"] += 1
            return
        self.scan.used[kind] += 1
        if exposure is not None:
            self.scan.spool.write(canonical_json(exposure_record(exposure)) + "\n")
            self.scan.spooled += 1

    def _steps(self, attrs: dict[str, str]) -> None:
        # The hottest path of a real export: no datetime parsing except once per day.
        try:
            value = float(attrs["value"])
            day = attrs["startDate"][:10]
            if day not in self.scan.step_times:
                start = when(attrs["startDate"])
                self.scan.step_times[day] = datetime.combine(start.date(), time(0), start.tzinfo)
        except (KeyError, ValueError):
            self.scan.skipped[STEPS + " (unusable values)"] += 1
            return
        self.scan.used[STEPS] += 1
        by_source = self.scan.steps[day]
        source = attrs.get("sourceName", "")
        by_source[source] = by_source.get(source, 0.0) + value


def _refuse(*_args: Any) -> int:
    raise InputError(
        "The file declares XML entities, which legtwitch refuses because they can be used to "
        "attack the importer; import the export the Health app made, unchanged."
    )


def hardened_parser() -> Any:
    """An expat parser refusing entity declarations and external entities (as defusedxml does)."""
    parser = expat.ParserCreate()
    parser.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)
    parser.EntityDeclHandler = _refuse
    parser.UnparsedEntityDeclHandler = _refuse
    parser.ExternalEntityRefHandler = _refuse
    return parser


@contextmanager
def open_export(path: Path) -> Iterator[tuple[IO[bytes], int]]:
    """The export.xml stream inside `path` (a .zip or the .xml itself) and its size in bytes."""
    if not path.is_file():
        raise InputError(f"{path} does not exist; give the path of export.zip or export.xml.")
    with path.open("rb") as probe:
        is_zip = probe.read(4) == b"PK\x03\x04" or path.suffix.lower() == ".zip"
    if not is_zip:
        with path.open("rb") as stream:
            yield stream, path.stat().st_size
        return
    try:
        with zipfile.ZipFile(path) as archive:
            members = [
                i for i in archive.infolist() if i.filename.rsplit("/", 1)[-1] == "export.xml"
            ]
            if not members:
                raise InputError(
                    f"{path.name} holds no export.xml; use the export.zip from the Health app."
                )
            with archive.open(members[0]) as stream:
                yield stream, members[0].file_size
    except (zipfile.BadZipFile, EOFError, OSError, zlib.error) as exc:
        raise InputError(
            f"{path.name} is a damaged zip file ({exc}); export it again from the Health app."
        ) from None


def scan_export(
    path: Path, *, now: datetime, tick: Callable[[int], None], total: Callable[[int], None]
) -> Scan:
    """Parse the whole export; raise InputError (nothing kept) unless it is complete and safe."""
    scan = Scan(path.name)
    parser = hardened_parser()
    parser.ordered_attributes = True
    _Handler(scan, now, parser)
    try:
        with open_export(path) as (stream, size):
            total(size)
            while chunk := stream.read(CHUNK):
                parser.Parse(chunk, False)
                tick(len(chunk))
            parser.Parse(b"", True)
    except expat.ExpatError as exc:
        scan.close()
        raise InputError(
            f"{path.name} is not a complete Apple Health export ({expat.ErrorString(exc.code)} at "
            f"line {exc.lineno}); export it again from the Health app."
        ) from None
    except BaseException:
        scan.close()
        raise
    scan.spool.flush()
    return scan
