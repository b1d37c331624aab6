"""The count model's negative-binomial dispersion on simulated diaries with a known alpha."""

from __future__ import annotations

import statistics

from legtwitch.diary.analysis import analyse
from legtwitch.diary.daily import build_daily
from legtwitch.diary.simulation import SimSpec, simulate_diary


def test_nb_alpha_is_not_shrunk_by_the_adjusted_base_model() -> None:
    # 90-day diaries, counts negative binomial with alpha = 1 and no effects. The base model has
    # ~12 coefficients (5 exposures, 6 weekdays, intercept); an alpha estimated from its residuals
    # came out about 20% too small (mean 0.80 here), which made intervals too narrow and let
    # 7.7% of such no-effect diaries flag something (bench/README.md). The estimate must be
    # close to the truth on average.
    spec = SimSpec(days=90, nb_alpha=1.0)
    alphas = []
    for seed in range(40):
        model = analyse(build_daily(*simulate_diary(spec, seed))).model
        assert model is not None and model.family == "negative binomial"
        alphas.append(model.alpha)
    assert 0.9 <= statistics.mean(alphas) <= 1.1, statistics.mean(alphas)


def test_poisson_counts_keep_the_poisson_model() -> None:
    spec = SimSpec(days=90)
    families = [analyse(build_daily(*simulate_diary(spec, s))).model for s in range(20)]
    chosen = [m.family for m in families if m is not None]
    assert len(chosen) == 20 and chosen.count("poisson") >= 17
