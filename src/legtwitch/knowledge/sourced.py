"""The base types every knowledge-base record is built from: ids, strict (frozen, no extra keys)
models, and numbers that carry where they came from (a source key from sources.yaml, or an
`estimate` with its reason).
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

Id = Annotated[str, Field(pattern=r"^[a-z][a-z0-9_]*$", max_length=60)]
Probability = Annotated[float, Field(gt=0.0, lt=1.0)]
Level = Literal["self_care", "routine", "soon", "urgent", "emergency"]
Status = Literal["present", "absent"]


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Sourced(Strict):
    """A number with where it came from: a `source` key, or an `estimate` with its reason."""

    value: float
    source: Id | None = None
    estimate: str | None = None
    note: str | None = None

    @model_validator(mode="after")
    def _has_origin(self) -> Sourced:
        if (self.source is None) == (self.estimate is None):
            raise ValueError("give exactly one of 'source' (a key in sources.yaml) or 'estimate'")
        if self.estimate is not None and len(self.estimate.strip()) < 10:
            raise ValueError("an estimate needs a one-line reason")
        return self


class SourcedProbability(Sourced):
    @model_validator(mode="after")
    def _in_range(self) -> SourcedProbability:
        if not 0.0 < self.value < 1.0:
            raise ValueError(f"probability {self.value} must lie strictly between 0 and 1")
        return self


class SourcedRatio(Sourced):
    @model_validator(mode="after")
    def _positive(self) -> SourcedRatio:
        if not 0.0 < self.value <= 1000.0:
            raise ValueError(f"odds ratio {self.value} must be positive and at most 1000")
        return self


class Source(Strict):
    key: Id
    citation: str
    url: str | None = None
    pmid: str | None = None
    doi: str | None = None
    verified: bool = Field(
        description="true when the figure was read in the source (clinical.md ✔); "
        "false for ⚠M entries that must be checked"
    )

    @model_validator(mode="after")
    def _locatable(self) -> Source:
        if not (self.url or self.pmid or self.doi):
            raise ValueError(f"source {self.key} needs a url, pmid or doi")
        return self
