"""Exact posterior marginals for the noisy-OR model (Quickscore, Heckerman 1989).

Evidence enters in three ways, all exact:
- risk factors multiply a cause's prior odds (they are parents of the causes);
- absent symptoms and symptoms with a single parent factor into each cause's weights;
- present symptoms with two or more parents are handled by inclusion–exclusion over their
  subsets, so the cost is 2^k x C for k such findings (chunked, so memory stays bounded).
"""

from __future__ import annotations

import math
from collections.abc import Collection, Sequence
from dataclasses import dataclass

import numpy as np

from legtwitch.inference.model import CompiledModel, FloatArray

_CHUNK_BITS = 14


@dataclass(frozen=True)
class Inference:
    marginals: FloatArray  # P(cause c active | evidence), shape (C,)
    log_evidence: float  # log P(evidence)
    none_active: tuple[float, ...]  # for each requested cause set, P(no cause in it active | e)
    adjusted_prior: FloatArray  # priors after risk factors, before symptoms


@dataclass(frozen=True)
class _Weights:
    log_w0: FloatArray
    log_w1: FloatArray
    const: float
    multi: tuple[int, ...]  # present symptom rows with two or more parents
    adjusted_prior: FloatArray


def infer(
    model: CompiledModel,
    present: Collection[str],
    absent: Collection[str],
    cause_sets: Sequence[FloatArray] = (),
) -> Inference:
    """Exact P(cause | evidence) for every cause. Finding ids not in the model raise KeyError.

    `cause_sets` are 0/1 masks over causes; for each, the probability that none of its causes is
    active is returned too (used by triage thresholds).
    """
    w = _weights(model, present, absent)
    k = len(w.multi)
    masks = np.array(cause_sets, dtype=np.float64).reshape(len(cause_sets), model.n_causes)
    log_q_multi = model.log_q[list(w.multi)] if k else np.zeros((0, model.n_causes))
    log_lq_multi = model.log_leak_q[list(w.multi)] if k else np.zeros(0)

    # Accumulate sign-weighted sums in a shifted log domain, one chunk of subsets at a time.
    shift: float | None = None
    total = 0.0
    num = np.zeros(model.n_causes)
    none = np.zeros(len(masks))
    n_subsets = 1 << k
    step = 1 << min(k, _CHUNK_BITS)
    for start in range(0, n_subsets, step):
        idx = np.arange(start, min(start + step, n_subsets))
        bits = ((idx[:, None] >> np.arange(k)) & 1).astype(np.float64)
        sign = 1.0 - 2.0 * (bits.sum(axis=1) % 2)
        log_m = bits @ log_q_multi  # (S, C)
        log_on = w.log_w1 + log_m
        log_term = np.logaddexp(w.log_w0, log_on)
        log_lq = bits @ log_lq_multi
        log_t = log_lq + log_term.sum(axis=1)
        log_none = log_lq[:, None] + (log_term @ (1.0 - masks).T) + masks @ w.log_w0
        if shift is None:
            shift = float(log_t.max())
        scaled = sign * np.exp(log_t - shift)
        total += float(scaled.sum())
        num += (scaled[:, None] * np.exp(log_on - log_term)).sum(axis=0)
        if len(masks):
            none += (sign[:, None] * np.exp(log_none - shift)).sum(axis=0)
    assert shift is not None
    if not total > 0.0:
        raise ArithmeticError("evidence probability underflowed; too many positive findings")
    marginals = np.clip(num / total, 0.0, 1.0)
    none_active = tuple(float(min(max(v / total, 0.0), 1.0)) for v in none)
    return Inference(
        marginals=marginals,
        log_evidence=w.const + shift + math.log(total),
        none_active=none_active,
        adjusted_prior=w.adjusted_prior,
    )


def _weights(model: CompiledModel, present: Collection[str], absent: Collection[str]) -> _Weights:
    # A fixed order makes results bit-for-bit reproducible across processes.
    present, absent = sorted(present), sorted(absent)
    s_index = {fid: i for i, fid in enumerate(model.symptom_ids)}
    r_index = {fid: i for i, fid in enumerate(model.risk_ids)}
    log_odds = np.log(model.prior) - np.log1p(-model.prior)
    for fid in present:
        if fid in r_index:
            log_odds = log_odds + model.log_or_present[r_index[fid]]
        elif fid not in s_index:
            raise KeyError(fid)
    for fid in absent:
        if fid in r_index:
            log_odds = log_odds + model.log_or_absent[r_index[fid]]
        elif fid not in s_index:
            raise KeyError(fid)
    adjusted = 1.0 / (1.0 + np.exp(-log_odds))
    log_w1 = -np.logaddexp(0.0, -log_odds)  # log p
    log_w0 = -np.logaddexp(0.0, log_odds)  # log (1 - p)
    const = 0.0
    for fid in absent:
        j = s_index.get(fid)
        if j is not None:
            log_w1 = log_w1 + model.log_q[j]
            const += float(model.log_leak_q[j])
    multi: list[int] = []
    for fid in present:
        j = s_index.get(fid)
        if j is None:
            continue
        parents = model.parents[j]
        lq = float(model.log_leak_q[j])
        if not parents:
            const += math.log(-math.expm1(lq))
        elif len(parents) == 1:
            (c,) = parents
            log_w1 = log_w1.copy()
            log_w0 = log_w0.copy()
            log_w1[c] += math.log(-math.expm1(lq + float(model.log_q[j, c])))
            log_w0[c] += math.log(-math.expm1(lq))
        else:
            multi.append(j)
    return _Weights(log_w0, log_w1, const, tuple(sorted(multi)), adjusted)
