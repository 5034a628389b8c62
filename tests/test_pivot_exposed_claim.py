"""A hand-written role out of the person's reach that would leave them clearly more
exposed is offered to someone whose work is not highly exposed only on a claim on their
main work (``pivot_rules``' ``exposed_claim``, ``pivot_thresholds.MAIN_CLAIM``)."""

from __future__ import annotations

from career_resilience.model.profile import Profile
from career_resilience.wording import HIGH_EXPOSURE, MUCH_MORE_EXPOSED, whole


def _claims(result) -> list[str]:
    """The hand-written roles shown that hold none of their skills and raise exposure
    past the 'more exposed' mark into work that is not little exposed."""
    return [
        p.label
        for p in result.pivots
        if p.kind != "related"
        and not p.held_skills
        and p.exposure_change > MUCH_MORE_EXPOSED
        and result.exposure + p.exposure_change >= 40
    ]


def test_a_funeral_director_is_not_sent_into_ai_transformation_work(engine) -> None:
    # Exposure 42, a sixth as much management as funeral service in the work: AI
    # transformation programme management had been offered last, fit 36%, none of its
    # six core skills and 43 points more exposed.
    typed = (
        "Funeral director",
        "embalming; cremation; customer service",
        "meet with families\narrange services\nhandle paperwork",
    )
    director = engine.score(Profile.create(*typed))
    assert whole(director.exposure) < HIGH_EXPOSURE
    assert director.pivots, director.pivot_note
    assert not _claims(director), [p.label for p in director.pivots]


def test_highly_exposed_work_keeps_the_ai_era_way_out(engine) -> None:
    # A school principal (exposure ~66) holds none of AI transformation programme
    # management's skills either; their work is highly exposed: the articles' way out.
    principal = engine.score(Profile.create("Principal"))
    assert whole(principal.exposure) >= HIGH_EXPOSURE
    claims = _claims(principal)
    assert "AI transformation programme manager" in claims, [p.label for p in principal.pivots]


def test_a_claim_on_the_persons_main_work_still_stands(engine) -> None:
    # A plant manager (exposure ~53, not highly exposed) holds none of the role's core
    # skills either (lean manufacturing counts only towards its nice-to-haves), but their
    # work is management, where its people come from.
    typed = (
        "Plant manager",
        "lean manufacturing; budgeting; safety; team leadership",
        "run a plastics plant of 200 people\nhit output and safety targets",
    )
    manager = engine.score(Profile.create(*typed))
    assert whole(manager.exposure) < HIGH_EXPOSURE
    role = next(
        (p for p in manager.pivots if p.label == "AI transformation programme manager"), None
    )
    assert role is not None, [p.label for p in manager.pivots]
    assert role.exposure_change > MUCH_MORE_EXPOSED
