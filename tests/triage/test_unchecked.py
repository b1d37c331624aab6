"""Warning signs not yet checked: red flags nobody said yes or no to, on the real knowledge base."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from legtwitch.domain import FindingStatus, TriageLevel
from legtwitch.interview.state import Context
from legtwitch.services.assessment import assess, simulate_interview
from legtwitch.triage import sole_blockers, unchecked_warning_signs

P, A = FindingStatus.PRESENT, FindingStatus.ABSENT


def _red(ctx: Context) -> set[str]:
    return {fid for fid, f in ctx.kb.findings.items() if f.group == "red_flag"}


def test_nothing_said_lists_every_red_flag_that_fires_alone_most_urgent_first(
    real: Context,
) -> None:
    signs = unchecked_warning_signs(real.kb, {"fasciculation": P}, TriageLevel.SELF_CARE)
    ids = {s.finding_id for s in signs}
    alone = {
        fid
        for fid in _red(real)
        if any(r.red_flag and r.when == fid for r in real.kb.triage_rules.values())
    }
    assert alone and alone <= ids
    ranks = [s.level.rank for s in signs]
    assert ranks == sorted(ranks, reverse=True)
    assert signs[0].level is TriageLevel.EMERGENCY
    assert all(s.level > TriageLevel.SELF_CARE and s.action for s in signs)


def test_answered_red_flags_are_not_listed_either_way(real: Context) -> None:
    statuses = {fid: A for fid in _red(real)}
    assert unchecked_warning_signs(real.kb, statuses, TriageLevel.SELF_CARE) == ()
    statuses["chest_pain"] = FindingStatus.UNKNOWN  # "not sure" is still unchecked
    assert [
        s.finding_id for s in unchecked_warning_signs(real.kb, statuses, TriageLevel.SELF_CARE)
    ] == ["chest_pain"]


def test_a_sign_is_listed_at_the_level_it_reaches_with_what_is_already_known(
    real: Context,
) -> None:
    # A bladder change alone is same-day care; with back pain it is cauda equina: emergency.
    alone = {
        s.finding_id: s.level for s in unchecked_warning_signs(real.kb, {}, TriageLevel.SELF_CARE)
    }
    with_back = {
        s.finding_id: s.level
        for s in unchecked_warning_signs(real.kb, {"back_pain": P}, TriageLevel.ROUTINE)
    }
    assert alone["bladder_bowel_change"] is TriageLevel.URGENT
    assert with_back["bladder_bowel_change"] is TriageLevel.EMERGENCY


def test_signs_that_would_not_raise_the_level_are_left_out(real: Context) -> None:
    emergency = assess(findings={"chest_pain": "present"}, context=real)
    assert emergency.triage.level is TriageLevel.EMERGENCY
    assert emergency.unchecked_warning_signs == ()
    soon = unchecked_warning_signs(real.kb, {}, TriageLevel.URGENT)
    assert soon and all(s.level is TriageLevel.EMERGENCY for s in soon)


def test_the_interview_checks_them_all(real: Context) -> None:
    done = simulate_interview({"fasciculation": P, "site_calf": P}, {}, context=real)
    assert done.unchecked_warning_signs == ()
    unasked = assess(findings={"fasciculation": "present"}, context=real)
    assert {s.finding_id for s in unasked.unchecked_warning_signs} >= {
        "chest_pain",
        "saddle_numbness",
    }


def test_a_red_flag_denied_only_in_text_is_still_listed(real: Context) -> None:
    # The reader can misread a denial, so only an answer checks a red flag: as in the interview,
    # which asks the red-flag screen even when the text seemed to deny one.
    from legtwitch.services.text_intake import assess_with_text

    text = "my calf twitches, no chest pain, no numbness down below"
    result = assess_with_text(real, text, {})
    read = {f.id: f.status for f in result.intake.extraction.findings}
    assert read.get("chest_pain") is A
    listed = {s.finding_id for s in result.assessment.unchecked_warning_signs}
    assert "chest_pain" in listed
    answered = assess_with_text(real, text, {"findings": {"chest_pain": "absent"}})
    assert "chest_pain" not in {s.finding_id for s in answered.assessment.unchecked_warning_signs}


def test_cli_shows_them_under_the_triage_and_in_json(tmp_path: Path) -> None:
    answers = tmp_path / "a.json"
    answers.write_text(json.dumps({"findings": {"fasciculation": "present"}}), encoding="utf-8")

    def run(*extra: str) -> str:
        out = subprocess.run(
            [sys.executable, "-m", "legtwitch", "assess", "--answers", str(answers), *extra],
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert out.returncode == 0, out.stderr
        return out.stdout

    text = run()
    assert text.index("Not checked") < text.index("Possible causes")
    assert text.index("EMERGENCY") < text.index("GET HELP TODAY") < text.index("Possible causes")
    assert "numbness around the bottom" in text
    doc = json.loads(run("--format", "json"))
    listed = doc["unchecked_warning_signs"]
    assert listed[0]["level"] == "emergency"
    assert {"finding", "label", "level", "action"} == set(listed[0])


def test_sole_blockers_are_the_last_missing_piece_of_a_warning_pattern(real: Context) -> None:
    gbs = {"numbness_tingling": P, "weakness": P, "both_legs": P}
    candidates = {"sudden_onset", "fasciculation", "high_caffeine"}
    assert sole_blockers(real.kb, gbs, candidates) == {"sudden_onset"}
    # one piece short of the pattern: no single finding would complete it
    assert sole_blockers(real.kb, {**gbs, "weakness": A}, candidates) == set()
    # already firing: nothing is held back
    assert sole_blockers(real.kb, {**gbs, "sudden_onset": P}, candidates) == set()


def test_also_lists_a_non_red_flag_that_would_fire_a_warning_pattern(real: Context) -> None:
    gbs = {"numbness_tingling": P, "weakness": P, "both_legs": P}
    plain = unchecked_warning_signs(real.kb, gbs, TriageLevel.ROUTINE)
    assert "sudden_onset" not in {s.finding_id for s in plain}
    signs = unchecked_warning_signs(real.kb, gbs, TriageLevel.ROUTINE, also={"sudden_onset"})
    onset = next(s for s in signs if s.finding_id == "sudden_onset")
    assert onset.level is TriageLevel.SOON and onset.action
