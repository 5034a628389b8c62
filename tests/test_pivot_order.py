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
    # Placed as the matcher placed it when this was found (concierges first, 22%): since
    # the retrain of 2026-12-05 06:07 managers, all other come first, with no step up.
    occupation="39-6012.00",
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


def test_a_person_never_gets_pivots_worked_out_for_someone_who_rounds_alike(engine) -> None:
    """The advice cache was keyed on figures rounded to a decimal: a nursing assistant at
    exposure 30.54 scored after one at 30.46 got the first one's exposure changes
    (26.35 lower, not 26.43) and whatever near tie the first one's shares broke."""
    from career_resilience.model.pivot_standing import standing_from

    scorer = engine.pivot_scorer
    skills = [engine.matcher.match("patient care")]

    def standing(exposure: float, p: float):
        matches = (("31-1131.00", p), ("31-1122.00", 1 - p))
        return standing_from(matches, skills, exposure, 58.0, {"nursing_care": 0.9})

    def changes(advice) -> list[tuple[str, float, float]]:
        return [(o.label, o.exposure_change, o.resilience_change) for o in advice.pivots]

    later = standing(30.54, 0.9504)
    scorer._advice.clear()
    alone = changes(scorer.advise(later))
    scorer._advice.clear()
    scorer.advise(standing(30.46, 0.9496))
    assert changes(scorer.advise(later)) == alone
    assert alone and all(
        abs(e - (t - 30.54)) < 1e-9
        for (_, e, _), t in zip(
            alone, [o.exposure for o in scorer.advise(later).pivots], strict=True
        )
    )
