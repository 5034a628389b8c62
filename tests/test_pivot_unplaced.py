"""With no match that vouches for the person's work (every one under MIN_MATCH), a move
must have a skill they typed to point to: a childminder placed at 4% had been offered AI
FinOps work (fit 31%, none of its skills) and a career-changer teacher's role."""

from __future__ import annotations

from pivot_support import standing

from career_resilience import wording

#: A childminder's placement: childcare administrators 4%, childcare workers 3%.
UNPLACED = {"11-9031.00": 0.04, "39-9011.00": 0.03}
CATEGORY = "education_teaching"


def test_an_unplaced_childminder_is_offered_no_move_without_a_skill_of_theirs(scorer, matcher):
    advice = scorer.advise(standing(matcher, UNPLACED, ["childcare"], 60, CATEGORY), 5)
    assert [p.label for p in advice.pivots] == []
    guess = "Education and Childcare Administrators, Preschool and Daycare"
    assert advice.note == wording.unsure_no_move(guess, 0.04)


def test_an_unplaced_move_with_a_typed_skill_stays(scorer, matcher):
    """The same placement with a skill some role names as its own is offered that role,
    and only moves that hold a typed skill or product."""
    skills = ["childcare", "Python", "SQL"]
    advice = scorer.advise(standing(matcher, UNPLACED, skills, 60, CATEGORY), 5)
    assert advice.pivots
    assert all(p.held_skills for p in advice.pivots), [p.label for p in advice.pivots]
