"""Ljung–Box test on model residuals of a diary with gaps.

The lag-k autocorrelation uses only pairs of days that are both in the model and exactly k calendar
days apart, so a missing day never pairs two days that were not neighbours.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import numpy as np
    import numpy.typing as npt

    FloatArray = npt.NDArray[np.float64]


def lag_autocorrelations(
    resid: FloatArray, days: FloatArray, max_lag: int
) -> list[tuple[float, int]]:
    """(r_k, number of pairs) for k = 1..max_lag; `days` are integer day numbers, sorted."""
    import numpy as np

    e = resid - resid.mean()
    denom = float(np.mean(e**2))
    idx = (days - days.min()).astype(np.int64) if len(days) else np.zeros(0, dtype=np.int64)
    full = np.full(int(idx.max()) + 1 if len(idx) else 0, np.nan)
    full[idx] = e
    out: list[tuple[float, int]] = []
    for k in range(1, max_lag + 1):
        if denom == 0.0 or len(full) <= k:
            out.append((0.0, 0))
            continue
        a, b = full[:-k], full[k:]
        both = ~np.isnan(a) & ~np.isnan(b)
        n = int(both.sum())
        out.append((float(np.mean(a[both] * b[both])) / denom if n else 0.0, n))
    return out


def ljung_box(resid: FloatArray, days: FloatArray, max_lag: int) -> float:
    """p-value of Ljung–Box Q over lags 1..max_lag (1.0 when it cannot be computed)."""
    from scipy import stats

    n = len(resid)
    if n <= max_lag + 2:
        return 1.0
    q = 0.0
    used = 0
    for k, (r, npairs) in enumerate(lag_autocorrelations(resid, days, max_lag), start=1):
        if npairs > 0:
            q += r * r / (n - k)
            used += 1
    if used == 0:
        return 1.0
    return float(stats.chi2.sf(n * (n + 2) * q, used))
