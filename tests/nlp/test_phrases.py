"""Phrase syntax (`..` gaps, clitics) and inabilities, through the real pipeline."""

from __future__ import annotations

from datetime import date

import pytest

from legtwitch.domain.findings import FindingStatus
from legtwitch.knowledge.base import KnowledgeBase
from legtwitch.nlp import extract
from legtwitch.nlp.phrases import compile_phrase, is_plain

P, A, U = FindingStatus.PRESENT, FindingStatus.ABSENT, FindingStatus.UNKNOWN
TODAY = date(2026, 11, 24)


def test_gap_syntax_compiles_to_a_bounded_clause_bound_wildcard() -> None:
    assert not is_plain("pain .. down")
    assert is_plain("a.l.s")
    (pattern,) = compile_phrase("pain .. down", str.split, {"gap_stop": ["not"]})
    gap, after = pattern[1], pattern[2]
    assert gap["OP"].startswith("{0,") and gap["IS_SENT_START"] is False
    assert gap["LOWER"] == {"NOT_IN": ["not"]}
    assert after["IS_SENT_START"] is False and "_gap" not in gap


def test_a_lone_clitic_stays_one_token() -> None:
    def tokenize(s: str) -> list[str]:
        return ["n", "'", "t"] if s == "n't" else s.split()  # what spaCy does to a lone "n't"

    (pattern,) = compile_phrase("pee not|n't dark", tokenize, {})
    assert pattern[1] == {"LOWER": {"IN": ["n't", "not"]}}


@pytest.mark.parametrize(
    ("text", "fid", "status"),
    [
        ("pain shooting down my leg", "radiating_leg_pain", P),  # word order
        ("my wee came out brown", "dark_urine", P),  # a gap of two words
        ("my pee is not dark", "dark_urine", A),
        ("my pee isn't brown", "dark_urine", A),  # the clitic negates inside the match
        ("my pee, which is normal, is brown", "dark_urine", U),  # a gap never crosses a clause
        # nor a relative's (the writer's own symptoms follow: convention 5)
        ("my dad's pee was brown, I only twitch", "dark_urine", U),
        ("if my pee goes dark I'll call", "dark_urine", U),
        ("I'm scared my muscles will start wasting away", "muscle_wasting", U),
        ("I read that swallowing problems are a sign of ALS", "speech_swallowing_change", U),
        ("I can't feel my toes anymore", "numbness_tingling", P),  # a new loss, not an ended one
        ("I don't trip anymore", "functional_weakness", A),
    ],
)
def test_gapped_phrases_keep_context(
    text: str, fid: str, status: FindingStatus, real_kb: KnowledgeBase
) -> None:
    assert extract(text, real_kb, TODAY).status_of(fid) is status
