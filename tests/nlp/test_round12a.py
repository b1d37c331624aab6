"""Round 12A (docs/nlp.md): held-out 13's hard-rule breaches, by class. Each class is tested
through the real pipeline and knowledge base on sentences written for these tests (not taken from
a labelled set), with sentences that must still read the finding, so a rule that sets everything
aside fails."""

from __future__ import annotations

from legtwitch.knowledge.base import KnowledgeBase
from reading import A, P, U
from reading import status as _status

Case = tuple[str, str, object]


def _check(cases: list[Case], kb: KnowledgeBase) -> None:
    got = [(text, fid, _status(text, fid, kb)) for text, fid, _ in cases]
    assert got == cases


# Class 1: figures of speech that borrow a red flag's words (`other_meanings`): a power cut's
# blackout, flopping onto the sofa, swollen with pride, a shy bladder.
FIGURES: list[Case] = [
    (
        "We had a blackout at the gig when the power went, then my calves twitched",
        "loss_of_consciousness",
        U,
    ),
    (
        "I just collapsed onto the couch after work and my thighs were jumping",
        "loss_of_consciousness",
        U,
    ),
    ("Flopped in a heap on the bed after the wedding, legs aching", "loss_of_consciousness", U),
    ("Chest swelling with pride at her graduation, and my calf twitches a bit", "calf_swelling", U),
    ("I've got a shy bladder, can't pee at a urinal with people around", "bladder_bowel_change", U),
    ("Always been pee-shy in public loos. My legs twitch at night.", "bladder_bowel_change", U),
    # still read
    ("I had a blackout at work and woke up on the floor", "loss_of_consciousness", P),
    ("I collapsed in the kitchen and came round on the floor", "loss_of_consciousness", P),
    ("My left calf is swollen and red since the flight", "calf_swelling", P),
    ("Since Monday I can't pee properly and my legs feel weak", "bladder_bowel_change", P),
]


def test_figures_of_speech(real_kb: KnowledgeBase) -> None:
    _check(FIGURES, real_kb)


# Class 2: an ordinary cause in the sentence (`explained_by`): a foggy head after a night shift or
# no sleep; a numb bottom after hours on a seat.
EXPLAINED: list[Case] = [
    ("Felt muddled and foggy after two night shifts in a row, fine after a sleep", "confusion", U),
    ("Couldn't think straight after an all-nighter, calves twitchy", "confusion", U),
    ("Numb bum after a long drive to Cornwall, my calves twitch now", "saddle_numbness", U),
    ("My backside went numb on the 5 hour train journey", "saddle_numbness", U),
    # still read
    ("My husband has been confused for three days, didn't know where he was", "confusion", P),
    (
        "Numb bum since the long drive and it's still numb, and I can't feel myself pee",
        "saddle_numbness",
        P,
    ),
    ("My bum and groin have gone numb since Sunday", "saddle_numbness", P),
]


def test_ordinary_causes(real_kb: KnowledgeBase) -> None:
    _check(EXPLAINED, real_kb)


# Class 3: an instruction to report a symptom ("the leaflet says to report dark urine") and a
# counterfactual question ("would my face have drooped?") do not say it happened.
NOT_HAPPENED: list[Case] = [
    ("The pharmacist said to report any dark urine straight away", "dark_urine", U),
    ("The label tells you to report chest pain. I just get cramps.", "chest_pain", U),
    ("Would my face have drooped if it was a stroke? My foot tingles.", "stroke_signs", U),
    ("Wouldn't his speech have slurred if it was serious?", "speech_swallowing_change", U),
    # still read
    ("My wee has been dark brown like cola since the marathon", "dark_urine", P),
    ("My face drooped on one side this morning for ten minutes", "stroke_signs", P),
    ("No dark urine at all", "dark_urine", A),
]


def test_not_happened(real_kb: KnowledgeBase) -> None:
    _check(NOT_HAPPENED, real_kb)


# Class 4: someone's words that would not come, with a one-sided hand and a word of suddenness, are
# one sudden episode: stroke signs only (the together rule of round 8A).
EPISODE: list[Case] = [
    (
        "My wife suddenly couldn't find her words and her left hand went weak for a few minutes",
        "stroke_signs",
        P,
    ),
    (
        "Dad suddenly couldn't find his words and his right hand couldn't grip, for ten minutes",
        "stroke_signs",
        P,
    ),
    (
        "Dad suddenly couldn't find his words and his right hand couldn't grip, for ten minutes",
        "functional_weakness",
        U,
    ),
    # nerves, not a speech change
    ("I couldn't get my words out in the meeting I was so nervous", "speech_swallowing_change", U),
]


def test_an_episode(real_kb: KnowledgeBase) -> None:
    _check(EPISODE, real_kb)


# Class 5: a relative clause that says a thing is not there denies the thing, not the symptom.
NOT_THERE: list[Case] = [
    (
        "It feels like I'm sitting on a ball that isn't there, numb down below since Tuesday",
        "saddle_numbness",
        P,
    ),
    ("Like wearing a sock that isn't there, my bum is numb", "saddle_numbness", P),
    # still denied
    ("The numbness down below isn't there any more", "saddle_numbness", A),
    ("No numbness down there", "saddle_numbness", A),
]


def test_a_thing_not_there(real_kb: KnowledgeBase) -> None:
    _check(NOT_THERE, real_kb)


# Class 6: a friend addressed at the start ("Mate, me wee's gone brown") is no other person.
ADDRESSED: list[Case] = [
    ("Mate me wee's gone dark brown like cola since Sunday", "dark_urine", P),
    ("bro I keep falling over, my legs just give way", "functional_weakness", P),
    ("Guys I've been fainting at work twice this week", "loss_of_consciousness", P),
    ("my mate my age has shrunk calves", "muscle_wasting", U),
    # still someone else's (and the writer's own denied)
    ("My brother's wee has gone dark brown like cola, mine is fine", "dark_urine", A),
]


def test_a_friend_addressed(real_kb: KnowledgeBase) -> None:
    _check(ADDRESSED, real_kb)
