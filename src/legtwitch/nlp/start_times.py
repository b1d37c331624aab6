"""When something started, in words the count regexes of nlp/amounts.py do not read (round 10C).

Calendar days counted back from `today`: "on Friday", "last Tuesday", "since Thursday", "started
Sunday", "Saturday my toes went tingly", "in September", "since mid October", "this week", "over
the weekend", "since the 3rd", "on the 14th", "since bonfire night"; bare counts after a symptom:
"twitching L calf 5 wks", "3 months on", "6 weeks of flickering". Each is a VALUE_SINCE or
VALUE_DURATION value; nlp/durations.py decides whose time it is (the symptom's, an event's, or
nobody's: "on Friday I start a new job"). The calendar words are in nlp/data/calendar.yaml (pure).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date, timedelta
from functools import cache

from pydantic import Field

from legtwitch.knowledge.sourced import Strict
from legtwitch.nlp.lexicon import data_file, quantities
from legtwitch.nlp.numbers import COUNT

_FILE = "calendar.yaml"
_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_MONTH = (
    r"(?:january|february|march|april|may|june|july|august|september|october|november|december"
    r"|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\b"
)
_UNITS = r"(?:days?|weeks?|wks?|months?|mos?|years?|yrs?|fortnights?)"
# "in"/"every"/"within" before a count make it a time to come or a rate ("every 2 weeks."), "is"/
# "am"/"aged" an age ("my husband is 58 years, ...")
_NOT_AFTER = (
    r"(?<!\bin\s)(?<!every\s)(?<!within\s)(?<!each\s)(?<!\bis\s)(?<!\bam\s)(?<!'m\s)(?<!aged\s)"
)


class Calendar(Strict):
    """nlp/data/calendar.yaml."""

    weekdays: tuple[str, ...] = Field(min_length=7, max_length=7)
    week_starts: str
    weekend_ends: str
    month_parts: dict[str, int]
    named_days: dict[str, tuple[int, int]]


@cache
def calendar() -> Calendar:
    """nlp/data/calendar.yaml, read and checked once."""
    return data_file(Calendar, _FILE)


def _alt(words: Iterable[str]) -> str:
    """Longest first, spaces as any whitespace."""
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len)[::-1])


@cache
def since_patterns() -> list[str]:
    """Regexes of calendar days (label VALUE_SINCE)."""
    cal = calendar()
    day = rf"(?:{_alt(cal.weekdays)})"
    part = rf"(?:(?:the\s+)?(?:{_alt(cal.month_parts)})(?:\s+of)?[\s-]+)"
    return [
        rf"\b(?:on|last|since|from|started|starts?|began|begun)\s+(?:last\s+|this\s+past\s+)?{day}\b",
        rf"(?:^|(?<=[.!?\n]\s)|(?<=\n)){day}\b(?=\s+(?:my|it|i|the|his|her|he|she|they|we)\b)",
        rf"\b(?:in|since|from|started|began|back\s+in|at)\s+(?:about\s+|around\s+|in\s+)?{part}?"
        rf"{_MONTH}\b(?!\s+\d)",
        r"(?<!twice\s)(?<!times\s)(?<!once\s)\b(?:this|this\s+past|the\s+past)\s+week\b",
        r"\b(?:at|over|last|since|from)\s+(?:the\s+)?weekend\b",
        r"\b(?:on|since|from)\s+the\s+\d{1,2}(?:st|nd|rd|th)\b",
        rf"\b(?:since|on|at|from)\s+(?:{_alt(cal.named_days)})\b",
        r"\bfrom\s+(?:yesterday|last\s+night|this\s+morning|today)\b",  # "from yesterday I am"
        # an event's time, never the symptom's start (nlp/durations.py): "leg day yesterday"
        r"\b(?:yesterday|last\s+night|last\s+week)\b",
    ]


@cache
def count_patterns() -> list[str]:
    """Regexes of bare counts (label VALUE_DURATION): "5 wks", "3 months on", "6 weeks of"."""
    count = rf"(?!(?:a|an)\s+{_UNITS}){COUNT}"
    bare = rf"\b(?=[\dacefhnostw]){_NOT_AFTER}{count}"  # the first letters of COUNT: faster
    return [
        rf"{bare}\s*{_UNITS}(?=\s*(?:[.,;:!?)\n]|$))",
        rf"{bare}\s*{_UNITS}\s+(?:on|of)\b(?!\s+(?:and\s+off|off|the|my|a|an)\b)",
        rf"\bfrom\s+{count}\s*{_UNITS}\b",  # "from 2 days I have no feeling"
        # "still there after 6 weeks"
        rf"\bafter\s+{count}\s*{_UNITS}\b(?!\s+(?:in|of|on|off|at|with|and)\b)",
    ]


def read_days(text: str, today: date) -> float | None:
    """Days before `today` of a calendar time found by `since_patterns`, else None."""
    cal = calendar()
    t = " ".join(text.lower().split())
    named = [i for i, d in enumerate(cal.weekdays) if re.search(rf"\b{d}\b", t)]
    if named:
        return float((today.weekday() - named[0]) % 7 or 7)
    if re.search(r"\bpast week\b", t):  # "this past week": the last seven days
        return float(len(cal.weekdays))
    if re.search(r"\bweek\b", t) and "last" not in t:  # "this week": since its first day ...
        days = (today.weekday() - cal.weekdays.index(cal.week_starts)) % 7
        # ... which late in the week may be the start or not: read only when short enough to be
        # a sudden start whichever day it was (a longer reading would deny a sudden onset)
        return float(days) if days <= quantities().thresholds.sudden_onset_max_days.value else None
    if "weekend" in t:  # its last day: the nearest the start may be
        return float((today.weekday() - cal.weekdays.index(cal.weekend_ends)) % 7 or 1)
    if re.search(r"\b(?:yesterday|last night)\b", t):
        return 1.0
    if m := re.search(r"\bthe (\d{1,2})(?:st|nd|rd|th)\b", t):
        when = _on(today, int(m[1]))
        if when is None or when > today:  # "since the 28th" on the 3rd: last month's
            when = _on(today.replace(day=1) - timedelta(days=1), int(m[1]))
        return None if when is None else float((today - when).days)
    for name, (month, day) in cal.named_days.items():
        if name in t:
            return _since(today, month, day)
    if m := re.search(rf"\b({_MONTH})", t):
        parts = [d for p, d in cal.month_parts.items() if re.search(rf"\b{p}\b", t)]
        return _since(today, _MONTHS.index(m[1][:3]) + 1, parts[0] if parts else 1)
    return None


def _on(month: date, day: int) -> date | None:
    """That day of `month`'s month, if it has one."""
    try:
        return month.replace(day=day)
    except ValueError:
        return None


def _since(today: date, month: int, day: int) -> float:
    """Days since the last such day of the year, up to today."""
    year = today.year if (month, day) <= (today.month, today.day) else today.year - 1
    when = _on(date(year, month, 1), day) or date(year, month, 28)
    return float((today - when).days)


def is_calendar(text: str) -> bool:
    """A time named by the calendar (a weekday, a month, a week, a date), not by a count."""
    cal = calendar()
    words = set(re.findall(r"[a-z']+", text.lower()))
    names = set(cal.weekdays) | {"week", "weekend"} | {w for n in cal.named_days for w in n.split()}
    return bool(words & names) or bool(
        re.search(rf"\b{_MONTH}|\bthe \d{{1,2}}(?:st|nd|rd|th)\b", text.lower())
    )
