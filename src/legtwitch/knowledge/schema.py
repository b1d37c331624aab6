"""The knowledge base's file format, as pydantic models (extra keys are errors).

Every number is a `Sourced` value: it names a source key from sources.yaml, or says it is an
`estimate` and why. docs/knowledge-base.md describes the format for authors.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import Field, model_validator

from legtwitch.knowledge.sourced import (
    Id,
    Level,
    Source,
    SourcedProbability,
    SourcedRatio,
    Status,
    Strict,
)


class Finding(Strict):
    """Something that can be present or absent. Symptoms are noisy-OR children of causes and
    carry a leak; risk factors change causes' prior odds and have no leak."""

    id: Id
    label: str = Field(description="short plain-language label, as a person would say it")
    group: Literal[
        "movement",
        "site",
        "timing",
        "course",
        "symptom",
        "red_flag",
        "exposure",
        "medicine",
        "context",
        "demographic",
    ]
    role: Literal["symptom", "risk_factor"]
    leak: SourcedProbability | None = None
    hpo: str | None = Field(default=None, pattern=r"^HP:\d{7}$")
    synonyms: tuple[str, ...] = ()

    @model_validator(mode="after")
    def _leak_matches_role(self) -> Finding:
        if self.role == "symptom" and self.leak is None:
            raise ValueError(f"symptom finding {self.id} needs a leak")
        if self.role == "risk_factor" and self.leak is not None:
            raise ValueError(f"risk factor {self.id} takes no leak")
        return self


class Link(Strict):
    """P(finding present | this cause alone is present), with its source."""

    p: SourcedProbability


class Modifier(Strict):
    """Odds ratios on the cause's prior when a risk factor is present or absent."""

    present: SourcedRatio | None = None
    absent: SourcedRatio | None = None

    @model_validator(mode="after")
    def _some(self) -> Modifier:
        if self.present is None and self.absent is None:
            raise ValueError("a modifier needs 'present' and/or 'absent'")
        return self


class Condition(Strict):
    id: Id
    name: str
    description: str
    category: Literal[
        "benign",
        "lifestyle",
        "metabolic",
        "sleep",
        "neurological",
        "vascular",
        "musculoskeletal",
        "medication",
        "psychological",
    ]
    icd10cm: str = Field(pattern=r"^[A-Z]\d{2}(\.[0-9A-Z]{1,4})?$")
    icd10cm_verified: bool = False
    hpo: tuple[Annotated[str, Field(pattern=r"^HP:\d{7}$")], ...] = ()
    serious: bool
    care_level: Level = Field(description="the care this cause needs when it is the explanation")
    prior: SourcedProbability
    links: dict[Id, SourcedProbability]
    modifiers: dict[Id, Modifier] = Field(default_factory=dict)
    advice: tuple[str, ...] = Field(min_length=1)
    doctor_checks: tuple[str, ...] = ()
    watch_for: tuple[str, ...] = Field(
        default=(), description="changes that should make the person seek care"
    )


# A condition on findings: a finding id, or {"all": [...]}, {"any": [...]}, {"not": expr}.
# Its structure and ids are checked in base.py, where the finding vocabulary is known.
Expr = str | dict[str, Any]


class TriageRule(Strict):
    """A deterministic rule. `when` is a finding id, or {all: [...]}, {any: [...]}, {not: x}
    nested; a finding id is true when that finding is present."""

    id: Id
    level: Level
    red_flag: bool
    when: Expr
    message: str = Field(description="what was found, in plain words")
    action: str = Field(description="what to do now")
    source: Id
    note: str | None = None


class Option(Strict):
    value: Id
    label: str
    sets: dict[Id, Status] = Field(default_factory=dict)


class Band(Strict):
    below: float | None = None  # upper bound (exclusive); None = no bound
    sets: dict[Id, Status]


class Question(Strict):
    id: Id
    text: str
    why: str = Field(description="why the question is asked, shown to the person")
    kind: Literal["yes_no", "choice", "multi", "number"]
    phase: Literal["context", "screen", "adaptive"] = "adaptive"
    finding: Id | None = None  # yes_no: yes -> present, no -> absent
    options: tuple[Option, ...] = ()  # choice / multi
    unit: str | None = None  # number
    minimum: float | None = None
    maximum: float | None = None
    below_minimum: str | None = Field(
        default=None, description="number: said instead of the range error when below minimum"
    )
    bands: tuple[Band, ...] = ()
    ask_if: Expr | None = None  # only asked when this holds

    @model_validator(mode="after")
    def _shape(self) -> Question:
        if self.kind == "yes_no" and self.finding is None:
            raise ValueError(f"yes/no question {self.id} needs 'finding'")
        if self.kind in ("choice", "multi") and len(self.options) < 2:
            raise ValueError(f"question {self.id} needs at least two options")
        if self.kind == "number" and (
            self.minimum is None or self.maximum is None or not self.bands
        ):
            raise ValueError(f"number question {self.id} needs minimum, maximum and bands")
        return self

    def findings_set(self) -> set[str]:
        ids: set[str] = set()
        if self.finding:
            ids.add(self.finding)
        for opt in self.options:
            ids.update(opt.sets)
        for band in self.bands:
            ids.update(band.sets)
        return ids


class Policy(Strict):
    """Decision thresholds. They are policy choices, so each is an `estimate` with a reason
    unless a guideline gives it."""

    triage_thresholds: dict[Level, SourcedProbability]
    interview_stop_change_probability: SourcedProbability
    interview_rank_margin: SourcedProbability = Field(
        description="a cause must overtake one in the top causes by this much to count as a change"
    )
    interview_max_questions: int = Field(ge=3, le=60)
    triage_weight: SourcedRatio = Field(
        description="how many bits of information a certain change of triage level is worth"
    )
    top_k: int = Field(default=3, ge=1, le=10)
    actions: dict[Level, str] = Field(description="what to do at each triage level")

    @model_validator(mode="after")
    def _complete(self) -> Policy:
        levels = {"self_care", "routine", "soon", "urgent", "emergency"}
        if set(self.actions) != levels:
            raise ValueError("policy.actions needs a text for every triage level")
        if set(self.triage_thresholds) != levels - {"self_care"}:
            raise ValueError("policy.triage_thresholds needs routine, soon, urgent and emergency")
        return self


class KnowledgeBaseFile(Strict):
    """One YAML file; each key is optional so the data can be split across files."""

    version: str | None = None
    sources: tuple[Source, ...] = ()
    findings: tuple[Finding, ...] = ()
    conditions: tuple[Condition, ...] = ()
    triage_rules: tuple[TriageRule, ...] = ()
    questions: tuple[Question, ...] = ()
    prevalence: dict[Id, SourcedProbability] = Field(
        default_factory=dict
    )  # risk factor id -> P(present) among users
    policy: Policy | None = None
