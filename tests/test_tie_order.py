"""Ties are ordered the same way on every CPU (NumPy's default sort orders ties by CPU,
which had put three occupations tied at 0.57% in another order on another machine)."""

from __future__ import annotations

import numpy as np
from hypothesis import given
from hypothesis import strategies as st

from career_resilience.model.grounded_result import top_indices
from career_resilience.model.grounding import tied_ranks
from career_resilience.model.pivot_standing import _top_columns


def test_tied_occupations_are_listed_in_code_order() -> None:
    values = np.full(950, 0.001)
    values[[700, 140, 146, 142]] = [0.5, 0.0057, 0.0057, 0.0057]
    values[3] = 0.2
    assert top_indices(values, 5).tolist() == [700, 3, 140, 142, 146]


def test_equal_published_figures_share_one_percentile_rank() -> None:
    ranks = tied_ranks(np.array([0.5, 0.0, 0.0, 0.25, 1.0, 0.0]))
    assert ranks.tolist() == [4.0, 1.0, 1.0, 3.0, 5.0, 1.0]


@given(st.lists(st.integers(0, 4), min_size=1, max_size=60))
def test_tied_ranks_agree_with_counting(ints: list[int]) -> None:
    values = np.array(ints, dtype=float)
    below = (values[:, None] > values[None, :]).sum(axis=1)
    equal = (values[:, None] == values[None, :]).sum(axis=1)
    assert tied_ranks(values).tolist() == (below + (equal - 1) / 2).tolist()


@given(st.lists(st.sampled_from([0.0, 0.1, 0.2, 0.3]), min_size=7, max_size=40))
def test_a_pivots_matches_are_the_same_set_whatever_the_sort(probs: list[float]) -> None:
    row = np.array([probs])
    top = set(_top_columns(row, 5)[0].tolist())
    stable = np.argsort(-row[0], kind="stable")[:5]
    # Above zero, the chosen columns are exactly the stable sort's (ties in code order).
    assert {j for j in top if row[0, j] > 0} == {j for j in stable.tolist() if row[0, j] > 0}
