"""Steps up in the person's own line: the supervisor or licence rung over their own
work (never over someone else's), asking their own trade, offered when it gains and told
what it costs (``model/pivot_rules.py``, ``model/pivot_steps.py``)."""

from __future__ import annotations

import pytest
from pivot_support import advise

from career_resilience import wording
from career_resilience.model.pivot_standing import standing_from
from career_resilience.model.profile import Profile
from career_resilience.skills.occupations import occupation_data
from career_resilience.wording import whole


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
    # A move that costs resilience comes after the moves that raise it; only a
    # hand-written role out of reach (critical facilities work, none of its skills) after it.
    at = advice.pivots.index(step)
    assert all(p.resilience_change > 0 for p in advice.pivots[:at])
    assert all(p.kind == "ai_era" for p in advice.pivots[at + 1 :])


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


def test_a_step_up_more_exposed_than_the_work_it_oversees_is_offered_when_it_gains(scorer, matcher):
    # Supervising is more exposed than doing (schedules, orders, reports): a short-order
    # cook's step to head cook (+23 exposure, +3 resilience) and a tailor's to production
    # supervision (+36, +4) had needed the +5 asked of an ordinary move into more
    # exposed work, and were not offered.
    for codes, skills, step in [
        ({"35-2015.00": 0.6, "35-2014.00": 0.3}, ["knife skills", "grill"], "Chefs and Head"),
        ({"51-6052.00": 0.9}, ["sewing", "alterations"], "First-Line Supervisors of Production"),
    ]:
        advice = advise(scorer, matcher, codes, skills)
        (found,) = [p for p in advice.pivots if p.label.startswith(step)]
        assert found.exposure_change > 10 and found.resilience_change >= 2
        assert found.why.startswith("More exposed to AI"), found.why


def test_supervising_someone_elses_work_is_never_offered(scorer, matcher):
    police = advise(scorer, matcher, {"33-3051.00": 0.95}, ["patrol"], resilience=50)
    assert not any("Firefighting" in p.label for p in police.pivots)
    driver = advise(scorer, matcher, {"53-3032.00": 0.95}, ["CDL"], resilience=50)
    assert not any("Aircraft Cargo" in p.label for p in driver.pivots)


def test_a_step_up_asks_the_persons_own_trade_not_the_other_trades_it_oversees(scorer, matcher):
    # One SOC code supervises hairdressers, childcare and animal care: a hairdresser's
    # step up had read "you hold 1 of its 4 core skills; to learn: Pet care, Childcare,
    # Home care", the trades of the other workers under it.
    standing = standing_from(
        (("39-5012.00", 0.99),), [matcher.match(s) for s in ["hairdresser", "colouring"]],
        22.0, 60.0, {"personal_services": 0.99},
    )  # fmt: skip
    step = next(
        p for p in scorer.advise(standing).pivots
        if p.label == "First-Line Supervisors of Personal Service Workers"
    )  # fmt: skip
    for other in ("Pet care", "Childcare", "Home care"):
        assert other not in step.gap_skills, step.gap_skills
    assert "you hold its one core skill" in step.fit_reasons[0]
    # A childcare worker stepping up to the same supervisor is asked childcare, not hair.
    carer = standing_from(
        (("39-9011.00", 0.99),), [matcher.match("childcare")], 30.0, 60.0,
        {"personal_services": 0.99},
    )  # fmt: skip
    step = next(
        p for p in scorer.advise(carer).pivots
        if p.label == "First-Line Supervisors of Personal Service Workers"
    )  # fmt: skip
    assert "Hairdressing" not in step.gap_skills and "Pet care" not in step.gap_skills


def test_a_skill_of_overseen_work_across_groups_stays_the_supervisors_own():
    from career_resilience.model.pivot_steps import other_trades

    below = {"43-6014.00": ("office_administration",), "43-9061.00": ("office_administration",)}
    assert other_trades(("office_administration",), below, "43-3031.00") == frozenset()
    below = {"39-9011.00": ("childcare",), "39-5012.00": ("hairdressing",)}
    assert other_trades(("childcare", "hairdressing"), below, "39-5012.00") == {"childcare"}


def test_a_teachers_principal_step_says_it_is_a_step_up_though_onet_lists_it(scorer, matcher):
    # O*NET lists K-12 administration among a teacher's (distant) relatives; it is still
    # the step up in their own line, and a cost in resilience must say what it offers.
    advice = advise(
        scorer, matcher, {"25-2021.00": 0.9}, ["lesson planning", "classroom management"], 50
    )
    step = next(p for p in advice.pivots if p.onet_soc == "11-9032.00")
    # Principals are licensed as school administrators after teaching (OOH): the step is
    # the next rung of the teaching licence's ladder, and names the master's it asks.
    assert step.fit_reasons[0].startswith(wording.LADDER_FIT), step.fit_reasons
    assert any("school administrator licence" in r for r in step.fit_reasons)
    assert "next step up your licence's ladder" in step.why.lower(), step.why
    # Its cost is named when it shows: a loss that rounds to 0 is no "less resilient".
    shown = whole(step.resilience) - whole(step.resilience - step.resilience_change)
    assert ("not a safer place" in step.why) == (shown < 0), step.why


def test_a_step_up_into_more_exposed_growing_work_still_says_it_is_a_step_up(engine):
    # The exposure sentence already names BLS (demand is growing); the step-up case
    # had been dropped with the outlook sentence it does not repeat.
    # (A "line cook" with "grill; prep" alone is read among three kinds of cook since
    # session 34's ties weighed by the title's likelihood; a cook is a restaurant cook.)
    result = engine.score(Profile.create("Cook", "grill; prep", ""))
    chef = next(p for p in result.pivots if p.onet_soc == "35-1011.00")
    assert chef.exposure_change > 10 and chef.resilience_change > 0
    assert chef.why.count("BLS projects") == 1, chef.why
    assert "A step up in your own field" in chef.why, chef.why
