"""Round 11B (docs/nlp.md, docs/nlp-rounds.md): red-flag recall by classes of wording, each with
wordings of our own (never the labelled sentences) and a near miss that must not read the red
flag. Through the real pipeline, knowledge base and red-flag model."""

from __future__ import annotations

from datetime import date

import pytest

from legtwitch.domain.findings import FindingStatus
from legtwitch.knowledge.base import KnowledgeBase
from legtwitch.nlp import extract
from reading import A, P, U
from reading import status as _status

CASES = [
    # getting up off a seat (also said for someone), the loo, the bed; keys dropped; the bannister
    ("I struggle to get up off the toilet these days", "functional_weakness", P),
    (
        "Writing for my dad, 80: he can't rise from his armchair without help",
        "functional_weakness",
        P,
    ),
    ("I need the handrail to get upstairs now and my thighs twitch", "functional_weakness", P),
    ("my husband keeps dropping his cup and his calves twitch", "functional_weakness", P),
    ("I can't stand up from the bed without holding on", "functional_weakness", P),
    ("I can't get out of bed in the mornings, I'm so tired", "functional_weakness", U),
    ("can't get up off the couch, this film is too good", "functional_weakness", U),
    # a body part after another over days (ascending weakness)
    (
        "Friday my feet went numb, Saturday it was my ankles and now it's up to my knees",
        "ascending_weakness",
        P,
    ),
    ("first my toes felt dead, then it was my shins", "ascending_weakness", P),
    ("the tingling is now up to both thighs", "ascending_weakness", P),
    (
        "my feet went numb on Monday and the numbness got into my knees by Wednesday",
        "ascending_weakness",
        P,
    ),
    ("my toes went numb in the cold, then my calves cramped", "ascending_weakness", U),
    # a seizure told by a witness
    (
        "My girlfriend says I went stiff and jerked on the sofa for a minute",
        "loss_of_consciousness",
        P,
    ),
    ("At work I went stiff and then shook all over", "loss_of_consciousness", P),
    ("I went stiff, started shaking and wouldn't respond to anyone", "loss_of_consciousness", P),
    ("my calf went stiff and jerked during the night", "loss_of_consciousness", U),
    ("I rang my brother and he didn't answer me, my calves twitch", "loss_of_consciousness", U),
    # not knowing the way home, not recognising us, talking rubbish
    ("last week I couldn't remember how to get home from the shops", "confusion", P),
    ("I didn't know my way home from the station yesterday", "confusion", P),
    ("I forgot where I'd parked and how to get home", "confusion", P),
    ("I know the way home from here with my eyes shut", "confusion", U),
    # not feeling the need; nothing comes out on the toilet's other names; a toilet denial
    ("I can't tell when I need a wee, my calves twitch", "bladder_bowel_change", P),
    ("I can't tell if my left calf is thinner", "muscle_wasting", U),
    ("haven't been able to feel when I need the loo", "bladder_bowel_change", P),
    ("sat on the bog for ages and hardly anything came out", "bladder_bowel_change", P),
    ("no trouble going to the toilet, just twitchy calves", "bladder_bowel_change", A),
    ("I have problems with the toilet at work, it's always dirty", "bladder_bowel_change", U),
    # food that stops in the throat and needs water to go down
    ("meat stops in my throat halfway down", "speech_swallowing_change", P),
    ("I have to sip water to force my food down", "speech_swallowing_change", P),
    ("I need a glass of water to take my tablets", "speech_swallowing_change", U),
    # waking gasping
    ("keep waking at 3am choking", "breathing_difficulty", P),
    ("I woke in the night gasping", "breathing_difficulty", P),
    ("I wake in the night with my calves twitching", "breathing_difficulty", U),
    # urine that comes out like a dark drink
    ("my pee comes out like cola after a hard session", "dark_urine", P),
    ("the wee came out like strong tea this morning", "dark_urine", P),
    ("my pee comes out like water, so clear", "dark_urine", U),
    # a side word between "swollen" and the leg part
    ("I've got a swollen left calf and it aches", "calf_swelling", P),
    ("there's a hot, puffy right calf since the flight", "calf_swelling", P),
    ("I've a swollen left eye from hay fever", "calf_swelling", U),
    # a change told as then and now
    ("two months ago I could run up the hill, now I can barely walk it", "progressive_weakness", P),
    ("I used to squat 100kg, but now I struggle with the bar", "progressive_weakness", P),
    ("in June I could jump on the trampoline, now I can't", "progressive_weakness", P),
    ("I used to drink five coffees, now I can't sleep", "progressive_weakness", U),
    ("I could run 10k in the summer, now I can run 15k", "progressive_weakness", U),
    ("no weakness that's getting worse, just twitches", "progressive_weakness", A),
    # a denial after someone's reported words denies those words, not the symptom before them
    (
        "my words come out slurred and my husband thinks I've been drinking, I haven't",
        "speech_swallowing_change",
        P,
    ),
    ("I keep tripping, my wife reckons I'm drunk, I'm not", "functional_weakness", P),
    ("They asked if my speech was slurred. It isn't.", "speech_swallowing_change", A),
    ("my foot drags, I'm not", "functional_weakness", A),
    # "not a stroke"
    ("the paramedic said it wasn't a stroke", "stroke_signs", A),
    ("definitely not a stroke, just twitchy calves", "stroke_signs", A),
    ("I'm terrified it's a stroke", "stroke_signs", U),
    # "ruled out" as the text's last words, with no full stop
    ("twitching calves for months, foot drop ruled out", "functional_weakness", A),
    ("saw the neuro and wasting ruled out", "muscle_wasting", A),
    ("my foot drags and the neuro ruled out MS", "functional_weakness", P),
    # a measurement reported as the same on both sides
    ("the GP measured both my calves, same size", "muscle_wasting", A),
    ("I measured my thighs with a tape measure, identical", "muscle_wasting", A),
    ("I measured my calves, the twitching is the same", "muscle_wasting", U),
]


@pytest.mark.parametrize(("text", "finding", "want"), CASES)
def test_round_11b_readings(
    text: str, finding: str, want: FindingStatus, real_kb: KnowledgeBase
) -> None:
    assert _status(text, finding, real_kb) is want


LONG, SUDDEN = "duration_over_2_weeks", "sudden_onset"
WEDNESDAY = date(2026, 11, 25)


@pytest.mark.parametrize(
    ("text", "today", "long", "sudden"),
    [
        ("my calves have twitched since last winter", WEDNESDAY, P, A),
        ("my thighs started twitching in the spring", WEDNESDAY, P, A),
        ("the flickers in my feet began over the summer", WEDNESDAY, P, A),
        ("twitchy calves since last fall", WEDNESDAY, P, A),
        # "last spring" in early spring is the spring before, not a few days ago
        ("my calves have twitched since last spring", date(2026, 3, 3), P, A),
        # near misses: a tumble, an event's time
        ("I hurt my calf in the fall off my bike", WEDNESDAY, U, U),
        ("I went to Spain in the summer and my calves twitch", WEDNESDAY, U, U),
    ],
)
def test_a_season_as_a_start(
    text: str, today: date, long: FindingStatus, sudden: FindingStatus, real_kb: KnowledgeBase
) -> None:
    x = extract(text, real_kb, today)
    assert (x.status_of(LONG), x.status_of(SUDDEN)) == (long, sudden)


def test_the_added_stop_is_never_evidence(real_kb: KnowledgeBase) -> None:
    text = "twitching calves for months, foot drop ruled out"
    x = extract(text, real_kb)
    assert x.findings
    for f in x.findings:
        assert text[f.evidence.start : f.evidence.end] == f.evidence.text
