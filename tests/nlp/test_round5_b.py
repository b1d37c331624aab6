"""Round 5, bank B's general rules (docs/nlp.md, "fifth round"), through the real pipeline and
knowledge base, on sentences written for these tests (not taken from the labelled sets or the bank).
"""

from __future__ import annotations

from datetime import date

import pytest

from legtwitch.domain.findings import FindingStatus
from legtwitch.knowledge.base import KnowledgeBase
from legtwitch.nlp import extract

P, A, U = FindingStatus.PRESENT, FindingStatus.ABSENT, FindingStatus.UNKNOWN
TODAY = date(2026, 11, 24)


def _status(text: str, fid: str, kb: KnowledgeBase) -> FindingStatus:
    found = {f.id: f.status for f in extract(text, kb, TODAY).findings}
    return found.get(fid, U)


@pytest.mark.parametrize(
    ("text", "fid", "status"),
    [
        # a part word slot and a change word slot with a gap, in both orders
        ("a strange numbness round my anus since the weekend", "saddle_numbness", P),
        ("my inner thighs have gone tingly", "saddle_numbness", P),
        ("lost all sensation in my private area", "saddle_numbness", P),
        ("numbness on the bottom of my foot", "saddle_numbness", U),
        ("the balls of my feet are numb", "saddle_numbness", U),
        ("I'm struggling to pass urine", "bladder_bowel_change", P),
        # round 9A, convention 5: written for them
        ("he can't empty his bladder properly", "bladder_bowel_change", P),
        ("I keep weeing myself when I cough", "bladder_bowel_change", P),
        ("my trousers were wet from the rain", "bladder_bowel_change", U),
        ("I sleep propped up on two pillows now", "breathing_difficulty", P),
        ("can't take a deep breath", "breathing_difficulty", P),
        ("stabbing pain in my ribs when I inhale", "chest_pain", P),
        ("spat out blood-streaked phlegm", "chest_pain", P),
        ("a sharp twitch in my chest", "chest_pain", U),
        ("swelling in my left calf", "calf_swelling", P),
        ("it's warm to the touch and puffy", "calf_swelling", P),
        ("urine the colour of mahogany", "dark_urine", P),
        ("peeing what looks like iced tea", "dark_urine", P),
        ("my pee is dark yellow in the morning", "dark_urine", U),
        ("my fingers clenched into a claw", "tetany", P),
        ("my hands cramp when I write a lot", "tetany", U),
        ("my voice box went into spasm", "tetany", P),
        # denials in everyday words
        ("my hands don't lock up", "tetany", A),
        ("fingers move normally", "tetany", A),
        ("sensation in my groin is normal", "saddle_numbness", A),
        ("no change in my bowel habits", "bladder_bowel_change", A),
        ("my breathing is normal", "breathing_difficulty", A),
        ("my chest is fine", "chest_pain", A),
        ("my lungs were clear on the x-ray", "breathing_difficulty", A),
        ("calves are not red or warm", "calf_swelling", A),
        ("I can still feel my groin", "saddle_numbness", A),
        ("no saddle anaesthesia", "saddle_numbness", A),
        ("no urinary problems", "bladder_bowel_change", A),
        ("I can breathe properly", "breathing_difficulty", A),
        ("my fingers don't curl up", "tetany", A),
        ("my fingers curl when it's cold", "tetany", U),
        ("The GP asked about numbness in my groin, there isn't any", "saddle_numbness", A),
    ],
)
def test_round5_b_phrases(
    text: str, fid: str, status: FindingStatus, real_kb: KnowledgeBase
) -> None:
    assert _status(text, fid, real_kb) == status


@pytest.mark.parametrize(
    ("text", "fid", "status"),
    [
        # another person's possessive just before the part: not the writer's
        ("my neighbour did a spin class and her wee went brown", "dark_urine", U),
        ("went hiking with a friend and his calf is swollen now", "calf_swelling", U),
        ("my calf is swollen", "calf_swelling", P),
        # ... unless the writer writes for that person
        ("Writing for my husband (60): his calf is swollen and hot", "calf_swelling", P),
        # "bro" said to the reader is not a brother; "my bro" still is
        ("bro I literally can't breathe lying down", "breathing_difficulty", P),
        ("my bro can't breathe lying down", "breathing_difficulty", U),
        # a comparison is not someone else
        ("feels like somebody is standing on my chest", "chest_pain", P),
        # a short first-person denial after a question points back at what was asked
        ("The nurse asked if my hands ever lock into a claw. I don't think so", "tetany", U),
        ("The nurse asked if my hands ever lock into a claw. They don't", "tetany", A),
        ("GP wanted to know whether I was short of breath. I'm not", "breathing_difficulty", A),
        ("my calves twitch and my chest feels heavy, I don't know why", "chest_pain", P),
        # a near miss is not the event; a question about what might come is not the person's
        ("laughed so much I almost peed myself", "bladder_bowel_change", U),
        ("could MND give me breathing problems?", "breathing_difficulty", U),
        # a list joined by "and" is not one complaint; a smell is not a colour
        ("twitching in my chest and an ache in my calf", "chest_pain", U),
        ("my pee smells like coffee", "dark_urine", U),
        ("I get up to pee when it's dark", "dark_urine", U),
        # deny-only words with a contraction or "without a problem"
        ("breathing's fine", "breathing_difficulty", A),
        ("I can lie flat without any trouble", "breathing_difficulty", A),
        ("my wee is a clear straw colour", "dark_urine", A),
        # feet locking in a spasm (carpopedal), as the blind sets label it
        ("both feet locked with my toes pointed", "tetany", P),
        ("her feet locked up", "tetany", U),
        # "didn't realise I'd ..." is about noticing, not a denial
        ("I didn't realise I had wet myself until I stood up", "bladder_bowel_change", P),
        ("I didn't wet myself", "bladder_bowel_change", A),
        ("my bladder doesn't empty properly any more", "bladder_bowel_change", P),
        ("like breathing through a straw all day", "breathing_difficulty", P),
        ("my hands clamped the steering wheel", "tetany", U),
        ("my pee is not coming out brown any more", "bladder_bowel_change", U),
        ("I change my pads a lot with heavy periods", "bladder_bowel_change", U),
        ("swelling at the back of my right calf", "calf_swelling", P),
        ("pee as dark as coffee", "dark_urine", P),
        ("I pooped my pants without noticing", "bladder_bowel_change", P),
        ("I drink black coffee all day and pee a lot", "dark_urine", U),
        # everyday words that sit near a part word but say nothing about it
        ("black coffee makes me pee loads", "dark_urine", U),
        ("I gasped when I saw my calf jump", "breathing_difficulty", U),
        ("my legs look shiny after shaving", "calf_swelling", U),
        ("my hand muscles contract when I grip the bar", "tetany", U),
        ("my hands shake and my fingers curl when I'm cold", "tetany", U),
        ("my chest is ok and the pain is only in my calves", "chest_pain", A),
    ],
)
def test_round5_b_status(
    text: str, fid: str, status: FindingStatus, real_kb: KnowledgeBase
) -> None:
    assert _status(text, fid, real_kb) == status
