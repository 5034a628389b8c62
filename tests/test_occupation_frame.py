"""Every occupation is framed by one project category; AI-era categories have anchors."""

from __future__ import annotations

import pytest

from career_resilience.model.profile import Profile
from career_resilience.skills.fields import KnowledgeBaseError
from career_resilience.skills.loader import shipped_knowledge_base
from career_resilience.skills.occupation_frame import build_frame, shipped_frame
from career_resilience.skills.occupations import occupation_codes


def test_every_occupation_resolves_to_a_known_category() -> None:
    frame = shipped_frame()
    assert set(frame.category_of) == set(occupation_codes())
    assert set(frame.category_of.values()) <= set(shipped_knowledge_base().categories)
    assert frame.category_of["15-1252.00"] == "software_engineering"
    assert frame.category_of["15-1251.00"] == "basic_coding"
    assert frame.category_of["29-1141.00"] == "nursing_care"


@pytest.mark.parametrize(
    "code",
    ["51-8031.00", "51-8091.00", "51-8092.00", "51-8093.00", "51-8099.01"],
)
def test_plant_operators_outside_power_are_not_framed_as_power_for_ai(code: str) -> None:
    # Water, chemical, gas, refinery and biofuel plant operators run production plants:
    # a water treatment operator had read "placed in: Power and hardware for AI".
    assert shipped_frame().category_of[code] == "manufacturing_production"


def test_power_plant_operators_stay_with_the_power_behind_ai() -> None:
    frame = shipped_frame()
    for code in ("51-8011.00", "51-8012.00", "51-8013.00", "51-8013.04"):
        assert frame.category_of[code] == "power_infrastructure", code


def test_a_water_treatment_operator_is_placed_among_production_work(engine) -> None:
    from career_resilience.model.profile import Profile

    result = engine.score(Profile.create("Plant operator", "SCADA; pumps; water treatment", ""))
    placed = max(result.categories, key=lambda c: c.probability)
    assert result.occupations[0].onet_soc == "51-8031.00"
    assert placed.id != "power_infrastructure", placed


def test_ai_era_categories_have_anchor_occupations_instead() -> None:
    frame = shipped_frame()
    for cid in ("ai_orchestration", "model_evaluation", "oversight_ops", "ai_cost_management"):
        assert frame.anchors[cid]
        assert cid not in frame.category_of.values()


def test_a_rule_naming_an_unknown_category_is_an_error() -> None:
    raw = {"rules": {"": "no_such_category"}, "anchors": {}}
    with pytest.raises(KnowledgeBaseError, match="no_such_category"):
        build_frame(["11-1011.00"], ["data_analysis"], raw)


def test_an_occupation_no_rule_covers_is_an_error() -> None:
    raw = {"rules": {"15": "data_analysis"}, "anchors": {}}
    with pytest.raises(KnowledgeBaseError, match=r"11-1011\.00"):
        build_frame(["11-1011.00"], ["data_analysis"], raw)


def test_the_longest_rule_prefixing_a_code_frames_it() -> None:
    kb = shipped_knowledge_base()
    rules = {str(k): str(v) for k, v in kb.occupation_frame["rules"].items()}
    for code, category in shipped_frame().category_of.items():
        longest = max((p for p in rules if code.startswith(p)), key=len)
        assert category == rules[longest], code
    cats = sorted(kb.categories)[:4]
    raw = {"rules": {"": cats[0], "15": cats[1], "15-12": cats[2], "15-1252": cats[3]}}
    codes = ["15-1252.00", "15-1251.00", "15-2011.00", "29-1141.00"]
    framed = build_frame(codes, kb.categories, {**raw, "anchors": {}}).category_of
    assert [framed[c] for c in codes] == [cats[3], cats[2], cats[1], cats[0]]


@pytest.mark.parametrize(
    ("role", "skills"),
    [("Mail carrier", "route delivery; scanning"), ("Courier", "parcels; van")],
)
def test_delivery_on_a_route_is_framed_as_driving(engine, role, skills) -> None:
    # A mail carrier had been told "Logistics and supply chain planning" (100%), the
    # frame of dispatchers and freight agents.
    result = engine.score(Profile.create(role, skills, ""))
    assert result.categories[0].id == "transport_driving"
