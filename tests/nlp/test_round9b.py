"""Round 9B (docs/nlp.md): red-flag recall by classes of wording (held-out 10 opened, the golden
DVT case, the other developed sets' misses). Each class is tested through the real pipeline and
knowledge base on sentences written for these tests (not taken from a labelled set): wordings that
must read the red flag, and near misses that must not."""

from __future__ import annotations

import pytest

from legtwitch.knowledge.base import KnowledgeBase
from reading import A, P, U
from reading import status as _status


def _check(kb: KnowledgeBase, text: str, fid: str, want: object) -> None:
    assert _status(text, fid, kb) is want, text


# A pronoun for the leg part just named: "it's swollen" is a swollen calf only after a leg part,
# in the same sentence or the one before.
@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("My left calf has ached since Saturday and it's really swollen.", P),
        ("Right shin has been sore for three days. It's gone all puffy.", P),
        ("The back of my knee hurts, it looks swollen and feels warm.", P),
        ("my calf throbs, it swelled up overnight", P),
        # another body part named last, or no leg part at all
        ("My calf twitches a lot. My wrist hurts and it's swollen.", U),
        ("I got a bite on my arm, it's swollen", U),
        ("My gum is sore and it's swollen", U),
        ("It's swollen and sore.", U),
        # denied: a negation in the words
        ("My calf aches but it's not swollen.", A),
    ],
)
def test_pronoun_for_a_leg_part(real_kb: KnowledgeBase, text: str, want: object) -> None:
    _check(real_kb, text, "calf_swelling", want)


# Muscle wasting in plain words: a hand or thumb flattened, a part grown smaller than the other side
@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("The pad of muscle by my left thumb has flattened compared to the right.", P),
        ("my right hand has gone hollow between the thumb and finger, it's wasted", P),
        ("His left thigh has got smaller than the other one since June.", P),
        ("My right calf is now thinner than my left.", P),
        ("The muscle in my left calf has shrunk, you can see it.", P),
        # near misses: the same words about something else, or the same size
        ("My left foot has always been a size smaller than the other one.", U),
        ("I flattened the cardboard boxes with my hands.", U),
        ("My hand flattened the dough on the worktop.", U),
        ("The twitches in my right calf are smaller compared to the left.", U),
        ("My twitch has got smaller than the other day.", U),
        ("Both calves are the same size, no wasting.", A),
    ],
)
def test_wasting_in_plain_words(real_kb: KnowledgeBase, text: str, want: object) -> None:
    _check(real_kb, text, "muscle_wasting", want)


# Strength going downhill or draining away over time
@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("My strength has been going downhill month after month.", P),
        ("Grip strength steadily going downhill since the summer.", P),
        ("I'm losing strength gradually in both legs.", P),
        ("my left leg has been getting steadily weaker since March", P),
        # near misses: walking downhill, a one-off loss
        ("My legs twitch after walking downhill.", U),
        ("The physio says my strength is going fine, nothing going downhill.", U),
    ],
)
def test_progression(real_kb: KnowledgeBase, text: str, want: object) -> None:
    _check(real_kb, text, "progressive_weakness", want)


# Strength denied: normal strength is no functional weakness; unchanged strength, "no weakening" and
# "not losing strength" are no progressive weakness
@pytest.mark.parametrize(
    ("text", "fid", "want"),
    [
        ("The GP said my strength is normal, just anxiety.", "functional_weakness", A),
        ("Neuro exam: strength good in all four limbs.", "functional_weakness", A),
        ("My strength is just the same as it was in March.", "progressive_weakness", A),
        ("Two checks, three months apart: no weakening at all.", "progressive_weakness", A),
        ("I'm definitely not losing strength, still lifting the same.", "progressive_weakness", A),
        (
            "Power has stayed steady since the summer, twitching on and off.",
            "progressive_weakness",
            A,
        ),
        # near misses: strength not normal, strength lost
        ("My strength isn't normal, my right leg gives way.", "functional_weakness", P),
        ("I keep losing strength in my legs every week.", "progressive_weakness", P),
    ],
)
def test_strength_denied(real_kb: KnowledgeBase, text: str, fid: str, want: object) -> None:
    _check(real_kb, text, fid, want)


# Fainting: "not a fainter" denies, "I did faint" states; a near faint is neither
@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("I've never been a fainter, but my calves twitch.", A),
        ("Not a fainter at all, just twitchy legs.", A),
        ("No dizziness, though I did faint at the bus stop last week.", P),
        ("I did faint once last month, in the queue at the shop.", P),
        # near misses
        ("I get dizzy when I stand up fast, never actually fainted.", A),
        ("I get lightheaded if I stand up too fast.", U),
        ("There's a faint twitch in my calf.", U),
    ],
)
def test_fainting(real_kb: KnowledgeBase, text: str, want: object) -> None:
    _check(real_kb, text, "loss_of_consciousness", want)


