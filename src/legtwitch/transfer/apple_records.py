"""One Apple Health record (its attributes) turned into a diary exposure: units converted, times
parsed, and a stable id from the fields that identify the record, so a re-import finds it again.
"""

from __future__ import annotations

from datetime import datetime

from legtwitch.domain.diary import Exposure, ExposureKind
from legtwitch.transfer.bundle import stable_id

SOURCE = "apple_health"
SLEEP = "HKCategoryTypeIdentifierSleepAnalysis"
CAFFEINE = "HKQuantityTypeIdentifierDietaryCaffeine"
WATER = "HKQuantityTypeIdentifierDietaryWater"
STEPS = "HKQuantityTypeIdentifierStepCount"
ASLEEP = "HKCategoryValueSleepAnalysisAsleep"
CAFFEINE_TO_MG = {"mg": 1.0, "g": 1000.0, "mcg": 0.001, "µg": 0.001}
WATER_TO_L = {
    "mL": 0.001,
    "ml": 0.001,
    "L": 1.0,
    "l": 1.0,
    "cL": 0.01,
    "dL": 0.1,
    "fl_oz_us": 0.0295735295625,
    "fl_oz_imp": 0.0284130625,
    "cup_us": 0.2365882365,
}
DURATION_TO_MIN = {"min": 1.0, "s": 1 / 60, "sec": 1 / 60, "hr": 60.0, "h": 60.0}


def when(text: str) -> datetime:
    # "2014-09-13 10:27:59 +0100" -> aware datetime
    return datetime.fromisoformat(text.replace(" +", "+").replace(" -", "-"))


def _snake(name: str) -> str:
    return "".join("_" + c.lower() if c.isupper() else c for c in name).lstrip("_")


def record_key(attrs: dict[str, str]) -> str:
    return stable_id(
        SOURCE,
        *(
            attrs.get(k, "")
            for k in (
                "type",
                "workoutActivityType",
                "sourceName",
                "startDate",
                "endDate",
                "value",
                "unit",
            )
        ),
    )


def sleep_exposure(attrs: dict[str, str]) -> Exposure:
    start, end = when(attrs["startDate"]), when(attrs["endDate"])
    stage = _snake(attrs["value"].removeprefix("HKCategoryValueSleepAnalysis"))
    hours = (end - start).total_seconds() / 3600
    return Exposure(record_key(attrs), ExposureKind.SLEEP, start, hours, end, stage, source=SOURCE)


def quantity_exposure(attrs: dict[str, str]) -> Exposure:
    caffeine = attrs["type"] == CAFFEINE
    table = CAFFEINE_TO_MG if caffeine else WATER_TO_L
    amount = float(attrs["value"]) * table[attrs["unit"]]
    kind = ExposureKind.CAFFEINE if caffeine else ExposureKind.FLUIDS
    return Exposure(record_key(attrs), kind, when(attrs["startDate"]), amount, source=SOURCE)


def workout_exposure(attrs: dict[str, str]) -> Exposure:
    start, end = when(attrs["startDate"]), when(attrs["endDate"])
    if attrs.get("duration"):
        minutes = float(attrs["duration"]) * DURATION_TO_MIN[attrs.get("durationUnit", "min")]
    else:
        minutes = (end - start).total_seconds() / 60
    activity = _snake(attrs.get("workoutActivityType", "").removeprefix("HKWorkoutActivityType"))
    return Exposure(
        record_key(attrs),
        ExposureKind.EXERCISE,
        start,
        minutes,
        end,
        activity or "workout",
        source=SOURCE,
    )
