"""The match's category column is the classifier's log share of each occupation's own
category: read directly from a one-hot table, the very floats of the product with it."""

from __future__ import annotations

import numpy as np

from career_resilience.model.occupation_match import CATEGORY, CATEGORY_FLOOR, set_category


def _by_product(feats: np.ndarray, cls: np.ndarray, category: np.ndarray) -> np.ndarray:
    framed = cls * category.any(axis=0)
    share = framed / framed.sum(axis=1, keepdims=True)
    out = feats.copy()
    out[:, :, CATEGORY] = np.log(np.maximum(share, CATEGORY_FLOOR)) @ category.T
    return out


def test_the_shipped_table_gives_the_products_floats(engine) -> None:
    category = engine.ground.category
    rng = np.random.default_rng(5)
    cls = rng.dirichlet(np.full(category.shape[1], 0.3), size=40)
    cls[0] = 0.0
    cls[0, int(category[0].argmax())] = 1.0  # a certain classifier: log 1 = 0
    feats = rng.random((40, category.shape[0], CATEGORY + 1)).astype(np.float32)
    got = set_category(feats.copy(), cls, category)
    assert np.array_equal(got, _by_product(feats, cls, category))


def test_a_table_that_is_not_one_hot_is_still_multiplied() -> None:
    category = np.zeros((3, 2))
    category[:, 0] = [1.0, 0.5, 0.0]
    category[:, 1] = [0.0, 0.5, 1.0]
    cls = np.array([[0.2, 0.8]])
    feats = np.zeros((1, 3, CATEGORY + 1), np.float32)
    got = set_category(feats.copy(), cls, category)
    assert np.array_equal(got, _by_product(feats, cls, category))
    assert got[0, 1, CATEGORY] != got[0, 0, CATEGORY]  # the blended row is its own
