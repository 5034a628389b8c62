"""Years of new licensed schooling count in a pivot's fit as the job-zone steps they
amount to (``model/pivot_schooling.py``), and its fit line says so."""

from __future__ import annotations

from pivot_support import advise

from career_resilience.model.pivot_schooling import counted_weeks, school_weeks


def test_a_pharmacists_move_into_medicine_counts_its_seven_years_in_the_fit(scorer, matcher):
    """Family medicine, both zone 5, was first for a pharmacist at fit 50% (its work is
    much like theirs), with four years of medical school and three of residency in the
    plan only; a physician assistant's two-year master's was not listed at all."""
    # Eight places: naturopathic medicine's four years (a shorter long shot) come first.
    advice = advise(scorer, matcher, {"29-1051.00": 0.99}, ["dispensing"], 44, limit=8)
    by_label = {p.label: p for p in advice.pivots}
    family = by_label["Family Medicine Physicians"]
    assert family.job_zone_step == 0 and family.fit < 0.35
    said = [r for r in family.fit_reasons if "years of school first" in r]
    assert said and "about 7 years" in said[0], family.fit_reasons
    assert "Physician Assistants" in by_label
    # Two years (a zone step's worth) cost the fit nothing, as one zone step up does;
    # the line still says them (it had read "the plan adds the time this takes").
    assistant = by_label["Physician Assistants"]
    assert not any("the fit counts them" in r for r in assistant.fit_reasons)
    assert any("about 2 years of school first, in the plan" in r for r in assistant.fit_reasons)


def test_a_licence_learnt_in_paid_work_is_not_school():
    """An apprenticeship earns while it teaches: a carpenter's helper's move to
    carpentry, or an electrician's licence, costs no fit for its years."""
    assert school_weeks("a carpentry apprenticeship") == 0
    assert school_weeks("an apprenticeship and electrician licence") == 0
    assert counted_weeks("a medical degree, residency and medical licence") == 7 * 52
    assert counted_weeks("a physician assistant master's and licence") == 0  # 2 years
    # A licence taken after another (a nursing degree, then an APRN's) is both.
    both = (
        "a nursing degree and registered nurse licence, then an advanced practice (APRN) "
        "nursing degree and licence"
    )
    assert counted_weeks(both) == 4 * 52


def test_a_move_one_zone_up_says_the_years_of_school_its_fit_counts():
    """An exercise physiologist's move to clinical nurse specialist work is one job zone
    up and a nursing degree, then an APRN's (4 years): the fit counts 2 zone steps, and
    its line had said only "the plan adds the time both take". (Four years of new school
    now make the move a long shot, ``pivot_routes``: shown only beside a skill of it.)"""
    from career_resilience import wording
    from career_resilience.model.pivot_licences import licence_needed

    both = licence_needed("29-1141.04", ["29-1128.00"])
    line = wording.one_zone_up("extensive preparation", both, "licence", counted_weeks(both))
    assert line.startswith("one job zone up") and "about 4 years of school first" in line, line


def test_years_of_school_only_into_a_relative_of_the_persons_own_work(scorer, matcher):
    """A "Family doctor" matched Child, Family, and School Social Workers at 5% (the
    word "family"), whose relatives brought marriage and family therapy, a counselling
    master's away, to a physician. A relative asking new licensed school comes only
    from the person's own work; a social worker is still offered it."""
    therapy = "21-1013.00"
    doctor = advise(scorer, matcher, {"29-1215.00": 0.32, "21-1021.00": 0.054}, [], limit=10)
    assert therapy not in [p.onet_soc for p in doctor.pivots]
    social = advise(scorer, matcher, {"21-1021.00": 0.9}, [], limit=10)
    assert therapy in [p.onet_soc for p in social.pivots]
