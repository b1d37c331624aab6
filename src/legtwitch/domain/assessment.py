"""The result of an assessment: possible causes, triage and the findings behind them."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from legtwitch.domain.findings import Finding


class TriageLevel(StrEnum):
    """How soon to get care. Ordered from least to most urgent by `rank`."""

    SELF_CARE = "self_care"
    ROUTINE = "routine"
    SOON = "soon"
    URGENT = "urgent"
    EMERGENCY = "emergency"

    @property
    def rank(self) -> int:
        return _RANK[self]

    def __lt__(self, other: object) -> bool:
        if not isinstance(other, TriageLevel):
            return NotImplemented
        return self.rank < other.rank

    def __le__(self, other: object) -> bool:
        if not isinstance(other, TriageLevel):
            return NotImplemented
        return self.rank <= other.rank

    def __gt__(self, other: object) -> bool:
        if not isinstance(other, TriageLevel):
            return NotImplemented
        return self.rank > other.rank

    def __ge__(self, other: object) -> bool:
        if not isinstance(other, TriageLevel):
            return NotImplemented
        return self.rank >= other.rank


_ORDER = [
    TriageLevel.SELF_CARE,
    TriageLevel.ROUTINE,
    TriageLevel.SOON,
    TriageLevel.URGENT,
    TriageLevel.EMERGENCY,
]
_RANK = {level: i for i, level in enumerate(_ORDER)}


@dataclass(frozen=True, slots=True)
class Contribution:
    """How much one finding moved one cause: `factor` multiplies the cause's odds."""

    finding_id: str
    label: str
    status: str
    factor: float


@dataclass(frozen=True, slots=True)
class CauseResult:
    id: str
    name: str
    probability: float
    prior: float
    serious: bool
    supporting: tuple[Contribution, ...] = ()
    opposing: tuple[Contribution, ...] = ()


@dataclass(frozen=True, slots=True)
class TriageReason:
    rule_id: str
    level: TriageLevel
    kind: str  # "red_flag", "rule" or "probability"
    text: str
    sources: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class TriageDecision:
    level: TriageLevel
    reasons: tuple[TriageReason, ...]
    action: str


@dataclass(frozen=True, slots=True)
class OpenQuestion:
    """A question not yet answered whose answer could change the picture."""

    question_id: str
    text: str
    change_probability: float
    reason: str


@dataclass(frozen=True, slots=True)
class UncheckedWarningSign:
    """A red flag nobody has said yes or no to, that would raise the triage level if present."""

    finding_id: str
    label: str
    level: TriageLevel  # the level it would lead to on its own, with what is already known
    action: str


@dataclass(frozen=True, slots=True)
class Assessment:
    causes: tuple[CauseResult, ...]
    triage: TriageDecision
    findings: tuple[Finding, ...]
    questions_asked: tuple[str, ...]
    knowledge_base_version: str
    notes: tuple[str, ...] = field(default=())
    open_questions: tuple[OpenQuestion, ...] = field(default=())
    unchecked_warning_signs: tuple[UncheckedWarningSign, ...] = field(default=())
