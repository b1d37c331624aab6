"""The schema of lay.yaml, the reader's lay phrasings and status rules (docs/nlp.md), validated
on load by nlp/lexicon.py like the knowledge base."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from legtwitch.knowledge.sourced import Id, Strict
from legtwitch.nlp.lay_sentence_schema import (
    AntecedentSpec,
    BareDenial,
    BodySubject,
    CheckedSpec,
    CompanySpec,
    EpisodeSpec,
    ExplainedElsewhere,
    ExplainedSpec,
    LastingFrame,
    NotAMuscle,
    PastFrame,
    TogetherSpec,
)

Category = Literal[
    "NEGATED",
    "ENDED",
    "AFFIRMED",
    "FAMILY",
    "RELATIVE",
    "OTHER_PERSON",
    "HYPOTHETICAL",
    "POSSIBLE",
    "HISTORICAL",
    "PSEUDO",
]


class ContextRuleSpec(Strict):
    category: Category
    direction: Literal["FORWARD", "BACKWARD", "BIDIRECTIONAL", "PSEUDO"]
    max_scope: int | None = Field(default=None, ge=1, le=30)
    phrases: tuple[str, ...] = Field(min_length=1)


class ConditionSpec(Strict):
    names: tuple[str, ...] = Field(min_length=1)
    family: Id | None = None
    own: Id | None = None
    feared: bool = False


class AnswerQuestions(Strict):
    age_question: Id
    sex_question: Id
    sex_from_findings: dict[Id, Id] = Field(default_factory=dict)  # "pregnant" -> female
    age_then: tuple[str, ...] = ()  # round 8C: "71, retired."


class Sides(Strict):
    finding: Id
    left: tuple[str, ...]
    right: tuple[str, ...]
    unaffected: tuple[str, ...]  # "right side is fine": that side does not count
    plural: tuple[str, ...]  # "my legs", "calves": both legs
    not_own: tuple[str, ...]  # "his legs", "mum's feet": not the person's


class ElsewhereSpec(Strict):
    """A body part named alone counts for `finding` only near one of `near` (nlp/sides.py)."""

    finding: Id
    near: tuple[str, ...] = Field(min_length=1)
    reach: int = Field(ge=1)
    not_followed_by: tuple[str, ...] = ()  # "the back of my leg" is a place on the leg
    adverbs: tuple[str, ...] = ()  # not a body part right after a `near` word ("toes back")


class ProxySpec(Strict):
    """Someone writing for the person (nlp/proxy.py)."""

    relations: dict[Id, tuple[str, ...]]  # sex option -> relationship words ("husband": male)
    neutral: tuple[str, ...]  # relationship words that give no sex ("partner")
    writers: tuple[str, ...]  # "Partner writing:", "Mum here"
    pronouns: dict[Id, tuple[str, ...]]  # sex option -> words that mean that person
    first_person: tuple[str, ...]  # the writer speaking of themselves: no proxy
    # round 7: after an explicit "writing for my ...", the writer may say "I noticed", but not
    # "my calves" (their own body)
    writer_owns: tuple[str, ...] = ()
    describing: tuple[str, ...] = ()  # round 8C: "Teen son", "my elderly mum"
    possessive: tuple[str, ...] = ("my",)  # round 8C: "me mam"
    # round 9A (convention 5, nlp/written_for.py): words of a relative's illness story, not their
    # current symptoms ("before she died"); words after which a relative opens a clause
    story: tuple[str, ...] = ()
    opens: tuple[str, ...] = ()


class DenyPrevious(Strict):
    """Denials that point back at earlier words ("I don't have either of those")."""

    all: tuple[str, ...]  # every symptom named just before
    nearest: tuple[str, ...]  # the nearest one only, and only at the end of a clause
    # the nearest one that was set aside (someone else's, hypothetical, past): "My cousin's hands
    # locked up once, that's never happened to me"; a stated symptom is not denied by them
    nearest_set_aside: tuple[str, ...] = ()
    # the writer's own denial ("but I really don't", "I'm not"): every symptom named after the
    # last of `reporters` in its sentence ("my wife reckons I choke"), else the nearest set aside
    by_writer: tuple[str, ...] = ()
    reporters: tuple[str, ...] = ()
    max_tokens: int = Field(ge=1, le=60)  # how far back, within this and the previous sentence
    trailing: tuple[str, ...]  # words that may follow a denial that still ends its clause
    # round 10A: a comparison ("like I've been sat on a saddle", "as if I'd run a marathon") between
    # a symptom and a nearest-kind denial is what "but I haven't" denies: a word, then one of the
    # words after it ("like i|ive|someone")
    compared: tuple[str, ...] = ()


class Questions(Strict):
    """A question about symptoms in general: opens with one of `openers`, ends with "?", and has
    no word of `first_person`."""

    openers: tuple[str, ...]
    first_person: tuple[str, ...]
    # a condition that opens its sentence goes on across "and" (nlp/conditional.py)
    condition_words: tuple[str, ...] = ()
    condition_leads: tuple[str, ...] = ()
    condition_ends: tuple[str, ...] = ()
    # advice before a condition makes it one too ("go to A&E if I ever ..."), written as tokens
    condition_advice: tuple[str, ...] = ()


class ClauseContinues(Strict):
    """A clause opening with one of `after` and a verb of `verbs` ("and now has") has no subject
    of its own (nlp/continued.py)."""

    after: tuple[str, ...]
    verbs: tuple[str, ...]
    writer: tuple[str, ...]  # the writer as a subject: the clause before is then not someone else's


class EndedObject(Strict):
    """Round 10A: an ENDED trigger of `triggers` ("quit", "stopped") ends its object only: a word
    of `subjects` after at least one word of the object starts something else ("since I quit
    smoking my legs are getting weaker")."""

    triggers: tuple[str, ...] = Field(min_length=1)
    subjects: tuple[str, ...] = Field(min_length=1)


class Lay(Strict):
    slots: dict[str, tuple[str, ...]]
    phrases: dict[Id, tuple[str, ...]]
    not_alone: dict[Id, tuple[str, ...]]
    negation_only: dict[Id, tuple[str, ...]]
    figures: tuple[str, ...] = ()
    inner_sites: tuple[Id, ...]
    conditions: tuple[ConditionSpec, ...]
    worry_finding: Id
    answers: AnswerQuestions
    sex_words: dict[Id, tuple[str, ...]]
    sides: Sides
    context: tuple[ContextRuleSpec, ...]
    clause_breaks: tuple[str, ...]
    clause_continues: ClauseContinues | None = None  # session 6: nlp/continued.py
    normal_only: dict[Id, tuple[str, ...]]
    deny_previous: DenyPrevious
    questions: Questions
    proxy: ProxySpec
    together: tuple[TogetherSpec, ...] = ()
    said_of: dict[Id, tuple[Id, ...]] = Field(default_factory=dict)
    part_of: dict[Id, tuple[Id, ...]] = Field(default_factory=dict)
    episode_parts: dict[Id, EpisodeSpec] = Field(default_factory=dict)
    explained_by: dict[Id, ExplainedSpec] = Field(default_factory=dict)
    explained_elsewhere: ExplainedElsewhere | None = None  # round 10A: nlp/explained.py
    # round 10A: words a sentence needs for the red-flag model's reading (nlp/model_mentions.py)
    model_needs: dict[Id, tuple[str, ...]] = Field(default_factory=dict)
    not_a_muscle: NotAMuscle | None = None  # round 10A: nlp/antecedent.py
    ended_object: EndedObject | None = None  # round 10A: nlp/match_status.py
    past_frame: PastFrame | None = None
    lasting_frame: LastingFrame | None = None
    other_meanings: dict[Id, tuple[str, ...]] = Field(default_factory=dict)
    body_subject: BodySubject | None = None
    elsewhere: ElsewhereSpec | None = None
    # round 8D: a slot made from a knowledge-base group's names ({medicine}: every medicine name)
    group_slots: dict[str, str] = Field(default_factory=dict)
    company: dict[Id, CompanySpec] = Field(default_factory=dict)
    bare_denials: dict[Id, BareDenial] = Field(default_factory=dict)
    antecedent: AntecedentSpec | None = None  # round 9B: "it's swollen" after a leg part
    checked: CheckedSpec | None = None  # round 9B: "tested my urine, all normal"
