"""The title, technology and task tables as term-major postings, and one query's dot
products with every row of one (the sparse arithmetic of ``occupation_match``).

Plain numpy: no scipy at run time (importing scipy.sparse cost most of a second at
start-up).
"""

from __future__ import annotations

from collections.abc import Sequence
from operator import itemgetter
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

    Stored small (float16 values, uint16 rows). Values are widened once here to
    float32: every look-up multiplies tens of thousands of entries, and numpy converts
    half floats in software, which made each look-up 2-3x slower. Row numbers stay as
    stored (16 bits for up to 65,536 rows): ``bincount`` widens them exactly, and a
    start-up does not write 14 MB of wider row numbers that a score reads a few
    hundred terms of (:func:`term_views`).
    """
    return Postings(
        arrays[f"{name}.data"].astype(np.float32),
        arrays[f"{name}.indices"],
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
    return similarity_sum(by_term, cols, vals, size).astype(np.float32)


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
    bit for bit those of :func:`similarity_sum` one query at a time.
    """
    if len(queries) == 1:
        return similarity_sum(by_term, *queries[0], size)[None]
    if not queries:
        return np.zeros((0, size))
    rows: list[np.ndarray] = []
    values: list[np.ndarray] = []
    counts: list[np.ndarray] = []
    for k, (cols, _) in enumerate(queries):
        if not len(cols):
            continue
        row_bytes, data_bytes, count = term_views(by_term, cols)
        pick = _picker(cols.tolist())
        part = np.frombuffer(b"".join(pick(row_bytes)), by_term.indices.dtype)
        # Widened before the shift: query k's cells start at k * size, past 16 bits.
        rows.append(part.astype(np.intp) + k * size if k else part)
        values.append(np.frombuffer(b"".join(pick(data_bytes)), by_term.data.dtype))
        counts.append(count[cols])
    if not rows:
        return np.zeros((len(queries), size))
    vals = np.concatenate([v for c, v in queries if len(c)])
    weights = np.repeat(vals, np.concatenate(counts))
    weights *= np.concatenate(values)  # as in similarity_sum: one array fewer
    target = np.concatenate(rows) if len(rows) > 1 else rows[0]
    sums = np.bincount(target, weights=weights, minlength=len(queries) * size)
    return sums.reshape(len(queries), size)


def similarity_sum(by_term: Postings, cols: np.ndarray, vals: np.ndarray, size: int) -> np.ndarray:
    """One query's dot products with every row, in float64 (before rounding): (size,).

    Each row adds its entries in the query's term order, one after another
    (``bincount`` adds in array order), the order every path here has always used.
    A term's postings are one contiguous slice, gathered by joining the term's cached
    bytes (:func:`term_views`) rather than through an index array built with ``repeat``
    or ``cumsum`` (a title query walks 10-150k entries, and gathering through an index
    cost 1.2-1.8x the joining) or fresh slices (making the slice objects was a third of
    the joining).
    """
    if not len(cols):
        return np.zeros(size)
    rows, weights = _entries(by_term, cols, vals)
    return np.bincount(rows, weights=weights, minlength=size)


def group_maxima(sums: np.ndarray, starts: np.ndarray) -> np.ndarray:
    """The largest of each group of ``sums`` (group ``g`` from ``starts[g]`` to the next
    start), for sums of non-negative products (cosines of TF-IDF vectors): float64.

    Compared as 64-bit integers: a non-negative double's bits order as the number
    does, and these sums are never negative, -0.0 or NaN (``bincount`` starts each at
    +0.0 and adds products of positive weights and non-negative values), so each
    group's largest is the very same double. The integer loop has none of the float
    loop's NaN care: about half the time over 52k titles in 950 groups.
    """
    return np.maximum.reduceat(sums.view(np.int64), starts).view(np.float64)


