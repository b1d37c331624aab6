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
    text: Annotated[
        str | None,
        typer.Option("--text", help="Your symptoms in your own words, read before any question."),
    ] = None,
    save: Annotated[
        bool, typer.Option("--save", help="Keep the result in your diary, to show a doctor later.")
    ] = False,
) -> None:
    """Possible causes, how soon to see a doctor, and what helps. Not a diagnosis."""
    from legtwitch.services.assessment import assess_document, default_context, interview
    from legtwitch.services.assessment_json import assessment_to_dict

    if answers is not None and batch is not None:
        raise InputError("Use either --answers or --batch, not both.")
    if save and batch is not None:
        raise InputError("--save keeps one assessment; it cannot be used with --batch.")
    ctx = default_context()
    if batch is not None:
        _run_batch(ctx, batch)
        return
    if text is not None:  # free-text intake (issue 3): text first, then answers or the interview
        from legtwitch.cli.text_output import assess_text_command

        payload = assess_text_command(ctx, text, answers, output_format is OutputFormat.json)
        if save:
            save_to_diary(payload)
        return
    if answers is not None:
        result = assess_document(read_answers_file(answers), context=ctx)
    else:
        from legtwitch.cli.prompts import ask_in_terminal

        if not sys.stdin.isatty() and output_format is OutputFormat.table:
            typer.echo("Answer each question; type ? if you don't know.", err=True)
        result = interview(ask_in_terminal, context=ctx)
    payload = assessment_to_dict(result, ctx.kb)
    if output_format is OutputFormat.json:
        typer.echo(json.dumps(payload, ensure_ascii=False))
    else:
        from legtwitch.cli.render import show_assessment

        show_assessment(result, ctx.kb)
    if save:
        save_to_diary(payload)


def save_to_diary(payload: dict[str, Any]) -> None:
    """Keep an assessment's JSON in the diary with the knowledge base version behind it."""
    import uuid
    from datetime import UTC, datetime

    from legtwitch.services import diary

    with diary.open_diary() as db:
        saved = diary.save_assessment(
            db,
            assessment_id=str(uuid.uuid4()),
            created=datetime.now(UTC),
            knowledge_base_version=str(payload["knowledge_base_version"]),
            payload=payload,
        )
    typer.echo(f"Saved in your diary as assessment {saved.id[:8]}.", err=True)


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
                if isinstance(case.get("text"), str):  # free-text intake: text, then answers
                    from legtwitch.cli.text_output import batch_text_case

                    out = {"id": case_id, **batch_text_case(ctx, case["text"], doc)}
                else:
                    result = assess_document(doc, context=ctx)
                    out = {"id": case_id, **assessment_to_dict(result, ctx.kb)}
            except LegtwitchError as exc:
                out = {"id": case_id if case_id is not None else number, "error": str(exc)}
            typer.echo(json.dumps(out, ensure_ascii=False))
