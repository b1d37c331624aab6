"""Plain, frozen domain objects shared by every layer. No I/O and no third-party imports."""

from legtwitch.domain.assessment import (
    Assessment,
    CauseResult,
    Contribution,
    OpenQuestion,
    TriageDecision,
    TriageLevel,
    TriageReason,
    UncheckedWarningSign,
)
from legtwitch.domain.findings import Finding, FindingSource, FindingStatus

__all__ = [
    "Assessment",
    "CauseResult",
    "Contribution",
    "Finding",
    "FindingSource",
    "FindingStatus",
    "OpenQuestion",
    "TriageDecision",
    "TriageLevel",
    "TriageReason",
    "UncheckedWarningSign",
]
