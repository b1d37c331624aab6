"""Round 8A (docs/nlp.md): the lead's labelling conventions, and the classes of fault held-out 9
(opened) and bank C showed. Each class is tested through the real pipeline and knowledge base on
sentences written for these tests (not taken from a labelled set), each with sentences that must
still read the red flag, so a rule that sets everything aside fails."""

from __future__ import annotations

import pytest

from legtwitch.domain.findings import FindingStatus
from legtwitch.knowledge.base import KnowledgeBase
from legtwitch.nlp import extract
from legtwitch.nlp.lexicon import lay
from reading import TODAY, A, P, U
from reading import status as _status

EPISODE = "part of the sudden one-sided episode, read as stroke signs"


# Convention 1: a sudden one-sided episode is stroke signs only; its speech and its hand, in the
# same sentence or the next or previous one, are set aside with the episode's reason.
@pytest.mark.parametrize(
    ("text", "fid", "status", "stroke"),
    [
        (
            "my mouth sagged on the left and my words came out slurred",
            "speech_swallowing_change",
            U,
            P,
        ),
        (
            "The left side of my face dropped. My speech went slurred too.",
            "speech_swallowing_change",
            U,
            P,
        ),
        (
            "My face drooped on one side, then I couldn't hold my cup",
            "functional_weakness",
            U,
            P,
        ),
        # without stroke signs, the speech and the hand stay (safety)
        (
            "my words have been slurred for weeks and I keep dropping cups",
            "speech_swallowing_change",
            P,
            U,
        ),
        (
            "my words have been slurred for weeks and I keep dropping cups",
            "functional_weakness",
            P,
            U,
        ),
        # two sentences away: another matter
        (
            "My face drooped on one side this morning. I slept badly. My speech is slurred.",
            "speech_swallowing_change",
            P,
            P,
        ),
    ],
)
def test_a_stroke_episode_takes_in_its_speech_and_hand(
    text: str, fid: str, status: FindingStatus, stroke: FindingStatus, real_kb: KnowledgeBase
) -> None:
    x = extract(text, real_kb, TODAY)
    assert x.status_of(fid) is status
    assert x.status_of("stroke_signs") is stroke
    assert any(s.reason == EPISODE for s in x.set_aside) is (status is U)


# A sudden one-sided arm, one side's arm and leg, and speech with a one-sided hand in minutes are
# stroke signs; a slow loss, or slurring with clumsy hands over months, are not.
@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("all of a sudden my left arm went limp", P),
        ("out of nowhere my right hand went dead and useless", P),
        ("I lost the power in my right arm and leg within an hour", P),
        ("my speech went garbled and my right hand went clumsy, all within a couple of minutes", P),
        ("my speech has been slurred for months and my hands are clumsy", U),
        ("I've slowly lost the strength in my left leg over the year", U),
    ],
)
def test_sudden_one_sided_weakness_is_stroke_signs(
    text: str, status: FindingStatus, real_kb: KnowledgeBase
) -> None:
    assert _status(text, "stroke_signs", real_kb) is status


# Advice about seeking help holds the condition after it ("go to A&E if ...").
@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("the nurse said ring 999 if I ever feel numb in my groin or can't wee at all", U),
        ("doctor told me to come back if my bladder stops working or I wet myself", U),
        ("I can't wee at all since this morning, should I go to A&E?", P),
        ("I went to A&E because I couldn't wee at all", P),
    ],
)
def test_advice_before_a_condition_is_hypothetical(
    text: str, status: FindingStatus, real_kb: KnowledgeBase
) -> None:
    assert _status(text, "bladder_bowel_change", real_kb) is status


# Convention 4: breathless on the stairs or a hill is exertion (pale_breathless_on_exertion), not
# breathing difficulty; lying flat, at rest or after a flight (a plane) still is.
@pytest.mark.parametrize(
    ("text", "bd", "pale"),
    [
        ("I'm puffed climbing the stairs to my flat these days", U, P),
        ("get really winded going up the hill to work", U, P),
        ("winded after two flights of stairs at the station", U, P),
        ("breathless on the stairs, and when I lie down at night too", P, P),
        ("breathless and my calf aches since the long flight home", P, U),
        ("I get breathless just sitting on the sofa", P, U),
        ("I'm not breathless on the stairs", U, A),
    ],
)
def test_stairs_breathlessness_is_exertion(
    text: str, bd: FindingStatus, pale: FindingStatus, real_kb: KnowledgeBase
) -> None:
    x = extract(text, real_kb, TODAY)
    assert x.status_of("breathing_difficulty") is bd
    assert x.status_of("pale_breathless_on_exertion") is pale


