"""`legtwitch export` and `legtwitch import` (our JSON/CSV, a daily spreadsheet, Apple Health)."""

from __future__ import annotations

from pathlib import Path
from types import TracebackType
from typing import Annotated, Any

import typer

from legtwitch.cli import app
from legtwitch.cli.output import NOT_A_DIAGNOSIS, settings
from legtwitch.errors import InputError


class RichProgress:
    """A rich progress bar on stderr (only on a terminal), one task per stage."""

    def __init__(self) -> None:
        from rich.console import Console
        from rich.progress import BarColumn, Progress, TextColumn, TimeRemainingColumn

        console = Console(stderr=True)
        self._progress = Progress(
            TextColumn("{task.description}"),
            BarColumn(),
            TextColumn("{task.fields[done]}"),
            TimeRemainingColumn(),
            console=console,
            disable=not console.is_terminal,
        )
        self._task: Any = None

    def start(self, description: str, total: int | None, unit: str = "entries") -> None:
        if self._task is not None:
            self._progress.update(self._task, completed=self._progress.tasks[-1].total or 0)
        self._unit = unit
        self._task = self._progress.add_task(description, total=total, done="")

    def advance(self, amount: int) -> None:
        self._progress.advance(self._task, amount)
        task = self._progress.tasks[-1]
        if self._unit == "bytes":
            done = f"{task.completed / 2**20:.0f}/{(task.total or 0) / 2**20:.0f} MB"
        else:
            done = f"{task.completed:.0f}/{task.total or 0:.0f} {self._unit}"
        self._progress.update(self._task, done=done)

    def __enter__(self) -> RichProgress:
        self._progress.start()
        return self

    def __exit__(
        self, t: type[BaseException] | None, e: BaseException | None, tb: TracebackType | None
    ) -> None:
        self._progress.stop()


@app.command("export")
def export_command(
    output: Annotated[Path, typer.Option("--output", "-o", help="The file to write.")],
    fmt: Annotated[
        str, typer.Option("--format", "-f", help="json or csv (both complete and lossless).")
    ] = "json",
) -> None:
    """Export the whole diary (episodes, exposures, saved assessments)."""
    from legtwitch.services import diary, transfer

    with diary.open_diary(settings()) as db, RichProgress() as progress:
        counts = transfer.export(db, fmt.lower(), output, progress)
    summary = ", ".join(f"{n} {name}" for name, n in counts.items())
    typer.echo(f"Exported {summary} to {output}. {NOT_A_DIAGNOSIS}")


@app.command("import")
def import_command(
    source: Annotated[
        str, typer.Argument(metavar="[apple-health] PATH", help="The file to import.")
    ],
    path: Annotated[Path | None, typer.Argument(hidden=True)] = None,
) -> None:
    """Import a legtwitch export (JSON/CSV), a daily spreadsheet (CSV), or `apple-health FILE`."""
    from legtwitch.services import diary, transfer

    if path is not None and source != "apple-health":
        raise InputError(
            f"Unknown import source {source!r}; use `legtwitch import apple-health FILE`."
        )
    with diary.open_diary(settings()) as db, RichProgress() as progress:
        if path is not None:
            report = transfer.import_apple_health(db, path, progress=progress)
        else:
            report = transfer.import_path(db, Path(source), settings=settings(), progress=progress)
    typer.echo(
        f"Imported {report.source}: {report.added} new entries, "
        f"{report.already_present} already present."
    )
    for name, count in report.details.items():
        typer.echo(f"  {name}: {count}")
    for name, count in report.skipped.items():
        typer.echo(f"  skipped {name}: {count}")
    if report.ignored_columns:
        typer.echo(
            f"Ignored unknown columns: {', '.join(report.ignored_columns)} (see docs/diary.md)."
        )