def reached_sums(by_term: Postings, cols: np.ndarray, vals: np.ndarray) -> tuple[np.ndarray, ...]:
    """The rows one query reaches (ascending, each once) and their dot products: the
    entries of :func:`similarity_sum` that can be non-zero, the very same floats.

    For a short query against a wide table (a skill's few dozen entries against 27k
    technology items): no pass over every row for their sums, then for the non-zero
    ones. Each row's entries are still added one after another in the query's term
    order (``bincount`` adds in array order, here into one bin per row reached).
    """
    if not len(cols):
        return np.zeros(0, np.intp), np.zeros(0)
    rows, weights = _entries(by_term, cols, vals)
    order = rows.argsort()
    ordered = rows[order]
    first = np.empty(len(rows), bool)
    first[0] = True
    np.not_equal(ordered[1:], ordered[:-1], out=first[1:])
    bins = np.empty(len(rows), np.intp)
    bins[order] = first.cumsum() - 1
    return ordered[first].astype(np.intp), np.bincount(bins, weights=weights)


def _entries(by_term: Postings, cols: np.ndarray, vals: np.ndarray) -> tuple[np.ndarray, ...]:
    """A query's postings entries in its term order: their rows (in the table's own
    type: ``bincount`` widens them), and the query weight times the entry's value for
    each."""
    row_bytes, data_bytes, counts = term_views(by_term, cols)
    pick = _picker(cols.tolist())
    rows = np.frombuffer(b"".join(pick(row_bytes)), by_term.indices.dtype)
    # The query weights repeated, then multiplied in place by the values (float64 times
    # float32 widened exactly: the products of ``values * weights``, one array fewer
    # to allocate and fill: 10-15% of a look-up).
    weights = vals.repeat(counts[cols])
    weights *= np.frombuffer(b"".join(pick(data_bytes)), by_term.data.dtype)
    return rows, weights


def _picker(terms: list[int]) -> Any:
    """One C-level pick of the terms' entries from a per-term list (a duty text has
    ~185 terms, a title ~35), not a Python comprehension per list."""
    return itemgetter(*terms) if len(terms) > 1 else lambda views: (views[terms[0]],)


#: Per table (by the id of its ``indptr``, kept alive with it): each term's postings
#: rows and values as bytes (``None`` until a query first asks for the term), which of
#: them are made, and every term's postings count.
_VIEWS: dict[int, tuple[np.ndarray, list[Any], list[Any], np.ndarray, np.ndarray]] = {}


def term_views(by_term: Postings, cols: np.ndarray) -> tuple[list[Any], list[Any], np.ndarray]:
    """Each term's postings rows and values as bytes, made for the terms ``cols`` asks
    for if not yet (a table's 72k terms would take 80 ms to cut up front, at
    start-up); and every term's count of entries.

    Bytes, joined with ``b"".join`` and read back with ``np.frombuffer``: the very
    arrays ``np.concatenate`` of the terms' slices gives, without its set-up per
    array (about a quarter of a microsecond: a title walks ~50 terms, a duty text
    hundreds). Rows keep the table's 16-bit type: a quarter of the bytes to join, and
    ``bincount`` widens them exactly. A title look-up took 0.76x the time.
    """
    ptr = by_term.indptr
    found = _VIEWS.get(id(ptr))
    if found is None or found[0] is not ptr:
        if len(_VIEWS) > 4:  # tables rebuilt (tests, training folds): drop the old ones
            _VIEWS.clear()
        n = len(ptr) - 1
        found = _VIEWS[id(ptr)] = (ptr, [None] * n, [None] * n, np.zeros(n, bool), np.diff(ptr))
    _, row_bytes, data_bytes, made, counts = found
    missing = cols[~made[cols]]
    if len(missing):
        indices, data = by_term.indices, by_term.data
        for j in missing.tolist():
            a, b = int(ptr[j]), int(ptr[j + 1])
            row_bytes[j], data_bytes[j] = indices[a:b].tobytes(), data[a:b].tobytes()
        made[missing] = True
    return row_bytes, data_bytes, counts
