"""A title's own qualifier that is itself a title O*NET lists keeps the occupations that
list both."""

from __future__ import annotations

import pytest
from placement_support import first


@pytest.mark.parametrize(
    ("role", "skills", "duties", "code"),
    [
        # "Painter" is listed under five occupations, "Artist" under two of them; the
        # construction painters had come first on their numbers (71%).
        ("painter (artist)", "", "", "27-1013.00"),
        ("Painter - artist", "oil painting", "paint canvases", "27-1013.00"),
        # A qualifier naming the work the title is listed for keeps it.
        ("Painter (commercial)", "", "", "47-2141.00"),
    ],
)
def test_a_qualifier_that_is_a_title_keeps_the_occupations_listing_both(
    engine, role, skills, duties, code
):
    assert first(engine, role, skills, duties) == code
