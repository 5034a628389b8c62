"""Licensed work in a pivot's plan: the licence step, its weeks and routes, who holds
it already (``model/pivot_licences.py``, ``model/pivot_plans.licence_for``)."""

from __future__ import annotations

from pivot_support import advise

from career_resilience import wording
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


def test_a_licence_the_persons_own_work_holds_adds_no_step(scorer, matcher):
    # A family physician's medical licence covers hospital medicine (whose residency,
    # internal or family medicine, is theirs); physician assistant work still needs its
    # own (not offered to them: it assists theirs, ``pivot_steps.ASSISTS_ONLY``).
    advice = advise(scorer, matcher, {"29-1215.00": 0.95}, ["primary care"], resilience=50)
    by_code = {p.onet_soc: p for p in advice.pivots}
    physicians = [p for code, p in by_code.items() if code.startswith("29-12")]
    assert physicians
    for p in physicians:
        steps = [step.step for step in p.plan if "licensed occupation" in step.step]
        residency = [step.step for step in p.plan if "learnt in residency" in step.step]
        assert not steps, p.label
        assert residency or p.onet_soc == "29-1229.02", p.label  # hospitalists: none
    from career_resilience.model.pivot_licences import licence_needed

    assert (
        licence_needed("29-1071.00", ("29-1215.00",))
        == "a physician assistant master's and licence"
    )


def test_licences_follow_who_already_holds_them() -> None:
    from career_resilience.model.pivot_licences import licence_needed

    assert licence_needed("29-2061.00", ["29-1141.00"]) == ""  # an RN holds an LPN's
    assert licence_needed("29-1141.00", ["29-2061.00"])  # not the other way round
    assert licence_needed("47-2111.00", ["49-9071.00"])  # electricians need theirs
    assert licence_needed("43-3031.00", ["13-2011.00"]) == ""  # bookkeeping: none


def test_a_licence_step_takes_the_weeks_its_own_way_in_takes(scorer, matcher):
    """An electrician's licence is an apprenticeship of four years or more; its step had
    taken the 26 weeks of the job zone's usual preparation. A bus needs a commercial
    driver's licence, which a school bus driver holds and a bus monitor does not."""
    from career_resilience.model.pivot_licences import LICENCES

    plumber = advise(scorer, matcher, {"47-2152.00": 0.97}, ["pipefitting", "soldering"])
    electricians = next(p for p in plumber.pivots if p.label == "Electricians")
    step = next(s for s in electricians.plan if "licensed occupation" in s.step)
    assert "apprenticeship" in step.step and step.weeks >= 4 * 52
    assert "(an apprenticeship of 4 or 5 years)." in step.step  # what the weeks are
    monitor = advise(scorer, matcher, {"33-9094.00": 0.95}, [])
    bus = next(p for p in monitor.pivots if p.label.startswith("Bus Drivers, Transit"))
    cdl = next(s for s in bus.plan if "licensed occupation" in s.step)
    assert "commercial driver's licence" in cdl.step and 4 <= cdl.weeks <= 26
    driver = advise(scorer, matcher, {"53-3051.00": 0.99}, ["driving"])
    for p in driver.pivots:
        assert not any("licensed occupation" in s.step for s in p.plan), p.label
    assert all(lic.weeks > 0 and lic.basis for lic in LICENCES)


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


def test_clinical_social_work_needs_its_master_and_licence(scorer, matcher):
    """A hospice chaplain was offered mental health and healthcare social work at "about
    10 weeks of learning"; OOH: clinical social work needs an MSW and a state licence."""
    chaplain = advise(scorer, matcher, {"21-2011.00": 0.99}, ["grief counseling"])
    social = [p for p in chaplain.pivots if p.onet_soc.startswith(("21-1022", "21-1023"))]
    assert social
    for p in social:
        step = next(s for s in p.plan if "licensed occupation" in s.step)
        assert "social work" in step.step and step.weeks >= 104, p.label
    from career_resilience.model.pivot_licences import licence_needed

    assert licence_needed("21-1023.00", ["21-1022.00"]) == ""  # a clinical SW holds it
    assert licence_needed("21-1021.00", ["21-2011.00"]) == ""  # child and family: none


def test_a_hand_written_role_is_licensed_as_its_anchor_once(scorer, matcher):
    # A maintenance worker's data-centre electrician role is an electrician's licensed
    # work; the practical nurse role's own plan has its licensing exam, so no second.
    # (Sixth since critical facilities work, anchored in the fixer's own occupation
    # among others, is offered too: a list of eight shows it.)
    fixer = advise(scorer, matcher, {"49-9071.00": 0.95}, [], limit=8)
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
    said = [r for r in electricians.fit_reasons if "the plan adds the time" in r]
    assert len(said) == 1, electricians.fit_reasons
    assert "one job zone up" in said[0] and "licensed occupation" in said[0], said
    assert "electrician licence" in said[0]


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


