"""Adding the reader's token rules in a cheap order, without changing which rule wins a tie.

spaCy's `Matcher.add` re-indexes every distinct set predicate (an "IN" list) added so far for each
token it adds, so building the matcher is quadratic in them: with rounds 5 and 6's rules it took
about a second. Adding the patterns whose sets are common first and the rarest last does the same
work about four times faster. But medspaCy settles two rules matching the very same words by the
order the rules were added (the first wins), and that order carries meaning ("pee .. dark" versus
a rule written to deny "pee isn't dark"). So the matcher is wrapped to settle same-span ties itself
before medspaCy's own pruning: a rule written to see a negation inside its words ("pee isn't
dark") first, then the rule written first. A test reads every labelled sentence both ways and
finds the same matches, statuses and modifiers.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from typing import Any

from legtwitch.nlp.shards import set_key

_TOKEN, _PHRASE, _REGEX = 0, 1, 2  # medspaCy lists token matches, then phrase, then regex ones


def cheap_order(rules: Sequence[Any]) -> list[Any]:
    """Literal and regex rules first as written, then token rules, rarest set predicates last."""
    tokens = [r for r in rules if isinstance(r.pattern, list)]
    others = [r for r in rules if not isinstance(r.pattern, list)]
    sets = {id(r): _sets(r.pattern) for r in tokens}
    freq = Counter(k for r in tokens for k in sets[id(r)])
    rarest = {id(r): max((1 / freq[k] for k in sets[id(r)]), default=0.0) for r in tokens}
    return others + sorted(tokens, key=lambda r: rarest[id(r)])


def keep_written_order(target_matcher: Any, written: Sequence[Any]) -> None:
    """After `target_matcher.add(cheap_order(written))`: ties go to the rule written first."""
    inner = target_matcher._TargetMatcher__matcher  # medspaCy 1.3's MedspacyMatcher
    strings = target_matcher.nlp.vocab.strings
    rank: dict[int, tuple[bool, int, int]] = {}
    for i, rule in enumerate(written):
        group = _TOKEN if isinstance(rule.pattern, list) else _REGEX if rule.pattern else _PHRASE
        denies = bool((rule.metadata or {}).get("negation_inside"))
        rank[strings[rule._rule_id]] = (not denies, group, i)
    inner._prune = False
    target_matcher._TargetMatcher__matcher = _WrittenOrder(inner, rank)


class _WrittenOrder:
    def __init__(self, inner: Any, rank: dict[int, tuple[bool, int, int]]) -> None:
        self._inner, self._rank = inner, rank

    @property
    def rule_map(self) -> Any:
        return self._inner.rule_map

    def __getattr__(self, name: str) -> Any:
        return getattr(self._inner, name)

    def __call__(self, doc: Any) -> list[tuple[int, int, int]]:
        from medspacy.common.util import prune_overlapping_matches

        matches = sorted(self._inner(doc), key=lambda m: (m[1], m[2], self._rank[m[0]]))
        return list(prune_overlapping_matches(matches))


def _sets(pattern: list[dict[str, Any]]) -> set[tuple[Any, ...]]:
    return {set_key(v) for spec in pattern for v in spec.values() if isinstance(v, dict)}
