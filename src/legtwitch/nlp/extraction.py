"""What the reader understood from a person's words: findings and answers with their evidence."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from legtwitch.domain.findings import Finding, FindingSource, FindingStatus


@dataclass(frozen=True, slots=True)
class Evidence:
    """The words a finding came from, with character offsets into the text that was read."""

    text: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class TextFinding:
    id: str
    label: str
    status: FindingStatus
    evidence: Evidence
    note: str | None = None  # e.g. "5 coffees = about 480 mg caffeine a day"

    def to_finding(self) -> Finding:
        return Finding(self.id, self.status, FindingSource.TEXT, evidence=self.evidence.text)


@dataclass(frozen=True, slots=True)
class TextAnswer:
    """An answer to an interview question, read from the text (age, sex)."""

    question_id: str
    value: float | str
    evidence: Evidence


@dataclass(frozen=True, slots=True)
class Conflict:
    """The text says a finding is present in one place and absent in another."""

    finding_id: str
    label: str
    present: Evidence
    absent: Evidence
    resolution: str


@dataclass(frozen=True, slots=True)
class SetAside:
    """Words that matched but were not used: about someone else, hypothetical or unsure."""

    text: str
    reason: str
    evidence: Evidence


@dataclass(frozen=True)
class Extraction:
    findings: tuple[TextFinding, ...] = ()
    answers: tuple[TextAnswer, ...] = ()
    conflicts: tuple[Conflict, ...] = ()
    set_aside: tuple[SetAside, ...] = ()
    message: str | None = None  # said instead of results, e.g. "I could not find symptoms in that"
    notes: tuple[str, ...] = field(default=())

    def finding(self, finding_id: str) -> TextFinding | None:
        return next((f for f in self.findings if f.id == finding_id), None)

    def status_of(self, finding_id: str) -> FindingStatus:
        f = self.finding(finding_id)
        return f.status if f else FindingStatus.UNKNOWN

    def known(self) -> list[Finding]:
        """The findings with a present/absent status, as domain findings (source = text)."""
        return [f.to_finding() for f in self.findings if f.status is not FindingStatus.UNKNOWN]

    def answer_values(self) -> dict[str, float | str]:
        return {a.question_id: a.value for a in self.answers}

    def to_dict(self) -> dict[str, Any]:
        def ev(e: Evidence) -> dict[str, Any]:
            return {"text": e.text, "start": e.start, "end": e.end}

        return {
            "findings": [
                {
                    "id": f.id,
                    "label": f.label,
                    "status": f.status.value,
                    "evidence": ev(f.evidence),
                    "note": f.note,
                }
                for f in self.findings
            ],
            "answers": [
                {"question": a.question_id, "value": a.value, "evidence": ev(a.evidence)}
                for a in self.answers
            ],
            "conflicts": [
                {
                    "id": c.finding_id,
                    "label": c.label,
                    "present": ev(c.present),
                    "absent": ev(c.absent),
                    "resolution": c.resolution,
                }
                for c in self.conflicts
            ],
            "set_aside": [
                {"text": s.text, "reason": s.reason, "evidence": ev(s.evidence)}
                for s in self.set_aside
            ],
            "message": self.message,
            "notes": list(self.notes),
        }
