"""Round 7 (docs/nlp.md): the general faults behind held-out 8's hard-rule breaches and missed red
flags, through the real pipeline and knowledge base, on sentences written for these tests (near
variants of the faults, not the set's own sentences), with ordinary sentences of the same shape
that must not change."""

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
        # a figure of speech with a finding's word in it reads as nothing (lay.yaml `figures`)
        ("been wasting my nights on forums about twitching", "muscle_wasting", U),
        ("I'm wasting so much time googling symptoms", "muscle_wasting", U),
        ("stop wasting money on magnesium, my calves still twitch", "muscle_wasting", U),
        ("the muscle in my calf is wasting", "muscle_wasting", P),
        ("there's wasting in my left thigh", "muscle_wasting", P),
        ("no wasting anywhere, just twitches", "muscle_wasting", A),
        ("the physio checked for wasting and found none", "muscle_wasting", A),
        # a finding that is part of another the sentence states (lay.yaml `part_of`)
        (
            "all of a sudden I was talking nonsense and the left side of my face drooped",
            "confusion",
            U,
        ),
        (
            "all of a sudden I was talking nonsense and the left side of my face drooped",
            "stroke_signs",
            P,
        ),
        ("I keep talking nonsense and get confused all week", "confusion", P),
        ("I'm talking nonsense lately. My face droops on one side.", "confusion", P),
    ],
)
def test_held_out_8_breach_faults(
    text: str, fid: str, status: FindingStatus, real_kb: KnowledgeBase
) -> None:
    assert _status(text, fid, real_kb) == status


def test_a_part_is_set_aside_with_its_reason(real_kb: KnowledgeBase) -> None:
    x = extract(
        "suddenly I was talking gibberish and one side of my face went numb", real_kb, TODAY
    )
    assert any(s.reason == "part of another finding" for s in x.set_aside)


@pytest.mark.parametrize(
    ("text", "answers"),
    [
        # a writing-for pattern with the writer's own "I am", other verbs, no "my", the age later
        ("I am writing for my father, he is 72, his calves jump", {"age": 72, "sex": "male"}),
        ("typing this for my wife, she's 44, cramps at night", {"age": 44, "sex": "female"}),
        ("Filling this in for Mum. Her feet twitch a lot", {"sex": "female"}),
        ("doing this for my son - he trips a lot lately", {"sex": "male"}),
        ("For my dad: his thighs ripple all evening, he's 81", {"age": 81, "sex": "male"}),
        ("Partner here. he's 52 and his calves flicker", {"age": 52}),
        # the writer may say what they noticed
        ("I'm asking for my husband, I've noticed his calf twitching", {"sex": "male"}),
        # not a writing-for pattern: the writer's own text
        ("I'm here for my son's check-up but my calves twitch", {}),
        ("asking for advice, my calves twitch all day", {}),
        ("My wife says I kick all night", {}),
        # the writer's own age and sex in a list or run together
        ("hello I am 61 woman, calves twitching", {"age": 61, "sex": "female"}),
        ("I am 40 years male, twitching in thighs", {"age": 40, "sex": "male"}),
        ("Background: 52, F, teacher. Calves twitch.", {"age": 52, "sex": "female"}),
        ("I'm 45, my calves twitch", {"age": 45}),
        ("twitching for 45, maybe 50 minutes", {}),
    ],
)
def test_writing_for_and_the_writers_age(
    text: str, answers: dict[str, object], real_kb: KnowledgeBase
) -> None:
    assert extract(text, real_kb, TODAY).answer_values() == answers


