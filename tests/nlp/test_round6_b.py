"""Round 6, part B (docs/nlp.md): precision and the hard rule on ordinary text the rules were not
written for (tests/nlp/nearmiss.yaml). Each rule is tested through the real pipeline and
knowledge base on sentences written for these tests (not taken from the labelled sets), each
with a sentence that must still read the red flag, so a rule that sets everything aside fails."""

from __future__ import annotations

import pytest

from legtwitch.domain.findings import FindingStatus
from legtwitch.knowledge.base import KnowledgeBase
from legtwitch.nlp.lexicon import lay
from reading import A, P, U
from reading import status as _status


# A red flag its own sentence puts down to an ordinary cause (lay.yaml explained_by,
# nlp/explained.py) is set aside; the words in `unless` keep it.
@pytest.mark.parametrize(
    ("text", "fid", "status"),
    [
        ("I slurred a bit after five beers at the barbecue", "speech_swallowing_change", U),
        ("my speech was slurred, I was hammered", "speech_swallowing_change", U),
        (
            "my speech is slurred like I'm drunk but I haven't touched a drop",
            "speech_swallowing_change",
            P,
        ),
        ("my speech is slurred and I haven't been drinking", "speech_swallowing_change", P),
        ("I cough when I eat, it's the acid reflux", "speech_swallowing_change", U),
        ("I keep choking on drinks all the time with a cold", "speech_swallowing_change", P),
        ("I choke on drinks these days", "speech_swallowing_change", P),
        ("I couldn't swallow another mouthful of that cake", "speech_swallowing_change", U),
        ("got a bit confused finding the taxi after a night out", "confusion", U),
        ("I get confused, people think I'm drunk", "confusion", P),
        ("a bit breathless after the parkrun this morning", "breathing_difficulty", U),
        ("breathless after running and now even lying flat", "breathing_difficulty", P),
        ("I get short of breath walking to the shop", "breathing_difficulty", P),
        ("chest pain after a fry-up, it's just heartburn", "chest_pain", U),
        ("chest pain when I breathe in, not heartburn", "chest_pain", P),
        (
            "my wee was dark, more orange than anything, I'd been in the sun all day",
            "dark_urine",
            U,
        ),
        ("my wee is dark brown, not yellow at all", "dark_urine", P),
        ("my legs have got thinner since I lost 3 stone on the diet", "muscle_wasting", U),
        ("my left thigh has got thinner than the right since I lost weight", "muscle_wasting", P),
        ("I stumbled in the dark on the way to the loo", "functional_weakness", U),
        ("I keep tripping over my own feet, even in daylight", "functional_weakness", P),
        ("watching the derby gave me chest pains", "chest_pain", U),
    ],
)
def test_ordinary_causes(
    text: str, fid: str, status: FindingStatus, real_kb: KnowledgeBase
) -> None:
    assert _status(text, fid, real_kb) is status


# A sentence set in the past (lay.yaml past_frame) sets aside its red flags across clause breaks,
# unless it also speaks of now.
@pytest.mark.parametrize(
    ("text", "fid", "status"),
    [
        ("Years ago I had a bad kidney infection and my wee went brown", "dark_urine", U),
        ("As a teenager I fainted in assembly and hit my head", "loss_of_consciousness", U),
        ("As a kid I broke my leg and the calf swelled up", "calf_swelling", U),
        ("Years ago I had a clot and now my calf is swollen again", "calf_swelling", P),
        ("my calf has been swollen since 2 years ago", "calf_swelling", P),
    ],
)
def test_past_frame(text: str, fid: str, status: FindingStatus, real_kb: KnowledgeBase) -> None:
    assert _status(text, fid, real_kb) is status


# Someone named by a noun, not a relationship word: set aside; the writer describing themselves
# ("I'm a guy") is not someone else.
@pytest.mark.parametrize(
    ("text", "fid", "status"),
    [
        ("the lad on the next machine at the gym collapsed", "loss_of_consciousness", U),
        ("in the film a woman couldn't feel her legs or her bum", "saddle_numbness", U),
        ("one of my patients chokes on thin drinks", "speech_swallowing_change", U),
        ("a character in my book had a seizure", "loss_of_consciousness", U),
        ("I'm a guy and I fainted at work yesterday", "loss_of_consciousness", P),
    ],
)
def test_someone_named_by_a_noun(
    text: str, fid: str, status: FindingStatus, real_kb: KnowledgeBase
) -> None:
    assert _status(text, fid, real_kb) is status


# Read in a leaflet or on a page (to the end of the clause, or said after the words); "neither is
# me" denies what was listed; over and done with ("fully recovered"), or settling ("going down").
@pytest.mark.parametrize(
    ("text", "fid", "status"),
    [
        ("the booklet lists slurred speech and choking", "speech_swallowing_change", U),
        ("a hot swollen calf is a clot sign, according to the NHS page", "calf_swelling", U),
        ("The leaflet mentions fainting and blackouts, neither is me", "loss_of_consciousness", A),
        ("my hands locked up once from panic, fully recovered", "tetany", A),
        ("the swelling in my calf is going down slowly", "calf_swelling", U),
        ("my calf is swollen and hot", "calf_swelling", P),
        ("I had a seizure as a baby, nothing since", "loss_of_consciousness", A),
    ],
)
def test_read_ended_and_settling(
    text: str, fid: str, status: FindingStatus, real_kb: KnowledgeBase
) -> None:
    assert _status(text, fid, real_kb) is status


def test_explained_by_names_red_flags_only(real_kb: KnowledgeBase) -> None:
    """An ordinary cause only ever sets aside a red flag (the hard rule's findings)."""
    for fid in lay().explained_by:
        assert real_kb.findings[fid].group == "red_flag", fid


# Denials in unusual forms (lay.yaml normal_only, round 6): a colon or question mark and a word
# that the function is fine; never present, nothing when the function is said not to be fine.
@pytest.mark.parametrize(
    ("text", "fid", "status"),
    [
        ("Breathing: normal. Legs: twitchy.", "breathing_difficulty", A),
        ("breath? same as ever", "breathing_difficulty", A),
        ("Chest: fine, calves: jumping", "chest_pain", A),
        ("wee: pale", "dark_urine", A),
        ("talking is great, no problem there", "speech_swallowing_change", A),
        ("no issues with my bladder at all", "bladder_bowel_change", A),
        ("bowels going like clockwork", "bladder_bowel_change", A),
        ("Breathing: not fine, I get breathless lying flat", "breathing_difficulty", P),
        (
            "After my op years ago I couldn't pee for a day. Nothing like that these days.",
            "bladder_bowel_change",
            A,
        ),
    ],
)
def test_unusual_denials(
    text: str, fid: str, status: FindingStatus, real_kb: KnowledgeBase
) -> None:
    assert _status(text, fid, real_kb) is status


# Guards: an age stated as a decade is now, not the past; "back in my calf" is not a past time.
@pytest.mark.parametrize(
    ("text", "fid", "status"),
    [
        ("I'm in my 40s and I keep choking on drinks", "speech_swallowing_change", P),
        ("the swollen calf is back in my left leg", "calf_swelling", P),
        ("my right calf looks thinner than the left since I lost weight", "muscle_wasting", P),
        ("chest pain when I breathe in since I had flu", "chest_pain", P),
        ("I'm at uni and as a student I keep fainting in lectures", "loss_of_consciousness", P),
    ],
)
def test_guards(text: str, fid: str, status: FindingStatus, real_kb: KnowledgeBase) -> None:
    assert _status(text, fid, real_kb) is status
