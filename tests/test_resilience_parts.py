"""Resilience's parts are in the result, and the what-if says which one a change moved.

A cashier adding "stock control" in the what-if saw resilience go 38.7 -> 44.6 at the
same occupation, exposure and outlook with nothing saying why: the skill widened the
breadth of the skills (the third term of ``model/formulas.py``'s resilience).
"""

from __future__ import annotations

import re
from dataclasses import replace

import pytest

from career_resilience import wording as w
from career_resilience.cli.render import render_text
from career_resilience.contract import ResilienceParts, Result, result_problems
from career_resilience.model.profile import Profile
from career_resilience.tui.screens.whatif_text import compare_table

SKILLS = ["cash handling", "customer service"]


@pytest.fixture(scope="module")
def cashier(engine) -> tuple[Result, Result]:
    """The cashier before and after "stock control", as the app shows them (saved)."""
    start = engine.score(Profile.create("Cashier", SKILLS)).as_saved()
    now = engine.score(Profile.create("Cashier", [*SKILLS, "stock control"])).as_saved()
    return now, start


def test_the_parts_are_in_the_json_and_add_up_to_resilience(engine) -> None:
    for role, skills in (("Cashier", SKILLS), ("Plumber", ["boilers"]), ("Nurse", [])):
        data = engine.score(Profile.create(role, skills)).to_dict()
        parts = data["resilience_parts"]
        assert set(parts) == {"risk", "outlook", "breadth", "skill_kinds"}
        total = parts["risk"] + parts["outlook"] + parts["breadth"]
        assert total == pytest.approx(data["resilience"], abs=0.06)
        assert 0 <= parts["risk"] <= 40 and 0 <= parts["outlook"] <= 35
        assert 0 <= parts["breadth"] <= 25


def test_a_saved_result_keeps_its_parts_and_an_older_one_reads_without(cashier) -> None:
    now, _ = cashier
    data = now.to_dict()
    assert Result.from_dict(data).resilience_parts == now.resilience_parts
    del data["resilience_parts"]  # saved before the parts were part of the result
    assert Result.from_dict(data).resilience_parts is None
    data["resilience_parts"] = {"risk": 1.0, "outlook": 2.0, "breadth": 3.0, "skill_kinds": "4"}
    assert result_problems(data) == [
        "result.resilience_parts.skill_kinds: expected a count (0 or more), got text"
    ]


def test_the_what_if_says_a_new_skill_widened_the_skills(cashier) -> None:
    now, start = cashier
    assert (now.exposure, now.outlook) == pytest.approx((start.exposure, start.outlook), abs=0.5)
    text = compare_table(now, start, 48).plain
    assert "Resilience   44.6    38.7     +5.9" in text
    # The parts moved say so, and their figures add up to the +5.9 shown above them.
    assert "because your skills now span 4 kinds of work, was 2 (+6.0);" in " ".join(text.split())
    assert text.endswith("outlook and exposure −0.1")
    # Taking it away says the same the other way round; no change says what adds up.
    assert "span 2 kinds of work, was 4 (−6.0)" in " ".join(
        compare_table(start, now, 48).plain.split()
    )
    assert "points for low AI risk (up to 40)" in " ".join(
        compare_table(start, start, 48).plain.split()
    )


def test_the_reasons_fit_the_what_ifs_two_lines(cashier) -> None:
    now, start = cashier
    risk = replace(now, exposure=now.exposure - 9)
    moved = replace(
        risk,
        resilience=now.resilience + 1.5,
        resilience_parts=replace(now.resilience_parts, risk=now.resilience_parts.risk + 1.5),
    )
    for width in (30, 48, 120):
        lines = compare_table(moved, start, width).plain.splitlines()[3:]
        assert 1 <= len(lines) <= 2 and all(len(line) <= width for line in lines)


