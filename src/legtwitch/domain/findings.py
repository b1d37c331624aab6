"""Findings: what is known about the person, each present, absent or unknown."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class FindingStatus(StrEnum):
    PRESENT = "present"
    ABSENT = "absent"
    UNKNOWN = "unknown"


class FindingSource(StrEnum):
    ANSWER = "answer"  # from an interview answer
    GIVEN = "given"  # stated directly as a finding (answers file, API)
    TEXT = "text"  # extracted from the person's own words


@dataclass(frozen=True, slots=True)
class Finding:
    id: str
    status: FindingStatus
    source: FindingSource = FindingSource.GIVEN
    evidence: str | None = None  # the words or answer the finding came from
