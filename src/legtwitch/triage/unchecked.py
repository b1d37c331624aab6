"""Warning signs not yet checked: red flags with no answer that would raise the triage level.

An assessment from an answers file, a batch line or text alone can finish without the red-flag
screen. The triage level then rests only on what was said, so the result lists each red flag
nobody said yes or no to and the level it would lead to, most urgent first. The levels and
actions come from the knowledge base's triage rules; nothing here is a number of its own.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping

from legtwitch.domain import FindingStatus, TriageLevel, UncheckedWarningSign
from legtwitch.knowledge.base import KnowledgeBase, TriageRule, evaluate


def unchecked_warning_signs(
    kb: KnowledgeBase,
    statuses: Mapping[str, FindingStatus],
    level: TriageLevel,
    also: Collection[str] = (),
) -> tuple[UncheckedWarningSign, ...]:
    """Red flags (and the findings in `also`) neither present nor absent in `statuses` that, if
    present, would fire a red-flag rule above `level`; each with the highest such rule's level
    and action."""
    present = {fid for fid, s in statuses.items() if s is FindingStatus.PRESENT}
    known = {fid for fid, s in statuses.items() if s is not FindingStatus.UNKNOWN}
    signs = []
    for fid, finding in kb.findings.items():
        if (finding.group != "red_flag" and fid not in also) or fid in known:
            continue
        rule = _highest_new_rule(kb, present, fid)
        if rule is not None and TriageLevel(rule.level) > level:
            signs.append(
                UncheckedWarningSign(fid, finding.label, TriageLevel(rule.level), rule.action)
            )
    signs.sort(key=lambda s: (-s.level.rank, s.label))
    return tuple(signs)


def sole_blockers(
    kb: KnowledgeBase, statuses: Mapping[str, FindingStatus], candidates: Collection[str]
) -> set[str]:
    """The `candidates` that alone keep a red-flag rule from firing: with the findings present in
    `statuses` and that one candidate present too, a red-flag rule would fire that does not now
    (the last missing piece of a warning pattern, such as the sudden start of tingling and
    weakness in both legs)."""
    present = {fid for fid, s in statuses.items() if s is FindingStatus.PRESENT}
    rules = [r for r in kb.triage_rules.values() if r.red_flag and not evaluate(r.when, present)]
    return {fid for fid in candidates if any(evaluate(r.when, present | {fid}) for r in rules)}


def _highest_new_rule(kb: KnowledgeBase, present: set[str], fid: str) -> TriageRule | None:
    best: TriageRule | None = None
    with_it = present | {fid}
    for rule in kb.triage_rules.values():
        if not rule.red_flag or not evaluate(rule.when, with_it) or evaluate(rule.when, present):
            continue
        if best is None or TriageLevel(rule.level) > TriageLevel(best.level):
            best = rule
    return best
