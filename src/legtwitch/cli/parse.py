"""`legtwitch parse --text "..."`: what legtwitch understood from your own words."""

from __future__ import annotations

import json
from enum import StrEnum
from typing import Annotated

import typer

from legtwitch.cli import app
from legtwitch.errors import InputError


class ParseFormat(StrEnum):
    table = "table"
    json = "json"


@app.command()
def parse(
    text: Annotated[str, typer.Option("--text", help="Your symptoms in your own words.")],
    output_format: Annotated[
        ParseFormat, typer.Option("--format", help="table (default) or json.")
    ] = ParseFormat.table,
) -> None:
    """Show the findings read from your words, with the words each came from. Not a diagnosis."""
    from legtwitch.nlp import extract
    from legtwitch.services.assessment import default_context

    if not text.strip():
        raise InputError(
            "The text is empty; describe what your legs do, e.g. --text 'calf twitches'."
        )
    x = extract(text, default_context().kb)
    if output_format is ParseFormat.json:
        typer.echo(json.dumps(x.to_dict(), ensure_ascii=False))
        return
    from rich.console import Console
    from rich.table import Table

    console = Console()
    if x.message:
        console.print(x.message)
    if x.findings or x.answers:
        table = Table(title="We understood", title_justify="left")
        for col in ("finding", "status", "from your words"):
            table.add_column(col)
        for a in x.answers:
            table.add_row(a.question_id, str(a.value), f"'{a.evidence.text}'")
        for f in x.findings:
            note = f" ({f.note})" if f.note else ""
            table.add_row(f.label, f.status.value, f"'{f.evidence.text}'{note}")
        console.print(table)
    for c in x.conflicts:
        console.print(
            f"Read both ways: {c.label} (yes from '{c.present.text}', no from "
            f"'{c.absent.text}'); "
            f"{c.resolution}."
        )
    for s in x.set_aside:
        console.print(f"Not used: '{s.text}' ({s.reason}).")
    console.print("This is not a diagnosis; correct anything misread in the interview.")
