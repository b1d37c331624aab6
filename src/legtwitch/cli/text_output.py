"""`legtwitch assess --text`: run the text first, then answers or the interview; show overrides."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

import typer

from legtwitch.errors import InputError

if TYPE_CHECKING:
    from legtwitch.interview.state import Context
    from legtwitch.nlp import Extraction


def assess_text_command(
    ctx: Context, text: str, answers: Path | None, as_json: bool
) -> dict[str, Any]:
    """Run and show the assessment; return its JSON-ready result."""
    from legtwitch.cli.assess import read_answers_file
    from legtwitch.services.assessment_json import assessment_to_dict
    from legtwitch.services.text_intake import assess_with_text, read_text

    if not text.strip():
        raise InputError(
            "The text is empty; describe what your legs do, e.g. --text 'calf twitches'."
        )
    intake = read_text(ctx, text)
    if not as_json:
        _show_understood(intake.extraction, asking=answers is None)
    if answers is not None:
        result = assess_with_text(ctx, text, read_answers_file(answers), intake=intake)
    else:
        from legtwitch.cli.prompts import ask_in_terminal

        result = assess_with_text(ctx, text, ask=ask_in_terminal, intake=intake)
    out = {
        **assessment_to_dict(result.assessment, ctx.kb),
        "text": result.intake.extraction.to_dict(),
        "overridden": result.overridden,
    }
    if as_json:
        typer.echo(json.dumps(out, ensure_ascii=False))
        return out
    from legtwitch.cli.render import show_assessment

    for line in result.overridden:
        typer.echo(line)
    show_assessment(result.assessment, ctx.kb)
    return out


def _show_understood(x: Extraction, asking: bool) -> None:
    rest = " (the questions below cover the rest)" if asking else ""
    typer.echo(x.message or f"We understood from your words{rest}:")
    for a in x.answers:
        typer.echo(f"  {a.question_id}: {a.value} (from '{a.evidence.text}')")
    for f in x.findings:
        note = f"; {f.note}" if f.note else ""
        typer.echo(f"  {f.label}: {f.status.value} (from '{f.evidence.text}'{note})")
    for c in x.conflicts:
        typer.echo(
            f"  Read both ways: {c.label} (yes from '{c.present.text}', no from "
            f"'{c.absent.text}'); {c.resolution}."
        )
    for s in x.set_aside:
        typer.echo(f"  Not used: '{s.text}' ({s.reason}).")


def batch_text_case(ctx: Context, text: str, doc: dict[str, Any]) -> dict[str, Any]:
    from legtwitch.services.assessment_json import assessment_to_dict
    from legtwitch.services.text_intake import assess_with_text

    result = assess_with_text(ctx, text, doc)
    return {
        **assessment_to_dict(result.assessment, ctx.kb),
        "text": result.intake.extraction.to_dict(),
        "overridden": result.overridden,
    }