# Convention 4: "can't get air in" at rest, whatever sets it off; "or I" starts what happens
# otherwise, so a negation before it does not deny it.
@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("I can't lie on my back or I start gasping for air", P),
        ("when I speak my voice box clamps and I can't get air in", P),
        ("I don't get breathless or tight in the chest", A),
    ],
)
def test_air_at_rest_and_or_i(text: str, status: FindingStatus, real_kb: KnowledgeBase) -> None:
    assert _status(text, "breathing_difficulty", real_kb) is status


# Slang: legs "wasted" after a night out or a dance are tired, not thin.
@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("my legs are wasted after the wedding, danced till 2", U),
        ("my legs are wasted after leg day lol", U),
        ("my right calf looks wasted next to the left one", P),
    ],
)
def test_wasted_legs_after_a_night_out(
    text: str, status: FindingStatus, real_kb: KnowledgeBase
) -> None:
    assert _status(text, "muscle_wasting", real_kb) is status


# Precision: a body part outside the legs named alone is not a symptom in more than one place.
@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("my back has been aching all week, calves twitch at night", U),
        ("I lean on the arms of the chair to get up, and my calf twitches", U),
        ("pain down the back of my thigh and my calf flickers", U),
        ("twitching in my arms and my calves", P),
        ("my calves twitch and now my eyelid too", P),
        ("little flickers in my jaw as well as both thighs", P),
    ],
)
def test_a_body_part_alone_is_not_multiple_sites(
    text: str, status: FindingStatus, real_kb: KnowledgeBase
) -> None:
    assert _status(text, "multiple_sites", real_kb) is status
    assert lay().elsewhere is not None


# A side before a hand or an arm is not a leg's side ("on the right hand").
def test_a_hand_on_one_side_is_not_one_leg(real_kb: KnowledgeBase) -> None:
    text = "a tremor on the right hand when I write, and my legs twitch in the evening"
    assert _status(text, "both_legs", real_kb) is P
    # round 11C (convention 13): one side named alone leaves both_legs unknown
    assert _status("twitches on the right, calf mostly", "both_legs", real_kb) is U


# Words read as nothing: hay fever, a flu jab, an injection, a weak coffee, sleeping propped up.
@pytest.mark.parametrize(
    ("text", "fid", "status"),
    [
        ("my hay fever is awful this week and my calves twitch", "recent_infection", U),
        ("had my covid booster on Friday and my calf twitches", "recent_infection", U),
        ("the numbing injection wore off and my lip twitched", "recent_infection", U),
        ("I had a chest infection last week and my calves twitch", "recent_infection", P),
        ("just a weak tea in the morning, calf twitches anyway", "weakness", U),
        ("my legs feel weak in the mornings", "weakness", P),
    ],
)
def test_words_read_as_nothing(
    text: str, fid: str, status: FindingStatus, real_kb: KnowledgeBase
) -> None:
    assert _status(text, fid, real_kb) is status


# Held-out 9's misses by class: "calling about my mother" is writing for her; heavier each week;
# struggled with the stairs; "problem for breathe"; weakness then "not getting any worse".
def test_calling_about_a_relative_is_writing_for_them(real_kb: KnowledgeBase) -> None:
    x = extract("Hello, ringing about my mother, she's 81. She keeps choking on water.", real_kb)
    assert x.status_of("speech_swallowing_change") is P
    assert [a.value for a in x.answers if a.question_id == "age"] == [81]


@pytest.mark.parametrize(
    ("text", "fid", "status"),
    [
        ("my left leg feels heavier every month", "progressive_weakness", P),
        ("my rucksack feels heavier every week", "progressive_weakness", U),
        ("I struggled on the stairs at home yesterday, legs like lead", "functional_weakness", P),
        ("I have problem for breathing at night", "breathing_difficulty", P),
        ("I not have problem with breathing", "breathing_difficulty", A),
        (
            "arms feel weak since the virus, though it is not getting any worse",
            "progressive_weakness",
            A,
        ),
        (
            "arms feel weak since the virus and it is getting worse each week",
            "progressive_weakness",
            P,
        ),
        ("is it getting any worse? my legs feel weak", "progressive_weakness", U),
    ],
)
def test_held_out_9_classes(
    text: str, fid: str, status: FindingStatus, real_kb: KnowledgeBase
) -> None:
    assert _status(text, fid, real_kb) is status
