"""`legtwitch assess --text`: run the text first, then answers or the interview; show overrides."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

import typer

from legtwitch.errors import InputError

if TYPE_CHECKING:
    from legtwitch.interview.state import Context


def assess_text_command(ctx: Context, text: str, answers: Path | None, as_json: bool) -> None:
    from legtwitch.cli.assess import read_answers_file
    from legtwitch.services.assessment_json import assessment_to_dict
    from legtwitch.services.text_intake import assess_with_text

    if not text.strip():
        raise InputError(
            "The text is empty; describe what your legs do, e.g. --text 'calf twitches'."
        )
    if answers is not None:
        result = assess_with_text(ctx, text, read_answers_file(answers))
    else:
        from legtwitch.cli.prompts import ask_in_terminal

        result = assess_with_text(ctx, text, ask=ask_in_terminal)
    if as_json:
        out = {
            **assessment_to_dict(result.assessment, ctx.kb),
            "text": result.intake.extraction.to_dict(),
            "overridden": result.overridden,
        }
        typer.echo(json.dumps(out, ensure_ascii=False))
        return
    from legtwitch.cli.render import show_assessment

    x = result.intake.extraction
    typer.echo(x.message or "We understood from your words:")
    for f in x.findings:
        typer.echo(f"  {f.label}: {f.status.value} (from '{f.evidence.text}')")
    for line in result.overridden:
        typer.echo(f"  {line}")
    show_assessment(result.assessment, ctx.kb)


def batch_text_case(ctx: Context, text: str, doc: dict[str, Any]) -> dict[str, Any]:
    from legtwitch.services.assessment_json import assessment_to_dict
    from legtwitch.services.text_intake import assess_with_text

    result = assess_with_text(ctx, text, doc)
    return {
        **assessment_to_dict(result.assessment, ctx.kb),
        "text": result.intake.extraction.to_dict(),
        "overridden": result.overridden,
    }
