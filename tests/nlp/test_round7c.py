"""Round 7C (docs/nlp.md): precision on near misses 3 (tests/nlp/nearmiss3.yaml) and the status
errors of bank C (tests/nlp/bank_c.yaml). Each class of fix is tested through the real pipeline
and knowledge base on sentences written for these tests (not taken from the labelled sets), each
class with sentences that must still read the red flag, so a rule that sets everything aside
fails."""

from __future__ import annotations

import pytest

from legtwitch.domain.findings import FindingStatus
from legtwitch.knowledge.base import KnowledgeBase
from legtwitch.nlp import extract
from legtwitch.nlp.lexicon import lay
from reading import TODAY, P, U
from reading import status as _status


# "passed out", "blacked out", "out cold" meaning asleep (explained_by.loss_of_consciousness);
# a faint with the floor, a fit or no memory of it still counts.
@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("passed out on the sofa by nine, slept right through", U),
        ("I was out cold the minute my head hit the pillow, fell asleep instantly", U),
        ("blacked out in bed after the night shift and my calves were twitching", U),
        ("knocked out after the long drive, best sleep in ages", U),
        ("I passed out in the kitchen and woke up on the floor", P),
        ("blacked out at work and came round with people around me", P),
        ("I passed out for a minute and don't remember anything", P),
    ],
)
def test_asleep_is_not_losing_consciousness(
    text: str, status: FindingStatus, real_kb: KnowledgeBase
) -> None:
    assert _status(text, "loss_of_consciousness", real_kb) is status


# Ordinary causes of curled or locked hands: writing an exam, painting with a roller.
@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("three hours of handwriting and my fingers clawed up", U),
        ("painting the fence with a roller all day and my hand locked up", U),
        ("my hands locked into claws and my lips were tingling", P),
        ("my fingers keep locking into a claw shape", P),
    ],
)
def test_writing_and_painting_explain_locked_hands(
    text: str, status: FindingStatus, real_kb: KnowledgeBase
) -> None:
    assert _status(text, "tetany", real_kb) is status


# "Writing for my daughter" is a writing-for opening, not writing by hand.
def test_writing_for_someone_is_not_writing_by_hand(real_kb: KnowledgeBase) -> None:
    text = "Writing for my son (20): since the vomiting bug his hands locked into claws."
    assert _status(text, "tetany", real_kb) is P


# An `unless` word right after a negation keeps nothing ("itchy, not numb").
@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("the heat rash went up both legs, itchy but not numb", U),
        ("a rash spread up my shins, no tingling at all", U),
        ("a rash went up my legs and now they feel numb", P),
        ("numbness spreading up my legs from my feet", P),
    ],
)
def test_a_denied_unless_word_keeps_nothing(
    text: str, status: FindingStatus, real_kb: KnowledgeBase
) -> None:
    assert _status(text, "ascending_weakness", real_kb) is status


# Warmth or cold climbing the legs is not numbness climbing them.
@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("lay in the warm bath and the heat crept up from my feet to my knees", U),
        ("the numbness crept up from my feet to my knees", P),
    ],
)
def test_warmth_rising_is_not_ascending_weakness(
    text: str, status: FindingStatus, real_kb: KnowledgeBase
) -> None:
    assert _status(text, "ascending_weakness", real_kb) is status


# Other meanings of wasting, shrinking and denting; "grip on a language"; stumbling over words;
# stairs that cannot be climbed quietly; being confused by rules or a language.
@pytest.mark.parametrize(
    ("text", "fid", "status"),
    [
        ("I'm wasting hours every night reading about twitches", "muscle_wasting", U),
        ("my wages are shrinking every year and my calf twitches", "muscle_wasting", U),
        ("my hoodie shrank in the dryer", "muscle_wasting", U),
        ("this news put a dent in my confidence", "muscle_wasting", U),
        ("my right calf is wasting away", "muscle_wasting", P),
        ("my thigh muscle has shrunk on the left", "muscle_wasting", P),
        ("my grip on french grammar is getting weaker", "progressive_weakness", U),
        ("my grip is getting weaker every month", "progressive_weakness", P),
        ("I stumbled over my lines in the play", "functional_weakness", U),
        ("I can't sneak up the stairs quietly with these creaky boards", "functional_weakness", U),
        ("I stumble over my own feet a lot lately", "functional_weakness", P),
        ("I can't climb the stairs any more", "functional_weakness", P),
        ("the bus timetable confuses me", "confusion", U),
        ("I get confused by the rules of rugby", "confusion", U),
        ("I get confused about where I am", "confusion", P),
    ],
)
def test_other_meanings(text: str, fid: str, status: FindingStatus, real_kb: KnowledgeBase) -> None:
    assert _status(text, fid, real_kb) is status


# Falling while learning a sport, or not looking, is a local cause even with "keep" or "again".
@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("I keep falling over on the ice rink, first time skating", U),
        ("tripped over the kerb again, I was not looking, on my phone", U),
        ("I keep falling over for no reason", P),
        ("I keep tripping over my own feet again", P),
    ],
)
def test_sport_and_not_looking_explain_falls(
    text: str, status: FindingStatus, real_kb: KnowledgeBase
) -> None:
    assert _status(text, "functional_weakness", real_kb) is status


