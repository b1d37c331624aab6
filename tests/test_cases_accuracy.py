"""The engine on the golden cases: the issue's targets hold, and no emergency is under-triaged.

These are regression guards on the real knowledge base; the full figures are in bench/README.md.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from legtwitch.domain import TriageLevel
from legtwitch.evaluation import CaseResult, load_cases, run_case, score
from legtwitch.interview.state import Context

CASES = load_cases(Path(__file__).parent / "cases")


@pytest.fixture(scope="module")
def full(real: Context) -> list[CaseResult]:
    return [run_case(real, c, "full") for c in CASES]


@pytest.fixture(scope="module")
def adaptive(real: Context) -> list[CaseResult]:
    return [run_case(real, c, "interview") for c in CASES]


def test_no_emergency_is_under_triaged_with_full_answers(full: list[CaseResult]) -> None:
    missed = [r.case.id for r in full if r.case.triage is TriageLevel.EMERGENCY and r.under_triaged]
    assert missed == []


def test_no_emergency_is_under_triaged_in_the_interview(adaptive: list[CaseResult]) -> None:
    missed = [
        r.case.id for r in adaptive if r.case.triage is TriageLevel.EMERGENCY and r.under_triaged
    ]
    assert missed == []


def test_targets_with_full_answers(full: list[CaseResult]) -> None:
    s = score(full)
    assert s.top3 >= 0.90, s
    assert s.triage >= 0.90, s


def test_targets_in_the_interview(adaptive: list[CaseResult], full: list[CaseResult]) -> None:
    s = score(adaptive)
    assert s.top3 >= 0.90, s
    assert s.mean_questions <= 12, s
    same = sum(a.triage is f.triage for a, f in zip(adaptive, full, strict=True)) / len(full)
    assert same >= 0.90, same


def test_red_flag_cases_reach_a_doctor(full: list[CaseResult]) -> None:
    # Every case whose expected level is soon or higher gets at least 'soon'.
    late = [
        r.case.id for r in full if r.case.triage >= TriageLevel.SOON and r.triage < TriageLevel.SOON
    ]
    assert late == []
