"""Free-text intake (issue 3): reading quality on the labelled sentences, speed, and the golden
cases assessed from their lay `text` alone and from text + a simulated interview.

Run alone with `python -m bench.bench_nlp`, or with the others via `make bench`.
"""

from __future__ import annotations

import json
import re
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path
from typing import Any

import yaml

from legtwitch.evaluation import Case, CaseResult, load_cases, run_case, score
from legtwitch.interview.simulator import simulated_answer
from legtwitch.interview.state import Context
from legtwitch.nlp import extract
from legtwitch.nlp.evaluation import Report, load_items
from legtwitch.nlp.evaluation import score as score_reader
from legtwitch.services.assessment import build_assessment, default_context, interview
from legtwitch.services.text_intake import read_text

ROOT = Path(__file__).resolve().parents[1]
NLP = ROOT / "tests" / "nlp"
SETS = {
    "development set (tuned on)": ROOT / "tests" / "nlp" / "labelled.yaml",
    "held-out set 1 (seen once, 2 generic fixes)": ROOT / "tests" / "nlp" / "heldout.yaml",
    "held-out set 2 (its 3 named misses then addressed)": ROOT / "tests" / "nlp" / "heldout2.yaml",
    "held-out set 3 (never tuned on)": ROOT / "tests" / "nlp" / "heldout3.yaml",
    "held-out set 4 (written blind; then used for development)": NLP / "heldout4.yaml",
    "held-out set 5 (written blind; then used for development)": NLP / "heldout5.yaml",
    "held-out set 6 (written blind; measured, its breaches fixed)": NLP / "heldout6.yaml",
    "development bank A (round 5)": NLP / "bank_a.yaml",
    "development bank B (round 5)": NLP / "bank_b.yaml",
    "near misses (round 6, development)": NLP / "nearmiss.yaml",
    "held-out set 7 (written blind; then developed on in round 6)": NLP / "heldout7.yaml",
    "held-out set 8 (written blind; opened in round 7)": NLP / "heldout8.yaml",
    "near misses 2 (round 7B, development)": NLP / "nearmiss2.yaml",
    "near misses 3 (round 7C, development)": NLP / "nearmiss3.yaml",
    "development bank C (round 7C)": NLP / "bank_c.yaml",
    "held-out set 9 (written blind; opened in round 8A)": NLP / "heldout9.yaml",
    "held-out set 10 (written blind; opened in round 9A)": NLP / "heldout10.yaml",
    "held-out set 11 (written blind; opened in round 10A)": NLP / "heldout11.yaml",
    "held-out set 12 (written blind; opened in round 11A)": NLP / "heldout12.yaml",
    "held-out set 13 (written blind; opened in round 12A)": NLP / "heldout13.yaml",
    "held-out set 14 (written blind; measured blind, not opened)": NLP / "heldout14.yaml",
}
CASES = ROOT / "tests" / "cases"
# A second lay text per case, written blind (never tuned on): the honest end-to-end measure.
BLIND_TEXTS = ROOT / "tests" / "cases_text_blind.yaml"
_SENTENCE = re.compile(r"[^.!?\n]*(?:[.!?\n]+|$)")
LOAD = (
    "import time; t = time.perf_counter(); from legtwitch.nlp.deferred import defer_unused; "
    "defer_unused(); import medspacy; t1 = time.perf_counter(); "
    "from legtwitch.knowledge.base import KnowledgeBase; from legtwitch.nlp.pipeline import "
    "pipeline; pipeline(KnowledgeBase.load()); t2 = time.perf_counter(); "
    "from legtwitch.nlp.red_flag_model import red_flag_model; red_flag_model(); "
    "t3 = time.perf_counter(); print(t1 - t, t2 - t1, t3 - t2)"
)


def _row(what: str, value: str, target: str = "") -> dict[str, Any]:
    return {"bench": "nlp", "what": what, "value": value, "target": target}


