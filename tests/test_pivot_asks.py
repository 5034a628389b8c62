"""Moves a coach would question for what they ask: school administration asks the
administrator licence after teaching; AI language evaluation asks a second language."""

from __future__ import annotations

from career_resilience import wording
from career_resilience.model.profile import Profile


def test_a_teachers_step_to_school_administration_names_its_licence(engine) -> None:
    """Principals are licensed as school administrators in most states, after teaching
    (OOH): a teacher's step is the next rung of their licence's ladder and names the
    master's; an instructional designer's is no longer "your experience is what it asks
    for" (it asks a teaching licence first, then the master's)."""
    teacher = Profile.create("High school math teacher", "algebra; lesson planning")
    pivots = engine.score(teacher).to_dict()["pivots"]
    admin = next(p for p in pivots if p["onet_soc"] == "11-9032.00")
    assert admin["fit_reasons"][0].startswith(wording.LADDER_FIT)
    assert any("school administrator licence" in r for r in admin["fit_reasons"])
    designer = Profile.create(
        "Instructional designer", "articulate storyline; curriculum design", "build e-learning"
    )
    for p in engine.score(designer).to_dict()["pivots"]:
        if p["onet_soc"] == "11-9032.00":
            assert any("teaching licence, then" in r for r in p["fit_reasons"]), p


def test_ai_language_evaluation_asks_a_language_the_person_names(engine) -> None:
    """Its people come from translation; a principal with no second language had been
    offered it as a long shot. A Spanish teacher who names Spanish still is."""
    principal = Profile.create("Principal", "school leadership; budgeting", "run a school")
    labels = [p["label"] for p in engine.score(principal).to_dict()["pivots"]]
    assert "AI language evaluation specialist" not in labels
    spanish = Profile.create("Spanish teacher", "spanish; lesson planning", "teach spanish")
    labels = [p["label"] for p in engine.score(spanish).to_dict()["pivots"]]
    assert "AI language evaluation specialist" in labels
