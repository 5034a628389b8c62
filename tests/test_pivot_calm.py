"""Someone who need not move is shown options where they are, not only a costlier step."""

from __future__ import annotations

from career_resilience.model.profile import Profile


def test_a_resilient_worker_sees_a_move_at_their_level_before_the_costly_step_up(
    engine,
) -> None:
    """A hair stylist (resilience 59, told they need not move) had one pivot: their
    supervisor's step, 10 points less resilient. Moves about as resilient at their own
    job zone, as close as a typical O*NET related move, are their options now, and the
    step up that costs resilience comes last."""
    result = engine.score(Profile.create("hair stylist")).to_dict()
    assert "do not need to move" in result["pivot_note"]
    pivots = result["pivots"]
    assert len(pivots) >= 2
    first, last = pivots[0], pivots[-1]
    assert first["label"] == "Skincare Specialists"
    assert first["job_zone_step"] == 0 and first["kind"] == "related"
    assert abs(first["resilience_change"]) < 2
    assert last["label"].startswith("First-Line Supervisors")
    assert last["resilience_change"] < 0


def test_a_move_out_of_reach_is_not_a_resilient_workers_first_option(engine) -> None:
    """A pilot's first option was Commercial Divers (fit 29%): O*NET lists it only as a
    distant relative of ship pilots (a 13% match), its work less alike than a typical
    related move's and none of its skills held. Out of reach, it comes after the moves
    the pilot has a way into and those at their level."""
    pivots = engine.score(Profile.create("pilot")).to_dict()["pivots"]
    labels = [p["label"] for p in pivots]
    # Since 48fdf13 "pilot" is mostly an airline pilot (the three pilot occupations all
    # list "Pilot"), told they need not move with no option at their level: no list.
    assert labels[:1] != ["Commercial Divers"]
    if "Commercial Divers" in labels:
        assert labels.index("Commercial Divers") > labels.index("Ship Engineers")


def test_a_resilient_worker_is_not_sent_to_years_of_school_for_a_few_points(engine) -> None:
    """A veterinary technician (resilience 80, told they need not move) was offered
    anesthesiologist and physician assistant master's degrees first, two job zones up,
    for +2 points each. Years of study first are an option to them only for a clear
    gain (``pivot_thresholds.YEARS_GAIN``); a step up in their own line still is one."""
    from career_resilience.model.pivot_thresholds import YEARS_GAIN

    for role, skills in (
        ("Veterinary technician", "animal care; anesthesia; lab work"),
        ("Plasterer", "skimming; rendering; dry lining"),
    ):
        result = engine.score(Profile.create(role, skills)).to_dict()
        assert "do not need to move" in result["pivot_note"], role
        assert result["pivots"], role
        for p in result["pivots"]:
            if p["job_zone_step"] >= 2 and not p["label"].startswith("First-Line"):
                assert p["resilience_change"] >= YEARS_GAIN, (role, p["label"])
