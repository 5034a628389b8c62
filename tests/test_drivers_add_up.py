"""The drivers add up to what moved the score, and say so.

Each line holds the kind of work the category model reads as the whole profile has it,
so a farmhand's list (title -12.7, "Feed the cattle" +3.6) explained 9 of the 28 points
between nothing typed (51) and the score (23); an AI-era title 2 of 41. The last line
now carries the rest, and a sentence says where the points start and end.
"""

from __future__ import annotations

import pytest

from career_resilience.cli.render import render_text
from career_resilience.model.driver_lines import (
    DriverLine,
    at_most,
    readable_drivers,
    total_line,
    typed_fields,
)
from career_resilience.model.profile import Profile
from career_resilience.reports import render_result_markdown
from career_resilience.wording import REST_DRIVER, SAVED_REST_DRIVERS, drivers_total

PEOPLE = [
    ("Farmhand", ["tractor driving"], "Feed the cattle"),
    ("Assistant VP Platform Engineering", ["CDL Class A", "Kubernetes"], ""),
    ("Registered nurse", ["IV therapy"], "give medications; chart vitals"),
    ("Welder", ["MIG welding", "blueprint reading"], "weld frames\nread drawings"),
]


@pytest.mark.parametrize(("role", "skills", "duties"), PEOPLE)
def test_the_lines_add_up_to_the_move_from_nothing_typed(engine, role, skills, duties) -> None:
    profile = Profile.create(role, skills, duties)
    result = engine.score(profile)
    pairs = [(d.feature, d.effect) for d in result.drivers]
    lines = readable_drivers(
        pairs, typed_fields(role, skills, duties), [(d.text, d.exposure) for d in result.duties]
    )
    moved = result.exposure - engine.blank_exposure
    assert sum(line.points for line in lines) == pytest.approx(moved, abs=0.06)
    said = drivers_total(engine.blank_exposure, result.exposure)
    assert total_line(pairs, lines, result.exposure) == said
    assert said in " ".join(render_text(result, role, skills, duties).split())
    assert said in render_result_markdown(profile.to_dict(), result.to_dict())


def test_nothing_typed_starts_where_a_title_of_unknown_words_is_scored(engine) -> None:
    unknown = engine.score(Profile.create("qwzx"))
    assert engine.blank_exposure == pytest.approx(unknown.exposure)
    assert 40 < engine.blank_exposure < 60  # the match's prior: a middling occupation


def test_a_result_saved_before_the_rest_line_says_no_total() -> None:
    pairs = [('title "nurse"', 4.0)]
    lines = readable_drivers(pairs, {"title": "nurse"})
    assert [line.text for line in lines] == ['your title: "nurse"']
    assert total_line(pairs, lines, 53.0) == ""


def test_a_shortened_list_folds_what_it_cuts_into_the_rest_line() -> None:
    lines = [DriverLine("a", 5.0), DriverLine("b", -2.0), DriverLine("c", 1.0)]
    rest = DriverLine(REST_DRIVER, 0.5)
    assert at_most([*lines, rest], 3) == [lines[0], lines[1], DriverLine(REST_DRIVER, 1.5)]
    assert at_most(lines, 2) == lines[:2]  # no rest line: just cut


def test_a_result_saved_with_the_old_last_line_still_adds_up_in_its_own_words() -> None:
    # Saved before the category reading was split: its last line held that reading too,
    # so it keeps its label, stays last (even when larger than a listed line) and the
    # total is still said.
    old = SAVED_REST_DRIVERS[0]
    pairs = [('title "roofer"', -31.9), ('skill "Roofing" (AI leaves alone)', -2.0), (old, -12.8)]
    lines = readable_drivers(pairs, {"title": "roofer", "skills": "Roofing"})
    assert [line.text for line in lines] == [
        'your title: "roofer"',
        "skill Roofing: AI leaves it alone",
        old,
    ]
    assert total_line(pairs, lines, 4.0) == drivers_total(50.7, 4.0)
    assert at_most(lines, 2) == [lines[0], DriverLine(old, -14.8)]
