"""A clause with no subject of its own goes on with the clause before it (nlp/continued.py):
another person's symptoms after "and now has" are not the writer's. Sentences written for this
test (round 9B's report found the class), through the real pipeline and knowledge base."""

from __future__ import annotations

import pytest

from legtwitch.domain.findings import FindingStatus
from legtwitch.knowledge.base import KnowledgeBase
from reading import P, U
from reading import status as _status

CASES = [
    # someone else's, after the writer's own symptoms
    (
        "My calves twitch all day. My friend fell off a horse and now has foot drop.",
        "functional_weakness",
        U,
    ),
    (
        "my calf twitches and my mate was in hospital and now has trouble swallowing",
        "speech_swallowing_change",
        U,
    ),
    (
        "thighs jumping for weeks. my uncle had a stroke and then couldn't lift his foot",
        "functional_weakness",
        U,
    ),
    ("my legs twitch, my boss got covid and still can't walk far", "functional_weakness", U),
    # a relative (RELATIVE, not only a parent or sibling)
    (
        "my calves twitch all day. my cousin fell off a ladder and now has foot drop",
        "functional_weakness",
        U,
    ),
    (
        "my calves twitch. my nan had a fall and now can't swallow properly",
        "speech_swallowing_change",
        U,
    ),
    # the writer's own stays the writer's
    ("I fell off a horse and now have foot drop", "functional_weakness", P),
    ("my friend fell off a horse and now I have foot drop", "functional_weakness", P),
    ("I had covid and now can't climb the stairs", "functional_weakness", P),
]


@pytest.mark.parametrize(("text", "finding", "want"), CASES)
def test_a_subjectless_clause_goes_on_with_the_one_before(
    text: str, finding: str, want: FindingStatus, real_kb: KnowledgeBase
) -> None:
    assert _status(text, finding, real_kb) is want
