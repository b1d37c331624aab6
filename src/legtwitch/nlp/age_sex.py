"""Age and sex stated in free text (pure): "34M", "F29", "I'm 34", "45 year old man", "I'm a woman".

The regexes are target rules (so ConText can still give an age to a relative); `read_age` and
`read_sex` read the matched words. The age question's own range decides whether an age is used
(nlp/value_reader.py).
"""

from __future__ import annotations

import re
from functools import cache

from legtwitch.nlp.lexicon import lay
from legtwitch.nlp.numbers import alternation

AGE = "VALUE_AGE"
SEX = "VALUE_SEX"


@cache
def patterns() -> dict[str, list[str]]:
    """label -> regexes for age and sex, for the target matcher."""
    sex_words = alternation([w for ws in lay().sex_words.values() for w in ws])
    not_unit = r"(?!\s*(?:weeks?|months?|days?|kg|lbs?|%|cm|hours?|hrs?|mins?|minutes?|times|x\b))"
    return {
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


def read_age(text: str) -> int | None:
    m = re.search(r"\d{2}", text)
    return int(m[0]) if m else None


def read_sex(text: str) -> str | None:
    t = " ".join(text.lower().split())
    for option, words in lay().sex_words.items():
        if re.search(rf"\b(?:{alternation(list(words))})\b", t):
            return option
    # "29M", "F29"; not the m of "I'm 29"
    m = re.search(r"(?:\d{2}(?:\s*,)?\s*([mf])\b|(?<![\w'\u2019])([mf])\s*\d{2})", t)
    if m:
        letter = m[1] or m[2]
        return "female" if letter == "f" else "male"
    return None
