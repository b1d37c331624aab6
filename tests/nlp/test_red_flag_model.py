"""The red-flag model (nlp/red_flag_model.py, nlp/ngrams.py) and how the reader uses it
(nlp/model_mentions.py): the shipped weights match the labelled sets and settings, training again
gives the same model, ConText keeps the model from stating a red flag that is denied, someone
else's, hypothetical, unsure, past or asked about. Real pipeline, real knowledge base, real model;
the sentences are written for these tests, not taken from a labelled set."""

from __future__ import annotations

import importlib.util
import math
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest

from legtwitch.domain.findings import FindingStatus
from legtwitch.errors import KnowledgeBaseError
from legtwitch.knowledge.base import KnowledgeBase
from legtwitch.nlp import extract, ngrams
from legtwitch.nlp.lexicon import model_spec
from legtwitch.nlp.model_mentions import NOTE, model_mentions, sentences
from legtwitch.nlp.pipeline import pipeline
from legtwitch.nlp.red_flag_model import (
    MODEL_FILE,
    fingerprint,
    load,
    red_flag_model,
    training_settings,
)
from reading import TODAY

SETS = Path(__file__).parent
STATED = "every month I can carry less shopping before my legs buckle, and it keeps getting worse"


def test_the_shipped_model_was_trained_on_the_sets_as_they_are_now() -> None:
    meta = red_flag_model().meta
    assert meta["settings"] == training_settings(model_spec())
    stale = [
        name
        for name in model_spec().training_sets
        if meta["sets"].get(name) != fingerprint(SETS / f"{name}.yaml")
    ]
    assert not stale, f"train again: python scripts/train_red_flag_model.py (changed: {stale})"


def test_it_never_learns_from_the_blind_set() -> None:
    """The newest blind sets (test_labelled.NEWEST_BLIND) are kept to measure the whole reader."""
    spec = importlib.util.spec_from_file_location("labelled_sets", SETS / "test_labelled.py")
    assert spec is not None and spec.loader is not None
    sets = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(sets)
    for name in sets.NEWEST_BLIND:  # none between sets being opened and the next ones
        assert Path(name).stem not in model_spec().training_sets
    assert all((SETS / f"{name}.yaml").is_file() for name in model_spec().training_sets)


def test_training_again_gives_the_shipped_model(tmp_path: Path) -> None:
    from scripts.train_red_flag_model import main

    out = tmp_path / "model.npz"
    main(["--out", str(out)])
    again, shipped = load(out, model_spec()), red_flag_model()
    assert again.flags == shipped.flags
    assert again.index == shipped.index
    for text in (STATED, "my left calf twitches at night, no pain", "I choke on my tea"):
        a, b = again.probabilities(text), shipped.probabilities(text)
        assert all(abs(a[f] - b[f]) < 0.01 for f in a), text


def test_a_stated_red_flag_is_likely_and_an_ordinary_sentence_is_not() -> None:
    model = red_flag_model()
    assert "progressive_weakness" in model.likely(STATED)
    assert model.likely("my left calf twitches in the evening after three coffees") == {}
    assert model.likely("chest?") == {}  # shorter than min_words


def _read(text: str, ruled: frozenset[str] = frozenset()) -> tuple[dict[str, str], list[str]]:
    """What the model adds to `text`, with the shipped weights at a threshold of 0.6, so that
    these tests of ConText's part do not hang on how sure the model is of each sentence."""
    nlp = pipeline(KnowledgeBase.load())
    shipped = red_flag_model()
    threshold = shipped.spec.threshold.model_copy(update={"value": 0.6})
    model = replace(shipped, spec=shipped.spec.model_copy(update={"threshold": threshold}))
    mentions, aside = model_mentions(
        [(0, nlp(text))], set(ruled), lambda d, m: False, nlp.nlp, [], {}, model
    )
    assert all(m.note == NOTE for m in mentions)
    return {m.finding_id: m.status.value for m in mentions}, [s.reason for s in aside]


def test_the_model_adds_a_red_flag_as_present_with_its_sentence() -> None:
    assert _read(STATED) == ({"progressive_weakness": "present"}, [])


