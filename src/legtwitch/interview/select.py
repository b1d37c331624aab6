"""Choosing the next question: context first, then the red-flag screen, then by expected value.

An adaptive question's value is its expected information gain over the differential (the sum of the
causes' binary entropies) plus `policy.triage_weight` times the probability that its answer changes
the triage level. The interview stops when no remaining question has a probability of at least
`policy.interview_stop_change_probability` of changing the top causes (a cause from outside the
top overtaking one inside it by `policy.interview_rank_margin`) or the triage level, or at
`policy.interview_max_questions`. Multi-select questions are valued option by option (each option
as a yes/no), which slightly overstates their value; docs/model.md discusses it.
"""

from __future__ import annotations

import math
from collections.abc import Collection, Iterator
from dataclasses import dataclass

import numpy as np

from legtwitch.domain import FindingStatus
from legtwitch.inference.model import FloatArray
from legtwitch.interview.answers import merge
from legtwitch.interview.state import Context, Findings, Summary, joint_log_prob, summarize
from legtwitch.knowledge.base import evaluate
from legtwitch.knowledge.schema import Question

Outcome = dict[str, FindingStatus]


@dataclass(frozen=True)
class Choice:
    question: Question
    expected_gain: float  # bits
    change_probability: float  # P(the answer changes the top causes or the triage level)
    reason: str


def eligible(question: Question, findings: Findings, asked: Collection[str]) -> bool:
    if question.id in asked:
        return False
    present = {f for f, s in findings.items() if s is FindingStatus.PRESENT}
    if question.ask_if is not None and not evaluate(question.ask_if, present):
        return False
    targets = question.findings_set()
    known = {f for f, s in findings.items() if s is not FindingStatus.UNKNOWN}
    return not targets or not targets <= known


def next_question(
    ctx: Context,
    findings: Findings,
    asked: Collection[str],
    current: Summary | None = None,
) -> Choice | None:
    """The question to ask next, or None when the interview should stop."""
    for phase in ("context", "screen"):
        for q in ctx.kb.questions.values():
            if q.phase == phase and eligible(q, findings, asked):
                return Choice(q, 0.0, 1.0, q.why)
    if len(asked) >= ctx.kb.policy.interview_max_questions:
        return None
    scored = _score_all(ctx, findings, asked, current, phases=("adaptive",))
    if not scored:
        return None
    # Stop when even the most useful question is unlikely to change anything that matters.
    if max(c.change_probability for _, c in scored) < (
        ctx.kb.policy.interview_stop_change_probability.value
    ):
        return None
    return max(scored, key=lambda sc: sc[0])[1]


def open_questions(
    ctx: Context,
    findings: Findings,
    asked: Collection[str],
    current: Summary | None = None,
    limit: int = 3,
) -> list[Choice]:
    """Unanswered questions whose answers could change the top causes or the triage level,
    most likely to change it first: 'what would change the picture'."""
    threshold = ctx.kb.policy.interview_stop_change_probability.value
    scored = _score_all(ctx, findings, asked, current, phases=("screen", "adaptive"))
    ranked = sorted((c for _, c in scored), key=lambda c: -c.change_probability)
    return [c for c in ranked if c.change_probability >= threshold][:limit]


def _score_all(
    ctx: Context,
    findings: Findings,
    asked: Collection[str],
    current: Summary | None,
    phases: tuple[str, ...],
) -> list[tuple[float, Choice]]:
    current = current or summarize(ctx, findings)
    base = joint_log_prob(ctx, current)
    memo: dict[frozenset[tuple[str, FindingStatus]], tuple[float, Summary]] = {}
    out = []
    for q in ctx.kb.questions.values():
        if q.phase not in phases or not eligible(q, findings, asked):
            continue
        gain, p_triage, p_change, movers = _value(ctx, q, findings, current, base, memo)
        score = gain + ctx.kb.policy.triage_weight.value * p_triage
        out.append((score, Choice(q, gain, p_change, _reason(ctx, q, movers))))
    return out


def _value(
    ctx: Context,
    q: Question,
    findings: Findings,
    current: Summary,
    base: float,
    memo: dict[frozenset[tuple[str, FindingStatus]], tuple[float, Summary]],
) -> tuple[float, float, float, FloatArray]:
    gain = 0.0
    keep_triage = 1.0
    keep_all = 1.0
    movement = np.zeros(ctx.model.n_causes)
    margin = ctx.kb.policy.interview_rank_margin.value
    for group in _outcome_groups(q):
        # An answer cannot contradict what is already known; such outcomes are impossible.
        outcomes = [o for o in group if _consistent(o, findings)]
        if len(outcomes) < 2:
            continue
        weighted: list[tuple[float, Summary]] = []
        for outcome in outcomes:
            key = frozenset(outcome.items())
            if key not in memo:  # the same outcome recurs across checklists and yes/no questions
                after = summarize(ctx, merge(findings, outcome))
                memo[key] = (joint_log_prob(ctx, after) - base, after)
            weighted.append(memo[key])
        top = max(w for w, _ in weighted)
        weights = [math.exp(w - top) for w, _ in weighted]
        norm = sum(weights)
        p_triage = p_change = 0.0
        expected_entropy = 0.0
        for w, (_, after) in zip(weights, weighted, strict=True):
            w /= norm
            expected_entropy += w * after.entropy
            triage_changed = after.triage.level is not current.triage.level
            top_changed = _overtaken(after, current.top, margin)
            p_triage += w * triage_changed
            p_change += w * (triage_changed or top_changed)
            movement += w * np.abs(after.marginals - current.marginals)
        gain += max(current.entropy - expected_entropy, 0.0)
        keep_triage *= 1.0 - p_triage
        keep_all *= 1.0 - p_change
    return gain, 1.0 - keep_triage, 1.0 - keep_all, movement


def _overtaken(after: Summary, top: tuple[int, ...], margin: float) -> bool:
    """True when, after the answer, a cause outside `top` beats a cause in it by the margin."""
    inside = after.marginals[list(top)].min()
    outside = np.delete(after.marginals, list(top))
    return bool(outside.size and outside.max() > inside + margin)


def _consistent(outcome: Outcome, findings: Findings) -> bool:
    return all(
        findings.get(fid, FindingStatus.UNKNOWN) in (FindingStatus.UNKNOWN, status)
        for fid, status in outcome.items()
    )


def _outcome_groups(q: Question) -> Iterator[list[Outcome]]:
    """Groups of mutually exclusive outcomes; multi-select yields one yes/no group per option."""
    if q.kind == "yes_no":
        assert q.finding is not None
        yield [{q.finding: FindingStatus.PRESENT}, {q.finding: FindingStatus.ABSENT}]
    elif q.kind == "choice":
        yield [{f: FindingStatus(s) for f, s in o.sets.items()} for o in q.options]
    elif q.kind == "multi":
        for o in q.options:
            ticked = {f: FindingStatus(s) for f, s in o.sets.items()}
            unticked = {f: FindingStatus.ABSENT for f, s in o.sets.items() if s == "present"}
            yield [ticked, unticked]


def _reason(ctx: Context, q: Question, movement: FloatArray) -> str:
    order = np.argsort(-movement)
    names = [ctx.kb.conditions[ctx.model.cause_ids[i]].name for i in order[:2]]
    if movement[order[0]] < 0.01:
        return q.why
    return f"{q.why} Here it mainly helps tell apart {names[0]} and {names[1]}."
