"""Pivots from O*NET related occupations and the articles' roles, as a coach would read them."""

from __future__ import annotations

import numpy as np
import pytest

from career_resilience.model import formulas
from career_resilience.model.occupation_pivots import (
    EXPOSURE_JUMP,
    UNSURE_LIMIT,
    PivotScorer,
    build_scorer,
    standing_from,
)
from career_resilience.model.pivot_texts import what_next
from career_resilience.skills.loader import shipped_knowledge_base
from career_resilience.skills.matching import SkillMatcher
from career_resilience.skills.occupations import occupation_data


@pytest.fixture(scope="module")
def scorer() -> PivotScorer:
    return build_scorer(shipped_knowledge_base(), {})


@pytest.fixture(scope="module")
def matcher() -> SkillMatcher:
    return SkillMatcher(shipped_knowledge_base().skills.values())


#: The project category each test occupation is framed in (as the engine would say).
CATEGORY = {
    "41": "retail_service",
    "47": "skilled_trades",
    "49": "skilled_trades",
    "43": "admin_clerical",
    "15": "basic_coding",
    "29": "nursing_care",
    "27": "arts_performance",
    "25": "education_teaching",
    "53": "warehouse_material",
    "33": "protective_services",
}


def advise(scorer, matcher, codes, skills, resilience=40.0):
    """Pivots for a person matched to ``codes`` ({code: probability}) at its published exposure."""
    data = occupation_data()
    matches = tuple(sorted(codes.items(), key=lambda kv: -kv[1]))
    top = data.occupations[matches[0][0]]
    exposure = top.consensus_pct if top.consensus_pct is not None else 50.0
    cats = {CATEGORY[top.onet_soc[:2]]: matches[0][1]}
    standing = standing_from(
        matches, [matcher.match(s) for s in skills], exposure, resilience, cats
    )
    return scorer.advise(standing)


def test_a_cashier_gets_realistic_moves_not_only_ai_jobs(scorer, matcher):
    advice = advise(
        scorer, matcher, {"41-2011.00": 0.8}, ["cash handling", "customer service", "inventory"]
    )
    labels = [p.label for p in advice.pivots]
    assert len(advice.pivots) >= 3
    assert "Pharmacy technician" in labels
    assert any(p.kind == "related" for p in advice.pivots)
    assert not all(p.kind == "ai_era" for p in advice.pivots)


def test_a_plumber_is_offered_data_centre_electrical_work(scorer, matcher):
    advice = advise(
        scorer, matcher, {"47-2152.00": 0.8}, ["pipefitting", "blueprint reading", "soldering"]
    )
    assert "Data-centre electrician" in [p.label for p in advice.pivots]


def test_a_cashier_who_types_pos_gets_pharmacy_technician_and_is_told_why(scorer, matcher):
    advice = advise(scorer, matcher, {"41-2011.00": 0.99}, ["POS", "customer service"])
    pharmacy = next(p for p in advice.pivots if p.label == "Pharmacy technician")
    # "POS" is the till skill (O*NET lists taking payment among the job's core tasks)
    # and the point-of-sale software pharmacy technicians use, said in the person's words.
    assert "you hold 2 of its" in pharmacy.fit_reasons[0]
    assert "you already use Point of sale POS software (you wrote “POS”)" in pharmacy.fit_reasons
    assert pharmacy.resilience_change > 0


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


def test_a_nurse_is_not_sent_to_doctoral_school_for_anesthesia(scorer, matcher):
    """Nurse anesthetist programmes admit only doctoral students: years of full-time study
    after critical-care work, not a plan beside a nurse's job (nurse practitioner stays)."""
    advice = advise(scorer, matcher, {"29-1141.00": 0.95}, ["patient assessment"], resilience=50)
    labels = [p.label for p in advice.pivots]
    assert "Nurse Anesthetists" not in labels, labels
    assert "Nurse Practitioners" in labels, labels


