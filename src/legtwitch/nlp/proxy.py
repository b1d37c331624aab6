"""Someone writing for the person (docs/nlp.md, "fourth round"): "Writing for my husband (58) -
he's been tripping", "Asking for my mum (67): she keeps choking", "my son (16) did a crazy
crossfit session", "Partner writing: my boyfriend gets breathless". Only an explicit pattern
counts, and only when the writer says nothing about themselves (no I, me, my own...): "my husband
says I kick at night" describes the writer. In such a text the relative's words (he, his, she, her,
the relationship word) mean the person: they set nothing aside, and the answers (sex from the
relationship word, age from the number given) are the person's.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from legtwitch.nlp.lexicon import lay

_AGE = (
    r"(?:\s*\(\s*(?P<age>\d{1,3})\s*\)|\s*,\s*(?P<age2>\d{1,3})\s*,"
    r"|,?\s+(?:who\s+is|who's|aged?)\s+(?P<age3>\d{1,3})\b)"
)
# Round 6: a number before the relationship word ("my 19yo daughter", "my 71 year old dad")
_AGE_BEFORE = r"(?P<age4>\d{1,3})\s*(?:yo|y/o|yrs?\s*old|years?\s*old|-year-old)\s+"
# Round 7: the writer's own words before a writing-for verb ("I am writing for my mother")
_WRITER = r"(?:(?:i\s*am|i'm|i\u2019m|im|i)\s+)?"
_WRITING = (
    r"writing|asking|posting|here(?=\s+on\s+behalf)|typing|messaging|texting|enquiring|inquiring|doing\s+this"
    r"|filling\s+(?:this|it)"
    r"|calling|ringing|phoning|contacting"  # round 8B: "Hi, calling about my father, he's 70"
)
# Round 7: the age said later with a pronoun ("..., she is 67 years", "she's 80")
_PRONOUN_AGE = re.compile(
    r"\b(he|she)\s*(?:is|'s|\u2019s)\s+(?:aged?\s+)?(?P<age>\d{1,3})\b"
    r"(?!\s*(?:%|kg|kilos?|lbs?|pounds?|stone|st|foot|feet|ft|cm|inch(?:es)?|mins?|minutes?|hours?"
    r"|hrs?|days?|weeks?|months?|times|x)\b)",
    re.IGNORECASE,
)
# Round 8C: the text opens with he or she ("He's not making sense", Irish "Himself's mouth ...")
_PRONOUN_OPENS = re.compile(
    r"^\W*(?:he|she|himself|herself)(?:['\u2019]s)?\b(?!\s*(?:says|said|thinks|reckons))",
    re.IGNORECASE,
)
# Round 8C: a capitalised word, a relationship word used as a name ("Mum", "Nan's")
_NAMED = re.compile(r"(?<![\w'\u2019])(?P<rel>[A-Z][a-z]+)(?:['\u2019]s)?\b")
_NOT_SUBJECT = frozenset(
    [
        "since",
        "after",
        "before",
        "from",
        "like",
        "with",
        "about",
        "for",
        "to",
        "of",
        "and",
        "than",
        "at",
        "by",
        "when",
        "until",
    ]
)
# Round 7: "..., I am writing for her" later in a text that opens with the person
_FOR_THEM = re.compile(
    rf"\b{_WRITER}(?:{_WRITING})\s+(?:this\s+)?(?:in\s+|out\s+)?(?:for|on behalf of)\s+"
    r"(?:him|her|them)\b",
    re.IGNORECASE,
)
# Round 6: greetings before a text that opens with the person ("Sir my brother is having ...")
_GREETING = (
    r"(?:(?:hi|hello|hey|sir|madam|dear|doctor|doc|dr|please|help|question|ok|okay|so)\W+){0,3}"
)


@dataclass(frozen=True)
class Proxy:
    """The person being written about."""

    relation: str
    sex: str | None  # an option of the sex question, or None ("partner")
    age: int | None
    start: int  # where the words that say so start and end in the text
    end: int
    words: frozenset[str]  # words that mean the person in this text
    # only the sex (and an age) is known: the text opens with the relative but no writing-for
    # pattern says so, so their symptoms stay set aside (other sets label "my husband fainted last
    # week" unknown; the hard rule comes first)
    weak: bool = False


POSSESSIVE = frozenset({"his", "her", "their"})  # "his feet": that person's body


def names_the_person(words: list[str], proxy: frozenset[str]) -> bool:
    """Trigger words (lower case) that name the person a text is written for: all of them ("he",
    "my husband"), reporting words aside ("he says his"), or their possessive before a body part
    ("his feet")."""
    rest = set(words) - {"my", "'s"} - set(lay().slots.get("say", ()))
    return rest <= proxy or (bool(words) and words[0] in proxy & POSSESSIVE)


def _one_of(words: tuple[str, ...]) -> str:
    return "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))


@cache
def _patterns(
    relations: tuple[str, ...],
    writers: tuple[str, ...],
    describing: tuple[str, ...] = (),
    possessive: tuple[str, ...] = ("my",),
) -> tuple[re.Pattern[str], ...]:
    who = _one_of(writers)
    # round 8C: "Teen son", "my elderly mum"; "me mam says ..." (dialect "me" for "my", only
    # where the text opens with the person)
    desc = rf"(?:(?:{_one_of(describing)})\s+)?" if describing else ""
    rel = rf"{desc}(?P<rel>{_one_of(relations)})"
    my = rf"(?:{_one_of(possessive)})"
    flags = re.IGNORECASE
    return (
        # "writing for my husband (58)", "asking about my mum", "here on behalf of my son"; round 7:
        # "I am writing for my mother", "typing for my mum", "filling this in for Dad", "doing
        # this for grandad" (the writer's own "I am" is part of the pattern)
        re.compile(
            rf"\b{_WRITER}(?:{_WRITING})\s+(?:this\s+)?(?:in\s+|out\s+)?"
            rf"(?:for|about|on behalf of)\s+(?:my\s+)?{rel}\b(?!['\u2019]s)(?:{_AGE})?",
            flags,
        ),
        # "Partner writing: my boyfriend ...", "Mum here - my daughter ..."
        re.compile(rf"\b(?:{who})\s+(?:here|writing)\b\W+my\s+{rel}\b(?:{_AGE})?", flags),
        # round 7: the text opens with whom it is for ("for mum: she ...", "For my husband - his
        # smile ..."), or with the writer alone ("Partner writing. she's 31, ...")
        re.compile(rf"^\W*{_GREETING}for\s+(?:{my}\s+)?{rel}\s*[:\-\u2013,]", flags),
        re.compile(rf"^\W*{_GREETING}(?P<writer>{who})\s+(?:here|writing)\b(?!\W+my\s)", flags),
        # "my son (16) did ...", "my wife, 70, has ..."
        re.compile(rf"\bmy\s+{rel}{_AGE}", flags),
        # the text opens with "Hubby is 45, ..." or "My wife is 39 and ..."
        re.compile(rf"^\W*{_GREETING}(?:{my}\s+)?{rel}\s+is\s+(?P<age>\d{{1,3}})\b", flags),
        # round 6: the text opens with the person and their age ("Dad (71) keeps ...", "Sir my
        # brother, 45, ...", "Husband (38) had ..."), or the age comes first ("my 19yo daughter")
        re.compile(rf"^\W*{_GREETING}(?:{my}\s+)?{rel}(?:{_AGE})", flags),
        re.compile(rf"\bmy\s+{_AGE_BEFORE}{rel}\b", flags),
        # round 6, the last (`WEAK`): the text opens with the person but gives no age ("Mum can't
        # ...", "My husband says he ...", "My mum's legs ..."): it answers only the sex
        re.compile(rf"^\W*{_GREETING}(?:{my}\s+)?{rel}(?:'s|\u2019s|s)?\b", flags),
    )


def find_proxy(text: str, data: Any) -> Proxy | None:
    """The person the text is written for, when it says so explicitly (see the module doc)."""
    spec = data.proxy
    sexes: dict[str, str] = {w: sex for sex, words in spec.relations.items() for w in words}
    neutral = tuple(spec.neutral)
    patterns = _patterns(
        (*sexes, *neutral), tuple(spec.writers), tuple(spec.describing), tuple(spec.possessive)
    )
    later = _FOR_THEM.search(text)
    if later is not None:  # blanked out, so that its "I am" is not the writer's own text
        text = text[: later.start()] + " " * len(later[0]) + text[later.end() :]
    for pattern in patterns:
        m = pattern.search(text)
        if m is None:
            continue
        rest = text[: m.start()] + " " + text[m.end() :]
        # after "writing for ..." the writer may say "I noticed", not "my calves"; after "asking
        # about my mum" they may be asking about her disease for their own sake
        explicit = (pattern in patterns[:4] or later is not None) and not re.search(
            r"\babout\b", m[0], re.I
        )
        writer = spec.writer_owns if explicit else spec.first_person
        if re.search(rf"\b(?:{'|'.join(re.escape(w) for w in writer)})\b", rest, re.I):
            return None  # the writer talks about themselves too
        groups = m.groupdict()
        relation = (groups.get("rel") or "the person").lower()
        sex = sexes.get(relation)
        number = next((groups[g] for g in ("age", "age2", "age3", "age4") if groups.get(g)), None)
        weak = pattern is patterns[-1] and later is None
        if number is None:
            said = _PRONOUN_AGE.search(text, m.end())
            # round 8C: where the text only opens with the person ("Mum's hands seized ...,
            # she's 66"), the age said with their own pronoun
            if said and (not weak or not sex or said[1].lower() in spec.pronouns.get(sex, ())):
                number = said["age"]
        pronouns = (
            spec.pronouns.get(sex, ())
            if sex
            else tuple(w for p in spec.pronouns.values() for w in p)
        )
        words = frozenset({relation, *(w.lower() for w in pronouns)})
        age = int(number) if number else None
        return Proxy(relation, sex, age, m.start(), m.end(), words, weak)
    return _named(text, spec, sexes) or _only_them(text, spec)


def _named(text: str, spec: Any, sexes: dict[str, str]) -> Proxy | None:
    """Round 8C: a relationship word used as a name later in the first sentence ("Since yesterday
    Mum doesn't know ... where she is", "when she fell, Nan's urine ..."), in a text that never
    speaks of the writer and calls that person he or she: only the sex (weak)."""
    if _first_person(text, spec):
        return None
    first = text.split(".")[0]
    for m in _NAMED.finditer(first):
        before = first[: m.start()].split()
        if before and before[-1].lower() in _NOT_SUBJECT:
            continue  # "twitching since Dad died, he ...": not the person the text is about
        sex = sexes.get(m["rel"].lower())
        rest = text[: m.start()] + " " + text[m.end() :]
        if sex and re.search(rf"\b(?:{_one_of(tuple(spec.pronouns[sex]))})\b", rest, re.I):
            return Proxy(m["rel"].lower(), sex, None, m.start(), m.end(), frozenset(), True)
    return None


def _first_person(text: str, spec: Any) -> bool:
    return bool(re.search(rf"\b(?:{_one_of(tuple(spec.first_person))})\b", text, re.I))


def _only_them(text: str, spec: Any) -> Proxy | None:
    """Round 8C: a text that opens with he or she and never speaks of the writer ("He's not
    making sense ... He's 55 and on lithium") is about that person: the age said with the pronoun
    is theirs. A bare pronoun gives no sex, and their symptoms stay set aside (weak)."""
    if not _PRONOUN_OPENS.match(text):
        return None
    if _first_person(text, spec):
        return None
    said = _PRONOUN_AGE.search(text)
    if said is None:
        return None
    return Proxy("the person", None, int(said["age"]), said.start(), said.end(), frozenset(), True)
