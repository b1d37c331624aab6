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
    then = alternation(list(lay().answers.age_then))
    not_unit = r"(?!\s*(?:weeks?|months?|days?|kg|lbs?|%|cm|hours?|hrs?|mins?|minutes?|times|x\b))"
    return {
        AGE: [
            rf"\b(?:i'?m|i\s+am|age|aged|ages)\s+(?:only\s+|just\s+|nearly\s+|almost\s+|now\s+)?"
            rf"(\d{{2}}){not_unit}\b(?:\s*(?:years?|yrs?)(?:\s*-?\s*old)?)?"
            rf"(?:\s*(?:,|and|&)?\s*(?:an?\s+)?(?:{sex_words}|[mf](?![\w'\u2019]))\b)?",
            r"\b\d{2}\s*(?:-\s*)?(?:years?|yrs?|yr|y)\s*(?:-\s*)?(?:old|o)\b",
            r"\b\d{2}\s*(?:yo|y/o|y\.o\.?)(?=\W|$)",
            r"\b\d{2}\s*[mf]\b",
            # "F29", "M 45", round 8C: "F, 29"; not the m of "I'm 31 weeks pregnant"
            rf"(?<![\w'\u2019])[mf]\s*,?\s*\d{{2}}\b{not_unit}",
            rf"\b\d{{2}}\s*,?\s*(?:yo\s+|y/o\s+|(?:years?|yrs?|yr)\s*-?\s*old\s+)?(?:{sex_words})\b",
            r"^\W*\d{2}\s+here\b",  # "64 here."
            r"\b\d{2}\s*,\s*[mf]\s*(?=[,.;)]|$)",  # round 7: "Background: 45, M, desk job"
            # round 8C: a bare age opening a sentence, then a word about the person ("71,
            # retired.", "45, otherwise healthy"), or after "Background:" ("Background: 29, dev")
            rf"(?:^|(?<=[.!?:;\n(])|(?<=[.!?:;\n(]\s))\d{{2}}\s*,\s*(?:{then})\b",
            rf"\b(?:background|about\s+me|bio|profile|stats)\s*[:\-\u2013]\s*\d{{2}}{not_unit}"
            rf"(?:\s*,\s*(?:[mf]|{sex_words})(?![\w'\u2019]))?(?=\s*[,;/.]|\s*$)",
            # round 8C: "twitchy calves at 40.", "Hair's thinning at 52, typical" (a clause that
            # ends with the age; `said_of_the_person` drops onsets and measures)
            r"\bat\s+\d{2}(?=\s*(?:[,.!?;)]|$))",
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
    m = re.search(r"(?:\d{2}(?:\s*,)?\s*([mf])\b|(?<![\w'\u2019])([mf])\s*,?\s*\d{2})", t)
    if m:
        letter = m[1] or m[2]
        return "female" if letter == "f" else "male"
    return None


# Round 8C: "at 40" is not the age now after words for an onset, a past event or a measure ("it
# started at 30", "diagnosed at 45", "my pulse sits at 90", "the CK came back at 60")
_NOT_NOW = re.compile(
    r"\b(?:start\w*|began|begin\w*|since|when|was|were|had|got|first|diagnos\w*|from|until|till"
    r"|by|before|after|ago|age|rate|level\w*|pulse|bpm|heart|ck|score|count|reading|read|dose"
    r"|temp\w*|sugar|glucose|pressure|sats?|oxygen|speed|mph|weigh\w*|set|stuck|peak\w*|capped"
    r"|times?|clock|alarm|woke|wake|bed|work|shift|o'?clock|around|about|than|over|under|stands?"
    r"|sits?|came|comes)\b",
    re.IGNORECASE,
)
_FIRST_PERSON = re.compile(r"^\W*(?:i\s*['\u2019]?m|i\s+am|im|as)\b", re.IGNORECASE)


def said_of_the_person(words: str, before: str, writing_for: bool) -> bool:
    """Round 8C: whether age or sex words are the person's: not "at 40" after an onset or a
    measure in the same sentence (`before`), nor the writer's own "I'm 45" or "as a woman" in a
    text written for someone else."""
    if re.match(r"at\b", words, re.IGNORECASE) and _NOT_NOW.search(before):
        return False
    return not (writing_for and _FIRST_PERSON.match(words))
