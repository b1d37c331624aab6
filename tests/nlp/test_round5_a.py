"""Round 5 (bank A, docs/nlp.md): general rules for the red flags functional weakness, progressive
weakness, muscle wasting, ascending weakness, stroke signs, speech or swallowing change, confusion
and loss of consciousness, through the real pipeline and knowledge base, on sentences written for
these tests (not taken from the labelled sets or the bank)."""

from __future__ import annotations

import warnings

import pytest

from legtwitch.domain.findings import FindingStatus
from legtwitch.knowledge.base import KnowledgeBase
from legtwitch.nlp.lexicon import lay
from legtwitch.nlp.phrases import compile_phrase
from legtwitch.nlp.vocabulary import reader_slots
from reading import A, P, U
from reading import status as _status


@pytest.mark.parametrize(
    ("text", "fid", "status"),
    [
        # the writer denies what someone else said of them (nlp/reported.py)
        ("my partner is convinced I slur my words but I'm not", "speech_swallowing_change", A),
        ("my mum says I keep tripping, I really don't", "functional_weakness", A),
        ("my boyfriend swears I fainted at the party but I didn't", "loss_of_consciousness", A),
        ("the kids think I'm confused lately, they're wrong", "confusion", A),
        ("my sister reckons my calf is thinner. It isn't.", "muscle_wasting", A),
        # ... or what they were asked: the nearest mention set aside
        ("The nurse asked whether I choke when I drink. I don't.", "speech_swallowing_change", A),
        ("GP asked if I had blacked out. I haven't.", "loss_of_consciousness", A),
        # answers after a colon, dash or question mark ("Fainting: never.", "Not at all.")
        ("Blackouts: never.", "loss_of_consciousness", A),
        ("Feeling muddled? Not at all.", "confusion", A),
        ("coughing or choking when I eat - not once", "speech_swallowing_change", A),
        ("Droopy face or weak arm, none of that", "stroke_signs", A),
        ("my legs only twitch after a night out, never otherwise", "fasciculation", P),
        # ... but a symptom the writer states stays, and a denial that goes on denies nothing
        ("I keep slurring my words but I'm not drunk", "speech_swallowing_change", P),
        ("my wife says I choke on water and I do", "speech_swallowing_change", P),
        ("my wife says I choke on water but I don't mind", "speech_swallowing_change", P),
        ("I choke on water, I'm not sure why", "speech_swallowing_change", P),
    ],
)
def test_the_writer_denies_what_others_said(
    text: str, fid: str, status: FindingStatus, real_kb: KnowledgeBase
) -> None:
    assert _status(text, fid, real_kb) is status


@pytest.mark.parametrize(
    ("text", "fid", "status"),
    [
        # weakness, then its getting worse, in one sentence (nlp/together.py)
        ("my thighs are losing strength and it gets worse every month", "progressive_weakness", P),
        ("the weakness in my foot has gone downhill since May", "progressive_weakness", P),
        ("my legs feel heavy and the twitching is getting worse", "progressive_weakness", U),
        ("my legs feel heavy. The anxiety is getting worse.", "progressive_weakness", U),
        # rounds 8A and 8B: weakness, then its getting worse denied, is no progressive weakness
        # (held-out 8 and 9 and bank C label it so; a `together` rule with `then_denied`)
        ("my legs feel weak but it isn't getting worse", "progressive_weakness", A),
        (
            "my brother's legs are weak and getting worse every week, I only twitch",
            "progressive_weakness",
            U,
        ),
        # ... and a red flag said of another symptom is not stated
        ("the twitches are getting weaker and less frequent", "progressive_weakness", U),
        ("the twitching keeps creeping up from my ankles", "ascending_weakness", U),
        ("the numbness keeps creeping up from my ankles", "ascending_weakness", P),
        ("twitching and weakness are getting worse every week", "progressive_weakness", P),
    ],
)
def test_findings_stated_together(
    text: str, fid: str, status: FindingStatus, real_kb: KnowledgeBase
) -> None:
    assert _status(text, fid, real_kb) is status


