"""Moves that change nothing a person can weigh are not offered (``pivot_rules``): a zone
up into shrinking work for about the same resilience, or a close move whose figures
are the person's own."""

from __future__ import annotations

import pytest

from career_resilience.model.grounded import outlook_word
from career_resilience.model.pivot_thresholds import MIN_GAIN
from career_resilience.model.profile import Profile


def _climbs(result) -> list[str]:
    """Related moves a job zone up into shrinking work that add under MIN_GAIN points."""
    return [
        p.label
        for p in result.pivots
        if p.kind == "related"
        and p.job_zone_step > 0
        and p.bls_change_pct is not None
        and outlook_word(p.bls_change_pct) == "shrinking"
        and abs(p.resilience_change) < MIN_GAIN
    ]


@pytest.mark.parametrize(
    "role, skills, duties",
    [
        # Wood patternmaking: a zone up, -5%, 16 points more exposed, -0.7 resilience.
        ("Tailor", "custom suits; fitting; hand sewing", "make and alter suits for clients"),
        # Brokerage and new accounts clerks: a zone up, -9% and -14%, about -1.
        ("Call center agent", "", ""),
    ],
)
def test_no_zone_up_into_shrinking_work_for_nothing(engine, role, skills, duties) -> None:
    result = engine.score(Profile.create(role, skills, duties))
    assert result.pivots, result.pivot_note
    assert not _climbs(result), [p.label for p in result.pivots]


def test_no_close_move_whose_figures_are_ones_own(engine) -> None:
    # A glassblower (need not move) had been shown manufacturing potters, the same SOC
    # group: "+0" exposure and "+0" resilience, a job zone up.
    result = engine.score(
        Profile.create("Glassblower", "glassblowing; annealing", "make art glass pieces")
    )
    same = [
        p.label
        for p in result.pivots
        if abs(p.exposure_change) < 0.5 and abs(p.resilience_change) < 0.5
    ]
    assert result.pivots and not same, [p.label for p in result.pivots]