def test_a_red_flag_the_rules_named_is_left_to_the_rules() -> None:
    assert _read(STATED, frozenset({"progressive_weakness"})) == ({}, [])


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        (
            "every month my dad can carry less shopping before his legs buckle, and it keeps "
            "getting worse",
            "about a relative",
        ),
        (
            "if every month I could carry less shopping before my legs buckle I would worry",
            "hypothetical (if, what if, in case)",
        ),
        (
            "is it bad that every month I can carry less shopping before my legs buckle?",
            "a question",
        ),
        (
            "I never find that every month I can carry less shopping before my legs buckle",
            "denied or negated",
        ),
        (
            "maybe every month I can carry less shopping before my legs buckle and it keeps "
            "getting worse, not sure",
            "unsure (maybe, not sure)",
        ),
        (
            "years ago, every month I could carry less shopping before my legs buckled and it "
            "kept getting worse",
            "in the past",
        ),
    ],
)
def test_context_keeps_the_model_from_stating_a_red_flag(text: str, reason: str) -> None:
    found, aside = _read(text)
    assert found == {}
    assert aside == [reason]


def test_an_inability_is_not_a_denial() -> None:
    found, _ = _read("I can't hold my wee any more, I wet myself twice this week")
    assert found.get("bladder_bowel_change") == "present"


def test_through_the_reader_the_finding_shows_where_it_came_from() -> None:
    # (round 7's rules read "has sunk right in" themselves, so the example changed)
    text = "the hollow between my thumb and finger looks deeper on the left"
    x = extract(text, KnowledgeBase.load(), TODAY)
    f = x.finding("muscle_wasting")
    assert f is not None and f.status is FindingStatus.PRESENT
    assert f.note == NOTE
    assert f.evidence.text == text


def test_sentences_are_whole_sentences() -> None:
    nlp = pipeline(KnowledgeBase.load())
    doc = nlp("My calf twitches, no pain. Is that bad? legs\nfine")
    assert [s.text for s in sentences(doc)] == [
        "My calf twitches, no pain.",
        "Is that bad?",
        "legs\n",
        "fine",
    ]


# --- the model file ---------------------------------------------------------------------------
def test_a_damaged_model_file_is_a_clear_error(tmp_path: Path) -> None:
    bad = tmp_path / "red_flag_model.npz"
    bad.write_bytes(b"not a model")
    with pytest.raises(KnowledgeBaseError, match="cannot be read"):
        load(bad, model_spec())


def test_a_model_trained_with_other_settings_is_refused() -> None:
    spec = model_spec().model_copy(update={"inverse_regularisation": 1.0})
    with pytest.raises(KnowledgeBaseError, match="train it again"):
        load(MODEL_FILE, spec)


# --- features ---------------------------------------------------------------------------------
def test_grams_are_word_and_character_ngrams() -> None:
    counts = ngrams.grams("Calf calf", (1, 2), (3, 3))
    assert counts["w calf"] == 2
    assert counts["w calf calf"] == 1
    assert counts["c ca"] == 2 and counts["c cal"] == 0  # 3-grams only, lower-cased
    assert counts["clf "] == 2  # padded word ends


def test_each_block_of_weights_has_length_one() -> None:
    counts = ngrams.grams("my calf twitches", (1, 2), (3, 5))
    index = {g: i for i, g in enumerate(sorted(counts))}
    idf = [1.0 + i / 10 for i in range(len(index))]
    weights = ngrams.weigh(counts, index, idf)
    for prefix in (ngrams.WORD, ngrams.CHAR):
        block = [w for g, w in weights.items() if sorted(counts)[g][0] == prefix]
        assert math.isclose(math.sqrt(sum(w * w for w in block)), 1.0)
    assert ngrams.weigh(counts, {}, []) == {}  # unknown features are dropped


def test_rarer_features_weigh_more() -> None:
    idf = [ngrams.inverse_document_frequency(df, 100) for df in (1, 10, 100)]
    assert idf == sorted(idf, reverse=True)
    assert np.isclose(idf[2], 1.0 + math.log(101 / 101))


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("a sharp twitch in my chest", FindingStatus.UNKNOWN),
        ("my chest keeps fluttering and twitching tonight", FindingStatus.UNKNOWN),
        ("my chest twitches and it hurts when I breathe in", FindingStatus.PRESENT),
        ("crushing chest pain and my calves twitch", FindingStatus.PRESENT),
    ],
)
def test_a_twitch_in_the_chest_is_not_chest_pain(text: str, status: FindingStatus) -> None:
    """lay.yaml explained_by: twitching in the chest explains the chest words, for the rules and
    the model alike, unless breathing, blood, crushing, an arm or the jaw come with it."""
    assert extract(text, KnowledgeBase.load(), TODAY).status_of("chest_pain") is status
