"""Work with no first-line supervisor code steps up to the manager of its kind of work
(``model/pivot_steps.py`` MANAGES): funeral service to funeral home management."""

from __future__ import annotations

from pivot_support import advise

from career_resilience import wording
from career_resilience.model.profile import Profile


def test_a_funeral_director_steps_up_to_managing_a_funeral_home(engine):
    """A funeral director (morticians, undertakers and funeral arrangers) had one move,
    managing health services (fit 26%): SOC files no supervisor of funeral service work,
    and its manager was not their step up. Funeral Home Managers is (BLS OOH, funeral
    service workers), with what it costs in resilience said."""
    typed = "embalming; grief support; arrangements"
    pivots = engine.score(Profile.create("Funeral director", typed, "")).pivots
    manager = next((p for p in pivots if p.onet_soc == "11-9171.00"), None)
    assert manager is not None, [p.label for p in pivots]
    assert manager.fit_reasons[0].startswith(wording.MANAGED_FIT)


def test_a_first_line_supervisor_steps_up_to_the_manager_of_their_function(engine):
    """A supervisor was never offered a step up (one who supervises is not sent to
    supervise other work): an office supervisor's list had no management at all. Their
    step is the manager SOC files for the same function, the O*NET occupation of that
    name and not its specialties (a production supervisor is not sent to biofuels)."""
    typed = "scheduling; payroll; filing"
    office = engine.score(Profile.create("Office supervisor", typed, "")).pivots
    manager = next((p for p in office if p.onet_soc == "11-3012.00"), None)
    assert manager is not None, [p.label for p in office]
    assert manager.fit_reasons[0].startswith(wording.MANAGED_FIT)
    typed = "lean; scheduling; safety"
    plant = engine.score(Profile.create("Production supervisor", typed, "")).pivots
    codes = [p.onet_soc for p in plant]
    specialties = [c for c in codes if c.startswith("11-3051.") and c != "11-3051.00"]
    assert "11-3051.00" in codes and not specialties, codes


def test_a_stockers_step_up_is_their_supervisor_not_a_specialty_of_its_soc(engine):
    """A supervisor's SOC brings its O*NET specialties: a stocker's step up had been
    Recycling Coordinators (a specialty of 53-1042), above the first-line supervisors
    of material movers themselves. A driver keeps the vehicle inspector specialty the
    step table names for drivers."""
    typed = ("Stocker", "shelving; pallet jack", "stock shelves overnight")
    codes = [p.onet_soc for p in engine.score(Profile.create(*typed)).pivots]
    assert "53-1042.01" not in codes and "53-1042.00" in codes, codes
    driver = engine.score(Profile.create("Truck driver", "CDL; long haul; logbooks", ""))
    assert "53-6051.07" in [p.onet_soc for p in driver.pivots]


def test_a_recycling_sorter_steps_up_to_recycling_coordination_not_air_cargo(engine):
    """Aircraft cargo handling supervisors oversee the hand laborers O*NET files as
    53-7062, which holds recycling and reclamation workers as a specialty: a recycling
    sorter's first move had been supervising aircraft cargo ("it supervises or inspects
    work of your kind"). Their step is recycling coordination, shown with its cost. A
    longshoreman, a hand laborer who typed nothing of airports, steps up to the general
    supervisors of hand laborers, not aircraft cargo's (``model/pivot_specialty.py``)."""
    typed = ("Recycling sorter", "sorting; conveyor", "pick contaminants off the line")
    sorter = engine.score(Profile.create(*typed)).pivots
    codes = [p.onet_soc for p in sorter]
    assert "53-1041.00" not in codes and "53-1042.01" in codes, codes
    step = next(p for p in sorter if p.onet_soc == "53-1042.01")
    assert step is sorter[-1] and step.resilience_change < 0
    docker = engine.score(Profile.create("Longshoreman", "container lashing; forklift", ""))
    codes = [p.onet_soc for p in docker.pivots]
    assert "53-1041.00" not in codes and "53-1042.00" in codes, codes


def test_one_settings_supervision_is_a_step_only_for_those_who_work_in_it(scorer, matcher):
    """SOC files aircraft cargo handling supervisors over every hand laborer: a dock
    hand's, a lumber yard worker's and a gravedigger's first move had been supervising
    aircraft cargo. A laborer whose skills are the setting's own (air cargo: "baggage
    loading") keeps it as their step up; the others step up to the general supervisor."""
    yard = advise(scorer, matcher, {"53-7062.00": 0.95}, ["loading", "forklift"], 60, 6)
    codes = [p.onet_soc for p in yard.pivots]
    assert "53-1041.00" not in codes and "53-1042.00" in codes, codes
    ramp = advise(scorer, matcher, {"53-7062.00": 0.95}, ["baggage loading", "forklift"], 60, 6)
    step = next(p for p in ramp.pivots if p.onet_soc == "53-1041.00")
    assert step.fit_reasons[0].startswith("it supervises or inspects work of your kind")
