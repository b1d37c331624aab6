"""The reader's target vocabulary, generated from the knowledge base (pure; no spaCy import).

Each finding contributes its short label, its `synonyms`, its HPO term name and the lay phrasings
of nlp/data/lay.yaml, minus the synonyms lay.yaml marks `not_alone`. Disease names and drink names
are targets too. No finding id is written in code: every id comes from the data.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from legtwitch.errors import KnowledgeBaseError
from legtwitch.knowledge.base import KnowledgeBase
from legtwitch.nlp.lexicon import hpo_terms, lay, quantities
from legtwitch.nlp.phrases import is_plain

# Target labels (the entity label ConText sees).
SYMPTOM = "SYMPTOM"
RED_FLAG = "RED_FLAG"
RISK = "RISK"
CONDITION = "CONDITION"
DENIABLE = "DENIABLE"  # only counts when negated: "I don't drink coffee"
NORMAL = "NORMAL"  # only ever denies: "I can swallow fine" (never present, nothing when negated)

_MAX_LABEL_WORDS = 3  # a finding's label is used as a phrase only when it is this short


@dataclass(frozen=True)
class TargetSpec:
    """One phrase and what it means: finding ids, or a condition / drink / side key."""

    phrase: str
    label: str
    findings: tuple[str, ...] = ()
    condition: int | None = None


def _norm(phrase: str) -> str:
    return " ".join(phrase.lower().split())


def finding_label(kb: KnowledgeBase, finding_id: str) -> str:
    f = kb.finding(finding_id)
    if f.group == "red_flag":
        return RED_FLAG
    return SYMPTOM if f.role == "symptom" else RISK


def check_ids(kb: KnowledgeBase) -> None:
    """Every finding id the reader's data names must exist in the knowledge base."""
    data = lay()
    named: list[str] = [*data.phrases, *data.not_alone, *data.negation_only, *data.inner_sites]
    named += list(data.normal_only)
    named += [data.worry_finding, data.sides.finding]
    named += [c for spec in data.conditions for c in (spec.family, spec.own) if c]
    named += [fid for _, fid in quantities().findings]
    named += list(hpo_terms().terms)
    named += [*(data.antecedent.findings if data.antecedent else ())]
    named += [*(data.checked.tested if data.checked else ())]
    named += [*(data.explained_elsewhere.findings if data.explained_elsewhere else ())]
    named += [*data.model_needs, *(data.not_a_muscle.findings if data.not_a_muscle else ())]
    unknown = sorted({fid for fid in named if fid not in kb.findings})
    if unknown:
        raise KnowledgeBaseError(f"The reader's data name unknown findings: {', '.join(unknown)}.")
    for key in (data.answers.age_question, data.answers.sex_question):
        kb.question(key)


def finding_phrases(kb: KnowledgeBase) -> dict[str, set[str]]:
    """phrase -> finding ids it establishes."""
    data = lay()
    hpo = hpo_terms().terms
    out: dict[str, set[str]] = {}
    for f in kb.findings.values():
        phrases = {_norm(s) for s in f.synonyms}
        if len(f.label.split()) <= _MAX_LABEL_WORDS:
            phrases.add(_norm(f.label))
        phrases |= {_norm(p) for p in data.phrases.get(f.id, ())}
        phrases |= {_norm(p) for p in hpo.get(f.id, ())}
        phrases -= {_norm(p) for p in data.not_alone.get(f.id, ())}
        for p in phrases:
            out.setdefault(p, set()).add(f.id)
    return out


def target_specs(kb: KnowledgeBase) -> Iterator[TargetSpec]:
    check_ids(kb)
    data = lay()
    condition_names: dict[str, int] = {}
    for i, spec in enumerate(data.conditions):
        for name in spec.names:
            condition_names[_norm(name)] = i
    for phrase, i in condition_names.items():
        yield TargetSpec(phrase, CONDITION, condition=i)
    order = {RED_FLAG: 0, SYMPTOM: 1, RISK: 2}
    for phrase, ids in sorted(finding_phrases(kb).items()):
        if phrase in condition_names:
            continue  # a disease name is read as a disease (with family and worry rules)
        labels = sorted({finding_label(kb, fid) for fid in ids}, key=order.__getitem__)
        yield TargetSpec(phrase, labels[0], findings=tuple(sorted(ids)))
    deniable: dict[str, set[str]] = {}
    for fid, words in data.negation_only.items():
        for w in words:
            deniable.setdefault(_norm(w), set()).add(fid)
    caffeine = quantities().findings.caffeine
    for drink in quantities().drinks:
        for name in drink.names:
            deniable.setdefault(_norm(name), set()).add(caffeine)
    taken = set(condition_names) | set(finding_phrases(kb))
    normal: dict[str, set[str]] = {}
    for fid, phrases in data.normal_only.items():
        for p in phrases:
            normal.setdefault(_norm(p), set()).add(fid)
    for phrase, ids in sorted(normal.items()):
        if phrase not in taken:
            yield TargetSpec(phrase, NORMAL, findings=tuple(sorted(ids)))
    taken |= set(normal)
    for phrase, ids in sorted(deniable.items()):
        if phrase not in taken:
            yield TargetSpec(phrase, DENIABLE, findings=tuple(sorted(ids)))
    for phrase in data.figures:  # a figure of speech reads as nothing (a deny-only word for none)
        yield TargetSpec(_norm(phrase), DENIABLE)


def inner_site_words(kb: KnowledgeBase) -> dict[str, str]:
    """word -> site finding, for site words inside longer matches ("swollen calf")."""
    from legtwitch.nlp.phrases import inflections, single_word

    sites = set(lay().inner_sites)
    out: dict[str, str] = {}
    for phrase, ids in finding_phrases(kb).items():
        word = single_word(phrase)
        for fid in ids & sites:
            if word is not None:
                for form in inflections(word):
                    out[form] = fid
    return out


def reader_slots(kb: KnowledgeBase) -> dict[str, tuple[str, ...]]:
    """lay.yaml's slots plus the generated ones (`group_slots`): every plain name of the findings
    in a knowledge-base group ({medicine}: "sertraline", "blue inhaler", ...), so a phrase can say
    "started {medicine}" without copying the names."""
    data = lay()
    slots = dict(data.slots)
    for slot, group in data.group_slots.items():
        words: set[str] = set()
        for fid, finding in kb.findings.items():
            if finding.group == group:
                skip = {_norm(w) for w in data.not_alone.get(fid, ())}
                names = (*finding.synonyms, *data.phrases.get(fid, ()))
                words |= {_norm(n) for n in names if is_plain(n)} - skip
        slots[slot] = tuple(sorted(words))
    return slots
