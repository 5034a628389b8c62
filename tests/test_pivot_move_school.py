"""No move sends someone to doctoral, law or medical school, and a move that asks
years of study comes after the moves that do not (``model/pivot_rules.py``,
``model/pivot_order.py``)."""

from __future__ import annotations

from pivot_support import advise

from career_resilience.model.profile import Profile


def test_a_nurse_is_not_sent_to_doctoral_school_for_anesthesia(scorer, matcher):
    """Nurse anesthetist programmes admit only doctoral students: years of full-time study
    after critical-care work, not a plan beside a nurse's job (nurse practitioner stays)."""
    advice = advise(scorer, matcher, {"29-1141.00": 0.95}, ["patient assessment"], resilience=50)
    labels = [p.label for p in advice.pivots]
    assert "Nurse Anesthetists" not in labels, labels
    assert "Nurse Practitioners" in labels, labels


def test_a_mediator_is_not_sent_to_law_school_for_a_judgeship(scorer, matcher, engine):
    """Arbitrators and mediators enter with a bachelor's degree (BLS), not a law degree:
    filed with judges as doctoral work, a mediator had judgeships first (fit 82%) and
    lawyers third, and no one else was offered mediation (a claims adjuster)."""
    mediator = advise(scorer, matcher, {"23-1022.00": 0.94}, ["mediation"], limit=8)
    codes = {p.onet_soc[:7] for p in mediator.pivots}
    assert not codes & {"23-1011", "23-1021", "23-1023"}, codes
    adjuster = engine.score(Profile.create("Claims adjuster", "claims investigation; negotiation"))
    assert any(p.onet_soc == "23-1022.00" for p in adjuster.pivots), adjuster.pivots


def test_a_nurse_is_not_sent_to_medical_school_and_is_told_what_a_degree_takes(scorer, matcher):
    advice = advise(scorer, matcher, {"29-1141.00": 0.95}, ["patient assessment"], resilience=50)
    assert not any(p.onet_soc.startswith("29-12") for p in advice.pivots)
    practitioner = next(p for p in advice.pivots if p.label == "Nurse Practitioners")
    assert any("graduate degree" in line for line in practitioner.fit_reasons)


def test_two_job_zones_up_come_after_the_moves_that_ask_no_years_of_study(engine):
    # An optician's first move was orthotics and prosthetics (a master's, two job zones
    # up), above dental assisting at the same fit and their own zone, with no word why.
    pivots = engine.score(Profile.create("Optician", "eyeglass fitting; customer service", ""))
    labels = [p.label for p in pivots.pivots]
    far = labels.index("Orthotists and Prosthetists")
    assert labels.index("Dental Assistants") < far, labels
    assert all(p.job_zone_step < 2 for p in pivots.pivots[:far]), labels
    assert "Ranked above Orthotists and Prosthetists" in pivots.pivots[0].why
