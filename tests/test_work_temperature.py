"""A skill that names work in a situation title's place is read as surely as a skill
says it, not as surely as a title typed.

"Student" with Python and statistics read "statistician" in the title channel at the
titled temperature: Statisticians 100%, interval 97-98, as sure as someone who typed
"Statistician". Statistics is held by statisticians, data scientists, economists and
epidemiologists alike; the skills-as-title temperature is fit on pseudo-profiles of the
occupations that hold a skill naming work (``occupation_model._work_temperature``).
"""

from __future__ import annotations

from career_resilience.model.profile import Profile


def test_a_skill_naming_work_is_less_sure_than_the_title_it_names(engine) -> None:
    student = engine.score(Profile.create("Student", "Python; statistics"), max_pivots=0)
    titled = engine.score(Profile.create("Statistician", "Python; statistics"), max_pivots=0)
    assert student.occupations[0].title == titled.occupations[0].title == "Statisticians"
    assert titled.occupations[0].probability >= 0.95
    assert student.occupations[0].probability <= 0.85
    low, high = student.interval
    assert high - low >= 10  # was 97-98
    assert titled.interval[1] - titled.interval[0] < 5


def test_the_skills_as_title_temperature_is_fit_softer_than_the_titled_one(engine) -> None:
    tables = engine.match_tables
    assert tables.temperature_work > tables.temperature
    # The title-less one (skills naming tools) and the titled one stay as they were.
    assert tables.temperature_for(False) == tables.temperature
    assert tables.temperature_for(True) == tables.temperature_untitled
    assert tables.temperature_for(True, True) == tables.temperature_work
