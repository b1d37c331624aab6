"""Assessment service: inputs → findings → posterior → triage → Assessment.

The one place the CLI (and later the web app) goes to assess. Inputs are answers to questions
and/or findings given directly; the adaptive interview asks through a callback.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import cache
from typing import Any

from legtwitch.domain import (
    Assessment,
    CauseResult,
    Contribution,
    Finding,
    FindingSource,
    FindingStatus,
    OpenQuestion,
)
from legtwitch.errors import InputError
from legtwitch.inference.explain import contributions, significant
from legtwitch.interview.answers import findings_from_answer, normalise_answer, parse_status
from legtwitch.interview.select import Choice, next_question, open_questions
from legtwitch.interview.simulator import simulated_answer
from legtwitch.interview.state import Context, summarize
from legtwitch.knowledge.base import KnowledgeBase
from legtwitch.triage import sole_blockers, unchecked_warning_signs

NOT_A_DIAGNOSIS = (
    "This is not a diagnosis. legtwitch shows possible causes and how likely they are for people "
    "who answer as you did; only a clinician who examines you can diagnose you."
)


@cache
def default_context() -> Context:
    """The shipped knowledge base, compiled once per process."""
    return Context.build(KnowledgeBase.load())


@dataclass(frozen=True)
class Inputs:
    answers: dict[str, Any]  # question id -> canonical answer
    findings: dict[str, Finding]  # finding id -> finding (answers already applied)


def parse_inputs(ctx: Context, raw: Mapping[str, Any]) -> Inputs:
    """Validate an answers document: {"answers": {...}, "findings": {...}} or a flat mapping
    whose keys are question ids or finding ids."""
    if not isinstance(raw, Mapping):
        raise InputError("Answers must be a mapping of question or finding ids to values.")
    answers_raw: dict[str, Any] = {}
    findings_raw: dict[str, Any] = {}
    nested = set(raw) & {"answers", "findings"}
    if nested:
        extra = sorted(set(raw) - {"answers", "findings", "id", "text"})
        if extra:
            raise InputError(
                f"Unexpected key '{extra[0]}' in the answers; use 'answers' and 'findings'."
            )
        for key in nested:
            if not isinstance(raw[key], Mapping):
                raise InputError(f"'{key}' must be a mapping of ids to values.")
        answers_raw = dict(raw.get("answers") or {})
        findings_raw = dict(raw.get("findings") or {})
    else:
        for key, value in raw.items():
            if key in ctx.kb.questions:
                answers_raw[key] = value
            elif key in ctx.kb.findings:
                findings_raw[key] = value
            else:
                raise InputError(_unknown_id(key))
    findings: dict[str, Finding] = {}
    for fid, value in findings_raw.items():
        if fid not in ctx.kb.findings:
            raise InputError(_unknown_id(fid, kind="finding"))
        findings[fid] = Finding(fid, parse_status(fid, value), FindingSource.GIVEN)
    answers: dict[str, Any] = {}
    for qid, value in answers_raw.items():
        if qid not in ctx.kb.questions:
            raise InputError(_unknown_id(qid, kind="question"))
        question = ctx.kb.questions[qid]
        answers[qid] = normalise_answer(question, value)
        for fid, status in findings_from_answer(question, value).items():
            findings[fid] = Finding(fid, status, FindingSource.ANSWER, f"{qid}: {answers[qid]}")
    return Inputs(answers, findings)


def _unknown_id(key: str, kind: str = "question or finding") -> str:
    return (
        f"Unknown {kind} id '{key}'; run 'legtwitch kb questions' or 'legtwitch kb findings' "
        "to see the valid ids."
    )


def assess(
    answers: Mapping[str, Any] | None = None,
    findings: Mapping[str, Any] | None = None,
    *,
    context: Context | None = None,
) -> Assessment:
    """Assess from answers and/or findings, asking nothing."""
    doc = {"answers": dict(answers or {}), "findings": dict(findings or {})}
    return assess_document(doc, context=context)


def assess_document(raw: Mapping[str, Any], *, context: Context | None = None) -> Assessment:
    """Assess an answers document (see `parse_inputs` for its shapes), asking nothing."""
    ctx = context or default_context()
    inputs = parse_inputs(ctx, raw)
    return build_assessment(ctx, inputs.findings, tuple(inputs.answers))


Ask = Callable[[Choice, int], Any]


def interview(
    ask: Ask,
    *,
    context: Context | None = None,
    initial: Mapping[str, Finding] | None = None,
    with_open_questions: bool = True,
) -> Assessment:
    """Run the adaptive interview: `ask(choice, number)` returns the person's answer."""
    ctx = context or default_context()
    known: dict[str, Finding] = dict(initial or {})
    asked: list[str] = []
    while True:
        choice = next_question(ctx, _for_choosing(ctx, known), asked)
        if choice is None:
            break
        value = ask(choice, len(asked) + 1)
        q = choice.question
        canonical = normalise_answer(q, value)
        asked.append(q.id)
        for fid, status in findings_from_answer(q, value).items():
            known[fid] = Finding(fid, status, FindingSource.ANSWER, f"{q.id}: {canonical}")
    return build_assessment(ctx, known, tuple(asked), with_open_questions=with_open_questions)


