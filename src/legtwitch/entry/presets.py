"""Drink presets and plausibility bounds for diary input, read from `diary.yaml` beside this."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

from legtwitch.errors import InputError, KnowledgeBaseError

_PATH = Path(__file__).with_name("diary.yaml")


@dataclass(frozen=True, slots=True)
class DrinkPreset:
    name: str
    mg: float
    serving: str
    source: str


@dataclass(frozen=True, slots=True)
class EntryData:
    version: str
    presets: dict[str, DrinkPreset]
    limits: dict[str, float]


@cache
def entry_data() -> EntryData:
    """The presets and limits, validated once per process."""
    import yaml

    raw = yaml.safe_load(_PATH.read_text(encoding="utf-8"))
    sources = set(raw["sources"])
    presets: dict[str, DrinkPreset] = {}
    for name, item in raw["caffeine_presets"].items():
        if item.get("source") not in sources:
            raise KnowledgeBaseError(f"diary.yaml: caffeine preset {name!r} has no known source.")
        presets[name] = DrinkPreset(name, float(item["mg"]), str(item["serving"]), item["source"])
    limits: dict[str, float] = {}
    for name, item in raw["limits"].items():
        if not item.get("estimate") and not item.get("source"):
            raise KnowledgeBaseError(f"diary.yaml: limit {name!r} needs a source or an estimate.")
        limits[name] = float(item["value"])
    return EntryData(str(raw["version"]), presets, limits)


def limit(name: str) -> float:
    return entry_data().limits[name]


def drink(name: str) -> DrinkPreset:
    presets = entry_data().presets
    key = name.strip().lower().replace(" ", "-").replace("_", "-")
    if key not in presets:
        known = ", ".join(sorted(presets))
        raise InputError(f"Unknown drink {name!r}; use one of: {known}.")
    return presets[key]
