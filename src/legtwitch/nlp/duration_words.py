"""The words that say whose a duration is (nlp/data/durations.yaml; round 9C, split out in 10C).

nlp/durations.py decides whose each duration in a text is; this module reads and checks its data
file once and indexes its phrases by their first word (pure).
"""

from __future__ import annotations

from functools import cache

from pydantic import Field

from legtwitch.knowledge.sourced import Strict
from legtwitch.nlp.lexicon import data_file

SYMPTOM, EVENT, ACTIVITY = "symptom", "event", "activity"
_FILE = "durations.yaml"


class DurationWords(Strict):
    """nlp/data/durations.yaml: the groups and words that say whose a duration is."""

    symptom_groups: tuple[str, ...] = Field(min_length=1)
    event_groups: tuple[str, ...] = Field(min_length=1)
    site_groups: tuple[str, ...]
    site_slot: str
    starts: tuple[str, ...]
    pronouns: tuple[str, ...]
    events: tuple[str, ...]
    age_after: tuple[str, ...]
    links: tuple[str, ...]
    links_after: tuple[str, ...]
    fillers: tuple[str, ...]
    event_only: tuple[str, ...]
    future: tuple[str, ...]
    bound_links: tuple[str, ...]
    counted: tuple[str, ...]
    activities: tuple[str, ...] = ()  # round 11A
    activity_spans: tuple[str, ...] = ()
    habits: tuple[str, ...] = ()  # how often, not durations: nlp/everyday_amounts.py

    def ignored(self, duration: str) -> frozenset[str]:
        """Round 11A: the kinds of thing that are not a duration's head (nlp/durations.py). A time
        one spends doing something ("for ages", "for hours"; `activity_spans`) next to what the
        person was doing (`activities`: "stood there for ages", "when I sit for hours") is that
        activity's, not the symptom's; any other time ("for 3 weeks") passes over the activity."""
        spent = set(duration.lower().split()) & set(self.activity_spans)
        return frozenset() if spent else frozenset({ACTIVITY})

    elsewhere: tuple[str, ...] = ()


@cache
def duration_words() -> DurationWords:
    """nlp/data/durations.yaml, read and checked once."""
    return data_file(DurationWords, _FILE)


@cache
def split(phrases: tuple[str, ...]) -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(p.split()) for p in phrases)


@cache
def by_first_word(words: DurationWords) -> dict[str, list[tuple[str, tuple[str, ...]]]]:
    """First word -> (kind, phrase) of the start, event and activity words, to look each token up
    once."""
    out: dict[str, list[tuple[str, tuple[str, ...]]]] = {}
    kinds = ((SYMPTOM, words.starts), (EVENT, words.events), (ACTIVITY, words.activities))
    for kind, phrases in kinds:
        for p in split(phrases):
            out.setdefault(p[0], []).append((kind, p))
    return out
