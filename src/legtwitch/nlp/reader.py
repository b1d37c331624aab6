"""Free text -> an Extraction: run the pipeline, give each match a status, combine the matches.

Status rules (docs/nlp.md): negated or "no longer" -> absent; a parent's or sibling's disease -> the
family-history finding; other relatives, other people, hypothetical and unsure mentions -> set
aside (left for the interview); past mentions -> set aside for symptoms and exposures, present for
lasting conditions; a feared serious disease -> the worry finding.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from legtwitch.domain.findings import FindingStatus
from legtwitch.knowledge.base import KnowledgeBase
from legtwitch.nlp import values as v
from legtwitch.nlp.backrefs import (
    SET_ASIDE,
    denied_later,
    general_question,
    listed_after,
    overlapping_set_aside,
)
from legtwitch.nlp.extraction import (
    Conflict,
    Evidence,
    Extraction,
    SetAside,
    TextAnswer,
    TextFinding,
)
from legtwitch.nlp.lexicon import lay, quantities
from legtwitch.nlp.pipeline import pipeline
from legtwitch.nlp.proxy import Proxy, find_proxy
from legtwitch.nlp.sides import LEFT, ONE, PLURAL, RIGHT, side_words
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

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

PRESENT, ABSENT = FindingStatus.PRESENT, FindingStatus.ABSENT
NO_SYMPTOMS = (
    "I could not find symptoms in that. Try a few plain English words, "
    "for example 'my left calf twitches at night, no pain'."
)
_LASTING_GROUPS = {"context", "demographic"}  # past mentions of these still hold today
_IN_TARGET_NEGATION = {"not", "n't", "no", "never", "nt"}
_INABILITY = {"cannot", "cant", "unable"}
_PERSON_CATEGORIES = {"FAMILY", "RELATIVE", "OTHER_PERSON"}
_CHUNK = 1000  # characters per piece of a long text (a technical limit, not a clinical number)
_SENTENCE = re.compile(r"[^.!?\n]*(?:[.!?\n]+|$)")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffd]")


def _inability(ent: Span) -> bool:
    """The match itself says the person cannot do something ("can't feel my feet")."""
    first = ent[0].lower_
    second = ent[1].lower_ if len(ent) > 1 else ""
    return first in _INABILITY or (first, second) in {("ca", "n't"), ("ca", "nt"), ("can", "not")}


@dataclass(frozen=True)
class Mention:
    finding_id: str
    status: FindingStatus
    evidence: Evidence
    note: str | None = None
    weak: bool = False  # a denial from a word that alone proves nothing ("no coffee")


def extract(text: str, kb: KnowledgeBase | None = None, today: date | None = None) -> Extraction:
    """What the person's own words say, as findings and answers with their evidence."""
    clean, problem = clean_text(text)
    if problem:
        return Extraction(message=problem)
    kb = kb or _default_kb()
    nlp = pipeline(kb)
    docs = [(start, nlp(piece)) for start, piece in chunks(clean)]
    reader = _Reader(kb, docs, today or date.today())
    proxy = find_proxy(clean, lay())
    if proxy is not None:
        reader.writing_for(proxy, clean[proxy.start : proxy.end])
    return reader.read()


def chunks(text: str) -> list[tuple[int, str]]:
    """The text in pieces of whole sentences, each at most about _CHUNK characters, with their
    offsets. ConText compares every pair of modifiers in a document, so long texts are read piece
    by piece (a sentence never spans two pieces; an endless one is cut at a space)."""
    out: list[tuple[int, str]] = []
    start = end = 0
    for m in _SENTENCE.finditer(text):
        if m.end() - start > _CHUNK and end > start:
            out.append((start, text[start:end]))
            start = end
        end = m.end()
        while end - start > _CHUNK:
            cut = text.rfind(" ", start + 1, start + _CHUNK)
            cut = cut if cut > start else start + _CHUNK
            if cut >= end:
                break
            out.append((start, text[start:cut]))
            start = cut
    if end > start:
        out.append((start, text[start:end]))
    return [(s, piece) for s, piece in out if piece.strip()]


def clean_text(text: str) -> tuple[str, str | None]:
    """Control characters become spaces (so offsets still match); say why nothing can be read."""
    if not text or not text.strip():
        return "", "There is no text to read; describe what your legs do in a few words."
    clean = _CONTROL.sub(" ", text)
    letters = sum(c.isalpha() for c in clean)
    if letters == 0 or letters < 0.3 * len(clean.replace(" ", "")):
        return "", "That does not look like written words; describe what your legs do in English."
    return clean, None


_KB: list[KnowledgeBase] = []
_WORDS: dict[str, tuple[dict[str, str], dict[str, set[str]]]] = {}


