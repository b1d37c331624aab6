"""An assessment as kept in the diary: its result as JSON and the knowledge base behind it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True, slots=True)
class SavedAssessment:
    id: str
    created: datetime  # timezone-aware
    knowledge_base_version: str
    payload_json: str  # canonical JSON (sorted keys, compact separators)
