"""The app keeps the model's ranking of kinds of work past a pick ("That's not me")."""

from __future__ import annotations

from career_resilience.model.profile import Profile
from career_resilience.tui.session import Session, likeliest_kinds


def test_a_pick_keeps_the_ranking_of_the_score_before_it_for_that_profile_only(tiny_engine):
    session = Session()
    placed = Profile.create("Data analyst", ["SQL"])
    session.set_result(placed, tiny_engine.score(placed, max_pivots=0))
    ranking = session.model_ranking(placed)
    assert ranking == ("data_analysis", "nursing_care", "customer_support")
    picked = Profile.create("Data analyst", ["SQL"], category="nursing_care")
    result = tiny_engine.score(picked, max_pivots=0)
    assert likeliest_kinds(result) == ("nursing_care",)  # a chosen result ranks nothing
    session.set_result(picked, result)
    assert session.model_ranking(picked) == ranking
    # Another profile (a skill added) has not been ranked; another person neither.
    assert session.model_ranking(Profile.create("Data analyst", ["SQL", "Excel"])) is None
    session.clear_result()
    assert session.model_ranking(placed) is None
