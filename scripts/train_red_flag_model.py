"""Train the red-flag model and write src/legtwitch/nlp/data/red_flag_model.npz.

Run with the dev extra installed (it needs scikit-learn):
    .venv/bin/python scripts/train_red_flag_model.py
Settings and the sets it learns from are in src/legtwitch/nlp/data/red_flag_model.yaml. One
logistic regression per red flag (scikit-learn, a well-kept library; only the weights ship, so
the program needs no scikit-learn at run time) on the features of nlp/ngrams.py. The file records
a fingerprint of each training set; tests/nlp/test_red_flag_model.py fails when a set changed and
the model was not trained again.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))


def main(argv: list[str] | None = None) -> None:
    import argparse

    import numpy as np
    from scipy.sparse import csr_matrix
    from sklearn.linear_model import LogisticRegression

    from legtwitch.knowledge.base import KnowledgeBase
    from legtwitch.nlp import ngrams
    from legtwitch.nlp.lexicon import DATA_DIR, model_spec
    from legtwitch.nlp.red_flag_model import fingerprint, training_settings

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, help="write here instead of the package's data")
    parser.add_argument("--leave-out", default="", help="a set to leave out (for measuring)")
    parser.add_argument("--quiet", action="store_true", help="print nothing")
    args = parser.parse_args(argv)
    spec = model_spec()
    if args.leave_out:
        kept = tuple(n for n in spec.training_sets if n != args.leave_out)
        spec = spec.model_copy(update={"training_sets": kept})
    kb = KnowledgeBase.load()
    red = sorted(fid for fid, f in kb.findings.items() if f.group == "red_flag")
    texts, labels = [], []
    for name in spec.training_sets:
        from legtwitch.nlp.evaluation import load_items

        items, _ = load_items(ROOT / "tests" / "nlp" / f"{name}.yaml")
        texts += [it.text for it in items]
        labels += [it.expected for it in items]
    counts = [ngrams.grams(t, spec.word_ngrams, spec.char_ngrams) for t in texts]
    df: Counter[str] = Counter(g for c in counts for g in c)
    vocab = sorted(g for g, n in df.items() if g[0] == ngrams.WORD or n >= spec.char_min_documents)
    index = {g: i for i, g in enumerate(vocab)}
    idf = [ngrams.inverse_document_frequency(df[g], len(texts)) for g in vocab]
    rows, cols, vals = [], [], []
    for r, c in enumerate(counts):
        for i, x in ngrams.weigh(c, index, idf).items():
            rows.append(r)
            cols.append(i)
            vals.append(x)
    matrix = csr_matrix((vals, (rows, cols)), shape=(len(texts), len(vocab)))
    flags, coefs, intercepts = [], [], []
    for fid in red:
        y = np.array([1 if e.get(fid) == "present" else 0 for e in labels])
        if y.sum() < spec.min_examples:
            if not args.quiet:
                print(f"  {fid}: {y.sum()} examples, no model")
            continue
        model = LogisticRegression(
            C=spec.inverse_regularisation, class_weight="balanced", max_iter=5000
        ).fit(matrix, y)
        flags.append(fid)
        coefs.append(model.coef_[0])
        intercepts.append(model.intercept_[0])
        if not args.quiet:
            print(f"  {fid}: {y.sum()} examples")
    meta = {
        "settings": training_settings(spec),
        "sets": {n: fingerprint(ROOT / "tests" / "nlp" / f"{n}.yaml") for n in spec.training_sets},
        "sentences": len(texts),
    }
    out = args.out or DATA_DIR / "red_flag_model.npz"
    np.savez_compressed(
        out,
        flags=np.array(flags),
        features=np.array(vocab),
        idf=np.array(idf, dtype=np.float32),
        coef=np.array(coefs, dtype=np.float32).T.astype(np.float16),
        intercept=np.array(intercepts, dtype=np.float32),
        meta=np.array(json.dumps(meta, sort_keys=True)),
    )
    size = out.stat().st_size / 1e6
    if not args.quiet:
        print(f"{out}: {len(flags)} red flags, {len(vocab)} features, {size:.2f} MB")


if __name__ == "__main__":
    main()