def test_the_result_says_what_resilience_is_made_of(cashier) -> None:
    _, start = cashier
    parts = w.resilience_parts_words(start.resilience, start.resilience_parts)
    assert parts == ("low AI risk 21/40", "outlook 8/35", "breadth 10/25 (2 kinds of work)")
    # Whole points that add up to the whole resilience shown beside them.
    assert sum(int(n) for n in re.findall(r"(\d+)/\d+", " ".join(parts))) == 39
    text = render_text(start, "Cashier", SKILLS)
    assert "low AI risk 21/40 · outlook 8/35 · breadth 10/25" in text
    # Wrapped between parts, never inside one (the app's box is 34 columns at 80x24).
    assert w.wrap_parts(parts, 34, "", " · ") == [
        "low AI risk 21/40 · outlook 8/35",
        "breadth 10/25 (2 kinds of work)",
    ]
    # A line neither starts nor ends with the separator (a plumber's read "· breadth").
    lines = w.wrap_parts(("low AI risk 35/40", "outlook 20/35", "breadth 10/25"), 34, "", " · ")
    assert lines == ["low AI risk 35/40 · outlook 20/35", "breadth 10/25"]
    assert w.resilience_moved(start, replace(start, resilience_parts=None)) == ""


def test_parts_with_no_skills_count_no_kind_of_work() -> None:
    parts = ResilienceParts(20.0, 5.0, 0.0, 0)
    assert (
        w.resilience_parts_words(25.0, parts)[-1] == "breadth 0/25 (no skill the catalogue knows)"
    )


def test_dropping_the_only_known_skill_says_so(cashier) -> None:
    # A dairy farmer switching off "milking" beside an unknown "herd health" read "your
    # skills now span no kind of work, was 1", as if the skills were worth nothing.
    _, start = cashier
    none = replace(
        start,
        resilience=start.resilience - 9.8,
        resilience_parts=ResilienceParts(
            start.resilience_parts.risk, start.resilience_parts.outlook, 0.0, 0
        ),
    )
    assert w.resilience_moved(none, start).startswith(
        "you list no skill the catalogue knows now, was 2 kinds of work (−9."
    )


def test_both_reports_say_what_resilience_is_made_of(cashier) -> None:
    from career_resilience.reports.html import render_result_html
    from career_resilience.reports.markdown import render_result_markdown

    _, start = cashier
    profile = {"role": "Cashier", "skills": SKILLS, "duties": ""}
    line = "Its points: low AI risk 21/40 · outlook 8/35 · breadth 10/25 (2 kinds of work)."
    data = start.to_dict()
    assert line in render_result_markdown(profile, data)
    assert line in render_result_html(profile, data)
    del data["resilience_parts"]  # saved before: no line, and the report still renders
    assert "Its points" not in render_result_markdown(profile, data)


def test_a_change_that_moves_neither_score_says_so_and_why(engine, cashier) -> None:
    # The what-if showed ±0.0 twice under "Changed: + smiling" with only the note on
    # what resilience adds up: nothing said that the change had moved nothing, or why.
    _, start = cashier
    now = engine.score(Profile.create("Cashier", [*SKILLS, "smiling"])).as_saved()
    assert (w.decimal(now.exposure), w.decimal(now.resilience)) == (
        w.decimal(start.exposure),
        w.decimal(start.resilience),
    )
    for width in (46, 120):  # the panel at 80 columns, and wide
        lines = compare_table(now, start, width, changed=True).plain.splitlines()[3:]
        assert 1 <= len(lines) <= 2 and all(len(line) <= width for line in lines)
        said = " ".join(" ".join(lines).split())
        assert said.startswith("Neither score moved:") and "2 kinds of work" in said
        assert said.endswith("exposure.")  # whole, not cut at the panel's two lines
    wide = " ".join(compare_table(now, start, 120, changed=True).plain.split())
    assert "your skills still span 2 kinds of work, and the change is too small" in wide
    # With no change, the table still says what resilience adds up.
    assert "points for low AI risk" in " ".join(compare_table(start, start, 46).plain.split())
