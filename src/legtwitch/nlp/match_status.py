"""The status of one match: which ConText modifiers speak of it and what they say (session 7,
split from nlp/reader.py; no behaviour change).

A match's modifiers are filtered first (a trigger inside a target, the person someone writes for,
work after an age, a listed denial that a comma ended, an approximate count, a clinician's check),
then the categories left are widened by what overlaps the match (nlp/backrefs.py), a subjectless
clause that goes on from someone else's (nlp/continued.py), a general question and a condition
(nlp/conditional.py). `negated` is the match's own verdict: a NEGATED or ENDED category not
overruled by AFFIRMED, a negation the phrase spells itself, or a denial that comes later in the
sentence ("..., I don't have either of those").
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from legtwitch.nlp.backrefs import (
    PERSON_CATEGORIES,
    SET_ASIDE,
    denied_later,
    general_question,
    listed_after,
    overlapping_set_aside,
)
from legtwitch.nlp.conditional import in_condition
from legtwitch.nlp.continued import continued_subject
from legtwitch.nlp.everyday_amounts import VALUE_LABELS, approximate
from legtwitch.nlp.lexicon import lay
from legtwitch.nlp.proxy import POSSESSIVE
from legtwitch.nlp.reported import clinician_word
from legtwitch.nlp.value_reader import work_after_age
from legtwitch.nlp.vocabulary import DENIABLE, NORMAL, RED_FLAG, SYMPTOM

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

_IN_TARGET_NEGATION = {"not", "n't", "no", "never", "nt"}
_INABILITY = {"cannot", "cant", "unable"}
# round 11C (convention 12): a normal statement that ends before now ("my speech was fine until
# Monday", "fine at first") or holds in one situation only ("I can walk fine on the flat") is no
# denial; the words after the match, in its clause
_UNTIL = frozenset({"until", "till", "til", "untill", "before", "first"})
_ONE_SITUATION = frozenset({"flat", "level", "downhill", "indoors", "house", "short", "stick"})
_CLAUSE_END = frozenset({",", ".", ";", "!", "?", "but", "though", "although", "-"})
_IN_MATCH_INABILITY = _INABILITY | {"n't", "nt", "not", "never", "wont"}

ThePerson = Callable[["Doc", Any], bool]


@dataclass
class MatchStatus:
    mods: list[Any]  # the ConText modifiers that speak of this match
    cats: set[str]  # their categories, widened by what overlaps the match
    negated: bool


@dataclass(frozen=True)
class DocState:
    """What the reader knows of one chunk before it reads its matches."""

    in_target: frozenset[int]  # token indexes inside a target (not a deny-only one)
    denied_later: frozenset[int]  # match starts that a later "I don't have either" denies
    the_person: ThePerson  # a trigger naming the person someone writes for


def match_status(ent: Span, state: DocState) -> MatchStatus:
    doc = ent.doc
    mods = [
        m
        for m in ent._.modifiers
        if not _inside_a_target(doc, m, state.in_target)
        and not state.the_person(doc, m)
        and not work_after_age(ent, m)
    ]
    mods = [m for m in mods if not _ended_object_only(ent, m)]  # round 10A
    mods = [m for m in mods if not _denial_had_its_object(ent, m)]
    if ent.label_ == NORMAL:  # "no muscle loss, walking normal": the comma ends the denial
        mods = [m for m in mods if not listed_after(ent, m) and not _denied_before_and(ent, m)]
        mods = [m for m in mods if not _mine_after_another(ent, m)]
    value = ent.label_ in VALUE_LABELS
    if value:  # round 8D: "maybe 30 units a week" is about 30
        mods = [m for m in mods if not approximate(ent, m)]
    if ent.label_ in (NORMAL, DENIABLE) or any(m.category == "NEGATED" for m in mods):
        # round 8B: a clinician's check reported as normal is about the person
        clinicians = frozenset(lay().slots.get("clinician", ()))
        mods = [m for m in mods if not clinician_word(doc, m, clinicians)]
    cats = {m.category for m in mods}
    if ent.label_ == NORMAL:
        cats |= _limited(ent)
    cats |= overlapping_set_aside(
        doc, ent, lambda m: state.the_person(doc, m) or (value and approximate(ent, m))
    )
    cats |= continued_subject(ent, lambda m: state.the_person(doc, m))  # "and now has"
    questions = lay().questions
    if ent.label_ == RED_FLAG and general_question(
        doc, ent, set(questions.openers), set(questions.first_person)
    ):
        cats.add("HYPOTHETICAL")  # "Is foot drop a sign of ALS?"
    if in_condition(ent, questions):
        cats.add("HYPOTHETICAL")  # "what happens if it spreads and I can't swallow?"
    if _inability(ent):
        cats.discard("ENDED")  # "can't climb stairs anymore": a new loss, not an ended one
    meta: dict[str, Any] = ent._.target_rule.metadata or {}
    negated = bool(cats & {"NEGATED", "ENDED"}) and "AFFIRMED" not in cats
    if meta.get("negation_inside") and "AFFIRMED" not in cats:
        negated = negated or any(t.lower_ in _IN_TARGET_NEGATION for t in ent)
    if ent.start in state.denied_later:  # "..., I don't have either of those"
        cats = {"NEGATED"}
        negated = True
    return MatchStatus(mods, cats, negated)


def _inability(ent: Span) -> bool:
    """The match itself says the person cannot do something ("can't feel my feet", "my bladder
    doesn't empty"): a negation the phrase itself spells, unless it is the phrase's denial slot."""
    first = ent[0].lower_
    second = ent[1].lower_ if len(ent) > 1 else ""
    if first in _INABILITY or (first, second) in {("ca", "n't"), ("ca", "nt"), ("can", "not")}:
        return True
    inside = (ent._.target_rule.metadata or {}).get("negation_inside")
    return not inside and any(t.lower_ in _IN_MATCH_INABILITY for t in ent[1:])


def _ended_object_only(ent: Span, modifier: Any) -> bool:
    """Round 10A: an ENDED trigger of lay.yaml `ended_object` before `ent` (a symptom) whose
    object is followed by a new subject before `ent` ("since I quit smoking my legs are getting
    weaker")."""
    spec = lay().ended_object
    if spec is None or modifier.category != "ENDED" or ent.label_ not in (RED_FLAG, SYMPTOM):
        return False  # "I stopped taking my statin": the medicine is the object
    start, end = modifier.modifier_span
    doc = ent.doc
    if end > ent.start or " ".join(t.lower_ for t in doc[start:end]) not in spec.triggers:
        return False
    return any(t.lower_ in spec.subjects for t in doc[end + 1 : ent.start])


def _inside_a_target(doc: Doc, modifier: Any, in_target: frozenset[int]) -> bool:
    """A trigger inside a target is part of what it states ("can't" in "can't climb
    stairs"); not someone else's body part ("crept up from his feet")."""
    start, end = modifier.modifier_span
    if modifier.category == "OTHER_PERSON" and doc[start].lower_ in POSSESSIVE:
        return False
    return all(i in in_target for i in range(start, end))


def set_aside_reason(cats: set[str]) -> str | None:
    """Why a match is not the person's own, from its categories (None: it is)."""
    if cats & {"FAMILY", "RELATIVE"}:
        return "about a relative"
    if "OTHER_PERSON" in cats:
        return "about someone else"
    if "HYPOTHETICAL" in cats:
        return "hypothetical (if, what if, in case)"
    if "POSSIBLE" in cats:
        return "unsure (maybe, not sure)"
    return None


def doc_state(doc: Doc, deny_previous: Any, the_person: ThePerson) -> DocState:
    """What every match of `doc` shares: the tokens inside targets (a negation inside a deny-only
    match, "don't trip", still denies what follows it: "I don't trip or stumble") and the matches a
    later "I don't have either of those" denies (`deny_previous`: the pipeline's matcher)."""
    in_target = frozenset(
        i for ent in doc.ents if ent.label_ != DENIABLE for i in range(ent.start, ent.end)
    )
    worry = lay().worry_finding
    can_deny = {
        ent.start
        for ent in doc.ents
        if ent.label_ in (SYMPTOM, RED_FLAG)
        and worry not in ((ent._.target_rule.metadata or {}).get("findings") or ())
    }
    set_aside = {
        ent.start
        for ent in doc.ents
        if ent.start in can_deny
        and {m.category for m in ent._.modifiers} & (SET_ASIDE | {"HISTORICAL"})
    }
    later = denied_later(doc, deny_previous, lay().deny_previous, can_deny, set_aside)
    return DocState(in_target, frozenset(later), the_person)


def denied_in_words(ent: Span) -> bool:
    """Round 10B: a deny-only match that spells its own denial ("don't trip"), or right after
    one; with AFFIRMED ("it's not that I don't trip - I do") it states the finding."""
    before = ent.doc[ent.start - 1 : ent.start] if ent.start else ent.doc[0:0]
    return any(t.lower_ in _IN_TARGET_NEGATION for t in (*before, *ent))


def _denial_had_its_object(ent: Span, modifier: Any) -> bool:
    """A forward denial whose own object ends at a comma before `ent` ("no supplements, tingling
    feet"): words follow the denial, none of them a match, then the comma, then `ent`."""
    if modifier.category != "NEGATED":
        return False
    end = modifier.modifier_span[1]
    if end >= ent.start:
        return False
    doc = ent.doc
    comma = next((i for i in range(end, ent.start) if doc[i].text == ","), None)
    if comma is None or comma == end:
        return False
    return not any(end <= e.start < comma for e in doc.ents)


def _limited(ent: Span) -> set[str]:
    """Round 11C (convention 12): a normal statement said of a past state ("my speech was fine
    until Monday") is HISTORICAL, of one situation ("I can walk fine on the flat") POSSIBLE."""
    for tok in ent.doc[ent.end : ent.end + 6]:
        if tok.is_sent_start or tok.lower_ in _CLAUSE_END:
            break
        if tok.lower_ in _UNTIL:
            return {"HISTORICAL"}
        if tok.lower_ in _ONE_SITUATION:
            return {"POSSIBLE"}
    return set()


def _denied_before_and(ent: Span, modifier: Any) -> bool:
    """Round 11C: a denial that named its own finding before "and" does not reach a normal
    statement after it ("No numbness in the saddle area and waterworks are normal")."""
    end = modifier.modifier_span[1]
    if modifier.category != "NEGATED" or end > ent.start:
        return False
    doc = ent.doc
    ands = [i for i in range(end, ent.start) if doc[i].lower_ in ("and", "&")]
    return bool(ands) and any(end <= e.start and e.end <= ands[-1] for e in doc.ents)


def _mine_after_another(ent: Span, modifier: Any) -> bool:
    """Round 11C: another person named before "my" and a normal statement ("she tested my
    strength, all fine", "my husband says my walking is fine", "the strength in my legs"): the
    function is the writer's. Not "my husband's walking is fine"."""
    if modifier.category not in PERSON_CATEGORIES:
        return False
    mine = [t.i for t in ent.doc[max(0, ent.start - 2) : ent.end] if t.lower_ == "my"]
    return bool(mine) and modifier.modifier_span[1] <= mine[0]
