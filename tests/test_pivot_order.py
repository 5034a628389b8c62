"""A person's pivots do not depend on who was scored before them in the process."""

from __future__ import annotations

import pytest

from career_resilience.model.profile import Profile

#: Both step up into First-Line Supervisors of Personal Service Workers (39-1022), which
#: asks a stylist for hairdressing and a house manager for none of the other trades.
STYLIST = Profile.create("Senior stylist", "Digital marketing; password resets")
HOUSE_MANAGER = Profile.create(
    "Head of Personal assistant / house manager",
    "entra id; office machine mechanic; mcp",
    "Empty trash, vacuum and wipe down desks in the offices at night\n"
    "Cook special diet meals for patients in the hospital kitchen",
)


def _fresh(engine) -> None:
    """Forget every person's pivots and plans kept so far (a new process would not have them)."""
    engine.pivot_scorer._advice.clear()
    engine.pivot_scorer.texts._plans.clear()


@pytest.mark.parametrize("before", [STYLIST])
def test_a_step_ups_gaps_are_the_persons_own_whoever_came_first(engine, before) -> None:
    _fresh(engine)
    alone = engine.score(HOUSE_MANAGER).to_dict()["pivots"]
    _fresh(engine)
    engine.score(before)
    engine.pivot_scorer._advice.clear()
    assert engine.score(HOUSE_MANAGER).to_dict()["pivots"] == alone
    steps = [p for p in alone if p["label"].startswith("First-Line Supervisors of Personal")]
    assert steps and "Hairdressing" not in steps[0]["gap_skills"]
