"""What a licence stands for: its work held by its holders, taught on its way in."""

from __future__ import annotations

from pivot_support import advise


def test_a_licence_holds_its_licensed_work(scorer, matcher):
    # A counsellor's counselling master's is psychotherapy, a commercial pilot's
    # certificate is piloting, a cement mason's apprenticeship is concrete work: each had
    # been planned "Learn <their own work>: a short course" when they had not typed it.
    cases = [
        ("21-1014.00", "Marriage and Family Therapists", "Psychotherapy"),
        ("53-2012.00", "Airline Pilots, Copilots, and Flight Engineers", "Aircraft piloting"),
        ("47-2051.00", "Segmental Pavers", "Concrete work"),
    ]
    for code, label, skill in cases:
        move = next(p for p in advise(scorer, matcher, {code: 0.9}, []).pivots if p.label == label)
        assert skill not in move.gap_skills and skill in move.held_skills, (code, move.gap_skills)
        assert not any(step.step.startswith(f"Learn {skill}") for step in move.plan), code


def test_a_skill_its_licence_teaches_has_no_step_of_its_own(scorer, matcher):
    # A pharmacist's move to physician assistant work planned "Learn Physician assistant
    # practice: a short course or supervised practice" (6 weeks) beside the PA master's
    # two years, which teach it; a counsellor's move to mental health social work
    # "Learn Social work" beside the MSW.
    pharmacist = advise(scorer, matcher, {"29-1051.00": 0.99}, ["dispensing"], resilience=57)
    pa = next(p for p in pharmacist.pivots if p.label == "Physician Assistants")
    assert "Physician assistant practice" in pa.gap_skills  # still to learn, named
    assert not any(step.step.startswith("Learn Physician assistant") for step in pa.plan)
    master = next(step for step in pa.plan if "physician assistant master's" in step.step)
    assert "Physician assistant practice is learnt there" in master.step
    assert master.weeks >= 104 and pa.plan_weeks < master.weeks + 6
    counsellor = advise(scorer, matcher, {"21-1014.00": 0.9}, [])
    social = [p for p in counsellor.pivots if p.label.startswith("Mental Health and Substance")]
    assert social
    for move in social:
        assert not any(step.step.startswith("Learn Social work") for step in move.plan)
        # (With the other skills the MSW teaches: "Social work and ... are learnt there".)
        assert any("Social work" in step.step and "learnt there" in step.step for step in move.plan)


def test_every_licensed_skill_names_a_licence_and_a_catalogue_skill():
    from career_resilience.model.pivot_licence_work import TAUGHT, WORK, skills_taught
    from career_resilience.model.pivot_licences import LICENCES, THEN
    from career_resilience.skills.loader import shipped_knowledge_base

    names, skills = {lic.name for lic in LICENCES}, shipped_knowledge_base().skills
    for table in (WORK, TAUGHT):
        assert set(table) <= names, set(table) - names
        assert {s for ids in table.values() for s in ids} <= set(skills)
    # Two licences one after the other teach what both teach.
    both = skills_taught("a nursing degree and registered nurse licence" + THEN + TAUGHT_APRN)
    assert {"registered_nursing", "anaesthesia"} <= both


TAUGHT_APRN = "an advanced practice (APRN) nursing degree and licence"


def test_another_licences_work_named_before_a_licensed_job_noun_is_not_core():
    """O*NET's neurologists list "Chiropractic Neurologist" among 14 reported titles,
    which had made chiropractic their one core skill (a family doctor's move to neurology
    read "gap: Chiropractic"); audiologists' "Dispensing Audiologist" had read pharmacy."""
    from career_resilience.model.pivot_core_skills import licensed_elsewhere, shipped_core_skills

    assert "chiropractic" in licensed_elsewhere("29-1217.00")
    assert "chiropractic" not in licensed_elsewhere("29-1011.00")  # chiropractors' own
    assert licensed_elsewhere("43-4051.00") == frozenset()  # work no licence covers
    core = shipped_core_skills()
    assert "chiropractic" not in core["29-1217.00"]
    assert "pharmacy" not in core["29-1181.00"]
    assert "chiropractic" in core["29-1011.00"]
    # A title naming it as the work itself still counts ("Substance Abuse Counselor").
    assert "psychotherapy" in core["21-1023.00"]
