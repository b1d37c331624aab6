"""The features of the red-flag model (nlp/red_flag_model.py): word n-grams and character n-grams
of a piece of text, each block weighted tf-idf and scaled to unit length.

The training script (scripts/train_red_flag_model.py) calls the same functions, so the features a
model was trained on and the features it reads are always made the same way. Pure: no I/O.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Mapping

_WORD = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")
WORD, CHAR = "w", "c"  # feature-name prefixes of the two blocks


def grams(text: str, words: tuple[int, int], chars: tuple[int, int]) -> Counter[str]:
    """Counts of word n-grams ("w twitch all") and character n-grams inside each whitespace-
    separated word padded with one space ("c twi"), lower-cased; n from each range, inclusive."""
    low = " ".join(text.lower().split())
    out: Counter[str] = Counter()
    tokens = _WORD.findall(low)
    for n in range(words[0], words[1] + 1):
        for i in range(len(tokens) - n + 1):
            out[f"{WORD} {' '.join(tokens[i : i + n])}"] += 1
    for word in low.split():
        padded = f" {word} "
        for n in range(chars[0], chars[1] + 1):
            if n > len(padded):
                break
            for i in range(len(padded) - n + 1):
                out[f"{CHAR}{padded[i : i + n]}"] += 1
    return out


def weigh(counts: Counter[str], index: Mapping[str, int], idf: list[float]) -> dict[int, float]:
    """Known features only, as {feature index: weight}: (1 + log count) x idf, each block (words,
    characters) scaled to length 1."""
    blocks: dict[str, dict[int, float]] = {WORD: {}, CHAR: {}}
    for gram, count in counts.items():
        i = index.get(gram)
        if i is not None:
            blocks[gram[0]][i] = (1.0 + math.log(count)) * idf[i]
    out: dict[int, float] = {}
    for block in blocks.values():
        norm = math.sqrt(sum(x * x for x in block.values()))
        if norm:
            out.update({i: x / norm for i, x in block.items()})
    return out


def inverse_document_frequency(document_frequency: int, documents: int) -> float:
    """Smoothed idf, as if one more document held every feature: ln((1 + n) / (1 + df)) + 1."""
    return math.log((1 + documents) / (1 + document_frequency)) + 1.0
