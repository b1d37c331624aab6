"""Generate Apple Health exports in the real export's shape (HealthData DTD, export version 3+).

Used by the tests (small files with known contents) and by the benchmark (a large file). The mix of
record types follows a typical iPhone + Apple Watch export: mostly heart rate, energy, distance and
steps (which the importer skips or totals), with nightly sleep stages, caffeine, water and workouts.
"""

from __future__ import annotations

import zipfile
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import TextIO

HEADER = """<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE HealthData [
<!-- HealthKit Export Version: 11 -->
<!ELEMENT HealthData (ExportDate,Me,(Record|Correlation|Workout|ActivitySummary)*)>
<!ATTLIST HealthData
  locale CDATA #REQUIRED
>
<!ELEMENT ExportDate EMPTY>
<!ATTLIST ExportDate
  value CDATA #REQUIRED
>
<!ELEMENT Me EMPTY>
<!ATTLIST Me
  HKCharacteristicTypeIdentifierDateOfBirth         CDATA #REQUIRED
  HKCharacteristicTypeIdentifierBiologicalSex       CDATA #REQUIRED
>
<!ELEMENT Record ((MetadataEntry|HeartRateVariabilityMetadataList)*)>
<!ATTLIST Record
  type          CDATA #REQUIRED
  unit          CDATA #IMPLIED
  value         CDATA #IMPLIED
  sourceName    CDATA #REQUIRED
  sourceVersion CDATA #IMPLIED
  device        CDATA #IMPLIED
  creationDate  CDATA #IMPLIED
  startDate     CDATA #REQUIRED
  endDate       CDATA #REQUIRED
>
<!ELEMENT Workout ((MetadataEntry|WorkoutEvent|WorkoutRoute)*)>
<!ATTLIST Workout
  workoutActivityType   CDATA #REQUIRED
  duration              CDATA #IMPLIED
  durationUnit          CDATA #IMPLIED
  sourceName            CDATA #REQUIRED
  sourceVersion         CDATA #IMPLIED
  creationDate          CDATA #IMPLIED
  startDate             CDATA #REQUIRED
  endDate               CDATA #REQUIRED
>
<!ELEMENT MetadataEntry EMPTY>
<!ATTLIST MetadataEntry
  key   CDATA #REQUIRED
  value CDATA #REQUIRED
>
]>
<HealthData locale="en_GB">
 <ExportDate value="{export_date}"/>
 <Me HKCharacteristicTypeIdentifierDateOfBirth="1985-04-02" \
HKCharacteristicTypeIdentifierBiologicalSex="HKBiologicalSexFemale"/>
"""
PHONE = (
    'sourceName="Jo’s iPhone" sourceVersion="17.4" '
    'device="&lt;&lt;HKDevice: 0x283a5c2d0&gt;, name:iPhone&gt;"'
)
WATCH = 'sourceName="Jo’s Apple Watch" sourceVersion="10.4"'
SLEEP_STAGES = (
    "InBed",
    "AsleepCore",
    "AsleepDeep",
    "AsleepCore",
    "AsleepREM",
    "Awake",
    "AsleepCore",
    "AsleepREM",
)


@dataclass
class Expected:
    """What the importer should keep from a generated export."""

    sleep: int = 0
    caffeine: int = 0
    water: int = 0
    workouts: int = 0
    step_days: set[date] = field(default_factory=set)
    steps_by_day: dict[date, float] = field(default_factory=dict)
    records: int = 0

    @property
    def kept(self) -> int:
        return self.sleep + self.caffeine + self.water + self.workouts + len(self.step_days)


