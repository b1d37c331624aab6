"""The reader's values part: amounts, durations, rates, age and sex become mentions and answers.

The regexes that find and read the values are in nlp/values.py; the numbers that turn them into
findings are in nlp/data/quantities.yaml. `Values` holds what the reader has collected so far; the
reader (nlp/reader.py) adds the matches' statuses on top of it.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from legtwitch.domain.findings import FindingStatus
from legtwitch.knowledge.base import KnowledgeBase
from legtwitch.nlp import everyday_amounts as more
from legtwitch.nlp import values as v
from legtwitch.nlp.extraction import Evidence, SetAside, TextAnswer
from legtwitch.nlp.lexicon import lay, quantities
from legtwitch.nlp.mentions import Mention

PRESENT, ABSENT = FindingStatus.PRESENT, FindingStatus.ABSENT


class Values:
    def __init__(self, kb: KnowledgeBase, today: date) -> None:
        self.kb, self.today = kb, today
        self.mentions: list[Mention] = []
        self.set_aside: list[SetAside] = []
        self.answers: dict[str, TextAnswer] = {}
        self.caffeine: list[tuple[float, Evidence]] = []

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
                self._frequency(per_week, ev)
        elif label == v.RARELY:
            self.mentions.append(Mention(fids.frequency, ABSENT, ev, "only now and then"))
        elif label in (v.AGE, v.SEX):
            self._age_sex(label, text, ev)
        elif label in more.LABELS:
            self._amount(label, text, ev)

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

    def _time_phrase(self, text: str, ids: tuple[str, ...], owned: bool, ev: Evidence) -> None:
        """Round 10C (convention 9): a lay phrase of a time is a duration too. "for months" (the
        symptom's, `owned`) is no sudden onset; "started yesterday" has not lasted over 2 weeks."""
        q = quantities()
        if q.findings.long_duration in ids and owned:
            self.mentions.append(Mention(q.findings.sudden_onset, ABSENT, ev, "a long time"))
        elif q.findings.sudden_onset in ids:
            days = v.read_duration_days(text, self.today)
            if days is not None:
                self._duration(days, ev)

    def _event_time(self, text: str, ev: Evidence) -> None:
        """Round 9C: an event's time is not the symptom's ("got over a cold about ten days ago and
        this week I've had pins and needles"), but a recent one bounds it: symptoms that came
        after an event of at most two weeks ago have not lasted over two weeks. Never sudden
        onset; a weak reading, so a duration of the symptom's own wins."""
        days = v.read_duration_days(text, self.today)
        q = quantities()
        if days is not None and days <= q.thresholds.long_duration_over_days.value:
            note = f"at most about {days:g} days, counted from something that came before"
            self.mentions.append(Mention(q.findings.long_duration, ABSENT, ev, note, weak=True))

    def _frequency(self, per_week: float, ev: Evidence) -> None:
        q = quantities()
        often = per_week >= q.thresholds.frequent_min_per_week.value
        note = f"about {per_week:.3g} times a week"
        self.mentions.append(Mention(q.findings.frequency, PRESENT if often else ABSENT, ev, note))

    def _amount(self, label: str, text: str, ev: Evidence) -> None:
        """Round 8D amounts (nlp/everyday_amounts.py): caffeine in more words, alcohol, nights."""
        q = quantities()
        th, fids = q.thresholds, q.findings
        if label == more.CAFFEINE:
            mg = more.read_caffeine_mg(text)
            if mg is not None:
                self.caffeine.append((mg, ev))
        elif label == more.ALCOHOL:
            read = more.read_units(text)
            if read is None:
                return
            units, days = read
            if days > 0:
                week = units * 7 / days
                heavy = week > th.alcohol_heavy_units_per_week.value
                note = f"about {week:.3g} units of alcohol a week"
                self.mentions.append(Mention(fids.alcohol, PRESENT if heavy else ABSENT, ev, note))
            elif units > th.alcohol_binge_units_per_session.value:
                note = f"about {units:.3g} units of alcohol at once"
                self.mentions.append(Mention(fids.alcohol, PRESENT, ev, note))
        elif label == more.NIGHTS:
            per_week = more.read_nights_per_week(text)
            if per_week is not None:
                self._frequency(per_week, ev)
                if re.search(r"\b(?:nights?|evenings?)\b", text.lower()):
                    self.mentions.append(Mention(fids.night_time, PRESENT, ev))

    def _age_sex(self, label: str, text: str, ev: Evidence) -> None:
        answers = lay().answers
        age = v.read_age(text)
        if answers.age_question not in self.answers and age is not None:
            # "at 11." may be a time: an age in a clause's last words counts only in range
            self._age(age, ev, quiet=text.lower().startswith("at"))
        sex = v.read_sex(text)
        options = {o.value for o in self.kb.question(answers.sex_question).options}
        if sex in options and answers.sex_question not in self.answers:
            self.answers[answers.sex_question] = TextAnswer(answers.sex_question, sex, ev)

    def _age(self, age: int, ev: Evidence, quiet: bool = False) -> None:
        """A stated age answers the age question when in its range; below it, the question's
        own message says why it is not used (legtwitch is made for adults)."""
        qid = lay().answers.age_question
        question = self.kb.question(qid)
        lo, hi = question.minimum, question.maximum
        if lo is not None and hi is not None and lo <= age <= hi:
            self.answers[qid] = TextAnswer(qid, age, ev)
        elif lo is not None and age < lo and question.below_minimum and not quiet:
            self.set_aside.append(SetAside(ev.text, question.below_minimum.rstrip("."), ev))

    def _caffeine(self) -> None:
        q = quantities()
        fid = q.findings.caffeine
        if self.caffeine:
            total = sum(mg for mg, _ in self.caffeine)
            high = total > q.thresholds.caffeine_high_mg_per_day.value
            low = total <= q.thresholds.caffeine_low_mg_per_day.value
            note = f"about {total:.0f} mg caffeine a day"
            if high or low:  # round 8D: in between says neither ("3 coffees")
                self.mentions.append(
                    Mention(fid, PRESENT if high else ABSENT, self.caffeine[0][1], note)
                )

    def _sex_from_findings(self) -> None:
        """A finding that states the sex ("38 weeks pregnant") answers it, when nothing else did."""
        question = lay().answers.sex_question
        for m in self.mentions:
            sex = lay().answers.sex_from_findings.get(m.finding_id)
            if sex and m.status is PRESENT and question not in self.answers:
                self.answers[question] = TextAnswer(question, sex, m.evidence)


_BETWEEN = frozenset({",", "-", "/", "a", "an", "and", "&", "working", "as"})


def work_after_age(ent: Any, modifier: Any) -> bool:
    """Round 8C: someone-else words right after an age or sex are the person's work ("24F
    nurse", "34M, a physio"), not another person."""
    if ent.label_ not in (v.AGE, v.SEX) or modifier.category != "OTHER_PERSON":
        return False
    start = modifier.modifier_span[0]
    return start >= ent.end and all(t.lower_ in _BETWEEN for t in ent.doc[ent.end : start])
