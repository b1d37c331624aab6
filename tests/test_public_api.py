"""The public API is small, sorted, lazy and pinned."""

from __future__ import annotations

import subprocess
import sys

import legtwitch

EXPECTED = [
    "Assessment",
    "FindingStatus",
    "InputError",
    "KnowledgeBase",
    "KnowledgeBaseError",
    "LegtwitchError",
    "TriageLevel",
    "__version__",
    "assess",
    "assessment_to_dict",
    "interview",
    "simulate_interview",
]


def test_all_is_pinned_and_sorted() -> None:
    assert legtwitch.__all__ == EXPECTED
    assert legtwitch.__all__ == sorted(legtwitch.__all__)
    for name in legtwitch.__all__:
        assert getattr(legtwitch, name) is not None


def test_import_is_light() -> None:
    code = "import sys, legtwitch, legtwitch.cli; print('numpy' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
