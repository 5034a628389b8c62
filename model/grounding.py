"""Published figures per occupation, arranged for scoring (built once per engine).

Exposure is the probability-weighted consensus percentile of the matched occupations;
its error (``uncertainty``) grows with the spread of that percentile under the match
probabilities (match uncertainty) and with the disagreement of the four published
indices for the matched occupations. Both are numpy over a batch of profiles.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from career_resilience.contract import INDEX_KEYS
from career_resilience.model.category_agree import Related, agree_table
from career_resilience.skills.occupation_frame import Frame
from career_resilience.skills.occupations import Occupation

BLS_SOURCE = "BLS Employment Projections 2022-32"
#: The BLS % change at which the outlook value is 1 / (1 + e^-1) (``bls_value``).
BLS_SCALE = 8.0


def bls_value(change: np.ndarray) -> np.ndarray:
    """0-1 outlook value of a BLS % change (0.5 at no change; NaN reads as 0.5)."""
    return np.where(np.isnan(change), 0.5, 1.0 / (1.0 + np.exp(-np.nan_to_num(change) / BLS_SCALE)))


def index_percentiles(occupations: list[Occupation]) -> np.ndarray:
    """Each occupation's percentile (0-100) on each index, NaN where not published."""
    out = np.full((len(occupations), len(INDEX_KEYS)), np.nan)
    for k, name in enumerate(INDEX_KEYS):
        values = np.array([getattr(o, name) if getattr(o, name) is not None else np.nan
                           for o in occupations])  # fmt: skip
        have = ~np.isnan(values)
        out[have, k] = 100.0 * tied_ranks(values[have]) / max(1, have.sum() - 1)
    return out


def tied_ranks(values: np.ndarray) -> np.ndarray:
    """0-based ranks of ``values``, tied values sharing their mean rank. Many
    occupations publish the same figure (a GPT-4 beta of 0 or 0.5): ranked one by one
    they were put apart by the sort's order of ties, which differs by CPU, and the
    indices' disagreement (the interval's spread) read that order as disagreement."""
    order = np.argsort(values, kind="stable")
    ordered = values[order]
    starts = np.flatnonzero(np.r_[True, ordered[1:] != ordered[:-1]])
    sizes = np.diff(np.r_[starts, len(ordered)])
    ranks = np.empty(len(values))
    ranks[order] = np.repeat(starts + (sizes - 1) / 2.0, sizes)
    return ranks


@dataclass(frozen=True)
class GroundTables:
    """Figures of every occupation in the matcher's column order, plus the category frame."""

    codes: tuple[str, ...]
    occupations: tuple[Occupation, ...]
    pct: np.ndarray  # consensus percentile
    index_spread: np.ndarray  # std of the index percentiles (their disagreement)
    bls_change: np.ndarray  # BLS 2022-32 % change (NaN where not projected)
    category: np.ndarray  # occupations x categories, one-hot
    # occupations x categories, 0/1: the kinds of work agreeing with each in the match's
    # category column (its frame and, for a manager, the work it manages)
    agree: np.ndarray
    anchor_mask: np.ndarray  # categories that O*NET lacks (placed by the classifier)
    anchor_figure: np.ndarray  # their figure: mean consensus of the anchor occupations
    anchor_bls: np.ndarray
    anchor_codes: dict[str, tuple[str, ...]]
    #: (category column, its anchor occupations' rows) per AI-era category, in the
    #: frame's order: how a category's share is spread over its anchors (``grounded``).
    anchor_rows: tuple[tuple[int, tuple[int, ...]], ...]
    category_of: dict[str, str]
    # Fixed per engine, so a score does not recompute them (the same floats each time).
    pct_sq: np.ndarray  # pct**2
    spread_sq: np.ndarray  # index_spread**2
    anchor_figure_sq: np.ndarray  # anchor_figure**2
    bls_have: np.ndarray  # occupations BLS projects (bls_change not NaN)
    bls_known: np.ndarray  # bls_change of those
    bls_rows: np.ndarray  # their rows, as numbers (a mask is searched again every score)
    bls_value: np.ndarray  # bls_value(bls_change): each occupation's outlook value

    @classmethod
    def build(
        cls,
        table: dict[str, Occupation],
        codes: tuple[str, ...],
        frame: Frame,
        classes: list[str],
        related: Related | None = None,
    ) -> GroundTables:
        """Arrange the published figures for ``codes`` and ``classes``; ``related``:
        O*NET's related occupations, which name the work a manager manages
        (``category_agree``; none: each occupation agrees with its frame alone)."""
        occ = [table[c] for c in codes]
        pct, spread = figures(occ)
        bls = np.array([np.nan if o.bls_change_pct is None else o.bls_change_pct for o in occ])
        c_index = {c: i for i, c in enumerate(classes)}
        category = np.zeros((len(codes), len(classes)))
        for i, code in enumerate(codes):
            category[i, c_index[frame.category_of[code]]] = 1.0
        mask = np.array([c in frame.anchors for c in classes])
        index = {c: i for i, c in enumerate(codes)}
        figure = np.zeros(len(classes))
        anchor_bls = np.zeros(len(classes))
        for cid, anchor in frame.anchors.items():
            rows = [index[a] for a in anchor]
            figure[c_index[cid]] = pct[rows].mean()
            anchor_bls[c_index[cid]] = np.nanmean(bls[rows])
        return cls(
            codes=codes,
            occupations=tuple(occ),
            pct=pct,
            index_spread=spread,
            bls_change=bls,
            category=category,
            agree=agree_table(codes, frame.category_of, classes, related or {}),
            anchor_mask=mask,
            anchor_figure=figure,
            anchor_bls=anchor_bls,
            anchor_codes=dict(frame.anchors),
            anchor_rows=tuple(
                (c_index[cid], tuple(index[a] for a in anchor))
                for cid, anchor in frame.anchors.items()
            ),
            category_of=dict(frame.category_of),
            pct_sq=pct**2,
            spread_sq=spread**2,
            anchor_figure_sq=figure**2,
            bls_have=~np.isnan(bls),
            bls_known=bls[~np.isnan(bls)],
            bls_rows=np.flatnonzero(~np.isnan(bls)),
            bls_value=bls_value(bls),
        )


