"""Charts are written as real SVG/PNG files; other extensions are refused in one sentence."""

from __future__ import annotations

from pathlib import Path

import pytest

from legtwitch.diary.analysis import analyse
from legtwitch.diary.charts import effect_chart, timeline_chart
from legtwitch.diary.daily import build_daily
from legtwitch.diary.simulation import SimSpec, simulate_diary
from legtwitch.errors import InputError


@pytest.fixture(scope="module")
def table():  # type: ignore[no-untyped-def]
    return build_daily(*simulate_diary(SimSpec(days=60, missing_frac=0.1), seed=9))


def test_timeline_and_effect_charts_as_svg_and_png(table, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    timeline_chart(table, tmp_path / "t.svg")
    effect_chart(analyse(table), tmp_path / "e.png")
    svg = (tmp_path / "t.svg").read_text(encoding="utf-8")
    assert svg.lstrip().startswith("<?xml") and "<svg" in svg
    assert "not proof of cause" in svg
    assert (tmp_path / "e.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_effect_chart_with_nothing_tested(tmp_path: Path) -> None:
    tiny = build_daily(*simulate_diary(SimSpec(days=5), seed=1))
    effect_chart(analyse(tiny), tmp_path / "e.svg")
    assert "keep logging" in (tmp_path / "e.svg").read_text(encoding="utf-8")


def test_unknown_chart_format_is_refused(table, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(InputError, match=r"use a file ending in \.svg or \.png"):
        timeline_chart(table, tmp_path / "chart.pdf")
    assert not (tmp_path / "chart.pdf").exists()
