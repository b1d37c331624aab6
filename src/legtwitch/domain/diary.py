"""Diary entries: twitch episodes and the exposures that may set them off.

These are the contract between storage, imports and the trigger analysis. Times are timezone-aware.
Validation of ranges (intensity 0–10, sleep ≤ 24 h, ...) happens where input enters (CLI, imports),
using limits from the knowledge base or documented plausibility bounds.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum


class EpisodeKind(StrEnum):
    FASCICULATION = "fasciculation"
    CRAMP = "cramp"
    URGE_TO_MOVE = "urge_to_move"
    JERK = "jerk"
    OTHER = "other"


class Side(StrEnum):
    LEFT = "left"
    RIGHT = "right"
    BOTH = "both"


class ExposureKind(StrEnum):
    CAFFEINE = "caffeine"  # amount in mg
    ALCOHOL = "alcohol"  # amount in UK units (8 g ethanol)
    SLEEP = "sleep"  # amount in hours; `at` = sleep start, `end` = wake time when known
    STRESS = "stress"  # amount 0–10
    EXERCISE = "exercise"  # amount in minutes; detail = type; intensity 0–10
    FLUIDS = "fluids"  # amount in litres
    HEAT = "heat"  # amount = maximum temperature in °C
    MEDICINE = "medicine"  # detail = medicine name; amount = dose when given
    STEPS = "steps"  # amount = step count (phone imports)
    TAG = "tag"  # detail = free tag


@dataclass(frozen=True, slots=True)
class Episode:
    """One twitch episode (or, from a daily spreadsheet, `count` episodes on that day)."""

    id: str
    start: datetime
    kind: EpisodeKind
    duration_s: float | None = None
    site: str | None = None  # "calf", "thigh", "foot", "other"
    side: Side | None = None
    intensity: int | None = None  # 0–10
    count: int = 1
    note: str | None = None
    source: str = "manual"


@dataclass(frozen=True, slots=True)
class Exposure:
    id: str
    kind: ExposureKind
    at: datetime
    amount: float | None = None
    end: datetime | None = None
    detail: str | None = None
    intensity: int | None = None
    source: str = "manual"
