"""A pivot's gaps and learning plan: the target's own tools, one product per kind,
steps marked covered, citations of the AI-era roles (``model/pivot_plans.py``).
Weeks: tests/test_pivot_weeks.py; licences: tests/test_pivot_licences*.py."""

from __future__ import annotations

from pivot_support import advise

from career_resilience import wording
from career_resilience.model.pivot_standing import standing_from
from career_resilience.model.profile import Profile
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
    advice = advise(scorer, matcher, {"41-2011.00": 0.9}, ["cash handling", "POS"], limit=8)
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
    # The catalogue's name of work done without software names no kind of software
    # named after it (session 35): an AP clerk's "accounts payable" is the work, and
    # "GAAP" (financial reporting) had read as using financial reporting software.
    assert not held("accounts payable", "Accounts payable software")
    assert not held("financial reporting", "Financial reporting software")
    assert held("accounts payable software", "Accounts payable software")
    # Work whose name says it is done in software still names that software.
    assert held("computer aided dispatch", "Computer aided dispatch software")
    # Brands are still named by half their words, and plain kinds by their acronym.
    assert held("NetSuite", "NetSuite ERP") and held("Epic", "Epic Systems")
    assert held("POS", "Point of sale POS software")


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


def test_an_acronym_keeps_its_capitals_in_a_plan():
    # A plan step read "A piece of hvac work checked by someone who does it for a living."
    from career_resilience.skills.gaps import occupation_plan

    names = {"hvac": "HVAC", "policing": "Policing"}
    plan = occupation_plan("HVAC Mechanics", ("hvac", "policing"), set(), names, (), 4, 0, "")
    evidence = " ".join(status.step.evidence for status in plan)
    assert "A piece of HVAC work checked by someone who does it for a living." in evidence
    assert "a piece of policing work" in evidence.lower() and "Policing work" not in evidence


def test_a_product_keeps_its_makers_capitals_in_a_plan(engine):
    # A clinic operations lead's move to project management read "A piece of jira work
    # checked by someone who does it for a living." (brands lower-cased like "policing").
    result = engine.score(
        Profile.create("Clinic operations lead", "staff rotas; budgets; reporting")
    )
    evidence = [
        step.evidence for p in result.pivots for step in p.plan if "jira" in step.evidence.lower()
    ]
    assert evidence and all("Jira work" in text for text in evidence), evidence
    from career_resilience.skills.gaps import occupation_plan

    names = {
        "excel": "Microsoft Excel",
        "py": "Python",
        "pay": "Payroll",
        "ai": "Generative AI tools",
    }
    plan = occupation_plan("Clerks", tuple(names), {"py"}, names, (), 3, 0, "")
    said = " ".join(status.step.evidence for status in plan)
    assert "A piece of Microsoft Excel work" in said and "your Python work" in said
    # Work, not a product: "TimePlus Payroll" is O*NET's product, payroll is work.
    assert "A piece of payroll work" in said and "A piece of generative AI tools work" in said


def test_every_product_of_the_catalogue_keeps_its_capitals_and_work_does_not():
    # 7e639f3 read O*NET's product list: "a piece of kubernetes work", "java work",
    # "figma work" were left (not in O*NET 27, or an English word). The catalogue marks
    # its products (``product: true``).
    from career_resilience.skills.gaps import _work_of
    from career_resilience.skills.loader import shipped_knowledge_base

    skills = shipped_knowledge_base().skills.values()
    products = [s.name for s in skills if s.product]
    assert {"Kubernetes", "Java", "Figma", "Snowflake", "Jira", "Python"} <= set(products)
    assert all(_work_of(name) == f"{name} work" for name in products)
    for name in ("Payroll", "Bookkeeping", "Welding", "Policing", "Acupuncture"):
        assert _work_of(name) == f"{name.lower()} work"


def test_a_skill_named_after_a_job_is_learnt_as_its_work():
    # A home health aide's move to psychiatric aide work read "Learn Nursing assistant: a
    # short course or supervised practice" (the catalogue names what a CNA holds by the job).
    from career_resilience.skills.gaps import occupation_plan

    names = {"nursing_assistant": "Nursing assistant", "ai_coding": "AI coding assistants"}
    plan = occupation_plan("Psychiatric Aides", tuple(names), set(), names, (), 3, 0, "")
    steps = [status.step.step for status in plan]
    assert steps[0].startswith("Learn nursing assistant work: a short course")
    # A tool named by a job noun in the plural is a tool, learnt by its name.
    assert steps[1].startswith("Learn AI coding assistants: ")


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

    def teaching(category: str):
        standing = standing_from(((code, 0.9),), skills, exposure, 40.0, {category: 0.9})
        return [p for p in scorer.advise(standing, 10).pivots if p.onet_soc.startswith("25-20")]

    # School teaching at every level is one licence, one route (``pivot_routes``): the
    # tutor in education sees its best ranked level, as O*NET names it; secondary
    # teaching's slot reads as its own entry for them.
    slot = scorer.table.slot_of["25-2031.00"]
    own = scorer.table.as_seen(slot, {"education_teaching": 0.9})
    assert own.label == data.occupations["25-2031.00"].title
    teachers = teaching("education_teaching")
    assert len(teachers) == 1, [p.label for p in teachers]
    assert "career-changer" not in teachers[0].label.lower()
    assert not any("alternative certification" in s.step for s in teachers[0].plan)
    found = [p for p in teaching("arts_performance") if p.onet_soc == "25-2031.00"]
    assert len(found) == 1
    performer = found[0]
    assert performer.label.startswith("Career-changer teacher")
    assert any("alternative certification" in s.step for s in performer.plan)


