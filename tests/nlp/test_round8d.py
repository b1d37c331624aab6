"""Round 8D (docs/nlp.md): everyday findings (exposures, patterns, history). Each class of fix is
tested through the real pipeline and knowledge base on sentences written for these tests (not
taken from the labelled sets or the golden cases), with a near miss that must not read."""

from __future__ import annotations

from legtwitch.domain.findings import FindingStatus
from legtwitch.knowledge.base import KnowledgeBase
from legtwitch.nlp import extract
from legtwitch.nlp.lexicon import lay
from legtwitch.nlp.vocabulary import reader_slots
from reading import TODAY, A, P, U
from reading import status as _status


def _check(cases: list[tuple[str, str, FindingStatus]], kb: KnowledgeBase) -> None:
    wrong = [(t, f, s, _status(t, f, kb)) for t, f, s in cases if _status(t, f, kb) is not s]
    assert wrong == []


# Amounts said with more words: an adjective, a range in words, servings after the drink is
# named, a working shift as the day (nlp/amounts.py, quantities.yaml).
def test_caffeine_in_more_words(real_kb: KnowledgeBase) -> None:
    _check(
        [
            ("I get through six strong coffees a day at the moment", "high_caffeine", P),
            ("basically running on coffee, 5 big mugs a shift", "high_caffeine", P),
            ("I have one or two proper coffees a day", "high_caffeine", A),
            ("three coffees a day, sometimes a tea", "high_caffeine", U),  # within the limit
            ("I drink tea but only 2 cups of it", "high_caffeine", U),  # "of it": not read
            ("a coffee in the morning and 3 glasses of water", "high_caffeine", A),
        ],
        real_kb,
    )


def test_alcohol_in_units_and_sessions(real_kb: KnowledgeBase) -> None:
    _check(
        [
            ("I probably drink 40 units a week if I'm honest", "heavy_alcohol", P),
            ("had 10 pints at the stag do on Saturday", "heavy_alcohol", P),
            ("I drink around 6 units a week", "heavy_alcohol", A),
            ("2 pints with my tea on a Friday", "heavy_alcohol", U),  # one small session
            ("I drink 3 pints of water a day", "heavy_alcohol", U),
            ("my brother drinks 30 units a week", "heavy_alcohol", U),  # someone else's
        ],
        real_kb,
    )


def test_a_doubt_word_before_a_number_means_about(real_kb: KnowledgeBase) -> None:
    _check(
        [
            ("I drink maybe 25 units a week", "heavy_alcohol", P),
            ("I sleep maybe 5 hours a night", "short_sleep", P),
            ("I sleep 5 hours I guess", "short_sleep", U),  # a doubt elsewhere still counts
        ],
        real_kb,
    )


def test_nights_a_week_is_a_rate(real_kb: KnowledgeBase) -> None:
    _check(
        [
            ("two or three nights a week my feet cramp", "frequent_episodes", P),
            ("it happens 5 evenings a week", "frequent_episodes", P),
            ("it happens 5 evenings a week", "worse_evening_night", P),
            ("I give blood twice a year and my calves twitch", "frequent_episodes", U),
            ("it comes back maybe twice a week", "frequent_episodes", U),  # a doubt on a rate
            ("one night a week at most", "frequent_episodes", A),
            ("I work 4 days a week and my calves twitch", "frequent_episodes", U),  # not nights
        ],
        real_kb,
    )


# Exercise and hard work: after a named sport or session, a distance, an unusual effort.
def test_exercise_and_its_timing(real_kb: KnowledgeBase) -> None:
    _check(
        [
            ("my calves flicker after netball practice", "after_exercise", P),
            ("thighs cramp whenever I jog", "after_exercise", P),
            ("the twitching starts during rugby training", "after_exercise", P),
            ("did a 30 km bike ride on Sunday and my quads are buzzing", "strenuous_exercise", P),
            ("went on a huge hike yesterday, way more than I'm used to", "strenuous_exercise", P),
            ("I overdid it at the climbing wall", "strenuous_exercise", P),
            ("after the meeting my calf twitched", "after_exercise", U),
            ("I watched the rugby match on TV", "strenuous_exercise", U),
        ],
        real_kb,
    )


def test_rest_onset(real_kb: KnowledgeBase) -> None:
    _check(
        [
            ("my legs go jumpy when I eventually sit down at night", "at_rest_onset", P),
            ("it starts while I'm watching telly", "at_rest_onset", P),
            ("worst when I'm sat at my desk", "at_rest_onset", P),
            ("I sat down for a cup of tea", "at_rest_onset", U),
        ],
        real_kb,
    )


