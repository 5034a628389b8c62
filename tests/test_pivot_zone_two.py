"""A move up into O*NET's job zone 2 is said as what that zone asks: a diploma and some
experience, with the training on the job, not weeks of preparation first."""

from __future__ import annotations

from career_resilience import wording
from career_resilience.model.profile import Profile
from career_resilience.skills.gaps import preparation_step


def test_the_step_into_zone_two_is_the_diploma_and_experience_it_asks() -> None:
    step = preparation_step("Orderlies", 1, "some preparation", 2)
    assert step.step == wording.on_the_job_step("Orderlies")
    assert "high school diploma" in step.step and "on the job" in step.step
    assert not step.step.startswith(wording.PREPARATION_STEP)
    assert step.weeks <= 2
    # Zone 3 still asks its training first, and a licence its programme.
    assert preparation_step("Paramedics", 1, "medium preparation", 3).weeks == 26
    licensed = preparation_step("X", 1, "w", 2, "a licence", (20.0, "", "licence"))
    assert licensed.step.startswith(wording.PREPARATION_STEP) and licensed.weeks == 20


def test_a_housekeepers_moves_between_close_jobs_take_weeks_not_a_season(engine) -> None:
    """Four of a housekeeper's five moves had carried "Get the preparation usually asked
    of ... (some preparation, usually high school)", 12 weeks of a 14-16 week plan."""
    result = engine.score(Profile.create("Housekeeper", "cleaning; laundry; linens"))
    up = [p for p in result.pivots if p.job_zone == 2 and p.job_zone_step == 1]
    assert len(up) >= 3, [p.label for p in result.pivots]
    for pivot in up:
        steps = [s.step for s in pivot.plan]
        assert not any(s.startswith(wording.PREPARATION_STEP) for s in steps), steps
        # (A step up into supervising the work asks experience of it instead.)
        assert any("on the job" in s or s == wording.SUPERVISING_STEP for s in steps), steps
        assert pivot.plan_weeks <= 8, (pivot.label, pivot.plan_weeks)