def _for_choosing(ctx: Context, known: Mapping[str, Finding]) -> dict[str, FindingStatus]:
    """Statuses for choosing questions. A red flag known only from the person's text counts as
    unknown here, so the red-flag screen always asks about it: the reader can misread a denial or
    a worry, and a misread red flag must not be what stops the question (it stays in the
    assessment unless an answer replaces it). So does any other 'no' read only from the text
    that alone keeps a red-flag rule from firing (`_held_back_by_text`)."""
    held_back = _held_back_by_text(ctx, known)
    return {
        fid: f.status
        for fid, f in known.items()
        if not (f.source is FindingSource.TEXT and ctx.kb.findings[fid].group == "red_flag")
        and fid not in held_back
    }


def _held_back_by_text(ctx: Context, known: Mapping[str, Finding]) -> set[str]:
    """Findings read as absent from the text alone that are the last missing piece of a warning
    pattern (say, 'started in the last few days' with new tingling and weakness in both legs):
    a misread duration must not silence the pattern without a question."""
    from_text = [
        fid
        for fid, f in known.items()
        if f.source is FindingSource.TEXT and f.status is FindingStatus.ABSENT
    ]
    if not from_text:
        return set()
    return sole_blockers(ctx.kb, known_statuses(known), from_text)


def simulate_interview(
    case_findings: Mapping[str, FindingStatus],
    case_answers: Mapping[str, Any],
    *,
    context: Context | None = None,
    with_open_questions: bool = True,
) -> Assessment:
    """The interview answered by a simulated person who has `case_findings`."""

    def ask(choice: Choice, _n: int) -> Any:
        return simulated_answer(choice.question, case_findings, case_answers)

    return interview(ask, context=context, with_open_questions=with_open_questions)


def build_assessment(
    ctx: Context,
    findings: Mapping[str, Finding],
    questions_asked: tuple[str, ...],
    *,
    with_open_questions: bool = True,
) -> Assessment:
    statuses = {fid: f.status for fid, f in findings.items()}
    summary = summarize(ctx, statuses)
    pending: tuple[OpenQuestion, ...] = ()
    if with_open_questions:
        pending = tuple(
            OpenQuestion(c.question.id, c.question.text, c.change_probability, c.reason)
            for c in open_questions(ctx, statuses, questions_asked, summary)
        )
    factors = contributions(ctx.model, summary.present, summary.absent, summary.marginals)
    causes = []
    for i, cid in enumerate(ctx.model.cause_ids):
        cond = ctx.kb.conditions[cid]
        moved = [
            Contribution(fid, ctx.kb.findings[fid].label, statuses[fid].value, float(f[i]))
            for fid, f in factors.items()
            if significant(float(f[i]))
        ]
        causes.append(
            CauseResult(
                id=cid,
                name=cond.name,
                probability=float(summary.marginals[i]),
                prior=float(cond.prior.value),
                serious=cond.serious,
                supporting=tuple(sorted((c for c in moved if c.factor > 1), key=_by_factor)),
                opposing=tuple(sorted((c for c in moved if c.factor < 1), key=lambda c: c.factor)),
            )
        )
    causes.sort(key=lambda c: (-c.probability, c.id))
    return Assessment(
        causes=tuple(causes),
        triage=summary.triage,
        findings=tuple(sorted(findings.values(), key=lambda f: f.id)),
        questions_asked=questions_asked,
        knowledge_base_version=ctx.kb.version,
        notes=(NOT_A_DIAGNOSIS,),
        open_questions=pending,
        # a red flag read only from text counts as not checked, as when choosing questions, and
        # so does a 'no' from the text that alone holds a warning pattern back
        unchecked_warning_signs=unchecked_warning_signs(
            ctx.kb,
            _for_choosing(ctx, findings),
            summary.triage.level,
            also=_held_back_by_text(ctx, findings),
        ),
    )


def _by_factor(c: Contribution) -> float:
    return -c.factor


def known_statuses(findings: Mapping[str, Finding]) -> dict[str, FindingStatus]:
    return {fid: f.status for fid, f in findings.items()}
