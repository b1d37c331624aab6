"""One diary record as legtwitch's own export writes it (a flat mapping of plain values) and back:
episodes, exposures and saved assessments. Shared by the JSON and CSV files (`native`) and by
imports that spool records (`apple_health`).
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import datetime
from typing import Any

from legtwitch.domain.diary import Episode, EpisodeKind, Exposure, ExposureKind, Side
from legtwitch.domain.saved_assessment import SavedAssessment


def canonical_json(payload: Any) -> str:
    return json.dumps(payload, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def episode_record(e: Episode) -> dict[str, Any]:
    return {
        "id": e.id,
        "kind": e.kind.value,
        "start": e.start.isoformat(),
        "duration_s": e.duration_s,
        "site": e.site,
        "side": e.side.value if e.side else None,
        "intensity": e.intensity,
        "count": e.count,
        "note": e.note,
        "source": e.source,
    }


def exposure_record(x: Exposure) -> dict[str, Any]:
    return {
        "id": x.id,
        "kind": x.kind.value,
        "start": x.at.isoformat(),
        "end": x.end.isoformat() if x.end else None,
        "amount": x.amount,
        "detail": x.detail,
        "intensity": x.intensity,
        "source": x.source,
    }


def assessment_record(a: SavedAssessment) -> dict[str, Any]:
    return {
        "id": a.id,
        "start": a.created.isoformat(),
        "knowledge_base_version": a.knowledge_base_version,
        "payload": json.loads(a.payload_json),
    }


def _time(text: Any) -> datetime:
    moment = datetime.fromisoformat(str(text))
    if moment.tzinfo is None:
        raise ValueError(f"time {text!r} has no UTC offset")
    return moment


def episode_from_record(r: Mapping[str, Any]) -> Episode:
    return Episode(
        id=str(r["id"]),
        start=_time(r["start"]),
        kind=EpisodeKind(r["kind"]),
        duration_s=_float(r.get("duration_s")),
        site=r.get("site"),
        side=Side(r["side"]) if r.get("side") else None,
        intensity=_int(r.get("intensity")),
        count=_int(r.get("count")) or 0 if r.get("count") is not None else 1,
        note=r.get("note"),
        source=str(r.get("source") or "manual"),
    )


def exposure_from_record(r: Mapping[str, Any]) -> Exposure:
    return Exposure(
        id=str(r["id"]),
        kind=ExposureKind(r["kind"]),
        at=_time(r["start"]),
        end=_time(r["end"]) if r.get("end") else None,
        amount=_float(r.get("amount")),
        detail=r.get("detail"),
        intensity=_int(r.get("intensity")),
        source=str(r.get("source") or "manual"),
    )


def assessment_from_record(r: Mapping[str, Any]) -> SavedAssessment:
    return SavedAssessment(
        id=str(r["id"]),
        created=_time(r["start"]),
        knowledge_base_version=str(r["knowledge_base_version"]),
        payload_json=canonical_json(r["payload"]),
    )


def assessment_from_cells(r: Mapping[str, Any]) -> SavedAssessment:
    return assessment_from_record({**r, "payload": json.loads(r["payload"] or "null")})


def _float(value: Any) -> float | None:
    return None if value is None else float(value)


def _int(value: Any) -> int | None:
    if value is None:
        return None
    if isinstance(value, float) and not value.is_integer():
        raise ValueError(f"{value} is not a whole number")
    return int(value)