def test_a_licence_taken_after_another_adds_both_for_someone_who_holds_neither():
    """A pharmacist's move to nurse practitioner work read "about 112 weeks": the APRN
    master's alone, though it admits registered nurses only. Someone who holds no
    nursing licence needs the nursing degree first; a registered nurse does not."""
    from career_resilience.model.pivot_licences import licence_named, licence_needed

    pharmacist = licence_needed("29-1171.00", ["29-1051.00"])
    assert pharmacist.startswith("a nursing degree and registered nurse licence, then ")
    both = licence_named(pharmacist)
    aprn = licence_named(licence_needed("29-1171.00", ["29-1141.00"]))
    assert aprn.name == "an advanced practice (APRN) nursing degree and licence"
    assert both.weeks == aprn.weeks + licence_named(aprn.after).weeks == 208


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


def test_a_helper_into_the_trade_takes_its_apprenticeship_not_two_weeks(scorer, matcher):
    """A carpenter's helper was told carpentry is "about 2 weeks": carpenters and masons
    learn the trade by an apprenticeship of 3 or 4 years (BLS OOH). A carpenter's own
    work holds it; a painter's move (learnt on the job) gets no such step."""
    from career_resilience.model.pivot_licences import licence_kind, licence_needed

    helper = advise(scorer, matcher, {"47-3012.00": 0.95}, ["framing"])
    carpenters = next(p for p in helper.pivots if p.onet_soc == "47-2031.00")
    step = next(s for s in carpenters.plan if "apprenticeship" in s.step)
    assert step.weeks >= 3 * 52
    assert wording.REGULATED["apprenticeship"] in step.step
    assert "licensed" not in step.step
    masonry = licence_needed("47-2021.00", ["47-3011.00"])
    assert masonry and licence_kind(masonry) == "apprenticeship"
    assert licence_needed("47-2031.00", ["47-2031.00"]) == ""
    assert licence_needed("47-2141.00", ["47-3014.00"]) == ""  # painters: on the job


def test_a_typed_msw_covers_the_degree_of_the_clinical_social_work_licence(scorer, matcher):
    """A child welfare worker who typed "MSW" was told 104 weeks of graduate study for
    healthcare social work: the MSW is that degree (and the job zone's graduate degree).
    The plan says what the licence still asks; without the MSW the years stay."""
    from career_resilience.model.pivot_licences import degree_typed

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


def test_boilermaking_sheet_metal_and_ironwork_take_their_apprenticeships():
    """A carpenter's helper's Boilermakers move read the 26 weeks of job zone 3: most
    boilermakers and sheet metal workers learn by a 4- or 5-year apprenticeship, many
    ironworkers by a 3- or 4-year one (BLS OOH)."""
    from career_resilience.model.pivot_licences import licence_kind, licence_named, licence_needed

    for code, years in [("47-2011.00", 4), ("47-2211.00", 4), ("47-2221.00", 3)]:
        needed = licence_needed(code, ["47-3012.00"])
        assert needed and licence_kind(needed) == "apprenticeship", code
        assert licence_named(needed).weeks == years * 52
        assert licence_needed(code, [code]) == ""


def test_a_licence_that_is_a_skill_is_held_by_whoever_holds_the_skill() -> None:
    """A shuttle driver who typed "CDL Class A" was told truck driving needs "a truck- or
    bus-driving course ... and the CDL tests": the CDL is a skill of its own
    (``Licence.skill``), and holding it holds the licence, whatever the work."""
    from career_resilience.model.pivot_licences import licence_needed

    cdl = licence_needed("53-3032.00", ["53-3053.00"])
    assert "CDL" in cdl
    assert licence_needed("53-3032.00", ["53-3053.00"], {"cdl"}) == ""
    assert licence_needed("53-3052.00", ["43-4181.00"], {"cdl"}) == ""  # bus driving too
    assert licence_needed("47-2111.00", ["53-3053.00"], {"cdl"})  # not an electrician's


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