def _t(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%d %H:%M:%S ") + "+0100"


def _record(
    out: TextIO,
    kind: str,
    unit: str,
    value: str,
    source: str,
    start: datetime,
    minutes: float,
    meta: str = "",
) -> None:
    end = start + timedelta(minutes=minutes)
    head = (
        f' <Record type="{kind}" {source} unit="{unit}" creationDate="{_t(end)}" '
        f'startDate="{_t(start)}" endDate="{_t(end)}" value="{value}"'
    )
    out.write(head + (f">\n{meta} </Record>\n" if meta else "/>\n"))


def write_day(out: TextIO, day: date, expected: Expected, *, filler: int) -> None:
    base = datetime(day.year, day.month, day.day)
    # Sleep stages from 23:00 the evening before.
    start = base - timedelta(hours=1)
    for stage in SLEEP_STAGES:
        _record(
            out,
            "HKCategoryTypeIdentifierSleepAnalysis",
            "",
            f"HKCategoryValueSleepAnalysis{stage}",
            WATCH,
            start,
            55,
        )
        expected.records += 1
        expected.sleep += stage.startswith("Asleep")
        start += timedelta(minutes=55)
    for hour in (8, 14):
        _record(
            out,
            "HKQuantityTypeIdentifierDietaryCaffeine",
            "mg",
            "95",
            PHONE,
            base + timedelta(hours=hour),
            0,
        )
    for hour in (9, 12, 16, 19):
        _record(
            out,
            "HKQuantityTypeIdentifierDietaryWater",
            "mL",
            "250",
            PHONE,
            base + timedelta(hours=hour),
            0,
        )
    expected.caffeine += 2
    expected.water += 4
    expected.records += 6
    phone_steps = watch_steps = 0.0
    for n in range(filler):
        at = base + timedelta(minutes=6 + n * (1380 // max(filler, 1)))
        meta = '  <MetadataEntry key="HKMetadataKeyHeartRateMotionContext" value="1"/>\n'
        _record(
            out,
            "HKQuantityTypeIdentifierHeartRate",
            "count/min",
            str(58 + n % 40),
            WATCH,
            at,
            0,
            meta,
        )
        _record(
            out,
            "HKQuantityTypeIdentifierActiveEnergyBurned",
            "kcal",
            f"{0.5 + n % 7 / 10:.3f}",
            WATCH,
            at,
            1,
        )
        _record(
            out,
            "HKQuantityTypeIdentifierDistanceWalkingRunning",
            "km",
            f"{0.01 * (n % 9):.5f}",
            PHONE,
            at,
            2,
        )
        _record(out, "HKQuantityTypeIdentifierStepCount", "count", str(10 + n % 50), PHONE, at, 2)
        _record(out, "HKQuantityTypeIdentifierStepCount", "count", str(12 + n % 50), WATCH, at, 2)
        phone_steps += 10 + n % 50
        watch_steps += 12 + n % 50
        expected.records += 5
    if filler:
        expected.step_days.add(day)
        expected.steps_by_day[day] = max(phone_steps, watch_steps)
    if day.toordinal() % 2 == 0:
        begin = base + timedelta(hours=18)
        out.write(
            f' <Workout workoutActivityType="HKWorkoutActivityTypeRunning" duration="42.5" '
            f'durationUnit="min" {WATCH} creationDate="{_t(begin)}" startDate="{_t(begin)}" '
            f'endDate="{_t(begin + timedelta(minutes=42.5))}">\n'
            '  <MetadataEntry key="HKIndoorWorkout" value="0"/>\n </Workout>\n'
        )
        expected.workouts += 1
        expected.records += 1


def write_export(
    path: Path,
    first_day: date,
    days: int,
    *,
    filler: int = 20,
    as_zip: bool = False,
    target_bytes: int | None = None,
) -> Expected:
    """Write `days` days (or until `target_bytes`) to path (.xml, or .zip holding export.xml)."""
    expected = Expected()
    xml_path = path.with_suffix(".xml.tmp") if as_zip else path
    with xml_path.open("w", encoding="utf-8") as out:
        out.write(
            HEADER.replace("{export_date}", _t(datetime.combine(first_day, datetime.min.time())))
        )
        day, n = first_day, 0
        while (n < days) if target_bytes is None else (out.tell() < target_bytes):
            write_day(out, day, expected, filler=filler)
            day += timedelta(days=1)
            n += 1
        out.write("</HealthData>\n")
    if as_zip:
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
            archive.write(xml_path, "apple_health_export/export.xml")
        xml_path.unlink()
    return expected
