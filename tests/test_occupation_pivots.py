"""Pivots from O*NET related occupations and the articles' roles, as a coach would read them:
realistic moves, fit explained in one line and honest trade-offs (the note above the list
and "what next" are in test_pivot_list_notes.py, the move rules in test_pivot_move_*.py
(school, down, up, sideways, reach), gaps and plans in test_pivot_plans.py)."""

from __future__ import annotations

from pivot_support import advise

from career_resilience import wording
from career_resilience.model.grounded import outlook_word
from career_resilience.model.occupation_pivots import (
    EXPOSURE_JUMP,
)
from career_resilience.model.pivot_standing import standing_from
from career_resilience.model.pivot_texts import what_next
from career_resilience.wording import exposure_against, whole


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


def test_a_related_occupation_carries_its_project_category(scorer, matcher):
    advice = advise(scorer, matcher, {"43-3031.00": 0.7}, ["accounts payable", "Excel"])
    assert all(p.category for p in advice.pivots)


def test_fit_ranks_a_near_move_well_above_a_far_one(scorer, matcher):
    nurse = advise(scorer, matcher, {"29-1141.00": 0.95}, ["patient assessment", "Epic"])
    practitioner = next(p for p in nurse.pivots if p.label == "Nurse Practitioners")
    assert practitioner.fit >= 0.7
    # The next rung of a nurse's licence says so first (``pivot_licence_ladder.next_rung``).
    assert practitioner.fit_reasons[0].startswith(wording.LADDER_FIT)
    assert "shares" in practitioner.fit_reasons[0]
    cashier = advise(scorer, matcher, {"41-2011.00": 0.9}, ["cash handling", "POS"])
    pharmacy = next(p for p in cashier.pivots if p.label == "Pharmacy technician")
    # A third of the work in common, a new field: a long way from a nurse's next step.
    assert pharmacy.fit <= practitioner.fit - 0.25


def test_the_exposure_rise_in_words_is_the_rise_the_table_shows(scorer, matcher):
    # A nursing assistant at 16.4 (shown 16): Medical Assistants at 39.7 shows "40 (+24)"
    # in the table; the unrounded difference, 23.3, had read "+23 points" beside it.
    codes = (("31-1131.00", 0.95),)
    skills = [matcher.match(s) for s in ["patient care", "vital signs"]]
    standing = standing_from(codes, skills, 16.4, 55.0, {"nursing_care": 0.95})
    raised = [p for p in scorer.advise(standing).pivots if p.why.startswith("More exposed")]
    assert raised, "a nursing assistant is offered moves into more exposed work"
    for pivot in raised:
        shown = int(pivot.exposure + 0.5) - 16
        assert f"(+{shown} points)" in pivot.why, (pivot.label, pivot.exposure, pivot.why)
    assert any("(+24 points)" in p.why for p in raised if p.label == "Medical Assistants")


def test_the_pivots_call_work_growing_only_where_the_outlook_line_does(scorer, matcher):
    # A nursing assistant (+4.1%) reads "Outlook stable" on the result; the note above the
    # pivots had said "demand is growing (BLS projects +4% jobs)" beside it.
    advice = advise(scorer, matcher, {"31-1131.00": 0.95}, ["patient care"], resilience=58.0)
    assert "it is holding up (BLS projects +4% jobs" in advice.note
    assert "growing" not in advice.note
    for pivot in advice.pivots:
        if "demand is growing" in pivot.why:
            assert outlook_word(pivot.bls_change_pct) == "growing", pivot.label


def test_an_ap_clerks_gaap_and_invoice_work_count_toward_the_accountants_core_skills(
    scorer, matcher
):
    # Typed as an AP clerk types them. GAAP (financial reporting) was core to no
    # occupation: O*NET's "Financial statement software" was not read as the catalogue's
    # "financial statements"; and the job title's "AP clerk" was quoted over the
    # person's own "invoice processing".
    typed = ["NetSuite", "invoice processing", "Excel", "vendor payments", "GAAP"]
    # The engine adds the skill the job title names after the typed ones.
    skills = [matcher.match(s) for s in [*typed, "AP clerk"]]
    codes = (("43-3031.00", 0.55), ("43-3021.00", 0.43))
    standing = standing_from(codes, skills, 88.0, 30.0, {"admin_clerical": 0.9})
    advice = scorer.advise(standing)
    (accountants,) = [p for p in advice.pivots if p.label == "Accountants and Auditors"]
    assert "Financial reporting (your “GAAP”)" in accountants.held_skills
    assert "Accounts payable (your “invoice processing”)" in accountants.held_skills
    assert "you hold 2 of its 7 core skills" in accountants.fit_reasons[0]
    # Knowing GAAP is no use of O*NET's "Financial reporting software", a kind of
    # software named after the work: that claim had lifted the move out of the long
    # shots (session 35; ``pivot_products.tech_held``).
    assert not any("Financial reporting software" in r for r in accountants.fit_reasons)
    assert "you use 1 of its 6 key products" in accountants.fit_reasons[0]  # NetSuite ERP


