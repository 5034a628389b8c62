"""The title, technology and task tables as term-major postings, and one query's dot
products with every row of one (the sparse arithmetic of ``occupation_match``).

Plain numpy: no scipy at run time (importing scipy.sparse cost most of a second at
start-up).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, NamedTuple

import numpy as np


class Postings(NamedTuple):
    """A term-major sparse table (CSR arrays): for each term, the rows that contain it.

    Plain arrays rather than a scipy matrix: scoring only walks a query's own terms, and
    not importing scipy.sparse saves most of a second at start-up.
    """

    data: np.ndarray
    indices: np.ndarray
    indptr: np.ndarray


def csr(arrays: dict[str, np.ndarray], name: str) -> Postings:
    """The postings stored as ``name.data``/``.indices``/``.indptr``.

    Stored small (float16 values, uint16 rows) but widened once here to float32/int32:
    every look-up multiplies and scatters tens of thousands of entries, and numpy
    converts half floats in software, which made each look-up 2-3x slower. Widening
    is exact, so the sums are unchanged.
    """
    return Postings(
        arrays[f"{name}.data"].astype(np.float32),
        arrays[f"{name}.indices"].astype(np.int32),
        arrays[f"{name}.indptr"].astype(np.int64),
    )


def csr_arrays(matrix: Any, name: str) -> dict[str, np.ndarray]:
    """The arrays :func:`csr` rebuilds ``matrix`` from, in the smallest types that hold them.

    Values are TF-IDF weights in [0, 1]: float16 keeps three significant digits, far
    finer than any difference the match acts on. Row numbers fit uint16 below 65,536
    rows (52k titles, 950 occupations). Half the bytes to hash and read at start-up.
    """
    m = matrix.tocsr()
    m.sort_indices()
    index_type = np.uint16 if m.shape[1] <= np.iinfo(np.uint16).max + 1 else np.int32
    return {
        f"{name}.data": m.data.astype(np.float16),
        f"{name}.indices": m.indices.astype(index_type),
        f"{name}.indptr": m.indptr.astype(np.int32),
        f"{name}.shape": np.array(m.shape, dtype=np.int64),
    }


def similarities(by_term: Postings, cols: np.ndarray, vals: np.ndarray, size: int) -> np.ndarray:
    """Dot products of one query with every row of a table stored term-major (CSR)."""
    return similarities_many(by_term, [(cols, vals)], size)[0]


def similarities_many(
    by_term: Postings, queries: Sequence[tuple[np.ndarray, np.ndarray]], size: int
) -> np.ndarray:
    """:func:`similarities` of several queries at once: (queries, size), float32."""
    return similarity_sums(by_term, queries, size).astype(np.float32)


def similarity_sums(
    by_term: Postings, queries: Sequence[tuple[np.ndarray, np.ndarray]], size: int
) -> np.ndarray:
    """:func:`similarities_many` before its values are rounded to float32: (queries, size).

    Rounding is monotonic, so the best title of each occupation can be found on these
    and rounded afterwards, to the very float32 it had: 950 values to round instead of
    52k per title query.

    One ``bincount`` over all queries (query ``k`` owns output cells ``k * size ...``);
    each cell adds its entries in the same order as a query on its own, so the sums are
    bit for bit those of :func:`similarities` one query at a time.

    A term's postings are one contiguous slice, so the entries are gathered by joining
    slices (views, copied once by ``concatenate``) rather than through an index array
    built with ``repeat``: a title query walks 10-100k entries, and the index array
    cost more than the sums.
    """
    if not queries:
        return np.zeros((0, size))
    ptr, indices, data = by_term.indptr, by_term.indices, by_term.data
    rows: list[np.ndarray] = []
    values: list[np.ndarray] = []
    counts: list[np.ndarray] = []
    for k, (cols, _) in enumerate(queries):
        lo, hi = ptr[cols].tolist(), ptr[cols + 1].tolist()
        if not lo:
            continue
        part = np.concatenate([indices[a:b] for a, b in zip(lo, hi, strict=True)])
        rows.append(part + k * size if k else part)
        values.extend(data[a:b] for a, b in zip(lo, hi, strict=True))
        counts.append(ptr[cols + 1] - ptr[cols])
    if not rows:
        return np.zeros((len(queries), size))
    vals = np.concatenate([v for c, v in queries if len(c)])
    weights = np.concatenate(values) * np.repeat(vals, np.concatenate(counts))
    target = np.concatenate(rows) if len(rows) > 1 else rows[0]
    sums = np.bincount(target, weights=weights, minlength=len(queries) * size)
    return sums.reshape(len(queries), size)
