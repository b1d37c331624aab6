"""Quickscore is exact: it matches brute-force enumeration to 1e-9 and keeps the model's
invariants (Hypothesis)."""

from __future__ import annotations

import itertools
import math
import random
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from legtwitch.domain import FindingStatus
from legtwitch.inference.model import compile_model
from legtwitch.inference.quickscore import infer
from legtwitch.interview.state import Context, summarize
from legtwitch.knowledge.base import KnowledgeBase

BRUTE = Path(__file__).with_name("brute_force.py")
ns: dict[str, object] = {}
exec(compile(BRUTE.read_text(), str(BRUTE), "exec"), ns)
brute_force = ns["brute_force"]

SYMPTOMS = ["twitch", "cramp", "weakness", "pain", "swelling", "night", "orphan"]
RISKS = ["coffee", "old"]
STATUS = st.sampled_from(["present", "absent", "unknown"])
EVIDENCE = st.fixed_dictionaries({f: STATUS for f in SYMPTOMS + RISKS})


def split(evidence: dict[str, str]) -> tuple[set[str], set[str]]:
    present = {f for f, s in evidence.items() if s == "present"}
    absent = {f for f, s in evidence.items() if s == "absent"}
    return present, absent


@settings(max_examples=300, deadline=None)
@given(EVIDENCE)
def test_matches_brute_force(tiny: Context, evidence: dict[str, str]) -> None:
    present, absent = split(evidence)
    exact, p_e, _ = brute_force(tiny.model, present, absent)
    result = infer(tiny.model, present, absent)
    np.testing.assert_allclose(result.marginals, exact, atol=1e-9, rtol=0)
    # The evidence probability matches too (risk factors are conditioned on, not counted).
    assert math.isclose(math.exp(result.log_evidence), p_e, rel_tol=1e-9)


@settings(max_examples=150, deadline=None)
@given(EVIDENCE)
def test_none_active_matches_brute_force(tiny: Context, evidence: dict[str, str]) -> None:
    present, absent = split(evidence)
    masks = [np.array([0.0, 0.0, 1.0, 1.0]), np.array([1.0, 1.0, 1.0, 1.0])]
    result = infer(tiny.model, present, absent, masks)
    _, p_e, p_adj = brute_force(tiny.model, present, absent)
    # Enumerate: the probability of the joint states with nerve = clot = 0 (and with all = 0).
    total_none = 0.0
    total_none_all = 0.0
    for state in itertools.product((0, 1), repeat=4):
        x = np.array(state, dtype=float)
        prob = float(np.prod(np.where(x == 1, p_adj, 1 - p_adj)))
        for fid in present | absent:
            if fid not in tiny.model.symptom_ids:
                continue
            j = tiny.model.symptom_ids.index(fid)
            p_off = math.exp(float(tiny.model.log_leak_q[j] + tiny.model.log_q[j] @ x))
            prob *= (1 - p_off) if fid in present else p_off
        if state[2] == 0 and state[3] == 0:
            total_none += prob
        if sum(state) == 0:
            total_none_all += prob
    assert result.none_active[0] == pytest.approx(total_none / p_e, abs=1e-9)
    assert result.none_active[1] == pytest.approx(total_none_all / p_e, abs=1e-9)


@settings(max_examples=200, deadline=None)
@given(EVIDENCE, st.randoms(use_true_random=False))
def test_order_of_evidence_is_irrelevant(
    tiny: Context, evidence: dict[str, str], rnd: random.Random
) -> None:
    present, absent = split(evidence)
    a = infer(tiny.model, sorted(present), sorted(absent)).marginals
    shuffled_p = sorted(present)
    shuffled_a = sorted(absent)
    rnd.shuffle(shuffled_p)
    rnd.shuffle(shuffled_a)
    b = infer(tiny.model, shuffled_p, shuffled_a).marginals
    np.testing.assert_allclose(a, b, atol=1e-12)


