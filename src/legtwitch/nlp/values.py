"""Values in free text: amounts, durations, frequencies, hours of sleep, age and sex (pure).

Each value kind is a regex the target matcher runs over the text (so ConText can still negate it or
give it to a relative); `read_*` turns the matched words into a number. The cut-offs that turn a
number into a finding live in nlp/data/quantities.yaml with their sources.
"""

from __future__ import annotations

import re
from datetime import date
from functools import cache

from legtwitch.nlp.lexicon import lay, quantities

CAFFEINE_MG = "VALUE_CAFFEINE_MG"
CAFFEINE = "VALUE_CAFFEINE"
SLEEP = "VALUE_SLEEP"
DURATION = "VALUE_DURATION"
SINCE = "VALUE_SINCE"
FREQUENCY = "VALUE_FREQUENCY"
RARELY = "VALUE_RARELY"
AGE = "VALUE_AGE"
SEX = "VALUE_SEX"

_NUMBER_WORDS = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "fifteen": 15,
    "twenty": 20,
    "couple": 2,
    "a couple": 2,
    "a couple of": 2,
    "couple of": 2,
    "few": 3,
    "a few": 3,
    "several": 4,
    "half a dozen": 6,
    "a dozen": 12,
    "dozen": 12,
    "once": 1,
    "twice": 2,
    "many": 5,
    "multiple": 3,
    "dozens of": 24,
    "hundreds of": 100,
    "half": 0.5,
}
_NUM = r"\d+(?:[.,]\d+)?"
COUNT = (
    rf"(?:{_NUM}(?:\s*(?:-|–|to|or)\s*{_NUM})?|half a dozen|a dozen|a couple(?: of)?|couple(?: of)?"
    r"|a few|few|several|twenty|fifteen|twelve|eleven|ten|nine|eight|seven|six|five|four|three"
    r"|two|one|an|a)"
)
_MONTHS = {
    m: i + 1
    for i, m in enumerate(
        ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
    )
}
_UNIT_DAYS = {"day": 1, "week": 7, "wk": 7, "month": 30, "mo": 30, "year": 365, "yr": 365}
_PER_WEEK = {
    "hour": 24 * 7,
    "day": 7,
    "night": 7,
    "evening": 7,
    "morning": 7,
    "week": 1,
    "month": 7 / 30,
    "year": 7 / 365,
    "minute": 60 * 24 * 7,
}


def number(words: str) -> float | None:
    """'5' -> 5, '2-3' -> 2.5, 'a couple of' -> 2."""
    w = " ".join(words.lower().split())
    m = re.fullmatch(rf"({_NUM})\s*(?:-|–|to|or)\s*({_NUM})", w)
    if m:
        return (float(m[1].replace(",", ".")) + float(m[2].replace(",", "."))) / 2
    if re.fullmatch(_NUM, w):
        return float(w.replace(",", "."))
    return _NUMBER_WORDS.get(w)


def _alts(names: list[str]) -> str:
    ordered = sorted({" ".join(n.lower().split()) for n in names}, key=len, reverse=True)
    return "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in ordered)


@cache
def drink_regex() -> str:
    return _alts([n for d in quantities().drinks for n in d.names])


@cache
def serving_regex() -> str:
    return _alts([n for s in quantities().servings for n in s.names])


