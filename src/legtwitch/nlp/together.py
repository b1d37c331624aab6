"""A finding that two others state together, and a red flag said of another symptom (docs/nlp.md,
round 5).

"my legs are losing strength and it's worse every week", "the weakness started off mild and has
gone downhill": weakness and its getting worse, said in one sentence, are progressive weakness,
though no single phrase says so; round 8A: a rule may also need words in the sentence
(`sentence_needs`: speech gone wrong and a clumsy hand, with a side and a word of suddenness,
are stroke signs; `then_denied`: weakness, then "it's not getting any worse", is not progressive
weakness). A rule in lay.yaml (`together`) names the finding and the two it
needs, in their order: a present mention of a `first` finding followed, in the same sentence, by a
present mention of a `then` finding, with no other symptom named between them ("my legs feel heavy
and the twitching is getting worse" is not progressive weakness). Only mentions the reader already
took as the person's own and present count, so a denied, a relative's or a hypothetical mention
never makes one.

The reverse guard (lay.yaml `said_of`): a red flag whose words say where another symptom goes or
how it changes is not stated ("the twitching is spreading up my legs", "the twitches are getting
weaker"), unless the words name a symptom themselves ("weakness .. worse").

Round 7 (lay.yaml `part_of`): a finding said in the same sentence as a present finding it is part
of is set aside ("suddenly I couldn't get my words out, talking gibberish, and one side of my face
felt dead": the speech is one of the stroke signs, not new confusion).

Round 8A (lay.yaml `episode_parts`, the lead's labelling convention 1): a sudden one-sided episode
is stroke signs only. Garbled speech or a weak or clumsy hand said in the same sentence as present
stroke signs, or in the next or previous sentence, is set aside with the episode's reason ("Out of
nowhere my right arm went heavy. My words came out garbled."); without stroke signs it stays.

Round 9B: a mention that opens with a pronoun for a body part other than a leg part is set aside
(nlp/antecedent.py); a check reported as normal denies what was checked (nlp/checked.py).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from legtwitch.domain.findings import FindingStatus
from legtwitch.nlp.antecedent import above_the_calf, not_a_muscle, without_antecedent
from legtwitch.nlp.checked import checked_normal
from legtwitch.nlp.extraction import Evidence, SetAside
from legtwitch.nlp.lexicon import lay, quantities
from legtwitch.nlp.mentions import Mention
from legtwitch.nlp.text_prep import ADDED_STOP

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

_SENTENCE_END = frozenset(".!?\n")
_SENTENCE_ENDS = re.compile(r"[.!?\n]+")
_WORDS = re.compile(r"[a-z0-9']+")
PRESENT, ABSENT = FindingStatus.PRESENT, FindingStatus.ABSENT


def own_text(doc: Doc) -> str:
    """The piece's text as written: without the stop nlp/text_prep.py added (round 11B)."""
    return doc.text[:-1] if doc.user_data.get(ADDED_STOP) else doc.text


def settle(
    text: str, offset: int, mentions: Sequence[Mention], neutral: frozenset[str]
) -> tuple[list[Mention], list[SetAside]]:
    """One piece's `mentions` with the findings pairs state together added, and those that are
    part of another taken out (set aside)."""
    out = [*mentions, *together_mentions(text, offset, mentions, neutral)]
    out += checked_normal(text, offset, mentions)  # round 9B
    parts = [(p, "part of another finding") for p in part_of_another(text, offset, out)]
    parts += [x for x in episode_parts(text, offset, out) if not any(x[0] is p for p, _ in parts)]
    parts += [(m, "not said of a leg part") for m in without_antecedent(text, offset, out)]
    above = [m for m in above_the_calf(text, offset, out) if not any(m is p for p, _ in parts)]
    parts += [(m, "said of the thighs, not the calf") for m in above]  # round 10A
    lumps = [m for m in not_a_muscle(text, offset, out) if not any(m is p for p, _ in parts)]
    parts += [(m, "said of a lump or a mark, not a muscle") for m in lumps]  # round 10A
    lonely = without_company(text, offset, out)
    kept = [m for m in out if not any(m is p for p in (*(p for p, _ in parts), *lonely))]
    return kept, [SetAside(p.evidence.text, why, p.evidence) for p, why in parts]


def together_mentions(
    text: str, offset: int, mentions: Sequence[Mention], neutral: frozenset[str]
) -> list[Mention]:
    """The findings that pairs of present `mentions` (read from `text`, which starts at `offset`)
    state together; mentions of `neutral` findings (body sites) may lie between a pair."""
    out: list[Mention] = []
    # round 10C: a time ("started off mild in March") is no other symptom between a pair
    times = {quantities().findings.long_duration, quantities().findings.sudden_onset}
    for rule in lay().together:
        first, then = frozenset(rule.first), frozenset(rule.then)
        denied = rule.then_denied  # round 8A: a present `first`, then a denied `then`
        said = sorted(
            (
                m
                for m in mentions
                if m.status is (ABSENT if denied and m.finding_id in then else PRESENT)
                and m.finding_id not in times
            ),
            key=lambda m: m.evidence.start,
        )
        for i, a in enumerate(said):
            if a.finding_id not in first or a.status is not PRESENT:
                continue
            b = _next_then(text, offset, a, said[i + 1 :], first | then | neutral, then)
            if b is not None and _has_needs(text, offset, a, rule.sentence_needs):
                start, end = a.evidence.start, b.evidence.end
                ev = Evidence(text[start - offset : end - offset], start, end)
                out.append(Mention(rule.finding, ABSENT if denied else PRESENT, ev))
                break
    return out


