"""A web developer's AI-era move is building AI features in the JavaScript they write
(``skills/data/pivots.yaml``: ai_web_application_engineer)."""

from __future__ import annotations

from career_resilience.model.profile import Profile

ROLE = "AI application engineer (web)"


def test_a_junior_web_developer_is_offered_ai_application_work_in_javascript(engine):
    """A junior web developer ("JavaScript; React; HTML/CSS") had Blockchain Engineers
    first and no AI-era move: AI orchestration asks Python, not their JavaScript. Building
    AI features into web products asks their JavaScript and leads, for the resilience it
    adds; a Python developer keeps AI orchestration and is not sent to it."""
    typed = "JavaScript; React; HTML/CSS"
    pivots = engine.score(Profile.create("Junior web developer", typed, "")).pivots
    assert pivots and pivots[0].label == ROLE, [p.label for p in pivots]
    assert "JavaScript" not in pivots[0].gap_skills
    assert pivots[0].resilience_change > 10
    python = engine.score(Profile.create("Software engineer", "Python; Django; AWS", ""))
    labels = [p.label for p in python.pivots]
    assert labels[0] == "AI orchestration engineer" and ROLE not in labels, labels


def test_a_python_developer_is_not_told_to_learn_javascript_for_ai_orchestration(engine):
    """With JavaScript and TypeScript beside Python among AI orchestration's core skills,
    a Python developer's gaps for it listed both languages (one of the three is enough);
    web developers reach AI work through the web role above."""
    typed = "Python; pandas; scikit-learn"
    pivots = engine.score(Profile.create("Data scientist", typed, "")).pivots
    move = next(p for p in pivots if p.label == "AI orchestration engineer")
    assert not {"JavaScript", "TypeScript"} & set(move.gap_skills), move.gap_skills
