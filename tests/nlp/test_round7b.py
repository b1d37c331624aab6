"""Round 7B (docs/nlp.md): precision on near misses 2 (tests/nlp/nearmiss2.yaml). Each class of
fix is tested through the real pipeline and knowledge base on sentences written for these tests
(not taken from the labelled sets), each class with sentences that must still read the red flag,
so a rule that sets everything aside fails."""

from __future__ import annotations

import pytest

from legtwitch.domain.findings import FindingStatus
from legtwitch.knowledge.base import KnowledgeBase
from legtwitch.nlp import extract
from legtwitch.nlp.lexicon import lay
from reading import TODAY, P, U
from reading import status as _status


# Change words count only when their subject is the body or the person (lay.yaml body_subject,
# nlp/subject.py); no subject at all still counts.
@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("the signal on my phone is getting weaker every day", U),
        ("my french keeps getting weaker since I moved", U),
        ("the dollar got weaker again this week", U),
        ("the radio gets weaker and weaker as we drive", U),
        ("the beer here gets weaker every year", U),
        ("my argument got weaker the more I talked", U),
        ("my legs are getting weaker every week", P),
        ("getting weaker every week", P),
        ("I'm getting weaker and weaker", P),
        ("my left leg in particular is getting weaker every month", P),
        ("the strength in my legs is getting weaker", P),
        ("the muscles at the front of my thigh are getting weaker", P),
        ("my legs ache and are getting weaker every week", P),
        ("it's getting weaker every week, the left leg", P),
        ("the weakness keeps getting worse", P),
        ("I am slowly losing the power in my legs", P),
        ("my grip is weakening month by month", P),
        # tiring within one effort is an ordinary cause (explained_by), a change over weeks is not
        ("my arms got weaker every set at the gym", U),
        ("my arms have got weaker every week since the summer", P),
    ],
)
def test_change_words_need_a_body_subject(
    text: str, status: FindingStatus, real_kb: KnowledgeBase
) -> None:
    assert _status(text, "progressive_weakness", real_kb) is status


def test_a_subject_that_is_not_the_body_sets_aside_weakness_too(real_kb: KnowledgeBase) -> None:
    x = extract("the coffee at work is getting weaker every week", real_kb, TODAY)
    assert x.status_of("weakness") is U
    assert [s.reason for s in x.set_aside] == ["said of something other than the body"]


# "it" or "they" as the subject refers back to the nearest symptom named before it in the
# sentence: where the twitching goes is not ascending weakness (lay.yaml said_of).
@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("the twitching began in my feet and now it's in my thighs and knees too", U),
        ("the weakness is spreading up my legs", P),
        ("numbness crept up from my toes to my knees over two days", P),
    ],
)
def test_a_pronoun_refers_back(text: str, status: FindingStatus, real_kb: KnowledgeBase) -> None:
    assert _status(text, "ascending_weakness", real_kb) is status


# Words of a red flag in another meaning (lay.yaml other_meanings): the phrase shares words with
# the red flag's match, so the same word in its own meaning elsewhere still counts.
@pytest.mark.parametrize(
    ("text", "fid", "status"),
    [
        ("we put blackout curtains in the nursery", "loss_of_consciousness", U),
        ("my laptop screen blacked out mid meeting", "loss_of_consciousness", U),
        ("I blacked out the dates in my diary", "loss_of_consciousness", U),
        ("had a fit of laughter at the wedding", "loss_of_consciousness", U),
        ("I blacked out in the kitchen yesterday", "loss_of_consciousness", P),
        ("blacked out the other day at the shops", "loss_of_consciousness", P),
        ("had a fit last night", "loss_of_consciousness", P),
        ("tripped the smoke alarm making toast", "functional_weakness", U),
        ("I trip over my words when I'm nervous", "functional_weakness", U),
        ("I keep tripping over the kerb", "functional_weakness", P),
        ("breathless with anticipation before the results", "breathing_difficulty", U),
        ("the air in the office is stifling", "breathing_difficulty", U),
        ("I can't breathe for laughing at this", "breathing_difficulty", U),
        ("I can't breathe when I lie flat", "breathing_difficulty", P),
        ("the instructions are so confusing", "confusion", U),
        ("the new timetable has me confused", "confusion", U),
        ("I get confused about where I am", "confusion", P),
        ("someone left a dent in my car", "muscle_wasting", U),
        ("my calves look thinner in this photo", "muscle_wasting", U),
        ("there's a dent in my calf muscle that wasn't there", "muscle_wasting", P),
        ("nearly wet myself laughing at the film", "bladder_bowel_change", U),
        ("I've wet myself twice this week without warning", "bladder_bowel_change", P),
        ("hard to swallow the news about my job", "speech_swallowing_change", U),
        ("it's hard to swallow pills now, they get stuck", "speech_swallowing_change", P),
    ],
)
def test_other_meanings(text: str, fid: str, status: FindingStatus, real_kb: KnowledgeBase) -> None:
    assert _status(text, fid, real_kb) is status


