"""The test oracle: exact posteriors by enumerating every joint state of the causes."""

from __future__ import annotations

import itertools
import math

import numpy as np

from legtwitch.inference.model import CompiledModel


def brute_force(
    model: CompiledModel, present: set[str], absent: set[str]
) -> tuple[np.ndarray, float, np.ndarray]:
    """(marginals, P(evidence), P(no cause of each cause alone)...) by full enumeration."""
    c = model.n_causes
    log_odds = np.log(model.prior) - np.log1p(-model.prior)
    for fid in present:
        if fid in model.risk_ids:
            log_odds = log_odds + model.log_or_present[model.risk_ids.index(fid)]
    for fid in absent:
        if fid in model.risk_ids:
            log_odds = log_odds + model.log_or_absent[model.risk_ids.index(fid)]
    p = 1 / (1 + np.exp(-log_odds))
    total = 0.0
    joint_on = np.zeros(c)
    for state in itertools.product((0, 1), repeat=c):
        x = np.array(state, dtype=float)
        prob = float(np.prod(np.where(x == 1, p, 1 - p)))
        for fid in present | absent:
            if fid not in model.symptom_ids:
                continue
            j = model.symptom_ids.index(fid)
            p_off = math.exp(float(model.log_leak_q[j] + model.log_q[j] @ x))
            prob *= (1 - p_off) if fid in present else p_off
        total += prob
        joint_on += prob * x
    return joint_on / total, total, p