@pytest.mark.parametrize(
    ("text", "fid", "status"),
    [
        # read or heard somewhere, any "if", what something can do to people in general
        ("Saw on tiktok that slurred speech is the first sign", "speech_swallowing_change", U),
        ("heard that low sodium can make you confused", "confusion", U),
        ("what do I do if my smile goes lopsided?", "stroke_signs", U),
        # someone else's body, unless the text is written for them
        # round 9A, convention 5: written for them
        ("my friend says her legs are getting weaker every week", "progressive_weakness", P),
        ("my uncle had GBS, it started in his feet and crept up his legs", "ascending_weakness", U),
        ("Writing for my husband (66): his calf muscles have shrivelled", "muscle_wasting", P),
        ("Mum had MND, it started with her tripping on the stairs", "functional_weakness", U),
        (
            "people on the forum say weakness that keeps getting worse is bad",
            "progressive_weakness",
            U,
        ),
        ("the numbness hasn't moved, it's just in my toes", "ascending_weakness", A),
        ("It hasn't spread any further since yesterday", "getting_worse", A),
        # a clinician's finding about the person; a person asked or told is not the subject
        ("the physio found no wasting in either leg", "muscle_wasting", A),
        ("I keep telling my husband the same story over and over", "confusion", P),
        ("my colleague had GBS and the numbness crept up from his feet", "ascending_weakness", U),
        ("my dog collapsed at the park", "loss_of_consciousness", U),
        ("the physio tested my ankles for foot drop", "functional_weakness", U),
        ("ALS usually starts with tripping", "functional_weakness", U),
        ("I couldn't speak properly and one side of my face was drooping", "stroke_signs", P),
        # "has gone" before what it has become
        ("my calf has gone all hollow", "muscle_wasting", P),
        ("my speech has gone slurry", "speech_swallowing_change", P),
        # a negation inside the words is what they state ("doesn't clear the ground anymore")
        ("my right foot doesn't clear the kerb anymore", "functional_weakness", P),
    ],
)
def test_status_rules(text: str, fid: str, status: FindingStatus, real_kb: KnowledgeBase) -> None:
    assert _status(text, fid, real_kb) is status