def _inner_sites(kb: KnowledgeBase) -> tuple[dict[str, str], dict[str, set[str]]]:
    """Site words inside longer matches, and phrase -> finding ids (cached per knowledge base)."""
    if kb.version not in _WORDS:
        _WORDS[kb.version] = (inner_site_words(kb), finding_phrases(kb))
    return _WORDS[kb.version]


def _default_kb() -> KnowledgeBase:
    if not _KB:
        _KB.append(KnowledgeBase.load())
    return _KB[0]


class _Reader:
    def __init__(self, kb: KnowledgeBase, docs: list[tuple[int, Doc]], today: date) -> None:
        self.kb, self.docs, self.today = kb, docs, today
        self.offset = 0
        self.mentions: list[Mention] = []
        self.set_aside: list[SetAside] = []
        self.answers: dict[str, TextAnswer] = {}
        self.caffeine: list[tuple[float, Evidence]] = []
        self.inner_sites, self.phrase_ids = _inner_sites(kb)
        self.sides: dict[str, Evidence] = {}
        self.in_target: set[int] = set()
        self.denied_later: set[int] = set()
        self.proxy_words: frozenset[str] = frozenset()

    def writing_for(self, proxy: Proxy, words: str) -> None:
        """Someone writes for the person: the relative's words mean the person, and the
        relationship word and the number given answer sex and age (nlp/proxy.py)."""
        self.proxy_words = proxy.words
        ev = Evidence(words, proxy.start, proxy.end)
        answers = lay().answers
        if proxy.age is not None:
            self._age(proxy.age, ev)
        if proxy.sex is not None:
            self.answers[answers.sex_question] = TextAnswer(answers.sex_question, proxy.sex, ev)

    def read(self) -> Extraction:
        for offset, doc in self.docs:
            self.offset = offset
            # a negation inside a deny-only match ("don't trip") still denies what follows it
            # ("I don't trip or stumble")
            self.in_target = {
                i for ent in doc.ents if ent.label_ != DENIABLE for i in range(ent.start, ent.end)
            }
            self.denied_later = self._denied_later(doc)
            for ent in doc.ents:
                self._ent(ent)
            self._sides(doc)
        self._caffeine()
        self._both_legs()
        self._sex_from_findings()
        return self._combine()

    def _denied_later(self, doc: Doc) -> set[int]:
        worry = lay().worry_finding
        can_deny = {
            ent.start
            for ent in doc.ents
            if ent.label_ in (SYMPTOM, RED_FLAG)
            and worry not in ((ent._.target_rule.metadata or {}).get("findings") or ())
        }
        set_aside = {
            ent.start
            for ent in doc.ents
            if ent.start in can_deny
            and {m.category for m in ent._.modifiers} & (SET_ASIDE | {"HISTORICAL"})
        }
        nlp = pipeline(self.kb)
        return denied_later(doc, nlp.deny_previous, lay().deny_previous, can_deny, set_aside)

    # --- one match ------------------------------------------------------------------------------
    def _ent(self, ent: Span) -> None:
        mods = [
            m
            for m in ent._.modifiers
            if not self._inside_a_target(m) and not self._the_person(ent.doc, m)
        ]
        if ent.label_ == NORMAL:  # "no muscle loss, walking normal": the comma ends the denial
            mods = [m for m in mods if not listed_after(ent, m)]
        cats = {m.category for m in mods}
        cats |= overlapping_set_aside(ent.doc, ent)
        questions = lay().questions
        if ent.label_ == RED_FLAG and general_question(
            ent.doc, ent, set(questions.openers), set(questions.first_person)
        ):
            cats.add("HYPOTHETICAL")  # "Is foot drop a sign of ALS?"
        if _inability(ent):
            cats.discard("ENDED")  # "can't climb stairs anymore": a new loss, not an ended one
        ev = Evidence(ent.text, self.offset + ent.start_char, self.offset + ent.end_char)
        meta: dict[str, Any] = ent._.target_rule.metadata or {}
        label = ent.label_
        negated = bool(cats & {"NEGATED", "ENDED"}) and "AFFIRMED" not in cats
        if meta.get("negation_inside") and "AFFIRMED" not in cats:
            negated = negated or any(t.lower_ in _IN_TARGET_NEGATION for t in ent)
        if ent.start in self.denied_later:  # "..., I don't have either of those"
            cats = {"NEGATED"}
            negated = True
        if label == NORMAL:  # "I can swallow fine": a denial, or nothing
            if not negated and not cats & (SET_ASIDE | {"HISTORICAL"}):
                for fid in meta.get("findings") or ():
                    self.mentions.append(Mention(fid, ABSENT, ev, weak=True))
            return
        if label == CONDITION:
            self._condition(lay().conditions[meta["condition"]], cats, negated, ev)
            return
        ids: tuple[str, ...] = tuple(meta.get("findings") or ())
        family_ids = [i for i in ids if self._is_family_finding(i)]
        if reason := self._not_own(cats, ids, family_ids):
            self.set_aside.append(SetAside(ent.text, reason, ev))
            return
        if label in (SYMPTOM, RED_FLAG, RISK):
            for fid in ids:
                self._finding(fid, cats, negated, ev)
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
        elif not negated:
            self._value(label, ent.text, ev)
            for fid in self.phrase_ids.get(" ".join(ent.text.lower().split()), ()):
                self._finding(fid, cats, negated, ev)

    def _the_person(self, doc: Doc, modifier: Any) -> bool:
        """A trigger that names the person someone writes for ("he", "my husband")."""
        if not self.proxy_words or modifier.category not in _PERSON_CATEGORIES:
            return False
        start, end = modifier.modifier_span
        words = {t.lower_ for t in doc[start:end]} - {"my", "'s"}
        return bool(words) and words <= self.proxy_words

    def _inside_a_target(self, modifier: Any) -> bool:
        start, end = modifier.modifier_span
        return all(i in self.in_target for i in range(start, end))

    def _not_own(self, cats: set[str], ids: tuple[str, ...], family_ids: list[str]) -> str | None:
        if family_ids and len(family_ids) == len(ids):
            return None  # "family history of ALS" is itself about the person's family
        if cats & {"FAMILY", "RELATIVE"}:
            return "about a relative"
        if "OTHER_PERSON" in cats:
            return "about someone else"
        if "HYPOTHETICAL" in cats:
            return "hypothetical (if, what if, in case)"
        if "POSSIBLE" in cats:
            return "unsure (maybe, not sure)"
        return None

    def _is_family_finding(self, fid: str) -> bool:
        return any(c.family == fid for c in lay().conditions)

    def _finding(self, fid: str, cats: set[str], negated: bool, ev: Evidence) -> None:
        lasting = self.kb.finding(fid).group in _LASTING_GROUPS
        if "HISTORICAL" in cats and not negated and not lasting:
            self.set_aside.append(SetAside(ev.text, "in the past", ev))
            return
        self.mentions.append(Mention(fid, ABSENT if negated else PRESENT, ev))

    def _condition(self, spec: Any, cats: set[str], negated: bool, ev: Evidence) -> None:
        status = ABSENT if negated else PRESENT
        if "FAMILY" in cats:
            if spec.family:
                self.mentions.append(Mention(spec.family, status, ev))
            else:
                self.set_aside.append(SetAside(ev.text, "about a relative", ev))
            return
        if "RELATIVE" in cats:
            why = "about a relative other than a parent, brother or sister"
            self.set_aside.append(SetAside(ev.text, why, ev))
            return
        if "OTHER_PERSON" in cats:
            self.set_aside.append(SetAside(ev.text, "about someone else", ev))
            return
        if negated:
            if spec.own:
                self.mentions.append(Mention(spec.own, ABSENT, ev))
            return
        if spec.feared:
            self.mentions.append(Mention(lay().worry_finding, PRESENT, ev, "a feared disease"))
        if spec.own and not cats & {"HYPOTHETICAL", "POSSIBLE", "HISTORICAL"}:
            self.mentions.append(Mention(spec.own, PRESENT, ev))

    # --- values ---------------------------------------------------------------------------------
    def _value(self, label: str, text: str, ev: Evidence) -> None:
        q = quantities()
        th, fids = q.thresholds, q.findings
        if label in (v.CAFFEINE, v.CAFFEINE_MG):
            mg = v.read_caffeine_mg(text)
            if mg is not None:
                self.caffeine.append((mg, ev))
        elif label == v.SLEEP:
            hours = v.read_sleep_hours(text)
            if hours is not None:
                short = hours < th.short_sleep_below_hours.value
                note = f"about {hours:g} hours of sleep"
                self.mentions.append(Mention(fids.sleep, PRESENT if short else ABSENT, ev, note))
        elif label in (v.DURATION, v.SINCE):
            days = v.read_duration_days(text, self.today)
            if days is not None:
                self._duration(days, ev)
        elif label == v.FREQUENCY:
            per_week = v.read_per_week(text)
            if per_week is not None:
                often = per_week >= th.frequent_min_per_week.value
                note = f"about {per_week:.3g} times a week"
                self.mentions.append(
                    Mention(fids.frequency, PRESENT if often else ABSENT, ev, note)
                )
        elif label == v.RARELY:
            self.mentions.append(Mention(fids.frequency, ABSENT, ev, "only now and then"))
        elif label in (v.AGE, v.SEX):
            self._age_sex(label, text, ev)

    def _duration(self, days: float, ev: Evidence) -> None:
        q = quantities()
        long = days > q.thresholds.long_duration_over_days.value
        sudden = days <= q.thresholds.sudden_onset_max_days.value
        note = f"about {days:g} days"
        self.mentions.append(
            Mention(q.findings.long_duration, PRESENT if long else ABSENT, ev, note)
        )
        self.mentions.append(
            Mention(q.findings.sudden_onset, PRESENT if sudden else ABSENT, ev, note)
        )

    def _age_sex(self, label: str, text: str, ev: Evidence) -> None:
        answers = lay().answers
        age = v.read_age(text)
        if answers.age_question not in self.answers and age is not None:
            self._age(age, ev)
        sex = v.read_sex(text)
        options = {o.value for o in self.kb.question(answers.sex_question).options}
        if sex in options and answers.sex_question not in self.answers:
            self.answers[answers.sex_question] = TextAnswer(answers.sex_question, sex, ev)

    def _age(self, age: int, ev: Evidence) -> None:
        """A stated age answers the age question when in its range; below it, the question's
        own message says why it is not used (legtwitch is made for adults)."""
        qid = lay().answers.age_question
        question = self.kb.question(qid)
        lo, hi = question.minimum, question.maximum
        if lo is not None and hi is not None and lo <= age <= hi:
            self.answers[qid] = TextAnswer(qid, age, ev)
        elif lo is not None and age < lo and question.below_minimum:
            self.set_aside.append(SetAside(ev.text, question.below_minimum.rstrip("."), ev))

    def _caffeine(self) -> None:
        q = quantities()
        fid = q.findings.caffeine
        if self.caffeine:
            total = sum(mg for mg, _ in self.caffeine)
            high = total > q.thresholds.caffeine_high_mg_per_day.value
            note = f"about {total:.0f} mg caffeine a day"
            self.mentions.append(
                Mention(fid, PRESENT if high else ABSENT, self.caffeine[0][1], note)
            )

    def _sides(self, doc: Doc) -> None:
        for key, tok in side_words(doc, lay(), self.proxy_words).items():
            at = self.offset + tok.idx
            self.sides.setdefault(key, Evidence(tok.text, at, at + len(tok.text)))

    def _both_legs(self) -> None:
        fid = lay().sides.finding
        if not self.sides or any(m.finding_id == fid for m in self.mentions):
            return
        # the most specific words win: "one calf", then the sides named ("my legs twitch, and my
        # left calf is swollen" is one leg), then a plural leg part ("my legs", "both feet")
        sides = [self.sides[k] for k in (LEFT, RIGHT) if k in self.sides]
        if ONE in self.sides:
            status, ev = ABSENT, self.sides[ONE]
        elif sides:
            status, ev = (PRESENT if len(sides) == 2 else ABSENT), min(sides, key=lambda e: e.start)
        else:
            status, ev = PRESENT, self.sides[PLURAL]
        self.mentions.append(Mention(fid, status, ev, "side"))

    def _sex_from_findings(self) -> None:
        """A finding that states the sex ("38 weeks pregnant") answers it, when nothing else did."""
        question = lay().answers.sex_question
        for m in self.mentions:
            sex = lay().answers.sex_from_findings.get(m.finding_id)
            if sex and m.status is PRESENT and question not in self.answers:
                self.answers[question] = TextAnswer(question, sex, m.evidence)

    # --- combine --------------------------------------------------------------------------------
    def _combine(self) -> Extraction:
        by_id: dict[str, list[Mention]] = {}
        for m in self.mentions:
            by_id.setdefault(m.finding_id, []).append(m)
        findings: list[TextFinding] = []
        conflicts: list[Conflict] = []
        for fid, ms in by_id.items():
            f = self.kb.finding(fid)
            ms = [m for m in ms if not m.weak] or ms
            pres = [m for m in ms if m.status is PRESENT]
            abss = [m for m in ms if m.status is ABSENT]
            if pres and abss:
                red = f.group == "red_flag"
                resolution = (
                    "taken as present, because it is a warning sign"
                    if red
                    else "left open; the interview will ask"
                )
                conflicts.append(
                    Conflict(fid, f.label, pres[0].evidence, abss[0].evidence, resolution)
                )
                if not red:
                    continue
                chosen = pres[0]
            else:
                chosen = (pres or abss)[0]
            findings.append(TextFinding(fid, f.label, chosen.status, chosen.evidence, chosen.note))
        findings.sort(key=lambda x: x.evidence.start)
        answers = tuple(sorted(self.answers.values(), key=lambda a: a.evidence.start))
        message = None if findings or answers or conflicts else NO_SYMPTOMS
        return Extraction(
            tuple(findings), answers, tuple(conflicts), tuple(self.set_aside), message
        )
