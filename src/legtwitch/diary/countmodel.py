"""Count models for daily twitch counts: Poisson or negative binomial GLM, chosen by dispersion.

`choose_model` fits a Poisson GLM to a base design, tests its Pearson dispersion, and (when the
counts are overdispersed) takes the negative-binomial alpha from the moment equation
s² = ȳ + αȳ² on the daily counts themselves; it also runs the Ljung–Box check on the residuals.
`fit_terms` then fits one design with that family and returns estimates with t-based 95%
intervals (df = residual df). When the check found autocorrelation (or the caller asks, as the
experiment analysis does), each term's variance is multiplied by the Bartlett factor
max(1, 1 + 2 Σ_k ρ_e(k) ρ_x(k)) over lags k = 1..L, from the residuals' and the term's own
gap-aware autocorrelations: the classic correction for a regression whose errors and regressor
are both autocorrelated. It never shrinks an interval. (HAC/Newey–West errors were tried first;
with 30–90 days they were too narrow: see docs/insights.md.)
statsmodels, scipy and numpy are imported inside the functions so the CLI starts fast.
"""

from __future__ import annotations

import math
import warnings
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from legtwitch.diary.autocorrelation import lag_autocorrelations, ljung_box

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
    autocorrelated: bool


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
    import numpy as np

    mu = np.asarray(res.mu)
    # A fitted rate of (almost) zero means a factor separates days with and without twitches.
    if not np.all(np.isfinite(res.params)) or not np.all(mu > 1e-8):
        raise ModelFailure("fitted rates at the boundary")
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
        family = "negative binomial"
        # Moment estimate from the counts' own spread, s² = ȳ + αȳ² (the Pearson equation of an
        # intercept-only NB model), not from the full base model: with ~12 coefficients on 30-90
        # days that fit absorbs noise and made alpha, and so every interval, too small
        # (docs/insights.md). It errs towards wider intervals when real effects exist.
        mean = float(np.mean(y))
        spread = float(np.var(y, ddof=1)) if len(y) > 1 else mean
        alpha = max((spread - mean) / mean**2, policy_stats.nb_alpha_floor.value)
        fitted = _fit(y, x, sm.families.NegativeBinomial(alpha=alpha))
    resid = np.asarray(fitted.resid_pearson)
    lb_p = ljung_box(resid, days, int(policy_stats.ljung_box_lags.value))
    autocorrelated = lb_p < policy_stats.autocorrelation_alpha.value
    return ModelChoice(family, alpha, dispersion, disp_p, lb_p, autocorrelated)


def bartlett_factor(resid: FloatArray, column: FloatArray, days: FloatArray, max_lag: int) -> float:
    """max(1, 1 + 2 Σ ρ_resid(k) ρ_column(k)): variance inflation for autocorrelated data."""
    if float(column.std()) == 0.0:
        return 1.0
    re = lag_autocorrelations(resid, days, max_lag)
    rx = lag_autocorrelations(column, days, max_lag)
    total = sum(a * b for (a, _), (b, _) in zip(re, rx, strict=True))
    return max(1.0, 1.0 + 2.0 * total)


def fit_terms(
    y: FloatArray,
    x: FloatArray,
    term_index: list[int],
    choice: ModelChoice,
    ci_level: float,
    max_lag: int,
    *,
    days: FloatArray,
    force_autocorrelation: bool = False,
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
    res = _fit(y, x, family)
    # Quasi-likelihood floor: never report errors smaller than the Pearson dispersion implies.
    mu = np.asarray(res.mu)
    var = mu if choice.family == "poisson" else mu + choice.alpha * mu**2
    scale = max(1.0, float(np.sum((y - mu) ** 2 / var)) / max(float(res.df_resid), 1.0))
    if scale > 1.0:
        res = _fit(y, x, family, scale=scale)
    inflate = choice.autocorrelated or force_autocorrelation
    resid = np.asarray(res.resid_pearson)
    params = np.asarray(res.params)
    cov = np.asarray(res.cov_params())
    dfr = max(float(res.df_resid), 1.0)
    tcrit = float(stats.t.ppf(0.5 + ci_level / 2.0, dfr))
    out: list[TermEstimate] = []
    for j in term_index:
        factor = bartlett_factor(resid, x[:, j], days, max_lag) if inflate else 1.0
        se = math.sqrt(max(float(cov[j, j]), 0.0) * factor)
        if not math.isfinite(se) or se == 0.0 or not math.isfinite(float(params[j])):
            raise ModelFailure("a coefficient has no usable standard error")
        coef = float(params[j])
        p = float(2.0 * stats.t.sf(abs(coef / se), dfr))
        out.append(TermEstimate(coef, se, p, coef - tcrit * se, coef + tcrit * se, dfr))
    return out
