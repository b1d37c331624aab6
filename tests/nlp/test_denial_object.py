"""A denial that has had its own object ends at the comma after it (nlp/match_status.py, session
7): "no supplements, tingling feet" denies the supplements, not the tingling; "no pain, tingling or
weakness" still denies all three (the first thing after "no" is a finding, so the list goes on).
And "sleeping well" is no daytime sleepiness (lay.yaml normal_only). Sentences written for this
test, through the real pipeline and knowledge base."""

from __future__ import annotations

import pytest

from legtwitch.domain.findings import FindingStatus
from legtwitch.knowledge.base import KnowledgeBase
from reading import A, P
from reading import status as _status

CASES = [
    # the denial's object was not a finding: what follows the comma is stated
    ("Vegan for 2 yrs, no supplements, tingling feet and calf twitches", "numbness_tingling", P),
    ("no real issues, just tingling in my feet", "numbness_tingling", P),
    ("No I don't choke, no I don't slur, yes my calves twitch.", "fasciculation", P),
    ("no meds at the moment, calves cramping every night", "cramp", P),
    # near misses: a list of findings after the denial stays denied
    ("no pain, tingling or weakness", "numbness_tingling", A),
    ("no pain, tingling or weakness", "weakness", A),
    ("I don't have weakness, numbness or trouble walking", "numbness_tingling", A),
    # "sleeping well" is a denial, not the sleepiness "sleeping" once matched
    ("calves twitch, sleeping well", "daytime_sleepiness", A),
    ("so sleepy all day, calves twitch", "daytime_sleepiness", P),
]


@pytest.mark.parametrize(("text", "finding", "want"), CASES)
def test_a_denial_with_its_own_object_ends_at_the_comma(
    text: str, finding: str, want: FindingStatus, real_kb: KnowledgeBase
) -> None:
    assert _status(text, finding, real_kb) is want