def test_a_shuttle_driver_who_typed_a_cdl_gets_no_cdl_step(scorer, matcher):
    """The catalogue reads "CDL Class A" as the skill ``cdl`` (retrain cc1a12a): moves
    into truck or bus driving add no CDL course for one who holds it, and do without."""

    def cdl_steps(skills: list[str]) -> dict[str, list[str]]:
        advice = advise(scorer, matcher, {"53-3053.00": 0.95}, skills)
        return {p.label: [s.step for s in p.plan if "CDL" in s.step] for p in advice.pivots}

    held = cdl_steps(["CDL Class A"])
    assert "Heavy and Tractor-Trailer Truck Drivers" in held
    assert not any(held.values()), held
    # Without it, the moves behind the CDL are one route (``pivot_routes``): its step.
    without = cdl_steps(["customer service"])
    assert [label for label, steps in without.items() if steps] == [
        "Bus Drivers, Transit and Intercity"
    ], without


def test_a_medical_or_dental_specialty_asks_its_residency():
    # A family physician was offered pediatric surgery after "Learn Surgery" (5 weeks), a
    # dentist oral and maxillofacial surgery after 3 weeks: each is a residency of years.
    from career_resilience.model.pivot_licence_ladder import next_rung
    from career_resilience.model.pivot_licences import licence_named, licence_needed

    family, surgeon, nurse = "29-1215.00", "29-1243.00", "29-1141.00"
    assert licence_needed(surgeon, (family,)) == "a surgical residency"
    assert licence_named("a surgical residency").weeks >= 5 * 52
    # One without the medical degree needs it first, then the residency.
    needed = licence_needed(surgeon, (nurse,))
    assert needed.startswith("a medical degree") and needed.endswith("a surgical residency")
    assert licence_needed("29-1022.00", ("29-1021.00",)).startswith("an oral and maxillofacial")
    # A surgeon holds it; and another specialty is no rung up a physician's ladder.
    assert licence_needed(surgeon, ("29-1242.00",)) == ""
    assert not next_rung(family, surgeon)


def test_dental_hygiene_is_not_read_as_medicine(engine):
    # "29-12" had named physicians and every 29-129x practitioner too: a move into dental
    # hygiene read "a medical degree, residency and medical licence" and counted as
    # doctoral work, so a dental assistant was never offered it.
    from career_resilience.model.pivot_licences import licence_of
    from career_resilience.model.pivot_moves import doctoral

    assert licence_of("29-1292.00").name == "a dental hygiene programme and licence"
    assert not doctoral("29-1292.00") and doctoral("29-1215.00") and doctoral("29-1243.00")
    typed = "x-rays; chairside assisting; sterilization"
    pivots = engine.score(Profile.create("Dental assistant", typed, "")).pivots
    assert "Dental Hygienists" in [p.label for p in pivots], [p.label for p in pivots]


def test_a_physician_is_not_offered_the_work_that_assists_theirs(scorer, matcher):
    # A family physician's list ended with Physician Assistants (fit 71%, +20): the work
    # that practises under theirs, at the same job zone.
    advice = advise(scorer, matcher, {"29-1215.00": 0.95}, ["primary care", "diagnosis"])
    labels = [p.label for p in advice.pivots]
    assert "Physician Assistants" not in labels and "Anesthesiologist Assistants" not in labels


def test_a_nurse_is_never_told_to_learn_the_nursing_her_licence_holds(scorer, matcher):
    # A hospice nurse (matched to registered nurses) who typed no "RN" was offered nurse
    # practitioner work "its licence builds on yours", then planned "Learn Registered
    # nursing: a short course or supervised practice".
    advice = advise(
        scorer, matcher, {"29-1141.00": 0.63}, ["pain management", "Epic"], resilience=70
    )
    practitioner = next(p for p in advice.pivots if p.label == "Nurse Practitioners")
    assert "Registered nursing" not in practitioner.gap_skills
    assert "Registered nursing" in practitioner.held_skills
    assert not any("Learn Registered nursing" in step.step for step in practitioner.plan)


def test_physical_therapist_assistant_work_asks_its_licensed_degree(scorer, matcher):
    # OOH: an accredited associate's degree and a licence or certification in every
    # state. A home health aide's move had planned the 26 weeks of job zone 3.
    from career_resilience.model.pivot_licence_ladder import below_on_ladder
    from career_resilience.model.pivot_licences import licence_needed

    aide = advise(scorer, matcher, {"31-1121.00": 0.9}, ["personal care", "meal prep"])
    pta = next(p for p in aide.pivots if p.label == "Physical Therapist Assistants")
    step = next(s for s in pta.plan if "licensed occupation" in s.step)
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


