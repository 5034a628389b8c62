"""A step up into first-line supervision of one's own work asks experience of that work,
not the schooling of its job zone; a zone-3 licence's programme is that zone's training."""

from __future__ import annotations

from career_resilience import wording
from career_resilience.model.pivot_licence_work import skills_taught
from career_resilience.model.pivot_licences import licence_needed
from career_resilience.model.pivot_steps import first_line
from career_resilience.model.profile import Profile
from career_resilience.skills.gaps import preparation_step


def test_first_line_supervisors_are_told_apart_from_managers_and_inspectors() -> None:
    assert first_line("37-1012.00")  # landscaping supervisors
    assert first_line("35-1011.00")  # chefs and head cooks
    assert not first_line("11-9032.00")  # school principals: a master's and licence
    assert not first_line("47-4011.00")  # building inspectors
    assert not first_line("37-3011.00")  # landscaping workers supervise no one


def test_a_gardeners_step_up_is_experience_not_years_of_study(engine) -> None:
    """A gardener had read supervising landscaping crews as "a move up 2 job zones ...:
    about 2 years of study or training first", 78 weeks of "preparation"."""
    result = engine.score(Profile.create("Gardener", "pruning; planting; lawn care"))
    step = next(p for p in result.pivots if p.label.startswith("First-Line Supervisors"))
    assert step.job_zone_step == 2
    steps = [s.step for s in step.plan]
    assert not any(s.startswith(wording.PREPARATION_STEP) for s in steps), steps
    assert wording.SUPERVISING_STEP in steps
    assert step.plan_weeks <= 8
    assert wording.supervising_zone(2) in step.fit_reasons
    assert not any("years of study" in r for r in step.fit_reasons)
    assert not any(wording.YEARS_FIRST in p.why for p in result.pivots)


def test_a_zone_three_licences_programme_is_that_zones_training() -> None:
    """A park ranger's EMT move had taken 26 weeks (zone 3's vocational training) beside
    a course of 170 hours."""
    emt = preparation_step("EMTs", 1, "w", 3, "an EMT course", (12.0, "b", "licence"))
    assert emt.weeks == 12
    # Into zone 4 the degree still counts (a nursing assistant to registered nursing).
    rn = preparation_step("RNs", 1, "w", 4, "a nursing degree", (104.0, "b", "licence"))
    assert rn.weeks == 104
    assert "neurology" in skills_taught("a neurology residency")


def test_athletic_training_asks_its_masters(engine) -> None:
    """A sports medicine physician's move to athletic training had read 2 weeks; it is
    the physician's own work with less scope now (``pivot_steps.COVERED``), and an
    exercise physiologist's move to it reads the master's."""
    assert licence_needed("29-9091.00", ("29-1229.06",)).startswith("an athletic training")
    result = engine.score(Profile.create("Exercise physiologist", "stress testing"))
    found = [p for p in result.pivots if p.label == "Athletic Trainers"]
    assert found and found[0].plan_weeks >= 100, [p.label for p in result.pivots]
