"""Count models for daily twitch counts: Poisson or negative binomial GLM, chosen by dispersion.

`choose_model` fits a Poisson GLM to a base design, tests its Pearson dispersion, and (when the
counts are overdispersed) estimates the negative-binomial alpha by the Cameron–Trivedi moment
regression; it also runs the Ljung–Box check on the residuals. `fit_terms` then fits one design with
that family and returns estimates with t-based 95% intervals (df = residual df), switching to
autocorrelation-robust HAC errors when the check found autocorrelation. statsmodels, scipy and numpy
are imported inside the functions so the CLI starts fast.
"""

from __future__ import annotations

import math
import warnings
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from legtwitch.diary.autocorrelation import ljung_box

if TYPE_CHECKING:
    import numpy as np
    import numpy.typing as npt

    FloatArray = npt.NDArray[np.float64]


class ModelFailure(Exception):
    """The model could not be estimated reliably (separation, no convergence, singular design)."""


@dataclass(frozen=True, slots=True)
class ModelChoice:
    family: str  # "poisson" or "negative binomial"
    alpha: float  # NB dispersion (0 for Poisson)
    dispersion: float  # Pearson chi2 / df of the Poisson base model
    dispersion_p: float
    autocorrelation_p: float
    hac: bool


@dataclass(frozen=True, slots=True)
class TermEstimate:
    coef: float
    se: float
    p_value: float
    ci_low: float  # on the coefficient (log rate) scale
    ci_high: float
    df_resid: float


def _fit(y: FloatArray, x: FloatArray, family: Any, **kw: Any) -> Any:
    import statsmodels.api as sm
    from statsmodels.tools.sm_exceptions import ConvergenceWarning, PerfectSeparationWarning

    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            res = sm.GLM(y, x, family=family).fit(**kw)
        except (ValueError, ArithmeticError) as exc:  # includes LinAlgError
            raise ModelFailure(str(exc)) from None
    for w in caught:
        if issubclass(w.category, ConvergenceWarning | PerfectSeparationWarning):
            raise ModelFailure(str(w.message))
    return res


def choose_model(y: FloatArray, x: FloatArray, days: FloatArray, policy_stats: Any) -> ModelChoice:
    """Pick Poisson or NB from a base design; check residual autocorrelation (days = day index)."""
    import numpy as np
    import statsmodels.api as sm
    from scipy import stats

    pois = _fit(y, x, sm.families.Poisson())
    mu = np.asarray(pois.mu)
    df = max(float(pois.df_resid), 1.0)
    x2 = float(np.sum((y - mu) ** 2 / mu))
    dispersion = x2 / df
    disp_p = float(stats.chi2.sf(x2, df))
    alpha = 0.0
    family = "poisson"
    fitted = pois
    if disp_p < policy_stats.dispersion_test_alpha.value:
        alpha = max(float(np.sum((y - mu) ** 2 - y) / np.sum(mu**2)), 1e-3)
        family = "negative binomial"
        fitted = _fit(y, x, sm.families.NegativeBinomial(alpha=alpha))
    resid = np.asarray(fitted.resid_pearson)
    lb_p = ljung_box(resid, days, int(policy_stats.ljung_box_lags.value))
    hac = lb_p < policy_stats.autocorrelation_alpha.value
    return ModelChoice(family, alpha, dispersion, disp_p, lb_p, hac)


def fit_terms(
    y: FloatArray,
    x: FloatArray,
    term_index: list[int],
    choice: ModelChoice,
    ci_level: float,
    hac_maxlags: int,
) -> list[TermEstimate]:
    """Fit one design with the chosen family; estimates for the columns in `term_index`."""
    import numpy as np
    import statsmodels.api as sm
    from scipy import stats

    if np.linalg.matrix_rank(x) < x.shape[1]:
        raise ModelFailure("the design is singular")
    if choice.family == "poisson":
        family: Any = sm.families.Poisson()
    else:
        family = sm.families.NegativeBinomial(alpha=choice.alpha)
    kw: dict[str, Any] = {}
    if choice.hac:
        kw = {"cov_type": "HAC", "cov_kwds": {"maxlags": hac_maxlags}}
    res = _fit(y, x, family, **kw)
    if not choice.hac:
        # Quasi-likelihood floor: never report errors smaller than the Pearson dispersion implies.
        mu = np.asarray(res.mu)
        var = mu if choice.family == "poisson" else mu + choice.alpha * mu**2
        scale = max(1.0, float(np.sum((y - mu) ** 2 / var)) / max(float(res.df_resid), 1.0))
        if scale > 1.0:
            res = _fit(y, x, family, scale=scale)
    params = np.asarray(res.params)
    cov = np.asarray(res.cov_params())
    dfr = max(float(res.df_resid), 1.0)
    tcrit = float(stats.t.ppf(0.5 + ci_level / 2.0, dfr))
    out: list[TermEstimate] = []
    for j in term_index:
        se = math.sqrt(max(float(cov[j, j]), 0.0))
        if not math.isfinite(se) or se == 0.0 or not math.isfinite(float(params[j])):
            raise ModelFailure("a coefficient has no usable standard error")
        coef = float(params[j])
        p = float(2.0 * stats.t.sf(abs(coef / se), dfr))
        out.append(TermEstimate(coef, se, p, coef - tcrit * se, coef + tcrit * se, dfr))
    return out