def test_a_short_list_says_why_it_is_short(scorer, matcher):
    """A nursing instructor's own work grows fast (BLS +18%): few moves beat it, and the
    note says so instead of leaving two pivots unexplained."""
    advice = advise(
        scorer,
        matcher,
        {"25-1072.00": 0.95},
        ["nursing education", "clinical teaching", "curriculum development"],
        resilience=60,
    )
    assert 0 < len(advice.pivots) < 3, [p.label for p in advice.pivots]
    assert advice.note.startswith("Only "), advice.note
    assert "demand for your own work is growing" in advice.note, advice.note


def test_every_pivot_explains_its_fit_in_one_line(scorer, matcher):
    advice = advise(scorer, matcher, {"43-3031.00": 0.7}, ["accounts payable", "Excel"])
    for pivot in advice.pivots:
        first = pivot.fit_reasons[0]
        assert "work activities with yours" in first
        assert 0.0 <= pivot.fit <= 1.0
        assert pivot.kind in ("related", "ai_era", "occupation")
        assert pivot.onet_soc


def test_fit_spreads_instead_of_sitting_at_one_value(scorer, matcher):
    fits = [
        p.fit
        for codes, skills in [
            ({"41-2011.00": 0.8}, ["cash handling"]),
            ({"47-2152.00": 0.8}, ["pipefitting"]),
            ({"43-3031.00": 0.7}, ["accounts payable", "bookkeeping"]),
            ({"15-1252.00": 0.7}, ["Java", "Kubernetes"]),
        ]
        for p in advise(scorer, matcher, codes, skills).pivots
    ]
    assert max(fits) - min(fits) >= 0.3


def test_netsuite_counts_where_the_target_uses_it_and_is_not_called_oracle_erp(scorer, matcher):
    advice = advise(scorer, matcher, {"43-3031.00": 0.6}, ["GAAP", "NetSuite", "accounts payable"])
    accountant = next(p for p in advice.pivots if p.onet_soc == "13-2011.00")
    assert any("NetSuite ERP" in h for h in accountant.held_skills)
    assert not any("Oracle ERP" in h for p in advice.pivots for h in p.held_skills)


def test_scheduling_does_not_become_calendar_management(matcher):
    match = matcher.match("scheduling")
    assert match.loose
    standing = standing_from((("43-5032.00", 0.6),), [match], 70.0, 40.0, {})
    assert standing.held == frozenset()
    assert standing.typed == ("scheduling",)


def test_a_pivot_that_raises_exposure_says_why(scorer, matcher):
    raised = [
        p
        for codes, skills in [
            ({"47-2152.00": 0.8}, ["pipefitting"]),
            ({"29-1141.00": 0.8}, ["patient assessment", "Epic"]),
            ({"41-2011.00": 0.8}, ["cash handling"]),
        ]
        for p in advise(scorer, matcher, codes, skills).pivots
        if p.exposure_change > EXPOSURE_JUMP
    ]
    assert raised, "the cases above include moves into more exposed work"
    for pivot in raised:
        assert pivot.why.startswith("More exposed to AI")
        # Either why the move is still good, or (a step up offered to someone who need
        # not move) that it is no safer and what it is for.
        assert "yet still a good move" in pivot.why or (
            "not a safer place than your work, but a step up in your own field" in pivot.why
        )


def test_an_already_resilient_worker_is_told_so_and_why(scorer, matcher):
    advice = advise(scorer, matcher, {"29-1141.00": 0.8}, ["patient assessment"], resilience=75)
    assert "already among the more resilient, at 75 of 100" in advice.note
    # Registered nursing is projected to grow (BLS +5.6%, shown whole): the reason is named with it.
    assert "demand is growing (BLS projects +6% jobs, 2022-32)" in advice.note
    assert "To stay there" in advice.note


def test_highly_exposed_work_ai_only_speeds_up_is_not_called_resilient(scorer, matcher):
    # A 911 dispatcher (exposure 94) whose typed duties AI only helps with: the work
    # still needs fewer people, so the score stays under 70 and the note does not
    # call it resilient.
    resilience = formulas.resilience(
        np.array([94.0]), np.array([0.0]), np.array([0.55]), formulas.breadth(np.array([7.0]))
    )
    assert resilience[0] < 70
    advice = advise(scorer, matcher, {"43-5031.00": 0.99}, ["radio dispatch"], float(resilience[0]))
    assert "resilient" not in advice.note
    assert "do not need to move" not in advice.note