def quality(ctx: Context) -> list[dict[str, Any]]:
    rows = []
    for name, path in SETS.items():
        items, today = load_items(path)
        r: Report = score_reader(items, lambda t, d=today: extract(t, ctx.kb, d), ctx.kb)
        alone: Report = score_reader(
            items, lambda t, d=today: extract(t, ctx.kb, d, model=False), ctx.kb
        )
        rows += [
            _row(f"{name}: sentences", str(len(items))),
            _row(f"{name}: finding precision", f"{r.all.precision:.3f}"),
            _row(f"{name}: finding recall", f"{r.all.recall:.3f}"),
            _row(f"{name}: red-flag precision", _precision(r), "≥ 0.95"),
            _row(f"{name}: red-flag recall", _recall(r), "≥ 0.90"),
            _row(
                f"{name}: red-flag P / R with the rules alone (no red-flag model)",
                f"{_precision(alone)} / {_recall(alone)}",
            ),
            _row(
                f"{name}: hard-rule breaches (red flag read present, not stated), with model / "
                "rules alone",
                f"{r.breaches} / {alone.breaches}",
                "0",
            ),
            _row(f"{name}: status accuracy", f"{r.all.status_accuracy:.3f}"),
            _row(f"{name}: age/sex answers right", f"{r.answers_right}/{r.answers_total}"),
        ]
    return rows


def _precision(r: Report) -> str:
    """Red-flag precision; a set that labels no red flag (near misses) has none to measure."""
    if r.red_flags.tp + r.red_flags.fn == 0:
        return f"n/a (none labelled; {r.red_flags.fp} read)"
    return f"{r.red_flags.precision:.3f}"


def _recall(r: Report) -> str:
    if r.red_flags.tp + r.red_flags.fn == 0:
        return "n/a"
    return f"{r.red_flags.recall:.3f}"


def speed(ctx: Context) -> list[dict[str, Any]]:
    loads = []
    for _ in range(5):
        out = subprocess.run(
            [sys.executable, "-c", LOAD], capture_output=True, text=True, check=True
        ).stdout.split()
        loads.append((float(out[0]), float(out[1]), float(out[2])))
    imp = statistics.median(a for a, _, _ in loads)
    build = statistics.median(b for _, b, _ in loads)
    model = statistics.median(c for _, _, c in loads)
    sentences = [i.text for p in SETS.values() for i in load_items(p)[0]]
    descriptions = [c.text for c in load_cases(CASES) if c.text.strip()]
    extract(sentences[0], ctx.kb)  # load
    medians = {}
    for name, texts in (("labelled sentence", sentences), ("case description", descriptions)):
        times = []
        for t in texts:
            t0 = time.perf_counter()
            extract(t, ctx.kb)
            times.append((time.perf_counter() - t0) * 1000)
        medians[name] = (
            len(texts),
            statistics.median(times),
            statistics.quantiles(times, n=20)[-1],
        )
    big = "My calf twitches every night and I drink 5 coffees a day. " * 1700  # ~100 KB
    t0 = time.perf_counter()
    extract(big, ctx.kb)
    big_s = time.perf_counter() - t0
    return [
        _row("pipeline load: import medspaCy (fresh process)", f"{imp:.2f} s"),
        _row("pipeline load: build rules from the knowledge base", f"{build:.2f} s"),
        _row("pipeline load: the red-flag model's weights", f"{model:.2f} s"),
        _row("pipeline load in all", f"{imp + build + model:.2f} s", "< 2 s"),
        *[
            _row(
                f"text → findings, median per {name} ({n}; 95th pct {p95:.1f} ms)",
                f"{m:.1f} ms",
                "< 20 ms",
            )
            for name, (n, m, p95) in medians.items()
        ],
        _row("100 KB text → findings", f"{big_s:.2f} s"),
        _row(
            "`assess --batch` of 100 text descriptions, one process, wall", _batch(True), "< 10 s"
        ),
        _row(
            "`assess --batch` of the same 100 cases with only their answers (age, sex), no text",
            _batch(False),
        ),
    ]


def _batch(text: bool) -> str:
    cases = load_cases(CASES)
    lines = [
        json.dumps(
            {"id": i, "text": cases[i % len(cases)].text}
            if text
            else {"id": i, "answers": cases[i % len(cases)].answers}
        )
        for i in range(100)
    ]
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "batch.jsonl"
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        t0 = time.perf_counter()
        subprocess.run(
            [sys.executable, "-m", "legtwitch", "assess", "--batch", str(path)],
            capture_output=True,
            check=True,
        )
        return f"{time.perf_counter() - t0:.1f} s"


def _text_only(ctx: Context, case: Case) -> CaseResult:
    intake = read_text(ctx, case.text)
    result = build_assessment(ctx, intake.findings, ())
    return CaseResult(case, "full", tuple(c.id for c in result.causes), result.triage.level, 0)


