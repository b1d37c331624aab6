"""The reader's token rules spread over several spaCy Matchers, so building them stays cheap.

spaCy 3.7's `Matcher.add` rebuilds a map of every distinct set predicate (an "IN" or "NOT_IN"
list) added so far for each token it adds (`_get_extra_predicates`), so one matcher's build time
grows with tokens x distinct lists: about a third of the pipeline's build with ~1,100 lists.
Rules that share their first list go to the same matcher, so each matcher holds a fraction of
the lists and of the tokens. A document is run through every matcher and their matches are put
together; which rule wins a tie is settled afterwards by nlp/match_order.py, as before (a test
reads every labelled sentence with one matcher and with these and finds the same).
"""

from __future__ import annotations

import zlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

SHARDS = 8  # matchers (a build-speed setting, not a clinical number)


class ShardedMatcher:
    """Stands in for the spaCy Matcher inside medspaCy's MedspacyMatcher (add and call only)."""

    def __init__(self, vocab: Vocab, shards: int = SHARDS) -> None:
        from spacy.matcher import Matcher

        # The patterns come from nlp/phrases.py and are validated once by a test
        # (tests/nlp/test_round5_a.py), so pydantic's check on every add is skipped.
        self._matchers = [Matcher(vocab, validate=False) for _ in range(shards)]
        self._next = 0

    def add(self, key: str, patterns: list[list[dict[str, Any]]], on_match: Any = None) -> None:
        self._matchers[self._shard(patterns)].add(key, patterns, on_match=on_match)

    def __call__(self, doc: Doc) -> list[tuple[int, int, int]]:
        matches: list[tuple[int, int, int]] = []
        for matcher in self._matchers:
            matches.extend(matcher(doc))
        return matches

    def _shard(self, patterns: list[list[dict[str, Any]]]) -> int:
        lists = (set_key(v) for p in patterns for t in p for v in t.values() if _is_set(v))
        first = next(lists, None)
        if first is None:  # no list: any matcher will do; spread them evenly
            self._next = (self._next + 1) % len(self._matchers)
            return self._next
        return zlib.crc32(repr(first).encode()) % len(self._matchers)


def install(target_matcher: Any) -> None:
    """Put a ShardedMatcher inside medspaCy 1.3's target matcher before its rules are added.
    If medspaCy's internals change, the single matcher simply stays."""
    inner = getattr(target_matcher, "_TargetMatcher__matcher", None)
    if inner is not None and hasattr(inner, "_MedspacyMatcher__matcher"):
        inner._MedspacyMatcher__matcher = ShardedMatcher(target_matcher.nlp.vocab)


def _is_set(value: Any) -> bool:
    return isinstance(value, dict) and any(isinstance(v, list) for v in value.values())


def set_key(value: dict[str, Any]) -> tuple[Any, ...]:
    """A hashable key for a token predicate such as {"IN": [...]} (its lists are built sorted)."""
    return tuple((k, tuple(v) if isinstance(v, list) else v) for k, v in value.items())
