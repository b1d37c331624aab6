"""Property: any diary entry survives our JSON and CSV formats exactly (floats, text, offsets)."""

from __future__ import annotations

import io
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from legtwitch.domain.diary import Episode, EpisodeKind, Exposure, ExposureKind, Side
from legtwitch.transfer import native

offsets = st.integers(-14 * 60, 14 * 60).map(lambda m: timezone(timedelta(minutes=m)))
moments = st.builds(
    lambda s, tz: (datetime(2000, 1, 1, tzinfo=UTC) + timedelta(microseconds=s)).astimezone(tz),
    st.integers(0, 26 * 365 * 86400 * 10**6),
    offsets,
)
text = st.one_of(st.none(), st.text(min_size=1, max_size=30))
floats = st.one_of(st.none(), st.floats(0, 1e6, allow_nan=False))
episodes = st.builds(
    Episode,
    id=st.uuids().map(str),
    start=moments,
    kind=st.sampled_from(EpisodeKind),
    duration_s=floats,
    site=st.one_of(st.none(), st.sampled_from(["calf", "foot"])),
    side=st.one_of(st.none(), st.sampled_from(Side)),
    intensity=st.one_of(st.none(), st.integers(0, 10)),
    count=st.integers(0, 50),
    note=text,
    source=st.sampled_from(["manual", "daily_csv", "apple_health"]),
)
exposures = st.builds(
    Exposure,
    id=st.uuids().map(str),
    kind=st.sampled_from(ExposureKind),
    at=moments,
    amount=floats,
    end=st.one_of(st.none(), moments),
    detail=text,
    intensity=st.one_of(st.none(), st.integers(0, 10)),
    source=st.sampled_from(["manual", "apple_health"]),
)


@settings(max_examples=60, deadline=None)
@given(st.lists(episodes, max_size=5), st.lists(exposures, max_size=5))
def test_json_and_csv_read_back_exactly_what_was_written(
    tmp_path_factory: object, eps: list[Episode], exps: list[Exposure]
) -> None:
    folder: Path = tmp_path_factory.mktemp("fmt")  # type: ignore[attr-defined]
    for name, write, read in (
        ("d.json", native.write_json, native.read_json),
        ("d.csv", native.write_csv, native.read_csv),
    ):
        buffer = io.StringIO()
        write(buffer, eps, exps, [], lambda _n: None)
        path = folder / name
        path.write_text(buffer.getvalue(), encoding="utf-8", newline="")
        back = read(path)
        assert back.episodes == eps
        assert back.exposures == exps
        assert [e.start.utcoffset() for e in back.episodes] == [e.start.utcoffset() for e in eps]