@settings(max_examples=200, deadline=None)
@given(EVIDENCE)
def test_probabilities_in_unit_interval(tiny: Context, evidence: dict[str, str]) -> None:
    present, absent = split(evidence)
    result = infer(tiny.model, present, absent, [np.ones(4)])
    assert np.all(result.marginals >= 0) and np.all(result.marginals <= 1)
    assert all(0 <= v <= 1 for v in result.none_active)


@settings(max_examples=200, deadline=None)
@given(EVIDENCE)
def test_absent_finding_never_raises_its_only_cause(
    tiny: Context, evidence: dict[str, str]
) -> None:
    # 'swelling' is explained only by 'clot'; learning it is absent can never raise clot.
    evidence = dict(evidence)
    evidence["swelling"] = "unknown"
    present, absent = split(evidence)
    before = infer(tiny.model, present, absent).marginals
    after = infer(tiny.model, present, absent | {"swelling"}).marginals
    clot = tiny.model.cause_index("clot")
    assert after[clot] <= before[clot] + 1e-12


@settings(max_examples=200, deadline=None)
@given(EVIDENCE)
def test_unknown_equals_unobserved(tiny: Context, evidence: dict[str, str]) -> None:
    # Unknown is not absent: saying 'unknown' is the same as leaving the finding out.
    present, absent = split(evidence)
    with_unknowns = {f: FindingStatus(s) for f, s in evidence.items()}
    known_only = {f: s for f, s in with_unknowns.items() if s is not FindingStatus.UNKNOWN}
    a = summarize(tiny, with_unknowns).marginals
    b = summarize(tiny, known_only).marginals
    np.testing.assert_allclose(a, b, atol=1e-12)
    if "night" not in present | absent:
        c = infer(tiny.model, present, absent | {"night"}).marginals
        assert not np.allclose(a, c)


def test_many_positive_findings_are_chunked_and_exact() -> None:
    """More multi-parent positives than one chunk holds (2^14): still equal to brute force."""
    kb = _wide_kb(n_causes=6, n_findings=16)
    model = compile_model(kb)
    present = {f"f{i}" for i in range(16)}
    exact, _, _ = brute_force(model, present, set())
    result = infer(model, present, set())
    np.testing.assert_allclose(result.marginals, exact, atol=1e-9, rtol=0)


def test_unknown_finding_id_is_an_error(tiny: Context) -> None:
    with pytest.raises(KeyError):
        infer(tiny.model, {"no_such_finding"}, set())


def _wide_kb(n_causes: int, n_findings: int) -> KnowledgeBase:
    from legtwitch.knowledge.schema import KnowledgeBaseFile

    rng = np.random.default_rng(7)
    est = {"estimate": "synthetic test value"}
    findings = [
        {
            "id": f"f{j}",
            "label": f"finding {j}",
            "group": "symptom",
            "role": "symptom",
            "leak": {"value": 0.05, **est},
        }
        for j in range(n_findings)
    ]
    conditions = []
    for c in range(n_causes):
        links = {
            f"f{j}": {"value": float(rng.uniform(0.2, 0.9)), **est}
            for j in range(n_findings)
            if rng.random() < 0.6 or j % n_causes == c
        }
        conditions.append(
            {
                "id": f"c{c}",
                "name": f"cause {c}",
                "description": "synthetic",
                "category": "benign",
                "icd10cm": "R25.3",
                "serious": False,
                "care_level": "self_care",
                "prior": {"value": float(rng.uniform(0.05, 0.5)), **est},
                "links": links,
                "advice": ["none"],
            }
        )
    tiny = KnowledgeBase.load(Path(__file__).parents[1] / "fixtures" / "tiny_kb")
    policy = tiny.policy.model_dump()
    data = KnowledgeBaseFile.model_validate(
        {
            "version": "wide",
            "findings": findings,
            "conditions": conditions,
            "questions": [
                {
                    "id": f"q{j}",
                    "text": "?",
                    "why": "test",
                    "kind": "yes_no",
                    "finding": f"f{j}",
                }
                for j in range(n_findings)
            ],
            "policy": policy,
        }
    )
    return KnowledgeBase([data])
