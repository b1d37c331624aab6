"""Before reading: clean the text (or say why it cannot be read) and cut it into pieces."""

from __future__ import annotations

import re

_CHUNK = 1000  # characters per piece of a long text (a technical limit, not a clinical number)
_SENTENCE = re.compile(r"[^.!?\n]*(?:[.!?\n]+|$)")
# control characters, the replacement character, and lone surrogates (Python's stand-ins for
# bytes that are not UTF-8 in a command-line argument; spaCy cannot encode them)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffd\ud800-\udfff]")


def chunks(text: str) -> list[tuple[int, str]]:
    """The text in pieces of whole sentences, each at most about _CHUNK characters, with their
    offsets. ConText compares every pair of modifiers in a document, so long texts are read piece
    by piece (a sentence never spans two pieces; an endless one is cut at a space)."""
    out: list[tuple[int, str]] = []
    start = end = 0
    for m in _SENTENCE.finditer(text):
        if m.end() - start > _CHUNK and end > start:
            out.append((start, text[start:end]))
            start = end
        end = m.end()
        while end - start > _CHUNK:
            cut = text.rfind(" ", start + 1, start + _CHUNK)
            cut = cut if cut > start else start + _CHUNK
            if cut >= end:
                break
            out.append((start, text[start:cut]))
            start = cut
    if end > start:
        out.append((start, text[start:end]))
    return [(s, piece) for s, piece in out if piece.strip()]


def clean_text(text: str) -> tuple[str, str | None]:
    """Control characters become spaces (so offsets still match); say why nothing can be read."""
    if not text or not text.strip():
        return "", "There is no text to read; describe what your legs do in a few words."
    clean = _CONTROL.sub(" ", text)
    letters = sum(c.isalpha() for c in clean)
    if letters == 0 or letters < 0.3 * len(clean.replace(" ", "")):
        return "", "That does not look like written words; describe what your legs do in English."
    return clean, None


ADDED_STOP = "legtwitch_added_stop"  # Doc.user_data key: the piece's last "." is not the writer's


def closed(text: str) -> str:
    """Round 11B: a text that ends without punctuation gets a full stop, so the rules that need the
    end of a sentence ("foot drop ruled out" as the last words) read its last sentence as any other;
    the stop is never part of an evidence (nlp/model_mentions.py drops it)."""
    return text + "." if text.rstrip()[-1:].isalnum() else text
