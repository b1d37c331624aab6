"""Everyday findings in more wordings (lay.yaml, session 6, found on the golden case texts): the
stretch said after the relief, waking with the symptom, "got much worse", and a heart said to be
normal. Sentences written for this test, through the real pipeline and knowledge base, each with
a near miss that must not read."""

from __future__ import annotations

import pytest

from legtwitch.domain.findings import FindingStatus
from legtwitch.knowledge.base import KnowledgeBase
from reading import A, P, U
from reading import status as _status

CASES = [
    ("the cramp eased once I stretched it", "relieved_by_stretching", P),
    ("it stops if I pull my foot up towards me", "relieved_by_stretching", P),
    ("flexing my toes back helps straight away", "relieved_by_stretching", P),
    ("it hurts more when I stretch", "relieved_by_stretching", U),
    ("I woke up with a cramp in my thigh twice this week", "wakes_from_sleep", P),
    ("I woke up with a cramp in my thigh twice this week", "worse_evening_night", P),
    ("I woke up with a sore throat and my calf twitching later", "wakes_from_sleep", U),
    ("the tingling has got a lot worse since March", "getting_worse", P),
    ("my foot pain got slightly better", "getting_worse", U),
    ("my heart feels fine, it's just the twitching", "palpitations", A),
    ("my heart is pounding and my calf twitches", "palpitations", P),
]


@pytest.mark.parametrize(("text", "finding", "want"), CASES)
def test_everyday_wordings(
    text: str, finding: str, want: FindingStatus, real_kb: KnowledgeBase
) -> None:
    assert _status(text, finding, real_kb) is want
