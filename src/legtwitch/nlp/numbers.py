"""Numbers in lay words (pure): "5", "2-3", "a couple of", "half a dozen"; shared by the value
readers (nlp/amounts.py, nlp/age_sex.py).
"""

from __future__ import annotations

import re

NUMBER_WORDS = {
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
NUM = r"\d+(?:[.,]\d+)?"
_WORDS = r"twenty|fifteen|twelve|eleven|ten|nine|eight|seven|six|five|four|three|two|one"
COUNT = (
    # round 8C: "seven and a half", "6 and a half"
    rf"(?:(?:{NUM}|{_WORDS})\s+and\s+a\s+half|{NUM}(?:\s*(?:-|–|to|or)\s*{NUM})?"
    r"|half a dozen|a dozen|a couple(?: of)?|couple(?: of)?"
    r"|a few|few|several|twenty|fifteen|twelve|eleven|ten|nine|eight|seven|six|five|four|three"
    r"|two|one|an|a)"
)


def number(words: str) -> float | None:
    """'5' -> 5, '2-3' -> 2.5, 'a couple of' -> 2."""
    w = " ".join(words.lower().split())
    if w.endswith(" and a half"):
        whole = number(w.removesuffix(" and a half"))
        return None if whole is None else whole + 0.5
    m = re.fullmatch(rf"({NUM})\s*(?:-|–|to|or)\s*({NUM})", w)
    if m:
        return (float(m[1].replace(",", ".")) + float(m[2].replace(",", "."))) / 2
    if re.fullmatch(NUM, w):
        return float(w.replace(",", "."))
    return NUMBER_WORDS.get(w)


def alternation(names: list[str]) -> str:
    """Longest first, spaces as any whitespace: names -> 'a\\s+b|c'."""
    ordered = sorted({" ".join(n.lower().split()) for n in names}, key=len, reverse=True)
    return "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in ordered)
