"""Round 6, helper A (docs/nlp.md): the general faults behind held-out 7's hard-rule breaches and
its missed red flags, through the real pipeline and knowledge base, on sentences written for these
tests (near variants of the faults, not the set's own sentences), with ordinary sentences of the
same shape that must not change."""

from __future__ import annotations

import pytest

from legtwitch.domain.findings import FindingStatus
from legtwitch.knowledge.base import KnowledgeBase
from legtwitch.nlp import extract
from reading import TODAY, A, P, U
from reading import status as _status


@pytest.mark.parametrize(
    ("text", "fid", "status"),
    [
        # a rhetorical denial of an inability: the person can
        ("it's not that I can't swallow, it just feels odd", "speech_swallowing_change", A),
        ("Not like I can't breathe or anything, just anxious", "breathing_difficulty", A),
        ("it's not as if I can't walk, my calves just buzz", "functional_weakness", U),
        ("I'm not saying I can't breathe, it's more a tight feeling", "breathing_difficulty", A),
        ("I can't breathe when I lie flat", "breathing_difficulty", P),
        ("no, I can't swallow properly", "speech_swallowing_change", P),
        # someone else named as the object of what is seen
        ("my aunt had MND, we noticed him slurring first", "speech_swallowing_change", U),
        ("Grandpa had ALS and it began with him stumbling", "functional_weakness", U),
        ("I keep tripping over nothing", "functional_weakness", P),
        # a stranger's body, and what a video or post showed
        ("saw a video where a man's legs gave way on the stairs", "functional_weakness", U),
        ("read a post about this woman's face drooping on one side", "stroke_signs", U),
        ("watched a clip of some guy's hands locking up", "tetany", U),
        ("there was a lady whose speech went slurred", "speech_swallowing_change", U),
        ("my hands locked up into claws last night", "tetany", P),
        ("I'm a 40 year old woman and my legs keep giving way", "functional_weakness", P),
        # a condition that opens its sentence holds across "and"
        ("what if it gets to my chest and I can't breathe?", "breathing_difficulty", U),
        ("If this carries on and my legs give out, should I go to A&E?", "functional_weakness", U),
        ("And if it spreads and I can't swallow, then what?", "speech_swallowing_change", U),
        ("I get cramps if I walk far and I can't swallow properly", "speech_swallowing_change", P),
        ("If I walk far my calves ache. My legs give way on stairs.", "functional_weakness", P),
    ],
)
def test_held_out_7_breach_faults(
    text: str, fid: str, status: FindingStatus, real_kb: KnowledgeBase
) -> None:
    assert _status(text, fid, real_kb) == status


@pytest.mark.parametrize(
    ("text", "answers"),
    [
        # the person written for, with their age at the opening or before the word
        ("Mum (80) keeps falling over in the kitchen", {"age": 80, "sex": "female"}),
        ("Hi, my son, 17, gets twitchy calves after football", {"age": 17, "sex": "male"}),
        ("my 52 year old husband has cramps every night", {"age": 52, "sex": "male"}),
        ("Asking for my nan who is 88, her feet twitch", {"age": 88, "sex": "female"}),
        # the text opens with the relative and the writer never speaks of themselves: sex only
        ("Brother's calves have been jumping for weeks", {"sex": "male"}),
        ("My wife says her feet tingle at night", {"sex": "female"}),
        # ... not when the writer speaks of themselves too
        ("My wife says I kick all night", {}),
        ("my dad had ALS and my calf twitches", {}),
        # age and sex of the writer: the m of "I'm" is not "male"
        ("I'm 29, female, calf twitching", {"age": 29, "sex": "female"}),
        ("I'm 31 and a man, legs twitch", {"age": 31, "sex": "male"}),
        ("I'm 45 and my calves twitch", {"age": 45}),
        ("feet twitch, and I'm only 27", {"age": 27}),
        ("calves twitch. 33, male.", {"age": 33, "sex": "male"}),
    ],
)
def test_age_and_sex_answers(text: str, answers: dict[str, object], real_kb: KnowledgeBase) -> None:
    assert extract(text, real_kb, TODAY).answer_values() == answers


