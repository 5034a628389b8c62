"""A licence is a claim about the person: read from a weaker match only where the
matches holding it are more likely than not (``pivot_shown.LICENSED``)."""

from __future__ import annotations

from pivot_support import advise

from career_resilience.model.pivot_shown import own_work

SELF_ENRICHMENT, CTE_SECONDARY = "25-3021.00", "25-2032.00"
ELEMENTARY, MIDDLE = "25-2021.00", "25-2022.00"


def test_a_weaker_licensed_reading_under_half_the_match_holds_no_licence():
    """An instructor placed 55% self-enrichment teaching and 40% career/technical
    teaching is more likely unlicensed than licensed: the school teaching is not their
    own work. A teacher split between two licensed readings holds the licence both do."""
    assert CTE_SECONDARY not in own_work(((SELF_ENRICHMENT, 0.55), (CTE_SECONDARY, 0.40)))
    assert set(own_work(((ELEMENTARY, 0.5), (MIDDLE, 0.45)))) == {ELEMENTARY, MIDDLE}


def test_such_an_instructor_is_told_school_teaching_asks_the_licence(scorer, matcher):
    """Such a "Driving instructor" had been shown four special education and
    kindergarten teaching moves first, none asking school, as if already licensed."""
    codes = {SELF_ENRICHMENT: 0.55, CTE_SECONDARY: 0.40}
    advice = advise(scorer, matcher, codes, ["lesson planning", "road safety"], limit=8)
    teaching = [p for p in advice.pivots if p.onet_soc.startswith(("25-205", "25-201"))]
    assert teaching, [p.label for p in advice.pivots]
    for p in teaching:
        assert "state teaching licence" in " ".join(p.fit_reasons), p.label
