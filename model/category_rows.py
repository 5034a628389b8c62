"""The category model's scores for a few profiles, remembered per field text.

A row's score is the sum, in column order, of each TF-IDF entry times its row of
weights (``sparse_rows.category_logits``, the float32 steps of scipy's product). Every
vectorizer reads one field (role, skills or duties), its entries are normalised within
that vectorizer, and the fields' columns follow one another in the model's order: so a
field's products (entry times weights, float32, columns ascending) depend on that
field's text alone. They are kept per text, and a row adds the kept products of its
three fields one after another, as one ``np.add.reduce`` over them: the very floats of
the reference path (tests/test_score_paths.py). The what-if, which re-scores a profile
with one skill changed, then works out only the skills field again.

The entries of a new text are counted in Python (a handful of words): the TF of a count
comes from a table made by ``np.log`` itself, and the norm adds the squares in the order
the terms first appear, as ``np.bincount`` does, so nothing differs in the last bit.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from typing import TYPE_CHECKING

import numpy as np

from career_resilience.model.features import normalise

if TYPE_CHECKING:
    from career_resilience.model.fast_features import FastFeaturizer, _Part

#: Field texts whose products are kept (a what-if session uses a few dozen).
MAX_KEPT = 4096
#: Counts of one term in a field up to this use the table; longer texts compute it.
_TABLE = 256
_LOG_TF = np.concatenate([[np.nan], 1.0 + np.log(np.arange(1, _TABLE, dtype=np.float64))])


class CategoryRows:
    """``featurizer.transform(rows) @ coef_t`` for a few rows, field products kept."""

    def __init__(self, featurizer: FastFeaturizer, coef_t: np.ndarray) -> None:
        self.coef_t = coef_t
        parts = featurizer.parts
        self.fields = sorted({p.field for p in parts})
        self._parts = {f: [p for p in parts if p.field == f] for f in self.fields}
        # The field order must be the column order for per-field sums to add up in it.
        order = [p.field for p in parts]
        if order != sorted(order):
            raise ValueError("vectorizers are not grouped by field in column order")
        self._idf: dict[str, list[float]] = {}
        self._kept: dict[tuple[int, str], np.ndarray] = {}
        self._empty = np.zeros((0, coef_t.shape[1]), dtype=coef_t.dtype)

    def logits(self, rows: Sequence[Sequence[str]]) -> np.ndarray:
        """Rows x classes (float32), bit for bit ``category_logits``."""
        out = np.zeros((len(rows), self.coef_t.shape[1]), dtype=self.coef_t.dtype)
        for r, row in enumerate(rows):
            products = [self.products(f, row[f]) for f in self.fields]
            products = [p for p in products if len(p)]
            if products:
                # One reduce over the fields' rows in column order: the same additions,
                # in the same order, as over the whole row's entries.
                stacked = products[0] if len(products) == 1 else np.concatenate(products)
                out[r] = np.add.reduce(stacked, axis=0)
        return out

    def products(self, field: int, text: str) -> np.ndarray:
        """Entries x classes: each of ``text``'s entries (columns ascending) times its
        row of weights, float32; kept per text (bounded)."""
        key = (field, text)
        found = self._kept.get(key)
        if found is None:
            if len(self._kept) >= MAX_KEPT:
                self._kept.clear()
            found = self._kept[key] = self._compute(field, text)
        return found

    def _compute(self, field: int, text: str) -> np.ndarray:
        norm = normalise(text) if text else ""
        cols: list[np.ndarray] = []
        data: list[np.ndarray] = []
        for part in self._parts[field]:
            found = Counter(part.columns(norm))  # union columns, in first-appearance order
            if not found:
                continue
            idx = np.fromiter(found, dtype=np.int64, count=len(found))
            counts = np.fromiter(found.values(), dtype=np.int64, count=len(found))
            tf = _LOG_TF[counts] if counts.max() < _TABLE else 1.0 + np.log(counts.astype(float))
            values = tf * part.idf[idx - part.offset]
            # cumsum adds the squares one after another in that order, as bincount does.
            norm_ = np.sqrt(np.cumsum(values * values)[-1])
            order = np.argsort(idx, kind="stable")
            cols.append(idx[order])
            data.append((values / norm_ * np.float64(part.weight))[order])
        if not cols:
            return self._empty
        values32 = np.concatenate(data).astype(np.float32)
        return values32[:, None] * self.coef_t[np.concatenate(cols)]

    def _idf_of(self, part: _Part) -> list[float]:
        """A vectorizer's IDF as Python floats (made on first use: a cold start reads
        one title)."""
        idf = self._idf.get(part.name)
        if idf is None:
            idf = self._idf[part.name] = np.asarray(part.idf, dtype=np.float64).tolist()
        return idf
