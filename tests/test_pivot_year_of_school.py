"""A move that asks a year of school first (a surgical assisting programme and its
certification) is listed above a quicker move only where it is clearly the better move:
a nursing assistant's first move had been surgical assisting, above psychiatric
technician work that fits better and adds about as much resilience."""

from __future__ import annotations

import numpy as np

from career_resilience import wording
from career_resilience.contract import PivotOption
from career_resilience.model.pivot_level import SCHOOL_FIT, school_places
from career_resilience.model.pivot_thresholds import MIN_GAIN
from career_resilience.model.profile import Profile


def test_a_year_of_school_goes_after_a_quicker_move_it_does_not_clearly_better() -> None:
    """Surgical assisting (fit 64%, +7.5, slow), medical assisting (52%, +8.2),
    psychiatric technician work (69%, +6.4): after the psychiatric technicians, the
    last quick move it does not better."""
    slow = np.array([True, False, False])
    quick = ~slow
    change, fit = np.array([7.5, 8.2, 6.4]), np.array([0.64, 0.52, 0.69])
    assert school_places([0, 1, 2], slow, quick, change, fit) == [1, 2, 0]
    # Clearly better on one count (fit by SCHOOL_FIT, or MIN_GAIN points), it stays first.
    better_fit = np.array([0.64, 0.52, 0.63 - SCHOOL_FIT])
    assert school_places([0, 1, 2], slow, quick, change, better_fit) == [0, 1, 2]
    more = np.array([6.4 + MIN_GAIN, 8.2 - MIN_GAIN, 6.4])
    assert school_places([0, 1, 2], slow, quick, more, fit) == [0, 1, 2]
    # Only quick moves pass it (a step down, a long shot, another year of school).
    assert school_places([0, 1, 2], slow, np.array([False, False, False]), change, fit) == [
        0,
        1,
        2,
    ]


def test_a_nursing_assistant_is_first_shown_moves_open_now(engine):
    """CNA: surgical assisting (a programme of one to two years and a certification)
    had been first, above psychiatric technicians (fit 69%, a few weeks away)."""
    pivots = engine.score(Profile.create("CNA", "bathing; vitals; feeding")).to_dict()["pivots"]
    labels = [p["label"] for p in pivots]
    surgical = labels.index("Surgical Assistants")
    assert labels[0] == "Psychiatric Technicians", labels
    assert surgical > labels.index("Psychiatric Technicians")
    # Medical assisting (52%) is clearly bettered by surgical assisting's fit: after it.
    assert surgical < labels.index("Medical Assistants")


def test_an_ambulance_drivers_first_move_is_the_emt_course_not_the_paramedic_programme(engine):
    """Paramedic work (an EMT course, then a paramedic programme) had come first. O*NET
    lists "Ambulance Driver" under emergency medical technicians too, so that work, a
    course away and the first rung to paramedic work, fits best and comes first; one
    route per licence (``pivot_routes``) shows it, not also the paramedic's."""
    pivots = engine.score(Profile.create("Ambulance driver", "")).to_dict()["pivots"]
    labels = [p["label"] for p in pivots]
    assert labels[0] == "Emergency Medical Technicians", labels
    assert pivots[0]["fit_reasons"][0].startswith(wording.TITLED_FIT), pivots[0]["fit_reasons"]
    assert "Paramedics" not in labels


def test_the_words_say_a_year_not_years() -> None:
    """The move above one asking a year says so, as it says years of one asking years."""
    option = PivotOption("a", "A", "c", 20.0, 60.0, 0.52, (), (), (), "", "")
    slow = PivotOption("b", "B", "c", 10.0, 60.0, 0.64, (), (), (), "", "")
    said = wording.ranked_above([option, slow], 52.0, (), (False, False), None, (), (False, True))
    assert said[0].endswith(f"B (fit 64%), {wording.YEAR_FIRST}.")
    years = wording.ranked_above([option, slow], 52.0, (), (False, True), None, (), (False, False))
    assert years[0].endswith(f"B (fit 64%), {wording.YEARS_FIRST}.")
