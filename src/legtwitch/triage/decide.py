"""The triage decision: the highest of the fired rules and the probability thresholds.

Red-flag rules are deterministic and always win over reassuring probabilities. A probability
threshold fires at level L when P(at least one cause needing care at L or above) reaches the
policy's threshold for L; that joint probability is exact (see inference.quickscore).
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from legtwitch.domain import TriageDecision, TriageLevel, TriageReason
from legtwitch.inference.model import CompiledModel, FloatArray
from legtwitch.knowledge.base import KnowledgeBase, evaluate

LEVELS_DESCENDING = (
    TriageLevel.EMERGENCY,
    TriageLevel.URGENT,
    TriageLevel.SOON,
    TriageLevel.ROUTINE,
)


def cause_sets(kb: KnowledgeBase, model: CompiledModel) -> list[FloatArray]:
    """One 0/1 mask per level in LEVELS_DESCENDING: causes whose care level is at least it."""
    masks = []
    for level in LEVELS_DESCENDING:
        masks.append(
            np.array(
                [
                    1.0 if TriageLevel(kb.conditions[c].care_level) >= level else 0.0
                    for c in model.cause_ids
                ]
            )
        )
    return masks


def decide(
    kb: KnowledgeBase,
    model: CompiledModel,
    present: frozenset[str],
    marginals: FloatArray,
    none_active: Sequence[float],
) -> TriageDecision:
    """`none_active[i]` is P(no cause in cause_sets(...)[i] is active | evidence)."""
    reasons: list[TriageReason] = []
    rule_actions: dict[TriageLevel, str] = {}
    for rule in kb.triage_rules.values():
        if evaluate(rule.when, present):
            level = TriageLevel(rule.level)
            reasons.append(
                TriageReason(
                    rule_id=rule.id,
                    level=level,
                    kind="red_flag" if rule.red_flag else "rule",
                    text=rule.message,
                    sources=(rule.source,),
                )
            )
            rule_actions.setdefault(level, rule.action)
    for level, p_none in zip(LEVELS_DESCENDING, none_active, strict=True):
        threshold = kb.policy.triage_thresholds[level.value]
        p_any = 1.0 - p_none
        if p_any >= threshold.value:
            names = _names_at_level(kb, model, marginals, level)
            reasons.append(
                TriageReason(
                    rule_id=f"probability_{level.value}",
                    level=level,
                    kind="probability",
                    text=(
                        f"Possible causes that need care at this level ({names}) together have a "
                        f"probability of about {_percent(p_any)}, at or above the "
                        f"{_percent(threshold.value)} at which legtwitch advises it."
                    ),
                    sources=(threshold.source,) if threshold.source else (),
                )
            )
            break  # lower probability levels add nothing once a higher one fired
    reasons.sort(key=lambda r: (-r.level.rank, r.kind != "red_flag", r.kind != "rule"))
    level = reasons[0].level if reasons else TriageLevel.SELF_CARE
    action = rule_actions.get(level) or kb.policy.actions[level.value]
    return TriageDecision(level=level, reasons=tuple(reasons), action=action)


def _names_at_level(
    kb: KnowledgeBase, model: CompiledModel, marginals: FloatArray, level: TriageLevel
) -> str:
    ranked = sorted(
        (
            (float(marginals[i]), kb.conditions[c].name)
            for i, c in enumerate(model.cause_ids)
            if _LEVEL_RANK[kb.conditions[c].care_level] >= level.rank
        ),
        reverse=True,
    )
    return ", ".join(name for _, name in ranked[:3])


_LEVEL_RANK = {level.value: level.rank for level in TriageLevel}


def _percent(p: float) -> str:
    if p < 0.01:
        return "less than 1%"
    return f"{round(p * 100)}%"
