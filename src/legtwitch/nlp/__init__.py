"""Free text -> findings: the only package that imports spaCy and medspaCy (lazily, inside
functions, so importing this package stays cheap). See docs/nlp.md."""

from __future__ import annotations

from legtwitch.nlp.extraction import (
    Conflict,
    Evidence,
    Extraction,
    SetAside,
    TextAnswer,
    TextFinding,
)
from legtwitch.nlp.read_text import extract

__all__ = [
    "Conflict",
    "Evidence",
    "Extraction",
    "SetAside",
    "TextAnswer",
    "TextFinding",
    "extract",
]
