"""A relative out of the person's reach whose only claim is a minor match is that guess's
move, not theirs (``pivot_rules.move_rules``: a relative's tier under ``ROLE_FROM`` of
the top match's)."""

from __future__ import annotations

from career_resilience.model.profile import Profile


def _labels(engine, role: str, skills: str = "", duties: str = "") -> list[str]:
    return [
        p["label"] for p in engine.score(Profile.create(role, skills, duties)).to_dict()["pivots"]
    ]


def test_a_minor_matchs_relative_out_of_reach_is_no_move(engine) -> None:
    """A studio potter (Broadcast Technicians 6% for "studio") had been offered radio and
    cell tower installing first, fit 40%, none of its skills; a toll booth collector
    (Bill and Account Collectors 6% for "collector") loan officer work, +32 exposure."""
    potter = _labels(
        engine,
        "Studio potter",
        "wheel throwing; glazing; kiln firing",
        "make bowls and mugs; sell at craft fairs",
    )
    assert "Radio, Cellular, and Tower Equipment Installers and Repairers" not in potter
    assert potter  # the step up in their own line is still there
    assert "Loan Officers" not in _labels(engine, "Toll booth collector")
    # A relative of the person's own work stays: a mail carrier's courier work.
    assert "Couriers and Messengers" in _labels(engine, "Mail carrier")
