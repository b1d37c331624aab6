"""`legtwitch diary`: recent days as a table; `diary edit ID`, `diary delete ID`."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Any

import typer

from legtwitch.cli import app
from legtwitch.cli.output import NOT_A_DIAGNOSIS, clock, describe, local, now, settings
from legtwitch.domain.diary import Episode, Exposure
from legtwitch.entry.durations import parse_duration
from legtwitch.entry.validate import parse_kind, parse_site
from legtwitch.entry.when import parse_when

diary_app = typer.Typer(help="Show, edit and delete diary entries. Not a diagnosis.")
app.add_typer(diary_app, name="diary")


@diary_app.callback(invoke_without_command=True)
def show(
    ctx: typer.Context,
    days: Annotated[int, typer.Option("--days", help="How many recent days to show.")] = 7,
) -> None:
    """Show the last few days of the diary as a table (newest last)."""
    if ctx.invoked_subcommand is not None:
        return
    from rich.console import Console
    from rich.table import Table

    from legtwitch.services import diary

    tz = settings().tz()
    with diary.open_diary(settings()) as db:
        window = diary.recent(db, days, now=now())
        reminder = _experiment_reminder(db, tz)
    rows: list[tuple[datetime, str, Episode | Exposure]] = [
        (e.start, "twitch", e) for e in window.episodes
    ]
    rows += [(x.at, x.kind.value, x) for x in window.exposures]
    rows.sort(key=lambda r: (r[0], r[2].id))
    table = Table(title=f"Diary, last {days} day(s)", caption=NOT_A_DIAGNOSIS)
    for column in ("Time", "Id", "Type", "Entry"):
        table.add_column(column)
    last_day = None
    for moment, kind, entry in rows:
        day = local(moment, tz).date()
        if last_day is not None and day != last_day:
            table.add_section()
        last_day = day
        table.add_row(clock(moment, tz), entry.id[:8], kind, describe(entry))
    console = Console()
    if reminder:
        console.print(reminder, markup=False, highlight=False)
    if not rows:
        console.print(f"No entries in the last {days} day(s). Add one with `legtwitch log twitch`.")
        return
    console.print(table)


def _experiment_reminder(db: Any, tz: Any) -> str | None:
    """Today's arm while a self-experiment runs (issue 5)."""
    from legtwitch.services import experiments

    return experiments.today_reminder(db, local(now(), tz).date())


@diary_app.command()
def edit(
    entry_id: Annotated[
        str, typer.Argument(metavar="ID", help="The id (or its first characters).")
    ],
    at: Annotated[str | None, typer.Option("--at", help="New time.")] = None,
    intensity: Annotated[int | None, typer.Option("--intensity", "-i")] = None,
    note: Annotated[str | None, typer.Option("--note")] = None,
    site: Annotated[str | None, typer.Option("--site")] = None,
    kind: Annotated[str | None, typer.Option("--kind", help="Episode kind.")] = None,
    duration: Annotated[str | None, typer.Option("--duration", help="Episode duration.")] = None,
    amount: Annotated[
        float | None, typer.Option("--amount", help="Exposure amount, in its unit.")
    ] = None,
    detail: Annotated[
        str | None, typer.Option("--detail", help="Exposure detail (drink, activity, name).")
    ] = None,
) -> None:
    """Change an entry."""
    from legtwitch.services import diary

    tz = settings().tz()
    with diary.open_diary(settings()) as db:
        entry = diary.find(db, entry_id)
        changes: dict[str, Any] = {}
        if at is not None:
            changes["start" if isinstance(entry, Episode) else "at"] = parse_when(
                at, now=now(), tz=tz
            )
        if site is not None:
            changes["site"], changes["side"] = parse_site(site)
        if kind is not None:
            changes["kind"] = parse_kind(kind)
        if duration is not None:
            changes["duration_s"] = parse_duration(duration, default_unit="s")
        for name, value in (
            ("intensity", intensity),
            ("note", note),
            ("amount", amount),
            ("detail", detail),
        ):
            if value is not None:
                changes[name] = value
        updated = diary.edit(db, entry.id, changes)
    typer.echo(f"Changed {updated.id[:8]}: {describe(updated)}.")


@diary_app.command()
def delete(
    entry_id: Annotated[
        str, typer.Argument(metavar="ID", help="The id (or its first characters).")
    ],
) -> None:
    """Delete an entry."""
    from legtwitch.services import diary

    with diary.open_diary(settings()) as db:
        removed = diary.delete(db, entry_id)
    typer.echo(f"Deleted {removed.id[:8]}: {describe(removed)}.")