@pytest.mark.parametrize(
    ("text", "fid", "status"),
    [
        # everyday words for the eight red flags, written for this test
        ("my foot just flaps when I walk now", "functional_weakness", P),
        (
            "I can't stand up out of the armchair without pushing on the arms",
            "functional_weakness",
            P,
        ),
        ("my legs don't lift me up the stairs any more", "functional_weakness", P),
        ("I'm gradually getting weaker", "progressive_weakness", P),
        ("my grip is weakening month by month", "progressive_weakness", P),
        ("there's a dip in my calf where the muscle used to be", "muscle_wasting", P),
        ("my right thigh is 2 cm smaller than the left", "muscle_wasting", P),
        ("the tingling has crept up to my knees since Sunday", "ascending_weakness", P),
        ("the weakness is working its way up my legs", "ascending_weakness", P),
        ("half of my face went numb and my left arm and leg are weak", "stroke_signs", P),
        ("suddenly I couldn't get my words out", "stroke_signs", P),
        ("my tongue feels thick and slow", "speech_swallowing_change", P),
        ("bread sticks in my throat", "speech_swallowing_change", P),
        ("I didn't know what year it was this morning", "confusion", P),
        ("I keep mixing up names of people I know well", "confusion", P),
        ("the next thing I remember I was on the kitchen floor", "loss_of_consciousness", P),
        ("I came round on the bathroom floor", "loss_of_consciousness", P),
        # ... their denials
        ("Stairs are no problem", "functional_weakness", A),
        ("my mind is perfectly clear", "confusion", A),
        ("no numbness on one side", "stroke_signs", A),
        ("I've never lost consciousness", "loss_of_consciousness", A),
        ("I can still walk on my heels", "functional_weakness", A),
        ("the weakness isn't getting any worse", "progressive_weakness", A),
        ("the tingling is not spreading anywhere", "ascending_weakness", A),
        ("my calves look exactly the same", "muscle_wasting", A),
        ("no drooping at all", "stroke_signs", A),
        ("no progressive weakness, just twitching", "progressive_weakness", A),
        ("the tingling stays in my feet and doesn't move up", "ascending_weakness", A),
        ("I didn't faint, I just felt dizzy", "loss_of_consciousness", A),
        ("I feel faint when I stand up", "loss_of_consciousness", U),
        ("cannot rise from chair without help", "functional_weakness", P),
        ("my legs becoming more weak day by day", "progressive_weakness", P),
        ("my left side went numb all of a sudden", "stroke_signs", P),
        ("each day it goes a bit higher up my legs", "ascending_weakness", P),
        ("I have difficulty in climbing the stairs", "functional_weakness", P),
        ("my hips have been weakening since spring", "progressive_weakness", P),
        ("then the tingling moved up my shins", "ascending_weakness", P),
        ("sudden numbness in my right arm and leg", "stroke_signs", P),
        ("tea keeps going the wrong way", "speech_swallowing_change", P),
        ("my husband says I'm not making sense", "confusion", P),
        ("this is not making sense to me", "confusion", U),
        ("I can't remember where I am sometimes", "confusion", P),
        ("I can no longer get up off the sofa without using the armrest", "functional_weakness", P),
        ("my right foot smacks the ground when I walk", "functional_weakness", P),
        ("a slow decline in strength since the spring", "progressive_weakness", P),
        ("I've lost a lot of muscle in my calves", "muscle_wasting", P),
        ("the numbness is now up to my hips", "ascending_weakness", P),
        ("suddenly I couldn't lift my right arm", "stroke_signs", P),
        ("my mouth drooped on the left", "stroke_signs", P),
        ("bits of bread keep getting stuck in my throat", "speech_swallowing_change", P),
        ("I collapsed at the station and someone called an ambulance", "loss_of_consciousness", P),
        ("I can't get up on my tip toes", "functional_weakness", P),
        ("getting in and out of the car is a struggle now", "functional_weakness", P),
        ("the weakness in my thigh has progressed", "progressive_weakness", P),
        ("my arms feel numb and it's getting higher", "ascending_weakness", U),
        ("the numbness keeps getting higher", "ascending_weakness", P),
        ("I have trouble getting food down", "speech_swallowing_change", P),
        ("I couldn't remember my own address", "confusion", P),
        ("zoning out and not knowing where I am", "confusion", P),
        ("it's hard to push myself up out of the chair", "functional_weakness", P),
        ("my legs are losing power, a bit more every week", "progressive_weakness", P),
        ("the numbness now reaches my hips", "ascending_weakness", P),
        ("numbness reach till knee in 2 days", "ascending_weakness", P),
        ("my speech is not clear now", "speech_swallowing_change", P),
        ("my wife said I wasn't responding for a minute", "loss_of_consciousness", P),
        ("feet numb since Sunday, now my legs are numb up to the knees", "ascending_weakness", P),
        ("I was jerking and not responding, my boyfriend said", "loss_of_consciousness", P),
        ("I'm confused about where I am at times", "confusion", P),
        ("I'm confused about what my test results mean", "confusion", U),
        ("I feel like I'm going to pass out when I stand up", "loss_of_consciousness", U),
        ("I'm falling over a lot", "functional_weakness", P),
        ("I'm falling asleep a lot during the day", "functional_weakness", U),
        ("my thighs have lost a lot of bulk", "muscle_wasting", P),
        ("my face went numb on one side", "stroke_signs", P),
        ("my face twitches on one side", "stroke_signs", U),
        ("I'm as strong as ever", "progressive_weakness", A),
        ("the app was not responding so I restarted it", "loss_of_consciousness", U),
        ("my strength training volume is dropping this week", "progressive_weakness", U),
        ("the water reached my knees at the beach", "ascending_weakness", U),
        ("I pushed myself up the hill on my bike", "functional_weakness", U),
        ("I don't know what time it is in Sydney", "confusion", U),
        ("the words are not clear in the leaflet", "speech_swallowing_change", U),
        ("getting out of bed is a struggle on Mondays", "functional_weakness", U),
        ("my calf muscle has gone soft since I stopped running", "muscle_wasting", U),
        ("I'm weaker than I was before the flu but getting better", "progressive_weakness", U),
        ("I keep getting lost in this new city", "confusion", U),
        ("a fish bone got stuck in my throat at dinner", "speech_swallowing_change", U),
        ("my resolve is weakening", "progressive_weakness", U),
        ("my heart rate is declining in strength training", "progressive_weakness", U),
        ("I'm paranoid about choking after reading about ALS", "speech_swallowing_change", U),
        # ... and ordinary twitching text that must not read as them
        ("I dropped my phone and cracked the screen", "functional_weakness", U),
        ("the twitching has spread to my thighs now", "ascending_weakness", U),
        ("I stubbed my toe on the stairs last night", "functional_weakness", U),
        ("I'm slowly getting my strength back after the flu", "progressive_weakness", U),
        ("I forgot my mum's birthday, so stressed", "confusion", U),
        ("I came round to the idea of seeing a neurologist", "loss_of_consciousness", U),
        ("numbness on one side of my foot", "stroke_signs", U),
        ("my arm and leg on the left twitch a lot", "stroke_signs", U),
        ("my face twitched on one side for a second", "stroke_signs", U),
        ("I swallow a lot when I'm anxious", "speech_swallowing_change", U),
        ("I'm going downhill emotionally with all this anxiety", "progressive_weakness", U),
    ],
)
def test_everyday_words(text: str, fid: str, status: FindingStatus, real_kb: KnowledgeBase) -> None:
    assert _status(text, fid, real_kb) is status


