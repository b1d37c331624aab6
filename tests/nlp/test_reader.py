"""Statuses, values and bad input, through the real pipeline and knowledge base."""

from __future__ import annotations

import logging
from datetime import date

import pytest

from legtwitch.domain.findings import FindingStatus
from legtwitch.knowledge.base import KnowledgeBase
from legtwitch.nlp import extract
from legtwitch.nlp.lexicon import quantities
from legtwitch.nlp.vocabulary import check_ids

P, A, U = FindingStatus.PRESENT, FindingStatus.ABSENT, FindingStatus.UNKNOWN
TODAY = date(2026, 11, 24)


def test_reader_data_names_only_real_findings(real_kb: KnowledgeBase) -> None:
    check_ids(real_kb)
    q = quantities()
    assert all(n.source or n.estimate for _, n in q.sourced())


def test_evidence_offsets_point_at_the_words(real_kb: KnowledgeBase) -> None:
    text = "My dad had ALS. My left calf twitches, no weakness, 5 coffees a day."
    x = extract(text, real_kb, TODAY)
    for f in x.findings:
        assert text[f.evidence.start : f.evidence.end] == f.evidence.text
    assert x.status_of("family_history_mnd") is P
    assert x.status_of("weakness") is A
    assert x.status_of("high_caffeine") is P
    assert "480" in (x.finding("high_caffeine").note or "")  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("text", "fid", "status"),
    [
        ("3 coffees a day", "high_caffeine", A),
        ("5 coffees a day", "high_caffeine", P),
        ("I sleep 6 hours", "short_sleep", P),
        ("I sleep 7 hours", "short_sleep", A),
        ("twitching for 15 days", "duration_over_2_weeks", P),
        ("twitching for 14 days", "duration_over_2_weeks", A),
        ("twitching since March", "duration_over_2_weeks", P),
        ("twitching since yesterday", "sudden_onset", P),
        ("once a week", "frequent_episodes", A),
        ("twice a week", "frequent_episodes", P),
    ],
)
def test_values_cross_the_sourced_cut_offs(
    real_kb: KnowledgeBase, text: str, fid: str, status: FindingStatus
) -> None:
    assert extract(text, real_kb, TODAY).status_of(fid) is status


def test_answers_override_nothing_here_but_are_read(real_kb: KnowledgeBase) -> None:
    x = extract("F29, feet tingling", real_kb, TODAY)
    assert x.answer_values() == {"age": 29, "sex": "female"}


def test_conflicting_red_flag_is_kept_present_and_reported(real_kb: KnowledgeBase) -> None:
    x = extract("No chest pain. Actually I do get chest pain when I breathe in.", real_kb, TODAY)
    assert x.status_of("chest_pain") is P
    assert [c.finding_id for c in x.conflicts] == ["chest_pain"]


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   \n\t ",
        "\x00\x01\x02\xff\xfe binary \x00\x00",
        "Me tiemblan las piernas desde hace semanas",
        "ふくらはぎがぴくぴくする",
        "😱😱😱🦵🦵",
        "lorem ipsum dolor sit amet " * 4000,  # ~100 KB
    ],
)
def test_bad_or_foreign_input_gets_a_plain_message(real_kb: KnowledgeBase, text: str) -> None:
    x = extract(text, real_kb, TODAY)
    assert x.findings == ()
    assert x.message


def test_long_text_is_read_whole(real_kb: KnowledgeBase) -> None:
    text = "I went for a walk today. " * 4000 + "My calf twitches every night."
    x = extract(text, real_kb, TODAY)
    assert x.status_of("fasciculation") is P


def test_text_never_reaches_the_logs(
    real_kb: KnowledgeBase, caplog: pytest.LogCaptureFixture, capfd: pytest.CaptureFixture[str]
) -> None:
    secret = "zqxjv twitching calf since my divorce"
    with caplog.at_level(logging.DEBUG):
        extract(secret, real_kb, TODAY)
    out, err = capfd.readouterr()
    assert "zqxjv" not in caplog.text + out + err
