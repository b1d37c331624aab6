"""Round 8B (docs/nlp.md): red-flag recall on held-out 9 (opened) and bank C, by classes of fix.
Each class is tested through the real pipeline and knowledge base on sentences written for these
tests (not taken from the labelled sets): wordings that must read the red flag, and a near miss
that must not, so a phrase that fires on everything fails."""

from __future__ import annotations

import pytest

from legtwitch.domain.findings import FindingStatus
from legtwitch.knowledge.base import KnowledgeBase
from legtwitch.nlp import extract
from reading import TODAY, A, P, U
from reading import status as _status


def _check(text: str, fid: str, status: FindingStatus, kb: KnowledgeBase) -> None:
    assert _status(text, fid, kb) is status, text


# Tetany: hands or feet gone stiff and curled like claws, feet rigid with the toes pointed.
@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("my fingers went stiff and curled in like claws after I was sick all night", P),
        ("both feet went rigid this morning and I couldn't move them", P),
        ("my toes are pointing downward and curled and won't relax", P),
        ("her hands curled up like claws", U),  # someone else's
        ("no locking of my hands or feet at any point", A),
        ("my toes curled up in a cramp when I pointed my feet at ballet", U),
    ],
)
def test_tetany_wordings(text: str, status: FindingStatus, real_kb: KnowledgeBase) -> None:
    _check(text, "tetany", status, real_kb)


# Bladder and bowel: no sense of needing to go, leaking before the toilet, coming out by itself.
@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("I can't tell when I needed to wee until it's running down my leg", P),
        ("my pee comes out by itself when I cough and I don't notice", P),
        ("it came before I got to the loo twice this week", P),
        ("I only know I need the loo when it's too late", P),
        ("I don't get the urge to pee any more", P),
        ("my bladder and bowels are fine, peeing and pooing normally", A),
        ("I peed myself laughing at the film", U),  # another meaning
    ],
)
def test_bladder_and_bowel_wordings(
    text: str, status: FindingStatus, real_kb: KnowledgeBase
) -> None:
    _check(text, "bladder_bowel_change", status, real_kb)


# Calf swelling: "no swelling or redness" denies it; "looks a bit swollen" states it.
@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("calves ache after the drive but there's no swelling or redness", A),
        ("the left calf still looks a bit swollen to me", P),
        ("my right shin is a little puffy since Monday", P),
        ("no swelling and no redness anywhere in my legs", A),
    ],
)
def test_calf_swelling_wordings(text: str, status: FindingStatus, real_kb: KnowledgeBase) -> None:
    _check(text, "calf_swelling", status, real_kb)


# Wasting: a hollow in a named side's thigh, clothes loose on one side only.
@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("there is a dip developing in my right calf", P),
        ("a dent has appeared on my left thigh", P),
        ("my trousers feel loose on the left leg only", P),
        ("my trousers are loose since the diet", U),
    ],
)
def test_wasting_wordings(text: str, status: FindingStatus, real_kb: KnowledgeBase) -> None:
    _check(text, "muscle_wasting", status, real_kb)


# Dark urine: the colour of a cup of a dark drink; "looks completely normal" denies it.
@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("my wee is the colour of a mug of strong tea", P),
        ("my pee looks totally normal after the race", A),
        ("urine is a pale colour, nothing odd", A),
        ("my wee is a normal pale colour, like weak squash", A),
    ],
)
def test_dark_urine_wordings(text: str, status: FindingStatus, real_kb: KnowledgeBase) -> None:
    _check(text, "dark_urine", status, real_kb)


# Swallowing and speech: choking on drinks again and again; trouble with speech denied.
@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("I keep choking on water these days", P),
        ("I've been coughing on my food for weeks", P),
        ("I have no trouble with my speech", A),
        ("my talking and swallowing are perfectly fine", A),
        ("I've been coughing over my tea with this cold", U),
    ],
)
def test_speech_swallowing_wordings(
    text: str, status: FindingStatus, real_kb: KnowledgeBase
) -> None:
    _check(text, "speech_swallowing_change", status, real_kb)


