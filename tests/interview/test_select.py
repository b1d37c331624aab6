"""Next-question choice: context, then the red-flag screen, then by value; it stops."""

from __future__ import annotations

from legtwitch.domain import FindingStatus
from legtwitch.interview.select import next_question
from legtwitch.interview.simulator import simulated_answer
from legtwitch.interview.state import Context
from legtwitch.services.assessment import interview, simulate_interview

P, A = FindingStatus.PRESENT, FindingStatus.ABSENT


def test_phases_come_first(tiny: Context) -> None:
    first = next_question(tiny, {}, [])
    assert first is not None and first.question.id == "age"
    second = next_question(tiny, {"old": A}, ["age"])
    assert second is not None and second.question.id == "flags"


def test_adaptive_choice_has_a_reason_and_value(tiny: Context) -> None:
    choice = next_question(tiny, {"old": P, "pain": P}, ["age", "flags"])
    assert choice is not None
    assert choice.question.phase == "adaptive"
    assert choice.expected_gain > 0
    assert 0.0 < choice.change_probability <= 1.0
    assert choice.reason.startswith(choice.question.why)


def test_stops_when_no_answer_could_change_top_causes_or_triage(tiny: Context) -> None:
    # Young, no red flags: whatever the remaining answers, benign and cramps stay on top.
    assert next_question(tiny, {"old": A, "swelling": A, "weakness": A}, ["age", "flags"]) is None


def test_answered_findings_are_not_asked_again(tiny: Context) -> None:
    known = {"old": A, "swelling": A, "weakness": A, "twitch": P, "cramp": A, "pain": A}
    asked = ["age", "flags"]
    choice = next_question(tiny, known, asked)
    assert choice is None or choice.question.id not in {"kind", "pain"}


def test_interview_stops_and_reaches_the_rule(tiny: Context) -> None:
    truth = {"twitch": P, "weakness": P, "old": P, "swelling": A, "cramp": A, "pain": A}
    result = simulate_interview(truth, {"age": 70}, context=tiny)
    assert result.questions_asked[:2] == ("age", "flags")
    assert len(result.questions_asked) <= tiny.kb.policy.interview_max_questions
    assert result.triage.reasons[0].rule_id == "weak_twitch"


def test_dont_know_everywhere_still_finishes(tiny: Context) -> None:
    result = interview(lambda choice, n: "dont_know", context=tiny)
    assert result.questions_asked  # it asked, accepted "don't know", and stopped
    assert len(result.questions_asked) == len(set(result.questions_asked))


def test_simulator_answers_from_findings(tiny: Context) -> None:
    kb = tiny.kb
    truth = {"pain": P, "twitch": P, "cramp": A}
    assert simulated_answer(kb.questions["pain"], truth, {}) == "yes"
    assert simulated_answer(kb.questions["night"], truth, {}) == "dont_know"
    assert simulated_answer(kb.questions["kind"], truth, {}) == ["twitch"]
    assert simulated_answer(kb.questions["age"], truth, {"age": 44}) == 44


def test_open_questions_say_what_could_change_the_picture(tiny: Context) -> None:
    from legtwitch.interview.select import open_questions

    pending = open_questions(tiny, {"old": P, "twitch": P}, ["age"])
    assert pending, "with little known, some question could change the result"
    ids = [c.question.id for c in pending]
    assert "age" not in ids
    probs = [c.change_probability for c in pending]
    assert probs == sorted(probs, reverse=True)
    assert all(p >= tiny.kb.policy.interview_stop_change_probability.value for p in probs)
    # Once nothing could change the picture, there is nothing to list.
    settled = {"old": A, "swelling": A, "weakness": A}
    assert open_questions(tiny, settled, ["age", "flags"]) == []
