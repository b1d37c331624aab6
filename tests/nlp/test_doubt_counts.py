"""A "maybe" before a count hedges the count only (lay.yaml: the forward "maybe {count}" rule,
nlp/everyday_amounts.approximate). A bare "maybe" still hedges the words on both sides. Sentences
written for this test, through the real pipeline and knowledge base."""

from __future__ import annotations

import pytest

from legtwitch.domain.findings import FindingStatus
from legtwitch.knowledge.base import KnowledgeBase
from reading import A, P, U
from reading import status as _status

CASES = [
    # the words before the count keep their status
    ("my calves cramp up in bed maybe once a month", "cramp", P),
    ("my calves cramp up in bed maybe once a month", "site_calf", P),
    ("my calves cramp up in bed maybe once a month", "worse_evening_night", P),
    ("the thigh twitching comes and goes, maybe twice a week", "fasciculation", P),
    # a rate keeps its doubt (round 8D)
    ("the thigh twitching comes and goes, maybe twice a week", "frequent_episodes", U),
    # an amount after "maybe" is an estimate, read as said
    ("I drink maybe 6 coffees a day and my calf twitches", "high_caffeine", P),
    ("probably drinking maybe 30 units a week at the moment", "heavy_alcohol", P),
    ("sleeping maybe 4 hours a night since the baby came", "short_sleep", P),
    ("maybe 2 cups of tea a day, no coffee", "high_caffeine", A),
    # the doubt covers the count's unit, not what follows it
    ("I can walk maybe twenty minutes before my leg goes weak", "weakness", P),
    # a bare "maybe" still hedges both ways
    ("my calf has been twitching maybe", "fasciculation", U),
    ("maybe my calf is twitching, hard to tell", "fasciculation", U),
]


@pytest.mark.parametrize(("text", "finding", "want"), CASES)
def test_maybe_before_a_count_hedges_the_count_only(
    text: str, finding: str, want: FindingStatus, real_kb: KnowledgeBase
) -> None:
    assert _status(text, finding, real_kb) is want
