"""A supervisor O*NET relates to a match of the same oversight is a move only where
that match is the person's own work (``pivot_frame``'s ``guessed_oversight``)."""

from __future__ import annotations

from career_resilience.model.profile import Profile

CHEFS, FOOD_SERVICE_MANAGERS = "35-1011.00", "11-9051.00"


def test_a_shift_lead_is_not_sent_to_run_a_kitchen_on_a_guess(engine):
    """Placed 23% a retail supervisor and 9% a food service supervisor, a shift lead
    (cash handling; opening and closing) saw Chefs and Head Cooks first, fit 61% with
    none of its skills: a sibling supervisor of the 9% guess. Food service management,
    a relative of that guess too, stays."""
    profile = Profile.create("Shift lead", "cash handling; opening and closing; staff", "")
    codes = [p.onet_soc for p in engine.score(profile, 10).pivots]
    assert CHEFS not in codes
    assert FOOD_SERVICE_MANAGERS in codes
