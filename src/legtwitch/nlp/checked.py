"""A check reported as normal denies what was checked (docs/nlp.md, round 9B); round 10B: so does
a clinician's question answered as normal ("the GP asked about my waterworks and I said all fine").

"The doctor checked the sensation around my back passage and it was fine", "the nurse tested my
urine and said there was no blood or muscle breakdown in it", "the ENT watched me swallow and found
nothing wrong", "the doctor did a memory test and I got full marks": no red-flag word is denied,
yet the sentence says the function was examined and found normal. A sentence (lay.yaml `checked`)
with a word of a check (`checks`), a normal result (`normal`, or the finding's own `own_normal`)
and the words of what was tested for a red flag (`tested`: every group must have one word or
phrase in the sentence) reads that red flag absent, with the sentence as its evidence.

Only the person's own check counts: the sentence must speak of me/my/I and hold none of the
`not_with` words (his, her, a relative, a pet, "if", "whether"), must not be a question, and must
not name the same red flag as present (then the person is saying more than the check). It can only
make a red flag absent, never present.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from legtwitch.domain.findings import FindingStatus
from legtwitch.nlp.extraction import Evidence
from legtwitch.nlp.lexicon import lay
from legtwitch.nlp.mentions import Mention

_SENTENCES = re.compile(r"[^.!?\n]+[.!?\n]*")
_WORDS = re.compile(r"[a-z0-9]+|'[a-z]+")  # "dog's" is "dog" + "'s", as spaCy splits it
_FIRST_PERSON = frozenset({"i", "me", "my", "mine", "im", "ive", "myself"})
ABSENT, PRESENT = FindingStatus.ABSENT, FindingStatus.PRESENT


def checked_normal(text: str, offset: int, mentions: Sequence[Mention]) -> list[Mention]:
    """Absent mentions of the red flags whose check a sentence of `text` (which starts at `offset`)
    reports as normal."""
    rules = _rules()
    if rules is None:
        return []
    checks, asks, not_with, tested = rules
    out: list[Mention] = []
    for sentence in _SENTENCES.finditer(text):
        words = _words(sentence.group())
        said = f" {' '.join(words)} "
        if sentence.group().rstrip().endswith("?") or not _FIRST_PERSON & set(words):
            continue
        # round 10B: a clinician asked and the answer was normal ("the GP asked about my bladder
        # and bowels, all normal"): the words of the asking itself ("asked", "if") do not count
        asked = _any(said, asks)
        if not (asked or _any(said, checks)) or _any(said, _without(not_with, asks, asked)):
            continue
        start, end = sentence.start() + offset, sentence.end() + offset
        named = {
            m.finding_id
            for m in mentions
            if m.status is PRESENT and start <= m.evidence.start < end
        }
        for fid, (results, groups) in tested.items():
            if fid in named or not _any(said, results):
                continue
            if all(_any(said, group) for group in groups):
                words_said = sentence.group().strip()
                ev = Evidence(words_said, start, start + len(words_said))
                out.append(Mention(fid, ABSENT, ev, "a check reported as normal"))
    return out


@cache
def _rules() -> (
    tuple[
        frozenset[str],
        frozenset[str],
        frozenset[str],
        dict[str, tuple[frozenset[str], list[frozenset[str]]]],
    ]
    | None
):
    """lay.yaml `checked` as plain phrases: checks, asks, not_with, and per red flag its normal
    results and the groups of what was tested."""
    spec = lay().checked
    if spec is None:
        return None
    normal = _phrases(spec.normal)
    tested = {
        fid: (normal | _phrases(spec.own_normal.get(fid, ())), [_phrases(g) for g in groups])
        for fid, groups in spec.tested.items()
    }
    return _phrases(spec.checks), _phrases(spec.asks), _phrases(spec.not_with), tested


def _without(not_with: frozenset[str], asks: frozenset[str], asked: bool) -> frozenset[str]:
    """`not_with` less the words the asking phrases are made of, when one was said."""
    if not asked:
        return not_with
    words = {w for phrase in asks for w in phrase.split()}
    return frozenset(p for p in not_with if p not in words)


def _phrases(entries: Sequence[str]) -> frozenset[str]:
    """Plain phrases, with `{slot}` entries replaced by the slot's words."""
    slots = lay().slots
    out: set[str] = set()
    for e in entries:
        names = slots.get(e[1:-1], ()) if e.startswith("{") and e.endswith("}") else (e,)
        out |= {" ".join(_words(n)) for n in names}
    return frozenset(p for p in out if p)


def _words(text: str) -> list[str]:
    return _WORDS.findall(text.lower().replace("\u2019", "'"))


def _any(said: str, phrases: frozenset[str]) -> bool:
    return any(f" {p} " in said for p in phrases)