def _text_then_interview(ctx: Context, case: Case) -> CaseResult:
    intake = read_text(ctx, case.text)

    def ask(choice: Any, _n: int) -> Any:
        return simulated_answer(choice.question, case.findings, case.answers)

    result = interview(ask, context=ctx, initial=intake.findings)
    ranked = tuple(c.id for c in result.causes)
    return CaseResult(case, "interview", ranked, result.triage.level, len(result.questions_asked))


def cases(ctx: Context) -> list[dict[str, Any]]:
    all_cases = [c for c in load_cases(CASES) if c.text.strip()]
    blind = [replace(c, text=t) for c, t in _blind_texts(all_cases)]
    modes = {
        "answers in full (no text)": [run_case(ctx, c, "full") for c in all_cases],
        "text alone": [_text_only(ctx, c) for c in all_cases],
        "text + simulated interview": [_text_then_interview(ctx, c) for c in all_cases],
        "simulated interview (no text)": [run_case(ctx, c, "interview") for c in all_cases],
        "blind second text alone": [_text_only(ctx, c) for c in blind],
        "blind second text + simulated interview": [_text_then_interview(ctx, c) for c in blind],
    }
    rows = [_row("cases with a lay text", str(len(all_cases)))]
    for name, results in modes.items():
        s = score(results)
        rows += [
            _row(f"cases, {name}: top-3", f"{s.top3:.1%}"),
            _row(f"cases, {name}: triage exact", f"{s.triage:.1%}"),
            _row(f"cases, {name}: under-triage", f"{s.under_triage:.1%}"),
        ]
        if "+" in name or name.startswith("simulated"):
            rows.append(_row(f"cases, {name}: questions asked, mean", f"{s.mean_questions:.1f}"))
    return rows


def _blind_texts(all_cases: list[Case]) -> list[tuple[Case, str]]:
    if not BLIND_TEXTS.exists():
        return []
    texts: dict[str, str] = yaml.safe_load(BLIND_TEXTS.read_text(encoding="utf-8"))["texts"]
    return [(c, texts[c.id]) for c in all_cases if c.id in texts]


def model_alone() -> list[dict[str, Any]]:
    """The red-flag model by itself, on each set it learns from, trained without that set
    (leave one set out): precision and recall of the red flags it finds stated, by sentence, at
    its threshold and at its suggest threshold."""
    from scripts.train_red_flag_model import main as train

    from legtwitch.knowledge.base import KnowledgeBase
    from legtwitch.nlp.lexicon import model_spec
    from legtwitch.nlp.red_flag_model import load

    red = {f for f, x in KnowledgeBase.load().findings.items() if x.group == "red_flag"}
    spec = model_spec()
    cuts = {"threshold": spec.threshold.value, "suggest threshold": spec.suggest_threshold.value}
    counts = {name: [0, 0, 0] for name in cuts}  # tp, fp, fn
    with tempfile.TemporaryDirectory() as tmp:
        for name in spec.training_sets:
            out = Path(tmp) / f"{name}.npz"
            train(["--leave-out", name, "--out", str(out), "--quiet"])
            kept = tuple(n for n in spec.training_sets if n != name)
            model = load(out, spec.model_copy(update={"training_sets": kept}))
            for item in load_items(NLP / f"{name}.yaml")[0]:
                want = {f for f, st in item.expected.items() if f in red and st == "present"}
                for cut_name, cut in cuts.items():
                    found = {f for s in _SENTENCE.findall(item.text) for f in model.above(s, cut)}
                    c = counts[cut_name]
                    c[0] += len(found & want)
                    c[1] += len(found - want)
                    c[2] += len(want - found)
    return [
        _row(
            f"red-flag model alone at its {cut_name} ({cuts[cut_name]}), each set left out of "
            "its training: precision / recall",
            f"{tp / (tp + fp):.3f} / {tp / (tp + fn):.3f}",
        )
        for cut_name, (tp, fp, fn) in counts.items()
    ]


def run() -> list[dict[str, Any]]:
    ctx = default_context()
    return quality(ctx) + model_alone() + speed(ctx) + cases(ctx)


if __name__ == "__main__":
    for row in run():
        print(f"| {row['bench']} | {row['what']} | {row['value']} | {row['target']} |")
