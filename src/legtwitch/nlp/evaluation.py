"""Score the reader against a labelled set (tests/nlp/labelled.yaml): finding-level precision and
recall, status accuracy, red-flag findings separately. Used by the tests and by bench/bench_nlp.py.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import yaml

from legtwitch.knowledge.base import KnowledgeBase
from legtwitch.nlp.extraction import Extraction

_STATUS = {"p": "present", "a": "absent"}


@dataclass(frozen=True)
class Item:
    text: str
    expected: dict[str, str]  # finding id -> "present" | "absent"
    answers: dict[str, float | str] = field(default_factory=dict)


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    agree: int = 0  # same status where both name the finding
    both: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def status_accuracy(self) -> float:
        return self.agree / self.both if self.both else 1.0


@dataclass
class Report:
    all: Score = field(default_factory=Score)
    red_flags: Score = field(default_factory=Score)
    answers_right: int = 0
    answers_total: int = 0
    # the hard rule: red flags read present where the label does not say present (a denied,
    # someone else's, a hypothetical or an unstated red flag turned present)
    breaches: int = 0
    errors: list[str] = field(default_factory=list)


def load_items(path: Path) -> tuple[list[Item], date]:
    data: dict[str, Any] = yaml.safe_load(path.read_text(encoding="utf-8"))
    items = [
        Item(
            str(raw["t"]),
            {fid: _STATUS[s] for fid, s in (raw.get("e") or {}).items()},
            dict(raw.get("ans") or {}),
        )
        for raw in data["items"]
    ]
    return items, data["today"]


def got(extraction: Extraction) -> dict[str, str]:
    return {f.id: f.status.value for f in extraction.findings if f.status.value != "unknown"}


def score(items: Iterable[Item], read: Callable[[str], Extraction], kb: KnowledgeBase) -> Report:
    report = Report()
    red = {fid for fid, f in kb.findings.items() if f.group == "red_flag"}
    for item in items:
        x = read(item.text)
        found = got(x)
        for fid in set(found) | set(item.expected):
            targets = [report.all] + ([report.red_flags] if fid in red else [])
            exp, out = item.expected.get(fid), found.get(fid)
            for s in targets:
                if exp is not None and out is not None:
                    s.both += 1
                    s.agree += exp == out
                if exp is not None and exp == out:
                    s.tp += 1
                else:
                    s.fp += out is not None
                    s.fn += exp is not None
            if fid in red and out == "present" and exp != "present":
                report.breaches += 1
            if exp != out:
                report.errors.append(f"{item.text!r}: {fid} expected {exp}, got {out}")
        values = x.answer_values()
        for q, want in item.answers.items():
            report.answers_total += 1
            report.answers_right += values.get(q) == want
    return report
