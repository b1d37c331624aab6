"""`legtwitch kb ...`: check the knowledge base and list its ids."""

from __future__ import annotations

import typer

from legtwitch.cli import app

kb_app = typer.Typer(
    help="Inspect and check the knowledge base.", no_args_is_help=True, rich_markup_mode=None
)
app.add_typer(kb_app, name="kb")


@kb_app.command("check")
def check() -> None:
    """Validate the knowledge base and print a census of where its numbers come from."""
    from legtwitch.knowledge.base import KnowledgeBase
    from legtwitch.knowledge.census import census_lines

    kb = KnowledgeBase.load()
    for line in census_lines(kb):
        typer.echo(line)


@kb_app.command("questions")
def questions() -> None:
    """List the question ids and their possible answers."""
    from legtwitch.knowledge.base import KnowledgeBase

    kb = KnowledgeBase.load()
    for q in kb.questions.values():
        if q.kind in ("choice", "multi"):
            answers = ", ".join(o.value for o in q.options)
            answers = f"{'one of' if q.kind == 'choice' else 'list of'}: {answers}"
        elif q.kind == "number":
            answers = f"number {q.minimum:g}–{q.maximum:g} {q.unit or ''}".rstrip()
        else:
            answers = "yes / no"
        typer.echo(f"{q.id:24} {answers} (or dont_know)   {q.text}")


@kb_app.command("findings")
def findings() -> None:
    """List the finding ids (give them as present, absent or unknown)."""
    from legtwitch.knowledge.base import KnowledgeBase

    kb = KnowledgeBase.load()
    for f in kb.findings.values():
        typer.echo(f"{f.id:28} {f.role:12} {f.label}")
