"""Denials that point back, set-aside triggers that run into a target, and words that only deny
(docs/nlp.md, third round), through the real pipeline and knowledge base."""

from __future__ import annotations

from datetime import date

import pytest

from legtwitch.domain.findings import FindingStatus
from legtwitch.knowledge.base import KnowledgeBase
from legtwitch.nlp import extract

P, A, U = FindingStatus.PRESENT, FindingStatus.ABSENT, FindingStatus.UNKNOWN
TODAY = date(2026, 11, 24)


@pytest.mark.parametrize(
    ("text", "fid", "status"),
    [
        # a denial pointing back denies what was just named, whoever named it
        ("My mum had slurred speech. I don't have that.", "speech_swallowing_change", A),
        ("My dad has foot drop, I don't have it", "functional_weakness", A),
        ("worried about slurred speech, I don't have that though", "speech_swallowing_change", A),
        ("ALS starts with tripping or choking, I have neither of those", "functional_weakness", A),
        # ... but only when it ends its clause
        ("I have trouble swallowing. I don't have it every day", "speech_swallowing_change", P),
        ("my legs buckle, none of those things happened before", "functional_weakness", P),
        (
            "I've been slurring my words. I don't have any pain though.",
            "speech_swallowing_change",
            P,
        ),
        ("Foot drop? No. Wasting? No.", "muscle_wasting", A),
        ("My doctor said it isn't foot drop", "functional_weakness", A),
        ("Ruled out: foot drop, wasting, weakness", "muscle_wasting", A),
        # questions about symptoms in general, fears and other people's symptoms are not the
        # person's; a question about their own body still counts
        ("Is foot drop a sign of ALS?", "functional_weakness", U),
        ("Can twitching lead to muscle wasting?", "muscle_wasting", U),
        ("Is it normal that my legs keep giving way?", "functional_weakness", P),
        ("I'm terrified of losing control of my bladder", "bladder_bowel_change", U),
        ("my biggest fear is my face drooping", "stroke_signs", U),
        ("They say slurred speech is a warning sign", "speech_swallowing_change", U),
        ("My neighbour has ALS. He started with foot drop.", "functional_weakness", U),
        ("My mate's legs give way all the time, mine just twitch", "functional_weakness", U),
        ("Supposedly if you can't stand on your tiptoes it's bad", "functional_weakness", U),
        # set-aside triggers that run into a target still set it aside
        ("if it spreads up my legs I'll go to A&E", "ascending_weakness", U),
        ("Should I be worried about foot drop?", "functional_weakness", U),
        ("I read that it starts with tripping and slurred speech", "speech_swallowing_change", U),
        # words that only deny: never present, nothing when negated
        ("I can swallow fine, talk fine, breathe fine", "breathing_difficulty", A),
        ("no muscle loss, walking normal", "functional_weakness", A),
        ("my pee is a normal colour", "dark_urine", A),
        ("my pee isn't a normal colour", "dark_urine", U),
        ("I don't think my walking is normal", "functional_weakness", U),
        ("my legs work fine but my foot slaps when I walk", "functional_weakness", P),
        # lay words for red flags, and idioms that are not red flags
        ("legs keep giving way on me", "functional_weakness", P),
        ("the left side of my face dropped", "stroke_signs", P),
        ("my face dropped when I saw the bill", "stroke_signs", U),
        ("so stressed I can't think straight", "confusion", U),
        ("keep losing track of what I'm saying", "confusion", P),
        ("can't get up off the sofa, too comfy", "functional_weakness", U),
        ("cant walk up the hill anymore without my legs buckling", "functional_weakness", P),
        # a negation that runs into the target's first word still denies it ("never had" +
        # "had a fit"), found on blind set 6
        ("nah never fainted, never had a fit", "loss_of_consciousness", A),
        ("I haven't had a seizure", "loss_of_consciousness", A),
        ("I had a fit last night", "loss_of_consciousness", P),
    ],
)
def test_statuses(real_kb: KnowledgeBase, text: str, fid: str, status: FindingStatus) -> None:
    assert extract(text, real_kb, TODAY).status_of(fid) is status
