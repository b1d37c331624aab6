"""Round 10B (docs/nlp.md): red-flag recall by classes (held-out 11 opened, round 9B's remaining
classes, the older sets' misses). Each class is tested through the real pipeline and knowledge
base on sentences written for these tests (not taken from a labelled set): wordings that must
read the red flag, and near misses that must not."""

from __future__ import annotations

import pytest

from legtwitch.knowledge.base import KnowledgeBase
from reading import A, P, U
from reading import status as _status


def _check(kb: KnowledgeBase, text: str, fid: str, want: object) -> None:
    assert _status(text, fid, kb) is want, text


# Walking and grip: stumbling said as a state (bare "stumbling" only counts when denied), a grip
# that just goes, feet that cannot be lifted (said of someone the text is written for).
@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("I keep stumbling on the way to work", P),
        ("Been stumbling when I walk for a month now", P),
        ("I'm stumbling while walking lately", P),
        ("my grip just goes when I carry the shopping", P),
        ("my grip keeps failing on the kettle", P),
        ("Writing for my husband: he can't lift his feet properly when he walks", P),
        # figures of speech and denials
        ("I keep stumbling over my words in meetings", U),
        ("I stumbled across a video about ALS last night", U),
        ("No stumbling or falls at all", A),
    ],
)
def test_walking_and_grip(real_kb: KnowledgeBase, text: str, want: object) -> None:
    _check(real_kb, text, "functional_weakness", want)


# The numbness or weakness itself "is up to my knees"
@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("the tingling is now up to my thighs", P),
        ("Monday my soles went numb, today the weakness is up to my hips", P),
        ("the pins and needles are up to my knees now", P),
        ("I was paddling in the sea and the water was up to my knees", U),
    ],
)
def test_numbness_up_to(real_kb: KnowledgeBase, text: str, want: object) -> None:
    _check(real_kb, text, "ascending_weakness", want)


# The saddle area "gone dead", numb on the toilet seat
@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("my groin has gone sort of dead since the weekend", P),
        ("the area between my legs has gone a bit numb", P),
        ("it goes numb when I sit on the loo, round my bum", P),
        ("my leg goes numb when I sit at my desk for hours", U),
        ("my phone has gone dead again", U),
    ],
)
def test_saddle_gone_dead(real_kb: KnowledgeBase, text: str, want: object) -> None:
    _check(real_kb, text, "saddle_numbness", want)


# Bladder and bowels: an accident somewhere ordinary, not knowing when one has finished; a
# clinician's question answered as normal
@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("I had an accident on the train home, didn't make it to a toilet", P),
        ("i cant tell when im done weeing anymore", P),
        ("had another accident on the sofa last night, never happened before", P),
        ("we had a car accident on the motorway but nobody was hurt", U),
        ("I had an accident on the way to work, a van went into me", U),
        ("the nurse asked about my bladder, all fine", A),
        ("Doctor asked me about my bowels and waterworks and I said all normal", A),
        ("the GP asked about my mum's bladder, all normal", U),
        ("the GP asked if my bladder was ok and I'm not sure", U),
    ],
)
def test_bladder_and_bowels(real_kb: KnowledgeBase, text: str, want: object) -> None:
    _check(real_kb, text, "bladder_bowel_change", want)


# Speech and swallowing in plain words
@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("my words come out not clear when I talk", P),
        ("I couldn't swallow my tea this morning and coughed it back up", P),
        ("the water came up my nose when I drank", P),
        ("I couldn't swallow the news that he was leaving", U),
        ("blood came out my nose after the punch", U),
    ],
)
def test_speech_and_swallowing(real_kb: KnowledgeBase, text: str, want: object) -> None:
    _check(real_kb, text, "speech_swallowing_change", want)


# A calf "fat and hot", "double the size of the left"
@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("my left calf is fat and hot since the flight", P),
        ("my calf looks fat, red and shiny", P),
        ("right calf is double the size of the left", P),
        ("My calves are fat and sore after leg day", U),
        ("my mate's calf is massive and red, mine just twitch", U),
    ],
)
def test_calf_fat_and_red(real_kb: KnowledgeBase, text: str, want: object) -> None:
    _check(real_kb, text, "calf_swelling", want)


