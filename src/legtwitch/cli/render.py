"""Showing an assessment in the terminal: the triage banner first, then the possible causes."""

from __future__ import annotations

from rich.console import Console
from rich.panel import Panel
from rich.table import Table

from legtwitch.domain import Assessment, TriageLevel
from legtwitch.knowledge.base import KnowledgeBase
from legtwitch.services.assessment_json import base_rate_text, chance_text

_STYLE = {
    TriageLevel.EMERGENCY: ("bold white on red", "EMERGENCY"),
    TriageLevel.URGENT: ("bold white on dark_orange", "GET HELP TODAY"),
    TriageLevel.SOON: ("bold black on yellow", "SEE A DOCTOR IN THE NEXT FEW DAYS"),
    TriageLevel.ROUTINE: ("bold white on blue", "BOOK A ROUTINE APPOINTMENT"),
    TriageLevel.SELF_CARE: ("bold white on green", "SELF-CARE IS USUALLY ENOUGH"),
}
_SHOWN = 8


def chance_text_plain(p: float) -> str:
    return f"about a {round(p * 100)}% chance its answer changes the result"


def show_assessment(a: Assessment, kb: KnowledgeBase, console: Console | None = None) -> None:
    console = console or Console()
    style, title = _STYLE[a.triage.level]
    lines = [f"[bold]{a.triage.action}[/bold]"]
    for r in a.triage.reasons:
        lines.append(f"• {r.text}")
    console.print(Panel("\n".join(lines), title=title, style=style))

    table = Table(title="Possible causes", show_lines=False)
    table.add_column("Possible cause")
    table.add_column("How likely", justify="right")
    table.add_column("Base rate")
    table.add_column("Why")
    for c in a.causes[:_SHOWN]:
        why = [f"+ {x.label} ({x.status})" for x in c.supporting[:2]]
        why += [f"− {x.label} ({x.status})" for x in c.opposing[:1]]
        table.add_row(
            c.name + (" [red](serious)[/red]" if c.serious else ""),
            chance_text(c.probability),
            base_rate_text(c.prior),
            "\n".join(why) or "—",
        )
    console.print(table)

    for c in a.causes[:3]:
        cond = kb.conditions[c.id]
        console.print(f"\n[bold]{c.name}[/bold]: {cond.description}")
        for tip in cond.advice:
            console.print(f"  • {tip}")
        if cond.watch_for:
            console.print("  [bold]See a doctor if:[/bold] " + "; ".join(cond.watch_for))
    if a.open_questions:
        console.print("\n[bold]What could still change this picture:[/bold]")
        for q in a.open_questions:
            console.print(f"  • {q.text} [dim]({chance_text_plain(q.change_probability)})[/dim]")
    console.print(f"\n[dim]{a.notes[0] if a.notes else ''}[/dim]")
    console.print(f"[dim]Knowledge base {a.knowledge_base_version}.[/dim]")
