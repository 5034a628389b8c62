"""The most exposed worker is never left with no move (``pivot_rules.fallback``).

A proofreader who types only the title (exposure 99) fits every move that would gain
under the MIN_FIT floor; when nothing else is offered, the moves that still gain are
shown, each as a long shot. (A translator was the first such worker: the language AI
evaluation role now fits them, ``tests/test_pivot_language.py``.)
"""

from __future__ import annotations

from career_resilience import wording
from career_resilience.model.engine import load_engine
from career_resilience.model.profile import Profile

PROOFREADER = Profile.create("Proofreader", "", "")


def test_a_proofreader_at_99_is_offered_long_shots_that_gain(engine):
    result = engine.score(PROOFREADER)
    labels = [p.label for p in result.pivots]
    assert labels, "a worker at exposure 99 was left with no move"
    # Beside one move out of shrinking proofreading (court reporting, fit 32%, since
    # 2026-12-06), the long shots that gain still fill the list.
    shots = [p for p in result.pivots if wording.reads_long_shot(p.fit_reasons)]
    assert len(shots) >= len(result.pivots) - 1, [p.fit_reasons[0] for p in result.pivots]
    for p in result.pivots:
        assert p.resilience_change > 0


def test_the_batch_offers_the_proofreader_the_same_moves_beside_a_nurse(engine):
    # A fresh engine: nothing kept from one score, so the two are scored as a batch.
    nurse = Profile.create("Registered nurse", "patient assessment; IV therapy", "")
    both = load_engine().score_many([nurse, PROOFREADER])
    assert [p.label for p in both[1].pivots] == [p.label for p in engine.score(PROOFREADER).pivots]
    assert [p.label for p in both[0].pivots] == [p.label for p in engine.score(nurse).pivots]
    assert both[0].pivots and not any(
        wording.reads_long_shot(p.fit_reasons) for p in both[0].pivots[:1]
    )


def test_a_fallback_long_shot_needs_something_to_point_to(engine):
    # A proofreader had been offered digital forensics and document management (fit 2%,
    # none of their skills, "a relative" or "a more distant relative" in O*NET), a hotel
    # manager community health work and no-code automation (3-4%). Technical writing, an
    # O*NET close relative of proofreading, stays (fit 3%).
    proofreader = engine.score(Profile.create("Proofreader", "proofreading; grammar", ""))
    labels = [p.label for p in proofreader.pivots]
    assert "Technical Writers" in labels
    assert not {"Digital Forensics Analysts", "Document Management Specialists"} & set(labels)
    hotel = [p.label for p in engine.score(Profile.create("Hotel manager", "", "")).pivots]
    assert "Community health worker" not in hotel, hotel
    assert not any(label.startswith("AI automation specialist") for label in hotel), hotel


def test_with_nothing_to_point_to_anywhere_the_long_shots_are_still_shown():
    # The floor never leaves a list empty: a person whose every spare move is under it
    # is shown them all; beside them, one with a firm spare is shown that one alone.
    import numpy as np

    from career_resilience.model.pivot_fallback import fallback
    from career_resilience.model.pivot_rules import Moves

    no = np.zeros(4, bool)
    spare = np.array([True, True, True, True])
    firm = np.array([False, False, True, False])
    moves = Moves(no, no, no, no, no, no, no, spare=spare, firm=firm)
    seg = np.array([0, 0, 1, 1])
    assert fallback(moves, seg, 2).worth.tolist() == [True, True, True, False]
    one = Moves(no[:2], no[:2], no[:2], no[:2], no[:2], no[:2], no[:2], spare=spare[:2])
    assert fallback(one._replace(firm=firm[:2])).worth.tolist() == [True, True]
    assert fallback(one._replace(firm=firm[2:])).worth.tolist() == [True, False]


def test_under_the_fit_floor_only_highly_exposed_work_is_offered_long_shots(engine):
    """A judge (exposure 57) had one move, AI evaluation work at fit 6% and 41 points
    more exposed; a substitute teacher AI transformation management at 7%. Work that is
    not highly exposed is told how to stay where it is instead; a lawyer (74) keeps
    AI evaluation for their field."""
    judge = engine.score(Profile.create("Judge", "rulings; hearings", ""))
    assert judge.exposure < 60
    assert not [p.label for p in judge.pivots if p.fit < 0.1], [p.label for p in judge.pivots]
    if not judge.pivots:
        assert "To stay resilient where you are" in judge.pivot_note
    sub = engine.score(Profile.create("Substitute teacher", "lesson plans; classroom management"))
    assert not [p.label for p in sub.pivots if p.fit < 0.1], [p.label for p in sub.pivots]
    lawyer = engine.score(Profile.create("Lawyer", "litigation; contracts", ""))
    assert any(p.label.startswith("AI evaluation") for p in lawyer.pivots)


def test_no_fallback_role_out_of_reach_that_raises_exposure_for_work_not_highly_exposed(engine):
    """A forester (exposure 46) had one move, AI evaluation work at fit 15%, none of its
    skills and 52 points more exposed; a special education teacher AI transformation
    management and AI evaluation (+28, +42) after their step up. They are told how to
    stay resilient where they are instead."""
    typed = ("Forester", "timber cruising; GIS; silviculture", "plan timber sales")
    forester = engine.score(Profile.create(*typed))
    assert forester.exposure < 60
    claims = [p.label for p in forester.pivots if p.kind != "related" and p.exposure_change > 10]
    assert not claims, claims
    if not forester.pivots:
        assert "To stay resilient where you are" in forester.pivot_note
    teacher = engine.score(Profile.create("Special ed teacher", "IEPs; behavior plans", ""))
    # Read as special education teaching (special ed): its related moves only.
    assert teacher.pivots, teacher.pivot_note
    assert {p.kind for p in teacher.pivots} == {"related"}, [p.label for p in teacher.pivots]