@cache
def patterns() -> dict[str, list[str]]:
    """label -> regexes, for the target matcher."""
    period = r"(?:\s*(?:a|an|per|each|every|/|in\s+a)\s*(?:day|d|week|wk|night)\b)?"
    sex_words = _alts([w for ws in lay().sex_words.values() for w in ws])
    not_unit = r"(?!\s*(?:weeks?|months?|days?|kg|lbs?|%|cm|hours?|hrs?|mins?|minutes?|times|x\b))"
    return {
        CAFFEINE_MG: [
            rf"\b{_NUM}\s*mg\s+(?:of\s+)?caffeine\b{period}",
            rf"\bcaffeine\s+(?:of\s+|about\s+|around\s+)?{_NUM}\s*mg\b{period}",
        ],
        CAFFEINE: [
            rf"\b{COUNT}\s*(?:(?:{serving_regex()})\s+(?:of\s+)?)?(?:{drink_regex()})\b"
            rf"{period}"
        ],
        SLEEP: [
            rf"\b{COUNT}\s*(?:hours?|hrs?|h)\s+(?:of\s+)?(?:sleep|a\s+night|per\s+night|"
            r"each\s+night|a\s+nite|at\s+night|nightly)\b",
            r"\b(?:sleep|sleeping|slept|get|getting)\s+(?:for\s+)?(?:only\s+|about\s+|around\s+"
            r"|like\s+|maybe\s+|barely\s+|less\s+than\s+|under\s+|roughly\s+|max\s+)?"
            rf"{COUNT}\s*(?:hours?|hrs?|h)\b",
        ],
        DURATION: [
            r"\b(?:for|over|past|last|about|almost|nearly|already)\s+(?:the\s+)?"
            rf"(?:past\s+|last\s+|about\s+|over\s+)?{COUNT}\s*"
            r"(?:days?|weeks?|wks?|months?|mos?|years?|yrs?)\b",
            rf"\b{COUNT}\s*(?:days?|weeks?|wks?|months?|years?|yrs?)\s+"
            r"(?:now|ago|straight|in\s+a\s+row)\b",
        ],
        SINCE: [
            r"\bsince\s+(?:early\s+|mid\s+|late\s+|the\s+start\s+of\s+|the\s+end\s+of\s+)?"
            r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b",
            r"\bsince\s+(?:yesterday|last\s+night|this\s+morning|today|last\s+week|"
            r"last\s+month|last\s+year|the\s+weekend|monday|tuesday|wednesday|thursday|"
            r"friday|saturday|sunday)\b",
        ],
        FREQUENCY: [
            rf"\b(?:{COUNT}|many|multiple|dozens\s+of|hundreds\s+of)\s*(?:times|x)\s*"
            r"(?:a|an|per|each|every|/)\s*(?:hour|day|night|week|month|year)\b",
            r"\b(?:once|twice)\s+(?:a|an|per|every)\s+(?:hour|day|night|week|month|year)\b",
            rf"\bevery\s+(?:(?:{COUNT})\s+)?(?:minutes?|hours?|days?|nights?|evenings?|"
            r"mornings?|weeks?|months?)\b",
        ],
        RARELY: [
            r"\b(?:every\s+now\s+and\s+(?:then|again)|once\s+in\s+a\s+while|occasionally|"
            r"rarely|every\s+so\s+often|not\s+often|not\s+very\s+often|once\s+or\s+twice)\b"
        ],
        AGE: [
            rf"\b(?:i'?m|i\s+am|age|aged|ages)\s+(?:only\s+|just\s+|nearly\s+|almost\s+|now\s+)?"
            rf"(\d{{2}}){not_unit}\b(?:\s*(?:years?|yrs?)(?:\s*-?\s*old)?)?"
            rf"(?:\s*(?:,|and|&)?\s*(?:an?\s+)?(?:{sex_words}|[mf](?![\w'\u2019]))\b)?",
            r"\b\d{2}\s*(?:-\s*)?(?:years?|yrs?|yr|y)\s*(?:-\s*)?(?:old|o)\b",
            r"\b\d{2}\s*(?:yo|y/o|y\.o\.?)(?=\W|$)",
            r"\b\d{2}\s*[mf]\b",
            r"\b[mf]\s*\d{2}\b",
            rf"\b\d{{2}}\s*,?\s*(?:yo\s+|y/o\s+|(?:years?|yrs?|yr)\s*-?\s*old\s+)?(?:{sex_words})\b",
            r"^\W*\d{2}\s+here\b",  # "64 here."
            r"\b\d{2}\s*,\s*[mf]\s*(?=[,.;)]|$)",  # round 7: "Background: 45, M, desk job"
        ],
        SEX: [
            rf"\b(?:i'?m|i\s+am|as)\s+an?\s+(?:\d{{2}}\s*(?:yo|y/o|(?:years?|yrs?|yr)\s*-?\s*old)?\s+)?"
            rf"(?:{sex_words})\b",
            # round 6: a bare "female" or "male" as an item of a list ("I'm 29, female, ...")
            r"(?<=,)\s*(?:female|male)\b(?=\s*[,.;)]|\s*$)",
        ],
    }


