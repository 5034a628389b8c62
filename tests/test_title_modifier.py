"""A listed "X manager" whose skills are another kind's "X supervisor" work
(``model/title_modifier.py``)."""

from __future__ import annotations

from career_resilience.model.profile import Profile


def top(engine, role: str, skills: str) -> str:
    return engine.score(Profile.create(role, skills)).occupations[0].onet_soc


def test_a_childcare_nursery_manager_is_not_a_farmer(engine):
    # O*NET lists "Nursery Manager" only under farmers (a plant nursery): 97% with
    # childcare skills; "Nursery Supervisor" is listed under childcare workers too.
    assert top(engine, "Nursery manager", "childcare; staff; Ofsted").startswith("39-9011")
    # Safeguarding is framed with social work, not childcare: two of three skills do.
    assert top(engine, "Nursery manager", "childcare; EYFS; safeguarding").startswith("39-9011")


def test_a_plant_nursery_manager_stays_a_farmer(engine):
    assert top(engine, "Nursery manager", "greenhouse; propagation; staff") == "11-9013.00"
    assert top(engine, "Nursery manager", "") == "11-9013.00"
