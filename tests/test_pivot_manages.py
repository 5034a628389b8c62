"""Work with no first-line supervisor code steps up to the manager of its kind of work
(``model/pivot_steps.py`` MANAGES): funeral service to funeral home management."""

from __future__ import annotations

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
