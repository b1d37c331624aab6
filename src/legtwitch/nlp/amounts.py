"""Amounts, durations and rates in free text (pure): cups of coffee, mg of caffeine, hours of sleep,
"for 3 weeks", "since March", "a few times a day", "now and then".

Each value kind is a regex the target matcher runs over the text (so ConText can still negate it or
give it to a relative); `read_*` turns the matched words into a number. The cut-offs that turn a
number into a finding live in nlp/data/quantities.yaml with their sources.
"""

from __future__ import annotations

import re
from datetime import date
from functools import cache

from legtwitch.nlp.lexicon import quantities
from legtwitch.nlp.numbers import COUNT, NUM, NUMBER_WORDS, alternation, number
from legtwitch.nlp.start_times import count_patterns, read_days, since_patterns

CAFFEINE_MG = "VALUE_CAFFEINE_MG"
CAFFEINE = "VALUE_CAFFEINE"
SLEEP = "VALUE_SLEEP"
DURATION = "VALUE_DURATION"
SINCE = "VALUE_SINCE"
FREQUENCY = "VALUE_FREQUENCY"
RARELY = "VALUE_RARELY"

_MONTHS = {
    m: i + 1
    for i, m in enumerate(
        ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
    )
}
_UNIT_DAYS: dict[str, float] = {
    "day": 1,
    "week": 7,
    "wk": 7,
    "month": 30,
    "mo": 30,
    "year": 365,
    "yr": 365,
}
_UNIT_DAYS |= {"hour": 1 / 24, "hr": 1 / 24, "fortnight": 14}  # round 8C
_UNITS = r"(?:days?|weeks?|wks?|months?|mos?|years?|yrs?|fortnights?)"
# Round 8C: "since the summer", "since Easter": the most recent such day before today
_SEASONS = {
    "spring": (3, 1),
    "easter": (4, 1),
    "summer": (6, 1),
    "autumn": (9, 1),
    "halloween": (10, 31),
    "winter": (12, 1),
    "christmas": (12, 25),
    "xmas": (12, 25),
    "new year": (1, 1),
}
_SEASON = "|".join(_SEASONS).replace(" ", r"\s+")
_SHORT = (
    r"(?:yesterday|last\s+night|this\s+morning|today|this\s+afternoon|this\s+evening|lunchtime"
    r"|overnight)"
)
_SEASON_SINCE = rf"since\s+(?:the\s+)?(?:early\s+|late\s+|start\s+of\s+(?:the\s+)?)?({_SEASON})"
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


@cache
def drink_regex() -> str:
    return alternation([n for d in quantities().drinks for n in d.names])


@cache
def serving_regex() -> str:
    return alternation([n for s in quantities().servings for n in s.names])


