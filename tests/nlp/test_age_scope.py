"""A stated age below the knowledge base's minimum: said plainly, never used, never a crash."""

from __future__ import annotations

import pytest

from legtwitch.errors import InputError
from legtwitch.interview.state import Context
from legtwitch.nlp import extract
from legtwitch.services.assessment import assess


def test_an_answer_below_the_minimum_says_who_the_tool_is_for(real: Context) -> None:
    message = real.kb.questions["age"].below_minimum
    assert message and "16" in message
    with pytest.raises(InputError) as err:
        assess(answers={"age": 14}, context=real)
    assert str(err.value) == message
    with pytest.raises(InputError, match="between 16 and 110"):
        assess(answers={"age": 140}, context=real)
    assert assess(answers={"age": 16}, context=real).questions_asked == ("age",)


@pytest.mark.parametrize(
    "text", ["im 14 and my calf keeps twitching", "writing for my son (12), his calf twitches"]
)
def test_a_young_age_in_text_is_set_aside_with_the_reason(text: str, real: Context) -> None:
    x = extract(text, real.kb)
    assert "age" not in {a.question_id for a in x.answers}
    reasons = [s.reason for s in x.set_aside]
    assert any("aged 16 and over" in r for r in reasons), reasons
    assert "fasciculation" in {f.id for f in x.findings}


def test_an_adult_age_in_text_is_still_read(real: Context) -> None:
    x = extract("im 34 and my calf keeps twitching", real.kb)
    assert [(a.question_id, a.value) for a in x.answers] == [("age", 34)]
    assert not x.set_aside
