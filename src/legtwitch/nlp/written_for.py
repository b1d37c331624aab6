"""Round 9A, the lead's labelling convention 5 (docs/nlp.md): a text that describes another
person's current symptoms and none of the writer's own is written for that person.

"My wife's voice has gone slurred over the past six weeks and she chokes on her tea", "Around 4pm
Mum's face drooped on the left", "my husband says his legs have gone weak from the feet up":
no explicit writing-for pattern (nlp/proxy.py) says so, but nobody else is described. The reader
first reads the text as the writer's own; when that reading states none of the writer's own
symptoms (present), names no relative's disease (that is family history: "Mum had MND, it
started with her tripping") and sets aside current symptoms (not past, hypothetical or unsure)
of one person only ("my wife", "she", "her"), the text is read again as written for that person:
their words set nothing aside, and their relationship word and age answer sex and age.

When the writer also describes their own symptoms ("my wife's legs twitch, mine only at night",
"Mum's foot drops; I just have the twitching"), the other person's symptoms stay set aside; so
do those of a person who is not the subject ("watching my daughter play"), an animal, a clinician
or "someone", and a relative's illness story (lay.yaml `proxy.story`: "before she died").
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from legtwitch.nlp.backrefs import PERSON_CATEGORIES
from legtwitch.nlp.explained import sentence_of
from legtwitch.nlp.lexicon import lay
from legtwitch.nlp.proxy import _PRONOUN_AGE, POSSESSIVE, Proxy

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

# the writer as the subject just before the symptom ("my wife keeps telling me I trip")
_I = frozenset({"i", "i'm", "im", "i've", "ive", "i'd", "'m"})
# round 11A: the writer telling or asking the person ("I told my mate", "I keep asking her")
_TOLD = frozenset({"told", "tell", "tells", "telling", "asked", "ask", "asking", "warned", "joked"})
# the words of a person trigger that say nothing about who the person is ("my wife's", "me mam")
_FILLER = frozenset({"my", "me", "'s", "our", "the", "a", "an"})
_AGE_AFTER = (
    r"\s*(?:is|'s|\u2019s|,|\()\s*(?:aged?\s+)?(?P<age>\d{1,3})\b"
    r"(?!\s*(?:%|kg|mins?|hours?|days?|weeks?|months?|times|x)\b)"
)


@dataclass(frozen=True)
class OtherPerson:
    """A current symptom of someone else that the reader set aside: the words that name them."""

    words: tuple[str, ...]  # the trigger's words, lower case ("my", "wife", "'s")
    start: int  # where the trigger stands in the text
    end: int
    subject: bool  # the person is the subject ("Mum's face", "she", "my husband fainted")
    mixed: bool  # the writer's own body in the same sentence ("my grip", "mine")
    symptom: bool = True  # a symptom of theirs, not only their medicine or habit


def other_person(
    doc: Doc, start: int, end: int, sentence: Span, offset: int, symptom: bool, at: int
) -> OtherPerson:
    """The person trigger doc[start:end] of a set-aside finding at token `at` in `sentence`."""
    spec = lay().proxy
    words = tuple(t.lower_ for t in doc[start:end])
    pronouns = {w for p in spec.pronouns.values() for w in p}
    before = start - 1
    while before >= sentence.start and doc[before].lower_ in {*spec.possessive, *spec.describing}:
        before -= 1
    opens = before < sentence.start or doc[before].is_punct or doc[before].lower_ in spec.opens
    subject = (opens or "'s" in words or bool(pronouns & set(words))) and not _told(
        doc, sentence, start
    )
    relations = {w for ws in spec.relations.values() for w in ws} | set(spec.neutral)
    owns = set(spec.writer_owns) - {"me"}  # "my grip", "mine"; "not responding to me" is not
    tokens = list(sentence)
    mixed = any(
        t.lower_ in owns and not (i + 1 < len(tokens) and tokens[i + 1].lower_ in relations)
        for i, t in enumerate(tokens)
    ) or any(t.lower_ in _I for t in doc[max(sentence.start, at - 3) : at + 1])
    last = doc[end - 1]
    return OtherPerson(
        words, offset + doc[start].idx, offset + last.idx + len(last.text), subject, mixed, symptom
    )


def _told(doc: Doc, sentence: Span, start: int) -> bool:
    """Round 11A: the writer tells or asks the person something before the trigger ("I told my
    mate his legs look weak", "I keep asking my wife if her foot drags"): what the writer says to
    or about them, not a text written for them."""
    lows = [t.lower_ for t in doc[sentence.start : start]]
    return any(w in _I and _TOLD & set(lows[i + 1 : i + 3]) for i, w in enumerate(lows))


def people_set_aside(ent: Span, mods: list[Any], offset: int, symptom: bool) -> list[OtherPerson]:
    """Round 9A: whose current finding `ent` was set aside: each person trigger among `mods`."""
    sentence = sentence_of(ent)
    out = []
    for m in mods:
        if m.category in PERSON_CATEGORIES:
            start, end = m.modifier_span
            out.append(other_person(ent.doc, start, end, sentence, offset, symptom, ent.start))
    return out


def person_written_for(
    text: str,
    proxy: Proxy | None,
    others: Sequence[OtherPerson],
    own_symptoms: bool,
    family_disease: bool,
    spec: Any,
    say: Iterable[str] = (),
) -> Proxy | None:
    """The person a text is written for under convention 5, or None (see the module doc)."""
    says = set(say)
    if family_disease or _story(text, spec):
        return None
    if any(o.mixed for o in others):
        return None  # "Doing the monkey bars with my daughter my grip gave out"
    others = [o for o in others if o.subject]
    if not others:
        return None
    sexes: dict[str, str] = {w: sex for sex, words in spec.relations.items() for w in words}
    relations = set(sexes) | set(spec.neutral)
    if own_symptoms and _speaks_of_self(text, spec, relations):
        return None
    # their symptoms set aside, or said without their name in a text where the writer never
    # speaks of themselves ("He's not making sense ... Legs twitching. He's 55 and on lithium")
    if not own_symptoms and not any(o.symptom for o in others):
        return None
    pronoun_sex = {w: sex for sex, words in spec.pronouns.items() for w in words}
    skip = _FILLER | says | set(spec.describing)  # "my husband says his ..."
    named: set[str] = set()
    said: set[str] = set()
    for other in others:
        said_at = next((i for i, w in enumerate(other.words) if w in says), None)
        # "he says they ache": the words after the reporting word are what he says
        named_by = other.words[:said_at] if said_at else other.words
        words = [w for w in named_by if w not in skip]
        if words and words[0] in POSSESSIVE:
            words = words[:1]  # "her legs", "his words": that person's body
        if not words:
            return None
        for word in words:
            if word in relations:
                named.add(word)
            elif word in pronoun_sex:
                said.add(pronoun_sex[word])
            else:
                return None  # a doctor, a dog, "someone": not a person one writes for
    if len(named) > 1 or len(said) > 1:
        return None  # two people ("my wife ... my son"): nobody in particular
    relation = next(iter(named), None)
    if proxy is not None and relation not in (None, proxy.relation):
        return None
    sex = sexes.get(relation) if relation else None
    if said and sex and said != {sex}:
        return None  # "my husband ... she": not one person
    if proxy is not None:
        pronouns = _pronouns(spec, sex or proxy.sex, said)
        age = proxy.age if proxy.age is not None else _age(text, proxy.relation, pronouns)
        return replace(proxy, weak=False, words=proxy.words | {proxy.relation} | pronouns, age=age)
    pronouns = _pronouns(spec, sex, said)
    age = _age(text, relation, pronouns)
    first = next((o for o in others if any(w in relations for w in o.words)), others[0])
    return Proxy(
        relation or "the person",
        sex,
        age,
        first.start,
        first.end,
        frozenset({*([relation] if relation else []), *pronouns}),
    )


def _story(text: str, spec: Any) -> bool:
    """A relative's illness story ("a year before his diagnosis", "before she died")."""
    words = "|".join(re.escape(w) for w in spec.story)
    return bool(words) and bool(re.search(rf"\b(?:{words})\b", text, re.IGNORECASE))


def _speaks_of_self(text: str, spec: Any, relations: set[str]) -> bool:
    """The writer speaks of themselves: I, me, my (not "my husband"). In a text that never does,
    a symptom read as the writer's is the other person's, said without their name ("My husband is
    58 years, the muscle of his right leg has reduced ... and it is jumping every day")."""
    words = "|".join(re.escape(w) for w in spec.first_person)
    rel = "|".join(re.escape(w) for w in (*relations, *spec.describing))
    return bool(re.search(rf"\b(?:{words})\b(?!\s+(?:{rel})\b)", text, re.IGNORECASE))


def _pronouns(spec: Any, sex: str | None, said: set[str]) -> frozenset[str]:
    which = sex or next(iter(said), None)
    if which is None:
        return frozenset()
    return frozenset(w.lower() for w in spec.pronouns.get(which, ()))


def _age(text: str, relation: str | None, pronouns: frozenset[str]) -> int | None:
    """The person's age said with their relationship word ("My husband is 58 years", "my wife,
    61,") or their pronoun ("she's 61")."""
    if relation:
        m = re.search(rf"\b{re.escape(relation)}{_AGE_AFTER}", text, re.IGNORECASE)
        if m:
            return int(m["age"])
    for m in _PRONOUN_AGE.finditer(text):
        if m[1].lower() in pronouns:
            return int(m["age"])
    return None
