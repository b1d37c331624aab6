"""Free text -> an Extraction: clean and cut the text, run the pipeline, read it (nlp/reader.py),
and read it again for the person it is written for when it describes only someone else's current
symptoms (round 9A, convention 5: nlp/written_for.py). Session 7: split from nlp/reader.py.
"""

from __future__ import annotations

from datetime import date

from legtwitch.knowledge.base import KnowledgeBase
from legtwitch.nlp.extraction import Extraction
from legtwitch.nlp.lexicon import lay
from legtwitch.nlp.pipeline import pipeline
from legtwitch.nlp.proxy import find_proxy
from legtwitch.nlp.reader import Reader
from legtwitch.nlp.text_prep import ADDED_STOP, chunks, clean_text, closed

_KB: list[KnowledgeBase] = []


def extract(
    text: str, kb: KnowledgeBase | None = None, today: date | None = None, *, model: bool = True
) -> Extraction:
    """What the person's own words say, as findings and answers with their evidence. `model`:
    also ask the red-flag model (nlp/model_mentions.py) for red flags the rules did not find; off
    only to measure the rules alone."""
    clean, problem = clean_text(text)
    if problem:
        return Extraction(message=problem)
    kb = kb or _default_kb()
    nlp = pipeline(kb)
    whole = closed(clean)
    docs = [(start, nlp(piece)) for start, piece in chunks(whole)]
    if whole != clean:
        docs[-1][1].user_data[ADDED_STOP] = True
    reader = Reader(kb, docs, today or date.today(), model)
    proxy = find_proxy(clean, lay())
    if proxy is not None:
        reader.writing_for(proxy, clean[proxy.start : proxy.end])
    result = reader.read()
    if proxy is None or proxy.weak:  # round 9A, convention 5: nlp/written_for.py
        other = reader.written_for(clean, proxy, result)
        if other is not None:
            again = Reader(kb, docs, today or date.today(), model)
            again.writing_for(other, clean[other.start : other.end])
            return again.read()
    return result


def _default_kb() -> KnowledgeBase:
    if not _KB:
        _KB.append(KnowledgeBase.load())
    return _KB[0]
