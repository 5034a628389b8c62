"""Licensed work in a pivot's plan: the licence step, its weeks, who holds it already,
and how a plan and its fit reasons say it (``model/pivot_licences.py``,
``model/pivot_plans.licence_for``). The licences of particular work:
``test_pivot_licences_medicine.py`` (physicians, dentists, nurses),
``test_pivot_licences_care.py`` (allied health, care, counselling and social work),
``test_pivot_licences_trades.py`` (apprenticed trades and driving)."""

from __future__ import annotations

from pivot_support import advise, licence_step

from career_resilience import wording
from career_resilience.model.pivot_licences import licence_named, licence_needed
from career_resilience.model.profile import Profile


def test_a_move_into_a_licensed_occupation_needs_its_licence_at_the_same_job_zone(scorer, matcher):
    # A pharmacist (zone 5) was told nurse practitioner work (zone 5) is "about 8 weeks
    # of learning": the skills alone. It takes a nursing degree and an APRN licence.
    advice = advise(scorer, matcher, {"29-1051.00": 0.99}, ["dispensing"], resilience=57)
    practitioner = next(p for p in advice.pivots if p.label == "Nurse Practitioners")
    assert practitioner.job_zone_step == 0
    left = [step for step in practitioner.plan if not step.done]
    assert sum(step.weeks for step in left) >= 104
    assert any("licensed occupation" in step.step for step in left)
    assert any("licensed occupation" in reason for reason in practitioner.fit_reasons)
    # The weeks say what they are for, beside the skills to learn.
    assert "licensed occupation" in wording.weeks_mostly(practitioner.plan)


def test_licences_follow_who_already_holds_them() -> None:

    assert licence_needed("29-2061.00", ["29-1141.00"]) == ""  # an RN holds an LPN's
    assert licence_needed("29-1141.00", ["29-2061.00"])  # not the other way round
    assert licence_needed("47-2111.00", ["49-9071.00"])  # electricians need theirs
    assert licence_needed("43-3031.00", ["13-2011.00"]) == ""  # bookkeeping: none


def test_a_licence_taken_after_another_adds_both_for_someone_who_holds_neither():
    """A pharmacist's move to nurse practitioner work read "about 112 weeks": the APRN
    master's alone, though it admits registered nurses only. Someone who holds no
    nursing licence needs the nursing degree first; a registered nurse does not."""
    pharmacist = licence_needed("29-1171.00", ["29-1051.00"])
    assert pharmacist.startswith("a nursing degree and registered nurse licence, then ")
    both = licence_named(pharmacist)
    aprn = licence_named(licence_needed("29-1171.00", ["29-1141.00"]))
    assert aprn.name == "an advanced practice (APRN) nursing degree and licence"
    assert both.weeks == aprn.weeks + licence_named(aprn.after).weeks == 208


def test_a_move_up_into_licensed_work_names_the_licence_and_takes_its_weeks(scorer, matcher):
    """A tutor's way to school teaching was "the preparation usually asked (a bachelor's
    degree)", with no word of the state teaching licence; an electrician's helper's way
    to electrician work took zone 3's 26 weeks, not the apprenticeship the licence asks."""
    tutor = advise(scorer, matcher, {"25-3041.00": 0.99}, ["algebra", "lesson planning"])
    teaching = [p for p in tutor.pivots if p.onet_soc.startswith(("25-202", "25-203", "25-205"))]
    assert teaching, [p.label for p in tutor.pivots]
    for p in teaching:
        assert p.job_zone_step >= 1
        prep = next(s for s in p.plan if s.step.startswith(wording.PREPARATION_STEP))
        assert "state teaching licence" in prep.step, prep.step
        assert any("licensed occupation" in reason for reason in p.fit_reasons)
    helper = advise(scorer, matcher, {"47-3013.00": 0.99}, ["wiring", "conduit"])
    electricians = next(p for p in helper.pivots if p.onet_soc == "47-2111.00")
    assert electricians.job_zone_step >= 1
    prep = next(s for s in electricians.plan if s.step.startswith(wording.PREPARATION_STEP))
    assert "apprenticeship and electrician licence" in prep.step and prep.weeks >= 4 * 52


def test_a_hand_written_role_is_licensed_as_its_anchor_once(scorer, matcher):
    # A maintenance worker's data-centre electrician role is an electrician's licensed
    # work; the practical nurse role's own plan has its licensing exam, so no second.
    # (Sixth since critical facilities work, anchored in the fixer's own occupation
    # among others, is offered too: a list of eight shows it. With wiring typed: a
    # fixer who names no skill holds none of the role's, so it ranks out of reach.)
    fixer = advise(scorer, matcher, {"49-9071.00": 0.95}, ["wiring"], limit=8)
    electrician = next(p for p in fixer.pivots if p.id == "data_centre_electrician")
    assert any("licensed occupation" in step.step for step in electrician.plan)
    diet = advise(scorer, matcher, {"29-2051.00": 0.95}, [])
    nurse = next(p for p in diet.pivots if p.id == "licensed_practical_nurse")
    licensing = [step for step in nurse.plan if "licen" in step.step.lower()]
    assert len(licensing) == 1


