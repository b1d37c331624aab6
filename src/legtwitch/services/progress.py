"""How long-running services report progress; the CLI shows it as a rich progress bar."""

from __future__ import annotations

from typing import Protocol


class Progress(Protocol):
    def start(self, description: str, total: int | None, unit: str = "entries") -> None: ...

    def advance(self, amount: int) -> None: ...


class NoProgress:
    """Progress that shows nothing (tests, scripts)."""

    def start(self, description: str, total: int | None, unit: str = "entries") -> None:
        pass

    def advance(self, amount: int) -> None:
        pass
