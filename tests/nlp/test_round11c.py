"""Round 11C (docs/nlp.md, "Labelling conventions" 12-13): the lead's conventions with sentences
of our own, through the real pipeline and knowledge base.

12. A plain normal statement of the very function a red flag is about, said of the writer now, is
    that red flag absent; a normal strength check is weakness and functional weakness absent and
    says nothing of progressive weakness. Near misses: a general "otherwise fine", a past state,
    someone else's function, a function normal in one situation only.
13. One side named alone leaves both_legs unknown; "only the left", "the other is fine", "just
    the one" are one leg; both sides or a plural leg part are both legs.
"""

from __future__ import annotations

import pytest

from legtwitch.domain.findings import FindingStatus
from legtwitch.knowledge.base import KnowledgeBase
from reading import A, P, U, status

SPEECH, FUNCTION = "speech_swallowing_change", "functional_weakness"
WASTING, BREATH = "muscle_wasting", "breathing_difficulty"
BLADDER, URINE = "bladder_bowel_change", "dark_urine"
WEAK, PROGRESSIVE = "weakness", "progressive_weakness"
RED_FLAGS = (SPEECH, FUNCTION, WASTING, BREATH, BLADDER, URINE, PROGRESSIVE)


@pytest.mark.parametrize(
    ("text", "fid"),
    [
        ("honestly my talking is normal, it's just the twitches", SPEECH),
        ("chewing and swallowing fine, calves jumping", SPEECH),
        ("no trouble walking, my feet just buzz at night", FUNCTION),
        ("walking is no problem, even the hill to work", FUNCTION),
        ("I can climb three flights fine, the thigh still flickers", FUNCTION),
        ("my two calves are the same size, I keep checking", WASTING),
        ("no problem breathing, only the calf cramps", BREATH),
        ("my breathing is completely normal", BREATH),
        ("weeing and pooing normally, twitchy shins", BLADDER),
        ("my wee is pale and there's plenty of it", URINE),
    ],
)
def test_a_plain_normal_statement_denies_its_red_flag(
    text: str, fid: str, real_kb: KnowledgeBase
) -> None:
    assert status(text, fid, real_kb) is A


def test_urine_colour_says_nothing_of_bladder_control(real_kb: KnowledgeBase) -> None:
    text = "wee's as clear as tap water since I upped my fluids"
    assert status(text, URINE, real_kb) is A
    assert status(text, BLADDER, real_kb) is U


@pytest.mark.parametrize(
    "text",
    [
        "the physio checked my strength and it was all normal",
        "she tested the strength in my legs, all fine",
        "the consultant says my strength is perfect, the twitching is benign",
        "power and strength 5/5 in every muscle tested",
    ],
)
def test_a_normal_strength_check_denies_weakness_not_its_progress(
    text: str, real_kb: KnowledgeBase
) -> None:
    assert status(text, WEAK, real_kb) is A
    assert status(text, FUNCTION, real_kb) is A
    assert status(text, PROGRESSIVE, real_kb) is U


@pytest.mark.parametrize(
    "text",
    [
        "otherwise fine, just twitching",  # a general state names no function
        "I feel fine in myself apart from the calf",
        "my speech was fine until Monday",  # a past state
        "my walking was normal till about a month ago",
        "my husband's walking is fine, it's me with the twitches",  # someone else's function
        "my wife's speech is normal",
        "I can walk fine on the flat",  # one situation only says nothing of stairs
        "walking's ok around the house",
        "my strength is not good",  # a normal word denied
    ],
)
def test_near_misses_deny_no_red_flag(text: str, real_kb: KnowledgeBase) -> None:
    for fid in RED_FLAGS:
        assert status(text, fid, real_kb) is not A, fid


def test_a_denial_with_its_own_object_does_not_reach_past_and(real_kb: KnowledgeBase) -> None:
    text = "No tingling down below and my bladder is normal, just a twitchy calf"
    assert status(text, BLADDER, real_kb) is A
    assert status("my bladder isn't normal", BLADDER, real_kb) is not A


# convention 13
@pytest.mark.parametrize(
    ("text", "want"),
    [
        # one side named alone: unknown
        ("my right shin keeps flickering", U),
        ("the left calf has gone puffy and warm", U),
        ("my right calf is much thinner than the left", U),  # a comparison names one side
        ("my left thigh looks smaller compared to the right one", U),
        ("burnt a finger on my right hand; the twitch is in my left calf", U),
        ("twitches on the right, calf mostly", U),
        # the other side said free, "only", "just the one": one leg
        ("my left foot tingles, the other foot is fine", A),
        ("swollen calf, left leg only", A),
        ("the twitch is on my left calf, not the other one", A),
        ("my right calf jumps but the left doesn't", A),
        ("Cramps in my right foot. Left is fine.", A),
        ("it's only on the right side", A),
        ("one of my lower legs has puffed up", A),
        ("jeans are loose on that leg only", A),
        # both sides or a plural leg part: both legs
        ("left calf and right thigh both twitch", P),
        ("my calves twitch, and the right one aches too", P),
    ],
)
def test_one_named_side_leaves_both_legs_unknown(
    text: str, want: FindingStatus, real_kb: KnowledgeBase
) -> None:
    assert status(text, "both_legs", real_kb) is want