def test_a_slot_can_be_one_of_the_alternatives() -> None:
    slots = {"leg": ("calf", "foot")}
    patterns = compile_phrase("{leg}|one drops", str.split, slots)
    assert patterns == [[{"LOWER": {"IN": ["calf", "foot", "one"]}}, {"LOWER": "drops"}]]


def test_round5_rules_name_real_findings(real_kb: KnowledgeBase) -> None:
    data = lay()
    for rule in data.together:
        assert {rule.finding, *rule.first, *rule.then} <= set(real_kb.findings)
    for fid, subjects in data.said_of.items():
        assert {fid, *subjects} <= set(real_kb.findings)


def test_every_compiled_pattern_is_valid(real_kb: KnowledgeBase) -> None:
    """The pipeline skips spaCy's per-pattern check for speed (nlp/pipeline.py); this is it."""
    from legtwitch.nlp.pipeline import pipeline

    with warnings.catch_warnings():  # spaCy's schemas import click's deprecated parser helpers
        warnings.simplefilter("ignore", DeprecationWarning)
        from spacy.schemas import validate_token_pattern

    nlp = pipeline(real_kb).nlp
    data = lay()

    def tokenize(text: str) -> list[str]:
        return [t.text for t in nlp.tokenizer(text)]

    phrases = [
        p
        for group in (data.phrases, data.normal_only, data.negation_only)
        for ps in group.values()
        for p in ps
    ]
    phrases += [p for rule in data.context for p in rule.phrases]
    phrases += [*data.clause_breaks, *data.deny_previous.all, *data.deny_previous.nearest]
    phrases += [*data.deny_previous.nearest_set_aside, *data.deny_previous.by_writer]
    errors = []
    for phrase in phrases:
        if any(c in phrase for c in "|?{}~") or ".." in phrase:
            for pattern in compile_phrase(phrase, tokenize, reader_slots(real_kb)):
                if problems := validate_token_pattern(pattern):
                    errors.append((phrase, problems))
    assert errors == []
