"""What the engine knows at one moment: findings → posterior → triage, in one summary."""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cached_property

import numpy as np

from legtwitch.domain import FindingStatus, TriageDecision
from legtwitch.inference.model import CompiledModel, FloatArray, compile_model
from legtwitch.inference.quickscore import infer
from legtwitch.knowledge.base import KnowledgeBase
from legtwitch.triage import cause_sets, decide

Findings = Mapping[str, FindingStatus]


@dataclass(frozen=True)
class Context:
    """The knowledge base with its compiled model; build once per process."""

    kb: KnowledgeBase
    model: CompiledModel
    masks: tuple[FloatArray, ...]

    @classmethod
    def build(cls, kb: KnowledgeBase) -> Context:
        model = compile_model(kb)
        return cls(kb, model, tuple(cause_sets(kb, model)))


@dataclass(frozen=True)
class Summary:
    present: frozenset[str]
    absent: frozenset[str]
    marginals: FloatArray
    adjusted_prior: FloatArray
    none_active: tuple[float, ...]
    log_evidence: float
    triage: TriageDecision
    top: tuple[int, ...]

    @cached_property
    def entropy(self) -> float:
        """Sum of the causes' binary entropies, in bits: how unsure the differential is."""
        p = np.clip(self.marginals, 1e-12, 1 - 1e-12)
        return float(-(p * np.log2(p) + (1 - p) * np.log2(1 - p)).sum())


def split(findings: Findings) -> tuple[frozenset[str], frozenset[str]]:
    present = frozenset(f for f, s in findings.items() if s is FindingStatus.PRESENT)
    absent = frozenset(f for f, s in findings.items() if s is FindingStatus.ABSENT)
    return present, absent


def summarize(ctx: Context, findings: Findings) -> Summary:
    present, absent = split(findings)
    result = infer(ctx.model, present, absent, ctx.masks)
    triage = decide(ctx.kb, ctx.model, present, result.marginals, result.none_active)
    k = ctx.kb.policy.top_k
    order = np.argsort(-result.marginals, kind="stable")
    return Summary(
        present=present,
        absent=absent,
        marginals=result.marginals,
        adjusted_prior=result.adjusted_prior,
        none_active=result.none_active,
        log_evidence=result.log_evidence,
        triage=triage,
        top=tuple(int(i) for i in order[:k]),
    )


def joint_log_prob(ctx: Context, summary: Summary) -> float:
    """log P(all the findings in `summary`): symptoms given risk factors, times the risk factors'
    prevalences. Used to weigh the possible answers to a question."""
    total = summary.log_evidence
    for fid in summary.present:
        prev = ctx.kb.prevalence.get(fid)
        if prev is not None:
            total += math.log(prev.value)
    for fid in summary.absent:
        prev = ctx.kb.prevalence.get(fid)
        if prev is not None:
            total += math.log1p(-prev.value)
    return total
