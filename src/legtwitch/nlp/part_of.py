"""Red flags that are part of a larger one said in the same sentence (docs/nlp.md, round 7C).

"legs getting weaker from the bottom up over the last five days, first the ankles, now the
knees": weakness that climbs from the feet over days is the ascending weakness the reader finds
as `ascending_weakness`; reading "getting weaker" also as weakness getting worse over weeks or
months (`progressive_weakness`) would name a second red flag the person did not describe.
lay.yaml `part_of` names, per red flag, the findings that are part of it: a present mention of
one of them in the same sentence as a present mention of the red flag is set aside ("part of
..."), never made absent, and the red flag itself stays present. Sudden one-sided signs with
slurred words are not folded into stroke signs: the older labelled sets count both.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from legtwitch.domain.findings import FindingStatus
from legtwitch.nlp.extraction import SetAside
from legtwitch.nlp.lexicon import lay
from legtwitch.nlp.mentions import Mention

_SENTENCE_END = frozenset(".!?\n")
PRESENT = FindingStatus.PRESENT


def _sentence(text: str, offset: int, at: int) -> tuple[int, int]:
    """The span (in the text's own offsets plus `offset`) of the sentence holding position `at`."""
    i = at - offset
    start = max((text.rfind(c, 0, i) for c in _SENTENCE_END), default=-1) + 1
    ends = [j for c in _SENTENCE_END if (j := text.find(c, i)) >= 0]
    return start + offset, (min(ends) if ends else len(text)) + offset


def part_of_larger(
    text: str, offset: int, mentions: Sequence[Mention], labels: Mapping[str, str]
) -> tuple[list[Mention], list[SetAside]]:
    """`mentions` (read from `text`, which starts at `offset`) without those that are part of a
    larger red flag present in the same sentence, and what was set aside for it."""
    rules = lay().part_of
    wholes = [m for m in mentions if m.status is PRESENT and m.finding_id in rules]
    if not wholes:
        return list(mentions), []
    kept: list[Mention] = []
    aside: list[SetAside] = []
    for m in mentions:
        start, end = _sentence(text, offset, m.evidence.start)
        whole = next(
            (
                w
                for w in wholes
                if m.status is PRESENT
                and m.finding_id in rules[w.finding_id]
                and start <= w.evidence.start < end
            ),
            None,
        )
        if whole is None:
            kept.append(m)
        else:
            why = f"part of {labels.get(whole.finding_id, whole.finding_id)}"
            aside.append(SetAside(m.evidence.text, why, m.evidence))
    return kept, aside
