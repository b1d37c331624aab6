"""Why each cause got its probability: the odds change each observed finding caused.

For cause c and observed finding f, the factor is odds(c | e) / odds(c | e without f): exact
leave-one-out, so it accounts for explaining away between causes. A factor above 1 supports the
cause, below 1 opposes it.
"""

from __future__ import annotations

import math
from collections.abc import Mapping

import numpy as np

from legtwitch.inference.model import CompiledModel, FloatArray
from legtwitch.inference.quickscore import infer

_EPS = 1e-12


def contributions(
    model: CompiledModel,
    present: frozenset[str],
    absent: frozenset[str],
    marginals: FloatArray,
) -> Mapping[str, FloatArray]:
    """For each observed finding id, the (C,) array of odds factors it applied to every cause."""
    out: dict[str, FloatArray] = {}
    log_odds = _log_odds(marginals)
    for fid in sorted(present | absent):
        without = infer(model, present - {fid}, absent - {fid})
        out[fid] = np.exp(log_odds - _log_odds(without.marginals))
    return out


def _log_odds(p: FloatArray) -> FloatArray:
    q = np.clip(p, _EPS, 1.0 - _EPS)
    out: FloatArray = np.log(q) - np.log1p(-q)
    return out


def significant(factor: float, threshold: float = 1.1) -> bool:
    """A factor worth showing: it moved the odds by at least 10% either way (display choice)."""
    return factor >= threshold or factor <= 1.0 / threshold or math.isnan(factor)
