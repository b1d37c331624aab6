"""The writer denies what was said or asked about them (docs/nlp.md, round 5).

"my wife reckons I choke on drinks but I really don't", "my daughter thinks I'm getting confused
but I'm not": a clause that ends in the writer's own denial ("but I (really) don't", "I'm not",
"I haven't", "it isn't") after a reporting word (says, reckons, thinks, swears, ...) denies every
symptom named after that word. With no reporting word it denies the nearest symptom that was set
aside (asked about, someone else's, hypothetical): "They asked if I was slurring. I'm not."; a
symptom the writer states ("I slur my words but I'm not") is left as it is.

Like the other pointing-back denials (nlp/backrefs.py) this can only turn a mention absent.

Round 8B: a clinician's check reported as normal is about the person ("the neurologist had me walk
on my heels and said my strength was normal", "the paramedics said there were no signs of a
stroke"): for a denial, a clinician word is not someone else (`clinician_word`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from spacy.tokens import Doc

_SENTENCE_END = frozenset({".", "!", "?", "\n"})


def reporter_before(doc: Doc, start: int, first: int, reporters: frozenset[str]) -> int | None:
    """The last reporting word between `first` and `start`, in the denial's own sentence."""
    for i in range(start - 1, first - 1, -1):
        tok = doc[i]
        if tok.text in _SENTENCE_END or tok.text.endswith(("?", "!")):
            return None
        if tok.lower_ in reporters:
            return i
    return None


def denied_by_writer(
    doc: Doc,
    start: int,
    first: int,
    before: list[int],
    set_aside: set[int],
    reporters: frozenset[str],
) -> set[int]:
    """Start indices of the mentions (`before`: starts of symptom mentions, in order, that end
    before the denial at `start`) that the writer's denial at `start` denies."""
    reporter = reporter_before(doc, start, first, reporters)
    if reporter is not None:
        ends = {e.start: e.end for e in doc.ents}
        return {s for s in before if ends[s] > reporter}
    aside = [s for s in before if s in set_aside]
    return {aside[-1]} if aside else set()


_ARTICLES = frozenset({"the", "my", "a", "our"})


def clinician_word(doc: Doc, modifier: Any, clinicians: frozenset[str]) -> bool:
    """The modifier is an OTHER_PERSON trigger that only names a clinician ("the nurse")."""
    if modifier.category != "OTHER_PERSON":
        return False
    start, end = modifier.modifier_span
    words = {t.lower_ for t in doc[start:end]} - _ARTICLES
    return bool(words) and words <= clinicians