@pytest.mark.parametrize(
    ("text", "fid", "status"),
    [
        # a writing-for pattern: the person's red flags are read
        (
            "typing for my mum, she suddenly couldn't lift her arm and her face drooped",
            "stroke_signs",
            P,
        ),
        ("Filling this in for Dad. He keeps tripping on the kerb", "functional_weakness", P),
        # "and she" starts a clause: a negation before it does not reach into it
        ("for my wife: she can't sleep and her legs keep giving way", "functional_weakness", P),
        # without a pattern a relative's red flag stays set aside
        # round 9A, convention 5: written for them
        ("my dad keeps tripping on the kerb", "functional_weakness", P),
        # round 9A, convention 5: written for them
        ("My sister fainted at work, I'm fine", "loss_of_consciousness", P),
    ],
)
def test_writing_for_reads_the_persons_red_flags(
    text: str, fid: str, status: FindingStatus, real_kb: KnowledgeBase
) -> None:
    assert _status(text, fid, real_kb) == status


@pytest.mark.parametrize(
    ("text", "fid", "status"),
    [
        # counted falls and a foot that catches, said of the person or the person written for
        ("I've fallen over three times this month", "functional_weakness", P),
        ("went flat on my face on the pavement again", "functional_weakness", P),
        ("I fell two metres off a ladder at work", "functional_weakness", U),
        ("keeps catching his toe on the stairs, asking for my dad (70)", "functional_weakness", P),
        # worse over time, said with other words
        ("the left leg is feebler than last month", "progressive_weakness", P),
        ("each week my leg is a bit feebler than the week before", "progressive_weakness", P),
        ("my wifi is a bit weaker every week", "progressive_weakness", U),
        ("my thigh is a bit feebler than the other one", "progressive_weakness", U),
        ("less and less strength in my legs since spring", "progressive_weakness", P),
        ("my legs are weak and it's worse every fortnight", "progressive_weakness", P),
        ("the neurologist said there was no change in my strength", "progressive_weakness", A),
        ("every week I can walk less far before my legs ache", "progressive_weakness", P),
        ("each month I manage fewer reps on leg day", "progressive_weakness", P),
        ("every week I drink less coffee", "progressive_weakness", U),
        # wasting, rising numbness, in other words
        ("the pad of my thumb has sunk in", "muscle_wasting", P),
        ("the tingling went from me toes to me knees in two days", "ascending_weakness", P),
        ("the twitching has climbed a bit higher up my calf", "ascending_weakness", U),
        # bladder, swallowing, breathing, chest, calf, urine, blackouts
        ("I sit on the toilet and nothing comes", "bladder_bowel_change", P),
        (
            "he can't hold his water since Tuesday, writing for my husband",
            "bladder_bowel_change",
            P,
        ),
        ("passing urine has become difficult", "bladder_bowel_change", P),
        ("pills sit halfway down and won't shift", "speech_swallowing_change", P),
        ("struggling to get a full breath even lying in bed", "breathing_difficulty", P),
        ("I'm struggling to get a good breath after the 10k", "breathing_difficulty", U),
        ("stab in my chest when I breathe in", "chest_pain", P),
        ("my chest kills when I cough", "chest_pain", P),
        ("right calf's gone all puffy and red", "calf_swelling", P),
        ("my calf is fat and hot to touch", "calf_swelling", P),
        ("my calves are fat and I hate them", "calf_swelling", U),
        ("went for a wee and it was brown", "dark_urine", P),
        ("I had to pee and it was dark outside", "dark_urine", U),
        ("my wife said my eyes rolled back and I went stiff", "loss_of_consciousness", P),
        ("I rolled my eyes at him", "loss_of_consciousness", U),
        # confusion in other words, and explained by anxiety
        ("I can't think straight and got lost on my own road", "confusion", P),
        ("I can't think straight when I'm this anxious", "confusion", U),
        ("Dad didn't recognise his own garden, writing for my dad (80)", "confusion", P),
        ("she didn't recognise her own reflection after the haircut", "confusion", U),
        # a cough that happens again and again is not one crumb the wrong way
        (
            "water goes down the wrong way and I cough, it's happened 4 times",
            "speech_swallowing_change",
            P,
        ),
        ("a crumb went down the wrong way and I coughed", "speech_swallowing_change", U),
        # ordinary causes in the same sentence: tiredness for slurring, rushing for a trip
        ("my speech goes a bit slurry when I'm really tired", "speech_swallowing_change", U),
        ("my speech goes slurry, I'm so tired all the time", "speech_swallowing_change", P),
        ("I trip over my own feet when I'm rushing, always have", "functional_weakness", U),
        ("I trip over my own feet every day now", "functional_weakness", P),
        # a greeting to a clinician is not someone else
        ("hi doc, I can't stand on tiptoe on my left", "functional_weakness", P),
        ("Doctor, my pee is dark brown like cola", "dark_urine", P),
        ("the doctor's leg gave way on the ward", "functional_weakness", U),
    ],
)
def test_held_out_8_missed_red_flags(
    text: str, fid: str, status: FindingStatus, real_kb: KnowledgeBase
) -> None:
    assert _status(text, fid, real_kb) == status


