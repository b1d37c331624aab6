"""Round 11A (docs/nlp.md): held-out 12's hard-rule breaches and false positives, and the known
wrong readings the lead listed, by class. Each class is tested through the real pipeline and
knowledge base on sentences written for these tests (not taken from a labelled set), with
sentences that must still read the finding, so a rule that sets everything aside fails."""

from __future__ import annotations

from legtwitch.knowledge.base import KnowledgeBase
from legtwitch.nlp import extract
from reading import TODAY, A, P, U
from reading import status as _status

Case = tuple[str, str, object]


def _check(cases: list[Case], kb: KnowledgeBase) -> None:
    got = [(text, fid, _status(text, fid, kb)) for text, fid, _ in cases]
    assert got == cases


# Class 1: a worry or a check never hides inside a phrase's gap ("my calves checking for
# wasting" is not "calves .. wasting"); the check sets the red flag aside.
GAP_WORRY: list[Case] = [
    ("I keep measuring my calves checking for wasting every night", "muscle_wasting", U),
    ("Every morning I stare at my thighs dreading wasting", "muscle_wasting", U),
    ("I stare at my calves every night checking them for wasting", "muscle_wasting", U),
    # still read
    ("My left calf is wasting away", "muscle_wasting", P),
    ("There is visible wasting in my right thigh", "muscle_wasting", P),
]


def test_a_worry_inside_a_gap(real_kb: KnowledgeBase) -> None:
    _check(GAP_WORRY, real_kb)


# Class 2: a clinician's question ("Dr asked if", "the nurse wanted to know whether", "the GP
# ran through a checklist: any ...?") sets aside what it asks about, to the end of the clause;
# a question may open after a colon.
CLINICIAN_ASKED: list[Case] = [
    ("The nurse asked whether I'd had any fainting or dark brown pee", "dark_urine", U),
    ("The nurse asked whether I'd had any fainting or dark brown pee", "loss_of_consciousness", U),
    (
        "Dr wanted to know if my speech was slurred or swallowing was hard",
        "speech_swallowing_change",
        U,
    ),
    ("The physio ran through a checklist: any numbness in the groin, chest pain?", "chest_pain", U),
    (
        "The physio ran through a checklist: any numbness in the groin, chest pain?",
        "saddle_numbness",
        U,
    ),
    ("My GP's questions were all about fainting and slurred speech", "speech_swallowing_change", U),
    (
        "On the phone the nurse went through the red flags: numbness in the saddle area, weakness",
        "saddle_numbness",
        U,
    ),
    # still read
    ("The nurse asked about my calves. I fainted twice this week.", "loss_of_consciousness", P),
    ("Doctor, I fainted twice this week", "loss_of_consciousness", P),
    ("Dr asked: any trouble swallowing? Told her no.", "speech_swallowing_change", A),
    ("Update: my pee has been dark brown like cola since Monday.", "dark_urine", P),
]


def test_a_clinicians_question(real_kb: KnowledgeBase) -> None:
    _check(CLINICIAN_ASKED, real_kb)


# Class 3: a pointing-back "I'm not" after what someone else says of the writer denies what they
# said, not the writer's own symptom named before it.
REPORTED_CLAIM: list[Case] = [
    ("My legs have felt weak for a month and my wife thinks I'm lazy, I'm not", "weakness", P),
    (
        "I keep tripping over my own feet, my mate reckons I'm drunk, I'm not",
        "functional_weakness",
        P,
    ),
    (
        "my words come out slurred and my dad says I'm making it up, I'm not",
        "speech_swallowing_change",
        P,
    ),
    # still denied
    ("My wife reckons I slur my words but I really don't", "speech_swallowing_change", A),
    ("They asked if I was slurring. I'm not.", "speech_swallowing_change", A),
    # still read: the writer's own claim is not someone else's
    ("My legs keep giving way and my boss thinks I'm drunk, but I'm not", "functional_weakness", P),
]


def test_a_denial_of_what_someone_said(real_kb: KnowledgeBase) -> None:
    _check(REPORTED_CLAIM, real_kb)


# Class 4: words of a red flag in another sense: fitness ("I'm not very fit"), handing out
# ("passed out flyers"), news that is hard to swallow, an accident at work or on the road.
OTHER_SENSES: list[Case] = [
    ("I'm not very fit, my calves ache after the stairs", "loss_of_consciousness", U),
    ("Not that fit these days and my thighs twitch", "loss_of_consciousness", U),
    ("I was never very fit but my thighs twitch now", "loss_of_consciousness", U),
    ("He passed out flyers at the station all day", "loss_of_consciousness", U),
    (
        "We passed out 200 flyers for the school fair and my calves twitch",
        "loss_of_consciousness",
        U,
    ),
    (
        "I passed out the leaflets at church, then my legs started twitching",
        "loss_of_consciousness",
        U,
    ),
    (
        "The diagnosis was really hard to swallow, and my calves twitch all day",
        "speech_swallowing_change",
        U,
    ),
    ("Losing my job was a lot to swallow. My thighs jump at night.", "speech_swallowing_change", U),
    ("Breaking up with him was hard to swallow, my calves twitch", "speech_swallowing_change", U),
    ("Had an accident at work in March and my calves twitch since", "bladder_bowel_change", U),
    ("Car accident last year, now my legs twitch", "bladder_bowel_change", U),
    # still read
    ("I have never had a fit", "loss_of_consciousness", A),
    ("I passed out at work yesterday", "loss_of_consciousness", P),
    ("It's hard to swallow food lately", "speech_swallowing_change", P),
    ("I had an accident and wet myself on the bus", "bladder_bowel_change", P),
    ("No accidents with my bladder", "bladder_bowel_change", A),
]


