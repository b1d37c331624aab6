"""The reader's own data files (nlp/data/*.yaml), validated on load like the knowledge base.

lay.yaml holds lay phrasings, ConText rules and disease names (its schema is nlp/lay_schema.py);
quantities.yaml the caffeine table and the cut-offs (each number with a source or an estimate);
hpo_terms.yaml the HPO term names of the knowledge base's findings, written by
scripts/extract_hpo_terms.py; red_flag_model.yaml the settings of the red-flag model
(nlp/red_flag_model.py).
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import TypeVar

import yaml
from pydantic import Field, ValidationError

from legtwitch.errors import KnowledgeBaseError
from legtwitch.knowledge.sourced import Id, Source, Sourced, Strict
from legtwitch.nlp.lay_schema import Lay

DATA_DIR = Path(__file__).parent / "data"
T = TypeVar("T", bound=Strict)


class Drink(Strict):
    names: tuple[str, ...] = Field(min_length=1)
    mg: Sourced


class Serving(Strict):
    names: tuple[str, ...] = Field(min_length=1)
    factor: Sourced


class ValueFindings(Strict):
    caffeine: Id
    sleep: Id
    long_duration: Id
    sudden_onset: Id
    frequency: Id
    alcohol: Id  # round 8D
    night_time: Id  # round 8D: "3 nights a week" is also at night


class Thresholds(Strict):
    caffeine_high_mg_per_day: Sourced
    short_sleep_below_hours: Sourced
    long_duration_over_days: Sourced
    sudden_onset_max_days: Sourced
    frequent_min_per_week: Sourced
    # round 8D: alcohol in units
    alcohol_heavy_units_per_week: Sourced
    alcohol_binge_units_per_session: Sourced
    caffeine_low_mg_per_day: Sourced


class Alcohol(Strict):
    """An alcoholic drink and its UK units (round 8D)."""

    names: tuple[str, ...] = Field(min_length=1)
    units: Sourced


class Quantities(Strict):
    sources: tuple[Source, ...]
    thresholds: Thresholds
    findings: ValueFindings
    drinks: tuple[Drink, ...]
    servings: tuple[Serving, ...]
    # round 8D: words between a count and a drink that change nothing ("5 strong coffees"), words
    # for a working day ("6 mugs a shift"), and alcohol
    drink_words: tuple[str, ...] = ()
    day_words: tuple[str, ...] = ()
    alcohol: tuple[Alcohol, ...] = ()
    approximate_words: tuple[str, ...] = ()

    def sourced(self) -> list[tuple[str, Sourced]]:
        """Every number in the file, with where it is used (for the source check)."""
        out: list[tuple[str, Sourced]] = [
            (f"threshold {name}", value) for name, value in self.thresholds
        ]
        out += [(f"drink {d.names[0]}", d.mg) for d in self.drinks]
        out += [(f"serving {s.names[0]}", s.factor) for s in self.servings]
        out += [(f"alcohol {a.names[0]}", a.units) for a in self.alcohol]
        return out


class ModelSpec(Strict):
    """Settings of the red-flag model (red_flag_model.yaml; nlp/red_flag_model.py)."""

    threshold: Sourced
    suggest_threshold: Sourced
    min_words: int = Field(ge=1)
    word_ngrams: tuple[int, int]
    char_ngrams: tuple[int, int]
    char_min_documents: int = Field(ge=1)
    inverse_regularisation: float = Field(gt=0)
    min_examples: int = Field(ge=1)
    training_sets: tuple[str, ...] = Field(min_length=1)


class HpoTerms(Strict):
    hpo_version: str
    terms: dict[Id, tuple[str, ...]]


def _read(name: str) -> object:
    path = DATA_DIR / name
    try:
        # libyaml's loader (PyYAML's documented CSafeLoader) when built in: several times faster.
        loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
        return yaml.load(path.read_text(encoding="utf-8"), Loader=loader)
    except (OSError, yaml.YAMLError) as exc:
        raise KnowledgeBaseError(f"The reader's data file {name} cannot be read: {exc}") from None


def data_file(model: type[T], name: str) -> T:
    """nlp/data/NAME read and checked against `model`; a clear KnowledgeBaseError if not."""
    try:
        return model.model_validate(_read(name))
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"])
        raise KnowledgeBaseError(f"{name}: {where}: {first['msg']}.") from None


@cache
def lay() -> Lay:
    return data_file(Lay, "lay.yaml")


@cache
def quantities() -> Quantities:
    q = data_file(Quantities, "quantities.yaml")
    keys = {s.key for s in q.sources}
    for where, number in q.sourced():
        if number.source is not None and number.source not in keys:
            raise KnowledgeBaseError(f"quantities.yaml: {where} cites unknown source.")
    return q


@cache
def model_spec() -> ModelSpec:
    spec = data_file(ModelSpec, "red_flag_model.yaml")
    if not 0.0 < spec.suggest_threshold.value <= spec.threshold.value < 1.0:
        raise KnowledgeBaseError(
            "red_flag_model.yaml: thresholds must lie between 0 and 1, suggest_threshold first."
        )
    return spec


@cache
def hpo_terms() -> HpoTerms:
    return data_file(HpoTerms, "hpo_terms.yaml")
