"""Years of school first are no case for a move that leaves the person no more
resilient (``pivot_rules.move_rules``: a degree move must gain, unless it is a step up
in their own line or the next rung of their licence's ladder)."""

from __future__ import annotations

from career_resilience.model.pivot_thresholds import MIN_GAIN
from career_resilience.model.profile import Profile

SCHOOL_FIRST = ("years of school first", "licensed occupation", "the plan adds the time")
STEP_UP = ("supervises or inspects work of your kind", "manages work of your kind")


def _school_for_nothing(pivots):
    """The pivots that ask school or a licence first and gain under MIN_GAIN."""
    return [
        (p.label, round(p.resilience_change, 1))
        for p in pivots
        if any(w in r for r in p.fit_reasons for w in SCHOOL_FIRST)
        and not any(w in r for r in p.fit_reasons for w in STEP_UP)
        and p.resilience_change < MIN_GAIN
    ]


def test_a_residency_or_a_licence_degree_is_not_offered_for_no_gain(engine):
    """A psychiatrist had been offered emergency medicine, rehabilitation medicine and
    orthopaedic surgery (3-5 years of residency each, about -2 resilience); a massage
    therapist a physical therapist assistant's degree and licence (-1); a preschool
    teacher special education teaching (a bachelor's and a licence, -0.2)."""
    for typed in (
        ("Psychiatrist", "psychotherapy; prescribing", "see outpatients; admit to the ward"),
        ("Massage therapist", "sports massage; trigger point", "work at a spa"),
        ("Preschool teacher", "circle time; early literacy", ""),
    ):
        pivots = engine.score(Profile.create(*typed)).pivots
        assert not _school_for_nothing(pivots), (typed[0], _school_for_nothing(pivots))
