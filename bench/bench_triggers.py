"""Simulation study of the personal trigger analysis and self-experiments (issue 5).

Diaries are simulated with known effects (none; a 1.5× short-sleep effect on the same or the next
day; exposures correlated with each other; overdispersion; day-to-day autocorrelation), analysed
with `legtwitch.diary.analysis.analyse`, and compared on the same diaries with the comparison
trackers use: mean twitches on days with vs without a factor once there are 3 of each, flagged
when the ratio of means is at least 1.25× either way ("higher when ..."); a second naive variant
flags an uncorrected Welch t-test at p < 0.05 (the test StudyU reports). Experiments are simulated
on their randomised schedules. Also times the full analysis of 5 years × 15 factors.

Run alone: `python -m bench.bench_triggers` (or `python -m bench` with the bench runner).
"""

from __future__ import annotations

import math
import os
import time
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from typing import Any

from bench.trigger_sims import Scenario, one_diary, one_experiment

# Default: 300 diaries per row, 1000 per no-effect row (Monte-Carlo SE of a 5% rate ≈ 0.7%).
# BENCH_TRIGGERS_THOROUGH=1: 1000 per row and 4000 per no-effect row (SE ≈ 0.35%), about 4× longer.
THOROUGH = os.environ.get("BENCH_TRIGGERS_THOROUGH", "") not in ("", "0")
N_DIARIES = int(os.environ.get("BENCH_TRIGGERS_N", "1000" if THOROUGH else "300"))
N_NULL = int(os.environ.get("BENCH_TRIGGERS_NULL_N", "4000" if THOROUGH else "1000"))
SLEEP_TRUE = 1.5


_POOL: list[ProcessPoolExecutor] = []


def _map(fn: Callable[[Any], dict[str, Any]], items: list[Any]) -> list[dict[str, Any]]:
    return list(_POOL[0].map(fn, items, chunksize=10))


def _share(xs: list[bool]) -> float:
    return round(sum(xs) / len(xs), 4) if xs else float("nan")


def _mc_se(value: float, n: int) -> float:
    """Monte-Carlo standard error of a share estimated from n independent diaries."""
    return round(math.sqrt(value * (1.0 - value) / n), 4) if n and value == value else float("nan")


def _target(metric: str) -> str:
    if metric == "diaries flagging anything":
        return "≤ 0.05 when there is no effect"
    if metric.startswith("95% CI coverage"):
        return "0.93–0.97"
    if metric.startswith("full analysis seconds"):
        return "< 2 s"
    if metric == "verdict increase/decrease":
        return "≤ 0.05 when there is no effect"
    return ""


def _row(
    scenario: str, days: int, method: str, metric: str, value: float, n: int
) -> dict[str, Any]:
    """One row in the bench runner's shape (bench, what, value, target, detail), plus the parts."""
    return {
        "bench": "triggers",
        "what": f"{scenario}, {days} days: {method}: {metric}",
        "value": value,
        "target": _target(metric),
        "detail": f"n = {n}, Monte-Carlo SE {_mc_se(value, n)}",
        "scenario": scenario,
        "days": days,
        "method": method,
        "metric": metric,
        "n": n,
        "se": _mc_se(value, n),
    }


def _diary_rows(
    sc: Scenario,
    results: list[dict[str, Any]],
    target: tuple[str, int] | None,
    naive_col: str | None,
) -> list[dict[str, Any]]:
    n = len(results)
    rows = [
        _row(
            sc.name,
            sc.days,
            "legtwitch",
            "diaries flagging anything",
            _share([any(t[2] for t in r["terms"]) for r in results]),
            n,
        ),
        _row(
            sc.name,
            sc.days,
            "naive 3+3 ratio≥1.25",
            "diaries flagging anything",
            _share([any(v[0] for v in r["naive"].values()) for r in results]),
            n,
        ),
        _row(
            sc.name,
            sc.days,
            "naive Welch p<0.05",
            "diaries flagging anything",
            _share([any(v[1] for v in r["naive"].values()) for r in results]),
            n,
        ),
        _row(
            sc.name,
            sc.days,
            "legtwitch",
            "autocorrelation found (errors widened)",
            _share([r["hac"] for r in results]),
            n,
        ),
    ]
    if target is None:
        null_cover = [t[3] <= 1.0 <= t[4] for r in results for t in r["terms"]]
        rows.append(
            _row(
                sc.name,
                sc.days,
                "legtwitch",
                "95% CI coverage (null terms)",
                _share(null_cover),
                len(null_cover),
            )
        )
        return rows
    hits = [[t for t in r["terms"] if (t[0], t[1]) == target] for r in results]
    tested = [h[0] for h in hits if h]
    rows += [
        _row(
            sc.name,
            sc.days,
            "legtwitch",
            f"power ({target[0]} lag {target[1]})",
            _share([bool(h and h[0][2]) for h in hits]),
            n,
        ),
        _row(
            sc.name,
            sc.days,
            "legtwitch",
            "95% CI coverage (planted term)",
            _share([t[3] <= SLEEP_TRUE <= t[4] for t in tested]),
            len(tested),
        ),
    ]
    if naive_col:
        rows.append(
            _row(
                sc.name,
                sc.days,
                "naive 3+3 ratio≥1.25",
                f"flags {naive_col} same day",
                _share([r["naive"].get(naive_col, (False, False))[0] for r in results]),
                n,
            )
        )
        rows.append(
            _row(
                sc.name,
                sc.days,
                "naive Welch p<0.05",
                f"flags {naive_col} same day",
                _share([r["naive"].get(naive_col, (False, False))[1] for r in results]),
                n,
            )
        )
    return rows


