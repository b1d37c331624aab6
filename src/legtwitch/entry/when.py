"""Forgiving points in time, local timezone: "08:15", "yesterday 23:30", "2h ago", ISO 8601."""

from __future__ import annotations

import re
from datetime import date, datetime, time, timedelta, tzinfo

from legtwitch.entry.durations import parse_duration
from legtwitch.entry.presets import limit
from legtwitch.errors import InputError

_CLOCK = re.compile(r"^(\d{1,2})(?:[:.h]([0-5]\d)(?::([0-5]\d))?)?\s*(am|pm)?$")
_DAY_WORDS = {"today": 0, "yesterday": 1}
_HINT = 'use "08:15", "yesterday 23:30", "2h ago" or an ISO time like 2026-11-20T08:15'


def localize(naive: datetime, tz: tzinfo | None) -> datetime:
    """Attach `tz` to a naive local time; None means this computer's timezone (DST-aware)."""
    if tz is None:
        return naive.astimezone()
    return naive.replace(tzinfo=tz)


def _clock(text: str) -> time | None:
    match = _CLOCK.match(text)
    if not match or (match.group(2) is None and not match.group(4)):
        return None
    hour, minute = int(match.group(1)), int(match.group(2) or 0)
    second = int(match.group(3) or 0)
    if match.group(4):
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if match.group(4) == "pm" else 0)
    if hour > 23:
        return None
    return time(hour, minute, second)


def parse_when(text: str | None, *, now: datetime, tz: tzinfo | None = None) -> datetime:
    """An aware datetime for `text` relative to the aware `now`; never in the future."""
    if text is None or not text.strip() or text.strip().lower() == "now":
        return now
    cleaned = " ".join(text.strip().lower().split())
    result = _parse(cleaned, now=now, tz=tz)
    if result is None:
        raise InputError(f"Cannot read the time {text!r}; {_HINT}.")
    check_not_future(result, now=now)
    return result


def check_not_future(moment: datetime, *, now: datetime) -> None:
    if moment > now + timedelta(seconds=limit("future_tolerance_s")):
        raise InputError(
            f"The time {moment.isoformat(timespec='minutes')} is in the future; "
            "give a time up to now."
        )


def _parse(cleaned: str, *, now: datetime, tz: tzinfo | None) -> datetime | None:
    local_now = now.astimezone(tz) if tz is not None else now.astimezone()
    if cleaned.endswith(" ago"):
        return now - timedelta(seconds=parse_duration(cleaned[:-4], default_unit="min"))
    words = cleaned.split(" ", 1)
    if words[0] in _DAY_WORDS:
        day = local_now.date() - timedelta(days=_DAY_WORDS[words[0]])
        clock = _clock(words[1]) if len(words) == 2 else local_now.time().replace(microsecond=0)
        return None if clock is None else localize(datetime.combine(day, clock), tz)
    clock = _clock(cleaned)
    if clock is not None:
        # A bare clock time later than now means the most recent one: yesterday's.
        moment = localize(datetime.combine(local_now.date(), clock), tz)
        if moment > now:
            moment = localize(datetime.combine(local_now.date() - timedelta(days=1), clock), tz)
        return moment
    try:
        parsed = datetime.fromisoformat(cleaned.upper())
    except ValueError:
        try:
            parsed = datetime.combine(date.fromisoformat(cleaned), time(0))
        except ValueError:
            return None
    return parsed if parsed.tzinfo is not None else localize(parsed, tz)
