"""How long a pivot's plan takes: weeks per skill that grow with the work not yet
shared (``model/pivot_weeks.py``), and years for a move up job zones."""

from __future__ import annotations

from pivot_support import advise


def test_a_nurse_practitioner_plan_takes_a_graduate_degree_not_weeks(scorer, matcher):
    advice = advise(scorer, matcher, {"29-1141.00": 0.95}, ["patient assessment"], resilience=50)
    practitioner = next(p for p in advice.pivots if p.label == "Nurse Practitioners")
    assert practitioner.job_zone == 5
    assert sum(step.weeks for step in practitioner.plan) >= 104


def test_a_near_move_in_the_same_job_zone_takes_weeks_not_half_a_year(scorer, matcher):
    # A systems engineer moving to software development shares most of its work: seven
    # skills to learn at a bachelor's-level six weeks each (and products) read as 36
    # weeks, though most of that work is already theirs. (Listed past five since it
    # holds none of its core skills: the resilience it adds no longer ranks it; ninth
    # since the AI-era roles drawn partly from systems engineering are in reach.)
    advice = advise(scorer, matcher, {"15-1299.08": 0.9}, ["Python"], 45, limit=10)
    developer = next(p for p in advice.pivots if p.label == "Software Developers")
    assert developer.job_zone_step == 0
    assert developer.plan_weeks <= 20
    for pivot in advice.pivots:
        if pivot.kind == "related" and pivot.job_zone_step == 0:
            assert pivot.plan_weeks < 26, (pivot.label, pivot.plan_weeks)


def test_one_skill_takes_one_person_the_same_weeks_under_every_pivot(scorer, matcher):
    """A teacher's report said "Learn Special education (1 week)" under one pivot and
    "(3 weeks)" under another: the weeks had followed the target. A skill is learnt
    once, in the time it takes this person, and that time grows with how far the
    person's work is from the work the skill is at the heart of. (A teacher's special
    education is now learnt in the graduate school those moves ask, so a tutor's moves
    at their own level, which ask online course delivery, show it.)"""
    tutor = advise(scorer, matcher, {"25-3041.00": 1.0}, ["algebra", "test prep"], 48)
    weeks: dict[str, set[float]] = {}
    for pivot in tutor.pivots:
        for step in pivot.plan:
            if step.step.startswith("Learn ") and not step.done:
                weeks.setdefault(step.skills[0], set()).add(step.weeks)
    asked_twice = [skill for skill in weeks if sum(skill in p.gap_skills for p in tutor.pivots) > 1]
    assert "Online course delivery" in asked_twice, weeks
    assert all(len(found) == 1 for found in weeks.values()), weeks
    of = scorer.texts.skill_weeks.of
    near = of("special_education", (("25-2021.00", 1.0),))
    far = of("special_education", (("13-2011.00", 1.0),))  # an accountant
    assert near < far


def test_a_skill_far_from_the_persons_detailed_work_takes_most_of_its_zones_weeks(scorer):
    # A tailor was told "Foundry and casting (1 week)": tailoring and casting are both
    # manual production work (general activities cos 0.98), so the blended sim (0.58)
    # took most of the zone's 3 weeks off; their detailed activities are 18% alike.
    of = scorer.texts.skill_weeks.of
    tailor = (("51-6052.00", 1.0),)
    assert of("foundry_work", tailor) >= 2
    # A skill of work much like theirs stays short: a tailor runs sewing machines.
    assert of("machine_operation", tailor) == 1


def test_a_move_up_more_than_one_job_zone_says_how_many_years(scorer, matcher):
    """A library technician offered librarian work (two job zones up: a master's degree)
    is told it takes years, with the years the plan counts (as a nurse aide offered nurse
    practitioner work is)."""
    technician = advise(scorer, matcher, {"25-4031.00": 0.9}, [])
    far = [p for p in technician.pivots if p.job_zone_step > 1]
    assert far, [(p.label, p.job_zone_step) for p in technician.pivots]
    for pivot in far:
        said = [r for r in pivot.fit_reasons if "job zones" in r]
        preparation = max(step.weeks for step in pivot.plan)
        assert said and f"about {round(preparation / 52)} years" in said[0], said


def test_a_performing_art_takes_years_of_practice_not_weeks():
    """A musician was told dance was "about 4 weeks of learning": their work activities
    are 89% a dancer's (rehearsing, performing), and the weeks shrink with them. A
    performing art's skill takes the practice its job zone implies (O*NET's job zone
    training: dance's zone, 4, "several years"), whoever learns it. (A musician is no
    longer offered dance at all: ``tests/test_pivot_arts.py``.)"""
    from career_resilience.skills.gaps import skill_weeks

    assert skill_weeks(4, 0.05, "dance") == 156 and skill_weeks(2, 0.0, "acting") == 52
    assert skill_weeks(4, 0.05) == 1  # other skills still shrink with the work shared


def test_the_school_a_move_asks_teaches_its_work(engine):
    # A probation officer's plan for substance abuse counselling read "Learn
    # Psychotherapy: a short course" (5 weeks) beside the two years of graduate school
    # that teach it, and for health services management "Learn Healthcare
    # administration" beside the bachelor's.
    from career_resilience.model.profile import Profile

    result = engine.score(
        Profile.create("Probation officer", "case management; drug testing; court reports")
    )
    counselling = next(p for p in result.pivots if p.label.startswith("Substance Abuse"))
    assert "Psychotherapy" in counselling.gap_skills  # still to learn, named
    assert not any(step.step.startswith("Learn ") for step in counselling.plan)
    school = next(step for step in counselling.plan if "graduate degree" in step.step)
    assert "Psychotherapy is learnt there" in school.step
    assert counselling.plan_weeks == school.weeks + 2  # and the talks with people in it