def test_a_change_of_one_point_reads_singular():
    # "changes your resilience by +1 points" read as a slip beside the table's 41 (now 40).
    from career_resilience.model.result import PivotOption

    one = PivotOption("x", "Billing clerks", "admin_clerical", 80.0, 41.0, 0.5, (), (), (), "", "")
    assert what_next((one,), 40.0).endswith("changes your resilience by +1 point.")
    down = PivotOption("x", "Billing clerks", "admin_clerical", 80.0, 39.0, 0.5, (), (), (), "", "")
    assert "by −1 point, so it is no step" in what_next((down,), 40.0)


def test_the_exposure_words_follow_the_shown_scores_and_a_level_move_is_no_good_move(
    scorer, matcher
):
    # A staff engineer at 86.7 (shown 87) was offered systems architecture at 96.7 (97)
    # with "About as exposed to AI as your work now" beside "97 (now 87)"; so is an
    # administrative services manager at 56.44 (56) moving to health services
    # management at 66.0 (66). A move about as resilient is never "a good move".
    people = [
        ((("11-3012.00", 0.95),), [], 56.44, 45.0),
        ((("15-1252.00", 0.4), ("15-1299.08", 0.16)), ["Java", "Kubernetes"], 86.74, 62.3),
        ((("41-2011.00", 0.9),), ["cash handling"], 60.2, 39.0),
        ((("31-1131.00", 0.95),), ["patient care"], 16.4, 55.0),
    ]
    seen = set()
    for codes, skills, exposure, resilience in people:
        standing = standing_from(
            codes, [matcher.match(s) for s in skills], exposure, resilience, {}
        )
        for pivot in scorer.advise(standing).pivots:
            shown = whole(pivot.exposure) - whole(exposure)
            if (
                pivot.why.startswith(("Less resilient", "More exposed to AI (+"))
                and "step up" in pivot.why
            ):
                continue  # a step up's cost, worded on its own
            if shown >= 10:
                assert pivot.why.startswith(f"More exposed to AI (+{shown} points)"), pivot.why
                seen.add(pivot.label)
            elif shown >= 2:
                assert pivot.why.startswith("A little more exposed to AI: "), pivot.why
            elif shown <= -2:
                assert pivot.why.startswith("Less exposed to AI: "), pivot.why
            else:
                assert pivot.why.startswith("About as exposed"), (pivot.label, pivot.why)
            if "a good move" in pivot.why:
                assert whole(pivot.resilience) - whole(resilience) >= 2, (pivot.label, pivot.why)
    assert "Medical and Health Services Managers" in seen


def test_about_as_exposed_only_when_the_shown_scores_are_within_a_point():
    """ "About as exposed to AI as your work now" had stood beside 57 against 52 and 54
    against 60; the words now name the gap the two shown scores have."""
    assert exposure_against(57.2, 51.8) == "A little more exposed to AI: 57 against your 52."
    assert exposure_against(54.1, 59.7) == "Less exposed to AI: 54 against your 60."
    assert exposure_against(53.4, 52.6).startswith("About as exposed")  # 53 against 53
    assert exposure_against(54.4, 53.0).startswith("About as exposed")  # 54 against 53
    assert exposure_against(60.0, 50.0) is None  # the caller says why a rise can pay


def test_a_move_into_shrinking_work_is_not_called_a_good_move(scorer, matcher):
    # A tailor's first pivot (jewellers: +13 exposure, BLS -3%) had read "yet still a good
    # move" beside the shrinking outlook; it names the resilience it gains instead.
    advice = advise(scorer, matcher, {"51-6052.00": 0.8}, ["sewing", "alterations"], resilience=57)
    raised = [p for p in advice.pivots if p.why.startswith("More exposed to AI")]
    shrinking = [p for p in raised if p.bls_change_pct is not None and p.bls_change_pct <= -2]
    assert shrinking, "a tailor's pivots include a move into more exposed, shrinking work"
    for pivot in shrinking:
        assert "good move" not in pivot.why
        assert "yet more resilient (+" in pivot.why or "for about the same resilience" in pivot.why


