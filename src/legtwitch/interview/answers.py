"""Answers to questions become findings. Pure; every bad value gets one plain sentence."""

from __future__ import annotations

import math
from collections.abc import Mapping
from typing import Any

from legtwitch.domain import FindingStatus
from legtwitch.errors import InputError
from legtwitch.knowledge.schema import Question

DONT_KNOW = "dont_know"
_YES = {"yes", "y", "true", "present", "1"}
_NO = {"no", "n", "false", "absent", "0"}
_DONT_KNOW = {DONT_KNOW, "don't know", "dont know", "unknown", "unsure", "?", ""}


def findings_from_answer(question: Question, value: Any) -> dict[str, FindingStatus]:
    """The findings an answer establishes. `dont_know` establishes nothing."""
    if _is_dont_know(value):
        return {}
    if question.kind == "yes_no":
        assert question.finding is not None
        return {question.finding: _yes_no(question, value)}
    if question.kind == "choice":
        option = _option(question, value)
        return {fid: FindingStatus(s) for fid, s in option.sets.items()}
    if question.kind == "multi":
        return _multi(question, value)
    return _number(question, value)


def normalise_answer(question: Question, value: Any) -> Any:
    """The canonical form of an answer (validated), for storing and echoing back."""
    if _is_dont_know(value):
        return DONT_KNOW
    findings_from_answer(question, value)  # validates
    if question.kind == "yes_no":
        return "yes" if _yes_no(question, value) is FindingStatus.PRESENT else "no"
    if question.kind == "multi":
        return sorted(_multi_values(question, value))
    if question.kind == "number":
        return float(value)
    return str(value).strip().lower()


def _is_dont_know(value: Any) -> bool:
    return value is None or (isinstance(value, str) and value.strip().lower() in _DONT_KNOW)


def _truth(value: Any) -> FindingStatus | None:
    """present/absent for yes/no-like values, None for anything else."""
    if isinstance(value, bool):
        return FindingStatus.PRESENT if value else FindingStatus.ABSENT
    text = str(value).strip().lower()
    if text in _YES:
        return FindingStatus.PRESENT
    if text in _NO:
        return FindingStatus.ABSENT
    return None


def _yes_no(question: Question, value: Any) -> FindingStatus:
    status = _truth(value)
    if status is not None:
        return status
    raise InputError(f"The answer to '{question.id}' must be yes, no or dont_know, not {value!r}.")


def _option(question: Question, value: Any) -> Any:
    text = str(value).strip().lower()
    for option in question.options:
        if option.value == text:
            return option
    allowed = ", ".join(o.value for o in question.options)
    raise InputError(
        f"The answer to '{question.id}' must be one of {allowed} or dont_know, not {value!r}."
    )


def _multi_values(question: Question, value: Any) -> set[str]:
    if isinstance(value, str):
        items = [v for v in value.replace(";", ",").split(",") if v.strip()]
    elif isinstance(value, list | tuple | set):
        items = [str(v) for v in value]
    else:
        raise InputError(
            f"The answer to '{question.id}' must be a list of options (or 'none'), not {value!r}."
        )
    chosen = {v.strip().lower() for v in items} - {"none"}
    allowed = {o.value for o in question.options}
    unknown = sorted(chosen - allowed)
    if unknown:
        raise InputError(
            f"'{unknown[0]}' is not an option of '{question.id}'; "
            f"choose from {', '.join(sorted(allowed))}, or none."
        )
    return chosen


def _multi(question: Question, value: Any) -> dict[str, FindingStatus]:
    chosen = _multi_values(question, value)
    out: dict[str, FindingStatus] = {}
    # What an unticked option would have made present is absent; ticked options win on overlap.
    for option in question.options:
        if option.value not in chosen:
            for fid, status in option.sets.items():
                if status == "present":
                    out[fid] = FindingStatus.ABSENT
    for option in question.options:
        if option.value in chosen:
            out.update({fid: FindingStatus(s) for fid, s in option.sets.items()})
    return out


def _number(question: Question, value: Any) -> dict[str, FindingStatus]:
    try:
        number = float(value)
    except (TypeError, ValueError):
        raise InputError(
            f"The answer to '{question.id}' must be a number, not {value!r}."
        ) from None
    assert question.minimum is not None and question.maximum is not None
    if question.below_minimum and number < question.minimum:
        raise InputError(question.below_minimum)
    if math.isnan(number) or not question.minimum <= number <= question.maximum:
        unit = f" {question.unit}" if question.unit else ""
        raise InputError(
            f"The answer to '{question.id}' must be between {question.minimum:g} and "
            f"{question.maximum:g}{unit}; {str(value).strip()} is not possible."
        )
    for band in question.bands:
        if band.below is None or number < band.below:
            return {fid: FindingStatus(s) for fid, s in band.sets.items()}
    raise InputError(f"No band of '{question.id}' covers {number:g}.")  # KB error, checked in tests


def parse_status(finding_id: str, value: Any) -> FindingStatus:
    """A directly given finding status: present/absent/unknown (or yes/no/true/false)."""
    status = _truth(value)
    if status is not None:
        return status
    if str(value).strip().lower() in _DONT_KNOW:
        return FindingStatus.UNKNOWN
    raise InputError(f"Finding '{finding_id}' must be present, absent or unknown, not {value!r}.")


def merge(
    base: Mapping[str, FindingStatus], override: Mapping[str, FindingStatus]
) -> dict[str, FindingStatus]:
    """Later information wins, except that 'unknown' never erases a known status."""
    out = dict(base)
    for fid, status in override.items():
        if status is not FindingStatus.UNKNOWN or fid not in out:
            out[fid] = status
    return out
