"""The golden vignettes in tests/cases/ are well formed and speak the knowledge base's language.

These checks look only at the cases and at the finding and question vocabulary of the real
knowledge base; they never read the conditions or triage rules, so the cases stay an independent
benchmark of the model.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

import pytest
import yaml

from issue_ids import REQUIRED_CONDITIONS
from legtwitch.knowledge.base import KnowledgeBase

CASES_DIR = Path(__file__).parent / "cases"
CASE_FILES = sorted(CASES_DIR.glob("*.yaml"))

# The condition ids named in issue 2; every one must be the expected cause of at least one case.
CONDITIONS = REQUIRED_CONDITIONS
TRIAGE_LEVELS = ("self_care", "routine", "soon", "urgent", "emergency")
RED_FLAG_LEVELS = frozenset({"soon", "urgent", "emergency"})
CASE_KEYS = {"id", "title", "basis", "text", "answers", "findings", "expected"}
EXPECTED_KEYS = {"cause", "acceptable", "triage"}
ANSWER_QUESTIONS = {"age", "sex"}  # the only question-level answers findings cannot express
STATUSES = {"present", "absent"}
# Findings set by the age and sex answers; listing them as findings would duplicate the answers.
DEMOGRAPHIC_FINDINGS = {"age_under_40", "age_60_plus", "sex_female"}


@pytest.fixture(scope="module")
def kb(real_kb: KnowledgeBase) -> KnowledgeBase:
    """The real knowledge base (tests/conftest.py); only findings and questions are used."""
    return real_kb


def _load(path: Path) -> dict[str, Any]:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert isinstance(data, dict), f"{path.name}: a case must be a YAML mapping"
    return data


@pytest.fixture(scope="module")
def cases() -> list[dict[str, Any]]:
    return [_load(p) for p in CASE_FILES]


def _answer_sets(kb: KnowledgeBase, answers: dict[str, Any]) -> dict[str, str]:
    """The findings the case's answers set, the way the interview would set them."""
    sets: dict[str, str] = {}
    for qid, value in answers.items():
        question = kb.question(qid)
        if question.kind == "number":
            for band in question.bands:
                if band.below is None or value < band.below:
                    sets.update(band.sets)
                    break
        else:
            for option in question.options:
                if option.value == value:
                    sets.update(option.sets)
    return sets


@pytest.mark.parametrize("path", CASE_FILES, ids=[p.stem for p in CASE_FILES])
def test_case_is_well_formed(path: Path, kb: KnowledgeBase) -> None:
    case = _load(path)
    assert set(case) == CASE_KEYS, f"{path.name}: keys must be exactly {sorted(CASE_KEYS)}"
    assert case["id"] == path.stem, f"{path.name}: id '{case['id']}' must match the file name"
    for key in ("title", "basis", "text"):
        assert isinstance(case[key], str) and case[key].strip(), f"{path.name}: empty {key}"
    assert "clinical.md" in case["basis"], f"{path.name}: basis must cite clinical.md"

    answers = case["answers"]
    assert set(answers) == ANSWER_QUESTIONS, f"{path.name}: answers must give exactly age and sex"
    for qid, value in answers.items():
        question = kb.question(qid)
        if question.kind == "number":
            assert isinstance(value, int | float) and not isinstance(value, bool)
            assert question.minimum is not None and question.maximum is not None
            assert question.minimum <= value <= question.maximum, f"{path.name}: {qid}={value}"
        else:
            allowed = {o.value for o in question.options}
            assert value in allowed, f"{path.name}: {qid}={value!r} is not one of {allowed}"

    findings = case["findings"]
    assert isinstance(findings, dict)
    assert 6 <= len(findings) <= 18, f"{path.name}: list 6-18 findings, not {len(findings)}"
    for fid, status in findings.items():
        kb.finding(fid)  # raises on an unknown id
        assert status in STATUSES, f"{path.name}: {fid} must be present or absent, not {status!r}"
        assert fid not in DEMOGRAPHIC_FINDINGS, f"{path.name}: give {fid} through answers"
    assert "present" in findings.values() and "absent" in findings.values()
    for fid, status in _answer_sets(kb, answers).items():
        assert findings.get(fid, status) == status, f"{path.name}: {fid} contradicts the answers"
    both_duration = findings.get("sudden_onset") == findings.get("duration_over_2_weeks")
    assert not (both_duration and findings.get("sudden_onset") == "present"), (
        f"{path.name}: sudden_onset and duration_over_2_weeks cannot both be present"
    )

    expected = case["expected"]
    assert set(expected) == EXPECTED_KEYS, f"{path.name}: expected needs {sorted(EXPECTED_KEYS)}"
    assert expected["cause"] in CONDITIONS, f"{path.name}: unknown cause {expected['cause']}"
    acceptable = expected["acceptable"]
    assert isinstance(acceptable, list) and len(acceptable) <= 3
    assert len(set(acceptable)) == len(acceptable)
    assert expected["cause"] not in acceptable
    assert set(acceptable) <= CONDITIONS, f"{path.name}: unknown acceptable {acceptable}"
    assert expected["triage"] in TRIAGE_LEVELS


