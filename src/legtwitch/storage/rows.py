"""Diary objects to table rows and back. Rows keep UTC times plus the original offset."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from functools import cache
from typing import TYPE_CHECKING, Any

from legtwitch.domain.diary import Episode, EpisodeKind, Exposure, ExposureKind, Side
from legtwitch.domain.saved_assessment import SavedAssessment

if TYPE_CHECKING:
    from sqlalchemy.engine import RowMapping


def offset_s(moment: datetime) -> int:
    delta = moment.utcoffset()
    assert delta is not None, "diary times are timezone-aware"
    return int(delta.total_seconds())


@cache
def _zone(offset: int) -> timezone:
    return timezone(timedelta(seconds=offset))


def restore(utc: datetime, offset: int) -> datetime:
    return utc.astimezone(_zone(offset))


def episode_row(episode: Episode) -> dict[str, Any]:
    return {
        "id": episode.id,
        "start_utc": episode.start,
        "start_offset_s": offset_s(episode.start),
        "kind": episode.kind.value,
        "duration_s": episode.duration_s,
        "site": episode.site,
        "side": episode.side.value if episode.side else None,
        "intensity": episode.intensity,
        "count": episode.count,
        "note": episode.note,
        "source": episode.source,
    }


def episode_from(row: RowMapping) -> Episode:
    return Episode(
        id=row["id"],
        start=restore(row["start_utc"], row["start_offset_s"]),
        kind=EpisodeKind(row["kind"]),
        duration_s=row["duration_s"],
        site=row["site"],
        side=Side(row["side"]) if row["side"] else None,
        intensity=row["intensity"],
        count=row["count"],
        note=row["note"],
        source=row["source"],
    )


def exposure_row(exposure: Exposure) -> dict[str, Any]:
    return {
        "id": exposure.id,
        "kind": exposure.kind.value,
        "at_utc": exposure.at,
        "at_offset_s": offset_s(exposure.at),
        "amount": exposure.amount,
        "end_utc": exposure.end,
        "end_offset_s": offset_s(exposure.end) if exposure.end else None,
        "detail": exposure.detail,
        "intensity": exposure.intensity,
        "source": exposure.source,
    }


def exposure_from(row: RowMapping) -> Exposure:
    end = row["end_utc"]
    return Exposure(
        id=row["id"],
        kind=ExposureKind(row["kind"]),
        at=restore(row["at_utc"], row["at_offset_s"]),
        amount=row["amount"],
        end=restore(end, row["end_offset_s"]) if end is not None else None,
        detail=row["detail"],
        intensity=row["intensity"],
        source=row["source"],
    )


def assessment_row(saved: SavedAssessment) -> dict[str, Any]:
    return {
        "id": saved.id,
        "created_utc": saved.created,
        "created_offset_s": offset_s(saved.created),
        "knowledge_base_version": saved.knowledge_base_version,
        "payload": saved.payload_json,
    }


def assessment_from(row: RowMapping) -> SavedAssessment:
    return SavedAssessment(
        id=row["id"],
        created=restore(row["created_utc"], row["created_offset_s"]),
        knowledge_base_version=row["knowledge_base_version"],
        payload_json=row["payload"],
    )
