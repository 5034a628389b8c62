"""Which kinds of work agree with each occupation in the match's ``category_agrees`` column.

The column is the category classifier's share of an occupation's frame category
(``occupation_match.set_category``). A manager's frame is often middle management
(``skills/data/occupation_categories.yaml``), while the classifier reads a profile by
the work managed: "Restaurant manager" with staff, food safety and rota read as
hospitality (middle management under 0.1%), so food service managers, whose title
O*NET lists as typed, sat at the column's floor and tied with restaurant cooks, whose
official title holds "restaurant" (41% each, flipping with each retrain).

So a management occupation (SOC major group 11) also agrees with the kind of work it
manages, when O*NET says so: the frame most of its related occupations outside
management share, when at least :data:`MANAGED_SHARE` of them do and it is not the
occupation's own (food service managers: 13 of their 15 are hospitality work;
architectural and engineering managers: 12 of 14 engineering). Its column is then the
share of either kind, the probability that the profile is one of them. General and
operations managers, whose related work is spread over many kinds, keep their frame
alone, and so does any occupation outside management.
"""

from __future__ import annotations

import collections
from collections.abc import Mapping, Sequence

import numpy as np

#: SOC major group 11, Management Occupations.
MANAGEMENT = "11-"
#: The least share of a manager's related occupations outside management whose frame
#: is the work it manages.
MANAGED_SHARE = 0.4

#: O*NET's related occupations per code, as ``skills.occupations.OccupationData.related``.
Related = Mapping[str, Sequence[tuple[str, str, int]]]


def managed_categories(category_of: Mapping[str, str], related: Related) -> dict[str, str]:
    """Each management occupation's managed kind of work, where O*NET's related
    occupations name one other than its frame (module docstring)."""
    out = {}
    for code, frame in category_of.items():
        if not code.startswith(MANAGEMENT):
            continue
        kinds = collections.Counter(
            category_of[other]
            for other, _tier, _rank in related.get(code, ())
            if other in category_of and not other.startswith(MANAGEMENT)
        )
        if not kinds:
            continue
        kind, n = kinds.most_common(1)[0]
        if kind != frame and n >= MANAGED_SHARE * sum(kinds.values()):
            out[code] = kind
    return out


def agree_table(
    codes: Sequence[str], category_of: Mapping[str, str], classes: Sequence[str], related: Related
) -> np.ndarray:
    """(occupations, categories) 0/1: each occupation's frame and, for a manager, the
    kind of work it manages (:func:`managed_categories`)."""
    index = {c: i for i, c in enumerate(classes)}
    table = np.zeros((len(codes), len(classes)))
    managed = managed_categories(category_of, related)
    for row, code in enumerate(codes):
        table[row, index[category_of[code]]] = 1.0
        if code in managed:
            table[row, index[managed[code]]] = 1.0
    return table


#: The category probability the column's logarithm stops at: below 0.1% the classifier's
#: probabilities say only "not this kind of work".
CATEGORY_FLOOR = 1e-3


def agree_column(cls_proba: np.ndarray, category: np.ndarray) -> np.ndarray:
    """The match's ``category_agrees`` column, (profiles, occupations): the log of the
    classifier's share (``cls_proba``, profiles x categories) of each occupation's kinds
    of work in ``category`` (occupations x categories), among the categories framing
    some occupation (AI-era categories frame none), floored at :data:`CATEGORY_FLOOR`.

    A 0/1 row lists the kinds that agree (one, or a manager's two): the share of any of
    them. A row of other weights blends the logs by its weights."""
    framing, frame, multi = _layout_of(category)
    framed = cls_proba * framing
    total = framed.sum(axis=1, keepdims=True)
    share = np.divide(framed, total, out=np.zeros_like(framed), where=total > 0)
    # Log-probability, as a product of experts weighs the classifier's view.
    logs = np.log(np.maximum(share, CATEGORY_FLOOR))
    if frame is None:
        out: np.ndarray = logs @ category.T
        return out
    # A 1 a row: the product's one non-zero term per occupation, read directly (the
    # same float: the other terms add zeros), without a (47 x 950) product a score.
    column = logs[:, frame]
    if len(multi):
        either = share @ category[multi].T
        column[:, multi] = np.log(np.maximum(either, CATEGORY_FLOOR))
    return column


#: Per category table (kept alive with it, so its id stays its own): which categories
#: frame some occupation, each occupation's first category column (None for a table
#: that is not 0/1 with a 1 in every row), and the rows with more than one 1.
_LAYOUTS: dict[int, tuple[np.ndarray, np.ndarray, np.ndarray | None, np.ndarray]] = {}


def _layout_of(category: np.ndarray) -> tuple[np.ndarray, np.ndarray | None, np.ndarray]:
    """The categories framing some occupation of a ``category`` table
    (``category.any(axis=0)``: worked out on every score, it was 24 of the column's
    33 us) and :func:`agreeing_columns` (kept with the table)."""
    kept = _LAYOUTS.get(id(category))
    if kept is None or kept[0] is not category:
        frame, multi = agreeing_columns(category)
        if len(_LAYOUTS) > 4:  # tables rebuilt (tests, training folds)
            _LAYOUTS.clear()
        framing: np.ndarray = np.asarray(category.any(axis=0))
        kept = _LAYOUTS[id(category)] = (category, framing, frame, multi)
    return kept[1], kept[2], kept[3]


def agreeing_columns(category: np.ndarray) -> tuple[np.ndarray | None, np.ndarray]:
    """Of an (occupations, categories) table: each occupation's first category column
    and the occupations with more than one 1, when the table is 0/1 with a 1 in every
    row; else None and no rows."""
    if not (
        category.ndim == 2
        and bool(((category == 0.0) | (category == 1.0)).all())
        and bool((category.sum(axis=1) >= 1).all())
    ):
        return None, np.zeros(0, np.int64)
    return category.argmax(axis=1), np.flatnonzero(category.sum(axis=1) > 1)


def agree_layout(agree: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """An :func:`agree_table` as the drivers' category split reads it
    (``driver_category_split``): each occupation's column, its category's for one kind
    of work, else ``categories + k`` for the ``k``-th pair of kinds; and the pairs,
    (pairs, 2)."""
    categories = agree.shape[1]
    column = agree.argmax(axis=1)
    pairs: dict[tuple[int, int], int] = {}
    for row in np.flatnonzero(agree.sum(axis=1) > 1).tolist():
        kinds = np.flatnonzero(agree[row]).tolist()
        if len(kinds) != 2:
            raise ValueError("an occupation agrees with one or two kinds of work")
        key = (kinds[0], kinds[1])
        column[row] = categories + pairs.setdefault(key, len(pairs))
    either = np.array(list(pairs), np.int64).reshape(-1, 2)
    return column, either
