"""A specialty O*NET details under an occupation wins a title only when it is named."""

from __future__ import annotations

import pytest
from placement_support import first_match

from career_resilience.model.profile import Profile


@pytest.mark.parametrize(
    ("role", "skills", "placed", "behind"),
    [
        # "team supervisor" is as near a biomass plant's "Operations Supervisor" as a
        # general manager's title: biomass power plant managers had come first (8%).
        ("Team lead", "coaching; scheduling; reporting", "11-1021.00", "11-3051.04"),
        ("Manager", "budgets; hiring; reporting", "11-1021.00", "11-3051.04"),
        # Listed exactly by general and operations managers, facilities managers and
        # biomass power plant managers; the skills read biomass plants no better than
        # general management, and biomass took 27% (46% for general managers).
        ("Operations supervisor", "scheduling; KPIs; staff", "11-1021.00", "11-3051.04"),
        # Wind energy operations managers list "Site Manager" too (30%).
        (
            "Site manager",
            "construction; health and safety; subcontractors",
            "11-9021.00",
            "11-9199.09",
        ),
        # Listed under industrial production managers and four of their specialties;
        # biomass power plant managers' official title holds "plant manager" (36%).
        ("Plant manager", "", "11-3051.00", "11-3051.04"),
        # "Production Plant Manager" is listed only under biofuels production managers
        # (95% with "production").
        ("Plant manager", "production; lean", "11-3051.00", "11-3051.03"),
        # "Spa Managers" is a short official title: as near "department manager" as any
        # manager's (14%, second); its own word "spa" is not typed.
        ("Department manager", "", "41-1011.00", "11-9179.02"),
        # A middle manager manages managers: not a first-line office supervisor (76%).
        ("Middle manager", "people management; reporting; Excel", "11-1021.00", "43-1011.00"),
    ],
)
def test_a_title_that_names_no_specialty_goes_to_the_work_most_hold(
    engine, role, skills, placed, behind
):
    shown = {
        o.onet_soc: o.probability for o in engine.score(Profile.create(role, skills)).occupations
    }
    assert next(iter(shown)) == placed
    assert shown.get(behind, 0.0) < 0.1


def test_a_specialty_tied_on_a_title_goes_below_the_tie_not_just_under_it(engine):
    # "Team lead" reads "team supervisor": 0.502 as near a biomass plant's "Operations
    # Supervisor" as a general manager's title, and the next title outside the tie
    # 0.4995; going "behind" the tie left biomass power plant managers at 8%, second.
    shown = {
        o.onet_soc: o.probability
        for o in engine.score(
            Profile.create("Team lead", "coaching; scheduling; reporting")
        ).occupations
    }
    assert shown.get("11-3051.04", 0.0) < 0.01


def test_a_word_of_the_title_only_the_specialty_s_official_title_holds_names_it(engine):
    # O*NET lists "Border Patrol Agent" under police patrol officers and their specialty
    # customs and border protection officers, whose official title alone holds "border":
    # the specialty had gone behind the tie (0%, police 100%).
    shown = {
        o.onet_soc: o.probability
        for o in engine.score(Profile.create("Border patrol agent")).occupations
    }
    assert shown.get("33-3051.04", 0.0) > 0.2, shown


def test_a_specialty_the_skills_read_as_well_as_the_others_keeps_an_exact_tie(engine):
    # "Data analyst" is listed by business intelligence analysts and data scientists
    # among others; Tableau and SQL read the specialty as well as any of them.
    assert first_match(engine, "Data analyst", "Tableau; SQL")[0] == "15-2051.01"


@pytest.mark.parametrize(
    ("role", "placed"),
    [
        ("Wind farm operations manager", "11-9199.09"),
        ("Biomass plant manager", "11-3051.04"),
        ("Spa manager", "11-9179.02"),
        ("Nanny", "39-9011.01"),
        ("Scrum master", "15-1299.09"),
    ],
)
def test_a_named_specialty_keeps_its_title(engine, role, placed):
    assert first_match(engine, role)[0] == placed


@pytest.mark.parametrize(
    ("skills", "placed"),
    [
        # "CNC Machine Operator" is listed under CNC tool operators and packaging and
        # filling machine operators too, who came first on their employment (57%).
        ("CNC; quality checks", "51-9161.00"),
        ("CNC lathe; blueprints", "51-9161.00"),
    ],
)
def test_a_skill_that_qualifies_a_title_names_the_lister_holding_it(engine, skills, placed):
    assert first_match(engine, "Machine operator", skills)[0] == placed


def test_a_title_text_names_a_specialty_by_its_own_word_or_that_word_s_stem(engine) -> None:
    """Guards the naming index (a speed change: official_unnamed looked every specialty
    up against every word) against the rule: a specialty's official-title cosine stays
    its own only where the text holds one of its own words, or a word of five letters or
    more sharing that word's first five; elsewhere it falls to its parent's."""
    import numpy as np

    from career_resilience.model.title_employment import specialties
    from career_resilience.model.title_specialty import official_unnamed, specialty_names

    codes = engine.match_tables.codes
    parent = specialties(codes)[0]
    spec = {k: names for k, names in specialty_names(codes).items() if names}
    high = np.ones(len(codes), np.float32)
    high[parent[parent >= 0]] = 0.25  # parents lower than their specialties
    for k, names in spec.items():
        for word, named in [
            (min(names), True),
            *([(min(names)[:5] + "xq", True)] if len(min(names)) >= 5 else []),
            ("zzzzq", False),
        ]:
            official = high.copy()
            official_unnamed(codes, word, official)
            stays = official[k] == 1.0
            by_rule = named or any(n == word for n in names)
            assert stays == by_rule, (codes[k], sorted(names), word)