def test_a_licensed_nurse_is_not_sent_to_unlicensed_support_work(engine):
    """A licensed practical nurse's first move was Medical Assistants (+11), unlicensed
    work assisting a physician's at their own job zone, above registered nursing:
    healthcare support work (SOC 31) is beneath a healthcare licence at any zone, unless
    it is licensed itself (occupational therapy assistants: an accredited associate's
    degree and a licence, which a respiratory therapist's move had read as 4 weeks)."""
    from career_resilience.model.pivot_licence_ladder import beneath_licence
    from career_resilience.model.pivot_licences import licence_needed
    from career_resilience.model.profile import Profile

    profile = Profile.create(
        "Licensed practical nurse", "wound care; medication administration", ""
    )
    codes = [p.onet_soc for p in engine.score(profile).pivots]
    assert codes[0] == "29-1141.00", codes  # registered nursing, the next rung
    assert "31-9092.00" not in codes
    assert beneath_licence("29-2061.00", 3, "31-9092.00", 3)  # medical assistants
    assert not beneath_licence("29-2061.00", 3, "31-2021.00", 3)  # PTA: a licence
    assert not beneath_licence("43-4051.00", 2, "31-9092.00", 3)  # no licence held
    ota = licence_needed("31-2011.00", ("29-1126.00",))
    assert "occupational therapy assistant" in ota
    assert licence_needed("31-2011.00", ("29-1122.00",)) == ""  # an OT's licence holds it


def test_another_physician_specialty_is_its_residency_not_a_short_course(scorer, matcher):
    """A family physician read cardiology as "Learn Cardiology: a short course" (3
    weeks): it is an internal medicine residency of 3 years, then a cardiology
    fellowship of 3; an internist takes the fellowship alone; someone without a medical
    degree takes medical school first. Nursing's licensed work is no move for a
    physician (nurse practitioner work had been offered, four years of school away)."""
    from career_resilience.model.pivot_licences import licence_named, licence_needed

    family, internist, pharmacist = ("29-1215.00",), ("29-1216.00",), ("29-1051.00",)
    cardiology = licence_needed("29-1212.00", family)
    assert cardiology == "an internal medicine residency, then a cardiology fellowship"
    assert licence_named(cardiology).weeks == 6 * 52
    assert licence_needed("29-1212.00", internist) == "a cardiology fellowship"
    neurology = licence_needed("29-1217.00", pharmacist)
    assert neurology == "a medical degree and medical licence, then a neurology residency"
    assert licence_named(neurology).weeks == 8 * 52
    assert licence_needed("29-1229.02", family) == ""  # hospital medicine
    advice = advise(scorer, matcher, {"29-1216.00": 0.95}, ["internal medicine"], limit=10)
    cardio = next(p for p in advice.pivots if p.onet_soc == "29-1212.00")
    assert not any(step.step.startswith("Learn Cardiology") for step in cardio.plan)
    assert cardio.plan_weeks >= 3 * 52
    doctor = advise(scorer, matcher, {"29-1215.00": 0.95}, ["primary care"], limit=10)
    assert not [p.label for p in doctor.pivots if p.onet_soc.startswith(("29-1171", "29-1141"))]


def test_a_home_health_aide_takes_the_cna_programme_not_half_a_year(engine):
    """A care worker (home health aides) was told nursing assistant work takes 26 weeks
    of its job zone's "vocational training or an associate's degree": it is a state-
    approved programme of at least 75 hours and the state's competency exam. The CNA is
    a certification, so the work stays support work a licensed nurse is not sent to."""
    from career_resilience.model.pivot_licence_ladder import beneath_licence
    from career_resilience.model.pivot_licences import holds_a_licence

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


def test_an_aprn_moving_to_another_role_takes_its_certificate(scorer, matcher):
    """A nurse midwife's move to nurse practitioner work read "about 4 weeks": the APRN
    licence is for one role; another role is a post-graduate certificate in it and its
    national certification (OOH), about a year. The midwife's own role needs none."""
    from career_resilience.model.pivot_licences import APRN_ROLE, licence_needed

    midwife = advise(scorer, matcher, {"29-1161.00": 0.99}, ["midwifery"], limit=8)
    practitioners = next(p for p in midwife.pivots if p.onet_soc == "29-1171.00")
    step = next(s for s in practitioners.plan if APRN_ROLE in s.step)
    assert step.weeks >= 52
    assert licence_needed("29-1171.00", ["29-1161.00"]) == APRN_ROLE
    assert licence_needed("29-1161.00", ["29-1161.00"]) == ""
    # A registered nurse still needs the whole APRN master's.
    assert licence_needed("29-1171.00", ["29-1141.00"]).startswith("an advanced practice")


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
