"""The most exposed worker is never left with no move (``pivot_rules.fallback``).

A translator's work activities are unlike every other occupation's, so all of O*NET's
related moves and the AI-era roles that name their category fit under the MIN_FIT floor;
when nothing else is offered, the moves that still gain are shown, each as a long shot.
"""

from __future__ import annotations

from career_resilience.model.engine import load_engine
from career_resilience.model.profile import Profile

TRANSLATOR = Profile.create("Translator", "Spanish; legal translation; CAT tools", "")


def test_a_translator_at_100_is_offered_long_shots_that_gain(engine):
    result = engine.score(TRANSLATOR)
    labels = [p.label for p in result.pivots]
    assert labels, "a worker at exposure 100 was left with no move"
    assert "AI evaluation specialist (domain expert)" in labels, labels
    for p in result.pivots:
        assert p.fit_reasons[0].startswith("a long shot"), p.fit_reasons
        assert p.resilience_change > 0


def test_the_batch_offers_the_translator_the_same_moves_beside_a_nurse(engine):
    # A fresh engine: nothing kept from one score, so the two are scored as a batch.
    nurse = Profile.create("Registered nurse", "patient assessment; IV therapy", "")
    both = load_engine().score_many([nurse, TRANSLATOR])
    assert [p.label for p in both[1].pivots] == [p.label for p in engine.score(TRANSLATOR).pivots]
    assert [p.label for p in both[0].pivots] == [p.label for p in engine.score(nurse).pivots]
    assert both[0].pivots and not any(
        p.fit_reasons[0].startswith("a long shot") for p in both[0].pivots[:1]
    )
