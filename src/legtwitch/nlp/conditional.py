"""A condition that opens its sentence holds across "and" (docs/nlp.md, round 6).

ConText's "if" ends at the next clause start, and "and I" starts a clause, so in "what happens if
it spreads to my throat and I can't swallow?" the inability after "and" was read as stated. A
sentence that opens with a condition ("if", "what if", "what happens if", "and if I ...") keeps
everything up to the first comma, dash or ending word ("then", "because", "but") inside the
condition: it is what might happen, not what happens. A condition after the main clause ("I trip
if I walk far and I can't climb stairs") is not touched: its "and" may start a new statement;
round 8A: unless advice about seeking help stands right before it ("The physio said go straight to
A&E if I ever get numb down below or can't pee"; lay.yaml `condition_advice`).

This can only set a mention aside, never make one present.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from spacy.tokens import Span

_SENTENCE_END = frozenset({".", "!", "?", "\n"})
_ADVICE_REACH = 4  # advice counts in the words right before the condition word


def in_condition(ent: Span, rules: Any) -> bool:
    """`ent` lies inside a condition that opens its sentence (see the module doc)."""
    doc = ent.doc
    words, leads, ends = (
        set(rules.condition_words),
        set(rules.condition_leads),
        rules.condition_ends,
    )
    start = ent.start
    while start > 0 and not _ends_sentence(doc[start - 1].text):
        start -= 1
    between = [t.lower_ for t in doc[start : ent.start]]
    advice = [f" {a} " for a in rules.condition_advice]
    for i, word in enumerate(between):
        if word in words:
            before = f" {' '.join(between[max(0, i - _ADVICE_REACH) : i])} "
            opens = all(w in leads for w in between[:i]) or any(a in before for a in advice)
            return opens and not set(between[i + 1 :]) & set(ends)
    return False


def _ends_sentence(text: str) -> bool:
    return text in _SENTENCE_END or text.endswith(("?", "!"))
