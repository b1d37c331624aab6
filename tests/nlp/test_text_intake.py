"""Text first, then answers: the service that joins the reader and the assessment engine."""

from __future__ import annotations

from legtwitch.domain import FindingSource, FindingStatus, TriageLevel
from legtwitch.services.assessment import default_context
from legtwitch.services.text_intake import assess_with_text, read_text


def test_text_findings_and_answers_feed_the_assessment() -> None:
    ctx = default_context()
    intake = read_text(ctx, "29F, my calf twitches every night, no weakness, 6 coffees a day")
    assert intake.answers == {"age": 29, "sex": "female"}
    assert intake.findings["sex_female"].status is FindingStatus.PRESENT
    assert intake.findings["high_caffeine"].source is FindingSource.TEXT


def test_answers_override_the_text_and_say_so() -> None:
    ctx = default_context()
    doc = {"answers": {"age": 70}, "findings": {"weakness": "present"}}
    result = assess_with_text(ctx, "34M, twitching calf, no weakness", doc)
    findings = {f.id: f for f in result.assessment.findings}
    assert findings["weakness"].status is FindingStatus.PRESENT
    assert findings["age_60_plus"].status is FindingStatus.PRESENT
    assert findings["fasciculation"].source is FindingSource.TEXT
    assert len(result.overridden) == 3 and any("weak" in line for line in result.overridden)


def test_interview_asks_only_what_the_text_left_open() -> None:
    ctx = default_context()
    asked: list[str] = []

    def ask(choice: object, _n: int) -> object:
        q = choice.question  # type: ignore[attr-defined]
        asked.append(q.id)
        return "dont_know"

    text = "I'm 34, male, no weakness, my left calf twitches for 3 weeks"
    assess_with_text(ctx, text, ask=ask)
    assert "age" not in asked and "sex" not in asked and "duration" not in asked


def test_red_flags_read_from_text_are_still_screened_in_the_interview() -> None:
    ctx = default_context()
    text = "no weakness at all, no tripping, my legs are not getting weaker and no muscle wasting"
    intake = read_text(ctx, text)
    screened = {"weakness", "functional_weakness", "progressive_weakness", "muscle_wasting"}
    assert {f: intake.findings[f].status for f in screened} == dict.fromkeys(
        screened, FindingStatus.ABSENT
    )
    answers: dict[str, object] = {}

    def ask(choice: object, _n: int) -> object:
        q = choice.question  # type: ignore[attr-defined]
        answers[q.id] = ["functional"] if q.id == "weakness_screen" else "dont_know"
        return answers[q.id]

    result = assess_with_text(ctx, text, ask=ask)
    # The text denied every item of the weakness screen, yet the screen is asked, and the
    # person's tick (a foot that drops) replaces what the text said.
    assert "weakness_screen" in answers
    findings = {f.id: f for f in result.assessment.findings}
    assert findings["functional_weakness"].status is FindingStatus.PRESENT
    assert findings["functional_weakness"].source is FindingSource.ANSWER
    assert any("functional" in line or "trip" in line for line in result.overridden)


def test_a_red_flag_the_person_does_not_answer_keeps_the_texts_reading() -> None:
    ctx = default_context()
    result = assess_with_text(ctx, "my pee is the colour of cola", ask=lambda _c, _n: "dont_know")
    findings = {f.id: f for f in result.assessment.findings}
    assert findings["dark_urine"].status is FindingStatus.PRESENT
    assert findings["dark_urine"].source is FindingSource.TEXT


TINGLING_TEN_DAYS = (
    "Pins and needles in both feet and both my legs feel weak, for about ten days now."
)


def test_a_no_from_the_text_that_alone_holds_back_a_warning_pattern_is_asked() -> None:
    """Read from the text: tingling and weakness in both legs, started more than a few days ago
    (sudden_onset absent). That 'no' is all that keeps the early nerve-problem pattern from
    firing, and the reader can misplace a duration, so the interview asks how long it has been."""
    ctx = default_context()
    intake = read_text(ctx, TINGLING_TEN_DAYS)
    assert intake.findings["sudden_onset"].status is FindingStatus.ABSENT
    asked: list[str] = []

    def ask(choice: object, _n: int) -> object:
        q = choice.question  # type: ignore[attr-defined]
        asked.append(q.id)
        return "days" if q.id == "duration" else "dont_know"

    result = assess_with_text(ctx, TINGLING_TEN_DAYS, ask=ask)
    assert "duration" in asked
    findings = {f.id: f for f in result.assessment.findings}
    assert findings["sudden_onset"].status is FindingStatus.PRESENT
    assert findings["sudden_onset"].source is FindingSource.ANSWER
    assert result.assessment.triage.level.rank >= TriageLevel.SOON.rank


def test_text_alone_lists_that_no_among_the_warning_signs_not_checked() -> None:
    ctx = default_context()
    result = assess_with_text(ctx, TINGLING_TEN_DAYS, {})
    signs = {s.finding_id: s for s in result.assessment.unchecked_warning_signs}
    assert signs["sudden_onset"].level is TriageLevel.SOON
    # a 'no' from the text that holds nothing back is not listed
    assert "duration_over_2_weeks" not in signs
