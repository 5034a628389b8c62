"""A profile's category shares under the match are the very floats of the product they
replace (``grounding.framed_sums`` against ``row_products``), one row or a batch's."""

from __future__ import annotations

import numpy as np

from career_resilience.model.grounding import framed_sums, row_products


def _one_hot(rng: np.random.Generator, occupations: int, categories: int) -> np.ndarray:
    table = np.zeros((occupations, categories))
    table[np.arange(occupations), rng.integers(0, categories - 3, occupations)] = 1.0
    return table  # the last three frame nothing, as AI-era categories frame no occupation


def test_framed_sums_are_the_products_bit_for_bit() -> None:
    rng = np.random.default_rng(5)
    table = _one_hot(rng, 950, 47)
    for dtype in (np.float32, np.float64):
        for concentration in (0.02, 1.0):
            rows = rng.dirichlet(np.full(950, concentration), size=64).astype(dtype)
            expected = row_products(rows, table)
            got = framed_sums(rows, table)
            assert got.tobytes() == expected.tobytes()
            # One row alone: the floats it has beside 63 others.
            assert framed_sums(rows[5:6], table).tobytes() == expected[5:6].tobytes()


def test_a_table_that_is_not_one_hot_is_multiplied() -> None:
    rng = np.random.default_rng(6)
    table = rng.random((30, 4))
    rows = rng.dirichlet(np.ones(30), size=3)
    assert framed_sums(rows, table).tobytes() == row_products(rows, table).tobytes()
