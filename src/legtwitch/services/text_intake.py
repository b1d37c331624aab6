"""Free text -> the findings an assessment starts from (the person's words, read by legtwitch.nlp).

Kept apart from assessment.py: answers and given findings always override what the text said, and
the overrides are reported as conflicts.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from legtwitch.domain import Assessment, Finding, FindingSource
from legtwitch.interview.answers import findings_from_answer
from legtwitch.interview.state import Context
from legtwitch.nlp import Extraction, extract
from legtwitch.services.assessment import Ask, build_assessment, interview, parse_inputs


@dataclass(frozen=True)
class TextIntake:
    extraction: Extraction
    findings: dict[str, Finding]  # from the text, answers stated in it included
    answers: dict[str, object]


def read_text(ctx: Context, text: str) -> TextIntake:
    """What the text says, as findings (source = text) and answers (age, sex)."""
    x = extract(text, ctx.kb)
    findings = {f.id: f for f in x.known()}
    answers: dict[str, object] = {}
    for a in x.answers:
        q = ctx.kb.question(a.question_id)
        answers[q.id] = a.value
        for fid, status in findings_from_answer(q, a.value).items():
            findings.setdefault(fid, Finding(fid, status, FindingSource.TEXT, a.evidence.text))
    return TextIntake(x, findings, answers)


def overridden(
    ctx: Context, text: Mapping[str, Finding], given: Mapping[str, Finding]
) -> list[str]:
    """Plain sentences for each finding where the answers contradict the text."""
    out = []
    for fid, f in text.items():
        g = given.get(fid)
        if g is not None and g.status is not f.status:
            label = ctx.kb.findings[fid].label
            out.append(
                f"Your words ('{f.evidence}') suggested '{label}' is {f.status.value}, but your "
                f"answer says {g.status.value}; the answer is used."
            )
    return out


def merge(text: Mapping[str, Finding], given: Mapping[str, Finding]) -> dict[str, Finding]:
    """Text findings, overridden by answers and given findings."""
    return {**text, **given}


@dataclass(frozen=True)
class TextAssessment:
    assessment: Assessment
    intake: TextIntake
    overridden: list[str]


def assess_with_text(
    ctx: Context,
    text: str,
    document: Mapping[str, Any] | None = None,
    ask: Ask | None = None,
    intake: TextIntake | None = None,
) -> TextAssessment:
    """Text first; then the answers document (which overrides the text), or the interview for
    what is still missing when `ask` is given. With a document nothing is asked."""
    intake = intake or read_text(ctx, text)
    if document is not None or ask is None:
        inputs = parse_inputs(ctx, {k: v for k, v in (document or {}).items() if k != "text"})
        findings = merge(intake.findings, inputs.findings)
        result = build_assessment(ctx, findings, tuple(inputs.answers))
        return TextAssessment(result, intake, overridden(ctx, intake.findings, inputs.findings))
    result = interview(ask, context=ctx, initial=intake.findings)
    given = {f.id: f for f in result.findings if f.source is not FindingSource.TEXT}
    return TextAssessment(result, intake, overridden(ctx, intake.findings, given))