def test_stress_from_life_events(real_kb: KnowledgeBase) -> None:
    _check(
        [
            ("we are in the middle of a messy divorce", "high_stress", P),
            ("a nasty break-up last month, twitching since", "high_stress", P),
            ("still grieving after the funeral and my eyelid won't stop", "high_stress", P),
            ("my calves twitch when I go to the gym", "high_stress", U),
        ],
        real_kb,
    )


def test_heart_in_everyday_words(real_kb: KnowledgeBase) -> None:
    _check(
        [
            ("my heart goes crazy after the third coffee", "palpitations", P),
            ("heart feels kind of thumping in the evenings", "palpitations", P),
            ("my heart is not racing at all", "palpitations", A),
            ("heart doesn't pound or anything", "palpitations", A),
            ("I put my heart into the marathon", "palpitations", U),
        ],
        real_kb,
    )


def test_jerks_as_sleep_comes(real_kb: KnowledgeBase) -> None:
    _check(
        [
            ("my leg kicks out just as I'm nodding off", "sleep_onset_jerk", P),
            ("as I drift off my thigh jolts and I'm wide awake again", "sleep_onset_jerk", P),
            (
                "I get a jump when I'm falling asleep, like tripping on a stair",
                "sleep_onset_jerk",
                P,
            ),
            ("my calf twitches when I wake up", "sleep_onset_jerk", U),
        ],
        real_kb,
    )


# A medicine started or changed: the change and the medicine itself ({medicine} is generated
# from the knowledge base's medicine names; the name inside the longer match still counts).
def test_medicine_started_or_changed(real_kb: KnowledgeBase) -> None:
    _check(
        [
            ("the GP doubled my citalopram in October", "med_recent_change", P),
            ("the GP doubled my citalopram in October", "med_antidepressant", P),
            ("my doctor put me on amlodipine and lisinopril", "med_recent_change", U),
            ("began atorvastatin a few weeks back", "med_recent_change", P),
            ("began atorvastatin a few weeks back", "med_statin", P),
            ("they increased the dose last week", "med_recent_change", P),
            ("been on sertraline for six years, no changes", "med_recent_change", U),
            ("since starting my new job my calves twitch", "med_recent_change", U),
        ],
        real_kb,
    )
    assert "sertraline" in reader_slots(real_kb)["medicine"]
    assert "medicine" not in lay().slots  # generated, not copied


def test_other_everyday_findings(real_kb: KnowledgeBase) -> None:
    _check(
        [
            ("my periods have got much heavier", "blood_loss", P),
            ("I've been giving blood every 12 weeks", "blood_loss", P),
            ("a pain shooting from my buttock down to my knee", "radiating_leg_pain", P),
            ("my vision has gone blurry in one eye", "vision_problems", P),
            ("my balance feels off when I turn quickly", "balance_problems", P),
            ("gained a stone this year and I feel the cold", "feeling_cold_weight_gain", P),
            ("I feel it building up and can hold it in for a bit", "tic_movement", P),
            ("barely any water all day, just tea", "low_fluid_intake", P),
            ("I'm parched all the time", "thirst_dry_mouth", P),
            ("my period was late this month", "blood_loss", U),
        ],
        real_kb,
    )


def test_night_waking_and_worry(real_kb: KnowledgeBase) -> None:
    _check(
        [
            ("the cramps woke me twice last week", "wakes_from_sleep", P),
            ("twitchy feet kept me awake", "wakes_from_sleep", P),
            ("my toes curl up in the night", "worse_evening_night", P),
            ("I'm panicking about these twitches", "health_anxiety", P),
            ("I woke up early for work", "wakes_from_sleep", U),
            ("I went to bed early", "worse_evening_night", U),
        ],
        real_kb,
    )


# A remedy that does nothing, and "without trying", are not denials of the sentence.
def test_a_remedy_that_does_nothing_is_not_a_denial(real_kb: KnowledgeBase) -> None:
    _check(
        [
            ("my feet cramp every night and stretching does nothing", "cramp", P),
            ("my feet cramp every night and stretching does nothing", "frequent_episodes", P),
            ("heavy calves, magnesium made no difference", "fasciculation", U),
            ("lost weight without trying and my thighs twitch", "fasciculation", P),
            ("no cramps, nothing", "cramp", A),
        ],
        real_kb,
    )
    x = extract("my calf is red and hot and stretching did nothing", real_kb, TODAY)
    assert not any("denied" in s.reason for s in x.set_aside)