# Everyday words for confusion, fainting and a one-sided face
@pytest.mark.parametrize(
    ("text", "fid", "want"),
    [
        ("Dad, 80, is suddenly not making sense and keeps falling asleep", "confusion", P),
        ("Mum doesn't know what year it is since this morning", "confusion", P),
        ("the instructions are just not making sense to me", "confusion", U),
        ("I went down in the kitchen and didn't respond for a minute", "loss_of_consciousness", P),
        ("I came round groggy on the kitchen floor", "loss_of_consciousness", P),
        ("the company didn't respond for a week", "loss_of_consciousness", U),
        ("my face twisted to one side while I was eating", "stroke_signs", P),
        ("Mum's face has slipped on one side since lunch", "stroke_signs", P),
        ("I twisted my ankle to the side on the kerb", "stroke_signs", U),
    ],
)
def test_everyday_words(real_kb: KnowledgeBase, text: str, fid: str, want: object) -> None:
    _check(real_kb, text, fid, want)


# A change over time in gym figures; "the numbers don't lie" is no denial
@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("my squat has dropped from 100kg to 60kg since spring", P),
        ("leg press max down from 200 to 120 in six weeks", P),
        ("my reps dropped from 15 to 6 over two months", P),
        ("the numbers don't lie, my deadlift is down from 150 to 90", P),
        ("my deadlift has gone from 100 to 140", U),
        ("I lifted the weights down from the rack", U),
    ],
)
def test_gym_figures(real_kb: KnowledgeBase, text: str, want: object) -> None:
    _check(real_kb, text, "progressive_weakness", want)


# Fear pointing back at a stated symptom: the symptom stays, the fear is health anxiety; a fear
# named before the symptom still sets it aside
@pytest.mark.parametrize(
    ("text", "fid", "want"),
    [
        (
            "my left foot slaps the floor when I walk, that's what scares me",
            "functional_weakness",
            P,
        ),
        ("my left foot slaps the floor when I walk, that's what scares me", "health_anxiety", P),
        (
            "my legs are getting weaker every month, this is what frightens me",
            "progressive_weakness",
            P,
        ),
        ("tripping scares me", "functional_weakness", U),
        ("tripping scares me", "health_anxiety", P),
        ("slurred speech is what frightens me most", "speech_swallowing_change", U),
    ],
)
def test_fear_points_back(real_kb: KnowledgeBase, text: str, fid: str, want: object) -> None:
    _check(real_kb, text, fid, want)


# Rhetorical double negatives
@pytest.mark.parametrize(
    ("text", "fid", "want"),
    [
        ("I can't say I've never tripped, I have, twice this month", "functional_weakness", P),
        ("wouldn't say I've never tripped lately, I have", "functional_weakness", P),
        ("can't say I can't climb stairs, I manage them fine", "functional_weakness", A),
        ("it's not like I can't climb stairs", "functional_weakness", A),
        ("not that I can't swallow", "speech_swallowing_change", A),
        # a word that only counts when denied, denied twice (reader.py: AFFIRMED states it)
        ("not that I don't stumble, I do, mostly on kerbs", "functional_weakness", P),
        ("can't say I don't faint, twice this month", "loss_of_consciousness", P),
        ("I don't trip and I don't stumble", "functional_weakness", A),
        ("I still can't stop thinking about my calves", "muscle_wasting", U),
        ("it's not that I don't drink coffee, I just have one", "high_caffeine", U),
    ],
)
def test_rhetorical_double_negatives(
    real_kb: KnowledgeBase, text: str, fid: str, want: object
) -> None:
    _check(real_kb, text, fid, want)


# Words that looked like someone else: a relative's name or house, a clinician addressed, "mate"
# said to the reader
@pytest.mark.parametrize(
    ("text", "fid", "want"),
    [
        ("Mum has been muddled since lunch and called me by my sister's name", "confusion", P),
        (
            "Dad is 81 and since this morning he's confused, asking for my brother's car keys",
            "confusion",
            P,
        ),
        ("my calves twitch. My sister's legs gave way last week", "functional_weakness", U),
        ("Doctor please help, my legs keep giving way", "functional_weakness", P),
        ("GP please call me: I can't feel my bum on the toilet", "saddle_numbness", P),
        ("mate honestly my calf is massive and red", "calf_swelling", P),
        ("mate there's a dip in my thigh that wasn't there before", "muscle_wasting", P),
        ("my mate my age has legs like twigs now", "muscle_wasting", U),
    ],
)
def test_not_someone_else(real_kb: KnowledgeBase, text: str, fid: str, want: object) -> None:
    _check(real_kb, text, fid, want)


