"""`legtwitch assess`: the interview in the terminal, an answers file, or a batch of cases."""

from __future__ import annotations

import json
import sys
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from legtwitch.cli import app
from legtwitch.errors import InputError, LegtwitchError

if TYPE_CHECKING:
    from legtwitch.interview.state import Context


class OutputFormat(StrEnum):
    table = "table"
    json = "json"


@app.command()
def assess(
    answers: Annotated[
        Path | None,
        typer.Option("--answers", help="JSON or YAML file of answers; nothing is asked."),
    ] = None,
    batch: Annotated[
        Path | None,
        typer.Option("--batch", help="JSON Lines file: one case per line with 'id' and 'answers'."),
    ] = None,
    output_format: Annotated[
        OutputFormat, typer.Option("--format", help="table (default) or json.")
    ] = OutputFormat.table,
) -> None:
    """Possible causes, how soon to see a doctor, and what helps. Not a diagnosis."""
    from legtwitch.services.assessment import assess_document, default_context, interview
    from legtwitch.services.assessment_json import assessment_to_dict

    if answers is not None and batch is not None:
        raise InputError("Use either --answers or --batch, not both.")
    ctx = default_context()
    if batch is not None:
        _run_batch(ctx, batch)
        return
    if answers is not None:
        result = assess_document(read_answers_file(answers), context=ctx)
    else:
        from legtwitch.cli.prompts import ask_in_terminal

        if not sys.stdin.isatty() and output_format is OutputFormat.table:
            typer.echo("Answer each question; type ? if you don't know.", err=True)
        result = interview(ask_in_terminal, context=ctx)
    if output_format is OutputFormat.json:
        typer.echo(json.dumps(assessment_to_dict(result, ctx.kb), ensure_ascii=False))
    else:
        from legtwitch.cli.render import show_assessment

        show_assessment(result, ctx.kb)


def read_answers_file(path: Path) -> Any:
    """Parse a JSON or YAML answers file; a bad file is one plain sentence."""
    import yaml

    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise InputError(f"Answers file {path} does not exist.") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"Could not read answers file {path}: {exc}.") from None
    try:
        data = json.loads(text) if path.suffix.lower() == ".json" else yaml.safe_load(text)
    except (json.JSONDecodeError, yaml.YAMLError) as exc:
        detail = str(exc).splitlines()[0]
        raise InputError(
            f"Answers file {path} is not valid {'JSON' if path.suffix == '.json' else 'YAML'}: "
            f"{detail}."
        ) from None
    if not isinstance(data, dict):
        raise InputError(f"Answers file {path} must hold a mapping of ids to answers.")
    return data


def _run_batch(ctx: Context, path: Path) -> None:
    from legtwitch.services.assessment import assess_document
    from legtwitch.services.assessment_json import assessment_to_dict

    try:
        handle = path.open(encoding="utf-8")
    except OSError as exc:
        raise InputError(f"Could not open batch file {path}: {exc.strerror}.") from None
    with handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            case_id: Any = None
            try:
                try:
                    case = json.loads(line)
                except json.JSONDecodeError as exc:
                    raise InputError(f"line {number} is not valid JSON: {exc.msg}.") from None
                if not isinstance(case, dict):
                    raise InputError(f"line {number} must be a JSON object.")
                case_id = case.get("id", number)
                doc = {k: v for k, v in case.items() if k in ("answers", "findings")}
                result = assess_document(doc, context=ctx)
                out = {"id": case_id, **assessment_to_dict(result, ctx.kb)}
            except LegtwitchError as exc:
                out = {"id": case_id if case_id is not None else number, "error": str(exc)}
            typer.echo(json.dumps(out, ensure_ascii=False))
