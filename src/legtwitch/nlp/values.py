"""Values in free text: the labels and regexes of every value kind, for the target matcher (pure).

Amounts, durations and rates are read in nlp/amounts.py, age and sex in nlp/age_sex.py, numbers in
lay words in nlp/numbers.py; nlp/value_reader.py turns the values into findings and answers.
"""

from __future__ import annotations

from functools import cache

from legtwitch.nlp import age_sex, amounts
from legtwitch.nlp.age_sex import AGE, SEX, read_age, read_sex
from legtwitch.nlp.amounts import (
    CAFFEINE,
    CAFFEINE_MG,
    DURATION,
    FREQUENCY,
    RARELY,
    SINCE,
    SLEEP,
    read_caffeine_mg,
    read_duration_days,
    read_per_week,
    read_sleep_hours,
)

__all__ = [
    "AGE",
    "CAFFEINE",
    "CAFFEINE_MG",
    "DURATION",
    "FREQUENCY",
    "RARELY",
    "SEX",
    "SINCE",
    "SLEEP",
    "patterns",
    "read_age",
    "read_caffeine_mg",
    "read_duration_days",
    "read_per_week",
    "read_sex",
    "read_sleep_hours",
]


@cache
def patterns() -> dict[str, list[str]]:
    """label -> regexes, for the target matcher (amounts first, as before the split)."""
    return {**amounts.patterns(), **age_sex.patterns()}
