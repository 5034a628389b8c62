"""The most exposed worker is never left with no move (``pivot_rules.fallback``).

A proofreader who types only the title (exposure 99) fits every move that would gain
under the MIN_FIT floor; when nothing else is offered, the moves that still gain are
shown, each as a long shot. (A translator was the first such worker: the language AI
evaluation role now fits them, ``tests/test_pivot_language.py``.)
"""

from __future__ import annotations

from career_resilience.model.engine import load_engine
from career_resilience.model.profile import Profile

PROOFREADER = Profile.create("Proofreader", "", "")


def test_a_proofreader_at_99_is_offered_long_shots_that_gain(engine):
    result = engine.score(PROOFREADER)
    labels = [p.label for p in result.pivots]
    assert labels, "a worker at exposure 99 was left with no move"
    for p in result.pivots:
        assert p.fit_reasons[0].startswith("a long shot"), p.fit_reasons
        assert p.resilience_change > 0


def test_the_batch_offers_the_proofreader_the_same_moves_beside_a_nurse(engine):
    # A fresh engine: nothing kept from one score, so the two are scored as a batch.
    nurse = Profile.create("Registered nurse", "patient assessment; IV therapy", "")
    both = load_engine().score_many([nurse, PROOFREADER])
    assert [p.label for p in both[1].pivots] == [p.label for p in engine.score(PROOFREADER).pivots]
    assert [p.label for p in both[0].pivots] == [p.label for p in engine.score(nurse).pivots]
    assert both[0].pivots and not any(
        p.fit_reasons[0].startswith("a long shot") for p in both[0].pivots[:1]
    )
