"""The analysis policy: the numbers the trigger analysis and experiments use, loaded from YAML.

Every value is sourced (a key of the knowledge base's sources.yaml) or an `estimate` with its
reason, so no threshold lives in code. `load_policy()` reads the file shipped in the package.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import yaml
from pydantic import BaseModel, ConfigDict, ValidationError, model_validator

from legtwitch.errors import KnowledgeBaseError


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Value(_Strict):
    """A number with where it came from: a sources.yaml `source` key or an `estimate` reason."""

    value: float
    source: str | None = None
    estimate: str | None = None

    @model_validator(mode="after")
    def _has_origin(self) -> Value:
        if (self.source is None) == (self.estimate is None):
            raise ValueError("give exactly one of 'source' or 'estimate'")
        return self


class Statistics(_Strict):
    fdr_level: Value
    ci_level: Value
    dispersion_test_alpha: Value
    nb_alpha_floor: Value
    autocorrelation_alpha: Value
    ljung_box_lags: Value
    autocorrelation_max_lag: Value
    collinearity_tolerance: Value


class DataRules(_Strict):
    min_days_total: Value
    min_days_each_side: Value
    days_per_parameter: Value
    full_weekday_min_days: Value
    adjust_min_coverage: Value
    lags: tuple[int, ...]


class Outcome(_Strict):
    twitch_kinds: tuple[str, ...]
    burden_default_intensity: Value
    burden_default_duration_s: Value
    parts_of_day: tuple[tuple[int, str], ...]


class Threshold(_Strict):
    name: str
    label: str
    above: Value | None = None
    below: Value | None = None

    @model_validator(mode="after")
    def _one_side(self) -> Threshold:
        if (self.above is None) == (self.below is None):
            raise ValueError("a threshold needs exactly one of 'above' or 'below'")
        return self


class FactorSpec(_Strict):
    label: str
    unit: str
    per: Value
    per_label: str
    absent_means: str
    when: tuple[str, str, str]
    threshold: Threshold | None = None

    @model_validator(mode="after")
    def _absent(self) -> FactorSpec:
        if self.absent_means not in ("zero", "missing"):
            raise ValueError("absent_means must be 'zero' or 'missing'")
        return self


class ExperimentFactor(_Strict):
    column: str
    on_instruction: str
    off_instruction: str
    off_max: Value
    on_min: Value


class ExperimentPolicy(_Strict):
    block_days: Value
    washout_days: Value
    default_weeks: int
    min_adherence: Value
    equivalence_low: Value
    equivalence_high: Value
    randomisation_agreement_level: Value
    randomisation_check_min_pairs: Value
    factors: dict[str, ExperimentFactor]


class AnalysisPolicy(_Strict):
    version: str
    statistics: Statistics
    data_rules: DataRules
    outcome: Outcome
    factors: dict[str, FactorSpec]
    binary_factor_when: tuple[str, str, str]
    experiment: ExperimentPolicy


def policy_path() -> Path:
    return Path(__file__).parent / "data" / "analysis_policy.yaml"


def parse_policy(path: Path) -> AnalysisPolicy:
    """Read and validate a policy file; a bad file is one plain sentence."""
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except (OSError, yaml.YAMLError) as exc:
        raise KnowledgeBaseError(f"{path.name} cannot be read as YAML: {exc}") from None
    try:
        return AnalysisPolicy.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"])
        raise KnowledgeBaseError(f"{path.name}: {where}: {first['msg']}.") from None


@cache
def load_policy() -> AnalysisPolicy:
    """The policy shipped with legtwitch (read once per process)."""
    return parse_policy(policy_path())


def source_keys(policy: AnalysisPolicy) -> set[str]:
    """Every `source` key the policy cites (checked against the knowledge base in the tests)."""
    keys: set[str] = set()

    def walk(node: object) -> None:
        if isinstance(node, Value):
            if node.source is not None:
                keys.add(node.source)
        elif isinstance(node, BaseModel):
            for name in type(node).model_fields:
                walk(getattr(node, name))
        elif isinstance(node, dict):
            for item in node.values():
                walk(item)
        elif isinstance(node, tuple | list):
            for item in node:
                walk(item)

    walk(policy)
    return keys
