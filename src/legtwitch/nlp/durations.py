"""Which durations in a text are the symptom's (round 9C, docs/nlp.md "Values"; pure).

"Got over a cold about ten days ago and this week I've had pins and needles": the ten days are the
cold's. A duration ("for 3 weeks", "2 days ago", "since March", "for ages") is the symptom's only
when its *head* is a symptom: the nearest thing named before it in its clause, else the nearest
after it; a clause starting "since" / "after" or saying nothing else looks back into its sentence,
a clause of only the duration back into the text. Things named are symptom mentions, start words
("it started", "on and off"), events and backgrounds (an exposure, a medicine, a condition, a job,
a wedding, surgery; nlp/data/durations.yaml) and pronouns (whatever was named last). A link word
ties an event's time to the symptom ("twitching since I had covid 3 weeks ago"); a duration before
"old" is an age; a clause with other words but nothing named ("a nurse for 15 years") is nobody's.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from legtwitch.nlp import values as v
from legtwitch.nlp.duration_words import (
    EVENT,
    SYMPTOM,
    DurationWords,
    by_first_word,
    duration_words,
    split,
)
from legtwitch.nlp.everyday_amounts import VALUE_LABELS
from legtwitch.nlp.explained import sentence_of
from legtwitch.nlp.lexicon import lay, quantities
from legtwitch.nlp.start_times import is_calendar
from legtwitch.nlp.vocabulary import CONDITION, DENIABLE, NORMAL

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

PRONOUN, SITE = "pronoun", "site"
_EVENT_LABELS = VALUE_LABELS | {CONDITION, NORMAL}


@dataclass(frozen=True)
class _Anchor:
    start: int
    end: int
    kind: str
    start_word: bool = False  # "it started", "began": the symptom's start, not its mention


def is_duration(ent: Span) -> bool:
    """A duration value, or a lay phrase of the long-duration finding ("for years")."""
    return ent.label_ in (v.DURATION, v.SINCE) or quantities().findings.long_duration in _ids(ent)


@dataclass(frozen=True)
class Owners:
    """The start tokens of the durations that are the symptom's, and of those that are an
    event's ("had a cold about ten days ago"): a recent event's time only bounds the symptom's."""

    symptom: frozenset[int]
    event: frozenset[int]


def duration_owners(doc: Doc, groups: Mapping[str, str]) -> Owners:
    """Whose each duration in `doc` is (`groups`: finding id -> its knowledge-base group). A
    symptom elsewhere (durations.yaml `elsewhere`) counts as an event when that leaves a leg
    symptom a duration of its own ("calves twitchy for 3 weeks, since yesterday my speech is
    slurred"); otherwise its time stays the symptom's, as the labelled sets have it."""
    words, elsewhere = duration_words(), frozenset(duration_words().elsewhere)
    owners = _owners(doc, groups, words, frozenset())
    if any(_ids(ent) and set(_ids(ent)) <= elsewhere for ent in doc.ents):
        legs = _owners(doc, groups, words, elsewhere)
        return legs if legs.symptom else owners
    return owners


def _ids(ent: Span) -> tuple[str, ...]:
    return tuple((ent._.target_rule.metadata or {}).get("findings") or ())


def _owners(
    doc: Doc, groups: Mapping[str, str], words: DurationWords, elsewhere: frozenset[str]
) -> Owners:
    anchors = _resolve(_anchors(doc, groups, words, elsewhere))
    owners: dict[str, set[int]] = {SYMPTOM: set(), EVENT: set()}
    for ent in doc.ents:
        if not is_duration(ent):
            continue
        if ent.end < len(doc) and doc[ent.end].lower_ in words.age_after:
            continue  # "my son is about 3 months old"
        text = " ".join(ent.text.lower().split())
        if is_calendar(text) and _to_come(doc, ent, words):
            continue  # round 10C: "on Friday I start a new job"
        if "week" in text.split() and any(t.lower_ in words.counted for t in ent.sent):
            continue  # round 10C: "fainted twice at work this week" counts, it does not date
        kind = _head_kind(doc, ent, anchors, words)
        if kind == SYMPTOM and text in words.event_only:
            continue  # round 10C: "I fainted yesterday" dates an episode, not a start
        if kind == EVENT and not any(a.kind == SYMPTOM for a in anchors):
            continue  # round 10C: "I had a stomach bug last week" bounds no symptom
        if kind in owners:
            owners[kind].add(ent.start)
    return Owners(frozenset(owners[SYMPTOM]), frozenset(owners[EVENT]))


def _ent_kind(
    ent: Span, groups: Mapping[str, str], words: DurationWords, elsewhere: frozenset[str]
) -> str | None:
    ids = _ids(ent)
    # a worry is about the symptom, a rate may be anyone's ("omeprazole every day for years")
    said_of_it = (lay().worry_finding, quantities().findings.frequency)
    kinds = {groups.get(fid) for fid in ids if fid not in said_of_it}
    if kinds.intersection(words.symptom_groups):
        return EVENT if elsewhere and set(ids) <= elsewhere else SYMPTOM
    if ent.label_ == DENIABLE:
        return None  # a drink's name alone ("like strong tea") says nothing
    if ent.label_ in _EVENT_LABELS or kinds.intersection(words.event_groups):
        return EVENT
    if kinds.intersection(words.site_groups):
        return SITE
    return None  # an age, a rate: says nothing of what a duration belongs to


