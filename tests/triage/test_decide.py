"""Triage: rules and probability thresholds; red flags always win."""

from __future__ import annotations

from legtwitch.domain import FindingStatus, TriageLevel
from legtwitch.interview.state import Context, summarize

P, A = FindingStatus.PRESENT, FindingStatus.ABSENT


def test_benign_picture_is_self_care(tiny: Context) -> None:
    s = summarize(tiny, {"twitch": P, "weakness": A, "swelling": A, "coffee": P})
    assert s.triage.level is TriageLevel.SELF_CARE
    assert s.triage.reasons == ()
    assert s.triage.action == "Home."


def test_red_flag_rule_wins_over_reassuring_probabilities(tiny: Context) -> None:
    # Swelling present: the clot's probability may be modest, but the rule fires regardless.
    s = summarize(tiny, {"swelling": P, "twitch": P, "coffee": P, "pain": A})
    assert s.triage.level is TriageLevel.URGENT
    first = s.triage.reasons[0]
    assert first.rule_id == "swelling_flag" and first.kind == "red_flag"
    assert first.sources == ("test_source",)
    assert s.triage.action == "Get help today."


def test_compound_rule_needs_all_parts(tiny: Context) -> None:
    only_twitch = summarize(tiny, {"twitch": P, "weakness": A})
    both = summarize(tiny, {"twitch": P, "weakness": P})
    assert all(r.rule_id != "weak_twitch" for r in only_twitch.triage.reasons)
    assert any(r.rule_id == "weak_twitch" for r in both.triage.reasons)
    assert both.triage.level >= TriageLevel.SOON


def test_probability_threshold_raises_level_without_a_rule(tiny: Context) -> None:
    # Pain + weakness + cramp in an older person make 'nerve' (care: soon) likely, and no rule
    # names this combination: the level comes from the probability threshold.
    s = summarize(tiny, {"weakness": P, "cramp": P, "old": P, "twitch": A})
    kinds = {r.kind for r in s.triage.reasons}
    assert "probability" in kinds
    assert s.triage.level >= TriageLevel.SOON
    prob_reason = next(r for r in s.triage.reasons if r.kind == "probability")
    assert "Nerve disease" in prob_reason.text


def test_levels_are_ordered() -> None:
    order = [
        TriageLevel.SELF_CARE,
        TriageLevel.ROUTINE,
        TriageLevel.SOON,
        TriageLevel.URGENT,
        TriageLevel.EMERGENCY,
    ]
    assert sorted(reversed(order)) == order
    assert max(order) is TriageLevel.EMERGENCY
