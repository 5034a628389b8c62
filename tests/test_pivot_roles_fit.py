"""A hand-written role's fit reads its core skills whether or not the person named any:
its work activities are its anchors', not its own new work (``pivot_scoring``)."""

from __future__ import annotations

from career_resilience.model.profile import Profile

ROLE = "Customer AI operations lead"


def test_a_title_typed_alone_does_not_make_an_ai_role_fit_by_its_anchors_work(engine) -> None:
    # A toll collector who typed only their title had the role first at fit 89%, holding
    # none of its six core skills; a cashier (a title read as cash handling, a skill
    # named) had it at 52%. The same work, the same evidence of the role's skills: none.
    alone = engine.score(Profile.create("Toll booth collector")).pivots
    cashier = engine.score(Profile.create("Cashier")).pivots
    role = next(p for p in alone if p.label == ROLE)
    assert alone[0].label != ROLE, [p.label for p in alone]
    assert role.held_skills == () and role.fit < 0.6, role.fit
    assert abs(role.fit - next(p for p in cashier if p.label == ROLE).fit) < 0.1
