"""The "you need not move" note states the same BLS outlook as the result's outlook line.

Found trying a forklift operator: the outlook line gave the matched occupations'
probability-weighted +1% ("outlook stable") while the note above the pivots said "demand is
growing (+4%)", the top occupation's own figure. Both now read model/grounded.py's
``outlook_figure``. Short, ambiguous titles are used because their match is split, which is
where the two figures differ.
"""

from __future__ import annotations

import re

import pytest

from career_resilience.model.profile import Profile

ROLES = ("Operator", "Crew member", "Cleaner", "Forklift operator", "Laborer", "Attendant")
SKILLS = ((), ("forklift",), ("hand tools",))
FIGURE = re.compile(r"BLS projects ([+−-]?\d+(?:\.\d+)?)%")


@pytest.fixture(scope="module")
def notes_and_outlooks(engine) -> list[tuple[str, str, str]]:
    out = []
    for role in ROLES:
        for skills in SKILLS:
            result = engine.score(Profile.create(role, list(skills), ""))
            out.append((f"{role} {list(skills)}", result.pivot_note or "", result.outlook_basis))
    return out


def test_the_note_and_the_outlook_line_give_one_figure(notes_and_outlooks) -> None:
    stated = [(who, FIGURE.search(n), FIGURE.search(o)) for who, n, o in notes_and_outlooks]
    compared = [(who, n.group(1), o.group(1)) for who, n, o in stated if n and o]
    assert len(compared) >= 5, "too few notes state an outlook to compare"
    for who, in_note, in_line in compared:
        assert in_note == in_line, f"{who}: the note says {in_note}%, the outlook line {in_line}%"


def test_split_matches_are_among_those_compared(notes_and_outlooks) -> None:
    # The case that disagreed: an outlook over several matched occupations.
    split = [who for who, n, o in notes_and_outlooks if FIGURE.search(n) and "weighted" in o]
    assert split, "no profile with a split match states its outlook in the note"
