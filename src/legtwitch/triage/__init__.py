"""Triage: red-flag rules and probability thresholds → one level with its reasons. Pure."""

from legtwitch.triage.decide import LEVELS_DESCENDING, cause_sets, decide
from legtwitch.triage.unchecked import sole_blockers, unchecked_warning_signs

__all__ = [
    "LEVELS_DESCENDING",
    "cause_sets",
    "decide",
    "sole_blockers",
    "unchecked_warning_signs",
]
