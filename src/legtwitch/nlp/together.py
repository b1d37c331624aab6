"""A finding that two others state together (docs/nlp.md, round 5).

"my legs are losing strength and it's worse every week", "the weakness started off mild and has
gone downhill": weakness and its getting worse, said in one sentence, are progressive weakness,
though no single phrase says so. A rule in lay.yaml (`together`) names the finding and the two it
needs, in their order: a present mention of a `first` finding followed, in the same sentence, by a
present mention of a `then` finding, with no other symptom named between them ("my legs feel heavy
and the twitching is getting worse" is not progressive weakness). Only mentions the reader already
took as the person's own and present count, so a denied, a relative's or a hypothetical mention
never makes one.

The reverse guard, `said_of_another`: a red flag whose words say where another symptom goes is not
stated ("the twitching is spreading up my legs").
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

_SENTENCE_END = frozenset(".!?\n")


@dataclass(frozen=True)
class Said:
    """One present mention: the finding and where its words are (offsets in the text)."""

    finding_id: str
    start: int
    end: int


def joint_findings(
    text: str,
    offset: int,
    said: Sequence[Said],
    rules: Iterable[tuple[str, frozenset[str], frozenset[str]]],
    neutral: frozenset[str],
) -> list[tuple[str, int, int]]:
    """(finding id, start, end) for each rule (finding, first ids, then ids) that a pair of
    mentions in `said` fulfils. `text` starts at `offset`; mentions of `neutral` findings (body
    sites, sides) may lie between the pair."""
    out: list[tuple[str, int, int]] = []
    ordered = sorted(said, key=lambda s: s.start)
    for finding, first, then in rules:
        for i, a in enumerate(ordered):
            if a.finding_id not in first:
                continue
            pair = _next_then(text, offset, a, ordered[i + 1 :], first | then | neutral, then)
            if pair is not None:
                out.append((finding, a.start, pair.end))
                break
    return out


def _next_then(
    text: str,
    offset: int,
    a: Said,
    later: Sequence[Said],
    allowed: frozenset[str],
    then: frozenset[str],
) -> Said | None:
    for b in later:
        if b.start < a.end:
            continue  # overlapping words ("weakness .. worse" is both)
        if any(c in _SENTENCE_END for c in text[a.end - offset : b.start - offset]):
            return None
        if b.finding_id in then:
            return b
        if b.finding_id not in allowed:
            return None
    return None


def said_of_another(doc: Doc, ent: Span, subjects: frozenset[str], neutral: frozenset[str]) -> bool:
    """The nearest symptom named before `ent` in its clause (body sites and sides aside) is one of
    `subjects`: "the twitching is creeping up from my ankles" says where the twitching goes, not
    that numbness or weakness ascends (lay.yaml `said_of`)."""
    start = ent.start
    while start > 0 and not doc[start].is_sent_start:
        start -= 1
    for other in reversed([e for e in doc.ents if start <= e.start and e.end <= ent.start]):
        ids = set((other._.target_rule.metadata or {}).get("findings") or ())
        if ids and not ids <= neutral:
            return ids <= subjects
    return False