def test_another_sense_of_the_words(real_kb: KnowledgeBase) -> None:
    _check(OTHER_SENSES, real_kb)


# Class 5: childhood ("till I was 10", "when I was 7", "as a boy") is the past.
CHILDHOOD: list[Case] = [
    (
        "Random fact, I wet the bed till I was 12. My calves twitch at night.",
        "bladder_bowel_change",
        U,
    ),
    ("When I was 7 I had a few fits. These days my thighs twitch.", "loss_of_consciousness", U),
    ("As a boy I fainted a lot in assembly. My legs jump at night.", "loss_of_consciousness", U),
    # still read
    ("I wet the bed last night and my legs feel numb", "bladder_bowel_change", P),
    ("I fainted in the shower this morning.", "loss_of_consciousness", P),
]


def test_childhood_is_the_past(real_kb: KnowledgeBase) -> None:
    _check(CHILDHOOD, real_kb)


# Class 6: puffy ankles after a day on one's feet are put down to it (set aside); one swollen
# calf, or a tender one, is still read.
ON_ONES_FEET: list[Case] = [
    ("My ankles get puffy after a 12 hour shift", "calf_swelling", U),
    ("Feet and ankles a bit swollen after standing all day at the till", "calf_swelling", U),
    # still read
    ("My left calf is swollen and hot", "calf_swelling", P),
    ("After a long shift my right calf is swollen and tender", "calf_swelling", P),
]


def test_swelling_after_a_day_on_ones_feet(real_kb: KnowledgeBase) -> None:
    _check(ON_ONES_FEET, real_kb)


# Class 7: feeling the toilet paper or the wipe is saddle sensation, not a bladder denial.
WIPING: list[Case] = [
    ("I can feel the toilet paper fine, no worries there", "saddle_numbness", A),
    ("I can feel the toilet paper fine, no worries there", "bladder_bowel_change", U),
    ("Can still feel everything when I wipe", "saddle_numbness", A),
    ("Wiping feels normal, my calves just twitch", "saddle_numbness", A),
    # still read
    ("I can't feel the toilet paper when I wipe", "saddle_numbness", P),
    ("Bladder is fine", "bladder_bowel_change", A),
]


def test_feeling_the_wipe(real_kb: KnowledgeBase) -> None:
    _check(WIPING, real_kb)


# Class 8: how often the writer does something ("I walk the dog 5k every morning", "I swim three
# times a week") is not how often the symptom comes.
HABITS: list[Case] = [
    ("I walk the dog 5k every morning and my calves twitch", "frequent_episodes", U),
    ("I swim three times a week, thighs twitch", "frequent_episodes", U),
    ("I go to the gym 5 times a week and my legs twitch", "frequent_episodes", U),
    ("Calves twitch since May. 38, netball twice a week.", "frequent_episodes", U),
    # still read
    ("My calves twitch every night", "frequent_episodes", P),
    ("My calves twitch every morning when I walk the dog", "frequent_episodes", P),
]


def test_a_habits_rate(real_kb: KnowledgeBase) -> None:
    _check(HABITS, real_kb)


# Class 9: what the writer tells someone about their body ("I told my mate his legs look weak")
# is neither the writer's nor a text written for that person.
TOLD: list[Case] = [
    ("I told my mate his legs look weak", "weakness", U),
    ("I told my girlfriend her ankles look swollen", "calf_swelling", U),
    # still read: a text about someone else only is written for them (convention 5)
    ("My mate's legs have gone weak and he keeps tripping", "weakness", P),
    ("I told my mate my legs feel weak", "weakness", P),
]


def test_what_the_writer_tells_someone(real_kb: KnowledgeBase) -> None:
    _check(TOLD, real_kb)


# Class 10: a vague time of what the writer was doing ("stood there for ages", "when I sit for
# hours") is not the symptom's duration; the symptom's own "for ages" still is.
ACTIVITY_TIME: list[Case] = [
    ("My calves twitch when I stand for ages", "duration_over_2_weeks", U),
    ("Sitting for ages makes my thighs jump", "duration_over_2_weeks", U),
    ("I queued for hours yesterday and my calves twitched", "duration_over_2_weeks", U),
    # still read
    ("My calves have twitched for ages", "duration_over_2_weeks", P),
    ("My legs twitch when sitting, for 3 weeks now", "duration_over_2_weeks", P),
]


def test_what_the_writer_was_doing_for_ages(real_kb: KnowledgeBase) -> None:
    _check(ACTIVITY_TIME, real_kb)


def test_the_model_asks_nothing_of_an_accident_at_work(real_kb: KnowledgeBase) -> None:
    """An accident at work or on the road is an event: the red-flag model sets no sentence aside
    as a possible bladder change (it did, "might describe ..."); a wetting is still read."""
    for text in (
        "Had an accident at work last week. Since then my calves twitch.",
        "Was in a car accident in May, my thighs have jumped ever since.",
    ):
        x = extract(text, real_kb, TODAY)
        assert x.status_of("bladder_bowel_change") == U
        assert not [s for s in x.set_aside if "urine or stools" in s.reason], text
    wet = extract("Had an accident at work, wet myself at my desk.", real_kb, TODAY)
    assert wet.status_of("bladder_bowel_change") == P
