"""A clause with no subject of its own goes on with the clause before it (session 6).

"My calves twitch. My friend fell off a horse and now has foot drop": the clause break "and now"
ends the friend's ConText scope, so "has foot drop" was read as the writer's, a red flag turned
present from someone else's words. A clause that opens with a break word, then one of lay.yaml
`clause_continues.after` and a verb of `clause_continues.verbs` ("and now has", "and then
couldn't") names no new subject: when the clause before it names another person or a relative
(a ConText OTHER_PERSON or FAMILY trigger) and not the writer, its findings are that person's
too. Such findings are set aside, never made absent: the interview still asks every red flag.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from legtwitch.nlp.lexicon import lay

if TYPE_CHECKING:
    from spacy.tokens import Span

_SOMEONE = frozenset({"OTHER_PERSON", "FAMILY"})
_OPENERS = frozenset({"and", ",", "but", "so"})
_WRITER = frozenset({"i", "i'm", "im", "me", "myself", "i've", "ive", "i'd"})


def continued_subject(ent: Span, ignore: Callable[[Any], bool]) -> set[str]:
    """OTHER_PERSON / FAMILY when `ent` sits in a subjectless clause ("and now has foot drop")
    that goes on from a clause about someone else; `ignore` drops triggers that name the person
    the text is written for."""
    spec = lay().clause_continues
    doc = ent.doc
    clause = ent.sent
    if spec is None or clause.start == 0:
        return set()
    i = clause.start
    while i < ent.start and doc[i].lower_ in _OPENERS:
        i += 1
    if not (i + 1 < ent.start and doc[i].lower_ in spec.after and doc[i + 1].lower_ in spec.verbs):
        return set()
    before = doc[clause.start - 1].sent
    if any(t.lower_ in _WRITER for t in before):
        return set()
    graph: Any = doc._.context_graph
    return {
        m.category
        for m in (graph.modifiers if graph is not None else ())
        if m.category in _SOMEONE
        and before.start <= m.modifier_span[0] < before.end
        and not ignore(m)
    }