def _timing() -> list[dict[str, Any]]:
    from legtwitch.diary.analysis import analyse
    from legtwitch.diary.daily import build_daily
    from legtwitch.diary.simulation import SimSpec, simulate_diary

    # Strong day-to-day correlation, so the slowest path (widened errors) is timed.
    spec = SimSpec(days=5 * 365, extra_tags=10, nb_alpha=0.3, ar=0.8, ar_sd=0.3)
    eps, exps = simulate_diary(spec, 1)
    analyse(build_daily(eps[:60], exps[:600]))  # warm the imports
    best = math.inf
    for _ in range(3):
        t0 = time.perf_counter()
        report = analyse(build_daily(eps, exps))
        best = min(best, time.perf_counter() - t0)
    n_factors = len({f.factor for f in report.factors})
    return [
        _row(
            "5 years × 15 factors",
            spec.days,
            "legtwitch",
            f"full analysis seconds (best of 3; {n_factors} factor families, "
            f"{len(report.factors)} tests; autocorrelation handled: "
            f"{bool(report.model and report.model.autocorrelated)})",
            round(best, 3),
            1,
        )
    ]


def run() -> list[dict[str, Any]]:
    with ProcessPoolExecutor(max_workers=min(2, os.cpu_count() or 1)) as pool:
        _POOL[:] = [pool]
        try:
            return _run(N_DIARIES, N_NULL)
        finally:
            _POOL.clear()


def _run(n_effect: int, n_null: int) -> list[dict[str, Any]]:
    sleep = ("sleep_hours", 0, SLEEP_TRUE, 7.0, True)
    rows: list[dict[str, Any]] = []
    plan: list[tuple[Scenario, tuple[str, int] | None, str | None]] = []
    for days in (30, 60, 90):
        plan.append((Scenario("no effect", days), None, None))
    plan.append(
        (Scenario("no effect, strong overdispersion", 90, noise=(("nb_alpha", 1.0),)), None, None)
    )
    plan.append(
        (
            Scenario(
                "no effect, strong autocorrelation",
                90,
                noise=(("nb_alpha", 0.3), ("ar", 0.8), ("ar_sd", 0.3)),
            ),
            None,
            None,
        )
    )
    for days in (30, 60, 90):
        plan.append(
            (
                Scenario("short sleep 1.5× same day", days, (sleep,)),
                ("short_sleep", 0),
                "sleep_hours",
            )
        )
    lagged = ("sleep_hours", 1, SLEEP_TRUE, 7.0, True)
    plan.append(
        (Scenario("short sleep 1.5× next day", 90, (lagged,)), ("short_sleep", 1), "sleep_hours")
    )
    plan.append(
        (
            Scenario(
                "short sleep 1.5×, caffeine follows short sleep", 90, (sleep,), correlated=True
            ),
            ("short_sleep", 0),
            "caffeine_mg",
        )
    )
    for sc, target, naive_col in plan:
        n = n_null if target is None else n_effect
        results = _map(one_diary, [(sc, s) for s in range(n)])
        rows += _diary_rows(sc, results, target, naive_col)
        if sc.correlated:
            rows.append(
                _row(
                    sc.name,
                    sc.days,
                    "legtwitch",
                    "flags caffeine (no true effect)",
                    _share(
                        [any(t[0] == "caffeine_mg" and t[2] for t in r["terms"]) for r in results]
                    ),
                    n,
                )
            )
    for weeks in (6, 8, 10, 12):
        for rr in (1.0, 1.5):
            n = n_null if rr == 1.0 else n_effect
            res = _map(one_experiment, [(weeks, rr, s) for s in range(n)])
            name = f"experiment {weeks} weeks, caffeine {rr:g}×"
            verdicts = [r["verdict"] for r in res]
            rows += [
                _row(
                    name,
                    weeks * 7,
                    "legtwitch",
                    "verdict increase/decrease",
                    _share([v in ("increase", "decrease") for v in verdicts]),
                    n,
                ),
                _row(
                    name,
                    weeks * 7,
                    "legtwitch count model alone",
                    "interval excludes 1×",
                    _share([r["model_sig"] for r in res]),
                    n,
                ),
                _row(
                    name,
                    weeks * 7,
                    "legtwitch",
                    "verdict no clear effect",
                    _share([v == "no clear effect" for v in verdicts]),
                    n,
                ),
                _row(
                    name,
                    weeks * 7,
                    "legtwitch",
                    "95% CI coverage",
                    _share([r["lo"] is not None and r["lo"] <= rr <= r["hi"] for r in res]),
                    n,
                ),
                _row(
                    name,
                    weeks * 7,
                    "legtwitch randomisation test",
                    "p ≤ 0.05",
                    _share([r["rand_sig"] for r in res]),
                    n,
                ),
                _row(
                    name,
                    weeks * 7,
                    "naive 3+3 ratio≥1.25",
                    "flags caffeine",
                    _share([r["naive"] for r in res]),
                    n,
                ),
            ]
    rows += _timing()
    return rows


def main() -> None:
    t0 = time.perf_counter()
    rows = run()
    print("| scenario | days | method | metric | value | Monte-Carlo SE | n |")
    print("|---|---|---|---|---|---|---|")
    for r in rows:
        print(
            f"| {r['scenario']} | {r['days']} | {r['method']} | {r['metric']} | {r['value']} | "
            f"{r['se']} | {r['n']} |"
        )
    print(
        f"\n(total {time.perf_counter() - t0:.0f} s; {N_NULL} diaries per no-effect row, "
        f"{N_DIARIES} per other row)"
    )


if __name__ == "__main__":
    main()