@pytest.mark.parametrize(
    ("text", "fid", "status"),
    [
        # with the age at the opening, the text is written for that person
        ("Dad (70) keeps tripping over and falling on the kerb", "functional_weakness", P),
        # round 9A (the lead's convention 5): without it too, when the text describes only them
        ("My husband fainted at work last week", "loss_of_consciousness", P),
        ("Mum's face drooped on one side this morning", "stroke_signs", P),
        # but not when the writer describes their own symptoms as well
        ("My husband fainted at work last week and my calves twitch", "loss_of_consciousness", U),
    ],
)
def test_relatives_red_flags_when_the_text_is_about_them(
    text: str, fid: str, status: FindingStatus, real_kb: KnowledgeBase
) -> None:
    assert _status(text, fid, real_kb) == status


@pytest.mark.parametrize(
    ("text", "fid", "status"),
    [
        # figures of speech and comparisons
        ("feels like a brick is pressing on my chest", "chest_pain", P),
        ("my chest felt like someone was standing on it", "chest_pain", P),
        ("a stab in my breastbone when I breathe in", "chest_pain", P),
        ("a sharp twitch in my calf", "chest_pain", U),
        ("I'm all at sea today, can't follow anything", "confusion", P),
        # round 9A, convention 5: written for them
        ("she forgot her own address this morning", "confusion", P),
        ("I forgot my own birthday last week", "confusion", P),
        ("I forgot my keys again", "confusion", U),
        ("my thigh muscle has withered away", "muscle_wasting", P),
        ("a hollow in my calf that wasn't there before", "muscle_wasting", P),
        ("my calf wasn't wasting, the physio said", "muscle_wasting", A),
        # comparisons over time, a sequence ending in "now it's ... as well"
        ("my right leg has less power than last month", "progressive_weakness", P),
        ("my calves twitch less than last week", "progressive_weakness", U),
        ("numb all the way up to my hips now", "ascending_weakness", P),
        ("it began in my feet, now it's my knees as well", "ascending_weakness", P),
        # body functions in everyday words
        ("when I wipe I can't really feel it", "saddle_numbness", P),
        ("can't even feel the tissue down there", "saddle_numbness", P),
        ("I sit on the loo and hardly anything comes out", "bladder_bowel_change", P),
        ("tablets get stuck halfway down", "speech_swallowing_change", P),
        ("my water looks like strong tea", "dark_urine", P),
        ("I drink water like it's tea", "dark_urine", U),
        ("coughed up a few streaks of blood", "chest_pain", P),
        # round 9A, convention 5: written for them
        ("he was shaking and wasn't responding", "loss_of_consciousness", P),
        ("I went stiff and wasn't responding for a minute", "loss_of_consciousness", P),
        # denials by a function named fine or answered after a question mark
        ("Swallowing: fine. Chest: fine.", "speech_swallowing_change", A),
        ("Swallowing: fine. Chest: fine.", "chest_pain", A),
        ("chest? no. legs? twitchy", "chest_pain", A),
        ("no swallowing problems at all", "speech_swallowing_change", A),
        ("no falls, no stumbles", "functional_weakness", A),
        ("I can still run the stairs", "functional_weakness", A),
        ("legs feel strong, they just jump", "functional_weakness", A),
        ("no accidents, pee is normal", "bladder_bowel_change", A),
        ("no thinning in either calf", "muscle_wasting", A),
        ("both thighs still look identical", "muscle_wasting", A),
        ("haven't seen any change in my smile", "stroke_signs", A),
        ("My sister's hands cramp into claws, mine never have", "tetany", A),
    ],
)
def test_held_out_7_miss_groups(
    text: str, fid: str, status: FindingStatus, real_kb: KnowledgeBase
) -> None:
    assert _status(text, fid, real_kb) == status
