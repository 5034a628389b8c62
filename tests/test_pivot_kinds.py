"""A product typed by its brand holds the kind O*NET lists by name (``model/pivot_kinds.py``):
a plumber who drafts in AutoCAD is not told to learn computer aided design software."""

from __future__ import annotations

from career_resilience.model.pivot_kinds import decode, encode
from career_resilience.model.pivot_products import prepare_typed
from career_resilience.model.profile import Profile

CAD = "Computer aided design CAD software"
ERP = "Enterprise resource planning ERP software"


def test_a_plumber_who_drafts_in_autocad_is_not_told_to_learn_cad(engine) -> None:
    # Heating and cooling work lists the kind alone, not AutoCAD (listed for so many
    # occupations that no ranking keeps it): the plumber had been told to learn it, and
    # read "you do not yet use its one key product".
    result = engine.score(Profile.create("Plumber", "pipe fitting; AutoCAD; boilers"))
    hvac = next(p for p in result.pivots if p.onet_soc == "49-9021.00")
    assert CAD not in hvac.gap_skills
    assert CAD in hvac.held_skills
    assert any("you use its one key product" in r for r in hvac.fit_reasons)
    assert any("AutoCAD" in r for r in hvac.fit_reasons)
    for pivot in result.pivots:
        assert CAD not in pivot.gap_skills, pivot.label


def test_a_skill_names_a_kind_only_when_every_product_it_names_is_of_it() -> None:
    names = decode(
        encode(
            {
                "Autodesk AutoCAD": frozenset({CAD}),
                "Autodesk AutoCAD Civil 3D": frozenset({CAD}),
                CAD: frozenset({CAD}),
                "HVAC tools software": frozenset({CAD}),
                "Oracle PeopleSoft": frozenset({ERP}),
                "Oracle Database": frozenset({"Database management system software"}),
                ERP: frozenset({ERP}),
            },
            {CAD, ERP},
        )
    )

    def named(typed: str) -> frozenset[str]:
        return names.named(prepare_typed([typed])[0])

    assert named("AutoCAD") == {CAD}
    assert named("PeopleSoft") == {ERP}
    # An ERP and a database: no one kind is the person's.
    assert named("Oracle") == frozenset()
    # A name that reads as a kind is no brand of it: "HVAC" is not CAD work.
    assert named("HVAC") == frozenset()
    assert named("welding") == frozenset()


def test_the_work_typed_names_no_software_named_after_it(engine) -> None:
    # A daycare worker's "child care" had named "MAGGEY Child Care Management Software",
    # filed under enterprise resource planning software: "you already use Enterprise
    # resource planning ERP software (you wrote "child care")", and a plan step done.
    result = engine.score(Profile.create("Daycare worker", "child care; CPR", "watch toddlers"))
    assert result.pivots
    for pivot in result.pivots:
        assert ERP not in pivot.held_skills, pivot.label
        assert not any("child care" in r and "software" in r for r in pivot.fit_reasons)
    # A brand typed still names its kind.
    assert names_kind("PeopleSoft") == {ERP}


def names_kind(typed: str) -> frozenset[str]:
    """The wanted kind a typed skill names among a few products of the kinds above."""
    names = decode(encode({"Oracle PeopleSoft": frozenset({ERP}), ERP: frozenset({ERP})}, {ERP}))
    return names.named(prepare_typed([typed])[0])
