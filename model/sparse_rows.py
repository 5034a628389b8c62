"""The category model's linear scores without scipy: same floats, less start-up.

``FastFeaturizer.transform`` builds a scipy CSR matrix, and importing ``scipy.sparse``
pulls in numpy's testing, f2py and array-API shims: most of a second of a cold
``resilience score``, for a product of one sparse row with a small dense matrix. Here
each row's TF-IDF entries are computed the same way (same float64 steps, same float32
rounding) and multiplied in the order scipy's ``csr_matvec(s)`` adds them (row by
row, columns ascending), so
the scores are bit for bit those of the matrix path; tests/test_sparse_rows.py checks.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

import numpy as np

from career_resilience.model.fast_features import FastFeaturizer
from career_resilience.model.features import normalise


def _row_entries(featurizer: FastFeaturizer, row: Sequence[str]) -> tuple[np.ndarray, np.ndarray]:
    """One row's (columns ascending, float32 values), as ``transform`` stores them."""
    texts = [normalise(field) if field else "" for field in row]
    cols: list[np.ndarray] = []
    data: list[np.ndarray] = []
    for part in featurizer.parts:
        vocab = part.vocab
        found = Counter(j for j in map(vocab.get, part.grams(texts[part.field])) if j is not None)
        if not found:
            continue
        idx = np.fromiter(found, dtype=np.int64, count=len(found))
        counts = np.fromiter(found.values(), dtype=np.float64, count=len(found))
        values = (1.0 + np.log(counts)) * part.idf[idx]
        # bincount adds the squares one after another, as ``_finish`` does.
        norm = np.sqrt(np.bincount(np.zeros(len(values), np.int64), weights=values**2)[0])
        cols.append(idx + part.offset)
        data.append(values / norm * np.float64(part.weight))
    if not cols:
        return np.zeros(0, np.int64), np.zeros(0, np.float32)
    col = np.concatenate(cols)
    order = np.argsort(col, kind="stable")
    return col[order], np.concatenate(data).astype(np.float32)[order]


def category_logits(
    featurizer: FastFeaturizer, rows: Sequence[Sequence[str]], coef_t: np.ndarray
) -> np.ndarray:
    """``featurizer.transform(rows) @ coef_t`` (features x classes, float32), per row."""
    out = np.zeros((len(rows), coef_t.shape[1]), dtype=coef_t.dtype)
    for r, row in enumerate(rows):
        cols, data = _row_entries(featurizer, row)
        if len(cols):
            # Axis-0 reduction adds the rows one after another (no pairwise summation),
            # the order scipy's csr_matvecs accumulates them in.
            out[r] = np.add.reduce(data[:, None] * coef_t[cols], axis=0)
    return out
