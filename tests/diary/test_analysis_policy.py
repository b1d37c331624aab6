"""The analysis policy file: valid, every source key in the knowledge base, bad files refused."""

from __future__ import annotations

from pathlib import Path

import pytest

from legtwitch.diary.policy import load_policy, parse_policy, policy_path, source_keys
from legtwitch.errors import KnowledgeBaseError
from legtwitch.knowledge.base import KnowledgeBase


def test_every_cited_source_is_in_the_knowledge_base(real_kb: KnowledgeBase) -> None:
    keys = source_keys(load_policy())
    assert keys == {"fda_caffeine", "aasm_sleep_2015"}
    assert keys <= set(real_kb.sources)


def test_thresholds_read_from_the_file() -> None:
    factors = load_policy().factors
    sleep = factors["sleep_hours"].threshold
    caffeine = factors["caffeine_mg"].threshold
    assert sleep is not None and sleep.below is not None and sleep.below.value == 7
    assert caffeine is not None and caffeine.above is not None and caffeine.above.value == 400


def test_a_number_without_origin_is_refused(tmp_path: Path) -> None:
    original = policy_path().read_text(encoding="utf-8")
    line = next(x for x in original.splitlines() if x.strip().startswith("fdr_level:"))
    text = original.replace(line, "  fdr_level: {value: 0.05}")
    bad = tmp_path / "analysis_policy.yaml"
    bad.write_text(text, encoding="utf-8")
    with pytest.raises(KnowledgeBaseError, match=r"statistics\.fdr_level.*source' or 'estimate'"):
        parse_policy(bad)


def test_broken_yaml_is_one_sentence(tmp_path: Path) -> None:
    bad = tmp_path / "analysis_policy.yaml"
    bad.write_text("statistics: [unclosed", encoding="utf-8")
    with pytest.raises(KnowledgeBaseError, match="cannot be read as YAML"):
        parse_policy(bad)
