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


def test_doing_the_work_is_no_use_of_the_software_named_after_it(engine) -> None:
    # A pastor's "counseling" had read "you already use Counseling software (you wrote
    # "counseling")" for family therapy, a CPS social worker's "court reports" (social
    # work) ClientTouch, "Social Work Software ClientTouch", and "case management" the
    # Penelope case management brand; a boiler operator's "maintenance" had held
    # maintenance management software, and plumbing work was in reach through it.
    people = [
        ("Pastor", "preaching; pastoral care; counseling", "counsel couples", "counseling"),
        ("Social worker (CPS)", "case management; court reports", "visit families", "case"),
        ("Boiler operator", "boilers; steam; maintenance", "run the boilers", "maintenance"),
    ]
    for role, skills, duties, word in people:
        result = engine.score(Profile.create(role, skills, duties))
        assert result.pivots, role
        for pivot in result.pivots:
            said = [r for r in pivot.fit_reasons if r.startswith("you already use")]
            assert not any(word in r.lower() for r in said), (role, pivot.label, said)
            assert not any("ClientTouch" in r or "Penelope" in r for r in said), said
    # A product's own name and the letters a kind spells out still count.
    sound = engine.score(Profile.create("Sound engineer", "Pro Tools; mixing", "mix live shows"))
    assert any("Pro Tools" in r for p in sound.pivots for r in p.fit_reasons)
    cashier = engine.score(Profile.create("Cashier", "cash handling; POS", "ring up groceries"))
    assert any("Point of sale POS software" in h for p in cashier.pivots for h in p.held_skills)


def test_a_brand_is_not_named_by_its_plain_words_alone() -> None:
    # A home inspector's "building systems" (the house's) had read "you already use
    # Computer aided design CAD software" through "Autodesk Building Systems", counting
    # as a key product of electricians' and plumbers' work; a clerk's "inventory" used
    # "Aljex Inventory", a machinist's "CNC" "CNC Mastercam".
    from career_resilience.model.pivot_products import product_words, tech_held

    brands = [
        "Autodesk Building Systems",
        "Aljex Inventory",
        "CNC Mastercam",
        "Autodesk Maya",
        "Autodesk AutoCAD Civil 3D",
        "Avid Technology Pro Tools",
        "Epic Systems",
    ]
    products = [product_words(b) for b in brands]
    typed = ["building systems", "inventory", "CNC", "Maya", "Civil 3D", "Pro Tools", "Epic"]
    held = tech_held(prepare_typed(typed), products)
    assert not {"Autodesk Building Systems", "Aljex Inventory", "CNC Mastercam"} & set(held)
    # The brand's own words still name it, and so does a designation with a digit.
    assert held == {
        "Autodesk Maya": "Maya",
        "Autodesk AutoCAD Civil 3D": "Civil 3D",
        "Avid Technology Pro Tools": "Pro Tools",
        "Epic Systems": "Epic",
    }