@pytest.mark.parametrize(
    ("text", "fid", "status"),
    [
        # more figures of speech read as nothing, next to the same words meant plainly
        ("I choked up giving the toast at my sister's do", "speech_swallowing_change", U),
        ("I keep choking on water", "speech_swallowing_change", P),
        ("I stumbled across a thread about BFS", "functional_weakness", U),
        ("stumbled on a video about ALS last night", "functional_weakness", U),
        ("I stumbled on the stairs again today", "functional_weakness", P),
        ("I tripped up on the interview question", "functional_weakness", U),
        ("I keep tripping up the stairs", "functional_weakness", P),
        ("weak at the knees when he smiles", "weakness", U),
        ("I keep falling asleep on the sofa", "functional_weakness", U),
        ("my legs twitch and I keep falling over", "functional_weakness", P),
        ("my knees are weak", "weakness", P),
    ],
)
def test_figures_of_speech(
    text: str, fid: str, status: FindingStatus, real_kb: KnowledgeBase
) -> None:
    assert _status(text, fid, real_kb) == status


def test_the_writers_own_body_ends_a_writing_for_pattern(real_kb: KnowledgeBase) -> None:
    text = "I'm writing for my husband, my calves twitch too and I keep tripping"
    x = extract(text, real_kb, TODAY)
    assert x.answer_values() == {}
    assert x.status_of("functional_weakness") == P


@pytest.mark.parametrize(
    ("text", "fid", "status"),
    [
        # "not been able to", a stream that will not start, falls counted with "falling"
        ("haven't been able to pass water properly since Sunday", "bladder_bowel_change", P),
        ("can't get my pee started in the mornings now", "bladder_bowel_change", P),
        ("haven't been able to sleep properly", "bladder_bowel_change", U),
        ("I'm falling over three times a week", "functional_weakness", P),
        ("I've had two falls this month out of nowhere", "functional_weakness", P),
        ("no falls at all, just the twitching", "functional_weakness", A),
        ("I'm weaker than I thought at the gym", "progressive_weakness", U),
        ("Posting for my dad, he is 81, he keeps falling", "functional_weakness", P),
        # a greeting before "my husband is 67" still opens a writing-for text
        ("hello doctor my husband is 70 he keeps tripping on nothing", "functional_weakness", P),
        # a mate of the writer's stays someone else
        ("my mate my age has shrunk calves", "muscle_wasting", U),
    ],
)
def test_held_out_6_faults(
    text: str, fid: str, status: FindingStatus, real_kb: KnowledgeBase
) -> None:
    assert _status(text, fid, real_kb) == status


