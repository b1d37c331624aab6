"""`legtwitch insights`: possible personal triggers, with intervals, in words, JSON or charts."""

from __future__ import annotations

import json
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from legtwitch.cli import app
from legtwitch.cli.output import settings


class InsightFormat(StrEnum):
    text = "text"
    json = "json"


@app.command()
def insights(
    output_format: Annotated[
        InsightFormat, typer.Option("--format", help="text (default) or json.")
    ] = InsightFormat.text,
    chart: Annotated[
        Path | None,
        typer.Option(
            "--chart",
            help="Also write the effect chart to this .svg or .png file, and the timeline "
            "beside it (NAME-timeline.svg).",
        ),
    ] = None,
) -> None:
    """Which of your logged habits go with more (or fewer) twitches. Not a diagnosis."""
    from legtwitch.services import diary
    from legtwitch.services import insights as service

    with diary.open_diary(settings()) as db:
        result = service.insights(db, chart)
    report = result.report
    if output_format is InsightFormat.json:
        typer.echo(json.dumps(service.report_json(report), ensure_ascii=False))
        return
    typer.echo(f"Trigger insights from {report.days} recorded day(s) of your diary.")
    flagged = [f for f in report.factors if f.flagged]
    others = [f for f in report.factors if not f.flagged]
    if report.factors:
        typer.echo("")
        typer.echo("Possible links (after correcting for testing many factors):")
        for f in flagged or ():
            typer.echo(f"  - {f.message}")
        if not flagged:
            typer.echo("  none so far.")
        typer.echo("")
        typer.echo(f"Tested without a clear link: {len(others)} (see --format json for all).")
    if report.model is not None and report.model.autocorrelated:
        typer.echo(
            "Your twitch counts carry over from day to day, so the intervals were widened to "
            "allow for it."
        )
    if report.not_enough_data:
        typer.echo("")
        for s in report.not_enough_data:
            typer.echo(f"  * {s.message[:1].upper()}{s.message[1:]}")
    for path in result.charts:
        typer.echo(f"Chart written to {path}.")
    typer.echo("")
    for note in report.notes:
        typer.echo(note)
