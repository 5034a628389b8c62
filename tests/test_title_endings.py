"""A title typed alone goes to the occupation whose workers report it most, weighed by
how many hold each (Bayes: employment the prior, O*NET's reported titles the likelihood)."""

from __future__ import annotations

import re

import pytest
from placement_support import first

from career_resilience.skills.occupations import occupation_data


@pytest.mark.parametrize(
    ("role", "code", "before"),
    [
        # Hand laborers (2.99 million) list "Stock Clerk" once in 456 titles, stockers
        # (2.85 million) four times in 213.
        ("Stock clerk", "53-7065.00", "hand laborers 49%, stockers 47%"),
        ("Produce clerk", "53-7065.00", "hand laborers 44%"),
        ("Assembly line worker", "51-2092.00", "packaging machine operators 49%"),
        ("Store manager", "41-1011.00", "general and operations managers 72%"),
        ("Insulation installer", "47-2131.00", "mechanical insulation workers 55%"),
    ],
)
def test_a_title_alone_goes_to_the_occupation_whose_workers_report_it(
    engine, role, code, before
) -> None:
    assert re.fullmatch(code, first(engine, role)), before


def test_the_shipped_endings_are_up_to_date() -> None:
    from career_resilience.model.title_endings import ENDINGS_FILE, compute_endings

    shipped = ENDINGS_FILE.read_text(encoding="utf-8").splitlines()
    built = compute_endings((code, title) for code, title, _kind in occupation_data().titles)
    assert shipped == built, "run python tools/build_title_qualifiers.py"


def test_the_first_look_ups_read_the_text_as_the_table_does() -> None:
    # A score asks two or three endings: they are found in the file's text; past
    # title_endings.SCANS look-ups the lines are split into a table. Every ending of the
    # file, and some it lacks, read the same both ways.
    from career_resilience.model import title_endings

    found = title_endings._endings()
    table = dict(row.split(",", 1) for row in found.text.splitlines())
    endings = [*table, "", "no such ending", "clerk ", "*"]
    try:
        for ending in endings:
            found.table, found.scans = None, 0
            assert title_endings._line(ending) == table.get(ending, "")
        found.table, found.scans = None, 0
        asked = [title_endings._line(e) for e in endings[: title_endings.SCANS + 3]]
        assert found.table == table
        assert asked == [table.get(e, "") for e in endings[: title_endings.SCANS + 3]]
    finally:
        found.table = table
