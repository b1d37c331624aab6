"""The red-flag model: how likely a sentence is to state each red flag, from its wording as a whole.

One logistic regression per red flag over the word and character n-grams of nlp/ngrams.py,
trained by scripts/train_red_flag_model.py on the labelled sets named in red_flag_model.yaml, and
shipped as weights (red_flag_model.npz, read with numpy; no scikit-learn at run time). It never
decides a status: nlp/model_mentions.py lets ConText do that.
"""

from __future__ import annotations

import hashlib
import json
import math
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from legtwitch.errors import KnowledgeBaseError
from legtwitch.nlp import ngrams
from legtwitch.nlp.lexicon import DATA_DIR, ModelSpec, model_spec

if TYPE_CHECKING:
    import numpy as np
    import numpy.typing as npt

MODEL_FILE = DATA_DIR / "red_flag_model.npz"
_LOCK = threading.Lock()
_CACHE: list[RedFlagModel] = []


@dataclass(frozen=True)
class RedFlagModel:
    flags: tuple[str, ...]  # red-flag finding ids, one per column of coef
    index: dict[str, int]  # feature -> row of coef
    idf: list[float]
    coef: npt.NDArray[np.float32]  # features x flags
    intercept: npt.NDArray[np.float32]
    meta: dict[str, Any]  # what it was trained on (training settings, set fingerprints)
    spec: ModelSpec

    def probabilities(self, text: str) -> dict[str, float]:
        """Red-flag id -> probability that `text` (one sentence) states it."""
        weights = ngrams.weigh(
            ngrams.grams(text, self.spec.word_ngrams, self.spec.char_ngrams), self.index, self.idf
        )
        scores = self.intercept.astype("float64")
        if weights:
            rows = list(weights)
            scores = scores + self.coef[rows].T.astype("float64") @ [weights[r] for r in rows]
        return {f: _sigmoid(float(s)) for f, s in zip(self.flags, scores, strict=True)}

    def likely(self, text: str) -> dict[str, float]:
        """The red flags `text` probably states (at or above the threshold), with probabilities;
        nothing for a sentence shorter than `min_words` words."""
        return self.above(text, self.spec.threshold.value)

    def above(self, text: str, cut: float) -> dict[str, float]:
        """The red flags at or above probability `cut` for `text` (none if it is too short)."""
        if len(text.split()) < self.spec.min_words:
            return {}
        return {f: p for f, p in self.probabilities(text).items() if p >= cut}


def _sigmoid(x: float) -> float:
    return 1.0 / (1.0 + math.exp(-x)) if x >= 0 else math.exp(x) / (1.0 + math.exp(x))


def red_flag_model() -> RedFlagModel:
    """The shipped model (loaded once per process)."""
    with _LOCK:
        if not _CACHE:
            _CACHE.append(load(MODEL_FILE, model_spec()))
        return _CACHE[0]


def load(path: Path, spec: ModelSpec) -> RedFlagModel:
    import numpy as np

    try:
        with np.load(path, allow_pickle=False) as data:
            features = data["features"].tolist()
            model = RedFlagModel(
                flags=tuple(data["flags"].tolist()),
                index={g: i for i, g in enumerate(features)},
                idf=data["idf"].astype("float64").tolist(),
                coef=data["coef"].astype(np.float32),
                intercept=data["intercept"].astype(np.float32),
                meta=json.loads(str(data["meta"])),
                spec=spec,
            )
    except (OSError, KeyError, ValueError) as exc:
        raise KnowledgeBaseError(f"The red-flag model {path.name} cannot be read: {exc}") from None
    if model.meta.get("settings") != training_settings(spec):
        raise KnowledgeBaseError(
            f"The red-flag model {path.name} was trained with other settings than "
            "red_flag_model.yaml; train it again: python scripts/train_red_flag_model.py"
        )
    return model


def training_settings(spec: ModelSpec) -> dict[str, Any]:
    """The settings that shape the weights (the threshold and min_words only read them)."""
    return {
        "word_ngrams": list(spec.word_ngrams),
        "char_ngrams": list(spec.char_ngrams),
        "char_min_documents": spec.char_min_documents,
        "inverse_regularisation": spec.inverse_regularisation,
        "min_examples": spec.min_examples,
        "training_sets": list(spec.training_sets),
    }


def fingerprint(path: Path) -> str:
    """A digest of a labelled set's sentences and labels (not its comments)."""
    from legtwitch.nlp.evaluation import load_items

    items, _ = load_items(path)
    content = [[it.text, sorted(it.expected.items())] for it in items]
    return hashlib.sha256(json.dumps(content).encode()).hexdigest()
