"""Round 9C (docs/nlp.md, nlp/durations.py): a duration belongs to its symptom. A time said of an
event, a medicine, a job, a move, a relationship or someone's age is not how long the symptom has
lasted; a recent event's time only bounds it (never sudden onset). Sentences written for these
tests, through the real pipeline and knowledge base."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from legtwitch.domain.findings import FindingStatus
from legtwitch.knowledge.base import KnowledgeBase
from legtwitch.nlp import extract
from legtwitch.nlp.duration_words import duration_words
from legtwitch.nlp.lexicon import lay
from reading import TODAY, A, P, U

LONG, SUDDEN = "duration_over_2_weeks", "sudden_onset"


def _read(text: str, kb: KnowledgeBase) -> tuple[FindingStatus, FindingStatus]:
    x = extract(text, kb, TODAY)
    return x.status_of(LONG), x.status_of(SUDDEN)


# Not the symptom's: each of these also names a symptom, whose duration stays unknown.
@pytest.mark.parametrize(
    "text",
    [
        "my mum has lived with us since the spring, and my calves twitch at night",
        "been on lithium for years and my thighs twitch",
        "started a new job 3 weeks ago, my calves twitch in the evening",
        "moved house in March and my legs twitch",
        "We moved house 3 weeks ago and my calves twitch",
        "I've been married 20 years now and my feet tingle",
        "I've been a nurse for 15 years and my calves twitch at night",
        "my son is about 3 months old and my calves twitch",
        "the cold lasted a week, now my calf twitches",
        # our own
        "vegan for 4 years, and my calves cramp after running",
        "I'm on sertraline since March and my legs twitch",
        "we have been together for 6 years, my feet tingle at night",
        "I got lost on a road I've driven for 20 years and my legs twitch",
        "I've known my GP for 10 years and my legs twitch",
        "I broke my leg 3 weeks ago and my calf twitches",
        "my calves twitch. I've been a nurse for 15 years.",
        "I've had a cold for 3 weeks and feel rotten",  # near miss: no symptom at all
    ],
)
def test_a_time_of_something_else_is_not_the_symptoms(text: str, real_kb: KnowledgeBase) -> None:
    assert _read(text, real_kb) == (U, U)


# A recent event's time bounds the symptom's (it came after): not over two weeks, and never
# sudden onset from it.
@pytest.mark.parametrize(
    "text",
    [
        "Got over a cold about ten days ago and this week I've had pins and needles in both feet",
        "the cold lasted for a week, now my calf twitches",
        "had knee surgery 10 days ago and my calf keeps twitching",
        "We had a baby 12 days ago and my thighs twitch whenever I sit down",
        "I had a cold, it lasted for a week, and my calves twitch",  # "it" is the cold
    ],
)
def test_a_recent_event_only_bounds_the_symptom(text: str, real_kb: KnowledgeBase) -> None:
    assert _read(text, real_kb) == (A, U)


@pytest.mark.parametrize(
    ("text", "long", "sudden"),
    [
        ("my calf has been twitching for about a month now", P, A),
        ("twitching in my left thigh since Sunday", A, P),
        ("my calves have been twitching the past 6 weeks", P, A),
        ("My left calf twitches. It started 3 days ago.", A, P),
        ("Twitching in my right calf. 3 weeks now.", P, A),
        ("Twitching in my calves, 6 weeks now, no pain", P, A),
        ("the twitching has been going on for 5 weeks", P, A),
        ("my thigh has been jumping on and off since March", P, A),
        ("my legs have twitched since I had covid 3 weeks ago", P, A),
        ("had the flu 3 weeks ago and since then my calves twitch every day", P, A),
        ("started sertraline 6 weeks ago and the twitching started shortly after", P, A),
        ("For two days I've had pins and needles in both feet", A, P),
        ("my calves have twitched since I started a new job 3 weeks ago", P, A),
        ("The twitching in my thigh has lasted for 3 weeks", P, A),
        ("calf twitching. been about 6 weeks", P, A),
        ("something has felt off in my leg for 3 weeks", P, A),  # only a leg word: its symptom's
        # two times compete: the symptom's wins over the event's
        ("Had a cold two weeks ago. For two days I've had pins and needles in both feet", A, P),
        ("been on lithium for years, my calves have twitched for 3 days", A, P),
    ],
)
def test_the_symptoms_own_time(
    text: str, long: FindingStatus, sudden: FindingStatus, real_kb: KnowledgeBase
) -> None:
    assert _read(text, real_kb) == (long, sudden)


def test_groups_named_in_the_data_exist(real_kb: KnowledgeBase) -> None:
    words = duration_words()
    groups = {f.group for f in real_kb.findings.values()}
    named = {*words.symptom_groups, *words.event_groups, *words.site_groups}
    assert named <= groups
    assert words.site_slot in lay().slots


def test_c077_sentence_end_to_end() -> None:
    """The golden case c077's blind text, end to end: the cold's ten days are not the tingling's,
    so sudden onset is not denied (the early Guillain-Barre pattern stays open)."""
    text = (
        "44M. Got over a cold about ten days ago and this week I've had pins and needles in both "
        "feet and my fingertips, my legs feel a bit weak and I'm slightly wobbly on my feet."
    )
    r = subprocess.run(
        [sys.executable, "-m", "legtwitch", "parse", "--text", text, "--format", "json"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert r.returncode == 0, r.stderr
    found = {f["id"]: f for f in json.loads(r.stdout)["findings"]}
    assert SUDDEN not in found or found[SUDDEN]["status"] != "absent"
    assert found["recent_infection"]["status"] == "present"
    assert found["numbness_tingling"]["status"] == "present"
    # round 10C: "this week" is the tingling's own start early in the week (at most 4 days: sudden
    # onset, not over 2 weeks); later in the week only the cold's ten days bound it
    assert found[LONG]["status"] == "absent"
