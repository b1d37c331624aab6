"""One match of the text: its status, then the mentions, values and set-aside words it gives.

Split from nlp/reader.py (round 11C, no change of behaviour): `MatchReader` holds what the
reading has collected and reads each match (`_ent`); `Reader` (nlp/reader.py) runs the pipeline
over the text's chunks and puts the matches together.

Status rules (docs/nlp.md): negated or "no longer" -> absent; a parent's or sibling's disease -> the
family-history finding; other relatives, other people, hypothetical and unsure mentions -> set
aside (left for the interview); past mentions -> set aside for symptoms and exposures, present for
lasting conditions; a feared serious disease -> the worry finding.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from legtwitch.domain.findings import FindingStatus
from legtwitch.knowledge.base import KnowledgeBase
from legtwitch.nlp import values as v
from legtwitch.nlp.age_sex import said_of_the_person
from legtwitch.nlp.backrefs import (
    PERSON_CATEGORIES,
    SET_ASIDE,
)
from legtwitch.nlp.disease_names import read_disease
from legtwitch.nlp.durations import Owners
from legtwitch.nlp.everyday_amounts import RATE_LABELS, rate_of_exposure
from legtwitch.nlp.explained import explained
from legtwitch.nlp.extraction import Evidence, SetAside
from legtwitch.nlp.lexicon import lay, quantities
from legtwitch.nlp.match_status import (
    DocState,
    denied_in_words,
    match_status,
    set_aside_reason,
)
from legtwitch.nlp.mentions import Mention
from legtwitch.nlp.pipeline import pipeline
from legtwitch.nlp.proxy import names_the_person
from legtwitch.nlp.sides import bare_part_elsewhere
from legtwitch.nlp.subject import not_of_the_body, pronoun_of_another
from legtwitch.nlp.together import said_of_another
from legtwitch.nlp.value_reader import Values
from legtwitch.nlp.vocabulary import (
    CONDITION,
    DENIABLE,
    NORMAL,
    RED_FLAG,
    RISK,
    SYMPTOM,
    finding_phrases,
    inner_site_words,
)
from legtwitch.nlp.written_for import OtherPerson, people_set_aside

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

PRESENT, ABSENT = FindingStatus.PRESENT, FindingStatus.ABSENT
_LASTING_GROUPS = {"context", "demographic"}  # past mentions of these still hold today
_BACKGROUND_GROUPS = {"context", "demographic", "exposure", "medicine"}
SYMPTOM_GROUPS = {"movement", "symptom", "red_flag"}  # round 9A: what a person describes

_WORDS: dict[str, tuple[dict[str, str], dict[str, set[str]]]] = {}


def _inner_sites(kb: KnowledgeBase) -> tuple[dict[str, str], dict[str, set[str]]]:
    """Site words inside longer matches, and phrase -> finding ids (cached per knowledge base)."""
    if kb.version not in _WORDS:
        _WORDS[kb.version] = (inner_site_words(kb), finding_phrases(kb))
    return _WORDS[kb.version]


class MatchReader(Values):
    """What the reading has collected so far, and the reading of one match (`_ent`)."""

    def __init__(self, kb: KnowledgeBase, today: date) -> None:
        super().__init__(kb, today)
        self.offset = 0
        self.inner_sites, self.phrase_ids = _inner_sites(kb)
        self.state = DocState(frozenset(), frozenset(), self._the_person)
        self.proxy_words: frozenset[str] = frozenset()
        self.writing = False  # someone writes for the person (an explicit pattern)
        # round 9A: current symptoms of someone else set aside, and a relative's disease named
        self.others: list[OtherPerson] = []
        self.family_disease = False
        self.neutral = frozenset(f for f, x in kb.findings.items() if x.group == "site")
        self.groups = {f: x.group for f, x in kb.findings.items()}
        self.owners = Owners(frozenset(), frozenset())  # round 9C: whose each duration is
        # round 8B: what may lie between the two findings of a `together` pair besides body sites
        # ("weak since I had covid, but it's not getting worse"): causes, medicines, background
        self.between = self.neutral | frozenset(
            f for f, x in kb.findings.items() if x.group in _BACKGROUND_GROUPS
        )

    # --- one match ------------------------------------------------------------------------------
    def _ent(self, ent: Span) -> None:
        status = match_status(ent, self.state)
        mods, cats, negated = status.mods, status.cats, status.negated
        ev = Evidence(ent.text, self.offset + ent.start_char, self.offset + ent.end_char)
        meta: dict[str, Any] = ent._.target_rule.metadata or {}
        label = ent.label_
        if label == NORMAL:  # "I can swallow fine": a denial, or nothing
            if not negated and not cats & (SET_ASIDE | {"HISTORICAL"}):
                for fid in meta.get("findings") or ():
                    self.mentions.append(Mention(fid, ABSENT, ev, weak=True))
            return
        if label == CONDITION:
            spec = lay().conditions[meta["condition"]]
            disease = read_disease(spec, cats, negated, ev, lay().worry_finding)
            self.mentions += disease.mentions
            self.set_aside += disease.set_aside
            self.family_disease = self.family_disease or disease.someone_elses
            return
        before = ent.doc.text[ent.sent.start_char : ent.start_char]
        if label in (v.AGE, v.SEX) and not said_of_the_person(ent.text, before, self.writing):
            return  # "a stroke at 60", the writer's own "I'm 45" when writing for someone
        ids: tuple[str, ...] = tuple(meta.get("findings") or ())
        if bare_part_elsewhere(ent, ids, lay()):
            return  # "my back is killing me": a body part, not a symptom elsewhere
        family_ids = [i for i in ids if self._is_family_finding(i)]
        red = label == RED_FLAG
        if reason := (
            (None if family_ids and len(family_ids) == len(ids) else set_aside_reason(cats))
            or said_of_another(ent, ids, self.neutral)
            # round 10A: also when only an ended habit stands before it ("my resolve to quit
            # coffee gets weaker")
            or (not_of_the_body(ent, ids) if red and "NEGATED" not in cats else None)
            or (pronoun_of_another(ent, ids, self.neutral) if red and not negated else None)
            or (explained(ent, ids, pipeline(self.kb).nlp) if red and not negated else None)
        ):
            self.set_aside.append(SetAside(ent.text, reason, ev))
            if not cats & {"HISTORICAL", "HYPOTHETICAL", "POSSIBLE"}:  # round 9A
                symptom = any(self.kb.finding(i).group in SYMPTOM_GROUPS for i in ids)
                self.others += people_set_aside(ent, mods, self.offset, symptom)
            return
        if label in (SYMPTOM, RED_FLAG, RISK):
            long = quantities().findings.long_duration
            for fid in ids:
                if fid != long or ent.start in self.owners.symptom:  # "on lithium for years"
                    self._finding(fid, cats, negated, ev)
            if not negated and "HISTORICAL" not in cats:  # round 10C: "for months", "started today"
                self._time_phrase(ent.text, ids, ent.start in self.owners.symptom, ev)
            if not negated and v.read_per_week(ent.text) is not None:
                self._value(v.FREQUENCY, ent.text, ev)  # "every evening" is a time and a rate
            if not negated and len(ent) > 1 and "HISTORICAL" not in cats:
                for tok in ent:
                    site = self.inner_sites.get(tok.lower_)
                    if site and site not in ids:
                        at = self.offset + tok.idx
                        tev = Evidence(tok.text, at, at + len(tok.text))
                        self.mentions.append(Mention(site, PRESENT, tev))
        elif label == DENIABLE:
            if negated:
                for fid in ids:
                    self.mentions.append(Mention(fid, ABSENT, ev, weak=True))
            elif "AFFIRMED" in cats and denied_in_words(ent):
                # round 10B: "it's not that I don't trip - I do" (not "can't stop thinking")
                for fid in ids:
                    if self.kb.finding(fid).group == "red_flag":
                        self._finding(fid, cats, negated, ev)
        elif not negated:
            if label in RATE_LABELS and rate_of_exposure(ent, RISK):
                return  # round 8D: "I give blood 4 times a year" is how often I give blood
            if label in (v.DURATION, v.SINCE) and ent.start not in self.owners.symptom:
                if ent.start in self.owners.event:  # round 9C: "a cold about ten days ago"
                    self._event_time(ent.text, ev)
                return
            self._value(label, ent.text, ev)
            for fid in self.phrase_ids.get(" ".join(ent.text.lower().split()), ()):
                self._finding(fid, cats, negated, ev)

    def _the_person(self, doc: Doc, modifier: Any) -> bool:
        """A trigger that names the person someone writes for ("he", "my husband")."""
        if not self.proxy_words or modifier.category not in PERSON_CATEGORIES:
            return False
        start, end = modifier.modifier_span
        words = [t.lower_ for t in doc[start:end]]
        return bool(set(words) - {"my", "'s"}) and names_the_person(words, self.proxy_words)

    def _is_family_finding(self, fid: str) -> bool:
        return any(c.family == fid for c in lay().conditions)

    def _finding(self, fid: str, cats: set[str], negated: bool, ev: Evidence) -> None:
        lasting = self.kb.finding(fid).group in _LASTING_GROUPS
        if "HISTORICAL" in cats and not negated and not lasting:
            self.set_aside.append(SetAside(ev.text, "in the past", ev))
            return
        self.mentions.append(Mention(fid, ABSENT if negated else PRESENT, ev))