def test_unsure_placement_gives_a_short_labelled_list(scorer, matcher):
    advice = advise(scorer, matcher, {"43-3031.00": 0.25, "43-3011.00": 0.2}, ["Excel"])
    assert len(advice.pivots) <= UNSURE_LIMIT
    assert "confirm your occupation" in advice.note


def test_gibberish_gets_no_confident_pivots(scorer, matcher):
    advice = advise(scorer, matcher, {"27-1011.00": 0.04}, [])
    assert advice.pivots == ()
    assert "confirm your occupation" in advice.note


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


def test_what_next_names_exactly_the_pivot_ranked_first(scorer, matcher):
    advice = advise(scorer, matcher, {"43-3031.00": 0.7}, ["accounts payable", "Excel"])
    sentence = what_next(advice.pivots, 40.0)
    first, *rest = advice.pivots
    assert first.label in sentence
    assert all(p.label not in sentence for p in rest)


def test_what_next_without_pivots_passes_the_note_on():
    assert what_next((), 70.0, "Your work is already resilient.") == (
        "Your work is already resilient."
    )


def test_a_plumber_is_not_sent_down_to_helper_work(scorer, matcher):
    advice = advise(
        scorer, matcher, {"47-2152.00": 0.96, "47-3015.00": 0.04}, ["pipefitting", "soldering"]
    )
    assert len(advice.pivots) >= 3
    assert not any(p.label.startswith("Helpers--") for p in advice.pivots)
    assert all(p.job_zone_step >= 0 for p in advice.pivots)


def test_a_step_down_is_offered_only_to_fill_a_short_list_and_says_so(scorer, matcher):
    for codes, skills in [
        ({"29-1123.00": 0.6}, ["manual therapy"]),
        ({"43-3031.00": 0.7}, ["accounts payable"]),
        ({"25-2021.00": 0.7}, ["lesson planning"]),
    ]:
        pivots = advise(scorer, matcher, codes, skills, resilience=50).pivots
        down = [p for p in pivots if p.job_zone_step < 0]
        if down:
            assert len(pivots) - len(down) < 3
            assert pivots[-len(down) :] == tuple(down)  # after every other move
            assert all(any("step down in job zone" in r for r in p.fit_reasons) for p in down)


def test_ai_era_roles_only_where_the_work_is_close(scorer, matcher):
    # A software developer's work shares little with clinical informatics.
    advice = advise(scorer, matcher, {"15-1252.00": 0.77}, ["Java", "Kubernetes", "AWS"])
    assert "Clinical informatics specialist" not in [p.label for p in advice.pivots]
    for p in advice.pivots:
        if p.kind == "ai_era":
            shared = int(p.fit_reasons[0].split("shares ")[1].split("%")[0])
            assert shared >= 30 or "you hold 0 of" not in p.fit_reasons[0]


def test_a_low_exposure_worker_in_steady_work_need_not_move_and_is_told_why(scorer, matcher):
    advice = advise(scorer, matcher, {"47-2111.00": 1.0}, ["electrical wiring"], resilience=69)
    # Resilience 69 is not called resilient: the note names what makes moving unnecessary.
    assert advice.note.startswith("Little of your work is exposed to AI (")
    assert "you do not need to move" in advice.note
    assert "resilient" not in advice.note
    assert all(p.job_zone_step >= 0 for p in advice.pivots)


def test_a_related_occupation_carries_its_project_category(scorer, matcher):
    advice = advise(scorer, matcher, {"43-3031.00": 0.7}, ["accounts payable", "Excel"])
    assert all(p.category for p in advice.pivots)


def test_a_plumber_is_offered_a_step_up_and_told_what_it_costs(scorer, matcher):
    # Neither O*NET list names the other; SOC files construction supervisors over the
    # trades. The plumber need not move (little exposure), so the step is shown with its
    # cost.
    advice = advise(scorer, matcher, {"47-2152.00": 0.9}, ["pipefitting", "soldering"], 73)
    step = next(
        p for p in advice.pivots if p.label.startswith("First-Line Supervisors of Construction")
    )
    assert step.fit_reasons[0].startswith("it supervises or inspects work of your kind")
    assert not any("O*NET lists" in line for line in step.fit_reasons)
    assert step.resilience_change < 0
    assert "less resilient" in step.why and "not a safer place" in step.why
    assert advice.pivots[-1] is step, "a move that costs resilience comes last"


