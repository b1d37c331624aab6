"""Red flags the rules did not find, from the red-flag model (nlp/red_flag_model.py), with their
status left to ConText.

For each sentence the model finds likely to state a red flag that no rule matched anywhere in the
text, ConText has the last word: a negation, a relative, someone else, a hypothetical, a doubt or
the past in that sentence (the same modifiers the rules obey), a question, or an ordinary cause
(nlp/explained.py) sets the words aside for the interview. Only a sentence with none of these
gives the red flag as present. A red flag the model is less sure of (between the suggest
threshold and the threshold) is only set aside, "might describe ...", for the person to check; so
is one whose sentence holds none of the words lay.yaml `model_needs` asks for it (round 10A: "it's
getting a bit worse every week" names no weakness). The model never marks a red flag absent.
Round 11A: a sentence whose words have another meaning for that red flag (lay.yaml
`other_meanings`: "had an accident at work", "passed out leaflets") gives nothing, not even a
sentence set aside, unless a word that keeps the red flag stands outside that phrase.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from functools import cache
from typing import TYPE_CHECKING, Any

from legtwitch.domain.findings import FindingStatus
from legtwitch.nlp.explained import (
    OTHER_MEANING,
    ends_sentence,
    explained,
    kept_beside_meaning,
)
from legtwitch.nlp.extraction import Evidence, SetAside
from legtwitch.nlp.lexicon import lay
from legtwitch.nlp.mentions import Mention
from legtwitch.nlp.red_flag_model import RedFlagModel, red_flag_model
from legtwitch.nlp.text_prep import ADDED_STOP

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Span

# ConText categories that keep a sentence from stating the person's red flag, with the reason shown
_STOPS = {
    "NEGATED": "denied or negated",
    "ENDED": "no longer",
    "FAMILY": "about a relative",
    "RELATIVE": "about a relative",
    "OTHER_PERSON": "about someone else",
    "HYPOTHETICAL": "hypothetical (if, what if, in case)",
    "POSSIBLE": "unsure (maybe, not sure)",
    "HISTORICAL": "in the past",
}
# "can't lift my arm", "unable to swallow": a negation that states a loss, not a denial
_INABILITY = {"can't", "cant", "cannot", "couldn't", "couldnt", "unable", "won't", "wont"}
_CAN = {"can", "could", "ca", "wo"}
NOTE = "read from the sentence as a whole by the red-flag model; please check it"


def model_mentions(
    docs: list[tuple[int, Doc]],
    ruled: set[str],
    the_person: Callable[[Doc, Any], bool],
    nlp: Language,
    set_aside: list[SetAside],
    labels: Mapping[str, str],
    model: RedFlagModel | None = None,
) -> tuple[list[Mention], list[SetAside]]:
    """Mentions (present only) and words set aside for red flags not in `ruled` (the findings the
    rules already named, with any status). `the_person` tells a modifier that names the person
    someone writes for ("he" when a wife writes for her husband): it does not stop a sentence.
    A sentence holding words the rules set aside is left alone: the rules have read it.
    `labels`: finding id -> its label, for the reason a less sure reading is set aside."""
    model = model or red_flag_model()
    sure = model.spec.threshold.value
    best: dict[str, tuple[float, Mention]] = {}
    aside: dict[str, SetAside] = {}
    for offset, doc in docs:
        for sentence in sentences(doc):
            at = offset + sentence.start_char
            words = sentence.text
            if doc.user_data.get(ADDED_STOP) and sentence.end == len(doc):
                words = words[:-1].rstrip()  # round 11B: the stop nlp/text_prep.py added
            ev = Evidence(words, at, at + len(words))
            if any(ev.start <= s.evidence.start < ev.end for s in set_aside):
                continue
            suggest = model.spec.suggest_threshold.value
            likely = {f: p for f, p in model.above(words, suggest).items() if f not in ruled}
            if not likely:
                continue
            stop = _stop(sentence, the_person)
            for fid, p in likely.items():
                reason = stop or explained(sentence, (fid,), nlp)
                if reason == OTHER_MEANING:  # round 11A: "had an accident at work" is an event
                    if not kept_beside_meaning(sentence, fid, nlp):
                        continue  # nothing to ask
                    reason = None
                if not reason and (p < sure or not _has_needed_word(sentence, fid)):
                    reason = f"might describe {labels.get(fid, fid)}, but not clearly enough to use"
                if reason:
                    aside.setdefault(fid, SetAside(words, reason, ev))
                elif fid not in best or p > best[fid][0]:
                    best[fid] = (p, Mention(fid, FindingStatus.PRESENT, ev, NOTE))
    mentions = [m for _, m in best.values()]
    return mentions, [s for fid, s in aside.items() if fid not in best]


def sentences(doc: Doc) -> Iterator[Span]:
    """The doc's sentences, whole (the pipeline cuts sentences into clauses; the model reads a
    sentence as the person wrote it)."""
    start = 0
    for tok in doc:
        if ends_sentence(tok.text):
            if tok.i + 1 > start:
                yield doc[start : tok.i + 1]
            start = tok.i + 1
    if start < len(doc):
        yield doc[start:]


def _stop(sentence: Span, the_person: Callable[[Doc, Any], bool]) -> str | None:
    """Why ConText keeps this sentence from stating the person's red flag, if it does."""
    if sentence.text.rstrip().endswith("?"):
        return "a question"
    doc = sentence.doc
    mods = [m for m in doc._.context_graph.modifiers if _touches(m, sentence)]
    loss = any(_inability(doc, m) for m in mods)
    for m in mods:
        reason = _STOPS.get(m.category)
        if reason is None or the_person(doc, m) or _inability(doc, m):
            continue
        if loss and m.category == "ENDED":
            continue  # "can't hold my wee any more": a new loss, not an ended one
        return reason
    return None


def _has_needed_word(sentence: Span, fid: str) -> bool:
    """Round 10A: the sentence holds a word lay.yaml `model_needs` asks for `fid` (a word that
    starts with one of them, or a word of a `{slot}`); true when nothing is asked."""
    needs = _needed_words().get(fid)
    if not needs:
        return True
    prefixes, words = needs
    text = sentence.text.lower()
    return any(t.lower_ in words or t.lower_.startswith(prefixes) for t in sentence) or any(
        " " in p and p in text for p in prefixes
    )


@cache
def _needed_words() -> dict[str, tuple[tuple[str, ...], frozenset[str]]]:
    """finding id -> (prefixes and phrases, whole words from slots) of lay.yaml `model_needs`."""
    slots = lay().slots
    out: dict[str, tuple[tuple[str, ...], frozenset[str]]] = {}
    for fid, entries in lay().model_needs.items():
        plain = tuple(e.lower() for e in entries if not e.startswith("{"))
        words = {w.lower() for e in entries if e.startswith("{") for w in slots[e[1:-1]]}
        out[fid] = (plain, frozenset(words))
    return out


def _touches(modifier: Any, sentence: Span) -> bool:
    start, end = modifier.modifier_span
    s0, s1 = modifier.scope_span
    return bool(min(start, s0) < sentence.end and max(end, s1) > sentence.start)


def _inability(doc: Doc, modifier: Any) -> bool:
    if modifier.category != "NEGATED":
        return False
    start, end = modifier.modifier_span
    words = [t.lower_ for t in doc[start:end]]
    if set(words) & _INABILITY or "".join(words) in _INABILITY:
        return True
    return words[0] in {"not", "n't", "nt"} and start > 0 and doc[start - 1].lower_ in _CAN
