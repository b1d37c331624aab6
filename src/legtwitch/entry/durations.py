"""Forgiving durations and amounts: "5.5h", "7h30m", "90 min", "7:30", "500ml", "1.5 l"."""

from __future__ import annotations

import re

from legtwitch.errors import InputError

_UNIT_SECONDS = {
    "s": 1.0,
    "sec": 1.0,
    "secs": 1.0,
    "second": 1.0,
    "seconds": 1.0,
    "m": 60.0,
    "min": 60.0,
    "mins": 60.0,
    "minute": 60.0,
    "minutes": 60.0,
    "h": 3600.0,
    "hr": 3600.0,
    "hrs": 3600.0,
    "hour": 3600.0,
    "hours": 3600.0,
}
_PART = re.compile(r"(\d+(?:[.,]\d+)?)\s*([a-z]+)")
_CLOCK = re.compile(r"^(\d{1,2}):([0-5]\d)$")
_NUMBER = re.compile(r"^\d+(?:[.,]\d+)?$")


def parse_duration(text: str, *, default_unit: str = "h") -> float:
    """Seconds in `text`; a bare number is read in `default_unit` ("s", "min" or "h")."""
    cleaned = text.strip().lower()
    if not cleaned:
        raise InputError("The duration is empty; give one like 7h30m, 5.5h or 90min.")
    if _NUMBER.match(cleaned):
        return float(cleaned.replace(",", ".")) * _UNIT_SECONDS[default_unit]
    clock = _CLOCK.match(cleaned)
    if clock:
        return int(clock.group(1)) * 3600.0 + int(clock.group(2)) * 60.0
    total, pos = 0.0, 0
    compact = cleaned.replace(" and ", " ")
    for match in _PART.finditer(compact):
        if compact[pos : match.start()].strip():
            break
        unit = match.group(2)
        if unit not in _UNIT_SECONDS:
            raise InputError(
                f"Unknown time unit {unit!r} in {text!r}; use h, min or s (e.g. 7h30m)."
            )
        total += float(match.group(1).replace(",", ".")) * _UNIT_SECONDS[unit]
        pos = match.end()
    if pos == 0 or compact[pos:].strip():
        raise InputError(f"Cannot read the duration {text!r}; write it like 7h30m, 5.5h or 90min.")
    return total


_AMOUNT = re.compile(r"^(-?\d+(?:[.,]\d+)?)\s*([a-zµ°. ]*)$")


def parse_amount(text: str, units: dict[str, float], *, what: str, example: str) -> float:
    """A number with an optional unit, converted with `units` (unit -> factor; "" = the default)."""
    cleaned = text.strip().lower()
    match = _AMOUNT.match(cleaned)
    if not match:
        raise InputError(f"Cannot read the {what} {text!r}; write a number like {example}.")
    value = float(match.group(1).replace(",", "."))
    unit = match.group(2).strip().rstrip(".")
    if unit not in units:
        known = ", ".join(u for u in units if u)
        raise InputError(f"Unknown unit {unit!r} for {what}; use {known} (e.g. {example}).")
    return value * units[unit]