def test_a_cashier_is_offered_supervising_retail_sales(scorer, matcher):
    advice = advise(scorer, matcher, {"41-2011.00": 0.9}, ["cash handling", "customer service"])
    supervisor = next(
        p for p in advice.pivots if p.label == "First-Line Supervisors of Retail Sales Workers"
    )
    assert supervisor.resilience_change >= 0
    assert "A step up in your own field" in supervisor.why
    assert "Pharmacy technician" in [p.label for p in advice.pivots]


@pytest.mark.parametrize(
    ("code", "skills", "step"),
    [
        ("47-2111.00", ["wiring"], "First-Line Supervisors of Construction Trades"),
        ("47-2031.00", ["framing"], "First-Line Supervisors of Construction Trades"),
        ("33-3051.00", ["patrol"], "First-Line Supervisors of Police and Detectives"),
        ("35-2014.00", ["food preparation"], "Chefs and Head Cooks"),
        ("53-7065.00", ["inventory"], "First-Line Supervisors of Helpers, Laborers, and Material"),
    ],
)
def test_trades_and_service_workers_see_the_step_up_in_their_field(
    scorer, matcher, code, skills, step
):
    frame = {
        "47": "skilled_trades",
        "35": "hospitality_food",
        "53": "warehouse_material",
        "33": "protective_services",
    }
    occupation = occupation_data().occupations[code]
    standing = standing_from(
        ((code, 0.9),), [matcher.match(s) for s in skills], occupation.consensus_pct or 50.0,
        60.0, {frame[code[:2]]: 0.9},
    )  # fmt: skip
    labels = [p.label for p in scorer.advise(standing).pivots]
    assert any(label.startswith(step) for label in labels), labels


def test_someone_who_should_weigh_a_move_is_never_offered_one_that_costs_resilience(
    scorer, matcher
):
    for codes, skills in [
        ({"43-5031.00": 0.95}, ["radio dispatch"]),
        ({"41-2011.00": 0.9}, ["cash handling"]),
        ({"43-3031.00": 0.9}, ["accounts payable"]),
    ]:
        advice = advise(scorer, matcher, codes, skills, resilience=40)
        assert "do not need to move" not in advice.note
        assert advice.pivots
        assert all(p.resilience_change >= 0 for p in advice.pivots)


def test_a_highly_exposed_worker_is_never_told_to_stay_however_high_the_score(scorer, matcher):
    # A 911 dispatcher (exposure 94) whose broad skills and augmented work give 77.
    skills = ["radio dispatch", "CAD software", "call handling", "Spanish", "first aid"]
    advice = advise(scorer, matcher, {"43-5031.00": 0.95}, skills, resilience=77)
    assert "do not need to move" not in advice.note
    assert "already among the more resilient" not in advice.note
    assert "77 of 100" in advice.note and "94 of 100" in advice.note
    assert "no reason to stay put" in advice.note
    assert "options, not necessities" not in advice.note
    assert len(advice.pivots) >= 3


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
    # weeks, though most of that work is already theirs.
    advice = advise(scorer, matcher, {"15-1299.08": 0.9}, ["Python"], 45)
    developer = next(p for p in advice.pivots if p.label == "Software Developers")
    assert developer.job_zone_step == 0
    assert developer.plan_weeks <= 20
    for pivot in advice.pivots:
        if pivot.kind == "related" and pivot.job_zone_step == 0:
            assert pivot.plan_weeks < 26, (pivot.label, pivot.plan_weeks)


def test_a_plan_takes_longer_the_less_of_the_work_is_shared():
    from career_resilience.skills.gaps import occupation_plan

    names = {"a": "A", "b": "B", "c": "C"}

    def weeks(new_share: float) -> float:
        plan = occupation_plan(
            "X", ("a", "b", "c"), set(), names, (), 2, 0, "", new_share=new_share
        )
        return sum(step.step.weeks for step in plan)

    assert weeks(0.2) < weeks(0.6) < weeks(1.0)


