"""A clause with no subject of its own goes on with the clause before it (session 6).

"My calves twitch. My friend fell off a horse and now has foot drop": the clause break "and now"
ends the friend's ConText scope, so "has foot drop" was read as the writer's, a red flag turned
present from someone else's words. A clause that opens with a break word, then one of lay.yaml
`clause_continues.after` and a verb of `clause_continues.verbs` ("and now has", "and then
couldn't") names no new subject: when the clause before it names another person or a relative
(a ConText FAMILY, RELATIVE or OTHER_PERSON trigger) and not the writer (`writer`), its findings
are that person's too. Round 10A: so is a clause that a break word cut from its verb ("my mum
has COPD and gets | so breathless": "so" is no new clause there). Such findings are set aside,
never made absent: the interview still asks every red flag.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from legtwitch.nlp.backrefs import PERSON_CATEGORIES
from legtwitch.nlp.lexicon import lay

if TYPE_CHECKING:
    from spacy.tokens import Span

_OPENERS = frozenset({"and", ",", "but", "so"})
_CLITIC_NOT = frozenset({"n't", "nt"})


def continued_subject(ent: Span, ignore: Callable[[Any], bool]) -> set[str]:
    """FAMILY / RELATIVE / OTHER_PERSON when `ent` sits in a subjectless clause ("and now has foot
    drop", "and now can't swallow") that goes on from a clause about someone else; `ignore` drops
    triggers that name the person the text is written for."""
    spec = lay().clause_continues
    doc = ent.doc
    clause = ent.sent
    if spec is None or clause.start == 0:
        return set()
    cut = doc[clause.start - 1].lower_ in spec.verbs and not any(
        t.lower_ in spec.writer for t in doc[clause.start : ent.start]
    )
    if not cut and not _opens_subjectless(ent, spec):
        return set()
    before = doc[clause.start - 1].sent
    if any(t.lower_ in spec.writer for t in before):
        return set()
    graph: Any = doc._.context_graph
    return {
        m.category
        for m in (graph.modifiers if graph is not None else ())
        if m.category in PERSON_CATEGORIES
        and before.start <= m.modifier_span[0] < before.end
        and not ignore(m)
    }


def _opens_subjectless(ent: Span, spec: Any) -> bool:
    """The clause of `ent` opens with a break word, one of `after` and a verb ("and now has")."""
    doc, clause = ent.doc, ent.sent
    i = clause.start
    while i < ent.start and doc[i].lower_ in _OPENERS:
        i += 1
    if i + 1 > ent.start or doc[i].lower_ not in spec.after:
        return False
    verb = doc[i + 1].lower_
    if i + 2 < len(doc) and doc[i + 2].lower_ in _CLITIC_NOT:  # "ca" + "n't": "can't"
        verb += doc[i + 2].lower_
    return verb in spec.verbs
