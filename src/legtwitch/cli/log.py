"""`legtwitch log ...`: one quick command per kind of diary entry, each with `--at`."""

from __future__ import annotations

import uuid
from datetime import datetime, timedelta
from typing import Annotated

import typer

from legtwitch.cli import app
from legtwitch.cli.output import clock, describe, now, settings
from legtwitch.domain.diary import Episode, Exposure, ExposureKind
from legtwitch.entry.durations import parse_amount, parse_duration
from legtwitch.entry.presets import drink as drink_preset
from legtwitch.entry.validate import parse_kind, parse_site
from legtwitch.entry.when import parse_when
from legtwitch.errors import InputError

log_app = typer.Typer(
    help="Log a twitch episode or an exposure (coffee, sleep, stress, ...). Not a diagnosis.",
    no_args_is_help=True,
)
app.add_typer(log_app, name="log")

At = Annotated[
    str | None,
    typer.Option(
        "--at", help='When: "08:15", "yesterday 23:30", "2h ago" or ISO 8601; default now.'
    ),
]
Intensity = Annotated[
    int | None, typer.Option("--intensity", "-i", help="0 (barely) to 10 (worst).")
]


def _when(at: str | None) -> datetime:
    return parse_when(at, now=now(), tz=settings().tz())


def _new_id() -> str:
    return str(uuid.uuid4())


def _save(entry: Episode | Exposure) -> None:
    from legtwitch.services import diary

    diary.log_entry(entry, settings())
    moment = entry.start if isinstance(entry, Episode) else entry.at
    typer.echo(f"Logged {describe(entry)} at {clock(moment, settings().tz())} (id {entry.id[:8]}).")


def _exposure(
    kind: ExposureKind, at: str | None, amount: float | None = None, **kw: object
) -> None:
    _save(Exposure(_new_id(), kind, _when(at), amount, **kw))  # type: ignore[arg-type]


@log_app.command()
def twitch(
    site: Annotated[
        str | None, typer.Option("--site", "-s", help="e.g. left-calf, right-thigh, foot.")
    ] = None,
    kind: Annotated[
        str, typer.Option("--kind", "-k", help="fasciculation, cramp, urge-to-move, jerk, other.")
    ] = "fasciculation",
    intensity: Intensity = None,
    duration: Annotated[
        str | None, typer.Option("--duration", "-d", help='e.g. "10s", "2 min".')
    ] = None,
    count: Annotated[
        int, typer.Option("--count", "-n", help="How many episodes this entry stands for.")
    ] = 1,
    note: Annotated[
        str | None, typer.Option("--note", help="Free text, kept in the diary only.")
    ] = None,
    at: At = None,
) -> None:
    """Log a twitch, cramp, urge to move or jerk."""
    place, side = parse_site(site) if site else (None, None)
    seconds = parse_duration(duration, default_unit="s") if duration else None
    episode = Episode(
        _new_id(), _when(at), parse_kind(kind), seconds, place, side, intensity, count, note or None
    )
    _save(episode)


@log_app.command()
def coffee(
    cups: Annotated[float, typer.Argument(help="How many servings.")] = 1.0,
    drink: Annotated[
        str,
        typer.Option(
            "--drink",
            help="coffee, espresso, instant, decaf, black-tea, green-tea, cola, energy-drink, ...",
        ),
    ] = "coffee",
    at: At = None,
) -> None:
    """Log caffeinated drinks by serving; the caffeine comes from sourced presets."""
    if cups < 0:
        raise InputError(f"A negative number of servings ({cups:g}) is impossible.")
    preset = drink_preset(drink)
    _exposure(ExposureKind.CAFFEINE, at, cups * preset.mg, detail=f"{cups:g} × {preset.name}")


@log_app.command()
def caffeine(
    amount: Annotated[str, typer.Argument(help='Caffeine, e.g. "150mg" (a bare number is mg).')],
    at: At = None,
) -> None:
    """Log caffeine in milligrams."""
    mg = parse_amount(amount, {"": 1.0, "mg": 1.0, "g": 1000.0}, what="caffeine", example="150mg")
    _exposure(ExposureKind.CAFFEINE, at, mg)


