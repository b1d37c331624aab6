"""A blank spaCy pipeline the reader's way: spacy.blank("en") with medspaCy's tokenizer built in,
its logs silenced, and spaCy's per-pattern pydantic check skipped for rules checked by a test.

spaCy and medspaCy are imported here only inside functions (see nlp/pipeline.py).
"""

from __future__ import annotations

import logging
from types import SimpleNamespace
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from spacy.language import Language


def silence_logs() -> None:
    """PyRuSH logs every token through loguru; health text must never reach a log."""
    from loguru import logger

    for name in ("PyRuSH", "medspacy", "quickumls"):
        logger.disable(name)
    for name in ("PyRuSH", "medspacy", "spacy", "quickumls"):
        logging.getLogger(name).setLevel(logging.ERROR)


_TOKENIZER = "legtwitch_medspacy_tokenizer.v1"


def blank_with_medspacy_tokenizer() -> Language:
    """spacy.blank("en") with medspaCy's tokenizer built in. medspacy.load() makes the default
    English tokenizer first and then a second one of its own (each loads ~2,700 special cases,
    about 0.1 s); here medspaCy's own `create_medspacy_tokenizer` is spaCy's tokenizer factory.
    It reads only the language defaults, the vocab and the default token_match."""
    import spacy
    from medspacy.custom_tokenizer import create_medspacy_tokenizer
    from spacy.util import registry

    def make(nlp: Language) -> Any:
        defaults = nlp.Defaults
        shim = SimpleNamespace(
            Defaults=defaults,
            vocab=nlp.vocab,
            tokenizer=SimpleNamespace(token_match=defaults.token_match),
        )
        return create_medspacy_tokenizer(shim)

    if _TOKENIZER not in registry.tokenizers:
        registry.tokenizers.register(_TOKENIZER, func=lambda: make)
    return spacy.blank("en", config={"nlp": {"tokenizer": {"@tokenizers": _TOKENIZER}}})


def skip_pattern_validation(component: Any) -> None:
    """spaCy's Matcher checks every token pattern with pydantic as it is added (about 1 ms a
    pattern, most of the build time). The patterns are compiled from lay.yaml by nlp/phrases.py and
    checked once by a test (tests/nlp/test_round5_a.py), so the pipeline skips that check. If
    medspaCy's internals change, the check simply stays on."""
    owner = type(component).__name__
    medspacy_matcher = getattr(component, f"_{owner}__matcher", None)
    matcher = getattr(medspacy_matcher, "_MedspacyMatcher__matcher", None)
    if matcher is not None and hasattr(matcher, "validate"):
        matcher.validate = False