def _has_needs(text: str, offset: int, a: Mention, needs: Sequence[Sequence[str]]) -> bool:
    """The sentence of `a` holds a word or phrase of each group of `needs`."""
    if not needs:
        return True
    at = a.evidence.start - offset
    start = max((text.rfind(c, 0, at) for c in _SENTENCE_END), default=-1) + 1
    ends = [i for c in _SENTENCE_END if (i := text.find(c, at)) >= 0]
    words = f" {' '.join(_WORDS.findall(text[start : min(ends, default=len(text))].lower()))} "
    return all(any(f" {w} " in words for w in group) for group in needs)


def _next_then(
    text: str,
    offset: int,
    a: Mention,
    later: Sequence[Mention],
    allowed: frozenset[str],
    then: frozenset[str],
) -> Mention | None:
    for b in later:
        if b.evidence.start < a.evidence.end:
            continue  # overlapping words ("weakness .. worse" is both)
        if any(
            c in _SENTENCE_END for c in text[a.evidence.end - offset : b.evidence.start - offset]
        ):
            return None
        if b.finding_id in then:
            return b
        if b.finding_id not in allowed:
            return None
    return None


def part_of_another(text: str, offset: int, mentions: Sequence[Mention]) -> list[Mention]:
    """The present `mentions` (read from `text`, which starts at `offset`) that are part of another
    present mention in the same sentence (lay.yaml `part_of`)."""
    rules = lay().part_of
    said = [m for m in mentions if m.status is PRESENT]
    out = []
    for m in said:
        wholes = frozenset(rules.get(m.finding_id, ()))
        if any(w.finding_id in wholes and _same_sentence(text, offset, m, w) for w in said):
            out.append(m)
    return out


def episode_parts(text: str, offset: int, mentions: Sequence[Mention]) -> list[tuple[Mention, str]]:
    """The present `mentions` (read from `text`, which starts at `offset`) that are part of an
    episode a present mention names in their sentence or the next or previous one (lay.yaml
    `episode_parts`), each with the episode's reason."""
    said = [m for m in mentions if m.status is PRESENT]
    out = []
    for whole, spec in lay().episode_parts.items():
        episodes = [w for w in said if w.finding_id == whole]
        for m in said:
            if m.finding_id in spec.parts and any(_near(text, offset, m, w) for w in episodes):
                out.append((m, spec.reason))
    return out


def _near(text: str, offset: int, a: Mention, b: Mention) -> bool:
    """`a` and `b` are said in one sentence or in two sentences next to each other."""
    start = min(a.evidence.end, b.evidence.end) - offset
    end = max(a.evidence.start, b.evidence.start) - offset
    return len(_SENTENCE_ENDS.findall(text[start:end])) <= 1


def _same_sentence(text: str, offset: int, a: Mention, b: Mention) -> bool:
    start = min(a.evidence.end, b.evidence.end) - offset
    end = max(a.evidence.start, b.evidence.start) - offset
    return not any(c in _SENTENCE_END for c in text[start:end])


def said_of_another(ent: Span, ids: tuple[str, ...], neutral: frozenset[str]) -> str | None:
    """Why `ent` (a match of the finding `ids`) is not stated: the nearest symptom named before
    it in its clause (body sites, sides and the same finding aside) is one of its `said_of`
    subjects. Only for words that name no symptom of their own (one finding id)."""
    subjects = frozenset(s for fid in ids for s in lay().said_of.get(fid, ()))
    if len(ids) != 1 or not subjects:
        return None
    doc, skip = ent.doc, neutral | set(ids)
    start = ent.start
    while start > 0 and not doc[start].is_sent_start:
        start -= 1
    for other in reversed([e for e in doc.ents if start <= e.start and e.end <= ent.start]):
        other_ids = set((other._.target_rule.metadata or {}).get("findings") or ())
        if other_ids and not other_ids <= skip:
            return "said of another symptom" if other_ids <= subjects else None
    return None


def without_company(text: str, offset: int, mentions: Sequence[Mention]) -> list[Mention]:
    """Round 8D (lay.yaml `company`): present mentions read from one body word alone ("my arm",
    "my back") with no present mention of the same kind of symptom in their sentence: "twitches
    in my calves and arms" is more than one place, "my hands shake" or "pain down the back of my
    leg" is not. They are dropped (nothing is stated), not set aside."""
    rules = lay().company
    said = [m for m in mentions if m.status is PRESENT]
    out = []
    for m in said:
        rule = rules.get(m.finding_id)
        if rule is None:
            continue
        words = {w.lower() for w in lay().slots.get(rule.slot, ())}
        if " ".join(m.evidence.text.lower().split()) not in words:
            continue
        needs = frozenset(rule.needs)
        if not any(o.finding_id in needs and _same_sentence(text, offset, m, o) for o in said):
            out.append(m)
    return out


def bare_denials(words: set[str], mentions: Sequence[Mention]) -> list[Mention]:
    """Round 9A (lay.yaml `bare_denials`, the lead's convention 6): denials read from a bare word
    ("no swelling") in a text whose `words` (lower case) name nothing of the rule's slot (a leg
    part): "No breathlessness, no chest pain, no swelling." says nothing about the calves. They
    are dropped (nothing is stated), not set aside."""
    rules = lay().bare_denials
    out = []
    for m in mentions:
        rule = rules.get(m.finding_id)
        if rule is None or m.status is not ABSENT:
            continue
        if " ".join(m.evidence.text.lower().split()) not in rule.words:
            continue
        if not words & {w.lower() for w in lay().slots.get(rule.slot, ())}:
            out.append(m)
    return out
