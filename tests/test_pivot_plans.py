"""A pivot's gaps and learning plan: the target's own tools, one product per kind, weeks
that grow with the work not yet shared, citations of the AI-era roles
(``model/pivot_plans.py``)."""

from __future__ import annotations

from pivot_support import advise

from career_resilience import wording
from career_resilience.model.pivot_standing import standing_from
from career_resilience.skills.occupations import occupation_data


def test_gap_products_are_the_targets_own_tools_not_stray_web_software(scorer, matcher):
    # Plumbers' O*NET entry lists Active Server Pages and airfield operations Apache
    # HTTP Server; neither is a tool of that corner of work, so neither is a gap.
    for codes, skills in [
        ({"47-2152.00": 0.95}, ["pipefitting", "soldering"]),
        ({"43-5031.00": 0.95}, ["radio dispatch"]),
        ({"49-9071.00": 0.95}, ["facilities maintenance"]),
    ]:
        advice = advise(scorer, matcher, codes, skills)
        gaps = [g for p in advice.pivots for g in p.gap_skills]
        assert gaps
        for stray in ("Active Server Pages", "Apache HTTP Server", "LabVIEW", "Eclipse IDE"):
            assert not any(stray in g for g in gaps), (codes, stray)
        assert "Active Server Pages" not in advice.note


def test_a_nurse_practitioner_plan_takes_a_graduate_degree_not_weeks(scorer, matcher):
    advice = advise(scorer, matcher, {"29-1141.00": 0.95}, ["patient assessment"], resilience=50)
    practitioner = next(p for p in advice.pivots if p.label == "Nurse Practitioners")
    assert practitioner.job_zone == 5
    assert sum(step.weeks for step in practitioner.plan) >= 104


def test_related_plans_come_from_the_gaps_and_mark_covered_steps(scorer, matcher):
    advice = advise(
        scorer, matcher, {"43-3031.00": 0.7}, ["accounts payable", "accounts receivable"]
    )
    related = next(p for p in advice.pivots if p.kind == "related")
    assert related.plan, "a related occupation gets a plan built from its gaps"
    assert all(step.evidence for step in related.plan)
    held = set(related.held_skills)
    for step in related.plan:
        if step.done:
            assert set(step.skills) <= {h.split(" (")[0] for h in held}


def test_ai_era_roles_cite_their_article_by_title(scorer, matcher):
    advice = advise(scorer, matcher, {"15-1252.00": 0.7}, ["Java", "Kubernetes", "AWS"])
    ai_era = [p for p in advice.pivots if p.kind == "ai_era"]
    assert ai_era
    assert any(
        "Hyperscalers Shift Focus" in p.citation or "AI Paradox" in p.citation for p in ai_era
    )


def test_an_epic_user_is_not_told_to_learn_other_health_record_systems(scorer, matcher):
    # eClinicalWorks and e-MDs are electronic health records, as Epic is: which one an
    # employer runs is learnt on the job, not a gap on a plan.
    advice = advise(scorer, matcher, {"29-1141.00": 0.9}, ["patient assessment", "Epic"], 50)
    practitioner = next(p for p in advice.pivots if p.label == "Nurse Practitioners")
    assert not any(
        "Medical software" in scorer.evidence.kinds_of(gap) for gap in practitioner.gap_skills
    )
    assert not any("EHR" in g or "EMR" in g for p in advice.pivots for g in p.gap_skills)


def test_two_products_of_one_kind_are_one_gap(scorer, matcher):
    for codes, skills in [
        ({"41-2011.00": 0.9}, ["cash handling"]),
        ({"47-2031.00": 0.9}, ["framing"]),
        ({"43-3031.00": 0.9}, ["accounts payable"]),
        ({"29-1141.00": 0.9}, ["patient assessment"]),
    ]:
        for pivot in advise(scorer, matcher, codes, skills).pivots:
            kinds = [scorer.evidence.kinds_of(g) for g in pivot.gap_skills]
            named = [k for k in kinds if k]
            assert all(not (a & b) for i, a in enumerate(named) for b in named[i + 1 :]), (
                pivot.label,
                pivot.gap_skills,
            )


def test_a_near_move_in_the_same_job_zone_takes_weeks_not_half_a_year(scorer, matcher):
    # A systems engineer moving to software development shares most of its work: seven
    # skills to learn at a bachelor's-level six weeks each (and products) read as 36
    # weeks, though most of that work is already theirs. (Listed past five since it
    # holds none of its core skills: the resilience it adds no longer ranks it.)
    advice = advise(scorer, matcher, {"15-1299.08": 0.9}, ["Python"], 45, limit=8)
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
    person's work is from the work the skill is at the heart of."""
    teacher = advise(
        scorer, matcher, {"25-2021.00": 0.78, "25-2056.00": 0.19}, ["lesson planning"], 50
    )
    weeks: dict[str, set[float]] = {}
    for pivot in teacher.pivots:
        for step in pivot.plan:
            if step.step.startswith("Learn ") and not step.done:
                weeks.setdefault(step.skills[0], set()).add(step.weeks)
    asked_twice = [
        skill for skill in weeks if sum(skill in p.gap_skills for p in teacher.pivots) > 1
    ]
    assert "Special education" in asked_twice, weeks
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


