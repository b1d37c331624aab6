"""One side's arm and face (or arm and leg) gone numb, weak or dead together is stroke signs
whichever part is named first (lay.yaml, session 8: "my right arm and face feel numb" had been read
only by the red-flag model, and not at all with a second clause after it). Sentences written for
this test, through the real pipeline and knowledge base."""

from __future__ import annotations

import pytest

from legtwitch.domain.findings import FindingStatus
from legtwitch.knowledge.base import KnowledgeBase
from reading import A, P, U
from reading import status as _status

CASES = [
    ("my right arm and face feel numb and my words come out wrong", P),
    ("since yesterday my right arm and face feel numb and my words come out wrong", P),
    ("his left arm and face went dead an hour ago", P),
    ("her right arm and leg suddenly went heavy", P),
    # its status is still ConText's
    ("no numbness in my right arm and face", A),
    ("my dad's left arm and face went numb last year before his stroke", U),
    ("if my right arm and face went numb I would call 999", U),
    # near misses: the same parts, nothing gone numb, weak or dead
    ("my left arm and face are sunburnt", U),
    ("my right arm and shoulder ache from tennis", U),
]


@pytest.mark.parametrize(("text", "want"), CASES)
def test_one_sides_arm_and_face(text: str, want: FindingStatus, real_kb: KnowledgeBase) -> None:
    assert _status(text, "stroke_signs", real_kb) is want
