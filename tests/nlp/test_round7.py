"""Round 7 (docs/nlp.md): the general faults behind held-out 8's hard-rule breaches and missed red
flags, through the real pipeline and knowledge base, on sentences written for these tests (near
variants of the faults, not the set's own sentences), with ordinary sentences of the same shape
that must not change."""

from __future__ import annotations

import pytest

from legtwitch.domain.findings import FindingStatus
from legtwitch.knowledge.base import KnowledgeBase
from legtwitch.nlp import extract
from reading import TODAY, A, P, U
from reading import status as _status


@pytest.mark.parametrize(
    ("text", "fid", "status"),
    [
        # a figure of speech with a finding's word in it reads as nothing (lay.yaml `figures`)
        ("been wasting my nights on forums about twitching", "muscle_wasting", U),
        ("I'm wasting so much time googling symptoms", "muscle_wasting", U),
        ("stop wasting money on magnesium, my calves still twitch", "muscle_wasting", U),
        ("the muscle in my calf is wasting", "muscle_wasting", P),
        ("there's wasting in my left thigh", "muscle_wasting", P),
        ("no wasting anywhere, just twitches", "muscle_wasting", A),
        ("the physio checked for wasting and found none", "muscle_wasting", A),
        # a finding that is part of another the sentence states (lay.yaml `part_of`)
        ("all of a sudden I was talking nonsense and the left side of my face drooped", "confusion", U),
        ("all of a sudden I was talking nonsense and the left side of my face drooped", "stroke_signs", P),
        ("I keep talking nonsense and get confused all week", "confusion", P),
        ("I'm talking nonsense lately. My face droops on one side.", "confusion", P),
    ],
)
def test_held_out_8_breach_faults(
    text: str, fid: str, status: FindingStatus, real_kb: KnowledgeBase
) -> None:
    assert _status(text, fid, real_kb) == status


def test_a_part_is_set_aside_with_its_reason(real_kb: KnowledgeBase) -> None:
    x = extract("suddenly I was talking gibberish and one side of my face went numb", real_kb, TODAY)
    assert any(s.reason == "part of another finding" for s in x.set_aside)
