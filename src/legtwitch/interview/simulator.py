"""A simulated person who answers the interview from a case's true findings.

Used by tests and benchmarks to measure questions asked against accuracy. The person answers yes/no
from the finding's status ("don't know" when the case does not say), ticks the multi-select options
whose findings are present (and no others), and picks the choice option that agrees best with the
case.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from legtwitch.domain import FindingStatus
from legtwitch.interview.answers import DONT_KNOW
from legtwitch.knowledge.schema import Question


def simulated_answer(
    question: Question,
    findings: Mapping[str, FindingStatus],
    answers: Mapping[str, Any],
) -> Any:
    if question.id in answers:
        return answers[question.id]
    if question.kind == "yes_no":
        assert question.finding is not None
        status = findings.get(question.finding, FindingStatus.UNKNOWN)
        if status is FindingStatus.UNKNOWN:
            return DONT_KNOW
        return "yes" if status is FindingStatus.PRESENT else "no"
    if question.kind == "multi":
        ticked = [
            o.value
            for o in question.options
            if o.sets and all(findings.get(f) is FindingStatus(s) for f, s in o.sets.items())
        ]
        # A person ticks what they have and leaves the rest unticked; a case lists what the person
        # would report, so an option whose findings the case does not give is left unticked.
        return ticked
    if question.kind == "choice":
        return _best_option(question, findings)
    return DONT_KNOW  # a number the case does not give


def _best_option(question: Question, findings: Mapping[str, FindingStatus]) -> str:
    best: tuple[int, str] | None = None
    for option in question.options:
        score = 0
        for fid, status in option.sets.items():
            actual = findings.get(fid, FindingStatus.UNKNOWN)
            if actual is FindingStatus.UNKNOWN:
                # An unstated finding is more likely absent than present.
                score -= 1 if status == "present" else 0
            elif actual is FindingStatus(status):
                score += 10
            else:
                score -= 100
        if score > 0 and (best is None or score > best[0]):
            best = (score, option.value)
    return best[1] if best else DONT_KNOW