# Progressive weakness: a leg that feels heavier each week; weakness that is not getting worse.
@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("my left leg feels heavier every week", P),
        ("the leg is getting clumsier by the month", P),
        ("my legs feel weak after the virus but it's not getting any worse", A),
        ("my knees are weak since the op, it hasn't got worse", A),
        ("the bar gets heavier every week at the gym", U),
        ("my shopping bags get heavier each week", U),
    ],
)
def test_progressive_weakness_wordings(
    text: str, status: FindingStatus, real_kb: KnowledgeBase
) -> None:
    _check(text, "progressive_weakness", status, real_kb)


def test_weakness_getting_worse_is_still_progressive(real_kb: KnowledgeBase) -> None:
    text = "my legs are weak since the flu and it's getting worse every week"
    assert _status(text, "progressive_weakness", real_kb) is P


# Foot drop in other words; the stairs a struggle.
@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("my right foot doesn't lift properly when I walk", P),
        ("my foot just would not come up off the ground", P),
        ("I keep catching the toe of my shoe on the pavement", P),
        ("the front of my foot slaps the floor with every step", P),
        ("I struggled with the stairs at home today", P),
        ("the heavy feeling never lifts from my foot", U),
    ],
)
def test_foot_drop_wordings(text: str, status: FindingStatus, real_kb: KnowledgeBase) -> None:
    _check(text, "functional_weakness", status, real_kb)


# Second-language denials ("I not have problem for breathe") and statements.
@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("I not have problem with breathing", A),
        ("no problem for breathe, only the legs", A),
        ("I have problem to breathe when I lie down", P),
    ],
)
def test_second_language_breathing(
    text: str, status: FindingStatus, real_kb: KnowledgeBase
) -> None:
    _check(text, "breathing_difficulty", status, real_kb)


# "I can't lie flat or I get breathless": an inability and its result, not a denial.
@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("I can't lie down or I get breathless", P),
        ("can't walk to the shop otherwise I get breathless", P),
        ("not breathless at all", A),
    ],
)
def test_inability_or_result(text: str, status: FindingStatus, real_kb: KnowledgeBase) -> None:
    _check(text, "breathing_difficulty", status, real_kb)


# Confusion: the round-6 phrase had a space inside an alternative ("what is").
@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("I honestly don't know what's going on around me today", P),
        ("I can't follow what's going on around me", P),
        ("I don't know what's going on with my legs", U),
    ],
)
def test_not_knowing_what_is_going_on(
    text: str, status: FindingStatus, real_kb: KnowledgeBase
) -> None:
    _check(text, "confusion", status, real_kb)


# Loss of consciousness: no memory of the fall itself.
@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("I went down in the shop and I don't remember hitting the floor", P),
        ("I can't remember falling over, just waking up", P),
        ("I don't remember falling asleep on the sofa", U),
    ],
)
def test_no_memory_of_the_fall(text: str, status: FindingStatus, real_kb: KnowledgeBase) -> None:
    _check(text, "loss_of_consciousness", status, real_kb)


def test_pain_in_me_chest(real_kb: KnowledgeBase) -> None:
    assert _status("sharp pain across me chest when I breathe in", "chest_pain", real_kb) is P


# Phoning or calling about someone is a writing-for pattern, when the writer never speaks of
# themselves.
def test_calling_about_a_relative(real_kb: KnowledgeBase) -> None:
    x = extract("Calling about my mum, she's 81. She keeps choking on her tea.", real_kb, TODAY)
    assert x.status_of("speech_swallowing_change") is P
    assert x.answer_values().get("age") == 81
    mine = extract("Calling about my mum, she's 81. I keep choking on my tea.", real_kb, TODAY)
    assert mine.status_of("speech_swallowing_change") is P  # the writer's own
    assert mine.answer_values().get("age") is None


# A clinician's check reported as normal is about the person; a clinician addressed without a
# comma is not someone else.
@pytest.mark.parametrize(
    ("text", "fid", "status"),
    [
        ("the GP looked me over and said there were no signs of a stroke", "stroke_signs", A),
        ("the nurse checked and said my breathing is fine", "breathing_difficulty", A),
        ("my friend says her breathing is fine", "breathing_difficulty", U),
        ("Doctor I cannot control my bladder since Friday", "bladder_bowel_change", P),
        ("doc I keep falling over on flat ground", "functional_weakness", P),
        ("the doctor I saw said her wee was dark", "dark_urine", U),
    ],
)
def test_clinicians(text: str, fid: str, status: FindingStatus, real_kb: KnowledgeBase) -> None:
    _check(text, fid, status, real_kb)