def test_a_cashier_is_not_offered_the_same_job_elsewhere_or_a_sideways_move(scorer, matcher):
    # A casino's booth cashier is a cashier; counter clerks are more exposed at the same
    # preparation; retail sales is shrinking: none of them is a move.
    advice = advise(scorer, matcher, {"41-2011.00": 0.9}, ["cash handling", "POS"])
    labels = [p.label for p in advice.pivots]
    for no_move in ("Gambling Change Persons", "Counter and Rental Clerks", "Retail Salespersons"):
        assert not any(label.startswith(no_move) for label in labels), labels
    # Stocking is less exposed and growing: a real sideways move.
    assert "Stockers and Order Fillers" in labels


def test_a_nurse_is_not_sent_to_medical_school_and_is_told_what_a_degree_takes(scorer, matcher):
    advice = advise(scorer, matcher, {"29-1141.00": 0.95}, ["patient assessment"], resilience=50)
    assert not any(p.onet_soc.startswith("29-12") for p in advice.pivots)
    practitioner = next(p for p in advice.pivots if p.label == "Nurse Practitioners")
    assert any("graduate degree" in line for line in practitioner.fit_reasons)


def test_supervising_someone_elses_work_is_never_offered(scorer, matcher):
    police = advise(scorer, matcher, {"33-3051.00": 0.95}, ["patrol"], resilience=50)
    assert not any("Firefighting" in p.label for p in police.pivots)
    driver = advise(scorer, matcher, {"53-3032.00": 0.95}, ["CDL"], resilience=50)
    assert not any("Aircraft Cargo" in p.label for p in driver.pivots)


def test_gap_products_are_common_tools_of_the_field_not_one_vendors_niche(scorer, matcher):
    evidence = scorer.evidence
    for codes, skills in [
        ({"43-5031.00": 0.95}, ["radio dispatch"]),
        ({"41-2011.00": 0.9}, ["cash handling"]),
        ({"47-2152.00": 0.9}, ["pipefitting"]),
    ]:
        advice = advise(scorer, matcher, codes, skills)
        products = {g for p in advice.pivots for g in p.gap_skills} & set(evidence._named)
        for product in products:
            assert evidence._named[product] >= 10 and product in evidence._hot, product
        gaps = " ".join(g for p in advice.pivots for g in p.gap_skills)
        for niche in ("Propworks", "Aircraft noise monitoring", "Minitab", "Yardi"):
            assert niche not in gaps


def test_fit_ranks_a_near_move_well_above_a_far_one(scorer, matcher):
    nurse = advise(scorer, matcher, {"29-1141.00": 0.95}, ["patient assessment", "Epic"])
    practitioner = next(p for p in nurse.pivots if p.label == "Nurse Practitioners")
    assert practitioner.fit >= 0.7
    assert "of O*NET's related moves" in practitioner.fit_reasons[0]
    cashier = advise(scorer, matcher, {"41-2011.00": 0.9}, ["cash handling", "POS"])
    pharmacy = next(p for p in cashier.pivots if p.label == "Pharmacy technician")
    # A third of the work in common, a new field: a long way from a nurse's next step.
    assert pharmacy.fit <= practitioner.fit - 0.25


def test_a_staff_engineer_gets_a_full_list(scorer, matcher):
    advice = advise(scorer, matcher, {"15-1252.00": 0.9}, ["Java", "Kubernetes", "AWS"], 60)
    assert len(advice.pivots) >= 4
    assert all(p.resilience_change > -2 for p in advice.pivots)


def test_a_school_bus_driver_is_offered_transit_buses(matcher):
    # The same job elsewhere, but BLS sees transit buses growing (+5.4%) where school
    # buses are not (+1.4%): a move that uses everything the driver holds.
    scorer = build_scorer(shipped_knowledge_base(), {})
    standing = standing_from(
        (("53-3051.00", 0.95),),
        [matcher.match(s) for s in ["commercial driving", "CDL", "vehicle inspection"]],
        43.9,
        55.0,
        {"transport_driving": 0.95},
    )
    assert "53-3052.00" in [p.onet_soc for p in scorer.advise(standing).pivots]
