"""Shared bits of CLI output: local times, a one-line entry summary, the settings in force."""

from __future__ import annotations

from datetime import UTC, datetime, tzinfo
from typing import TYPE_CHECKING

from legtwitch.domain.diary import Episode, Exposure, ExposureKind

if TYPE_CHECKING:
    from legtwitch.settings import Settings

NOT_A_DIAGNOSIS = "legtwitch keeps a record; it is not a diagnosis."
_UNITS = {
    ExposureKind.CAFFEINE: "mg",
    ExposureKind.ALCOHOL: "units",
    ExposureKind.SLEEP: "h",
    ExposureKind.STRESS: "/10",
    ExposureKind.EXERCISE: "min",
    ExposureKind.FLUIDS: "l",
    ExposureKind.HEAT: "°C max",
    ExposureKind.MEDICINE: "mg",
    ExposureKind.STEPS: "steps",
}


def settings() -> Settings:
    from legtwitch.settings import get_settings  # pydantic-settings: only when a command runs

    return get_settings()


def now() -> datetime:
    return datetime.now(UTC)


def local(moment: datetime, tz: tzinfo | None) -> datetime:
    return moment.astimezone(tz) if tz is not None else moment.astimezone()


def clock(moment: datetime, tz: tzinfo | None) -> str:
    return local(moment, tz).strftime("%Y-%m-%d %H:%M")


def describe(entry: Episode | Exposure) -> str:
    """ "cramp, left calf, intensity 3" or "caffeine 192 mg (coffee)"."""
    if isinstance(entry, Episode):
        parts = [entry.kind.value.replace("_", " ")]
        if entry.site:
            parts.append(
                " ".join(p for p in (entry.side.value if entry.side else None, entry.site) if p)
            )
        if entry.intensity is not None:
            parts.append(f"intensity {entry.intensity}")
        if entry.duration_s is not None:
            parts.append(f"{entry.duration_s:g} s")
        if entry.count != 1:
            parts.append(f"×{entry.count}")
        if entry.note:
            parts.append(f"note: {entry.note}")
        return ", ".join(parts)
    text = entry.kind.value
    if entry.amount is not None:
        text += f" {entry.amount:.4g} {_UNITS.get(entry.kind, '')}".rstrip()
    if entry.detail:
        text += f" ({entry.detail})"
    if entry.intensity is not None:
        text += f", intensity {entry.intensity}"
    return text