def figures(occupations: list[Occupation]) -> tuple[np.ndarray, np.ndarray]:
    """Each occupation's consensus percentile, and the std of its four index percentiles
    (their disagreement; the mean disagreement where fewer than two are published)."""
    pct = np.array([o.consensus_pct or 50.0 for o in occupations])
    spread = np.nanstd(index_percentiles(occupations), axis=1)
    return pct, np.where(np.isnan(spread), np.nanmean(spread), spread)


def match_moments(
    proba: np.ndarray, pct: np.ndarray, spread: np.ndarray
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Under the match: the expected percentile, its variance (match uncertainty) and the
    expected squared disagreement of the indices."""
    return squared_moments(proba, pct, pct**2, spread**2)


def squared_moments(
    proba: np.ndarray, pct: np.ndarray, pct_sq: np.ndarray, spread_sq: np.ndarray
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """:func:`match_moments` with the squares given (``GroundTables`` keeps them)."""
    mean = proba @ pct
    return mean, np.maximum(proba @ pct_sq - mean * mean, 0.0), proba @ spread_sq


def row_products(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """``a @ b`` (a float64 table ``b``), each row of ``a`` worked out on its own: a row
    gives the very floats whatever rows are beside it. A BLAS product over a batch's rows
    adds in another order than over one row, so ``score_many`` and ``score`` differed
    in the last digits (188 of 200 profiles); ``a`` is widened first, as the product
    widened it, and laid out by rows (einsum's buffered cast of float32, or a
    column-major ``a`` such as a masked selection of columns, cut or walked the rows
    otherwise)."""
    return np.einsum("ij,j...->i...", np.ascontiguousarray(a, np.float64), b)


def framed_sums(a: np.ndarray, category: np.ndarray) -> np.ndarray:
    """:func:`row_products` of probabilities ``a`` (finite) and an occupations-by-
    categories ``category`` table: where the table is one-hot (each occupation framed in
    one category, as shipped), each row's probabilities summed per category by
    ``np.bincount``, in occupation order. The very floats of the product, whose loop adds
    ``a[j] * b[j, :]`` in that order and whose other terms add zeros (2,000 random rows
    compared bit for bit, tests/test_grounding_sums.py), at a sixth of its time: 3
    against 20 us a row, the largest product of a score's grounding. Any other table:
    :func:`row_products`."""
    frame = frame_of(category)
    if frame is None:
        return row_products(a, category)
    rows = np.ascontiguousarray(a, np.float64)
    size = category.shape[1]
    out = np.empty((len(rows), size))
    for i, row in enumerate(rows):
        out[i] = np.bincount(frame, weights=row, minlength=size)
    return out


#: Per category table (kept alive with it, so its id stays its own): each occupation's
#: category, or None when the table is not one-hot with one 1 in every row.
_FRAMES: dict[int, tuple[np.ndarray, np.ndarray | None]] = {}


def frame_of(category: np.ndarray) -> np.ndarray | None:
    """Each occupation's category column of a one-hot ``category`` table, else None
    (kept per table: the matcher's category feature reads it on every score too)."""
    kept = _FRAMES.get(id(category))
    if kept is None or kept[0] is not category:
        onehot = category.ndim == 2 and bool(
            ((category == 0.0) | (category == 1.0)).all() and (category.sum(axis=1) == 1).all()
        )
        if len(_FRAMES) > 4:  # tables rebuilt (tests, training folds)
            _FRAMES.clear()
        kept = _FRAMES[id(category)] = (category, category.argmax(axis=1) if onehot else None)
    return kept[1]
