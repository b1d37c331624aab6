"""The knowledge base compiled into arrays for exact noisy-OR inference.

Causes c = 1..C are independent binary variables with prior p_c. Each symptom finding j is a
noisy-OR of its parent causes plus a leak: P(j absent | causes) = (1 - leak_j) * prod_c q_jc^{x_c},
with q_jc = 1 - P(j | only c). Risk factors multiply a cause's prior odds by their odds ratios.
docs/model.md gives the maths.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from legtwitch.knowledge.base import KnowledgeBase

FloatArray = npt.NDArray[np.float64]


@dataclass(frozen=True)
class CompiledModel:
    cause_ids: tuple[str, ...]
    prior: FloatArray  # (C,)
    symptom_ids: tuple[str, ...]
    log_q: FloatArray  # (F, C): log(1 - link), 0 where no link
    log_leak_q: FloatArray  # (F,): log(1 - leak)
    parents: tuple[tuple[int, ...], ...]  # per symptom finding, the causes that link to it
    risk_ids: tuple[str, ...]
    log_or_present: FloatArray  # (R, C)
    log_or_absent: FloatArray  # (R, C)

    @property
    def n_causes(self) -> int:
        return len(self.cause_ids)

    def cause_index(self, cause_id: str) -> int:
        return self.cause_ids.index(cause_id)


def compile_model(kb: KnowledgeBase) -> CompiledModel:
    """Turn the knowledge base into the arrays the inference uses."""
    causes = tuple(kb.conditions)
    symptoms = tuple(f.id for f in kb.findings.values() if f.role == "symptom")
    risks = tuple(f.id for f in kb.findings.values() if f.role == "risk_factor")
    s_index = {fid: i for i, fid in enumerate(symptoms)}
    r_index = {fid: i for i, fid in enumerate(risks)}

    prior = np.array([kb.conditions[c].prior.value for c in causes], dtype=np.float64)
    log_q = np.zeros((len(symptoms), len(causes)))
    log_or_present = np.zeros((len(risks), len(causes)))
    log_or_absent = np.zeros((len(risks), len(causes)))
    for ci, cid in enumerate(causes):
        cond = kb.conditions[cid]
        for fid, link in cond.links.items():
            log_q[s_index[fid], ci] = math.log1p(-link.value)
        for fid, mod in cond.modifiers.items():
            if mod.present is not None:
                log_or_present[r_index[fid], ci] = math.log(mod.present.value)
            if mod.absent is not None:
                log_or_absent[r_index[fid], ci] = math.log(mod.absent.value)
    log_leak_q = np.array([math.log1p(-_leak(kb, fid)) for fid in symptoms], dtype=np.float64)
    parents = tuple(tuple(int(c) for c in np.nonzero(log_q[j])[0]) for j in range(len(symptoms)))
    return CompiledModel(
        cause_ids=causes,
        prior=prior,
        symptom_ids=symptoms,
        log_q=log_q,
        log_leak_q=log_leak_q,
        parents=parents,
        risk_ids=risks,
        log_or_present=log_or_present,
        log_or_absent=log_or_absent,
    )


def _leak(kb: KnowledgeBase, finding_id: str) -> float:
    leak = kb.findings[finding_id].leak
    assert leak is not None  # guaranteed by the schema for symptom findings
    return float(leak.value)
