"""A title read in context reads the same whether its phrases were read before or not.

``title_qualify`` remembers each phrase's qualified titles per typed title: the drivers
read a title in context again without each skill and duty line (``TitleReads``), so the
same phrases are read many times. What a phrase names must not depend on the memo.
"""

from __future__ import annotations

import numpy as np
import pytest

from career_resilience.model import title_qualify
from career_resilience.model.occupation_match import profile_features
from career_resilience.model.title_qualify import qualify

CASES = [
    ("Driver", "", "drive the school bus route\ncheck tyres"),
    ("Clerk", "Excel", "process invoices\nfile receipts"),
    ("Teacher", "lesson planning", "teach 5th grade math"),
    ("Nurse", "dermatology; wound care", "assess patients"),
]


@pytest.mark.parametrize(("role", "skills", "duties"), CASES)
def test_each_phrase_names_the_same_titles_read_again(engine, role, skills, duties) -> None:
    tables = engine.match_tables
    f = profile_features(tables, (role, skills, duties))
    read = []
    for cleared in (True, False, False):
        if cleared:
            title_qualify._NAMED.clear()
        g = f.copy()
        found = qualify(tables, g, role, skills, duties, "")
        read.append((found, g))
    assert read[0][0] or role == "Nurse"  # the kind is named (a nurse's skills need not)
    for found, g in read[1:]:
        assert found == read[0][0]
        assert np.array_equal(g, read[0][1])
    # Leaving a line out, as the drivers do, reads the rest alike too.
    rest = duties.split("\n")[1:]
    g1, g2 = f.copy(), f.copy()
    one = qualify(tables, g1, role, skills, "\n".join(rest), "")
    title_qualify._NAMED.clear()
    two = qualify(tables, g2, role, skills, "\n".join(rest), "")
    assert one == two and np.array_equal(g1, g2)