def _anchors(
    doc: Doc, groups: Mapping[str, str], words: DurationWords, elsewhere: frozenset[str]
) -> list[_Anchor]:
    out: list[_Anchor] = []
    taken: set[int] = set()
    for ent in doc.ents:
        taken.update(range(ent.start, ent.end))
        if not is_duration(ent) and (kind := _ent_kind(ent, groups, words, elsewhere)):
            out.append(_Anchor(ent.start, ent.end, kind))
    lows = [t.lower_ for t in doc]
    first = by_first_word(words)
    for i, low in enumerate(lows):
        if i in taken:
            continue
        if low in words.pronouns:
            out.append(_Anchor(i, i + 1, PRONOUN))
        for kind, p in first.get(low, ()):
            end = i + len(p)
            if tuple(lows[i:end]) == p and not any(j in taken for j in range(i, end)):
                out.append(_Anchor(i, end, kind, kind == SYMPTOM))
    return sorted(out, key=lambda a: (a.end, a.start))


def _resolve(anchors: list[_Anchor]) -> list[_Anchor]:
    """A pronoun means what was named last before it; with nothing named, the symptom."""
    out: list[_Anchor] = []
    last = SYMPTOM
    for a in anchors:
        if a.kind == PRONOUN:
            a = _Anchor(a.start, a.end, last)
        elif a.kind != SITE:
            last = a.kind
        out.append(a)
    return out


def _before(anchors: Sequence[_Anchor], lo: int, hi: int) -> _Anchor | None:
    found = [a for a in anchors if a.start >= lo and a.end <= hi]
    return found[-1] if found else None


def _after(anchors: Sequence[_Anchor], lo: int, hi: int) -> _Anchor | None:
    found = [a for a in anchors if a.start >= lo and a.end <= hi]
    return min(found, key=lambda a: a.start) if found else None


def _head_kind(doc: Doc, ent: Span, anchors: Sequence[_Anchor], words: DurationWords) -> str | None:
    clause = ent.sent
    whole = sentence_of(ent)
    sentence = (whole.start, whole.end)
    # the duration's own piece of the clause, between commas: "Twitching in my calves, 6 weeks
    # now, no pain" ("6 weeks now" says nothing else)
    start = max(
        [t.i + 1 for t in doc[clause.start : ent.start] if t.is_punct], default=clause.start
    )
    stop = next((t.i for t in doc[ent.end : clause.end] if t.is_punct), clause.end)
    rest = [t for t in doc[start:stop] if not (ent.start <= t.i < ent.end)]
    bare = all(t.lower_ in words.fillers for t in rest)
    first = rest[0] if rest and rest[0].i < ent.start else ent[0]
    linked = first.i == clause.start and first.lower_ in words.links  # "since Monday"
    named = [a for a in anchors if a.kind != SITE and a.kind not in words.ignored(ent.text)]
    head = _before(named, clause.start, ent.start) or _after(named, ent.end, stop)
    if head is None and (bare or linked):
        head = _before(named, sentence[0], ent.start)
        if head is None:
            head = _before(named, 0, ent.start) or _Anchor(ent.start, ent.start, SYMPTOM)
    if head is None:  # "my thigh has jumped the past 6 weeks": only a body site, its symptom's
        legs = frozenset(lay().slots.get(words.site_slot, ()))
        site = any(a.kind == SITE for a in anchors if clause.start <= a.start < clause.end)
        site = site or any(t.lower_ in legs for t in clause)
        if site or _tied_after(doc, sentence, ent, named, words):
            return SYMPTOM
        return None  # "I've been a nurse for 15 years": nothing of the symptom
    if head.kind == EVENT and head.end <= ent.start:
        return SYMPTOM if _linked(doc, sentence, ent, head, named, words) else EVENT
    return head.kind


def _linked(
    doc: Doc,
    sentence: tuple[int, int],
    ent: Span,
    head: _Anchor,
    anchors: Sequence[_Anchor],
    words: DurationWords,
) -> bool:
    """An event's time dates the symptom when a link word ties them: "twitching since I had covid
    3 weeks ago", "since my op 10 days ago the calf is swollen", or one after it (below)."""
    lo = max(ent.sent.start, sentence[0])
    links = [t.i for t in doc[lo : head.start] if t.lower_ in words.links]
    # round 10C: "after the marathon on Sunday my pee is brown" only bounds the symptom's time
    # (convention 10), "it started after I started sertraline 3 weeks ago" dates it
    started = any(a.start_word for a in anchors if sentence[0] <= a.start < (links or [0])[0])
    if links and (started or doc[links[0]].lower_ not in words.bound_links):
        before = _before(anchors, sentence[0], links[0])
        after = _after(anchors, ent.end, ent.sent.end)
        if any(a is not None and a.kind == SYMPTOM for a in (before, after)):
            return True
    return _tied_after(doc, sentence, ent, anchors, words)


def _tied_after(
    doc: Doc,
    sentence: tuple[int, int],
    ent: Span,
    anchors: Sequence[_Anchor],
    words: DurationWords,
) -> bool:
    """ "had covid 3 weeks ago and since then both calves have been twitching", "anxious for weeks
    ... and my legs have twitched the whole time": a link after the time, a symptom after it."""
    lows = [t.lower_ for t in doc[: sentence[1]]]
    tied = any(
        tuple(lows[i : i + len(p)]) == p
        for i in range(ent.end, sentence[1])
        for p in split(words.links_after)
    )
    return tied and any(a.kind == SYMPTOM for a in anchors if ent.end <= a.start < sentence[1])


def _to_come(doc: Doc, ent: Span, words: DurationWords) -> bool:
    """A calendar day in a sentence about what is to come ("on Friday I start a new job")."""
    whole = sentence_of(ent)
    lows = [t.lower_ for t in doc[whole.start : whole.end]]
    return any(
        tuple(lows[i : i + len(p)]) == p for i in range(len(lows)) for p in split(words.future)
    )
