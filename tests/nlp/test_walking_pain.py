"""Walking pain that makes the person stop (claudication) and severe muscle pain said with a
degree word (lay.yaml, session 6). Sentences written for this test, through the real pipeline and
knowledge base, with near misses that must not read."""

from __future__ import annotations

import pytest

from legtwitch.domain.findings import FindingStatus
from legtwitch.knowledge.base import KnowledgeBase
from reading import P, U
from reading import status as _status

CASES = [
    (
        "half way to the shops my calf aches so much I have to stop",
        "pain_walking_relieved_by_rest",
        P,
    ),
    ("half way to the shops my calf aches so much I have to stop", "muscle_pain", P),
    (
        "on the way to the bus my calves burn so badly that I have to stop",
        "pain_walking_relieved_by_rest",
        P,
    ),
    (
        "my left calf cramps so bad I have to stop and stand still",
        "pain_walking_relieved_by_rest",
        P,
    ),
    # one occasion, or tiredness, is not the walking pain
    ("my legs hurt so I had to stop the run early", "pain_walking_relieved_by_rest", U),
    ("my legs are so tired I have to stop and sit", "pain_walking_relieved_by_rest", U),
    # a degree word before painful / sore / tender
    ("since the race my thighs are incredibly painful", "severe_muscle_pain", P),
    ("both calves extremely sore and tender all over today", "severe_muscle_pain", P),
    ("my legs are unbearably sore after the statin was doubled", "severe_muscle_pain", P),
    ("my calf is a bit sore after the gym", "severe_muscle_pain", U),
]


@pytest.mark.parametrize(("text", "finding", "want"), CASES)
def test_walking_pain_and_severe_pain(
    text: str, finding: str, want: FindingStatus, real_kb: KnowledgeBase
) -> None:
    assert _status(text, finding, real_kb) is want
