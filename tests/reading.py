"""Reading one sentence in the round tests: the status the reader gives one finding."""

from __future__ import annotations

from datetime import date

from legtwitch.domain.findings import FindingStatus
from legtwitch.knowledge.base import KnowledgeBase
from legtwitch.nlp import extract

P, A, U = FindingStatus.PRESENT, FindingStatus.ABSENT, FindingStatus.UNKNOWN
TODAY = date(2026, 11, 24)  # a Tuesday, as in the labelled sets


def status(text: str, fid: str, kb: KnowledgeBase) -> FindingStatus:
    return extract(text, kb, TODAY).status_of(fid)
