"""A catalogue skill a person names in their own duty lines is a skill they use: pivots
never tell them to learn it (``Engine._duty_skills``)."""

from __future__ import annotations

from career_resilience.model.profile import Profile

NURSE = {"role": "RN", "skills": ["patient care", "IV therapy"]}


def _pivot(result, label):
    return next(p for p in result.pivots if p.label == label)


def test_a_nurse_who_charts_in_epic_is_not_told_to_learn_epic(engine):
    """A duty "chart in Epic": Epic Systems is held, its plan step is done."""
    with_duty = engine.score(Profile.create(**NURSE, duties="chart in Epic; give medications"))
    without = engine.score(Profile.create(**NURSE, duties="give medications"))
    np_with = _pivot(with_duty, "Nurse Practitioners")
    np_without = _pivot(without, "Nurse Practitioners")
    assert "Epic Systems" in np_without.gap_skills  # the rule below has something to do
    assert "Epic Systems" not in np_with.gap_skills, np_with.gap_skills
    assert any("Epic Systems" in s for s in np_with.held_skills), np_with.held_skills
    step = next(s for s in np_with.plan if "Epic Systems" in s.skills)
    assert step.done, step


def test_only_whole_names_in_a_duty_count_never_part_of_a_word(engine):
    """Whole runs of words that name a skill count; a name inside a longer word does not
    ("epicentre" is not Epic), nor a one- to three-letter name ("IT"), nor a lower-case
    everyday word a product shares ("airflow" in a kiln is not Apache Airflow)."""
    held = {m.skill.id for m in engine.duty_skills("chart in Epic; write scripts in Python")}
    assert {"ehr", "python"} <= held, held
    assert not engine.duty_skills("map the epicentre; fix IT tickets; control the kiln airflow")


def test_the_engine_reads_duties_line_by_line_with_the_same_skills_in_order(engine):
    """The engine caches each duty line (a workforce's templates repeat line by line): the
    skills, their order and a skill named on two lines kept once from the first are those
    of reading the whole text (``skills_in_duties``), and a line shared by two people is
    read once."""
    from career_resilience.model.duty_skills import skills_in_duties

    text = "write scripts in Python; chart in Epic\nreport in Excel; debug Python code"
    whole = skills_in_duties(engine.matcher, text)
    assert [m.skill.id for m in engine.duty_skills(text)] == [m.skill.id for m in whole]
    assert len({m.skill.id for m in whole}) == len(whole)  # Python once, from line one
    assert [m.skill.id for m in whole][:2] == ["python", "ehr"]
    before = engine.line_skills.cache_info().misses
    engine.duty_skills("chart in Epic; answer phones in a new line")
    assert engine.line_skills.cache_info().misses == before + 1  # "chart in Epic" was read


def test_documents_a_line_hands_around_are_not_skills_held(engine):
    """A loan processor "gathers tax returns" from applicants: that is no tax preparation,
    yet it was held, and opened a long-shot move into accounting ("you hold 1 of its 7
    core skills") a job zone up. Work done on the same words still counts, and so does a
    tool the handling line names."""
    assert not engine.duty_skills("gather tax returns, W-2s and bank statements from applicants")
    assert not engine.duty_skills("copy medical records for patients")
    assert "tax_preparation" in {m.skill.id for m in engine.duty_skills("prepare tax returns")}
    scanned = engine.duty_skills("scan invoices into QuickBooks")
    assert [m.skill.name for m in scanned] == ["QuickBooks"]
    processor = engine.score(
        Profile.create(
            "loan processor",
            "loan processing",
            "gather tax returns, W-2s and bank statements from applicants\norder appraisals",
        )
    )
    assert "Accountants and Auditors" not in {p.label for p in processor.pivots}
