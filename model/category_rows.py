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

import math
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
        # Every part's IDF at its union columns (float64, the parts' own values).
        self._idf_all = np.concatenate([np.asarray(p.idf, dtype=np.float64) for p in parts])
        self._kept: dict[tuple[int, str], tuple[np.ndarray, np.ndarray]] = {}
        self._empty = (np.zeros(0, np.int64), np.zeros((0, coef_t.shape[1]), dtype=coef_t.dtype))

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
        return self.entries(field, text)[1]

    def entries(self, field: int, text: str) -> tuple[np.ndarray, np.ndarray]:
        """``text``'s columns, ascending, and :meth:`products`: which entry is which (the
        drivers split the products between the items holding each entry)."""
        key = (field, text)
        found = self._kept.get(key)
        if found is None:
            if len(self._kept) >= MAX_KEPT:
                self._kept.clear()
            found = self._kept[key] = self._compute(field, text)
        return found

    def _compute(self, field: int, text: str) -> tuple[np.ndarray, np.ndarray]:
        norm = normalise(text) if text else ""
        # Union columns of each part, in first-appearance order (the order the norm adds).
        found = [(part, c) for part in self._parts[field] if (c := Counter(part.columns(norm)))]
        if not found:
            return self._empty
        if any(max(c.values()) >= _TABLE for _, c in found):
            return self._compute_parts(found)
        # The field's parts in one pass (a title has two: words and characters): the
        # same values, each normalised by its own part's norm, in fewer numpy steps.
        sizes = [len(c) for _, c in found]
        total = sum(sizes)
        cols = np.fromiter((j for _, c in found for j in c), np.int64, total)
        counts = np.fromiter((n for _, c in found for n in c.values()), np.int64, total)
        values = _LOG_TF[counts] * self._idf_all[cols]
        squares = (values * values).tolist()
        norms, at = [], 0
        for n in sizes:
            # The squares added one after another, as cumsum adds them; math.sqrt is
            # IEEE's correctly rounded root, as np.sqrt is.
            s = 0.0
            for x in squares[at : at + n]:
                s += x
            norms.append(math.sqrt(s))
            at += n
        if len(found) == 1:
            scaled = values / norms[0] * np.float64(found[0][0].weight)
        else:
            weights = np.array([part.weight for part, _ in found], np.float64)
            scaled = values / np.repeat(norms, sizes) * np.repeat(weights, sizes)
        # Columns ascending: parts sit at ascending offsets, so one sort orders each.
        order = np.argsort(cols, kind="stable")
        values32 = scaled[order].astype(np.float32)
        ordered = cols[order]
        return ordered, values32[:, None] * self.coef_t[ordered]

    def _compute_parts(
        self, found: list[tuple[_Part, Counter[int]]]
    ) -> tuple[np.ndarray, np.ndarray]:
        """:meth:`_compute` part by part, for a text with a term counted past the table."""
        cols: list[np.ndarray] = []
        data: list[np.ndarray] = []
        for part, counts_of in found:
            idx = np.fromiter(counts_of, dtype=np.int64, count=len(counts_of))
            counts = np.fromiter(counts_of.values(), dtype=np.int64, count=len(counts_of))
            tf = _LOG_TF[counts] if counts.max() < _TABLE else 1.0 + np.log(counts.astype(float))
            values = tf * part.idf[idx - part.offset]
            # cumsum adds the squares one after another in that order, as bincount does.
            norm_ = np.sqrt(np.cumsum(values * values)[-1])
            order = np.argsort(idx, kind="stable")
            cols.append(idx[order])
            data.append((values / norm_ * np.float64(part.weight))[order])
        values32 = np.concatenate(data).astype(np.float32)
        ordered = np.concatenate(cols)
        return ordered, values32[:, None] * self.coef_t[ordered]

    def _idf_of(self, part: _Part) -> list[float]:
        """A vectorizer's IDF as Python floats (made on first use: a cold start reads
        one title)."""
        idf = self._idf.get(part.name)
        if idf is None:
            idf = self._idf[part.name] = np.asarray(part.idf, dtype=np.float64).tolist()
        return idf