@pytest.mark.parametrize(
    ("text", "fid", "status"),
    [
        # what to look out for, a dream, a teenager or toddler of the writer's: not the person's
        ("Should I be looking out for my legs giving way?", "functional_weakness", U),
        ("keep an eye out for foot drop, the physio said", "functional_weakness", U),
        ("In my nightmares I can't breathe", "breathing_difficulty", U),
        ("My teenager fainted in assembly; I just twitch", "loss_of_consciousness", U),
        ("our youngest keeps tripping over", "functional_weakness", U),
        ("my stepdad's legs gave way; I just twitch", "functional_weakness", U),
        ("I'm a teenager and I keep tripping over", "functional_weakness", P),
        ("as a teenager I fainted a lot", "loss_of_consciousness", U),
        # lists of signs to watch for, checks, catastrophising, what anxiety says, people with ALS
        ("Signs to watch: foot drop, slurred speech, wasting", "functional_weakness", U),
        ("Signs to watch: foot drop, slurred speech, wasting", "muscle_wasting", U),
        ("I'm obsessively checking my pee colour for dark urine", "dark_urine", U),
        ("my therapist says I'm catastrophising about choking", "speech_swallowing_change", U),
        ("My anxiety tells me my speech is slurring", "speech_swallowing_change", U),
        ("people with ALS often can't swallow", "speech_swallowing_change", U),
        ("my speech is slurring and I haven't been drinking", "speech_swallowing_change", P),
        # more words for other people: partners, friends, lodgers, grannies, "my old man"
        ("my fella's calf is swollen and red", "calf_swelling", U),
        ("my old man keeps falling over", "functional_weakness", U),
        ("my fiance collapsed at the gym, I get cramp", "loss_of_consciousness", U),
        ("my bestie passed out at the party, my calves twitch", "loss_of_consciousness", U),
        ("our lodger's wee is brown", "dark_urine", U),
        ("my granny can't swallow properly, I just twitch", "speech_swallowing_change", U),
        ("my manager had chest pain at work", "chest_pain", U),
        ("an old man at the shop fainted", "loss_of_consciousness", U),
        ("I'm an old man and I keep falling over", "functional_weakness", P),
        # a fear said after the words
        ("chest pain is one of the things that scares me", "chest_pain", U),
        ("slurred speech really frightens me", "speech_swallowing_change", U),
        ("my legs keep giving way, which scares me", "functional_weakness", P),
    ],
)
def test_not_the_persons_own(
    text: str, fid: str, status: FindingStatus, real_kb: KnowledgeBase
) -> None:
    assert _status(text, fid, real_kb) == status


def test_my_old_man_is_a_parent(real_kb: KnowledgeBase) -> None:
    """A father called "my old man": his ALS is a family history, not the person's."""
    assert _status("my old man had ALS", "family_history_mnd", real_kb) == P


@pytest.mark.parametrize(
    ("text", "fid", "status"),
    [
        # second-language and everyday wordings
        ("my left foot just hangs limp when I lift my leg", "functional_weakness", P),
        ("my foot hangs off the bed when I sleep", "functional_weakness", U),
        ("there is loss of muscle in my calf", "muscle_wasting", P),
        ("my calf muscle has become thin", "muscle_wasting", P),
        ("my legs are thin", "muscle_wasting", U),
        ("I have no control on my urine", "bladder_bowel_change", P),
        ("urine is coming without my knowledge", "bladder_bowel_change", P),
        ("I am having difficulty in swallowing food", "speech_swallowing_change", P),
        ("I have no problems with swallowing", "speech_swallowing_change", A),
        ("I need three pillows to breathe at night", "breathing_difficulty", P),
        ("my fingers went stiff and curled and my lips tingled", "tetany", P),
        ("I curled up in bed with my hands on my tummy", "tetany", U),
        ("I keep getting confused about what day it is", "confusion", P),
        ("I'm confused about which day to book", "confusion", U),
        # "I am writing for her" after a text that opens with the person
        (
            "my mother is getting confused since yesterday, she is 70, I am writing for her",
            "confusion",
            P,
        ),
        ("My dad keeps tripping and my legs twitch, I'm asking for him", "functional_weakness", U),
    ],
)
def test_more_everyday_wordings(
    text: str, fid: str, status: FindingStatus, real_kb: KnowledgeBase
) -> None:
    assert _status(text, fid, real_kb) == status


def test_writing_for_her_said_last_answers_age_and_sex(real_kb: KnowledgeBase) -> None:
    text = "my mother is getting confused since yesterday, she is 70, I am writing for her"
    assert extract(text, real_kb, TODAY).answer_values() == {"age": 70, "sex": "female"}
