"""Two rungs of one licence ladder are one route for someone who holds neither: the
higher rung's licence is taken after the lower one's, so only one of them is listed."""

from __future__ import annotations

from career_resilience.model.pivot_licences import licence_named
from career_resilience.model.profile import Profile


def test_paramedic_work_asks_the_emt_course_first() -> None:
    paramedic = licence_named("a paramedic programme and certification")
    assert paramedic.after == "an EMT course and certification"


def test_a_practical_nurse_is_offered_paramedic_work_not_emt_work_beside_it(engine) -> None:
    """An LPN had been offered paramedic work second and EMT work third (a 170-hour
    course into lower-paid work): one route, of which the paramedic's plan now holds the
    EMT course too."""
    result = engine.score(Profile.create("LPN", "wound care; medication administration"))
    labels = [p.label for p in result.pivots]
    assert "Paramedics" in labels and "Emergency Medical Technicians" not in labels, labels
    paramedic = result.pivots[labels.index("Paramedics")]
    assert any("an EMT course" in s.step for s in paramedic.plan), paramedic.plan
