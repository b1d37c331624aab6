"""Checks every diary entry passes before it is stored, whatever its origin (CLI, edit, import)."""

from __future__ import annotations

from datetime import datetime

from legtwitch.domain.diary import Episode, EpisodeKind, Exposure, ExposureKind, Side
from legtwitch.entry.presets import limit
from legtwitch.entry.when import check_not_future
from legtwitch.errors import InputError

SITES = ("calf", "thigh", "shin", "foot", "toes", "knee", "ankle", "hamstring", "buttock", "other")

_KIND_ALIASES = {
    "fasciculation": EpisodeKind.FASCICULATION,
    "fasciculations": EpisodeKind.FASCICULATION,
    "twitch": EpisodeKind.FASCICULATION,
    "cramp": EpisodeKind.CRAMP,
    "urge": EpisodeKind.URGE_TO_MOVE,
    "urge-to-move": EpisodeKind.URGE_TO_MOVE,
    "urge_to_move": EpisodeKind.URGE_TO_MOVE,
    "rls": EpisodeKind.URGE_TO_MOVE,
    "jerk": EpisodeKind.JERK,
    "other": EpisodeKind.OTHER,
}

# The unit each exposure's amount is stored in, and the limit that bounds it from above.
_AMOUNT_LIMITS: dict[ExposureKind, tuple[str, str]] = {
    ExposureKind.CAFFEINE: ("mg", "caffeine_mg_max"),
    ExposureKind.ALCOHOL: ("units", "alcohol_units_max"),
    ExposureKind.SLEEP: ("h", "sleep_hours_max"),
    ExposureKind.STRESS: ("", "scale_max"),
    ExposureKind.EXERCISE: ("min", "exercise_minutes_max"),
    ExposureKind.FLUIDS: ("l", "fluids_l_max"),
    ExposureKind.STEPS: ("steps", "steps_max"),
}


def parse_kind(text: str) -> EpisodeKind:
    key = text.strip().lower().replace(" ", "-")
    if key not in _KIND_ALIASES:
        raise InputError(
            f"Unknown kind {text!r}; use fasciculation, cramp, urge-to-move, jerk or other."
        )
    return _KIND_ALIASES[key]


def parse_site(text: str) -> tuple[str, Side | None]:
    """ "left-calf" -> ("calf", Side.LEFT); "calf" -> ("calf", None)."""
    parts = text.strip().lower().replace("_", "-").replace(" ", "-").split("-", 1)
    side: Side | None = None
    if len(parts) == 2 and parts[0] in {s.value for s in Side}:
        side, site = Side(parts[0]), parts[1]
    else:
        site = "-".join(parts)
    if site not in SITES:
        raise InputError(
            f"Unknown site {text!r}; use a body part such as {', '.join(SITES[:4])}, "
            "optionally with left-, right- or both- in front (e.g. left-calf)."
        )
    return site, side


def check_scale(value: int | None, what: str) -> None:
    top = int(limit("scale_max"))
    if value is not None and not 0 <= value <= top:
        raise InputError(f"The {what} {value} is outside 0–{top}; rate it from 0 to {top}.")


def _check_time(moment: datetime, now: datetime) -> None:
    if moment.tzinfo is None:
        raise InputError(
            f"The time {moment.isoformat()} has no timezone; add an offset like +01:00."
        )
    check_not_future(moment, now=now)


def validate_episode(episode: Episode, *, now: datetime) -> None:
    _check_time(episode.start, now)
    check_scale(episode.intensity, "intensity")
    if episode.duration_s is not None and not 0 <= episode.duration_s <= limit(
        "twitch_duration_s_max"
    ):
        raise InputError(
            f"The duration of {episode.duration_s:g} s is impossible for one episode; "
            "give at most a day (e.g. 30s or 5min)."
        )
    if not 0 <= episode.count <= limit("twitch_count_max"):
        raise InputError(f"The count {episode.count} is impossible; give a count from 0 upwards.")
    if episode.site is not None and episode.site not in SITES:
        raise InputError(f"Unknown site {episode.site!r}; use one of: {', '.join(SITES)}.")


def validate_exposure(exposure: Exposure, *, now: datetime) -> None:
    _check_time(exposure.at, now)
    if exposure.end is not None:
        _check_time(exposure.end, now)
        if exposure.end < exposure.at:
            raise InputError("The end time is before the start time; swap them or fix one.")
    check_scale(exposure.intensity, "intensity")
    amount, kind = exposure.amount, exposure.kind
    if kind is ExposureKind.HEAT and amount is not None:
        low, high = limit("heat_c_min"), limit("heat_c_max")
        if not low <= amount <= high:
            raise InputError(
                f"A temperature of {amount:g} °C is impossible; give the day's maximum in °C."
            )
    elif kind is ExposureKind.STRESS and amount is not None:
        top = limit("scale_max")
        if not 0 <= amount <= top:
            raise InputError(
                f"The stress rating {amount:g} is outside 0–{top:g}; rate it from 0 to {top:g}."
            )
    elif amount is not None and kind in _AMOUNT_LIMITS:
        unit, name = _AMOUNT_LIMITS[kind]
        top = limit(name)
        if amount < 0:
            raise InputError(
                f"A negative amount of {kind.value} ({amount:g} {unit}) is impossible."
            )
        if amount > top:
            raise InputError(
                f"{kind.value.capitalize()} of {amount:g} {unit} in one entry is impossible; "
                f"give at most {top:g} {unit}."
            )
    elif amount is not None and amount < 0:
        raise InputError(f"A negative amount for {kind.value} ({amount:g}) is impossible.")
    if kind in (ExposureKind.MEDICINE, ExposureKind.TAG) and not exposure.detail:
        raise InputError(f"A {kind.value} entry needs a name.")
