"""Whose change a red flag's words describe (docs/nlp.md, round 7B).

"My wifi signal gets weaker and weaker", "the coffee at work is getting weaker every week", "my
Spanish is getting weaker": the change words of progressive weakness are there, but what changes
is not the body. lay.yaml `body_subject` lists the red flags whose change words count only when
their subject is the body or the person. A match that opens with a change word (`changes`:
"getting weaker", not "my grip is weakening") is checked: the word before it, once auxiliaries
and adverbs (`skip`) and short phrases after a preposition (`preps`: "the coffee at work", "my
left leg in particular") are passed, must be a body word or a pronoun (`subjects`); a clause
start or a `boundary` word ("and", a comma) means no subject is named ("getting weaker every
week"), which still counts.

And a red flag whose subject is a pronoun ("it", "they") refers back to the nearest symptom named
before it in the sentence: "The twitching started in my toes and now it's in my calves and thighs
too" is where the twitching goes (lay.yaml `said_of`), not ascending weakness.

Such a mention is set aside, never made absent: the interview still asks every red flag.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from legtwitch.nlp.explained import sentence_of
from legtwitch.nlp.lexicon import lay

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

_PHRASE = 4  # words a prepositional phrase may span ("on the monkey bars")
_PRONOUNS = frozenset({"it", "it's", "its", "they", "they're", "theyre", "itself"})


@dataclass(frozen=True, slots=True)
class _Words:
    findings: frozenset[str]
    subjects: frozenset[str]
    changes: frozenset[str]
    skip: frozenset[str]
    preps: frozenset[str]
    boundary: frozenset[str]


@cache
def _words() -> _Words:
    spec = lay().body_subject
    if spec is None:
        return _Words(*(frozenset[str]() for _ in range(6)))
    slots = lay().slots
    subjects: set[str] = set()
    for word in spec.subjects:
        if word.startswith("{") and word.endswith("}"):
            subjects |= {w.lower() for w in slots[word[1:-1]]}
        else:
            subjects.add(word.lower())

    def low(words: tuple[str, ...]) -> frozenset[str]:
        return frozenset(w.lower() for w in words)

    return _Words(
        low(spec.findings),
        frozenset(subjects),
        low(spec.changes),
        low(spec.skip),
        low(spec.preps),
        low(spec.boundary),
    )


def not_of_the_body(ent: Span, ids: tuple[str, ...]) -> str | None:
    """Why `ent` (a match of the finding `ids`) is not stated: its change words are said of
    something that is not the body or the person ("my wifi signal gets weaker")."""
    w = _words()
    if not w.findings & set(ids) or ent[0].lower_ not in w.changes:
        return None
    doc, first = ent.doc, ent.sent.start
    i = ent.start - 1
    while True:
        while i >= first and doc[i].lower_ in w.skip:
            i -= 1
        if i < first:
            return None
        word = doc[i].lower_
        if word in w.subjects or word in w.boundary or not any(c.isalpha() for c in word):
            return None
        prep = _preposition_before(doc, i, first, w)
        if prep is None:
            return "said of something other than the body"
        i = prep - 1  # "the coffee at work is ...": the subject comes before "at work"


def _preposition_before(doc: Doc, i: int, first: int, w: _Words) -> int | None:
    """The preposition that opens the short phrase ending at token `i` ("at work", "on the
    monkey bars"), if any, with no subject or boundary word between."""
    for j in range(i, max(first - 1, i - _PHRASE), -1):
        word = doc[j].lower_
        if word in w.preps:
            return j
        if word in w.boundary or (j < i and word in w.subjects):
            return None
    return None


def pronoun_of_another(ent: Span, ids: tuple[str, ...], neutral: frozenset[str]) -> str | None:
    """Why `ent` is not stated: its subject is "it" or "they", and the nearest symptom named
    before it in its sentence is one it is said of (lay.yaml `said_of`: the twitching)."""
    subjects = frozenset(s for fid in ids for s in lay().said_of.get(fid, ()))
    if len(ids) != 1 or not subjects:
        return None
    doc = ent.doc
    before = doc[max(ent.start - 2, ent.sent.start) : ent.start]
    if not any(t.lower_ in _PRONOUNS for t in (*before, *ent[:3])):
        return None
    sentence, skip = sentence_of(ent), neutral | set(ids)
    for other in reversed(
        [e for e in doc.ents if sentence.start <= e.start and e.end <= ent.start]
    ):
        other_ids = set((other._.target_rule.metadata or {}).get("findings") or ())
        if other_ids and not other_ids <= skip:
            return "said of another symptom" if other_ids <= subjects else None
    return None
