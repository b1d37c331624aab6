"""A named disease in the text ("my dad had ALS", "I have diabetes", "scared it's MS"): what it
gives (session 7, split from nlp/reader.py; no behaviour change).

A parent's, brother's or sister's disease is the family-history finding where lay.yaml's
`conditions` name one; another relative's or someone else's is set aside; a denial denies the
person's own condition; a feared disease is the worry finding; the person's own current disease
is its finding unless hypothetical, unsure or in the past.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from legtwitch.domain.findings import FindingStatus
from legtwitch.nlp.backrefs import PERSON_CATEGORIES
from legtwitch.nlp.extraction import Evidence, SetAside
from legtwitch.nlp.lay_schema import ConditionSpec
from legtwitch.nlp.mentions import Mention

PRESENT, ABSENT = FindingStatus.PRESENT, FindingStatus.ABSENT


@dataclass
class DiseaseReading:
    mentions: list[Mention] = field(default_factory=list)
    set_aside: list[SetAside] = field(default_factory=list)
    someone_elses: bool = False  # a relative's or someone else's disease was named


def read_disease(
    spec: ConditionSpec, cats: set[str], negated: bool, ev: Evidence, worry_finding: str
) -> DiseaseReading:
    out = DiseaseReading(someone_elses=bool(cats & PERSON_CATEGORIES))
    status = ABSENT if negated else PRESENT
    if "FAMILY" in cats:
        if spec.family:
            out.mentions.append(Mention(spec.family, status, ev))
        else:
            out.set_aside.append(SetAside(ev.text, "about a relative", ev))
        return out
    if "RELATIVE" in cats:
        why = "about a relative other than a parent, brother or sister"
        out.set_aside.append(SetAside(ev.text, why, ev))
        return out
    if "OTHER_PERSON" in cats:
        out.set_aside.append(SetAside(ev.text, "about someone else", ev))
        return out
    if negated:
        if spec.own:
            out.mentions.append(Mention(spec.own, ABSENT, ev))
        return out
    if spec.feared:
        out.mentions.append(Mention(worry_finding, PRESENT, ev, "a feared disease"))
    if spec.own and not cats & {"HYPOTHETICAL", "POSSIBLE", "HISTORICAL"}:
        out.mentions.append(Mention(spec.own, PRESENT, ev))
    return out
