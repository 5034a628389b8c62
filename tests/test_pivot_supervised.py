"""The work a supervisor oversees is their own field with less scope: no move for them."""

from __future__ import annotations

from career_resilience.model.pivot_steps import supervised
from career_resilience.model.profile import Profile


def test_a_supervisors_overseen_work_is_read_and_an_inspectors_is_not() -> None:
    assert supervised("35-1011.00") == ("35-2",)  # chefs and head cooks: cooks
    assert "35-2" in supervised("35-1012.00")  # food preparation supervisors
    assert supervised("11-9032.00")  # school principals: teaching
    # Inspectors oversee another job's work (a building inspector is not a foreman).
    assert supervised("47-4011.00") == ()
    assert supervised("51-9061.00") == ()
    assert supervised("47-2111.00") == ()  # electricians oversee no one


def test_a_chef_is_not_offered_the_cooking_they_oversee(engine) -> None:
    """A chef had been offered restaurant cooking (fit 33%) as "a step down in job zone
    ... offered because its outlook is better", above food service management."""
    for skills in ("menu planning; food safety; kitchen management", ""):
        result = engine.score(Profile.create("Chef", skills))
        assert result.occupations[0].onet_soc == "35-1011.00"
        codes = [p.onet_soc for p in result.pivots if p.kind == "related"]
        assert codes and not any(c.startswith("35-2") for c in codes), codes
