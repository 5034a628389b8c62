"""A title naming a field, typed alone, is the field's more than general work's, though
O*NET lists it under general and operations managers too (``title_general``)."""

from __future__ import annotations

import pytest
from placement_support import first


def test_a_fields_manager_alone_is_not_a_general_manager(engine) -> None:
    # Listed under general managers, spa managers and recreation supervisors (who list
    # "Hair Salon Manager" too). Before: general and operations managers 94%.
    assert first(engine, "Salon manager").startswith("39-1014")


@pytest.mark.parametrize("role", ["Operations manager", "General manager"])
def test_the_general_managers_own_words_keep_them(engine, role) -> None:
    assert first(engine, role).startswith("11-1021"), role
