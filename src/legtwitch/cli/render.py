"""Showing an assessment in the terminal: the triage banner first, then the possible causes."""

from __future__ import annotations

from rich.console import Console
from rich.panel import Panel
from rich.table import Table

from legtwitch.domain import Assessment, Contribution, FindingSource, TriageLevel
from legtwitch.knowledge.base import KnowledgeBase
from legtwitch.services.assessment_json import base_rate_text

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


def _said(c: Contribution) -> str:
    return c.label if c.status == "present" else f"not: {c.label}"


def _per_hundred(p: float) -> str:
    return "under 1 in 100" if p < 0.01 else f"{round(p * 100)} in 100"


def _base_rate(prior: float) -> str:
    return (
        base_rate_text(prior).removeprefix("about ").removesuffix(" people who notice leg symptoms")
    )


def _show_unchecked(a: Assessment, kb: KnowledgeBase, console: Console) -> None:
    """Red flags nobody said yes or no to, most urgent level first, right under the triage."""
    if not a.unchecked_warning_signs:
        return
    from_text = any(f.source is FindingSource.TEXT for f in a.findings)
    console.print(
        "[bold]Not checked:[/bold] these warning signs have no answer yet"
        + (
            " (a 'no' read from your own words is not counted: the reading can be wrong)"
            if from_text
            else ""
        )
        + ". If any of them applies, the advice above changes:"
    )
    by_level: dict[TriageLevel, list[str]] = {}
    for w in a.unchecked_warning_signs:  # already most urgent first
        by_level.setdefault(w.level, []).append(w.label)
    for level, labels in by_level.items():
        console.print(f"  [bold]{_STYLE[level][1]}[/bold] ({kb.policy.actions[level.value]})")
        for label in labels:
            console.print(f"    • {label}")


def show_assessment(a: Assessment, kb: KnowledgeBase, console: Console | None = None) -> None:
    console = console or Console()
    style, title = _STYLE[a.triage.level]
    lines = [f"[bold]{a.triage.action}[/bold]"]
    for r in a.triage.reasons:
        lines.append(f"• {r.text}")
    console.print(Panel("\n".join(lines), title=title, style=style))
    _show_unchecked(a, kb, console)

    table = Table(
        title="Possible causes",
        caption="How likely: among 100 people who answer as you did. Base rate: among people who "
        "notice leg symptoms. Causes can act together, so these do not add up to 100.",
        show_lines=True,
    )
    table.add_column("Possible cause", ratio=2)
    table.add_column("How likely", justify="right", ratio=1)
    table.add_column("Base rate", justify="right", ratio=1)
    table.add_column("What moved it (+ for, − against)", ratio=4)
    for c in a.causes[:_SHOWN]:
        why = [f"+ {_said(x)}" for x in c.supporting[:2]]
        why += [f"− {_said(x)}" for x in c.opposing[:1]]
        table.add_row(
            c.name + (" [red](serious)[/red]" if c.serious else ""),
            _per_hundred(c.probability),
            _base_rate(c.prior),
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
