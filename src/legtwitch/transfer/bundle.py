"""What an importer hands to storage: validated entries ready to insert, and their stable ids."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field

from legtwitch.domain.diary import Episode, Exposure
from legtwitch.domain.saved_assessment import SavedAssessment

# Namespace for ids derived from an external record's natural key (uuid5), so a re-import matches.
ID_NAMESPACE = uuid.UUID("6f1c1d9e-7a52-4d0b-9a55-4c1f2b7e0a11")


def stable_id(source: str, *key: str) -> str:
    return str(uuid.uuid5(ID_NAMESPACE, "\x1f".join((source, *key))))


@dataclass
class Bundle:
    episodes: list[Episode] = field(default_factory=list)
    exposures: list[Exposure] = field(default_factory=list)
    assessments: list[SavedAssessment] = field(default_factory=list)

    def __len__(self) -> int:
        return len(self.episodes) + len(self.exposures) + len(self.assessments)
