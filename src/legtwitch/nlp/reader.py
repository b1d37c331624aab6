"""Free text -> an Extraction: run the pipeline, give each match a status, combine the matches.

Cleaning and cutting the text: nlp/text_prep.py; values, age and sex: nlp/value_reader.py;
combining the mentions: nlp/mentions.py.

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
    denied_later,
    general_question,
    listed_after,
    overlapping_set_aside,
)
from legtwitch.nlp.conditional import in_condition
from legtwitch.nlp.continued import continued_subject
from legtwitch.nlp.durations import Owners, duration_owners
from legtwitch.nlp.everyday_amounts import RATE_LABELS, VALUE_LABELS, approximate, rate_of_exposure
from legtwitch.nlp.explained import explained, sentence_of
from legtwitch.nlp.extraction import Evidence, Extraction, SetAside, TextAnswer
from legtwitch.nlp.lexicon import lay, quantities
from legtwitch.nlp.mentions import Mention, combine
from legtwitch.nlp.model_mentions import model_mentions
from legtwitch.nlp.pipeline import pipeline
from legtwitch.nlp.proxy import POSSESSIVE, Proxy, find_proxy, names_the_person
from legtwitch.nlp.reported import clinician_word
from legtwitch.nlp.sides import LEFT, ONE, PLURAL, RIGHT, bare_part_elsewhere, side_words
from legtwitch.nlp.subject import not_of_the_body, pronoun_of_another
from legtwitch.nlp.text_prep import chunks, clean_text
from legtwitch.nlp.together import bare_denials, said_of_another, settle
from legtwitch.nlp.value_reader import Values, work_after_age
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
from legtwitch.nlp.written_for import OtherPerson, other_person, person_written_for

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

PRESENT, ABSENT = FindingStatus.PRESENT, FindingStatus.ABSENT
_LASTING_GROUPS = {"context", "demographic"}  # past mentions of these still hold today
_BACKGROUND_GROUPS = {"context", "demographic", "exposure", "medicine"}
_SYMPTOM_GROUPS = {"movement", "symptom", "red_flag"}  # round 9A: what a person describes
_IN_TARGET_NEGATION = {"not", "n't", "no", "never", "nt"}
_INABILITY = {"cannot", "cant", "unable"}
_IN_MATCH_INABILITY = _INABILITY | {"n't", "nt", "not", "never", "wont"}


def _inability(ent: Span) -> bool:
    """The match itself says the person cannot do something ("can't feel my feet", "my bladder
    doesn't empty"): a negation the phrase itself spells, unless it is the phrase's denial slot."""
    first = ent[0].lower_
    second = ent[1].lower_ if len(ent) > 1 else ""
    if first in _INABILITY or (first, second) in {("ca", "n't"), ("ca", "nt"), ("can", "not")}:
        return True
    inside = (ent._.target_rule.metadata or {}).get("negation_inside")
    return not inside and any(t.lower_ in _IN_MATCH_INABILITY for t in ent[1:])


def extract(
    text: str, kb: KnowledgeBase | None = None, today: date | None = None, *, model: bool = True
) -> Extraction:
    """What the person's own words say, as findings and answers with their evidence. `model`:
    also ask the red-flag model (nlp/model_mentions.py) for red flags the rules did not find; off
    only to measure the rules alone."""
    clean, problem = clean_text(text)
    if problem:
        return Extraction(message=problem)
    kb = kb or _default_kb()
    nlp = pipeline(kb)
    docs = [(start, nlp(piece)) for start, piece in chunks(clean)]
    reader = _Reader(kb, docs, today or date.today(), model)
    proxy = find_proxy(clean, lay())
    if proxy is not None:
        reader.writing_for(proxy, clean[proxy.start : proxy.end])
    result = reader.read()
    if proxy is None or proxy.weak:  # round 9A, convention 5: nlp/written_for.py
        other = reader.written_for(clean, proxy, result)
        if other is not None:
            again = _Reader(kb, docs, today or date.today(), model)
            again.writing_for(other, clean[other.start : other.end])
            return again.read()
    return result


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


class _Reader(Values):
    def __init__(
        self, kb: KnowledgeBase, docs: list[tuple[int, Doc]], today: date, model: bool
    ) -> None:
        super().__init__(kb, today)
        self.docs = docs
        self.model = model
        self.offset = 0
        self.inner_sites, self.phrase_ids = _inner_sites(kb)
        self.sides: dict[str, Evidence] = {}
        self.in_target: set[int] = set()
        self.denied_later: set[int] = set()
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

    def writing_for(self, proxy: Proxy, words: str) -> None:
        """Someone writes for the person: the relative's words mean the person, and the
        relationship word and the number given answer sex and age (nlp/proxy.py)."""
        if not proxy.weak:
            self.proxy_words = proxy.words
            self.writing = True
        ev = Evidence(words, proxy.start, proxy.end)
        answers = lay().answers
        if proxy.age is not None:
            self._age(proxy.age, ev)
        if proxy.sex is not None:
            self.answers[answers.sex_question] = TextAnswer(answers.sex_question, proxy.sex, ev)

    def written_for(self, text: str, proxy: Proxy | None, result: Extraction) -> Proxy | None:
        """Round 9A (convention 5): the person this text is written for when it describes only
        their current symptoms (nlp/written_for.py)."""
        own = any(
            f.status is PRESENT and self.kb.finding(f.id).group in _SYMPTOM_GROUPS
            for f in result.findings
        )
        family = self.family_disease or any(self._is_family_finding(f.id) for f in result.findings)
        say = lay().slots.get("say", ())
        return person_written_for(text, proxy, self.others, own, family, lay().proxy, say)

    def read(self) -> Extraction:
        for offset, doc in self.docs:
            self.offset = offset
            # a negation inside a deny-only match ("don't trip") still denies what follows it
            # ("I don't trip or stumble")
            self.in_target = {
                i for ent in doc.ents if ent.label_ != DENIABLE for i in range(ent.start, ent.end)
            }
            self.denied_later = self._denied_later(doc)
            self.owners = duration_owners(doc, self.groups)
            first = len(self.mentions)
            for ent in doc.ents:
                self._ent(ent)
            kept, aside = settle(doc.text, self.offset, self.mentions[first:], self.between)
            self.mentions[first:] = kept
            self.set_aside += aside
            self._sides(doc)
        words = {t.lower_ for _, doc in self.docs for t in doc}
        bare = bare_denials(words, self.mentions)  # round 9A: "no swelling" with no leg named
        self.mentions = [m for m in self.mentions if not any(m is b for b in bare)]
        if self.model:
            ruled = {m.finding_id for m in self.mentions}
            nlp = pipeline(self.kb).nlp
            labels = {fid: f.label for fid, f in self.kb.findings.items()}
            more, aside = model_mentions(
                self.docs, ruled, self._the_person, nlp, self.set_aside, labels
            )
            self.mentions += more
            self.set_aside += aside
        self._caffeine()
        self._both_legs()
        self._sex_from_findings()
        return combine(self.kb, self.mentions, self.answers, self.set_aside)

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
            if not self._inside_a_target(ent.doc, m)
            and not self._the_person(ent.doc, m)
            and not work_after_age(ent, m)
        ]
        if ent.label_ == NORMAL:  # "no muscle loss, walking normal": the comma ends the denial
            mods = [m for m in mods if not listed_after(ent, m)]
        if ent.label_ in VALUE_LABELS:  # round 8D: "maybe 30 units a week" is about 30
            mods = [m for m in mods if not approximate(ent, m)]
        if ent.label_ in (NORMAL, DENIABLE) or any(m.category == "NEGATED" for m in mods):
            # round 8B: a clinician's check reported as normal is about the person
            clinicians = frozenset(lay().slots.get("clinician", ()))
            mods = [m for m in mods if not clinician_word(ent.doc, m, clinicians)]
        cats = {m.category for m in mods}
        value = ent.label_ in VALUE_LABELS
        cats |= overlapping_set_aside(
            ent.doc, ent, lambda m: self._the_person(ent.doc, m) or (value and approximate(ent, m))
        )
        cats |= continued_subject(ent, lambda m: self._the_person(ent.doc, m))  # "and now has"
        questions = lay().questions
        if ent.label_ == RED_FLAG and general_question(
            ent.doc, ent, set(questions.openers), set(questions.first_person)
        ):
            cats.add("HYPOTHETICAL")  # "Is foot drop a sign of ALS?"
        if in_condition(ent, questions):
            cats.add("HYPOTHETICAL")  # "what happens if it spreads and I can't swallow?"
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
        before = ent.doc.text[ent.sent.start_char : ent.start_char]
        if label in (v.AGE, v.SEX) and not said_of_the_person(ent.text, before, self.writing):
            return  # "a stroke at 60", the writer's own "I'm 45" when writing for someone
        ids: tuple[str, ...] = tuple(meta.get("findings") or ())
        if bare_part_elsewhere(ent, ids, lay()):
            return  # "my back is killing me": a body part, not a symptom elsewhere
        family_ids = [i for i in ids if self._is_family_finding(i)]
        red = label == RED_FLAG
        if reason := (
            self._not_own(cats, ids, family_ids)
            or said_of_another(ent, ids, self.neutral)
            or (not_of_the_body(ent, ids) if red and not negated else None)
            or (pronoun_of_another(ent, ids, self.neutral) if red and not negated else None)
            or (explained(ent, ids, pipeline(self.kb).nlp) if red and not negated else None)
        ):
            self.set_aside.append(SetAside(ent.text, reason, ev))
            self._someone_else(ent, mods, cats, ids)
            return
        if label in (SYMPTOM, RED_FLAG, RISK):
            long = quantities().findings.long_duration
            for fid in ids:
                if fid != long or ent.start in self.owners.symptom:  # "on lithium for years"
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

    def _inside_a_target(self, doc: Doc, modifier: Any) -> bool:
        """A trigger inside a target is part of what it states ("can't" in "can't climb
        stairs"); not someone else's body part ("crept up from his feet")."""
        start, end = modifier.modifier_span
        if modifier.category == "OTHER_PERSON" and doc[start].lower_ in POSSESSIVE:
            return False
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

    def _someone_else(
        self, ent: Span, mods: list[Any], cats: set[str], ids: tuple[str, ...]
    ) -> None:
        """Round 9A: remember whose current symptom was set aside (nlp/written_for.py)."""
        if cats & {"HISTORICAL", "HYPOTHETICAL", "POSSIBLE"}:
            return
        symptom = any(self.kb.finding(i).group in _SYMPTOM_GROUPS for i in ids)
        sentence = sentence_of(ent)
        for m in mods:
            if m.category in PERSON_CATEGORIES:
                start, end = m.modifier_span
                person = other_person(
                    ent.doc, start, end, sentence, self.offset, symptom, ent.start
                )
                self.others.append(person)

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
        if cats & PERSON_CATEGORIES:
            self.family_disease = True
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
