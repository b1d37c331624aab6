"""Free text -> an Extraction: run the pipeline over the text's chunks, read each match
(nlp/match_reader.py: its status, mentions, values and answers), then combine the matches.

Cleaning and cutting the text: nlp/text_prep.py; values, age and sex: nlp/value_reader.py;
combining the mentions: nlp/mentions.py; which legs: nlp/sides.py.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from legtwitch.domain.findings import FindingStatus
from legtwitch.knowledge.base import KnowledgeBase
from legtwitch.nlp.durations import duration_owners
from legtwitch.nlp.extraction import Evidence, Extraction, TextAnswer
from legtwitch.nlp.lexicon import lay
from legtwitch.nlp.match_reader import SYMPTOM_GROUPS, MatchReader
from legtwitch.nlp.match_status import doc_state
from legtwitch.nlp.mentions import Mention, combine
from legtwitch.nlp.model_mentions import model_mentions
from legtwitch.nlp.pipeline import pipeline
from legtwitch.nlp.proxy import Proxy
from legtwitch.nlp.sides import both_legs, side_words
from legtwitch.nlp.together import bare_denials, settle
from legtwitch.nlp.written_for import person_written_for

if TYPE_CHECKING:
    from spacy.tokens import Doc

PRESENT = FindingStatus.PRESENT


class Reader(MatchReader):
    """One reading of the text's chunks: each match's status, then its mentions, values and
    answers (`read`); `writing_for` first when someone writes for the person."""

    def __init__(
        self, kb: KnowledgeBase, docs: list[tuple[int, Doc]], today: date, model: bool
    ) -> None:
        super().__init__(kb, today)
        self.docs = docs
        self.model = model
        self.sides: dict[str, Evidence] = {}

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
            f.status is PRESENT and self.kb.finding(f.id).group in SYMPTOM_GROUPS
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
            self.state = doc_state(doc, pipeline(self.kb).deny_previous, self._the_person)
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

    def _sides(self, doc: Doc) -> None:
        for key, tok in side_words(doc, lay(), self.proxy_words).items():
            at = self.offset + tok.idx
            self.sides.setdefault(key, Evidence(tok.text, at, at + len(tok.text)))

    def _both_legs(self) -> None:
        fid = lay().sides.finding
        if self.sides and not any(m.finding_id == fid for m in self.mentions):
            read = both_legs(self.sides)  # round 11C: None when one side is named alone
            if read is not None:
                self.mentions.append(Mention(fid, read[0], read[1], "side"))
