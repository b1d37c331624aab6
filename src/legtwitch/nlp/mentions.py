"""What each match said (a Mention), and combining the mentions into one Extraction."""

from __future__ import annotations

from dataclasses import dataclass

from legtwitch.domain.findings import FindingStatus
from legtwitch.knowledge.base import KnowledgeBase
from legtwitch.nlp.extraction import (
    Conflict,
    Evidence,
    Extraction,
    SetAside,
    TextAnswer,
    TextFinding,
)

PRESENT, ABSENT = FindingStatus.PRESENT, FindingStatus.ABSENT
NO_SYMPTOMS = (
    "I could not find symptoms in that. Try a few plain English words, "
    "for example 'my left calf twitches at night, no pain'."
)


@dataclass(frozen=True)
class Mention:
    finding_id: str
    status: FindingStatus
    evidence: Evidence
    note: str | None = None
    weak: bool = False  # a denial from a word that alone proves nothing ("no coffee")


def combine(
    kb: KnowledgeBase,
    mentions: list[Mention],
    answers_by_question: dict[str, TextAnswer],
    set_aside: list[SetAside],
) -> Extraction:
    """One finding per id: a red flag both said and denied is taken as present (a warning sign),
    anything else said both ways is left open for the interview; each conflict is reported."""
    by_id: dict[str, list[Mention]] = {}
    for m in mentions:
        by_id.setdefault(m.finding_id, []).append(m)
    findings: list[TextFinding] = []
    conflicts: list[Conflict] = []
    for fid, ms in by_id.items():
        f = kb.finding(fid)
        ms = [m for m in ms if not m.weak] or ms
        pres = [m for m in ms if m.status is PRESENT]
        abss = [m for m in ms if m.status is ABSENT]
        if pres and abss:
            red = f.group == "red_flag"
            resolution = (
                "taken as present, because it is a warning sign"
                if red
                else "left open; the interview will ask"
            )
            conflicts.append(Conflict(fid, f.label, pres[0].evidence, abss[0].evidence, resolution))
            if not red:
                continue
            chosen = pres[0]
        else:
            chosen = (pres or abss)[0]
        findings.append(TextFinding(fid, f.label, chosen.status, chosen.evidence, chosen.note))
    findings.sort(key=lambda x: x.evidence.start)
    answers = tuple(sorted(answers_by_question.values(), key=lambda a: a.evidence.start))
    message = None if findings or answers or conflicts else NO_SYMPTOMS
    return Extraction(tuple(findings), answers, tuple(conflicts), tuple(set_aside), message)