@pytest.mark.parametrize("path", CASE_FILES, ids=[p.stem for p in CASE_FILES])
def test_triage_label_agrees_with_red_flags(path: Path, kb: KnowledgeBase) -> None:
    """clinical.md §3.2: emergencies and same-day cases carry a red flag; self-care ones none."""
    case = _load(path)
    present = {f for f, s in case["findings"].items() if s == "present"}
    red_flags = {f for f in present if kb.finding(f).group == "red_flag"}
    triage = case["expected"]["triage"]
    if triage in ("emergency", "urgent"):
        assert red_flags or "toxin_exposure" in present, f"{path.name}: no red flag for {triage}"
    if triage == "self_care":
        assert not red_flags, f"{path.name}: self-care case with red flags {sorted(red_flags)}"
        if "fasciculation" in present:
            assert "duration_over_2_weeks" not in present, (
                f"{path.name}: twitching for over 2 weeks is routine (NHS), not self-care"
            )


def test_enough_cases_and_red_flags(cases: list[dict[str, Any]]) -> None:
    assert len(cases) >= 75
    red = [c for c in cases if c["expected"]["triage"] in RED_FLAG_LEVELS]
    assert len(red) >= 18
    levels = Counter(c["expected"]["triage"] for c in cases)
    assert levels["emergency"] >= 5, "several emergencies are required"
    assert set(levels) == set(TRIAGE_LEVELS), "every triage level must be represented"


def test_every_condition_is_a_cause(cases: list[dict[str, Any]]) -> None:
    causes = {c["expected"]["cause"] for c in cases}
    missing = CONDITIONS - causes
    assert not missing, f"conditions without a case: {sorted(missing)}"


def test_ids_are_unique(cases: list[dict[str, Any]]) -> None:
    counts = Counter(c["id"] for c in cases)
    assert [i for i, n in counts.items() if n > 1] == []
    prefixes = Counter(c["id"].split("_", 1)[0] for c in cases)
    assert [p for p, n in prefixes.items() if n > 1] == [], "case numbers must be unique"


def test_readme_table_matches_cases(cases: list[dict[str, Any]]) -> None:
    """The counts table in tests/cases/README.md is the one the cases give."""
    readme = (CASES_DIR / "README.md").read_text(encoding="utf-8")
    by_cause = Counter(c["expected"]["cause"] for c in cases)
    for cause, n in by_cause.items():
        assert f"| {cause} | {n} |" in readme, f"README count for {cause} is not {n}"
    by_level = Counter(c["expected"]["triage"] for c in cases)
    for level, n in by_level.items():
        assert f"| {level} | {n} |" in readme, f"README count for {level} is not {n}"
    assert f"**{len(cases)} cases**" in readme


def test_every_case_has_one_blind_second_text(cases: list[dict[str, Any]]) -> None:
    """tests/cases_text_blind.yaml: a second lay text per case, written without seeing the first
    texts or the reader; only measured (bench nlp), never tuned on."""
    data = yaml.safe_load((CASES_DIR.parent / "cases_text_blind.yaml").read_text(encoding="utf-8"))
    texts = data["texts"]
    assert set(texts) == {c["id"] for c in cases}
    assert all(isinstance(t, str) and 40 <= len(t) <= 700 for t in texts.values())
