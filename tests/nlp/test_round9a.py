"""Round 9A (docs/nlp.md): held-out 10's hard-rule breaches by class, and the lead's conventions
5-8. Each class is tested through the real pipeline and knowledge base on sentences written for
these tests (not taken from a labelled set), each with sentences that must still read the red
flag, so a rule that sets everything aside fails."""

from __future__ import annotations

import pytest

from legtwitch.knowledge.base import KnowledgeBase
from legtwitch.nlp import extract
from reading import TODAY, A, P, U
from reading import status as _status


# Class 1 (convention 1): a sudden one-sided episode's hand that cannot hold a thing, with its
# speech, is stroke signs; neither is read again as its own red flag. A hand that cannot hold a
# thing still, or that fails over weeks, is not a stroke.
@pytest.mark.parametrize(
    ("text", "fid", "status"),
    [
        (
            "all of a sudden I couldn't grip my mug with my left hand and my words came out odd",
            "stroke_signs",
            P,
        ),
        (
            "all of a sudden I couldn't grip my mug with my left hand and my words came out odd",
            "speech_swallowing_change",
            U,
        ),
        (
            "out of nowhere my right hand couldn't hold the fork and my speech went funny for ten "
            "minutes",
            "stroke_signs",
            P,
        ),
        (
            "out of nowhere my right hand couldn't hold the fork and my speech went funny for ten "
            "minutes",
            "functional_weakness",
            U,
        ),
        # near miss: a shaking hand that cannot hold a pen still
        ("I couldn't hold my pen still in the exam, my hand was shaking", "functional_weakness", U),
        ("I couldn't hold my pen still in the exam, my hand was shaking", "stroke_signs", U),
        # still read: a hand failing over weeks, no episode
        (
            "for weeks now I can't hold a cup without spilling it and it's getting worse",
            "functional_weakness",
            P,
        ),
    ],
)
def test_a_stroke_episode_hand(text: str, fid: str, status: object, real_kb: KnowledgeBase) -> None:
    assert _status(text, fid, real_kb) is status


# Class 2: a lifelong difficulty ("never could", "never been able to") is a lasting trait, not a
# new red flag; a new one ("any more", "this is new") still is.
@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("I've never been able to swallow pills, so I use liquid magnesium", U),
        ("can't swallow capsules, never could, they make me gag", U),
        ("I can't swallow tablets any more, they get stuck, this is new", P),
        ("tablets stick in my throat lately and I cough when I drink", P),
    ],
)
def test_a_lifelong_difficulty_is_not_a_change(
    text: str, status: object, real_kb: KnowledgeBase
) -> None:
    assert _status(text, "speech_swallowing_change", real_kb) is status


# Class 3 (convention 4): breathless on exertion, with a calf named only for its twitch, is not
# breathing difficulty; a red, sore calf with it (a clot's signs) or breathless lying flat is.
@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Out of breath after sprinting for the bus, and my left calf has been twitching", U),
        ("puffed out jogging for the tram this morning and a twitch in my calf", U),
        ("breathless running for the bus and my calf is red and sore", P),
        ("I get breathless lying flat and my calves twitch", P),
    ],
)
def test_exertion_with_a_twitching_calf(text: str, status: object, real_kb: KnowledgeBase) -> None:
    assert _status(text, "breathing_difficulty", real_kb) is status


# Class 4: muddled about or by a thing is puzzlement; muddled about where one is, or muddled
# alone, is confusion.
@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("I'm a bit muddled about how much magnesium to take", U),
        ("a little muddled by all the advice online about twitching", U),
        ("still muddled over the blood test letter, my calves twitch", U),
        ("I'm muddled about where I am half the time", P),
        ("I've been muddled and forgetful all week", P),
    ],
)
def test_muddled_about_a_thing(text: str, status: object, real_kb: KnowledgeBase) -> None:
    assert _status(text, "confusion", real_kb) is status


# Convention 5: a text that describes another person's current symptoms and none of the
# writer's own is written for that person; not when the writer also describes their own, not a
# relative's illness story or disease, not an animal.
@pytest.mark.parametrize(
    ("text", "fid", "status"),
    [
        ("My wife's hands have been locking into claws since her bug, she's 52.", "tetany", P),
        (
            "Grandad keeps falling over and his speech has gone slurred this week.",
            "functional_weakness",
            P,
        ),
        (
            "Grandad keeps falling over and his speech has gone slurred this week.",
            "speech_swallowing_change",
            P,
        ),
        ("my boyfriend's pee has gone the colour of cola after the marathon", "dark_urine", P),
        ("Mum's been muddled about where she is since yesterday", "confusion", P),
        ("he's not himself today, really confused and his legs twitch", "confusion", P),
        # the writer describes their own symptoms too
        ("My wife's face drooped yesterday; my calves twitch all day", "stroke_signs", U),
        ("My wife's face drooped yesterday; my calves twitch all day", "fasciculation", P),
        # a relative's illness story or disease
        ("my grandad's legs got weaker and weaker before he died", "progressive_weakness", U),
        ("my aunt had a stroke and her face drooped", "stroke_signs", U),
        ("my dad has MND and he can't swallow now", "speech_swallowing_change", U),
        ("my dad has MND and he can't swallow now", "family_history_mnd", P),
        # not a person one writes for
        ("my dog's back legs keep giving way", "functional_weakness", U),
    ],
)
def test_written_for_the_person_described(
    text: str, fid: str, status: object, real_kb: KnowledgeBase
) -> None:
    assert _status(text, fid, real_kb) is status


def test_the_person_described_answers_age_and_sex(real_kb: KnowledgeBase) -> None:
    answers = extract(
        "My wife's hands have been locking into claws since her bug, she's 52.", real_kb, TODAY
    ).answer_values()
    assert answers == {"age": 52, "sex": "female"}


# Convention 6: a bare "no swelling" in a text about the legs denies calf swelling; with no leg
# named it says nothing; a swollen calf is still read.
@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("legs twitch at night, no swelling", A),
        ("thighs jump after the gym but no swelling", A),
        ("No cough, no fever, no swelling.", U),
        ("no swelling in my face", U),
        ("my calf is swollen and hot", P),
    ],
)
def test_a_bare_no_swelling(text: str, status: object, real_kb: KnowledgeBase) -> None:
    assert _status(text, "calf_swelling", real_kb) is status


# Convention 7: "no numbness anywhere" leaves the saddle unknown; "no numbness down below" denies.
@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("No numbness anywhere. My calves twitch.", U),
        ("no numbness down below, just twitchy calves", A),
    ],
)
def test_a_generic_numbness_denial(text: str, status: object, real_kb: KnowledgeBase) -> None:
    assert _status(text, "saddle_numbness", real_kb) is status


# Convention 8: an age below the age question's range is not answered (the sex still is).
def test_an_age_below_the_range_is_not_answered(real_kb: KnowledgeBase) -> None:
    answers = extract("My son (14) has twitchy calves", real_kb, TODAY).answer_values()
    assert answers == {"sex": "male"}
