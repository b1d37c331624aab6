"""The part of lay.yaml's schema (nlp/lay_schema.py) that decides whether a mention counts in its
sentence: findings stated together or as part of another, ordinary causes that explain a red flag,
past and lasting frames, what a pronoun or a change word is said of, checks reported normal, and
words that count only in company. Validated on load by nlp/lexicon.py."""

from __future__ import annotations

from pydantic import Field

from legtwitch.knowledge.sourced import Id, Strict


class TogetherSpec(Strict):
    """A finding that two others state together in one sentence (nlp/together.py)."""

    finding: Id
    first: tuple[Id, ...]
    then: tuple[Id, ...]
    # each group: one of its words or phrases must be in the sentence (round 8A: a side and a word
    # of suddenness for stroke signs)
    sentence_needs: tuple[tuple[str, ...], ...] = ()
    # the `then` finding denied makes the finding absent (round 8A: weakness, "not getting worse")
    then_denied: bool = False


class EpisodeSpec(Strict):
    """Findings that are part of an episode another finding names, in its sentence or the next or
    previous one (nlp/together.py)."""

    parts: tuple[Id, ...] = Field(min_length=1)
    reason: str = Field(min_length=1)


class ExplainedSpec(Strict):
    """Ordinary causes that explain a red flag said in the same sentence (nlp/explained.py)."""

    causes: tuple[str, ...] = Field(min_length=1)
    unless: tuple[str, ...] = ()
    local: tuple[str, ...] = ()  # known local causes: they explain it even with an `unless` word


class PastFrame(Strict):
    """A sentence set in the past: its red flags are set aside (nlp/explained.py)."""

    past: tuple[str, ...] = Field(min_length=1)
    now: tuple[str, ...] = ()


class LastingFrame(Strict):
    """A lasting trait, not a change: its sentence's red flags are set aside (nlp/explained.py)."""

    lasting: tuple[str, ...] = Field(min_length=1)
    unless: tuple[str, ...] = ()


class BodySubject(Strict):
    """Change words that count only when said of the body or the person (nlp/subject.py)."""

    findings: tuple[Id, ...]
    subjects: tuple[str, ...]
    changes: tuple[str, ...]
    skip: tuple[str, ...] = ()
    preps: tuple[str, ...] = ()
    boundary: tuple[str, ...] = ()


class AntecedentSpec(Strict):
    """Round 9B: a mention of `findings` that opens with one of `pronouns` ("it's swollen") counts
    only when the nearest body part named before it (in its sentence or the one before) is one of
    `parts`, not one of `others` (nlp/together.py). `{slot}` entries stand for a slot's words."""

    findings: tuple[Id, ...] = Field(min_length=1)
    pronouns: tuple[str, ...] = Field(min_length=1)
    parts: tuple[str, ...] = Field(min_length=1)
    others: tuple[str, ...] = ()
    # round 10A: leg parts above the calf; a mention placed on one of them ("my thighs are sore
    # and puffy") is not the calf's
    upper: tuple[str, ...] = ()


class CheckedSpec(Strict):
    """Round 9B: a check reported as normal denies what was checked (nlp/checked.py)."""

    checks: tuple[str, ...] = Field(min_length=1)
    normal: tuple[str, ...] = Field(min_length=1)
    not_with: tuple[str, ...] = ()
    tested: dict[Id, tuple[tuple[str, ...], ...]]
    own_normal: dict[Id, tuple[str, ...]] = Field(default_factory=dict)
    asks: tuple[str, ...] = ()  # round 10B: "asked about": a clinician's question, then the answer


class CompanySpec(Strict):
    """Round 8D: a finding read from one word of `slot` alone ("arm", "back") counts only with a
    present mention of one of `needs` in the same sentence (nlp/together.py)."""

    slot: str
    needs: tuple[Id, ...] = Field(min_length=1)


class BareDenial(Strict):
    """Round 9A (convention 6): a denial in `words` alone ("no swelling") counts for its finding
    only in a text that names a word of `slot` (a leg part) somewhere (nlp/together.py)."""

    words: tuple[str, ...] = Field(min_length=1)
    slot: str


class ExplainedElsewhere(Strict):
    """Round 10A: an `explained_by` `unless` word in another clause than the red flag, within
    `reach` words of a mention of `findings` (the everyday twitch story), is said of that one."""

    findings: tuple[Id, ...] = Field(min_length=1)
    reach: int = Field(ge=0)


class NotAMuscle(Strict):
    """Round 10A: a mention of `findings` whose nearest word of `things` or `unless` before it in
    its sentence is one of `things` (a lump, a bump, a bruise) is not said of a muscle."""

    findings: tuple[Id, ...] = Field(min_length=1)
    things: tuple[str, ...] = Field(min_length=1)
    unless: tuple[str, ...] = ()
