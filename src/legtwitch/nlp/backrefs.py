"""Words that reach a target from outside ConText's reach (docs/nlp.md, "third round").

- A denial that points back ("I read ALS starts with tripping and slurred speech, I don't have
  either of those"; "Should I be worried about foot drop? I don't have it") denies the symptoms
  named just before it, in its own or the previous sentence, whatever else was said about them.
- A negation before a word that only denies ("no muscle loss, walking normal") does not reach
  across a comma or dash: each item of such a list is its own denial.
- A question about a symptom in general ("Is foot drop a sign of ALS?", "Can twitching lead to
  muscle wasting?") says nothing about the person: a sentence that opens with a question word,
  ends with "?" and has no first-person word (I, my, me) sets its red flags aside (the red-flag
  screen asks them anyway); "Is it normal to twitch every night?" still counts the twitching.
  Round 11A: the question may open after a colon ("The GP went through a list: any fainting?").
- A set-aside trigger that runs into a target ("if it spreads" before "spreads up my legs") is
  dropped by medspaCy, which never lets a modifier touch the target it overlaps; it still sets
  that target aside.

Both can only turn a mention absent or set it aside, never present.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from legtwitch.nlp.proxy import POSSESSIVE
from legtwitch.nlp.reported import denied_by_writer, reporter_before

if TYPE_CHECKING:
    from spacy.matcher import Matcher
    from spacy.tokens import Doc, Span

PERSON_CATEGORIES = frozenset({"FAMILY", "RELATIVE", "OTHER_PERSON"})  # someone else's words
SET_ASIDE = PERSON_CATEGORIES | {"HYPOTHETICAL", "POSSIBLE"}
_SENTENCE_END = frozenset({".", "!", "?", "\n"})
_QUESTION_START = _SENTENCE_END | {":"}
# Trigger categories that still apply when the trigger runs into the target's first words.
_RUN_IN = SET_ASIDE | {"AFFIRMED", "NEGATED"}
_WRITER = frozenset({"i", "we"})
_LIST_WORDS = frozenset({"or", "and", "nor", ",", "/", "&"})


def denied_later(
    doc: Doc, matcher: Matcher, rules: Any, can_deny: set[int], set_aside: set[int]
) -> set[int]:
    """Start indices of the targets (among `can_deny`, by start index) that a later pointing-back
    denial denies: every one in reach for "either of those", the nearest for "I don't have it",
    the nearest of those in `set_aside` for "that's never happened to me"; only when the denial
    ends its clause (so "I don't have it often" denies nothing)."""
    starts = sorted(can_deny)
    max_tokens: int = rules.max_tokens
    trailing = set(rules.trailing)
    out: set[int] = set()
    for key, start, end in matcher(doc):
        if not _ends_clause(doc, end, trailing):
            continue
        first = _reach(doc, start, max_tokens)
        ends = {e.start: e.end for e in doc.ents}
        before = [s for s in starts if first <= s and ends[s] <= start]
        kind = doc.vocab.strings[key]
        reporters = frozenset(rules.reporters)
        if kind == "BY_WRITER":  # "my wife reckons I choke on drinks but I really don't"
            out.update(denied_by_writer(doc, start, first, before, set_aside, reporters))
            continue
        said = reporter_before(doc, start, first, reporters) if kind == "NEAREST" else None
        if before and said is not None and said >= ends[before[-1]] and _someone_said(doc, said):
            continue  # round 11A: "my speech is slurry, mum thinks I'm high, I'm not"
        if kind == "SET_ASIDE":
            before = [s for s in before if s in set_aside]
        if kind == "ALL":
            out.update(before)
        elif before and not _compared(doc, ends[before[-1]], start, rules.compared):
            out.update(_listed_with(doc, before, ends))
    return out


def _someone_said(doc: Doc, said: int) -> bool:
    """Round 11A: the reporting word at `said` has a subject other than the writer ("mum thinks",
    not "I said" nor a subjectless "Told her no")."""
    subject = doc[said - 1] if said > 0 else None
    return subject is not None and subject.is_alpha and subject.lower_ not in _WRITER


def _compared(doc: Doc, begin: int, end: int, compared: tuple[str, ...]) -> bool:
    """Round 10A: a comparison lies between tokens `begin` and `end` ("numb like I've been sat on a
    bike saddle for 10 hours but I haven't"): the denial is about it, not the symptom."""
    pairs = [(first, frozenset(rest.split("|"))) for first, rest in (c.split() for c in compared)]
    return any(
        doc[i].lower_ == first and doc[i + 1].lower_ in then
        for i in range(begin, end - 1)
        for first, then in pairs
    )


def _listed_with(doc: Doc, before: list[int], ends: dict[int, int]) -> list[int]:
    """The nearest target before a pointing-back denial, with the targets listed with it by "or",
    "and", "/" and, once one of those joined the list, commas (round 10A: "tripping or falling
    over: no", "chest pain, breathlessness or fainting? No." deny each; "My legs give way, chest
    pain? no" denies only the chest pain)."""
    out = [before[-1]]
    joined = False
    for start in reversed(before[:-1]):
        words = {t.lower_ for t in doc[ends[start] : out[-1]]}
        if not words or not words <= _LIST_WORDS:
            break
        joined = joined or bool(words - {","})
        if not joined:
            break
        out.append(start)
    return out


def _ends_clause(doc: Doc, end: int, trailing: set[str]) -> bool:
    while end < len(doc) and doc[end].lower_ in trailing and not doc[end].is_sent_start:
        end += 1
    if end >= len(doc) or doc[end].is_punct or doc[end].is_sent_start:
        return True
    return "\n" in doc[end].text  # round 10A: a line of a list ("- weak? no")


def _reach(doc: Doc, start: int, max_tokens: int) -> int:
    """The first token a pointing-back denial at `start` can reach: within max_tokens, and no
    further back than the start of the previous sentence."""
    first = max(0, start - max_tokens)
    ends_seen = 0
    for i in range(start - 1, first - 1, -1):
        if doc[i].text in _SENTENCE_END or doc[i].text.endswith(("?", "!")):
            ends_seen += 1
            if ends_seen == 2:
                return i + 1
    return first


def overlapping_set_aside(
    doc: Doc, ent: Span, ignore: Callable[[Any], bool] | None = None
) -> set[str]:
    """Set-aside, negation (and double-negative) categories of triggers that begin before `ent`
    and end inside it ("if it spreads" before "spreads up my legs"; "never had" before "had a
    fit"; "it's not that I don't" before "don't trip"; not "I'm afraid of" around "afraid"), and
    someone else's body part inside it ("crept up from his feet"),
    except those `ignore` says are not about someone else ("his" when writing for him)."""
    graph: Any = doc._.context_graph
    cats: set[str] = set()
    for mod in graph.modifiers if graph is not None else ():
        start, end = mod.modifier_span
        if ignore is not None and ignore(mod):
            continue
        inside = ent.start <= start and end <= ent.end
        if inside and mod.category == "OTHER_PERSON" and doc[start].lower_ in POSSESSIVE:
            cats.add(mod.category)  # "crept up from his feet"
        if start < ent.start < end <= ent.end and mod.category in _RUN_IN:
            cats.add(mod.category)
    return cats


def listed_after(ent: Span, modifier: Any) -> bool:
    """A negation before `ent` with a comma or dash between them ("no pain, walking normal")."""
    end = modifier.modifier_span[1]
    between = ent.doc[end : ent.start] if end <= ent.start else ent.doc[0:0]
    return modifier.category == "NEGATED" and any(t.text in {",", "-"} for t in between)


def general_question(doc: Doc, ent: Span, openers: set[str], first_person: set[str]) -> bool:
    """`ent` lies in a question about symptoms in general (see the module docstring)."""
    start = ent.start
    # round 11A: a question also opens after a colon ("GP went through a list: any fainting?")
    while (
        start > 0 and doc[start - 1].text not in _QUESTION_START and "?" not in doc[start - 1].text
    ):
        start -= 1
    end = ent.end
    while end < len(doc) and doc[end].text not in _SENTENCE_END and "?" not in doc[end].text:
        end += 1
    if end >= len(doc) or "?" not in doc[end].text or doc[start].lower_ not in openers:
        return False
    return not any(t.lower_ in first_person for t in doc[start:end])
