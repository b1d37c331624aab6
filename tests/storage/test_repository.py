"""Repository behaviour on both backends: offsets survive, known ids are skipped, edits stick."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from legtwitch.domain.diary import Episode, EpisodeKind, Exposure, ExposureKind, Side
from legtwitch.domain.saved_assessment import SavedAssessment
from legtwitch.errors import InputError
from legtwitch.storage import open_database

TOKYO = timezone(timedelta(hours=9))
NEWFOUNDLAND = timezone(-timedelta(hours=3, minutes=30))


def _episode(n: int, tz: timezone = TOKYO) -> Episode:
    start = datetime(2026, 3, 1, 7, 5, 9, 123456, tzinfo=tz) + timedelta(hours=n)
    return Episode(f"ep-{n:06d}", start, EpisodeKind.CRAMP, 12.5, "calf", Side.RIGHT, 4, 1, f"n{n}")


def test_times_keep_their_original_offset(database_url: str) -> None:
    tokyo, nfld = _episode(1, TOKYO), _episode(2, NEWFOUNDLAND)
    sleep = Exposure(
        "sl-1", ExposureKind.SLEEP, tokyo.start, 7.25, tokyo.start + timedelta(hours=7.25)
    )
    with open_database(database_url) as db:
        db.diary.add_episodes([tokyo, nfld])
        db.diary.add_exposures([sleep])
        stored = list(db.diary.iter_episodes())
        assert stored == sorted([tokyo, nfld], key=lambda e: e.start)
        assert [e.start.utcoffset() for e in stored] == [e.start.utcoffset() for e in stored]
        assert {e.start.utcoffset() for e in stored} == {
            TOKYO.utcoffset(None),
            NEWFOUNDLAND.utcoffset(None),
        }
        assert list(db.diary.iter_exposures()) == [sleep]


def test_known_ids_are_skipped_and_counted(database_url: str) -> None:
    items = [_episode(n) for n in range(5)]
    with open_database(database_url) as db:
        assert db.diary.add_episodes(items[:3]) == 3
        assert db.diary.add_episodes(items) == 2
        assert db.diary.counts()["episodes"] == 5


def test_window_query_is_half_open_and_ordered(database_url: str) -> None:
    items = [_episode(n) for n in range(6)]
    with open_database(database_url) as db:
        db.diary.add_episodes(list(reversed(items)))
        got = db.diary.episodes_between(items[1].start, items[4].start)
    assert got == items[1:4]


def test_find_by_prefix_replace_and_delete(database_url: str) -> None:
    with open_database(database_url) as db:
        db.diary.add_episodes([_episode(1), _episode(2)])
        with pytest.raises(InputError, match="Several entries"):
            db.diary.find("ep-0000")
        found = db.diary.find("ep-000001")
        db.diary.replace(Episode(found.id, found.start, EpisodeKind.JERK))  # type: ignore[union-attr]
        assert db.diary.find("ep-000001") == Episode(found.id, found.start, EpisodeKind.JERK)  # type: ignore[union-attr]
        db.diary.delete(found)
        with pytest.raises(InputError, match="No diary entry"):
            db.diary.find("ep-000001")
        assert db.diary.counts()["episodes"] == 1


def test_assessments_are_stored_with_their_knowledge_base_version(database_url: str) -> None:
    saved = SavedAssessment(
        "as-1", datetime(2026, 5, 1, 9, tzinfo=TOKYO), "kb-2026.11.0", '{"a":1}'
    )
    with open_database(database_url) as db:
        assert db.diary.add_assessments([saved, saved]) == 1
        assert list(db.diary.iter_assessments()) == [saved]
