"""A pronoun stands for the body part named just before it (docs/nlp.md, round 9B).

"my right calf has been throbbing for two days, it's swollen": "it's swollen" is a swollen calf
only when the nearest body part named before it, in its sentence or the one before, is a leg part
(lay.yaml `antecedent`); "my wrist hurts and it's swollen" is not.

Round 10A: a swelling placed on a leg part above the calf (`upper`: "my thighs are unbearably sore
and puffy" after a hard workout, "swollen quads") is not calf swelling either: the mention names
such a part and no other leg part, or names none and the nearest part named before it in its
sentence is one. Nor is muscle wasting said of a lump or a mark (lay.yaml `not_a_muscle`: "the
bump on my shin is now smaller than the other one").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from legtwitch.domain.findings import FindingStatus
from legtwitch.nlp.lexicon import lay
from legtwitch.nlp.mentions import Mention

_SENTENCE_ENDS = re.compile(r"[.!?\n]+")
_WORDS = re.compile(r"[a-z0-9']+")
PRESENT = FindingStatus.PRESENT


def without_antecedent(text: str, offset: int, mentions: Sequence[Mention]) -> list[Mention]:
    """Round 9B: present mentions that open with a pronoun ("it's swollen") whose nearest body part
    named before them, in their sentence or the one before, is not a leg part (lay.yaml
    `antecedent`). They are set aside (so the red-flag model leaves the sentence alone too)."""
    spec = lay().antecedent
    if spec is None:
        return []
    parts, others = _slot_words(spec.parts), _slot_words(spec.others)
    out = []
    for m in mentions:
        words = _WORDS.findall(m.evidence.text.lower())
        if m.status is not PRESENT or m.finding_id not in spec.findings:
            continue
        if not words or words[0] not in spec.pronouns:
            continue
        before = text[: m.evidence.start - offset]
        ends = [e.end() for e in _SENTENCE_ENDS.finditer(before)]
        start = ends[-2] if len(ends) >= 2 else 0
        named = [w for w in _WORDS.findall(before[start:].lower()) if w in parts | others]
        if not named or named[-1] not in parts:
            out.append(m)
    return out


def _slot_words(entries: Sequence[str]) -> frozenset[str]:
    """Words, with `{slot}` entries replaced by the slot's words."""
    slots = lay().slots
    out: set[str] = set()
    for e in entries:
        out |= set(slots.get(e[1:-1], ())) if e.startswith("{") and e.endswith("}") else {e}
    return frozenset(w.lower() for w in out)


def above_the_calf(text: str, offset: int, mentions: Sequence[Mention]) -> list[Mention]:
    """Round 10A: present mentions of `findings` placed on a leg part above the calf (see the
    module docstring)."""
    spec = lay().antecedent
    if spec is None or not spec.upper:
        return []
    upper = _slot_words(spec.upper)
    named_parts = _slot_words(spec.parts) | _slot_words(spec.others)
    out = []
    for m in mentions:
        if m.status is not PRESENT or m.finding_id not in spec.findings:
            continue
        own = [w for w in _WORDS.findall(m.evidence.text.lower()) if w in named_parts]
        if not own:
            before = text[: m.evidence.start - offset]
            ends = [e.end() for e in _SENTENCE_ENDS.finditer(before)]
            words = _WORDS.findall(before[ends[-1] if ends else 0 :].lower())
            own = [w for w in words if w in named_parts][-1:]
        if own and all(w in upper for w in own):
            out.append(m)
    return out


def not_a_muscle(text: str, offset: int, mentions: Sequence[Mention]) -> list[Mention]:
    """Round 10A: present mentions of `not_a_muscle.findings` said of a lump or a mark: the
    nearest word of `things` or `unless` before them in their sentence (or in them) is a thing."""
    spec = lay().not_a_muscle
    if spec is None:
        return []
    things, keep = frozenset(spec.things), frozenset(spec.unless)
    out = []
    for m in mentions:
        if m.status is not PRESENT or m.finding_id not in spec.findings:
            continue
        if keep & set(_WORDS.findall(m.evidence.text.lower())):
            continue
        before = text[: m.evidence.start - offset]
        ends = [e.end() for e in _SENTENCE_ENDS.finditer(before)]
        words = _WORDS.findall(before[ends[-1] if ends else 0 :].lower())
        named = [w for w in words if w in things | keep]
        if named and named[-1] in things:
            out.append(m)
    return out