@log_app.command()
def sleep(
    duration: Annotated[
        str | None, typer.Argument(help='How long you slept, e.g. "5.5h", "7h30m".')
    ] = None,
    at: Annotated[str | None, typer.Option("--at", help="When you fell asleep.")] = None,
    until: Annotated[
        str | None, typer.Option("--until", help="When you woke; default now.")
    ] = None,
) -> None:
    """Log a night's (or a nap's) sleep."""
    tz, current = settings().tz(), now()
    seconds = parse_duration(duration, default_unit="h") if duration else None
    start = parse_when(at, now=current, tz=tz) if at else None
    end = parse_when(until, now=current, tz=tz) if until else None
    if seconds is None and (start is None or end is None):
        raise InputError('Give how long you slept (e.g. "7h30m") or both --at and --until.')
    if start is None:
        end = end or current
        start = end - timedelta(seconds=seconds or 0)
    elif end is None:
        end = start + timedelta(seconds=seconds or 0)
    hours = (end - start).total_seconds() / 3600 if seconds is None else seconds / 3600
    _save(Exposure(_new_id(), ExposureKind.SLEEP, start, hours, end))


@log_app.command()
def stress(
    level: Annotated[int, typer.Argument(help="0 (calm) to 10 (worst).")], at: At = None
) -> None:
    """Log how stressed you feel."""
    _exposure(ExposureKind.STRESS, at, float(level))


@log_app.command()
def exercise(
    activity: Annotated[str, typer.Argument(help="e.g. running, cycling, gym.")],
    duration: Annotated[str, typer.Argument(help='e.g. "45min", "1h" (a bare number is minutes).')],
    intensity: Intensity = None,
    at: At = None,
) -> None:
    """Log exercise: what, how long and how hard."""
    minutes = parse_duration(duration, default_unit="min") / 60
    _exposure(
        ExposureKind.EXERCISE, at, minutes, detail=activity.strip().lower(), intensity=intensity
    )


@log_app.command()
def alcohol(
    units: Annotated[str, typer.Argument(help="UK units (8 g alcohol each), e.g. 2 or 2.5.")],
    at: At = None,
) -> None:
    """Log alcohol in UK units."""
    amount = parse_amount(
        units, {"": 1.0, "u": 1.0, "unit": 1.0, "units": 1.0}, what="alcohol", example="2 units"
    )
    _exposure(ExposureKind.ALCOHOL, at, amount)


@log_app.command()
def fluids(
    amount: Annotated[str, typer.Argument(help='e.g. "500ml", "1.5l" (a bare number is litres).')],
    at: At = None,
) -> None:
    """Log water and other drinks."""
    units = {"": 1.0, "l": 1.0, "ml": 0.001, "cl": 0.01, "dl": 0.1, "oz": 0.0295735295625}
    _exposure(ExposureKind.FLUIDS, at, parse_amount(amount, units, what="fluids", example="500ml"))


@log_app.command()
def heat(
    temperature: Annotated[
        str, typer.Argument(help='The day\'s maximum, e.g. "31" or "31c" or "88f".')
    ],
    at: At = None,
) -> None:
    """Log a hot day (maximum temperature)."""
    text = temperature.strip().lower()
    if text.endswith("f"):
        celsius = (
            parse_amount(text[:-1], {"": 1.0, "°": 1.0}, what="temperature", example="88f") - 32
        ) / 1.8
    else:
        celsius = parse_amount(
            text, {"": 1.0, "c": 1.0, "°c": 1.0}, what="temperature", example="31c"
        )
    _exposure(ExposureKind.HEAT, at, round(celsius, 1))


@log_app.command()
def medicine(
    name: Annotated[str, typer.Argument(help="The medicine's name.")],
    dose: Annotated[
        str | None, typer.Argument(help='Dose, e.g. "400mg" (a bare number is mg).')
    ] = None,
    at: At = None,
) -> None:
    """Log a medicine you took."""
    units = {"": 1.0, "mg": 1.0, "g": 1000.0, "mcg": 0.001, "µg": 0.001, "ug": 0.001}
    mg = parse_amount(dose, units, what="dose", example="400mg") if dose else None
    _exposure(ExposureKind.MEDICINE, at, mg, detail=name.strip())


@log_app.command()
def tag(
    name: Annotated[str, typer.Argument(help='Any label, e.g. "long-flight".')], at: At = None
) -> None:
    """Log a free tag for anything else worth remembering."""
    _exposure(ExposureKind.TAG, at, detail=name.strip())
