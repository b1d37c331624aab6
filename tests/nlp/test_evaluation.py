"""The scorer the labelled sets and the bench use, on the real reader and knowledge base."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from legtwitch.knowledge.base import KnowledgeBase
from legtwitch.nlp import extract
from legtwitch.nlp.evaluation import Item, score
from legtwitch.nlp.extraction import Extraction

TODAY = date(2026, 11, 25)
STATED = "I can't feel anything down below when I wipe, and my calves twitch."


def _read(kb: KnowledgeBase) -> Callable[[str], Extraction]:
    return lambda text: extract(text, kb, TODAY)


def test_a_red_flag_read_present_without_a_label_counts_as_a_breach(
    real_kb: KnowledgeBase,
) -> None:
    right = score([Item(STATED, {"saddle_numbness": "present"})], _read(real_kb), real_kb)
    assert right.breaches == 0 and right.red_flags.tp == 1
    unlabelled = score([Item(STATED, {})], _read(real_kb), real_kb)
    assert unlabelled.breaches == 1 and unlabelled.red_flags.fp == 1
    denied = score([Item(STATED, {"saddle_numbness": "absent"})], _read(real_kb), real_kb)
    assert denied.breaches == 1


def test_a_red_flag_read_absent_is_an_error_but_not_a_breach(real_kb: KnowledgeBase) -> None:
    text = "No numbness down below, my calves just twitch."
    report = score([Item(text, {})], _read(real_kb), real_kb)
    assert report.breaches == 0
    assert report.red_flags.fp == 1  # read absent, not labelled: counted against precision
