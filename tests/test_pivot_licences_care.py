"""The licences and certifications of allied health, care, counselling and social work in
a pivot's plan: their programmes, hours and exams, and a typed degree that covers one
(``model/pivot_licences.py``). General licence steps: ``test_pivot_licences.py``."""

from __future__ import annotations

from pivot_support import advise, licence_step

from career_resilience import wording
from career_resilience.model.pivot_licence_ladder import below_on_ladder, beneath_licence
from career_resilience.model.pivot_licences import degree_typed, holds_a_licence, licence_needed
from career_resilience.model.profile import Profile


def test_clinical_social_work_needs_its_master_and_licence(scorer, matcher):
    """A hospice chaplain was offered mental health and healthcare social work at "about
    10 weeks of learning"; OOH: clinical social work needs an MSW and a state licence."""
    chaplain = advise(scorer, matcher, {"21-2011.00": 0.99}, ["grief counseling"])
    social = [p for p in chaplain.pivots if p.onet_soc.startswith(("21-1022", "21-1023"))]
    assert social
    for p in social:
        step = licence_step(p)
        assert "social work" in step.step and step.weeks >= 104, p.label

    assert licence_needed("21-1023.00", ["21-1022.00"]) == ""  # a clinical SW holds it
    assert licence_needed("21-1021.00", ["21-2011.00"]) == ""  # child and family: none


def test_a_typed_msw_covers_the_degree_of_the_clinical_social_work_licence(scorer, matcher):
    """A child welfare worker who typed "MSW" was told 104 weeks of graduate study for
    healthcare social work: the MSW is that degree (and the job zone's graduate degree).
    The plan says what the licence still asks; without the MSW the years stay."""

    def healthcare(skills: list[str]):
        advice = advise(scorer, matcher, {"21-1021.00": 0.95}, skills, limit=8)
        return next(p for p in advice.pivots if p.onet_soc == "21-1022.00")

    held = healthcare(["M.S.W.", "case management"])
    assert held.plan_weeks < 26, [(s.step[:60], s.weeks, s.done) for s in held.plan]
    step = next(s for s in held.plan if "M.S.W." in s.step)
    assert step.done and "3,000 hours of supervised clinical practice" in step.step
    assert any(r.startswith("your “M.S.W.” is the degree") for r in held.fit_reasons)
    assert not any("graduate degree" in r for r in held.fit_reasons)
    assert healthcare(["case management"]).plan_weeks >= 104
    social_work = "a social work master's (MSW) and clinical social work licence"
    assert degree_typed(social_work, ["Master's in Social Work"]) == "Master's in Social Work"
    assert degree_typed(social_work, ["MSWord"]) == ""
    assert degree_typed(social_work, ["MS Word"]) == ""


def test_an_msw_is_the_master_a_marriage_and_family_therapists_licence_asks(scorer, matcher):
    """A clinical social worker who typed "MSW" was told 104 weeks of "a counselling
    master's" for marriage and family therapy; OOH asks a master's in psychology, MFT
    "or a related mental health field", then supervised hours and a state exam."""

    def therapy(skills: list[str]):
        advice = advise(scorer, matcher, {"21-1022.00": 0.95}, skills, limit=8)
        return next(p for p in advice.pivots if p.onet_soc == "21-1013.00")

    held = therapy(["MSW", "case management"])
    step = next(s for s in held.plan if "MSW" in s.step)
    assert step.done and "2,000 to 4,000 hours of supervised clinical practice" in step.step
    assert not any(s.weeks >= 52 for s in held.plan if not s.done), held.plan
    without = therapy(["case management"])
    assert any(s.weeks >= 104 and not s.done for s in without.plan)


def test_music_therapy_takes_its_board_certification_not_two_weeks(scorer, matcher):
    """A musician was told Music Therapists is "about 2 weeks of learning": music
    therapy asks an approved programme with 1,200 clinical hours and the CBMT board exam
    (MT-BC). It is not a state licence everywhere, and the plan does not say it is."""
    musician = advise(scorer, matcher, {"27-2042.00": 0.99}, ["singing"], limit=8)
    therapists = next(p for p in musician.pivots if p.onet_soc == "29-1129.02")
    step = next(s for s in therapists.plan if "MT-BC" in s.step)
    assert step.weeks >= 2 * 52 and "1,200 clinical hours" in step.step
    assert wording.REGULATED["certification"] in step.step
    assert step.evidence == wording.REGULATED_EVIDENCE["certification"]
    assert not any("licensed occupation" in s.step for s in therapists.plan)
    assert any(r.startswith(wording.REGULATED["certification"]) for r in therapists.fit_reasons)
    assert therapists.plan_weeks >= 2 * 52


def test_physical_therapist_assistant_work_asks_its_licensed_degree(scorer, matcher):
    # OOH: an accredited associate's degree and a licence or certification in every
    # state. A home health aide's move had planned the 26 weeks of job zone 3.

    aide = advise(scorer, matcher, {"31-1121.00": 0.9}, ["personal care", "meal prep"])
    pta = next(p for p in aide.pivots if p.label == "Physical Therapist Assistants")
    step = licence_step(pta)
    assert "physical therapist assistant degree" in step.step and step.weeks >= 104
    # A physical therapist holds it: the assistant's work is their own with less scope.
    assert licence_needed("31-2021.00", ("29-1123.00",)) == ""
    assert below_on_ladder("29-1123.00", "31-2021.00")


