"""A manager agrees, in the match's category column, with the kind of work it manages."""

from __future__ import annotations

import numpy as np
import pytest

from career_resilience.model.category_agree import (
    agree_column,
    agree_layout,
    agree_table,
    managed_categories,
)
from career_resilience.model.profile import Profile
from career_resilience.skills.occupation_frame import shipped_frame
from career_resilience.skills.occupations import occupation_data


def _managed() -> dict[str, str]:
    return managed_categories(shipped_frame().category_of, occupation_data().related)


def test_a_manager_agrees_with_the_work_its_related_occupations_do() -> None:
    managed = _managed()
    assert managed["11-9051.00"] == "hospitality_food"  # food service managers
    assert managed["11-9041.00"] == "engineering_physical"  # A&E managers
    # General and operations managers' related work is of many kinds: their frame alone.
    assert "11-1021.00" not in managed
    assert all(code.startswith("11-") for code in managed)


@pytest.mark.parametrize(
    ("role", "skills"),
    [
        ("Restaurant manager", "staff; food safety; rota"),
        ("Kitchen manager", "food cost; ordering"),
        ("Restaurant owner", "menu; staff; suppliers"),
    ],
)
def test_a_restaurant_manager_is_placed_with_food_service_managers(engine, role, skills) -> None:
    # The classifier reads these as hospitality work, and food service managers are
    # framed middle management: at the column's floor they had tied with or lost to
    # restaurant cooks and chefs (41% / 41%, Chefs and Head Cooks 36%).
    result = engine.score(Profile.create(role, skills, ""))
    first = result.occupations[0]
    assert first.onet_soc == "11-9051.00"
    assert first.probability > 0.5


def test_either_kind_is_the_share_of_both() -> None:
    agree = np.array([[1.0, 0.0, 0.0], [1.0, 1.0, 0.0], [0.0, 0.0, 1.0]])
    cls = np.array([[0.2, 0.5, 0.3]])
    column = agree_column(cls, agree)
    assert np.allclose(column, np.log([[0.2, 0.7, 0.3]]))
    frame, either = agree_layout(agree)
    assert frame.tolist() == [0, 3, 2]
    assert either.tolist() == [[0, 1]]


def test_the_shipped_table_lists_the_frame_and_at_most_one_more_kind(engine) -> None:
    g = engine.ground
    assert np.array_equal(g.agree * g.category, g.category)  # the frame is always one
    assert set(g.agree.sum(axis=1).tolist()) <= {1.0, 2.0}
    classes = list(engine.classes)
    again = agree_table(g.codes, g.category_of, classes, occupation_data().related)
    assert np.array_equal(again, g.agree)
