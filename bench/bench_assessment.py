"""Assessment engine: accuracy on the golden cases, and speed where people wait.

Run alone with `python -m bench.bench_assessment`, or with the others via `make bench`.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from legtwitch.domain import FindingStatus
from legtwitch.evaluation import load_cases, run_case, score
from legtwitch.interview.select import next_question
from legtwitch.interview.state import Context, summarize
from legtwitch.services.assessment import build_assessment, default_context, parse_inputs

CASES = Path(__file__).resolve().parents[1] / "tests" / "cases"


def _median_ms(fn: Any, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t0) * 1000)
    return statistics.median(times)


def accuracy(ctx: Context) -> list[dict[str, Any]]:
    cases = load_cases(CASES)
    rows = []
    for mode in ("full", "interview"):
        results = [run_case(ctx, c, mode) for c in cases]  # type: ignore[arg-type]
        s = score(results)
        label = "answers in full" if mode == "full" else "adaptive interview (simulated)"
        rows += [
            {"bench": "cases", "what": f"top-1, {label}", "value": f"{s.top1:.1%}", "target": ""},
            {
                "bench": "cases",
                "what": f"top-3, {label}",
                "value": f"{s.top3:.1%}",
                "target": "≥ 90%",
            },
            {
                "bench": "cases",
                "what": f"top-3 incl. acceptable alternatives, {label}",
                "value": f"{s.top3_lenient:.1%}",
                "target": "",
            },
            {
                "bench": "cases",
                "what": f"triage exact, {label}",
                "value": f"{s.triage:.1%}",
                "target": "≥ 90%",
            },
            {
                "bench": "cases",
                "what": f"under-triage rate, {label}",
                "value": f"{s.under_triage:.1%}",
                "target": "",
            },
            {
                "bench": "cases",
                "what": f"over-triage rate, {label}",
                "value": f"{s.over_triage:.1%}",
                "target": "",
            },
            {
                "bench": "cases",
                "what": f"emergencies under-triaged, {label}",
                "value": str(s.emergencies_under_triaged),
                "target": "0",
            },
        ]
        if mode == "interview":
            full = {r.case.id: r.triage for r in (run_case(ctx, c, "full") for c in cases)}
            same = sum(1 for r in results if r.triage is full[r.case.id]) / len(results)
            rows += [
                {
                    "bench": "cases",
                    "what": "questions asked, mean (interview)",
                    "value": f"{s.mean_questions:.1f}",
                    "target": "≤ 12",
                },
                {
                    "bench": "cases",
                    "what": "interview reaches the full-answers triage",
                    "value": f"{same:.1%}",
                    "target": "",
                },
            ]
    rows.append(
        {"bench": "cases", "what": "number of cases", "value": str(len(cases)), "target": "≥ 60"}
    )
    return rows


def speed(ctx: Context) -> list[dict[str, Any]]:
    cases = load_cases(CASES)
    typical = [
        c for c in cases if sum(s is FindingStatus.PRESENT for s in c.findings.values()) <= 12
    ]
    docs = [
        {"answers": c.answers, "findings": {k: v.value for k, v in c.findings.items()}}
        for c in typical
    ]
    inputs = [parse_inputs(ctx, d) for d in docs]
    per_case = [
        _median_ms(
            lambda i=i: build_assessment(
                ctx, i.findings, tuple(i.answers), with_open_questions=False
            ),
            15,
        )
        for i in inputs
    ]
    statuses = [{f: x.status for f, x in i.findings.items()} for i in inputs]
    posterior_only = [_median_ms(lambda s=s: summarize(ctx, s), 15) for s in statuses]
    # Next-question choice mid-interview: context and screen answered, the rest open.
    screen_only = []
    for c in typical:
        known = {
            f: s
            for f, s in c.findings.items()
            if ctx.kb.findings[f].group in ("red_flag", "demographic")
        }
        screen_only.append(known)
    asked = [q.id for q in ctx.kb.questions.values() if q.phase != "adaptive"]
    choose = [_median_ms(lambda k=k: next_question(ctx, k, asked), 5) for k in screen_only[:20]]
    t0 = time.perf_counter()
    runs = []
    for _ in range(5):
        t0 = time.perf_counter()
        subprocess.run(
            [sys.executable, "-m", "legtwitch", "--help"], check=True, capture_output=True
        )
        runs.append((time.perf_counter() - t0) * 1000)
    return [
        {
            "bench": "speed",
            "what": f"posterior + triage + explanations, median over {len(typical)} typical cases",
            "value": f"{statistics.median(per_case):.2f} ms",
            "target": "< 5 ms",
        },
        {
            "bench": "speed",
            "what": "posterior + triage only, median",
            "value": f"{statistics.median(posterior_only):.2f} ms",
            "target": "",
        },
        {
            "bench": "speed",
            "what": "next-question choice after the screen, median",
            "value": f"{statistics.median(choose):.1f} ms",
            "target": "< 50 ms",
        },
        {
            "bench": "speed",
            "what": "`legtwitch --help` wall time, median of 5",
            "value": f"{statistics.median(runs):.0f} ms",
            "target": "< 500 ms",
        },
    ]


def run() -> list[dict[str, Any]]:
    ctx = default_context()
    return accuracy(ctx) + speed(ctx)


if __name__ == "__main__":
    for row in run():
        print(f"| {row['bench']} | {row['what']} | {row['value']} | {row['target']} |")