def test_acupuncture_asks_its_graduate_programme(scorer, matcher):
    # Licensed in 47 states and DC, entered by an accredited programme of 3 to 4 years: a
    # doula's move had read "Learn Acupuncture: a short course" (7 weeks in all).
    doula = advise(scorer, matcher, {"29-9099.01": 0.99}, ["birth support"])
    move = next(p for p in doula.pivots if p.label == "Acupuncturists")
    step = next(s for s in move.plan if "acupuncture master's" in s.step)
    assert step.weeks >= 3 * 52 and "Acupuncture is learnt there" in step.step
    assert not any(s.step.startswith("Learn Acupuncture") for s in move.plan)


def test_a_home_health_aide_takes_the_cna_programme_not_half_a_year(engine):
    """A care worker (home health aides) was told nursing assistant work takes 26 weeks
    of its job zone's "vocational training or an associate's degree": it is a state-
    approved programme of at least 75 hours and the state's competency exam. The CNA is
    a certification, so the work stays support work a licensed nurse is not sent to."""
    aide = engine.score(Profile.create("Care worker", "personal care; meals"))
    assert aide.occupations[0].onet_soc == "31-1121.00"
    cna = next(p for p in aide.pivots if p.onet_soc == "31-1131.00")
    step = next(s for s in cna.plan if "CNA certification" in s.step)
    assert step.weeks <= 12 and "75 hours" in step.step
    assert wording.REGULATED["registry"] in step.step
    assert cna.plan_weeks <= 16
    assert beneath_licence("29-2061.00", 3, "31-1131.00", 3)  # an LPN: no move
    # Its holders are told to keep their certificates current, not a licence.
    assert not holds_a_licence(("31-1131.00",))


def test_hearing_aid_work_asks_its_traineeship_and_state_licence(scorer, matcher):
    """A dialysis technician's first move, hearing aid work, read as nothing to learn but
    its one core skill; every state licenses hearing aid dispensing (a supervised
    traineeship of months, then written and practical exams)."""
    dialysis = advise(scorer, matcher, {"29-2099.00": 0.95}, ["hemodialysis"], limit=8)
    hearing = next(p for p in dialysis.pivots if p.onet_soc == "29-2092.00")
    step = licence_step(hearing)
    assert "hearing aid" in step.step and 20 <= step.weeks < 52, step
    assert licence_needed("29-2092.00", ["29-2092.00"]) == ""  # a specialist holds it


def test_massage_therapy_and_radiography_ask_their_programmes(engine):
    """An esthetician's massage therapy read "Learn Massage therapy: a short course":
    OOH asks a programme of 500 hours or more and, in most states, a licence; radiologic
    technologists an associate's degree and a licence or certification (ARRT)."""
    esthetician = engine.score(Profile.create("Esthetician", "facials; waxing; skincare"))
    massage = next(p for p in esthetician.pivots if p.onet_soc == "31-9011.00")
    step = licence_step(massage)
    assert "massage therapy programme" in step.step and 12 <= step.weeks < 26, step
    assert licence_needed("31-9011.00", ["31-9011.00"]) == ""
    assert "radiography degree" in licence_needed("29-2034.00", ["29-2099.00"])
    assert licence_needed("29-2034.00", ["29-2034.00"]) == ""


def test_vet_tech_work_asks_its_degree_and_exam_and_keeps_its_own_field(scorer, matcher):
    """OOH: veterinary technicians take a 2-year AVMA-accredited programme and the VTNE; a
    surgical technologist's move had read "Learn Veterinary nursing: a short course" (1
    week). Holding that credential puts veterinary assistants beneath a vet tech, not
    medical assisting: human healthcare support is another field at their own zone."""
    surgical = advise(scorer, matcher, {"29-2055.00": 0.99}, ["sterile technique"], limit=8)
    vet = next(p for p in surgical.pivots if p.onet_soc == "29-2056.00")
    step = licence_step(vet)
    assert "Veterinary Technician National Examination" in step.step and step.weeks >= 104
    assert not any(s.step.startswith("Learn Veterinary nursing") for s in vet.plan), vet.plan
    assert beneath_licence("29-2056.00", 3, "31-9096.00", 2)
    assert not beneath_licence("29-2056.00", 3, "31-9092.00", 3)  # medical assistants
    assert beneath_licence("29-2061.00", 3, "31-9092.00", 3)  # an LPN's field's support
    techs = advise(scorer, matcher, {"29-2056.00": 0.99}, ["animal care", "lab work"], limit=8)
    assert "31-9092.00" in {p.onet_soc for p in techs.pivots}


def test_surgical_technology_asks_its_programme_and_never_a_course_in_surgery(scorer, matcher):
    """OOH: surgical technologists train in a programme of several months to 2 years and
    certify (CST). An orthodontic assistant's move had read "Learn Surgical technology"
    and "Learn Surgery: a short course": surgery is a surgeon's licensed work, no core
    skill of the people who assist at it. A surgical technologist's step to surgical
    assisting is the next rung of their ladder."""
    assistant = advise(scorer, matcher, {"31-9091.00": 0.99}, ["x-rays", "impressions"], limit=8)
    surgical = next(p for p in assistant.pivots if p.onet_soc == "29-2055.00")
    assert "Surgery" not in surgical.gap_skills, surgical.gap_skills
    assert not any(s.step.startswith("Learn") for s in surgical.plan), surgical.plan
    assert any("surgical technology programme" in s.step and s.weeks >= 52 for s in surgical.plan)
    tech = advise(scorer, matcher, {"29-2055.00": 0.99}, ["sterile technique"], limit=8)
    step = next(p for p in tech.pivots if p.onet_soc == "29-9093.00")
    assert step.fit_reasons[0].startswith(wording.LADDER_FIT), step.fit_reasons