# The older sets' classes: words that name fainting and confusion at once, not knowing how to use
# one's own phone, going upwards from the feet, a leg a bit feebler, pain under the breast, a
# sentence broken for air, the stairs not managed and speech not clear (so that their rhetorical
# denials have something to deny)
@pytest.mark.parametrize(
    ("text", "fid", "want"),
    [
        ("he fell in the garden and came round confused", "loss_of_consciousness", P),
        ("he fell in the garden and came round confused", "confusion", P),
        ("I came round groggy after I fainted", "confusion", U),
        ("this morning I forgot how to unlock my phone", "confusion", P),
        ("I couldn't work out how to use my phone at lunch, totally blank", "confusion", P),
        ("I couldn't work out how to use the new app", "confusion", U),
        ("she can't answer simple questions since she woke up", "confusion", P),
        ("numbness from both feet moving upwards over three days", "ascending_weakness", P),
        ("weak feet creeping upwards since Sunday", "ascending_weakness", P),
        ("my feet ached, then my shins, then my thighs after the run", "ascending_weakness", U),
        ("my left leg gets a bit feebler every few weeks", "progressive_weakness", P),
        ("my coffee gets a bit weedier every day", "progressive_weakness", U),
        ("sharp pain under my right breast when I breathe in", "chest_pain", P),
        ("each breath catches on the left side since the flight", "chest_pain", P),
        (
            "I can't finish a sentence without stopping for breath, even sitting down",
            "breathing_difficulty",
            P,
        ),
        ("I can't manage the stairs any more", "functional_weakness", P),
        ("can't say I can't manage the stairs, I'm fine on them", "functional_weakness", A),
        ("I can't speak properly since Tuesday", "speech_swallowing_change", P),
        ("it's not that I can't speak properly, I can", "speech_swallowing_change", A),
        ("I can't talk properly about it without crying", "speech_swallowing_change", U),
        ("out of nowhere she suddenly cannot speak and her arm is heavy", "stroke_signs", P),
    ],
)
def test_older_sets_classes(real_kb: KnowledgeBase, text: str, fid: str, want: object) -> None:
    _check(real_kb, text, fid, want)


# Words written with "my" also said of someone the text is written for (convention 5): "her
# bowels", "his water", "her chest"; and still set aside when the writer has their own symptoms
@pytest.mark.parametrize(
    ("text", "fid", "want"),
    [
        (
            "Asking for my dad: he has lost control of his bladder since Friday",
            "bladder_bowel_change",
            P,
        ),
        (
            "Nan keeps having accidents in her knickers and doesn't notice",
            "bladder_bowel_change",
            P,
        ),
        ("My son (20) says his water has gone a dark brown colour after rugby", "dark_urine", P),
        ("my wife has a tight band of pain across her chest since lunch", "chest_pain", P),
        ("My partner says there is no feeling around her bottom", "saddle_numbness", P),
        ("I just twitch. My brother has lost control of his bowels", "bladder_bowel_change", U),
        ("My calves twitch. My dad's water is dark brown", "dark_urine", U),
        ("I twitch at night. my wife has a crushing pain in her chest", "chest_pain", U),
        ("the wee in the toilet was the colour of a mug of tea", "dark_urine", P),
        ("patient reports urine like cola since the marathon", "dark_urine", P),
    ],
)
def test_said_of_the_person_written_for(
    real_kb: KnowledgeBase, text: str, fid: str, want: object
) -> None:
    _check(real_kb, text, fid, want)


# Breathless at rest in other words; an object that will not take air is another meaning
@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("I can't get any air in when I lie down at night", P),
        ("Writing for my dad, he can't lie flat without wheezing", P),
        ("I can't get any air in the room, the window is stuck", U),
        ("couldn't get enough air into the tyre with that pump", U),
    ],
)
def test_no_air(real_kb: KnowledgeBase, text: str, want: object) -> None:
    _check(real_kb, text, "breathing_difficulty", want)


# More everyday wordings from the older sets' misses, with near misses
@pytest.mark.parametrize(
    ("text", "fid", "want"),
    [
        ("getting out of my armchair has become a battle", "functional_weakness", P),
        ("I can't get up off my knees after weeding any more", "functional_weakness", P),
        ("getting out of the car has become a habit of mine at lunch", "functional_weakness", U),
        ("my lips feel clumsy when I talk since last month", "speech_swallowing_change", P),
        ("my lips feel numb and tingly", "speech_swallowing_change", U),
        ("my right leg is like a tree trunk and warm", "calf_swelling", P),
        ("Did I pass out? No, I stayed awake the whole time", "loss_of_consciousness", A),
    ],
)
def test_more_everyday_wordings(real_kb: KnowledgeBase, text: str, fid: str, want: object) -> None:
    _check(real_kb, text, fid, want)
