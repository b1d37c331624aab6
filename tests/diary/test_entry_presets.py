"""Drink presets and bounds are data with sources or estimates, not numbers in code."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from legtwitch.entry import presets
from legtwitch.errors import InputError

CLINICAL = Path(__file__).parents[3] / "shared" / "reference" / "clinical.md"


def test_every_preset_has_a_source_and_every_limit_a_reason() -> None:
    raw = yaml.safe_load(Path(presets.__file__).with_name("diary.yaml").read_text(encoding="utf-8"))
    for name, item in raw["caffeine_presets"].items():
        assert item["source"] in raw["sources"], name
    for name, item in raw["limits"].items():
        assert item.get("estimate") or item.get("source"), name
    data = presets.entry_data()
    assert set(data.presets) == set(raw["caffeine_presets"])


def test_presets_match_the_clinical_reference() -> None:
    if not CLINICAL.is_file():
        pytest.skip(f"{CLINICAL} is not beside the repository")
    text = CLINICAL.read_text(encoding="utf-8")
    table = {
        "coffee": "Brewed coffee",
        "espresso": "Espresso",
        "black-tea": "Black tea, brewed",
        "cola": "Cola",
        "energy-shot": "Energy shot",
    }
    for preset, row_name in table.items():
        row = re.search(rf"^\| {re.escape(row_name)} \|[^|]*\| (\d+)", text, re.MULTILINE)
        assert row is not None, row_name
        assert presets.drink(preset).mg == float(row.group(1))


def test_unknown_drink_lists_the_known_ones() -> None:
    with pytest.raises(InputError, match="espresso"):
        presets.drink("mocha frappuccino")
    assert presets.drink("Black Tea").name == "black-tea"
