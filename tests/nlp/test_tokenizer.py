"""The pipeline's tokenizer is medspaCy's, built once: it splits text as medspacy.load()'s does."""

from __future__ import annotations

import warnings
from pathlib import Path

import yaml

from legtwitch.nlp.blank import blank_with_medspacy_tokenizer

HERE = Path(__file__).parent


def test_tokens_match_medspacys_own_tokenizer_on_every_labelled_sentence() -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # pysbd's invalid escapes, when first compiled
        import medspacy

    reference = medspacy.load(medspacy_enable=["medspacy_tokenizer"], load_rules=False)
    ours = blank_with_medspacy_tokenizer()
    texts = [
        str(item["t"])
        for path in sorted(HERE.glob("*.yaml"))
        for item in yaml.safe_load(path.read_text(encoding="utf-8"))["items"]
    ]
    texts.append("chf+cp 1.5mg can't c/o 10:30 5-6 coffees/day e.g. Dr. St. U.K. 😀 http://x.org")
    assert len(texts) > 500
    for text in texts:
        assert [t.text for t in ours.make_doc(text)] == [t.text for t in reference(text)], text
