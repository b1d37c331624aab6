"""The assessment as one JSON-ready dict (the `--format json` and API shape)."""

from __future__ import annotations

from typing import Any

from legtwitch.domain import Assessment, Contribution
from legtwitch.knowledge.base import KnowledgeBase


def base_rate_text(prior: float) -> str:
    """A natural frequency: 'about 1 in 300 people who notice leg symptoms'."""
    if prior >= 0.095:
        return f"about {round(prior * 10)} in 10 people who notice leg symptoms"
    n = 1.0 / prior
    for step in (1, 5, 10, 50, 100, 500, 1000, 5000, 10000):
        if n < step * 20:
            n = round(n / step) * step
            break
    else:
        n = round(n, -4)
    return f"about 1 in {int(n):,} people who notice leg symptoms"


def chance_text(p: float) -> str:
    """'about 12 in 100 people who answer as you did'."""
    if p < 0.01:
        return "fewer than 1 in 100 people who answer as you did"
    return f"about {round(p * 100)} in 100 people who answer as you did"


def _contribution(c: Contribution) -> dict[str, Any]:
    return {
        "finding": c.finding_id,
        "label": c.label,
        "status": c.status,
        "factor": round(c.factor, 4),
    }


def assessment_to_dict(a: Assessment, kb: KnowledgeBase) -> dict[str, Any]:
    causes = []
    for c in a.causes:
        cond = kb.conditions[c.id]
        causes.append(
            {
                "id": c.id,
                "name": c.name,
                "probability": round(c.probability, 6),
                "chance": chance_text(c.probability),
                "prior": c.prior,
                "base_rate": base_rate_text(c.prior),
                "serious": c.serious,
                "care_level": cond.care_level,
                "icd10cm": cond.icd10cm,
                "for": [_contribution(x) for x in c.supporting],
                "against": [_contribution(x) for x in c.opposing],
                "description": cond.description,
                "advice": list(cond.advice),
                "watch_for": list(cond.watch_for),
                "doctor_checks": list(cond.doctor_checks),
            }
        )
    return {
        "not_a_diagnosis": a.notes[0] if a.notes else "",
        "triage": {
            "level": a.triage.level.value,
            "action": a.triage.action,
            "reasons": [
                {
                    "id": r.rule_id,
                    "level": r.level.value,
                    "kind": r.kind,
                    "text": r.text,
                    "sources": list(r.sources),
                }
                for r in a.triage.reasons
            ],
        },
        "unchecked_warning_signs": [
            {"finding": w.finding_id, "label": w.label, "level": w.level.value, "action": w.action}
            for w in a.unchecked_warning_signs
        ],
        "causes": causes,
        "findings": [
            {"id": f.id, "status": f.status.value, "source": f.source.value, "evidence": f.evidence}
            for f in a.findings
        ],
        "questions_asked": list(a.questions_asked),
        "open_questions": [
            {
                "id": q.question_id,
                "text": q.text,
                "change_probability": round(q.change_probability, 4),
                "why": q.reason,
            }
            for q in a.open_questions
        ],
        "knowledge_base_version": a.knowledge_base_version,
    }
