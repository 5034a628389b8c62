"""A title that says a situation ("Unemployed") is read as blank and the result says so
(``title_note``): the app's occupations box, the command line's text and the reports
show that sentence above the occupations the skills and duties gave."""

from __future__ import annotations

import pytest

from career_resilience.cli.render import render_text
from career_resilience.model.profile import Profile
from career_resilience.reports.html import render_result_html
from career_resilience.reports.markdown import render_result_markdown
from career_resilience.tui.screens.result import occupation_parts
from career_resilience.tui.widgets.occupation_text import OccupationText


@pytest.fixture(scope="module")
def unemployed(engine):
    """Someone who typed "Unemployed" and the skills of a warehouse job, none of which
    names the work itself ("forklift" would name a forklift operator's: skill_work)."""
    result = engine.score(Profile.create("Unemployed", "forklift licence; inventory"), max_pivots=0)
    assert "says your situation" in result.title_note
    return result


def test_the_app_and_the_command_line_say_it_above_the_occupations(unemployed) -> None:
    note = unemployed.title_note
    box = OccupationText()
    box.show(*occupation_parts(unemployed), note=note)
    shown = " ".join(box.render_for(76).plain.split())
    assert (
        shown.index(note) < shown.index("occupation") < shown.index(unemployed.occupations[0].title)
    )
    text = " ".join(render_text(unemployed, "Unemployed").split())
    assert text.index("placed in") < text.index(note) < text.index("which of these")


def test_the_reports_say_it_under_the_occupations_heading(unemployed) -> None:
    profile = {"role": "Unemployed", "skills": ["forklift licence", "inventory"], "duties": ""}
    saved = unemployed.to_dict()
    markdown = render_result_markdown(profile, saved)
    assert f"## Occupations matched\n\n{unemployed.title_note}" in markdown.replace("\\", "")
    assert f"<p>{unemployed.title_note}</p>".replace('"', "&#34;") in render_result_html(
        profile, saved
    ).replace("&quot;", "&#34;")
