"""A move at the person's own job zone or below out of shrinking work, into work BLS sees
clearly better, is a change worth offering even under the typical occupation's growth."""

from __future__ import annotations

from career_resilience.model.pivot_rules import OWN_SHRINKING
from career_resilience.model.pivot_thresholds import LONG_SHOT_BELOW
from career_resilience.model.profile import Profile


def test_a_farmer_is_offered_work_that_fits_before_long_shots(engine) -> None:
    """A farmer (BLS −5%) was shown three long shots, Animal Breeders (fit 12%) first:
    forest and conservation technician work (fit 65%, BLS +0.6%, +13 points of
    resilience) had been left out for demand under the typical occupation's +3%."""
    result = engine.score(Profile.create("Farmer", "crops; livestock; farm machinery"))
    assert result.outlook_change_pct is not None and result.outlook_change_pct <= OWN_SHRINKING
    first = result.pivots[0]
    assert first.label == "Forest and Conservation Technicians", [p.label for p in result.pivots]
    assert first.fit >= LONG_SHOT_BELOW


def test_a_farm_hand_is_offered_animal_breeding(engine) -> None:
    """A farm hand who milks and feeds livestock (farmworkers, BLS −5%) had no move into
    animal breeding (fit 94%, BLS +2%)."""
    result = engine.score(
        Profile.create("Farm hand", "milking; feeding livestock; tractor driving")
    )
    labels = [p.label for p in result.pivots]
    assert "Animal Breeders" in labels, labels
