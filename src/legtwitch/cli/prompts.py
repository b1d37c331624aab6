"""Asking interview questions in the terminal with rich prompts."""

from __future__ import annotations

from typing import Any

from rich.console import Console
from rich.prompt import Prompt

from legtwitch.errors import InputError
from legtwitch.interview.answers import DONT_KNOW, normalise_answer
from legtwitch.interview.select import Choice

console = Console(stderr=True)
_TYPICAL = 12  # shown as "usually about 12 questions"; a display hint, not a model number


def ask_in_terminal(choice: Choice, number: int) -> Any:
    q = choice.question
    console.print()
    console.print(f"[dim]Question {number} (usually about {_TYPICAL} in all)[/dim]")
    console.print(f"[bold]{q.text}[/bold]")
    console.print(f"[dim]Why we ask: {choice.reason}[/dim]")
    while True:
        raw = _read(q.kind, q)
        try:
            normalise_answer(q, raw)
        except InputError as exc:
            console.print(f"[red]{exc}[/red]")
            continue
        return raw


def _read(kind: str, q: Any) -> Any:
    if kind == "yes_no":
        reply = Prompt.ask("yes / no / ? (don't know)", console=console, default="?")
        return DONT_KNOW if reply.strip() == "?" else reply
    if kind == "number":
        unit = f" ({q.unit})" if q.unit else ""
        reply = Prompt.ask(f"Number{unit}, or ? to skip", console=console, default="?")
        return DONT_KNOW if reply.strip() == "?" else reply
    for i, option in enumerate(q.options, start=1):
        console.print(f"  {i}. {option.label}")
    if kind == "choice":
        reply = Prompt.ask("Number of your answer, or ?", console=console, default="?")
        if reply.strip() == "?":
            return DONT_KNOW
        return _option_values(q, reply)[0] if reply.strip().isdigit() else reply
    reply = Prompt.ask(
        "Numbers of all that apply (e.g. 1,3), 0 for none, ? if unsure",
        console=console,
        default="?",
    )
    if reply.strip() == "?":
        return DONT_KNOW
    if reply.strip() in ("0", "none"):
        return []
    return _option_values(q, reply)


def _option_values(q: Any, reply: str) -> list[str]:
    values = []
    for part in reply.replace(" ", ",").split(","):
        if not part:
            continue
        if part.isdigit() and 1 <= int(part) <= len(q.options):
            values.append(q.options[int(part) - 1].value)
        else:
            values.append(part)
    return values
