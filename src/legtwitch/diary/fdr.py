"""Benjamini–Hochberg adjusted p-values (q-values) across all tests of one analysis."""

from __future__ import annotations

from collections.abc import Sequence


def bh_qvalues(p_values: Sequence[float]) -> list[float]:
    """Step-up BH q-values in input order: q_i = min over j ≥ rank_i of p_(j)·m/j, capped at 1."""
    m = len(p_values)
    order = sorted(range(m), key=lambda i: p_values[i])
    q = [1.0] * m
    running = 1.0
    for rank in range(m, 0, -1):
        i = order[rank - 1]
        running = min(running, p_values[i] * m / rank)
        q[i] = min(max(running, p_values[i]), 1.0)  # never below p (float rounding)
    return q
