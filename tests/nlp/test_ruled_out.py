"""A bare "ruled out" with nothing after it points back at the two words before it (lay.yaml's
context rules, session 7): "bladder infection ruled out, but ..." denies the infection, a disease
"ruled out" is not feared, and a symptom further back in the sentence keeps its status.
"ruled out a DVT" is still the forward rule. Sentences written for this test, through the real
pipeline and knowledge base."""

from __future__ import annotations

import pytest

from legtwitch.domain.findings import FindingStatus
from legtwitch.knowledge.base import KnowledgeBase
from reading import A, P, U
from reading import status as _status

CASES = [
    # pointing back: the thing just named is ruled out
    ("Bladder infection ruled out, but my calves keep twitching", "recent_infection", A),
    ("Infection ruled out and my calves twitch", "recent_infection", A),
    ("chest infection ruled out by the GP. my thighs still jump", "recent_infection", A),
    ("MS ruled out by MRI, calves still twitching", "health_anxiety", U),
    # the writer's own symptoms around it keep their status
    ("Bladder infection ruled out, but my calves keep twitching", "fasciculation", P),
    ("my legs are weak, MS ruled out.", "weakness", P),
    ("MS ruled out but my legs are weak", "weakness", P),
    ("my calf is swollen and red. DVT ruled out. still sore", "calf_swelling", P),
    # near misses: "ruled out" with its object after it is the forward rule
    ("My left calf is swollen and red, the doctor ruled out a DVT", "calf_swelling", P),
    ("they ruled out a clot, my calf still twitches", "fasciculation", P),
]


@pytest.mark.parametrize(("text", "finding", "want"), CASES)
def test_a_bare_ruled_out_points_back(
    text: str, finding: str, want: FindingStatus, real_kb: KnowledgeBase
) -> None:
    assert _status(text, finding, real_kb) is want