# "Mine": the writer's own denial of a symptom just read about or someone else's
@pytest.mark.parametrize(
    ("text", "fid", "want"),
    [
        ("A forum post said brown pee means rhabdo, mine is pale straw.", "dark_urine", A),
        ("My brother's speech went slurred last year. Mine's fine.", "speech_swallowing_change", A),
        # near miss: "mine" that states it
        (
            "My brother's speech went slurred last year. Mine is slurred too.",
            "speech_swallowing_change",
            P,
        ),
    ],
)
def test_mine_denies(real_kb: KnowledgeBase, text: str, fid: str, want: object) -> None:
    _check(real_kb, text, fid, want)


# Functions said to be fine, and other denials in everyday words
@pytest.mark.parametrize(
    ("text", "fid", "want"),
    [
        ("Checked in the mirror: my feet lift fine when I walk.", "functional_weakness", A),
        (
            "The GP had me stand on my heels and tiptoes and found nothing wrong.",
            "functional_weakness",
            A,
        ),
        ("No trouble getting upstairs, just the twitching.", "functional_weakness", A),
        ("It's a real struggle getting upstairs now.", "functional_weakness", P),
        ("Speech and swallowing - no problems.", "speech_swallowing_change", A),
        ("No loss of bowel control, no numbness.", "bladder_bowel_change", A),
        ("Since Tuesday I've lost bladder control.", "bladder_bowel_change", P),
        ("My fingers have never once locked up like a claw.", "tetany", A),
        ("My hands cramp up into a claw when I breathe fast.", "tetany", P),
        ("The nurse said to look out for dark urine. Haven't seen any yet.", "dark_urine", A),
        # near misses: the denial says something else
        ("My calf is swollen. Haven't seen any bruising.", "calf_swelling", P),
        ("I can't lift my foot up properly, it drags.", "functional_weakness", P),
    ],
)
def test_everyday_denials(real_kb: KnowledgeBase, text: str, fid: str, want: object) -> None:
    _check(real_kb, text, fid, want)


# Saddle numbness where one sits, or a part that feels like nothing; comparisons with someone else's
# body and a horse one sits on are not other people
@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Since Monday I'm numb where I sit on a chair, and my back aches.", P),
        ("Numbness right where you'd sit on a bike saddle, started this week.", P),
        ("My backside feels like cardboard when I wipe.", P),
        ("My inner legs and bum feel like nothing, like it's somebody else's skin.", P),
        # near misses: numb from sitting, someone else's, denied
        ("My friend's bottom feels like nothing after the horse ride.", U),
        ("No numbness where I sit, just the calf twitching.", A),
    ],
)
def test_saddle_in_everyday_words(real_kb: KnowledgeBase, text: str, want: object) -> None:
    _check(real_kb, text, "saddle_numbness", want)


@pytest.mark.parametrize(
    ("text", "fid", "want"),
    [
        ("Legs as muscly as ever, just twitchy.", "muscle_wasting", A),
        ("My calves are as big as always, no change.", "muscle_wasting", A),
        (
            "Still a bit tired since covid, if anything my legs feel stronger.",
            "progressive_weakness",
            A,
        ),
        ("I thought I was weaker but if anything I'm lifting more now.", "progressive_weakness", A),
        # near misses
        ("The twitches are as big as ever, like a marble under the skin.", "muscle_wasting", U),
        (
            "My right leg is weaker every week, if anything the left is stronger.",
            "progressive_weakness",
            P,
        ),
    ],
)
def test_not_wasted_not_weaker(real_kb: KnowledgeBase, text: str, fid: str, want: object) -> None:
    _check(real_kb, text, fid, want)


# A check of the person's own reported as normal denies what was checked (nlp/checked.py)
@pytest.mark.parametrize(
    ("text", "fid", "want"),
    [
        ("The GP checked the feeling around my groin and it was all normal.", "saddle_numbness", A),
        ("The nurse tested my urine sample and it came back clear.", "dark_urine", A),
        (
            "Speech therapist watched me swallow water, found nothing wrong.",
            "speech_swallowing_change",
            A,
        ),
        ("They did a memory test at the clinic and I got full marks.", "confusion", A),
        # near misses: someone else's check, a check to come, a question, more than the check
        ("The vet tested my dog's urine and it was fine.", "dark_urine", U),
        ("I'll ask the GP to test my urine in case it's not normal.", "dark_urine", U),
        ("Did the GP check your swallowing and find nothing wrong?", "speech_swallowing_change", U),
        (
            "The neurologist checked my mum's speech and it was normal.",
            "speech_swallowing_change",
            U,
        ),
        (
            "The GP tested my urine and it was fine, but now my pee is brown like cola.",
            "dark_urine",
            P,
        ),
    ],
)
def test_a_normal_check_denies(real_kb: KnowledgeBase, text: str, fid: str, want: object) -> None:
    _check(real_kb, text, fid, want)


# "still" starts a clause; a colour said after it is still the urine's
@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("I haven't been drinking and my wee is still brown.", P),
        ("Two days after the marathon my pee is still dark brown.", P),
        ("Since the long run on Saturday my urine is again brown like tea.", P),
        # near misses: read about, denied
        ("I read that your pee is still brown for days with rhabdo.", U),
        ("My urine is still not brown, just yellow.", U),
    ],
)
def test_still_brown(real_kb: KnowledgeBase, text: str, want: object) -> None:
    _check(real_kb, text, "dark_urine", want)
