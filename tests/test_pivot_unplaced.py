"""With no match that vouches for the person's work (every one under MIN_MATCH), the best
matches are where the skills typed point: their O*NET relatives are the moves, and a
hand-written role needs a typed skill to point to it. A childminder placed at 4% had been
offered AI FinOps work (fit 31%, none of its skills); "Unemployed" with forklift and
inventory, placed industrial truck operators at 1%, no move at all."""

from __future__ import annotations

from pivot_support import standing

from career_resilience import wording
from career_resilience.model.profile import Profile

#: A childminder's placement: childcare administrators 4%, childcare workers 3%.
UNPLACED = {"11-9031.00": 0.04, "39-9011.00": 0.03}
CATEGORY = "education_teaching"


def test_an_unplaced_childminder_is_offered_her_matches_relatives_not_ai_roles(scorer, matcher):
    advice = scorer.advise(standing(matcher, UNPLACED, ["childcare"], 60, CATEGORY), 5)
    assert advice.pivots
    for p in advice.pivots:
        assert p.kind == "related" or p.held_skills, p.label


def test_unemployed_with_forklift_skills_is_offered_material_moving_work(engine):
    # Skills that name no work ("forklift" alone names a forklift operator's: work_titles).
    result = engine.score(Profile.create("Unemployed", "forklift licence; inventory"))
    # Unsure: 5% at most since title-less profiles have a temperature of their own.
    assert all(o.probability < 0.1 for o in result.occupations[:3])
    labels = [p.label for p in result.pivots]
    assert "Laborers and Freight, Stock, and Material Movers, Hand" in labels, labels


def test_the_note_with_no_move_names_the_guess_and_what_to_do() -> None:
    said = wording.unsure_no_move("Tutors", 0.01)
    assert said.startswith("Unsure placement (best guess: Tutors, 1% sure), so no suggestion")
    assert "confirm your occupation" in said
