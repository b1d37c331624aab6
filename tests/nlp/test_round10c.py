"""Round 10C (docs/nlp.md): when a symptom started. The lead's conventions 9-11 with sentences of
our own, the duration forms the count regexes never read ("on Friday", "in September", "5 wks",
"this week", "over the weekend", "a fortnight", "since Xmas", "since the 3rd"), near misses, and
"started a new job" that is no medicine. Through the real pipeline and knowledge base; `today` is
a Wednesday (2026-11-25)."""

from __future__ import annotations

from datetime import date

import pytest

from legtwitch.domain.findings import FindingStatus
from legtwitch.knowledge.base import KnowledgeBase
from legtwitch.nlp import extract
from legtwitch.nlp.start_times import calendar, is_calendar, read_days
from reading import A, P, U

LONG, SUDDEN = "duration_over_2_weeks", "sudden_onset"
WEDNESDAY = date(2026, 11, 25)


def _read(text: str, kb: KnowledgeBase, today: date = WEDNESDAY) -> tuple[FindingStatus, ...]:
    x = extract(text, kb, today)
    return x.status_of(LONG), x.status_of(SUDDEN)


# (text, duration_over_2_weeks, sudden_onset)
@pytest.mark.parametrize(
    ("text", "long", "sudden"),
    [
        # convention 9: a start of at most 4 days is sudden and not over 2 weeks ...
        ("my shin has been flickering since Sunday", A, P),
        ("pins and needles in both soles, started 3 days ago", A, P),
        # ... 5-14 days is neither ...
        ("my feet have tingled for nine days now", A, A),
        ("the twitch in my thigh started a week ago", A, A),
        # ... more than 14 days is over 2 weeks and not sudden
        ("pins and needles in my toes for a month", P, A),
        ("my calves have jumped about for months", P, A),  # a lay phrase of a long time
        # no start given: both unknown
        ("my calves twitch at night and my feet tingle", U, U),
        # convention 10: a recent event's time, the symptom's own start not given
        ("had a tummy bug a week ago and now my calves twitch", A, U),
        ("I ran a half marathon on Sunday and my thighs are twitching", A, U),
        ("after the long drive on Saturday my left calf aches", A, U),
    ],
)
def test_conventions_9_and_10(
    text: str, long: FindingStatus, sudden: FindingStatus, real_kb: KnowledgeBase
) -> None:
    assert _read(text, real_kb) == (long, sudden)


@pytest.mark.parametrize(
    "text",
    [
        "the practice nurse tested my urine and it was clear, my calves twitch",
        "wee sample at the surgery came back normal, no infection",
        "they dipped my pee and found nothing, just the twitchy thighs",
    ],
)
def test_convention_11_a_normal_urine_test_says_nothing_of_the_bladder(
    text: str, real_kb: KnowledgeBase
) -> None:
    assert extract(text, real_kb, WEDNESDAY).status_of("bladder_bowel_change") is U


# the new forms, on a Wednesday: Friday is 5 days back, Monday 2, the 3rd 22, Christmas 335
@pytest.mark.parametrize(
    ("text", "long", "sudden"),
    [
        ("my calf started twitching on Friday", A, A),
        ("the twitches in my left foot began last Monday", A, P),
        ("Saturday my toes went tingly and now it's my ankles", A, P),
        ("the flickering in my feet began in September", P, A),
        ("my thigh has jumped since mid October", P, A),
        ("both calves twitching 5 wks", P, A),
        ("- twitching L calf 6 wks\n- no back pain", P, A),
        ("3 months on and my thigh still twitches", P, A),
        ("6 weeks of flickering in my right calf", P, A),
        ("my quads have been jumping this week", A, P),
        ("my feet started tingling over the weekend", A, P),
        ("calf twitching for a fortnight", A, A),
        ("twitchy legs since Xmas", P, A),
        ("my foot has twitched since the 3rd", P, A),
        ("my foot has twitched since the 23rd", A, P),
        ("calves flickering since bonfire night", P, A),
        ("twitching in my calf for this past week", A, A),
    ],
)
def test_new_duration_forms(
    text: str, long: FindingStatus, sudden: FindingStatus, real_kb: KnowledgeBase
) -> None:
    assert _read(text, real_kb) == (long, sudden)


@pytest.mark.parametrize(
    "text",
    [
        "on Friday I start a new job and my calves twitch",  # a day to come
        "in September I turned 40, and my calves twitch",  # a birthday is not the start
        "I'll see the GP on Monday about my twitchy calves",
        "I had a stomach bug last week",  # an event with no symptom to bound
        "I fainted twice this week",  # a count of episodes, not a start
        "I fainted yesterday",  # an episode's day, not the start of something lasting
        "I run 3 times a week.",  # a rate, not a time
        "my GP wants to see me in 2 weeks.",  # a time to come
    ],
)
def test_near_misses_read_no_start(text: str, real_kb: KnowledgeBase) -> None:
    assert _read(text, real_kb) == (U, U)


@pytest.mark.parametrize(
    ("text", "med"),
    [
        ("started a new job 3 weeks ago and my calves twitch", U),
        ("we started a new routine at the gym and my quads twitch", U),
        ("starting a new school next week, legs twitching", U),
        ("started a new tablet last week and now my legs twitch", P),
        ("began the new pills on Monday, legs restless since", P),
        ("I started a new statin in September and my thighs ache", P),
    ],
)
def test_a_new_job_is_no_medicine(text: str, med: FindingStatus, real_kb: KnowledgeBase) -> None:
    assert extract(text, real_kb, WEDNESDAY).status_of("med_recent_change") is med


@pytest.mark.parametrize(
    ("text", "today", "days"),
    [
        ("since thursday", WEDNESDAY, 6),
        ("since wednesday", WEDNESDAY, 7),  # today's weekday: a week ago
        ("this week", date(2026, 11, 23), 0),  # a Monday
        ("this week", date(2026, 11, 29), None),  # a Sunday: could be 6 days or 1
        ("over the weekend", date(2026, 11, 24), 2),  # a Tuesday: Sunday was 2 days ago
        ("since the 30th", date(2026, 3, 2), 1),  # February has no 30th: read as nothing ...
        ("since the 28th", date(2026, 3, 2), 2),  # ... the 28th of February is
        ("since the 2nd", date(2026, 3, 2), 0),
        ("in december", date(2026, 3, 2), 91),  # last year's December
        ("since the end of october", WEDNESDAY, 31),
    ],
)
def test_read_days(text: str, today: date, days: float | None) -> None:
    got = read_days(text, today)
    if text == "since the 30th":  # the 30th of last month does not exist
        assert got is None
    else:
        assert got == days


def test_calendar_words() -> None:
    cal = calendar()
    assert cal.week_starts in cal.weekdays and cal.weekend_ends in cal.weekdays
    assert is_calendar("on friday") and is_calendar("in september") and is_calendar("this week")
    assert not is_calendar("for 3 weeks") and not is_calendar("2 days ago")
