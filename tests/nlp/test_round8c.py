"""Round 8C (docs/nlp.md): age and sex stated in the text become interview answers. Each class of
fix is tested through the real pipeline and knowledge base on wordings written for these tests (not
taken from the labelled sets), with near misses that must give no answer: a wrong age or sex is
worse than none."""

from __future__ import annotations

import pytest

from legtwitch.domain.findings import FindingStatus
from legtwitch.knowledge.base import KnowledgeBase
from legtwitch.nlp import extract
from reading import TODAY, A, P, U, status

NONE: dict[str, float | str] = {}


def answers(text: str, kb: KnowledgeBase) -> dict[str, float | str]:
    return extract(text, kb, TODAY).answer_values()


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # the text opens with the person; the age follows with their own pronoun
        ("Grandad keeps dropping his cup, his hands shake, he's 79.", {"age": 79, "sex": "male"}),
        ("My wife gets awful cramps at night, she is 44.", {"age": 44, "sex": "female"}),
        # calling / ringing / phoning about someone
        ("Ringing about my mum, she's 82. Her legs have gone weak.", {"age": 82, "sex": "female"}),
        ("Phoning for my husband (66), he keeps tripping.", {"age": 66, "sex": "male"}),
        # a word before the relationship word; dialect "me" for "my"
        ("Elderly mum keeps falling over, she's 90.", {"age": 90, "sex": "female"}),
        ("my teenage daughter (17) gets calf cramps", {"age": 17, "sex": "female"}),
        ("Youngest son twitches in his sleep", {"sex": "male"}),
        ("me mam's legs keep jerking at night", {"sex": "female"}),
        # the letter before the age, with a comma
        ("M, 41, runner, calves twitch after long runs", {"age": 41, "sex": "male"}),
        ("f,35 - twitchy thighs for a month", {"age": 35, "sex": "female"}),
        # a bare age opening a sentence, then a word about the person, or after "About me:"
        ("My calves twitch every night. 58, otherwise healthy.", {"age": 58}),
        ("63, retired, and the cramps are worse in winter", {"age": 63}),
        ("About me: 37, desk job, lots of coffee", {"age": 37}),
        # "at NN" ending a clause
        ("Knees creaking at 47, and now my calves twitch", {"age": 47}),
        ("Still running marathons at 61.", {"age": 61}),
        # a job right after the age and sex
        ("31M physio, calves twitch after long shifts", {"age": 31, "sex": "male"}),
        ("Night shifts are killing me. 27F, nurse", {"age": 27, "sex": "female"}),
        # a text that opens with he or she and never speaks of the writer: the age, no sex
        ("She keeps losing her balance and her words slur. She's 77.", {"age": 77}),
        ("He can't grip his mug any more. He is 68 and diabetic.", {"age": 68}),
        # a relationship word used as a name in the first sentence, with that person's pronoun
        ("Since Sunday Grandad can't hold his fork properly", {"sex": "male"}),
        ("When she woke up Gran's feet were numb", {"sex": "female"}),
    ],
)
def test_age_and_sex_stated(
    text: str, want: dict[str, float | str], real_kb: KnowledgeBase
) -> None:
    assert answers(text, real_kb) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # durations, counts and times are not ages
        ("I'm 5 weeks into this and still twitching", NONE),
        ("twitching 24/7 since the exams", NONE),
        ("I'm 31 weeks pregnant and my calves cramp", {"sex": "female"}),
        ("Im 28 weeks along, legs restless", NONE),
        ("Twitches all day. 20, maybe 30 of them.", NONE),
        ("20, 30 times a day my calf jumps", NONE),
        # "at NN" after an onset, a past event, a measure or a time
        ("The twitching started at 35.", NONE),
        ("my resting pulse sits at 58.", NONE),
        ("I woke at 11.", NONE),
        ("My dad had a heart attack at 60.", {"sex": "male"}),
        # the writer is the person: a relative's age or sex is not theirs
        ("my son is 8 and I'm worried about my calves", NONE),
        ("My late father had ALS and now my calves twitch", NONE),
        ("After reading about Dad's ALS, calves twitching nonstop", NONE),
        ("Calves twitching since Dad died of ALS, he was 60", NONE),
        ("He's 55 and my calves twitch", NONE),
        # a bare he or she gives no sex
        ("He says the twitching is normal.", NONE),
        ("he keeps twitching", NONE),
        # writing for someone: the writer's own age is not theirs
        ("Writing for my husband, I'm 45 and he keeps tripping", {"sex": "male"}),
    ],
)
def test_no_wrong_age_or_sex(
    text: str, want: dict[str, float | str], real_kb: KnowledgeBase
) -> None:
    assert answers(text, real_kb) == want


# Values (round 8C): sleep, caffeine and durations in more wordings, and near misses.
@pytest.mark.parametrize(
    ("text", "fid", "want"),
    [
        ("I sleep a solid 8 hours and still twitch", "short_sleep", A),
        ("six and a half hours sleep most nights", "short_sleep", P),
        ("sleepin about 4 hours since the baby came", "short_sleep", P),
        ("working nights, sleeping (maybe 5 hrs) in the day", "short_sleep", P),
        ("I've had no sleep this week with the teething", "short_sleep", P),
        ("two all-nighters for the deadline and my calf is jumping", "short_sleep", P),
        ("no sleep problems, just twitchy calves", "short_sleep", U),
        ("sleep is awful, 4h max, and my calves jump", "short_sleep", P),
        ("Writing for my son (17), he only sleeps 5 hrs and his calves twitch", "short_sleep", P),
        ("calves twitching, no sleep with the night feeds", "short_sleep", P),
        ("no sleep walking or talking, just twitches", "short_sleep", U),
        ("I lose sleep over the twitching", "short_sleep", U),
        ("the canteen coffees, 7 a day, and my eyelid twitches", "high_caffeine", P),
        ("tea, 2 a day, nothing else", "high_caffeine", A),
        ("coffee, tea, water, the usual", "high_caffeine", U),
        ("calf twitching since the summer", "duration_over_2_weeks", P),
        ("thighs twitching since Easter", "duration_over_2_weeks", P),
        ("been twitching for like 5 wks", "duration_over_2_weeks", P),
        ("twitching from last 3 months", "duration_over_2_weeks", P),
        ("twitches in my feet over the last month", "duration_over_2_weeks", P),
        ("my calves have been jumping for months", "duration_over_2_weeks", P),
        ("my thigh has been twitching, going on four days", "duration_over_2_weeks", A),
        ("cramping since two days", "duration_over_2_weeks", A),
        ("my calf started twitching about 3 hours ago", "duration_over_2_weeks", A),
        ("my calf twitched after the fall", "duration_over_2_weeks", U),
        ("the twitch lasts for seconds", "duration_over_2_weeks", U),
        # a side of the hand, arm or face is not a leg's side
        ("a rash on my right hand, and my calves twitch all day", "both_legs", P),
        ("my eye twitches on the left side of my face and my thighs jump", "both_legs", P),
        ("the twitch is on my left calf, not the other one", "both_legs", A),
        # round 11C (convention 13): one side named alone leaves both_legs unknown
        ("burnt a finger on my right hand; the twitch is in my left calf", "both_legs", U),
    ],
)
def test_values_in_more_words(
    text: str, fid: str, want: FindingStatus, real_kb: KnowledgeBase
) -> None:
    assert status(text, fid, real_kb) is want