def test_a_lower_fit_ranked_first_says_it_is_for_the_resilience_it_adds():
    # A loan officer's list: advisors (fit 47%, +10) above credit counselors (66%, +2).
    from career_resilience.contract import PivotOption
    from career_resilience.wording import ranked_above

    def option(label: str, fit: float, resilience: float) -> PivotOption:
        return PivotOption(label, label, "x", 50.0, resilience, fit, (), (), (), "", "")

    said = ranked_above(
        [
            option("Advisors", 0.468, 65.3),
            option("Counselors", 0.66, 57.0),
            option("Brokers", 0.52, 70.0),
        ],
        54.5,
    )
    assert said[0] == (
        "Ranked above Counselors (fit 66%) for the resilience it adds: +10 points against "
        "+2 points."
    )
    # Counselors fit better than Brokers; Brokers add more than Counselors: nothing to say.
    assert said[1:] == ("", "")
    # A better fit listed below that adds as much is not passed over for resilience.
    assert ranked_above([option("A", 0.3, 60.0), option("B", 0.6, 60.0)], 50.0) == ("", "")


def test_a_better_fit_passed_by_several_pivots_is_named_once():
    # A welder's list said "Ranked above Inspectors (fit 86%)" under three of its pivots.
    from career_resilience.contract import PivotOption
    from career_resilience.wording import ranked_above

    def option(label: str, fit: float, resilience: float) -> PivotOption:
        return PivotOption(label, label, "x", 50.0, resilience, fit, (), (), (), "", "")

    options = [
        option("Mechanics", 0.36, 72.0),
        option("Repairers", 0.52, 60.0),
        option("Technicians", 0.34, 62.0),
        option("Fitters", 0.70, 55.0),
        option("Inspectors", 0.86, 41.0),
    ]
    said = ranked_above(options, 56.0)
    assert [s.split(" (fit")[0] for s in said] == [
        "Ranked above Inspectors",
        "Ranked above Fitters",
        "",
        "",
        "",
    ]


def test_a_move_that_adds_no_resilience_claims_no_place_for_it():
    # A pilot's ship engineering (-1) had read "Ranked above Aviation Inspectors (fit 84%)
    # for the resilience it adds: -1 point against -3 points".
    from career_resilience.contract import PivotOption
    from career_resilience.wording import ranked_above

    def option(label: str, fit: float, resilience: float) -> PivotOption:
        return PivotOption(label, label, "x", 50.0, resilience, fit, (), (), (), "", "")

    options = [option("Ship Engineers", 0.53, 51.0), option("Aviation Inspectors", 0.84, 49.0)]
    assert ranked_above(options, 52.0) == ("", "")
    # A gain over a loss is still said.
    options = [option("Divers", 0.29, 64.0), option("Aviation Inspectors", 0.84, 49.0)]
    assert ranked_above(options, 52.0)[0].endswith("+12 points against −3 points.")


def test_a_move_listed_above_one_that_asks_years_of_licence_school_says_so():
    # A pastor's guidance counselling (fit 55%, +7) was listed above marriage and family
    # therapy (fit 60%, +20) with no word why: the therapy asks a counselling master's.
    from career_resilience.contract import PivotOption
    from career_resilience.wording import ranked_above

    def option(label: str, fit: float, resilience: float) -> PivotOption:
        return PivotOption(label, label, "x", 50.0, resilience, fit, (), (), (), "", "")

    options = [option("Counselors", 0.55, 50.0), option("Therapists", 0.60, 63.0)]
    said = ranked_above(options, 43.0, (), (False, True))
    assert said == (
        "Ranked above Therapists (fit 60%), which first asks years of preparation.",
        "",
    )
    # Worse on both counts, or both asking the school, there is nothing to explain.
    assert ranked_above(options[::-1], 43.0, (), (True, False)) == ("", "")
    assert ranked_above(options, 43.0, (), (True, True)) == ("", "")


def test_a_pastor_is_told_why_family_therapy_comes_second(scorer, matcher):
    advice = advise(scorer, matcher, {"21-2011.00": 0.9}, [], resilience=43)
    labels = [p.label for p in advice.pivots]
    therapy = labels.index("Marriage and Family Therapists")
    above = advice.pivots[:therapy]
    assert any(
        "Ranked above Marriage and Family Therapists" in p.why and "years of preparation" in p.why
        for p in above
    ), [p.why for p in above]
