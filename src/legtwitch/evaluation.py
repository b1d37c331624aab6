"""Golden vignettes (cases) and how well the engine does on them.

A case holds a person's true findings and answers and the expected cause and triage level
(tests/cases/README.md gives the format). The engine is run with every question answered ("full"),
or through the adaptive interview ("interview"), in both cases by the simulated person of
interview/simulator.py, and scored: top-1, top-3, triage accuracy and under-triage.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

import yaml

from legtwitch.domain import Assessment, FindingStatus, TriageLevel
from legtwitch.errors import InputError
from legtwitch.interview.answers import DONT_KNOW
from legtwitch.interview.simulator import simulated_answer
from legtwitch.interview.state import Context
from legtwitch.services.assessment import build_assessment, parse_inputs, simulate_interview

Mode = Literal["full", "interview"]


@dataclass(frozen=True)
class Case:
    id: str
    title: str
    text: str
    answers: dict[str, Any]
    findings: dict[str, FindingStatus]
    cause: str
    acceptable: tuple[str, ...]
    triage: TriageLevel


@dataclass(frozen=True)
class CaseResult:
    case: Case
    mode: Mode
    ranked: tuple[str, ...]
    triage: TriageLevel
    questions: int

    @property
    def top1(self) -> bool:
        return self.ranked[0] == self.case.cause

    @property
    def top3(self) -> bool:
        return self.case.cause in self.ranked[:3]

    @property
    def top3_lenient(self) -> bool:
        return bool({self.case.cause, *self.case.acceptable} & set(self.ranked[:3]))

    @property
    def triage_ok(self) -> bool:
        return self.triage is self.case.triage

    @property
    def under_triaged(self) -> bool:
        return self.triage < self.case.triage


def load_cases(directory: Path) -> list[Case]:
    cases = []
    for path in sorted(directory.glob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        try:
            expected = data["expected"]
            cases.append(
                Case(
                    id=data["id"],
                    title=data.get("title", ""),
                    text=data.get("text", ""),
                    answers=dict(data.get("answers") or {}),
                    findings={k: FindingStatus(v) for k, v in (data.get("findings") or {}).items()},
                    cause=expected["cause"],
                    acceptable=tuple(expected.get("acceptable") or ()),
                    triage=TriageLevel(expected["triage"]),
                )
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise InputError(f"Case file {path.name} is malformed: {exc}.") from None
    return cases


def run_case(ctx: Context, case: Case, mode: Mode) -> CaseResult:
    if mode == "full":
        # Every question answered by the simulated person, plus the case's findings as given.
        answers = {
            q.id: simulated_answer(q, case.findings, case.answers)
            for q in ctx.kb.questions.values()
        }
        doc = {
            "answers": {k: v for k, v in answers.items() if v != DONT_KNOW},
            "findings": {k: v.value for k, v in case.findings.items()},
        }
        inputs = parse_inputs(ctx, doc)
        result: Assessment = build_assessment(
            ctx, inputs.findings, tuple(inputs.answers), with_open_questions=False
        )
    else:
        result = simulate_interview(
            case.findings, case.answers, context=ctx, with_open_questions=False
        )
    return CaseResult(
        case=case,
        mode=mode,
        ranked=tuple(c.id for c in result.causes),
        triage=result.triage.level,
        questions=len(result.questions_asked),
    )


@dataclass(frozen=True)
class Scores:
    n: int
    top1: float
    top3: float
    top3_lenient: float
    triage: float
    under_triage: float
    over_triage: float
    emergencies_under_triaged: int
    mean_questions: float


def score(results: Sequence[CaseResult]) -> Scores:
    n = len(results)

    def frac(values: Iterable[bool]) -> float:
        return sum(values) / n if n else 0.0

    return Scores(
        n=n,
        top1=frac(r.top1 for r in results),
        top3=frac(r.top3 for r in results),
        top3_lenient=frac(r.top3_lenient for r in results),
        triage=frac(r.triage_ok for r in results),
        under_triage=frac(r.under_triaged for r in results),
        over_triage=frac(r.triage > r.case.triage for r in results),
        emergencies_under_triaged=sum(
            1 for r in results if r.case.triage is TriageLevel.EMERGENCY and r.under_triaged
        ),
        mean_questions=sum(r.questions for r in results) / n if n else 0.0,
    )
