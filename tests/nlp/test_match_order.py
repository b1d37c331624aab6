"""The cheap order of adding rules (nlp/match_order.py) gives every labelled sentence the same
reading as adding them as written.

When two rules match the very same words, which one medspaCy keeps depends on spaCy's internal
order, so the two builds can keep different (equivalent) rules for a tie; what must agree is the
reading: findings, statuses, evidence, answers, what was set aside and why.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from legtwitch.knowledge.base import KnowledgeBase
from legtwitch.nlp import extract
from legtwitch.nlp import pipeline as pipeline_module
from legtwitch.nlp.evaluation import load_items
from legtwitch.nlp.pipeline import _build, pipeline

HERE = Path(__file__).parent


def _readings(kb: KnowledgeBase) -> list[Any]:
    out = []
    for path in sorted(HERE.glob("*.yaml")):
        items, today = load_items(path)
        for item in items:
            x = extract(item.text, kb, today)
            out.append(
                (
                    item.text,
                    [
                        (f.id, f.status, f.evidence.start, f.evidence.end, f.note)
                        for f in x.findings
                    ],
                    [(a.question_id, a.value) for a in x.answers],
                    [(s.text, s.reason) for s in x.set_aside],
                    [c.finding_id for c in x.conflicts],
                )
            )
    return out


def test_every_labelled_sentence_reads_the_same_in_both_orders(
    real_kb: KnowledgeBase, monkeypatch: pytest.MonkeyPatch
) -> None:
    pipeline(real_kb)
    cheap = _readings(real_kb)
    assert len(cheap) > 1400
    monkeypatch.setitem(
        pipeline_module._CACHE, real_kb.version, _build(real_kb, written_order=True)
    )
    written = _readings(real_kb)
    assert [c for c, w in zip(cheap, written, strict=True) if c != w] == []


def test_a_rule_that_sees_a_negation_inside_its_words_wins_a_tie(real_kb: KnowledgeBase) -> None:
    # "pee .. dark" (present) and the rule written to deny "pee isn't dark" match the same words
    nlp = pipeline(real_kb)
    (ent,) = list(nlp("my pee isn't dark").ents)
    assert ent._.target_rule.metadata.get("negation_inside") is True
    statuses = {f.id: f.status.value for f in extract("my pee isn't dark", real_kb).findings}
    assert statuses == {"dark_urine": "absent"}