def test_numeracy_and_attention_to_detail_are_no_gap_for_someone_in_work(scorer, matcher):
    """A mail carrier's Pharmacy technician listed Numeracy and Attention to detail to
    learn beside pharmacy dispensing: every job from O*NET's job zone 2 asks both. The
    pharmacy maths step (dosing, conversions) stays: it teaches more than numeracy."""
    from career_resilience.model.pivot_plans import FOUNDATIONAL

    carrier = advise(scorer, matcher, {"43-5052.00": 0.95}, ["customer service"], limit=8)
    technician = next(p for p in carrier.pivots if p.onet_soc == "29-2052.00")
    assert "Numeracy" not in technician.gap_skills
    assert "Attention to detail" not in technician.gap_skills
    assert "Pharmacy dispensing" in technician.gap_skills
    maths = next(s for s in technician.plan if "pharmacy maths" in s.step)
    assert not maths.done
    assert "Numeracy" not in technician.held_skills  # not claimed, only not asked
    plans = scorer.texts
    first_job = standing_from((("35-9021.00", 0.95),), [], 30.0, 40.0, {})
    assert plans._foundational(first_job) == frozenset()  # zone 1: still to learn
    assert plans._foundational(standing_from((("43-5052.00", 0.95),), [], 40.0, 40.0, {})) == (
        FOUNDATIONAL
    )


def test_software_work_is_not_told_to_learn_the_hardware_test_bench(scorer, matcher):
    """A prompt engineer moving to software QA was told to learn National Instruments
    LabVIEW: O*NET lists it for QA testers (and software developers) for the few who
    test hardware. In computing work it is no key product (``INSTRUMENT_PRODUCTS``);
    validation engineering, whose work is testing equipment, keeps it."""
    advice = advise(scorer, matcher, {"15-1252.00": 0.5, "15-2051.00": 0.5}, [], 55)
    qa = next(p for p in advice.pivots if p.onet_soc == "15-1253.00")
    assert qa.gap_skills and "National Instruments LabVIEW" not in qa.gap_skills
    assert not any("LabVIEW" in step.step for step in qa.plan)
    assert "National Instruments LabVIEW" in scorer.evidence.key_technology("17-2112.02")


def test_a_school_a_zone_up_teaches_the_work_not_the_tools():
    # Into project management a zone up (a bachelor's): "Project management is learnt
    # there" in the school's step, no short course beside it; Jira, a product, is no
    # school's subject and keeps its own step.
    from career_resilience.skills.gaps import occupation_plan

    names = {"project_management": "Project management", "jira": "Jira"}
    plan = occupation_plan(
        "Project Management Specialists", tuple(names), set(), names, (), 4, 1,
        "considerable preparation", tools={"jira"},
    )  # fmt: skip
    steps = [status.step.step for status in plan]
    assert not any(s.startswith("Learn Project management") for s in steps), steps
    assert any(s.startswith("Learn Jira") for s in steps), steps
    school = next(s for s in steps if s.startswith("Get the preparation"))
    assert "Project management is learnt there" in school and "Jira" not in school


def test_another_licences_work_is_learnt_as_the_tasks_unlicensed_work_involves(scorer, matcher):
    # A personal care aide's move into physical therapist aide work had read "Learn
    # Physiotherapy: a short course or supervised practice" (a doctorate's licensed
    # work in weeks); aides do its tasks without the licence.
    care = advise(scorer, matcher, {"31-1122.00": 0.95}, ["bathing", "meal prep"], 30, 5)
    aide = next(p for p in care.pivots if p.onet_soc == "31-2022.00")
    steps = [item.step for item in aide.plan]
    assert not any(s.startswith("Learn Physiotherapy") for s in steps), steps
    assert any(
        "physiotherapy tasks" in s and "the licence for physiotherapy work" in s for s in steps
    ), steps
    # Work whose licence is that work's own keeps its licence step: a physical therapist
    # aide's move up to assistant work asks the PTA degree and licence.
    pt_aide = advise(scorer, matcher, {"31-2022.00": 0.95}, ["patient transport"], 50, 8)
    pta = next(p for p in pt_aide.pivots if p.onet_soc == "31-2021.00")
    assert not any("tasks this work involves" in item.step for item in pta.plan), pta.plan
