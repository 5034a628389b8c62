"""The apprenticeships of the trades and the driving licences in a pivot's plan: their
years, and who holds them already (``model/pivot_licences.py``; a CDL is a skill too).
General licence steps: ``test_pivot_licences.py``."""

from __future__ import annotations

from pivot_support import advise, licence_step

from career_resilience import wording
from career_resilience.model.pivot_licences import (
    LICENCES,
    licence_kind,
    licence_named,
    licence_needed,
)


def test_a_licence_step_takes_the_weeks_its_own_way_in_takes(scorer, matcher):
    """An electrician's licence is an apprenticeship of four years or more; its step had
    taken the 26 weeks of the job zone's usual preparation. A bus needs a commercial
    driver's licence, which a school bus driver holds and a bus monitor does not."""
    plumber = advise(scorer, matcher, {"47-2152.00": 0.97}, ["pipefitting", "soldering"])
    electricians = next(p for p in plumber.pivots if p.label == "Electricians")
    step = licence_step(electricians)
    assert "apprenticeship" in step.step and step.weeks >= 4 * 52
    assert "(a paid apprenticeship of 4 or 5 years)." in step.step  # what the weeks are
    # The fit does not count paid years, so the fit line says them: a plan of 233 weeks
    # had read "the plan adds the time this takes".
    paid = next(r for r in electricians.fit_reasons if "apprenticeship" in r)
    assert "about 4 years of paid learning" in paid and "earn while you learn" in paid
    monitor = advise(scorer, matcher, {"33-9094.00": 0.95}, [])
    bus = next(p for p in monitor.pivots if p.label.startswith("Bus Drivers, Transit"))
    cdl = licence_step(bus)
    assert "commercial driver's licence" in cdl.step and 4 <= cdl.weeks <= 26
    driver = advise(scorer, matcher, {"53-3051.00": 0.99}, ["driving"])
    for p in driver.pivots:
        assert not any("licensed occupation" in s.step for s in p.plan), p.label
    assert all(lic.weeks > 0 and lic.basis for lic in LICENCES)


def test_a_helper_into_the_trade_takes_its_apprenticeship_not_two_weeks(scorer, matcher):
    """A carpenter's helper was told carpentry is "about 2 weeks": carpenters and masons
    learn the trade by an apprenticeship of 3 or 4 years (BLS OOH). A carpenter's own
    work holds it; a painter's move (learnt on the job) gets no such step."""
    helper = advise(scorer, matcher, {"47-3012.00": 0.95}, ["framing"])
    carpenters = next(p for p in helper.pivots if p.onet_soc == "47-2031.00")
    step = next(s for s in carpenters.plan if "apprenticeship" in s.step)
    assert step.weeks >= 3 * 52
    assert wording.REGULATED["apprenticeship"] in step.step
    assert any("about 3 years of paid learning" in r for r in carpenters.fit_reasons)
    assert "licensed" not in step.step
    masonry = licence_needed("47-2021.00", ["47-3011.00"])
    assert masonry and licence_kind(masonry) == "apprenticeship"
    assert licence_needed("47-2031.00", ["47-2031.00"]) == ""
    assert licence_needed("47-2141.00", ["47-3014.00"]) == ""  # painters: on the job


def test_boilermaking_sheet_metal_and_ironwork_take_their_apprenticeships():
    """A carpenter's helper's Boilermakers move read the 26 weeks of job zone 3: most
    boilermakers and sheet metal workers learn by a 4- or 5-year apprenticeship, many
    ironworkers by a 3- or 4-year one (BLS OOH)."""
    for code, years in [("47-2011.00", 4), ("47-2211.00", 4), ("47-2221.00", 3)]:
        needed = licence_needed(code, ["47-3012.00"])
        assert needed and licence_kind(needed) == "apprenticeship", code
        assert licence_named(needed).weeks == years * 52
        assert licence_needed(code, [code]) == ""


def test_a_licence_that_is_a_skill_is_held_by_whoever_holds_the_skill() -> None:
    """A shuttle driver who typed "CDL Class A" was told truck driving needs "a truck- or
    bus-driving course ... and the CDL tests": the CDL is a skill of its own
    (``Licence.skill``), and holding it holds the licence, whatever the work."""
    cdl = licence_needed("53-3032.00", ["53-3053.00"])
    assert "CDL" in cdl
    assert licence_needed("53-3032.00", ["53-3053.00"], {"cdl"}) == ""
    assert licence_needed("53-3052.00", ["43-4181.00"], {"cdl"}) == ""  # bus driving too
    assert licence_needed("47-2111.00", ["53-3053.00"], {"cdl"})  # not an electrician's


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


def test_a_licence_a_move_asks_is_got_not_learnt(scorer, matcher):
    """Pile driver operators' core skills are a driving licence and crane operation: an
    excavator operator's move had read "Learn Driving licence: a short course or
    supervised practice, then use it on real work"."""
    operator = advise(scorer, matcher, {"47-5022.00": 0.95}, ["excavator", "grading"], limit=8)
    piles = next(p for p in operator.pivots if p.onet_soc == "47-2072.00")
    steps = [s.step for s in piles.plan if not s.done]
    assert not any(s.startswith("Learn Driving licence") for s in steps), steps
    assert "Get a driving licence: lessons if you need them, then the test." in steps, steps
