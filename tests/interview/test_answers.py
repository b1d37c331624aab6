"""Answers become findings; bad answers get one plain sentence."""

from __future__ import annotations

import pytest

from legtwitch.domain import FindingStatus
from legtwitch.errors import InputError
from legtwitch.interview.answers import findings_from_answer, merge, normalise_answer
from legtwitch.knowledge.base import KnowledgeBase

P, A, U = FindingStatus.PRESENT, FindingStatus.ABSENT, FindingStatus.UNKNOWN


def test_yes_no(tiny_kb: KnowledgeBase) -> None:
    q = tiny_kb.questions["pain"]
    assert findings_from_answer(q, "yes") == {"pain": P}
    assert findings_from_answer(q, False) == {"pain": A}
    assert findings_from_answer(q, "dont_know") == {}
    with pytest.raises(InputError, match="must be yes, no or dont_know"):
        findings_from_answer(q, "maybe")


def test_multi_unticked_options_are_absent(tiny_kb: KnowledgeBase) -> None:
    q = tiny_kb.questions["kind"]
    assert findings_from_answer(q, ["twitch"]) == {"twitch": P, "cramp": A}
    assert findings_from_answer(q, []) == {"twitch": A, "cramp": A}
    assert findings_from_answer(q, "none") == {"twitch": A, "cramp": A}
    assert findings_from_answer(q, "twitch, cramp") == {"twitch": P, "cramp": P}
    with pytest.raises(InputError, match="'spasm' is not an option of 'kind'"):
        findings_from_answer(q, ["spasm"])


def test_choice(tiny_kb: KnowledgeBase) -> None:
    q = tiny_kb.questions["duration"]
    assert findings_from_answer(q, "long") == {"night": P}
    with pytest.raises(InputError, match="must be one of short, long"):
        findings_from_answer(q, "forever")


def test_number_bands_and_impossible_values(tiny_kb: KnowledgeBase) -> None:
    q = tiny_kb.questions["age"]
    assert findings_from_answer(q, 30) == {"old": A}
    assert findings_from_answer(q, "60") == {"old": P}
    for bad in (400, -1, "forty", float("nan")):
        with pytest.raises(InputError):
            findings_from_answer(q, bad)
    with pytest.raises(InputError, match="between 16 and 110 years; 400 is not possible"):
        normalise_answer(q, 400)


def test_merge_unknown_never_erases() -> None:
    assert merge({"a": P}, {"a": U, "b": U}) == {"a": P, "b": U}
    assert merge({"a": P}, {"a": A}) == {"a": A}