# A stuffy room or singing long notes explains being out of breath.
@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("the meeting room was so stuffy you couldn't breathe", U),
        ("I run out of breath singing the long notes in church", U),
        ("I'm out of breath just sitting on the sofa", P),
        ("I can't breathe when I lie flat", P),
    ],
)
def test_stuffy_rooms_and_singing(text: str, status: FindingStatus, real_kb: KnowledgeBase) -> None:
    assert _status(text, "breathing_difficulty", real_kb) is status


# A warm or red calf from a heated seat, a hot water bottle or waxing; sock marks from compression
# socks; both quads swollen after a workout.
@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("my left calf is warm where the hot water bottle was", U),
        ("one calf is red and blotchy after shaving", U),
        ("my new compression socks left marks round my ankles", U),
        ("my quads are so swollen after leg day", U),
        ("my left calf is swollen and warm", P),
        ("one calf is red, hot and swollen", P),
    ],
)
def test_local_causes_of_a_warm_or_red_calf(
    text: str, status: FindingStatus, real_kb: KnowledgeBase
) -> None:
    assert _status(text, "calf_swelling", real_kb) is status


# First morning wee is darker; drinking more explains it; brown or cola-coloured still counts.
@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("my first wee in the morning is darker, then it clears once I drink", U),
        ("my wee is darker in the morning and brown like cola", P),
        ("my pee has gone dark brown", P),
    ],
)
def test_morning_urine(text: str, status: FindingStatus, real_kb: KnowledgeBase) -> None:
    assert _status(text, "dark_urine", real_kb) is status


# Bank C's status errors: "wondered about" is a doubt; wetting oneself during a fit is part of
# the fit; weakness climbing over days is ascending weakness, not also progressive weakness.
@pytest.mark.parametrize(
    ("text", "fid", "status"),
    [
        ("I wondered about bladder trouble, with my back being bad", "bladder_bowel_change", U),
        ("I had a fit, bit my tongue and wet myself", "bladder_bowel_change", U),
        ("since my back went I keep wetting myself", "bladder_bowel_change", P),
        ("my legs are getting weaker from the feet up over three days", "progressive_weakness", U),
        ("my legs are getting weaker from the feet up over three days", "ascending_weakness", P),
        ("my legs are getting weaker every month", "progressive_weakness", P),
        ("my left arm suddenly went dead", "stroke_signs", P),
        ("my left arm went dead after sleeping on it", "stroke_signs", U),
    ],
)
def test_bank_c_status_errors(
    text: str, fid: str, status: FindingStatus, real_kb: KnowledgeBase
) -> None:
    assert _status(text, fid, real_kb) is status


def test_the_part_is_set_aside_with_its_reason(real_kb: KnowledgeBase) -> None:
    x = extract("my legs are getting weaker from the feet up over three days", real_kb, TODAY)
    assert any(s.reason.startswith("part of ") for s in x.set_aside)


def test_round7c_rules_name_real_findings(real_kb: KnowledgeBase) -> None:
    assert "ascending_weakness" in lay().part_of["progressive_weakness"]
    for part, wholes in lay().part_of.items():
        assert {part, *wholes} <= set(real_kb.findings)


# Bank C's misses, by class (new phrases), each with ordinary sentences of the same shape.
@pytest.mark.parametrize(
    ("text", "fid", "status"),
    [
        ("I can't control my bladder since my back went", "bladder_bowel_change", P),
        ("the wee just dribbles out on its own now", "bladder_bowel_change", P),
        ("I can't hold my wee when I sneeze", "bladder_bowel_change", U),
        ("I'm panting just sitting still on the sofa", "breathing_difficulty", P),
        ("my lungs won't fill up properly", "breathing_difficulty", P),
        ("out of breath after swimming 40 lengths", "breathing_difficulty", U),
        ("a swollen painful calf since Monday", "calf_swelling", P),
        ("my left calf went fat and hot overnight", "calf_swelling", P),
        ("my calves are bulging after the gym", "calf_swelling", U),
        ("I couldn't work out where I was in my own street", "confusion", P),
        ("I couldn't work out where I was on the map", "confusion", U),
        ("my right thigh looks much thinner than the left", "muscle_wasting", P),
        ("my calf muscles seem to have vanished", "muscle_wasting", P),
        ("my legs seem to have gone stiff after the run", "muscle_wasting", U),
        ("my legs are less strong with every passing month", "progressive_weakness", P),
        ("the power in my legs is slipping away", "progressive_weakness", P),
        ("the signal keeps slipping away", "progressive_weakness", U),
        ("numbness climbing from my feet", "ascending_weakness", P),
        ("the twitching is rising from my feet", "ascending_weakness", U),
        ("my fingers draw together and lock", "tetany", P),
        ("I swooned in the queue and came round on the floor", "loss_of_consciousness", P),
    ],
)
def test_bank_c_phrases(text: str, fid: str, status: FindingStatus, real_kb: KnowledgeBase) -> None:
    assert _status(text, fid, real_kb) is status


# Crafts explain curled fingers (the curled-fingers words of round 7 met knitting in near misses 3).
@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("crocheting all evening left my fingers curled and stiff", U),
        ("my fingers curled and locked and my lips went tingly", P),
    ],
)
def test_crafts_explain_curled_fingers(
    text: str, status: FindingStatus, real_kb: KnowledgeBase
) -> None:
    assert _status(text, "tetany", real_kb) is status
