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


def test_a_specialty_reached_by_one_of_several_residencies_takes_its_years() -> None:
    """An allergist had read preventive medicine as 3 weeks (both under "a medical
    degree, residency and medical licence", which each holds)."""
    from career_resilience.model.pivot_licences import licence_needed

    allergist, paediatrician = "29-1229.01", "29-1221.00"
    preventive = licence_needed("29-1229.05", (allergist,))
    assert preventive == "a preventive medicine residency"
    # A paediatrician takes the allergy fellowship alone; a family doctor the residency
    # it follows first; a family doctor is a hospitalist already.
    assert licence_needed(allergist, (paediatrician,)) == "an allergy and immunology fellowship"
    assert licence_needed(allergist, ("29-1215.00",)).endswith(
        ", then an allergy and immunology fellowship"
    )
    assert licence_needed("29-1229.02", ("29-1215.00",)) == ""
    assert licence_needed("29-1229.06", ("29-1214.00",)) == "a sports medicine fellowship"


def test_surgical_assisting_asks_its_programme(engine) -> None:
    """A surgical technologist's move to surgical assisting had read 3 weeks."""
    result = engine.score(Profile.create("Surgical technologist", "sterile technique"))
    found = [p for p in result.pivots if p.label == "Surgical Assistants"]
    assert found, [p.label for p in result.pivots]
    assert found[0].plan_weeks >= 52
    assert any("surgical assisting programme" in s.step for s in found[0].plan)