def test_gap_products_are_common_tools_of_the_field_not_one_vendors_niche(scorer, matcher):
    counts = scorer.evidence._counted()  # how many occupations name each product, which are hot
    for codes, skills in [
        ({"43-5031.00": 0.95}, ["radio dispatch"]),
        ({"41-2011.00": 0.9}, ["cash handling"]),
        ({"47-2152.00": 0.9}, ["pipefitting"]),
    ]:
        advice = advise(scorer, matcher, codes, skills)
        products = {g for p in advice.pivots for g in p.gap_skills} & set(counts.named)
        for product in products:
            assert counts.named[product] >= 10 and product in counts.hot, product
        gaps = " ".join(g for p in advice.pivots for g in p.gap_skills)
        for niche in ("Propworks", "Aircraft noise monitoring", "Minitab", "Yardi"):
            assert niche not in gaps


def test_a_count_of_one_or_none_reads_as_people_say_it() -> None:
    # "you hold 0 of its 1 core skills" was shown for a plumber's move to HVAC work.
    assert (
        wording.share_held("hold", 0, 1, "core skill") == "you do not yet hold its one core skill"
    )
    assert wording.share_held("use", 1, 1, "key product") == "you use its one key product"
    assert wording.share_held("hold", 0, 4, "core skill") == "you hold none of its 4 core skills"
    assert wording.share_held("hold", 3, 7, "core skill") == "you hold 3 of its 7 core skills"


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


def test_a_product_step_names_its_product_and_shows_done_once_it_is_used(scorer, matcher):
    # A nurse who does not name Epic is told to get hands-on with it; the step named no
    # skill, so adding Epic later (the what-if, the next session) could never mark it
    # done: the step vanished instead of showing as covered.
    def practitioner(skills: list[str]):
        advice = advise(scorer, matcher, {"29-1141.00": 0.9}, skills, 50)
        return next(p for p in advice.pivots if p.label == "Nurse Practitioners")

    before = practitioner(["patient assessment"])
    (learn,) = [s for s in before.plan if "Epic Systems" in s.step]
    assert learn.skills == ("Epic Systems",) and not learn.done
    after = practitioner(["patient assessment", "Epic"])
    (used,) = [s for s in after.plan if "Epic Systems" in s.step]
    assert used.skills == ("Epic Systems",) and used.done
    assert "Epic Systems" in after.held_skills and "Epic Systems" not in after.gap_skills


def test_work_learnt_on_the_job_asks_no_product_course(scorer, matcher):
    # A cashier moving to stocking shelves (job zone 2) had "to learn: ..., Oracle JD
    # Edwards EnterpriseOne" and a plan step for it: O*NET's zones 1-2 are learnt
    # working beside experienced people, the employer's systems with them.
    advice = advise(scorer, matcher, {"41-2011.00": 0.9}, ["cash handling", "POS"])
    low = [p for p in advice.pivots if p.kind == "related" and (p.job_zone or 0) <= 2]
    assert any(p.label == "Stockers and Order Fillers" for p in low), [p.label for p in low]
    key = scorer.evidence.key_technology
    stockers = next(p for p in low if p.label == "Stockers and Order Fillers")
    assert key(stockers.onet_soc), "O*NET lists key products for stockers"
    for pivot in low:
        assert not set(pivot.gap_skills) & set(key(pivot.onet_soc)), pivot.gap_skills
        assert not any("hands-on" in step.step for step in pivot.plan), pivot.label
    # Work that takes training first still names its tools (HVAC work, zone 3).
    plumber = advise(scorer, matcher, {"47-2152.00": 0.95}, ["pipefitting", "soldering"])
    hvac = next(p for p in plumber.pivots if p.label.startswith("Heating, Air Conditioning"))
    assert set(hvac.gap_skills) & set(key(hvac.onet_soc))


def test_a_skill_word_does_not_claim_a_kind_of_software_it_only_partly_names(scorer, matcher):
    from career_resilience.model.pivot_products import prepare_typed, product_words, tech_held

    def held(typed: str, product: str) -> bool:
        return bool(tech_held(prepare_typed([typed]), [product_words(product)]))

    # An accountant's own "Accounting" had read as using fund accounting software.
    assert not held("Accounting", "Fund accounting software")
    assert not held("inventory", "Inventory tracking software")
    assert held("fund accounting", "Fund accounting software")
    assert held("accounts payable", "Accounts payable software")
    # Brands are still named by half their words, and plain kinds by their acronym.
    assert held("NetSuite", "NetSuite ERP") and held("Epic", "Epic Systems")
    assert held("POS", "Point of sale POS software")


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
    # A family physician's medical licence covers a cardiologist's or a neurologist's
    # work; nurse practitioner work still needs its own.
    advice = advise(scorer, matcher, {"29-1215.00": 0.95}, ["primary care"], resilience=50)
    by_code = {p.onet_soc: p for p in advice.pivots}
    physicians = [p for code, p in by_code.items() if code.startswith("29-12")]
    assert physicians
    for p in physicians:
        assert not any("licensed occupation" in step.step for step in p.plan), p.label
    nurse = by_code["29-1171.00"]
    assert any("licensed occupation" in step.step for step in nurse.plan)


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
    assert step.step.endswith("(an apprenticeship of 4 or 5 years).")  # what the weeks are
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
    fixer = advise(scorer, matcher, {"49-9071.00": 0.95}, [])
    electrician = next(p for p in fixer.pivots if p.id == "data_centre_electrician")
    assert any("licensed occupation" in step.step for step in electrician.plan)
    diet = advise(scorer, matcher, {"29-2051.00": 0.95}, [])
    nurse = next(p for p in diet.pivots if p.id == "licensed_practical_nurse")
    licensing = [step for step in nurse.plan if "licen" in step.step.lower()]
    assert len(licensing) == 1


