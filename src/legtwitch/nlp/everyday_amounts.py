"""Round 8D amounts in free text: caffeine said with more words, alcohol in units, nights a week.

Like nlp/amounts.py, each kind is a regex the target matcher runs over the text (so ConText can
still deny it or give it to a relative) and a `read_*` that turns the matched words into a number;
the numbers that turn them into findings are in nlp/data/quantities.yaml.

- "about five strong coffees a day", "3 proper coffees", "probably 6 mugs a shift" (after coffee
  is named in the same sentence), "two or three red bulls": caffeine (nlp/amounts.py reads the plain
  "5 coffees a day"; these are the shapes it misses, and the longer match wins where both match).
- "30 units a week", "6 pints most nights", "a bottle of wine": alcohol, a weekly total when a
  period is given, otherwise one session.
- "three or four evenings a week", "3 nights a week": how often.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from legtwitch.nlp import amounts as v
from legtwitch.nlp.duration_words import duration_words
from legtwitch.nlp.lexicon import quantities
from legtwitch.nlp.numbers import COUNT as BASE_COUNT
from legtwitch.nlp.numbers import number as base_number

CAFFEINE = "VALUE_CAFFEINE_MORE"
ALCOHOL = "VALUE_ALCOHOL"
NIGHTS = "VALUE_NIGHTS"
LABELS = (CAFFEINE, ALCOHOL, NIGHTS)
# amounts (nlp/amounts.py's and these): a doubt word right before the number means "about"
# ("maybe 30 units a week"); a rate or a duration keeps its doubt ("maybe once a week")
VALUE_LABELS = frozenset((v.CAFFEINE_MG, v.CAFFEINE, v.SLEEP, CAFFEINE, ALCOHOL))
# how often: not the symptom's when said of an exposure (rate_of_exposure)
RATE_LABELS = frozenset((v.FREQUENCY, v.RARELY, NIGHTS))

_WORD = r"one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty"
_RANGE = rf"(?:{_WORD}|\d+)\s*(?:or|to|-|–)\s*(?:{_WORD}|\d+)"
COUNT = rf"(?:{_RANGE}|{BASE_COUNT})"
_SESSION_ONLY = -1.0  # no period: one session


def approximate(ent: Any, modifier: Any) -> bool:
    """A doubt trigger ("maybe", "perhaps") that ends where a number begins, or takes the number
    in ("maybe 30" in lay.yaml's forward "maybe {count}"): "I drink maybe 30 units a week" gives
    an amount, not a doubt."""
    start, end = modifier.modifier_span
    words = {t.lower_ for t in ent.doc[start : ent.start]}
    return (
        modifier.category == "POSSIBLE"
        and start < ent.start <= end <= ent.end
        and words <= set(quantities().approximate_words)
    )


def rate_of_exposure(ent: Any, risk_label: str) -> bool:
    """A rate whose nearest match before it in its clause is an exposure ("I give blood 4 times
    a year", "I train twice a day") tells how often the person does that, not how often the
    symptom comes."""
    doc = ent.doc
    start = ent.start
    while start > 0 and not doc[start].is_sent_start:
        start -= 1
    before = [e for e in doc.ents if start <= e.start and e.end <= ent.start]
    if before:
        return bool(before[-1].label_ == risk_label)
    # round 11A: with nothing named before it, a habit of the person's ("I walk the dog 5k every
    # morning", "I go to the gym 4 times a week": durations.yaml `habits`)
    habits = frozenset(duration_words().habits)
    return any(t.lower_ in habits for t in doc[start : ent.start])


def number(words: str) -> float | None:
    """numbers.number, and word ranges: 'three or four' -> 3.5."""
    w = " ".join(words.lower().split())
    m = re.fullmatch(rf"({_WORD}|\d+)\s*(?:or|to|-|–)\s*({_WORD}|\d+)", w)
    if m:
        a, b = base_number(m[1]), base_number(m[2])
        return (a + b) / 2 if a is not None and b is not None else None
    return base_number(w)


def _either(names: list[str]) -> str:
    ordered = sorted({" ".join(n.lower().split()) for n in names}, key=len, reverse=True)
    return "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in ordered)


@cache
def _alts() -> tuple[str, str, str, str]:
    """Drink words, day words, alcohol names, and a period ("a day", "a shift", "a week")."""
    q = quantities()
    adjectives = _either(list(q.drink_words))
    days = _either(list(q.day_words))
    alcohol = _either([n for a in q.alcohol for n in a.names])
    period = rf"(?:\s*(?:a|an|per|each|every|/|in\s+a)\s*(?:{days}|d|week|wk|night)\b)"
    return adjectives, days, alcohol, period


@cache
def patterns() -> dict[str, list[str]]:
    """label -> regexes, for the target matcher."""
    adj, _days, alcohol, period = _alts()
    drink, serving = v.drink_regex(), v.serving_regex()
    serve = rf"(?:(?:{serving})\s+(?:of\s+)?)?"
    return {
        CAFFEINE: [
            # a word between: "five strong coffees", "3 mugs of strong coffee"
            rf"\b{COUNT}\s*(?:{adj})\s+{serve}(?:{drink})\b{period}?",
            rf"\b{COUNT}\s*{serve}(?:{adj})\s+(?:{drink})\b{period}?",
            # a range in words: "two or three coffees"
            rf"\b{_RANGE}\s*{serve}(?:{drink})\b{period}?",
            # the drink named first, then only the servings: "coffee, probably 6 mugs a shift"
            rf"\b(?:{drink})\b[^.!?;\n]{{0,40}}?\b{COUNT}\s*(?:{serving})\b(?!\s+of\b){period}?",
        ],
        ALCOHOL: [
            rf"\b{COUNT}\s*(?:{alcohol})\b(?!\s+of\b)"
            r"(?:\s*(?:a|an|per|each|every|/|in\s+a)\s*(?:day|night|evening|week|wk))?",
        ],
        NIGHTS: [
            rf"\b{COUNT}\s*(?:nights?|evenings?|mornings?)\s+(?:a|an|per|each|every|/|in\s+a)"
            r"\s*week\b",
        ],
    }


def read_caffeine_mg(text: str) -> float | None:
    """mg of caffeine a day in the shapes above."""
    adj, _days, _alcohol, _period = _alts()
    t = " ".join(text.lower().split())
    q = quantities()
    drink_re, serving_re = v.drink_regex(), v.serving_regex()
    m = re.match(
        rf"({COUNT})\s*(?:(?:{adj})\s+)?(?:({serving_re})\s+(?:of\s+)?)?(?:(?:{adj})\s+)?"
        rf"({drink_re})\b",
        t,
    )
    if m:
        words, serving, drink = m[1], m[2], m[3]
    else:
        m = re.match(rf"({drink_re})\b.*?\b({COUNT})\s*(?:(?:{adj})\s+)?({serving_re})\b", t)
        if not m:
            return None
        drink, words, serving = m[1], m[2], m[3]
    count = number(words)
    if count is None:
        return None
    mg = next(d.mg.value for d in q.drinks if drink in {" ".join(n.split()) for n in d.names})
    factor = 1.0
    if serving:
        factor = next(s.factor.value for s in q.servings if serving in s.names)
    amount = count * factor * mg
    return amount / 7 if re.search(r"\b(?:week|wk)$", t) else amount


def read_units(text: str) -> tuple[float, float] | None:
    """(units, days they cover) in '30 units a week' (30, 7), '6 pints a night' (6 x 2, 1);
    days is _SESSION_ONLY when no period is given."""
    _adj, _days, alcohol, _period = _alts()
    t = " ".join(text.lower().split())
    m = re.match(rf"({COUNT})\s*({alcohol})\b", t)
    if not m or (count := number(m[1])) is None:
        return None
    units = next(a.units.value for a in quantities().alcohol if m[2] in a.names)
    if re.search(r"\b(?:week|wk)$", t):
        return count * units, 7.0
    if re.search(r"\b(?:day|night|evening)$", t):
        return count * units, 1.0
    return count * units, _SESSION_ONLY


def read_nights_per_week(text: str) -> float | None:
    m = re.match(rf"({COUNT})\s*(?:nights?|evenings?|mornings?)", " ".join(text.lower().split()))
    return number(m[1]) if m else None
