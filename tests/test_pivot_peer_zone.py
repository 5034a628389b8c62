"""From graduate work (job zone 5) into degree work (zone 4) is a move across
professions, not a step down (``model/pivot_rule_flags.PEER_ZONE``), unless into
support work."""

from __future__ import annotations

from career_resilience.model.pivot_rule_flags import peer_move, support_work
from career_resilience.model.profile import Profile

CIVIL_ENGINEERS, INTERIOR_DESIGNERS = "17-2051.00", "27-1025.00"


def test_an_architect_sees_the_degree_work_beside_theirs(engine):
    """An architect had one move, aerospace engineering technician work at fit 10%:
    every degree-level relative read as a step down. Now civil engineering and interior
    design are offered, saying why the lower job zone is no step down."""
    result = engine.score(Profile.create("Architect", "Revit; AutoCAD; planning permission", ""))
    by_code = {p.onet_soc: p for p in result.pivots}
    assert len(result.pivots) >= 3
    for code in (CIVIL_ENGINEERS, INTERIOR_DESIGNERS):
        reasons = " ".join(by_code[code].fit_reasons)
        assert "a move across professions, not a step down" in reasons
        assert "step down in job zone" not in reasons


def test_support_work_under_graduate_work_is_still_a_step_down():
    """A scientist's biological technician work, a counsellor's human service
    assistant work: support roles at zone 4 stay steps down."""
    assert support_work("Biological Technicians")
    assert support_work("Social and Human Service Assistants")
    assert not support_work("Civil Engineers")
    assert peer_move(-1, 4, "Civil Engineers")
    assert not peer_move(-1, 4, "Biological Technicians")
    assert not peer_move(-2, 3, "Civil Engineers")
