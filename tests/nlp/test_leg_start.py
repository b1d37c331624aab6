"""When a leg symptom has a time of its own, the time of a symptom elsewhere (slurring, a bladder
change, breathlessness, a faint) does not contradict it (durations.yaml `elsewhere`, session 8);
with no leg symptom dated, that time still dates the symptom, as the labelled sets have it.
Sentences written for this test, through the real pipeline and knowledge base."""

from __future__ import annotations

import pytest

from legtwitch.domain.findings import FindingStatus
from legtwitch.knowledge.base import KnowledgeBase
from reading import A, P, U
from reading import status as _status

LONG, SUDDEN = "duration_over_2_weeks", "sudden_onset"

CASES = [
    # the legs' own time wins over the newer symptom's
    ("my calves have twitched for months, and since Monday I can't hold my wee", LONG, P),
    ("my calves have twitched for months, and since Monday I can't hold my wee", SUDDEN, A),
    ("twitching calves for 3 weeks, since yesterday I feel short of breath lying down", LONG, P),
    ("My words have been coming out thick for a fortnight. Thigh twitches for 3 months.", LONG, P),
    ("both thighs jumping for 6 weeks now, and two days ago I started choking on water", SUDDEN, A),
    # no leg symptom dated: the only time there is still dates it
    ("since yesterday I've been slurring my words", SUDDEN, P),
    ("since yesterday I've been slurring my words", LONG, A),
    # an event elsewhere tied to the legs by a link word dates them, as before
    ("I fainted 3 weeks ago and since then my legs have twitched", LONG, P),
    # no time at all
    ("my calves twitch and I can't hold my wee", LONG, U),
]


@pytest.mark.parametrize(("text", "finding", "want"), CASES)
def test_the_legs_own_time_wins(
    text: str, finding: str, want: FindingStatus, real_kb: KnowledgeBase
) -> None:
    assert _status(text, finding, real_kb) is want
