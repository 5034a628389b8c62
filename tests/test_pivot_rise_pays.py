"""The more a move raises exposure, the more resilience it must add (``RISE_GAIN_SHARE``
in ``model/pivot_thresholds.py``)."""

from __future__ import annotations

from career_resilience.model.profile import Profile


def _pivots(engine, role: str, skills: str = "", duties: str = "") -> list[dict]:
    return engine.score(Profile.create(role, skills, duties)).to_dict()["pivots"]


def test_a_large_rise_in_exposure_must_pay_a_share_of_it(engine) -> None:
    """A pharmacy aide had been offered medical records work, from 42 to 90 exposed, for
    +6.8 resilience, "yet still a good move"; their step to pharmacy technician work (+20
    exposure, the work they assist) stays, as do moves that pay for their rise."""
    aide = _pivots(
        engine,
        "Pharmacy aide",
        "stocking; cash register; prescription pickup",
        "ring up prescriptions",
    )
    labels = [p["label"] for p in aide]
    assert "Medical Records Specialists" not in labels
    assert "Pharmacy technician" in labels
    for pivot in aide:  # every rise past 10 points shown pays a fifth of it, or is a step
        if pivot["exposure_change"] > 10 and pivot["resilience_change"] < 5:
            assert "step up" in pivot["why"] or "work you assist" in pivot["why"], pivot
    # A cashier's Customer AI operations lead (+29 exposure, +30 resilience) still pays.
    assert "Customer AI operations lead" in [p["label"] for p in _pivots(engine, "Cashier")]