def read_caffeine_mg(text: str) -> float | None:
    """mg of caffeine a day in '5 coffees', '2 cans of monster a day', '300mg caffeine'."""
    t = " ".join(text.lower().split())
    m = re.search(rf"({_NUM})\s*mg", t)
    if m:
        return _per_day(float(m[1].replace(",", ".")), t)
    m = re.match(rf"({COUNT})\s*(?:({serving_regex()})\s+(?:of\s+)?)?({drink_regex()})\b", t)
    if not m:
        return None
    count = number(m[1])
    if count is None:
        return None
    q = quantities()
    mg = next(d.mg.value for d in q.drinks if m[3] in {" ".join(n.split()) for n in d.names})
    factor = 1.0
    if m[2]:
        factor = next(s.factor.value for s in q.servings if m[2] in s.names)
    return _per_day(count * factor * mg, t)


def _per_day(amount: float, text: str) -> float:
    return amount / 7 if re.search(r"\b(?:week|wk)\b", text) else amount


def read_sleep_hours(text: str) -> float | None:
    m = re.search(rf"({COUNT})\s*(?:hours?|hrs?|h)\b", text.lower())
    return number(m[1]) if m else None


def read_duration_days(text: str, today: date) -> float | None:
    t = " ".join(text.lower().split())
    m = re.search(rf"({COUNT})\s*(day|week|wk|month|mo|year|yr)s?\b", t)
    if m and (n := number(m[1])) is not None:
        return n * _UNIT_DAYS[m[2]]
    if re.search(r"since\s+(?:yesterday|last night|this morning|today)", t):
        return 1
    for word, days in (
        ("last week", 7),
        ("the weekend", 3),
        ("last month", 30),
        ("last year", 365),
    ):
        if word in t:
            return days
    m = re.search(
        r"since\s+(?:early\s+|mid\s+|late\s+|the\s+start\s+of\s+|the\s+end\s+of\s+)?"
        r"(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)",
        t,
    )
    if m:
        month = _MONTHS[m[1]]
        year = today.year if month <= today.month else today.year - 1
        return float((today - date(year, month, 1)).days)
    if re.search(r"since\s+\w+day\b", t):
        return 4  # a weekday: within the last week
    return None


def read_per_week(text: str) -> float | None:
    t = " ".join(text.lower().split())
    m = re.search(r"(once|twice)\s+(?:a|an|per|every)\s+(hour|day|night|week|month|year)", t)
    if m:
        return _NUMBER_WORDS[m[1]] * _PER_WEEK[m[2]]
    m = re.search(
        rf"({COUNT}|many|multiple|dozens of|hundreds of)\s*(?:times|x)\s*(?:a|an|per|each"
        r"|every|/)\s*(hour|day|night|week|month|year)",
        t,
    )
    if m and (n := number(m[1])) is not None:
        return n * _PER_WEEK[m[2]]
    m = re.search(
        rf"every\s+(?:({COUNT})\s+)?(minute|hour|day|night|evening|morning|week|month)", t
    )
    if m:
        n = number(m[1]) if m[1] else 1.0
        if n:
            return _PER_WEEK[m[2]] / n
    return None


def read_age(text: str) -> int | None:
    m = re.search(r"\d{2}", text)
    return int(m[0]) if m else None


def read_sex(text: str) -> str | None:
    t = " ".join(text.lower().split())
    for option, words in lay().sex_words.items():
        if re.search(rf"\b(?:{_alts(list(words))})\b", t):
            return option
    # "29M", "F29"; not the m of "I'm 29"
    m = re.search(r"(?:\d{2}(?:\s*,)?\s*([mf])\b|(?<![\w'\u2019])([mf])\s*\d{2})", t)
    if m:
        letter = m[1] or m[2]
        return "female" if letter == "f" else "male"
    return None
