"""legtwitch: possible causes of leg twitching, triage and trigger tracking. Not a diagnosis.

The public API is small and imported lazily, so that `import legtwitch` (and the CLI) stays fast:

    >>> import legtwitch
    >>> result = legtwitch.assess(answers={"age": 34}, findings={"fasciculation": "present"})
    >>> result.triage.level
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

if TYPE_CHECKING:
    from legtwitch.domain import Assessment, FindingStatus, TriageLevel
    from legtwitch.errors import InputError, KnowledgeBaseError, LegtwitchError
    from legtwitch.knowledge.base import KnowledgeBase
    from legtwitch.services.assessment import assess, interview, simulate_interview
    from legtwitch.services.assessment_json import assessment_to_dict

_LAZY = {
    "Assessment": "legtwitch.domain",
    "FindingStatus": "legtwitch.domain",
    "InputError": "legtwitch.errors",
    "KnowledgeBase": "legtwitch.knowledge.base",
    "KnowledgeBaseError": "legtwitch.errors",
    "LegtwitchError": "legtwitch.errors",
    "TriageLevel": "legtwitch.domain",
    "assess": "legtwitch.services.assessment",
    "assessment_to_dict": "legtwitch.services.assessment_json",
    "interview": "legtwitch.services.assessment",
    "simulate_interview": "legtwitch.services.assessment",
}

__all__ = [
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


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'legtwitch' has no attribute {name!r}")
    import importlib

    return getattr(importlib.import_module(module), name)
