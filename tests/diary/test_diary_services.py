"""Logging, listing, editing and deleting through the services, on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest

from legtwitch.domain.diary import Episode, EpisodeKind, Exposure, ExposureKind, Side
from legtwitch.errors import InputError
from legtwitch.services import diary
from legtwitch.storage import open_database

LOCAL = timezone(timedelta(hours=-5))


def _now() -> datetime:
    return datetime.now(UTC).replace(microsecond=0)


def test_log_then_list_recent_days(database_url: str) -> None:
    now = _now()
    twitch = Episode(
        "a1", now - timedelta(hours=3), EpisodeKind.FASCICULATION, None, "calf", Side.LEFT, 3
    )
    coffee = Exposure(
        "b1", ExposureKind.CAFFEINE, now - timedelta(hours=4), 192.0, detail="2 × coffee"
    )
    old = Exposure("c1", ExposureKind.STRESS, now - timedelta(days=20), 6.0)
    with open_database(database_url) as db:
        for entry in (twitch, coffee, old):
            diary.log(db, entry)
        window = diary.recent(db, 7, now=now)
    assert window.episodes == [twitch]
    assert window.exposures == [coffee]


@pytest.mark.parametrize(
    ("entry", "message"),
    [
        (
            Exposure("s", ExposureKind.SLEEP, datetime(2026, 1, 1, tzinfo=LOCAL), 30.0),
            "Sleep of 30 h",
        ),
        (
            Exposure("c", ExposureKind.CAFFEINE, datetime(2026, 1, 1, tzinfo=LOCAL), -5.0),
            "negative",
        ),
        (Exposure("t", ExposureKind.TAG, datetime(2099, 1, 1, tzinfo=LOCAL), detail="x"), "future"),
        (Episode("e", datetime(2026, 1, 1, tzinfo=LOCAL), EpisodeKind.CRAMP, intensity=11), "0–10"),
        (Exposure("x", ExposureKind.STRESS, datetime(2026, 1, 1, tzinfo=LOCAL), 12.0), "0–10"),
        (Exposure("h", ExposureKind.HEAT, datetime(2026, 1, 1, tzinfo=LOCAL), 95.0), "impossible"),
    ],
)
def test_impossible_values_are_refused_and_nothing_is_written(
    database_url: str, entry: Episode | Exposure, message: str
) -> None:
    with open_database(database_url) as db:
        with pytest.raises(InputError, match=message) as info:
            diary.log(db, entry)
        assert "\n" not in str(info.value)
        assert db.diary.counts() == {"episodes": 0, "exposures": 0, "assessments": 0}


def test_edit_changes_only_the_given_fields_and_validates(database_url: str) -> None:
    start = _now() - timedelta(hours=1)
    entry = Episode("e7e7e7e7-0000", start, EpisodeKind.FASCICULATION, 5.0, "calf", Side.RIGHT, 2)
    with open_database(database_url) as db:
        diary.log(db, entry)
        updated = diary.edit(db, "e7e7e7", {"intensity": 6, "note": "after run"})
        assert updated == Episode(
            entry.id, start, EpisodeKind.FASCICULATION, 5.0, "calf", Side.RIGHT, 6, note="after run"
        )
        assert diary.find(db, "e7e7e7") == updated
        with pytest.raises(InputError, match="0–10"):
            diary.edit(db, "e7e7e7", {"intensity": 11})
        with pytest.raises(InputError, match="no field 'amount'"):
            diary.edit(db, "e7e7e7", {"amount": 3.0})
        assert diary.find(db, "e7e7e7") == updated


def test_delete_removes_exactly_one_entry(database_url: str) -> None:
    now = _now()
    with open_database(database_url) as db:
        diary.log(db, Exposure("d1d1d1d1", ExposureKind.TAG, now, detail="flight"))
        diary.log(db, Exposure("d2d2d2d2", ExposureKind.TAG, now, detail="party"))
        removed = diary.delete(db, "d1d1")
        assert removed.id == "d1d1d1d1"
        assert [x.id for x in diary.recent(db, 1, now=now).exposures] == ["d2d2d2d2"]
        with pytest.raises(InputError, match="No diary entry"):
            diary.delete(db, "d1d1")


def test_saved_assessments_keep_payload_and_version(database_url: str) -> None:
    created = datetime(2026, 11, 1, 10, tzinfo=LOCAL)
    with open_database(database_url) as db:
        diary.save_assessment(
            db,
            assessment_id="as1",
            created=created,
            knowledge_base_version="2026.11.0",
            payload={"triage": "routine", "causes": [{"id": "bfs", "p": 0.62}]},
        )
        [saved] = diary.assessments(db)
    assert saved.knowledge_base_version == "2026.11.0"
    assert saved.created == created
    assert saved.payload_json == '{"causes":[{"id":"bfs","p":0.62}],"triage":"routine"}'