def test_a_skill_named_as_work_is_not_called_work_twice():
    # A hospice chaplain's plan read "A piece of social work work checked by someone...".
    from career_resilience.skills.gaps import occupation_plan

    names = {"social_work": "Social work", "policing": "Policing"}
    plan = occupation_plan(
        "Social Workers", ("social_work", "policing"), {"policing"}, names, (), 4, 0, ""
    )
    evidence = [status.step.evidence for status in plan]
    assert "A piece of social work checked by someone who does it for a living." in evidence
    assert "A short example of your policing work for your CV." in evidence
    assert not any("work work" in text for text in evidence)


def test_one_typed_word_counts_as_one_product_of_a_move(scorer, matcher):
    # A cashier's "POS" had read as three of a buyer's products (POS software, a Retail
    # STAR POS and SAP POS Data Management): three "you already use" lines, three held.
    advice = advise(scorer, matcher, {"41-2011.00": 0.99}, ["POS", "customer service"])
    credited = 0
    for pivot in advice.pivots:
        uses = [r for r in pivot.fit_reasons if r.startswith("you already use")]
        assert len([r for r in uses if "(you wrote “POS”)" in r]) <= 1, (pivot.label, uses)
        credited += len(uses)
    assert credited, "POS is the till's software: some move uses it"


def test_an_entry_written_for_career_changers_is_not_shown_to_people_in_its_field(scorer, matcher):
    # Secondary school teaching's slot carries the hand-written "Career-changer teacher"
    # entry (its adjacent fields: arts, science, trades...). A tutor in education reads
    # the occupation as O*NET names it, with a plan from their own gaps; the same work
    # framed as a performer's (outside education) still reads the career-changer's route.
    data = occupation_data()
    code = "25-3041.00"  # Tutors: O*NET lists secondary teaching as Primary-Short
    skills = [matcher.match(s) for s in ["lesson planning", "classroom management"]]
    exposure = data.occupations[code].consensus_pct or 50.0

    def secondary(category: str):
        standing = standing_from(((code, 0.9),), skills, exposure, 40.0, {category: 0.9})
        found = [p for p in scorer.advise(standing, 10).pivots if p.onet_soc == "25-2031.00"]
        assert len(found) == 1
        return found[0]

    teacher = secondary("education_teaching")
    assert teacher.label == data.occupations["25-2031.00"].title
    assert "career-changer" not in teacher.label.lower()
    assert not any("alternative certification" in s.step for s in teacher.plan)
    performer = secondary("arts_performance")
    assert performer.label.startswith("Career-changer teacher")
    assert any("alternative certification" in s.step for s in performer.plan)


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
    tech = advise(scorer, matcher, {"29-2051.00": 0.99}, ["nutrition", "meal planning"])
    cns = next(p for p in tech.pivots if p.onet_soc == "29-1141.04")
    assert cns.job_zone_step == 2
    said = [r for r in cns.fit_reasons if "licensed occupation" in r or "job zones" in r]
    assert len(said) == 1, cns.fit_reasons
    assert "a move up 2 job zones" in said[0] and "APRN" in said[0], said
    assert "years of study or training first" in said[0]


def test_a_teaching_licence_up_a_zone_names_the_degree_route_too(scorer, matcher):
    """A tutor's move up to school teaching read "(considerable preparation: usually a
    bachelor's degree). It is a licensed occupation: ... (an alternative-certification
    programme for degree holders ...)": a route for people who hold a degree, beside a
    step for one who may not. A move up names both routes; an adult-education
    instructor at the teachers' own zone (who holds a degree) keeps the one route."""

    def licence_steps(code: str) -> dict[str, str]:
        advice = advise(scorer, matcher, {code: 0.99}, ["tutoring"])
        return {
            p.onet_soc or "": s.step
            for p in advice.pivots
            for s in p.plan
            if "teaching licence" in s.step
        }

    up = licence_steps("25-3041.00")["25-2056.00"]
    assert "usually a bachelor's degree" in up
    assert "part of a bachelor's in education, or an alternative-certification" in up, up
    level = licence_steps("25-3011.00")["25-2021.00"]
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
