"""The work a supervisor oversees is their own field with less scope: no move for them."""

from __future__ import annotations

from pivot_support import standing

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


def test_a_manager_oversees_the_supervisors_and_the_staff_they_supervise() -> None:
    assert {"35-1011", "35-1012", "35-2", "35-3"} <= set(supervised("11-9051.00"))
    assert {"45-1011", "45-2"} <= set(supervised("11-9013.00"))  # farmers: farmworkers
    assert supervised("11-9111.00") == ()  # health services managers: no licence of theirs


def test_a_restaurant_manager_is_not_offered_the_kitchen_staffs_moves(scorer, matcher) -> None:
    """A "Restaurant manager" placed Food Service Managers 67% and Cooks, Restaurant 19%
    had been offered institution and restaurant cooking first, then butchery and
    bakery (restaurant cooks' relatives): the work they manage and its moves."""
    placed = standing(
        matcher, {"11-9051.00": 0.67, "35-2014.00": 0.19}, [], 51, "middle_management"
    )
    codes = [p.onet_soc for p in scorer.advise(placed, 5).pivots]
    assert not any(c.startswith(("35-2", "35-3", "35-9", "51-3011")) for c in codes), codes


def test_one_placed_as_a_farmworker_and_a_farmer_keeps_the_farmworkers_moves(scorer, matcher):
    """Farm work is below a farmer, but not below one whose own work it also is."""
    both = {"45-2093.00": 0.45, "11-9013.00": 0.30}
    placed = standing(matcher, both, ["milking"], 53, "agriculture_outdoors")
    codes = [p.onet_soc for p in scorer.advise(placed, 5).pivots]
    assert "45-2021.00" in codes, codes  # animal breeders


def test_the_staff_a_manager_manages_are_left_out_in_words_true_of_a_manager(engine) -> None:
    """A restaurant manager (no licence) read "7 are rungs below yours on your licence's
    ladder" of the kitchen and dining staff they manage, left out of their list."""
    note = engine.score(Profile.create("Restaurant manager", "staff; food safety; rota")).pivot_note
    assert "licence's ladder" not in note, note
    # Counted ("7 are rungs below yours ...") or, with a third reason, in one sentence
    # ("each is shrinking, a rung below yours in your own line of work, ...").
    assert "below yours in your own line of work" in note, note