@cache
def patterns() -> dict[str, list[str]]:
    """label -> regexes for amounts, durations and rates, for the target matcher."""
    period = r"(?:\s*(?:a|an|per|each|every|/|in\s+a)\s*(?:day|d|week|wk|night)\b)?"  # 8D: \b
    return {
        CAFFEINE_MG: [
            rf"\b{NUM}\s*mg\s+(?:of\s+)?caffeine\b{period}",
            rf"\bcaffeine\s+(?:of\s+|about\s+|around\s+)?{NUM}\s*mg\b{period}",
        ],
        CAFFEINE: [
            rf"\b{COUNT}\s*(?:(?:{serving_regex()})\s+(?:of\s+)?)?(?:{drink_regex()})\b"
            rf"{period}",
            # round 8C: the drink, then how many ("the servo coffees, 6 a day")
            rf"\b(?:{drink_regex()})\s*,\s*(?:like\s+|about\s+|maybe\s+|around\s+)?{COUNT}\s*"
            r"(?:a|per|each|every|/)\s*day\b",
        ],
        SLEEP: [
            rf"\b{COUNT}\s*(?:hours?|hrs?|h)\s+(?:of\s+)?(?:sleep|a\s+night|per\s+night|"
            r"each\s+night|a\s+nite|at\s+night|nightly)\b",
            r"\b(?:sleep|sleeping|slept|get|getting)\s+(?:for\s+)?(?:only\s+|about\s+|around\s+"
            r"|like\s+|maybe\s+|barely\s+|less\s+than\s+|under\s+|roughly\s+|max\s+)?"
            rf"{COUNT}\s*(?:hours?|hrs?|h)\b",
            # round 8C: "sleep a solid 8 hours", "sleepin about 5 hours", "barely sleeping (maybe
            # 5 hrs)", "Sleep's better, 8 hours", "sleeping badly, maybe 5 hours"
            # "she only sleeps 5 hrs", "sleep is rubbish, 5h max"
            r"\b(?:sleep|sleeps|sleeping|sleepin|slept)(?:(?:['\u2019]s|\s+is)?(?:\s+(?:better|badly"
            r"|poorly|rubbish|terrible|awful|bad))?\s*[(,]\s*|\s+(?=(?:a\s+solid|solid|a\s+good"
            r"|good|just|maybe|about|around|like|only|barely|roughly)\s))(?:(?:a\s+solid|solid"
            r"|a\s+good|good|just|maybe|about|around|like|only|barely|roughly)\s+)*"
            rf"{COUNT}\s*(?:hours?|hrs?|h)\b",
            rf"\bsleeps\s+{COUNT}\s*(?:hours?|hrs?|h)\b",
            # round 8C: no sleep at all ("had no sleep", "no sleep with the newborn", "from the
            # all-nighters"); not "no sleep problems"
            r"\bno\s+sleep\b(?!\s*(?:problems?|issues?|trouble|apn\w*|disorders?|stud\w*|tests?"
            r"|deprivation|loss|debt|changes?|walking|talking|paralysis|aids?|pattern))",
            r"\ball[\s-]?nighters?\b",
        ],
        DURATION: [
            r"\b(?:for|over|past|last|about|almost|nearly|already)\s+(?:the\s+)?"
            rf"(?:past\s+|last\s+|about\s+|over\s+)?{COUNT}\s*{_UNITS}\b",
            rf"\b{COUNT}\s*(?:days?|weeks?|wks?|months?|years?|yrs?)\s+"
            r"(?:now|ago|straight|in\s+a\s+row)\b",
            # round 8C: "for like 3 wks", "been 6 weeks", "going on three days", "since two days",
            # "from last 2 months"; "over the last month", "for months"; "an hour ago"
            r"\b(?:for\s+(?:like|around|roughly|maybe|a\s+good|at\s+least)|(?:been|going\s+on|since"
            r"|from\s+(?:the\s+)?(?:last|past))(?:\s+(?:like|around|roughly|maybe|about))?)\s+"
            rf"{COUNT}\s*{_UNITS}\b",
            r"\b(?:over|in|during|for)\s+the\s+(?:last|past)\s+(?:month|year|fortnight)\b",
            r"\bfor\s+(?:many\s+|several\s+)?(?:weeks|months|years)\b(?!\s+(?:of|before|after))",
            rf"\b{COUNT}\s*(?:hours?|hrs?)\s+ago\b",
            *count_patterns(),  # round 10C: "twitching L calf 5 wks", "3 months on"
        ],
        SINCE: [
            r"\bsince\s+(?:early\s+|mid\s+|late\s+|the\s+start\s+of\s+|the\s+end\s+of\s+)?"
            r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b",
            r"\bsince\s+(?:yesterday|last\s+night|this\s+morning|today|last\s+week|"
            r"last\s+month|last\s+year|the\s+weekend|monday|tuesday|wednesday|thursday|"
            r"friday|saturday|sunday)\b",
            # round 8C: "since the summer", "since Easter"; "since lunchtime", "started this
            # morning", "came on overnight"
            rf"\b{_SEASON_SINCE}\b",
            rf"\b(?:since|started|began|came\s+on)\s+(?:out\s+of\s+the\s+blue\s+)?{_SHORT}\b",
            *since_patterns(),  # round 10C: calendar days (nlp/start_times.py)
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
    }


def read_caffeine_mg(text: str) -> float | None:
    """mg of caffeine a day in '5 coffees', '2 cans of monster a day', '300mg caffeine'."""
    t = " ".join(text.lower().split())
    m = re.search(rf"({NUM})\s*mg", t)
    if m:
        return _per_day(float(m[1].replace(",", ".")), t)
    m = re.match(rf"({COUNT})\s*(?:({serving_regex()})\s+(?:of\s+)?)?({drink_regex()})\b", t)
    after = re.match(rf"({drink_regex()})\s*,\s*(?:like |about |maybe |around )?({COUNT})", t)
    if m:
        words, serving, drink = m[1], m[2], m[3]
    elif after:  # round 8C: "coffees, 6 a day"
        words, serving, drink = after[2], None, after[1]
    else:
        return None
    count = number(words)
    if count is None:
        return None
    q = quantities()
    mg = next(d.mg.value for d in q.drinks if drink in {" ".join(n.split()) for n in d.names})
    factor = 1.0
    if serving:
        factor = next(s.factor.value for s in q.servings if serving in s.names)
    return _per_day(count * factor * mg, t)


def _per_day(amount: float, text: str) -> float:
    return amount / 7 if re.search(r"\b(?:week|wk)\b", text) else amount


def read_sleep_hours(text: str) -> float | None:
    t = text.lower()
    if re.search(r"\bno\s+sleep|all[\s-]?nighter", t):
        return 0.0  # round 8C: no sleep that night
    m = re.search(rf"({COUNT})\s*(?:hours?|hrs?|h)\b", t)
    return number(m[1]) if m else None


def read_duration_days(text: str, today: date) -> float | None:
    t = " ".join(text.lower().split())
    m = re.search(rf"({COUNT})\s*(day|week|wk|month|mo|year|yr|fortnight|hour|hr)s?\b", t)
    if m and (n := number(m[1])) is not None:
        return n * _UNIT_DAYS[m[2]]
    if re.search(rf"(?:since|started|began|came on)\s+(?:out of the blue\s+)?{_SHORT}", t):
        return 1
    if m := re.search(r"(?:the|last|past)\s+(month|year|fortnight)\b", t):
        return _UNIT_DAYS[m[1]]  # "over the last month"
    if m := re.search(r"for\s+(?:many\s+|several\s+)?(week|month|year)s\b", t):
        return 3 * _UNIT_DAYS[m[1]]  # "for weeks": a few of them
    if m := re.search(_SEASON_SINCE, t):
        month, day = _SEASONS[" ".join(m[1].split())]
        year = today.year if (month, day) <= (today.month, today.day) else today.year - 1
        return float((today - date(year, month, day)).days)
    for word, days in (("last week", 7), ("last month", 30), ("last year", 365)):
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
    return read_days(t, today)  # round 10C: "on Friday", "in September", "this week", ...


def read_per_week(text: str) -> float | None:
    t = " ".join(text.lower().split())
    m = re.search(r"(once|twice)\s+(?:a|an|per|every)\s+(hour|day|night|week|month|year)", t)
    if m:
        return NUMBER_WORDS[m[1]] * _PER_WEEK[m[2]]
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
