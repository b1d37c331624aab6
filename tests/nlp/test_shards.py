"""Token rules spread over several spaCy Matchers (nlp/shards.py) find exactly what one matcher
finds; the reader's pipeline really uses them (else its build is quadratic again). The readings of
every labelled sentence with and without them are compared in test_match_order.py."""

from __future__ import annotations

from typing import Any

from legtwitch.knowledge.base import KnowledgeBase
from legtwitch.nlp.phrases import compile_phrase
from legtwitch.nlp.pipeline import pipeline
from legtwitch.nlp.shards import ShardedMatcher, set_key

PHRASES = [
    "calf|calves|leg twitch|twitching|jumping",
    "can't|cannot lift my foot|toes",
    "pins and needles in both feet|hands",
    "foot .. drag|drags|dragging",
    "leg gave|gives way",
    "weak|weaker legs|arms",
    "twitch",
]
TEXTS = [
    "my calf is twitching and I cannot lift my foot",
    "pins and needles in both feet, my foot keeps sort of dragging",
    "the leg gave way twice and my arms are weaker lately; twitch twitch",
    "nothing of note here",
]


def _matches(matcher: Any, nlp: Any, text: str) -> list[tuple[str, int, int]]:
    doc = nlp.make_doc(text)
    return sorted((nlp.vocab.strings[m], s, e) for m, s, e in matcher(doc))


def test_the_shards_find_what_one_matcher_finds(real_kb: KnowledgeBase) -> None:
    nlp = pipeline(real_kb).nlp  # spaCy imported the way the reader imports it
    from spacy.matcher import Matcher

    def tokenize(text: str) -> list[str]:
        return [t.text for t in nlp.tokenizer(text)]

    one = Matcher(nlp.vocab)
    sharded = ShardedMatcher(nlp.vocab, shards=3)
    for i, phrase in enumerate(PHRASES):
        patterns = compile_phrase(phrase, tokenize, {"gap_stop": ["not", "no"]})
        one.add(f"R{i}", patterns)
        sharded.add(f"R{i}", patterns)
    found = [_matches(sharded, nlp, t) for t in TEXTS]
    assert found == [_matches(one, nlp, t) for t in TEXTS]
    assert all(found[:3]) and found[3] == []


def test_rules_sharing_a_word_list_share_a_matcher(real_kb: KnowledgeBase) -> None:
    nlp = pipeline(real_kb).nlp
    sharded = ShardedMatcher(nlp.vocab, shards=8)
    legs = {"LOWER": {"IN": ["calf", "leg", "thigh"]}}
    first = sharded._shard([[legs, {"LOWER": "twitches"}]])
    assert all(sharded._shard([[{"LOWER": w}, legs]]) == first for w in ("my", "left", "sore"))
    assert set_key({"IN": ["a", "b"]}) == set_key({"IN": ["a", "b"]})
    assert set_key({"IN": ["a", "b"]}) != set_key({"NOT_IN": ["a", "b"]})


def test_the_readers_target_matcher_is_sharded(real_kb: KnowledgeBase) -> None:
    target = pipeline(real_kb).nlp.get_pipe("medspacy_target_matcher")
    inner = target._TargetMatcher__matcher._inner  # nlp/match_order.py's wrapper
    sharded = inner._MedspacyMatcher__matcher
    assert isinstance(sharded, ShardedMatcher)
    sizes = [len(m) for m in sharded._matchers]
    assert sum(sizes) > 3000 and max(sizes) < sum(sizes) / 2