# A lasting trait, not a change (lay.yaml lasting_frame), unless the sentence speaks of a change.
@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("my face droops on one side in photos, always has", U),
        ("I've always had a crooked smile, my whole life", U),
        ("my smile has always been lopsided but this morning it drooped more", P),
        ("my smile went lopsided this morning", P),
    ],
)
def test_lasting_traits(text: str, status: FindingStatus, real_kb: KnowledgeBase) -> None:
    assert _status(text, "stroke_signs", real_kb) is status


# Ordinary and known local causes (lay.yaml explained_by; `local` even with an `unless` word).
@pytest.mark.parametrize(
    ("text", "fid", "status"),
    [
        ("the eczema spread up my legs to my knees", "ascending_weakness", U),
        ("mould creeping up the bathroom wall, landlord useless", "ascending_weakness", U),
        ("the sea came up to my knees", "ascending_weakness", U),
        ("the tingling and weakness have spread up to my hips", "ascending_weakness", P),
        ("can't open jars since I cut my finger", "functional_weakness", U),
        ("can't stand on my tiptoes in these new heels", "functional_weakness", U),
        ("walking like I'm drunk and scuffing my right foot", "functional_weakness", P),
        ("drowsy from the piriton", "confusion", U),
        ("my mouth was droopy after the dentist injection", "stroke_signs", U),
        ("my face suddenly drooped on one side", "stroke_signs", P),
        ("both ankles swollen in the heat, go down overnight", "calf_swelling", U),
        ("my calf is puffy around the new tattoo", "calf_swelling", U),
        ("my left calf is swollen and hot", "calf_swelling", P),
        ("after a long flight one calf is swollen and painful", "calf_swelling", P),
        ("my fingers lock up when it's freezing outside", "tetany", U),
        ("hands clawed from gripping the steering wheel for 5 hours", "tetany", U),
        ("my hands locked into claws and my lips tingled", "tetany", P),
        ("big pills are hard to swallow", "speech_swallowing_change", U),
        ("people say I'm slurring but it's my accent", "speech_swallowing_change", U),
        ("I'm slurring my words lately", "speech_swallowing_change", P),
        ("blood in my spit after the dentist pulled a tooth", "chest_pain", U),
        ("bit of blood in my spit after brushing too hard, gums bleed", "chest_pain", U),
        ("sharp chest pain when I breathe in and blood in my spit", "chest_pain", P),
    ],
)
def test_ordinary_and_local_causes(
    text: str, fid: str, status: FindingStatus, real_kb: KnowledgeBase
) -> None:
    assert _status(text, fid, real_kb) is status


def test_the_new_data_names_real_red_flags(real_kb: KnowledgeBase) -> None:
    red = {fid for fid, f in real_kb.findings.items() if f.group == "red_flag"}
    spec = lay().body_subject
    assert spec is not None and set(spec.findings) <= red
    assert set(lay().other_meanings) <= red
    assert lay().lasting_frame is not None
