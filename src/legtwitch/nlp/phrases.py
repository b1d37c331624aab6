"""The phrase syntax of lay.yaml, compiled to spaCy token patterns (pure; no spaCy import).

A phrase is words separated by spaces: `a|b` either word, `word?` optional, `{slot}` any word of a
slot (also as one alternative: `{leg}|one`), `~` any one word (optional), `..` a gap of up to three
words inside the same clause, none of them a word of the `gap_stop` slot (negations, relatives,
"if": a gap never hides a ConText trigger), so "pain .. down my leg" also matches "pain shooting
down my leg". Words are split into tokens by the pipeline's own tokenizer, so "can't" becomes "ca" +
"n't" in the pattern exactly as in the text.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Mapping, Sequence
from typing import Any

Tokenize = Callable[[str], list[str]]
Pattern = list[dict[str, Any]]

_MAX_PATTERNS = 256
_INFLECT_MIN = 4  # letters before plain inflections (twitch -> twitching) are matched
_FUZZY_MIN = 8  # letters before a one-letter misspelling is matched
NEGATION_SLOT = "not|n't?"  # in a phrase: a negation inside the match, as in "calf is not swollen"
_SYNTAX = re.compile(r"[|?{}~]|(?:^|\s)\.\.(?:\s|$)")
_CLITICS = frozenset({"n't", "'s", "'ll", "'m", "'re", "'ve", "'d"})
GAP = ".."
GAP_STOP_SLOT = "gap_stop"
_GAP_MAX = 3  # words a gap may span (clause-bound; a matching width, not a clinical number)


def inflections(word: str) -> list[str]:
    """A word and its plain inflections: cramp -> cramps, cramped, cramping, crampy; numb ->
    numbness; dizzy -> dizziness."""
    if len(word) < _INFLECT_MIN:
        return [word]
    forms = {word, word + "s", word + "es", word + "ed", word + "ing", word + "y", word + "ness"}
    if word.endswith("e"):
        forms |= {word + "d", word[:-1] + "ing", word[:-1] + "y"}  # ache -> ached, aching, achy
    if word.endswith("y"):
        forms |= {word[:-1] + "ies", word[:-1] + "ied", word[:-1] + "iness"}  # deny -> denies
    short_cvc = word[-1] not in "aeiouy" and word[-2] in "aeiou" and word[-3] not in "aeiou"
    if short_cvc and len(word) <= 5:
        forms |= {word + word[-1] + s for s in ("ed", "ing", "er", "y")}  # trip -> tripping
    return sorted(forms)


def is_plain(phrase: str) -> bool:
    """True when the phrase uses no syntax, so a phrase matcher can take it as it is."""
    return _SYNTAX.search(phrase) is None


def single_word(phrase: str) -> str | None:
    """The word, when the phrase is one plain alphabetic word."""
    p = phrase.strip().lower()
    return p if p.isalpha() and p.isascii() else None


def deletions(word: str) -> set[str]:
    """The word and every string one deletion away: two words are at most one edit apart
    (insertion, deletion or substitution) when these sets meet."""
    return {word} | {word[:i] + word[i + 1 :] for i in range(len(word))}


def fuzzy_keys(word: str) -> set[str]:
    """Keys under which a word of 8+ letters is found despite a one-letter misspelling."""
    return deletions(word) if len(word) >= _FUZZY_MIN else set()


def rule_shapes(
    phrase: str, tokenize: Tokenize, slots: Mapping[str, Sequence[str]]
) -> list[tuple[str, Pattern | None]]:
    """(literal, pattern) pairs for a phrase: a plain phrase and each form of a single word go to
    the fast phrase matcher (pattern None); misspellings and phrase syntax need token patterns."""
    word = single_word(phrase)
    if word is not None:
        return [(form, None) for form in inflections(word)]
    if is_plain(phrase):
        return [(phrase, None)]
    return [(phrase, p) for p in compile_phrase(phrase, tokenize, slots)]


def compile_phrase(
    phrase: str, tokenize: Tokenize, slots: Mapping[str, Sequence[str]]
) -> list[Pattern]:
    """All token patterns a phrase stands for."""
    word = single_word(phrase)
    if word is not None:
        return [[{"LOWER": {"IN": inflections(word)}}]]
    options_per_word: list[list[Pattern]] = []
    for raw in phrase.lower().split():
        options_per_word.append(_word_options(raw, tokenize, slots))
    patterns: list[Pattern] = []
    for combo in itertools.product(*options_per_word):
        pattern = _bind_gaps([tok for part in combo for tok in part])
        if pattern and any(t.get("OP") != "?" for t in pattern):
            patterns.append(pattern)
        if len(patterns) >= _MAX_PATTERNS:
            raise ValueError(f"the phrase '{phrase}' expands to too many patterns")
    return patterns


def _bind_gaps(pattern: Pattern) -> Pattern:
    """The token after a gap must not start a new clause (gaps stay inside one clause)."""
    out: Pattern = []
    after_gap = False
    for tok in pattern:
        if after_gap and tok.get("OP") is None:
            tok = {**tok, "IS_SENT_START": False}
        after_gap = tok.get("_gap", False) or (after_gap and tok.get("OP") is not None)
        out.append({k: v for k, v in tok.items() if k != "_gap"} if "_gap" in tok else tok)
    return out


def _word_options(
    raw: str, tokenize: Tokenize, slots: Mapping[str, Sequence[str]]
) -> list[Pattern]:
    if raw == "~":
        return [[{"OP": "?"}]]
    if raw == GAP:
        stop = sorted({w.lower() for w in slots.get(GAP_STOP_SLOT, ())})
        gap = {"IS_SENT_START": False, "LOWER": {"NOT_IN": stop}, "OP": f"{{0,{_GAP_MAX}}}"}
        return [[{**gap, "_gap": True}]]
    optional = raw.endswith("?") and len(raw) > 1
    raw = raw[:-1] if optional else raw
    alternatives: list[str] = []
    for alt in raw.split("|"):  # "{leg}|one": a slot's words are alternatives too
        if alt.startswith("{") and alt.endswith("}"):
            name = alt[1:-1]
            if name not in slots:
                raise ValueError(f"unknown slot '{{{name}}}'")
            alternatives.extend(a.lower() for a in slots[name])
        else:
            alternatives.append(alt)
    singles: list[str] = []
    multis: list[Pattern] = []
    for alt in alternatives:
        # A clitic alone ("n't", "'s") is one token in running text, but the tokenizer cannot
        # tell that without the word before it.
        toks = [alt] if alt in _CLITICS else [t for t in tokenize(alt) if t.strip()]
        if len(toks) == 1:
            singles.append(toks[0].lower())
        elif toks:
            multis.append([{"LOWER": t.lower()} for t in toks])
    options: list[Pattern] = []
    if singles:
        # one word is a plain value: every distinct IN list is an "extra predicate", and spaCy's
        # Matcher.add re-indexes all of them for each token it adds (quadratic build time)
        words = sorted(set(singles))
        tok: dict[str, Any] = {"LOWER": words[0] if len(words) == 1 else {"IN": words}}
        if optional:
            tok["OP"] = "?"
        options.append([tok])
    options.extend(multis)
    if optional and multis:
        options.append([])
    return options
