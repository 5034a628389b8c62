"""A translator's AI-era move is evaluation of language AI, reached by their languages
(``skills/data/pivots.yaml``: ai_language_evaluation_specialist)."""

from __future__ import annotations

from career_resilience.model.profile import Profile

ROLE = "AI language evaluation specialist"


def test_a_translator_is_offered_language_ai_evaluation_first_not_as_a_long_shot(engine):
    """A translator (exposure 100) had three long shots: Technical Writers (fit 6%)
    above AI evaluation (fit 1%: it asks none of a translator's skills). Evaluating
    translation and multilingual AI asks their languages: it leads, as a move that fits."""
    typed = "Spanish; legal translation; CAT tools"
    pivots = engine.score(Profile.create("Translator", typed, "")).pivots
    assert pivots and pivots[0].label == ROLE, [p.label for p in pivots]
    first = pivots[0]
    assert first.fit >= 0.5 and not first.fit_reasons[0].startswith("a long shot")
    assert first.resilience_change > 10
    assert "Translation" not in first.gap_skills  # held: not a skill to learn
    # A prompt engineer who evaluates models but names no language is not sent there.
    typed = "prompt engineering; Python; LLM evaluation"
    pivots = engine.score(Profile.create("Prompt engineer", typed, "")).pivots
    assert ROLE not in [p.label for p in pivots]
