"""Occupations of one SOC group among a person's pivots: a specialty that asks what its
group's other occupation asks is one move, not two (``model/pivot_routes.twins``); one
that asks its own skills says why its figures match (``wording.same_group``)."""

from __future__ import annotations

from career_resilience.model.profile import Profile

LABORERS, RECYCLING = "53-7062.00", "53-7062.04"
PLUMBERS, SOLAR_THERMAL = "47-2152.00", "47-2152.04"


def test_a_specialty_asking_nothing_of_its_own_is_not_listed_twice(engine):
    """A warehouse picker had read Laborers and Freight Movers first and Recycling and
    Reclamation Workers third: fit 78%, exposure 6, resilience +4 and the one gap
    Material handling, each. Only the better ranked is listed, and another move takes
    the place."""
    profile = Profile.create("Warehouse picker", "order picking; forklift; inventory", "")
    pivots = engine.score(profile, max_pivots=10).pivots
    codes = [p.onet_soc for p in pivots]
    assert LABORERS in codes
    assert RECYCLING not in codes
    assert len(pivots) >= 5


def test_a_specialty_with_its_own_skills_says_why_its_figures_match(engine):
    """An HVAC technician read plumbing and solar thermal installation at fit 70%,
    exposure 16, resilience 72 and BLS +2% each, as if one move were listed twice: the
    later one says the figures are the group's and what tells them apart."""
    profile = Profile.create(
        "HVAC technician", "HVAC repair; refrigeration; troubleshooting; solar panels", ""
    )
    pivots = engine.score(profile).pivots
    codes = [p.onet_soc for p in pivots]
    first, second = (
        pivots[codes.index(c)] for c in sorted((PLUMBERS, SOLAR_THERMAL), key=codes.index)
    )
    assert "(SOC 47-2152)" in second.why and first.label in second.why
    assert "SOC" not in first.why
    assert first.gap_skills != second.gap_skills


def test_a_specialty_of_the_persons_own_group_says_why_it_is_listed(engine):
    """A civil engineer read transportation engineering first at ±0 exposure and ±0
    resilience, "About as exposed to AI as your work now", with no word of why a move
    that changes nothing is listed: the sources publish one set of figures for the
    group (SOC 17-2051), so the move is the work itself, no safer place."""
    for typed, code in (
        (("Civil engineer", "AutoCAD; drainage design", "design roads for the county"), "17-2051"),
        (("Biostatistician", "SAS; survival analysis", ""), "15-2041"),
    ):
        pivots = engine.score(Profile.create(*typed)).pivots
        same = [p for p in pivots if p.onet_soc.startswith(code) and p.kind == "related"]
        assert same, [p.label for p in pivots]
        assert "same occupation group as your own work" in same[0].why, same[0].why
        assert f"SOC {code}" in same[0].why
        assert "no safer place" in same[0].why