def test_a_move_one_zone_up_into_licensed_work_reads_as_one_reason(scorer, matcher):
    """An electrician's helper's move to Electricians listed two fit reasons both ending
    "the plan adds the time this takes" (one for the zone, one for the licence): a coach
    read two costs where the plan has one step. One reason names both."""
    helper = advise(scorer, matcher, {"47-3013.00": 0.99}, ["wiring", "conduit"])
    electricians = next(p for p in helper.pivots if p.onet_soc == "47-2111.00")
    assert electricians.job_zone_step == 1
    said = [r for r in electricians.fit_reasons if "licensed occupation" in r]
    assert len(said) == 1, electricians.fit_reasons
    assert "one job zone up" in said[0] and "electrician licence" in said[0], said
    # Its years are a paid apprenticeship, said in the same reason.
    assert "about 4 years of paid learning" in said[0]


def test_a_move_several_zones_up_into_licensed_work_reads_as_one_reason(scorer, matcher):
    """A dietetic technician's move to Clinical Nurse Specialists listed the years line
    ("a move up 2 job zones ...: about 3 years ... in the plan") and a licence line ("a
    licensed occupation (...): the plan adds the time this takes") for the one plan step
    that takes the longer of both: one reason names the zones, the licence and the years."""
    # (That move, four years of nursing school, is now a long shot, ``pivot_routes``;
    # a medical assistant's move to physician assistant work is two zones up too.)
    assistant = advise(scorer, matcher, {"31-9092.00": 0.99}, ["vital signs"])
    pa = next(p for p in assistant.pivots if p.onet_soc == "29-1071.00")
    assert pa.job_zone_step == 2
    said = [r for r in pa.fit_reasons if "licensed occupation" in r or "job zones" in r]
    assert len(said) == 1, pa.fit_reasons
    assert "a move up 2 job zones" in said[0] and "physician assistant" in said[0], said
    assert "years of study or training first" in said[0]


def test_a_teaching_licence_up_a_zone_names_the_degree_route_too(scorer, matcher):
    """A tutor's move up to school teaching read "(considerable preparation: usually a
    bachelor's degree). It is a licensed occupation: ... (an alternative-certification
    programme for degree holders ...)": a route for people who hold a degree, beside a
    step for one who may not. A move up names both routes; an adult-education
    instructor at the teachers' own zone (who holds a degree) keeps the one route."""

    def licence_step(code: str) -> str:
        advice = advise(scorer, matcher, {code: 0.99}, ["tutoring"])
        found = [s.step for p in advice.pivots for s in p.plan if "teaching licence" in s.step]
        # School teaching at every level is one licence: one route (``pivot_routes``).
        assert len(found) == 1, found
        return found[0]

    up = licence_step("25-3041.00")
    assert "usually a bachelor's degree" in up
    assert "part of a bachelor's in education, or an alternative-certification" in up, up
    level = licence_step("25-3011.00")
    assert "alternative-certification programme for degree holders" in level
    assert "bachelor's in education" not in level, level


def test_skincare_work_names_its_licence_unless_a_cosmetology_licence_covers_it(engine):
    """An embalmer's first move, skincare work, read "about 5 weeks of learning" with no
    word of the esthetics licence every state but one asks. A makeup artist moving there
    now sees the licence and its programme in the plan; a hairdresser, whose cosmetology
    licence covers skincare in most states, is still offered it with no licence step
    (the work is a field of their licence's practice, not a rung below it)."""
    artist = engine.score(
        Profile.create("Makeup artist", "foundation; contouring", "do bridal makeup")
    )
    skin = next(p for p in artist.pivots if p.onet_soc.startswith("39-5094"))
    assert any("skincare licence" in step.step for step in skin.plan), skin.plan
    assert skin.plan_weeks >= 15
    stylist = engine.score(Profile.create("Hairdresser", "cutting; colouring", ""))
    skin = next(p for p in stylist.pivots if p.onet_soc.startswith("39-5094"))
    assert not any("licen" in step.step for step in skin.plan), skin.plan


def test_air_traffic_control_names_the_faa_route_and_its_paid_years(scorer, matcher):
    """A parking enforcement officer's air traffic control read "one job zone up: the
    plan adds the time this takes": the FAA hires controllers before their 31st
    birthday, then the FAA Academy and 1.5 to 3 years of paid training on the job."""
    officer = advise(scorer, matcher, {"33-3041.00": 0.99}, ["ticket writing"], limit=8)
    control = next(p for p in officer.pivots if p.onet_soc == "53-2021.00")
    zone = next(r for r in control.fit_reasons if r.startswith("one job zone up"))
    assert "before age 31" in zone and "about 2 years of paid learning" in zone, zone
    assert licence_needed("53-2021.00", ["53-2021.00"]) == ""


def test_sworn_police_work_asks_the_academy_and_its_certification(scorer, matcher):
    """A private investigator's patrol policing read "Learn Policing: a short course";
    sworn work asks a basic academy (833 hours on average, BJS 2018) and the state's
    peace officer certification. A police officer's own moves hold it, and a step into
    police supervision needs it from someone who does not (a parking enforcement
    officer's had read "Learn Policing" too)."""
    investigator = advise(scorer, matcher, {"33-9021.00": 0.99}, ["surveillance"], limit=8)
    police = next(p for p in investigator.pivots if p.onet_soc == "33-3051.00")
    step = licence_step(police)
    assert "police academy" in step.step and 26 <= step.weeks < 52, step
    officer = advise(scorer, matcher, {"33-3051.00": 0.99}, ["patrol"], limit=8)
    for p in officer.pivots:
        assert not any("police academy" in s.step for s in p.plan), p.label
    assert licence_needed("33-1012.00", ["33-3041.00"]) != ""
    assert licence_needed("33-1012.00", ["33-3051.00"]) == ""
