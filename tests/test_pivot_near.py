"""Close moves that cost some resilience fill a short list (``pivot_thresholds.NEAR_COST``):
a worker whose own work is more resilient than every relative's is shown where their
experience carries, each move with what it costs, not an empty list."""

from __future__ import annotations

import pytest

from career_resilience import wording
from career_resilience.model.pivot_moves import same_job
from career_resilience.model.pivot_thresholds import NEAR_COST, NEAR_FILL
from career_resilience.model.profile import Profile

CLOSE = "one of the moves closest to your work"


def _close_moves(result) -> list:
    return [p for p in result.pivots if CLOSE in p.why]


def test_a_veterinary_technician_is_shown_the_closest_moves_with_their_cost(engine) -> None:
    # Resilience 81 (growing +21%, little exposed): every relative costs resilience, and
    # the list had been empty under "you do not need to move".
    result = engine.score(
        Profile.create("Veterinary technician", "animal care; anesthesia; lab work")
    )
    assert len(result.pivots) >= NEAR_FILL
    close = _close_moves(result)
    assert "29-9093.00" in {p.onet_soc for p in close}  # surgical assisting
    for p in close:
        assert p.why.startswith("Less resilient (−"), p.why
        assert "your own work is the more resilient" in p.why
        assert result.resilience - p.resilience < NEAR_COST + 1


def test_a_craft_artist_is_told_the_close_moves_are_listed(engine) -> None:
    # (A community health worker's one close move, healthcare social work, asks a
    # social work degree for -3: no move since 2026-12-07, ``pivot_rules``' near.)
    result = engine.score(Profile.create("Craft Artists"))
    assert result.pivots, result.pivot_note
    assert wording.CLOSE_MOVES_LISTED in result.pivot_note
    assert all(p.resilience < result.resilience for p in _close_moves(result))


@pytest.mark.parametrize(
    ("role", "skills"),
    [
        ("Lawyer", "litigation; contracts; legal research"),
        ("Hairdresser", "cutting; colouring; customer care"),
        ("Taxi driver", "navigation; customer service"),
        ("Plumber", "pipe fitting; soldering; boilers"),
    ],
)
def test_close_moves_only_fill_a_short_list_after_the_moves_that_raise(
    engine, role: str, skills: str
) -> None:
    result = engine.score(Profile.create(role, skills))
    close = _close_moves(result)
    if close:  # long shots only fill a list with room: they do not count
        assert sum(not wording.reads_long_shot(p.fit_reasons) for p in result.pivots) <= NEAR_FILL
    # After every move that fits and raises resilience (long shots may follow).
    for i, p in enumerate(result.pivots):
        if p in close:
            later = result.pivots[i + 1 :]
            assert all(
                q in close or q.fit < 0.25 or q.resilience <= result.resilience for q in later
            ), [q.label for q in later]


def test_therapy_of_another_kind_is_another_job(engine) -> None:
    # "Therapist" names no one job: physical, occupational and family therapy are
    # professions of their own (``pivot_moves.GENERIC_HEADS``). Occupational therapy had
    # been left out of a family therapist's list as the same job elsewhere.
    assert not same_job("Physical Therapists", "Occupational Therapists")
    assert same_job("Cooks, Short Order", "Cooks, Restaurant")
    result = engine.score(Profile.create("Marriage and Family Therapists"))
    assert "29-1122.00" in [p.onet_soc for p in result.pivots]


def test_the_note_counts_the_kinds_of_work_the_resilience_counts(engine) -> None:
    # The skills a title names ("Veterinary technician": veterinary care) count for the
    # gaps only: the note had said "your skills span 5 kinds of work" beside the
    # parts line's 4, and every move's resilience was weighed from a 5-kind "now".
    result = engine.score(
        Profile.create("Veterinary technician", "animal care; anesthesia; lab work")
    )
    kinds = result.resilience_parts.skill_kinds
    assert f"your skills span {kinds} kinds of work" in result.pivot_note


def test_work_that_lists_yours_fills_a_short_list(engine) -> None:
    # O*NET's lists run one way: library technicians list receptionists, not the
    # reverse. A receptionist's list of two had no word of it.
    result = engine.score(Profile.create("Receptionist", "phones; greeting visitors; scheduling"))
    library = next(p for p in result.pivots if p.onet_soc == "25-4031.00")
    assert "O*NET lists Receptionists and Information Clerks among its related occupations" in (
        library.fit_reasons
    )
    assert len(result.pivots) <= NEAR_FILL


@pytest.mark.parametrize(
    ("role", "skills", "move"),
    [
        # Embalming typed, the one core skill of embalmers: activities alone had read the
        # two as less alike than a typical related move, so it was never offered.
        ("Undertaker", "embalming; funeral planning; grief support", "Embalmers"),
        ("Firefighter", "EMT; fire suppression; rescue", "Emergency Medical Technicians"),
    ],
)
def test_holding_half_a_moves_core_skills_shows_it_is_close(engine, role, skills, move):
    """A move about as resilient is offered when it is as close as a typical related
    move; holding half its core skills shows that closeness too (``pivot_rules``
    ``near_work``), at a fit that is no long shot."""
    pivots = engine.score(Profile.create(role, skills)).pivots
    assert move in [p.label for p in pivots], [p.label for p in pivots]
    for p in pivots:
        assert p.fit >= 0.1


@pytest.mark.parametrize(
    ("role", "skills", "move"),
    [
        # O*NET lists librarians among curators' close relatives (not the other way):
        # curator work (fit 44%, +12) had been left out behind two long shots.
        ("School librarian", "book clubs; cataloguing; research skills", "Curators"),
        # Exercise physiology before nurse practitioner work, a long shot for its years
        # of school (occupational therapy, a master's for -2, is no move since
        # 2026-12-07).
        ("Physical therapist", "orthopedic rehab; gait training", "Exercise Physiologists"),
    ],
)
def test_a_close_move_comes_before_the_long_shots_that_fill_a_list(
    engine, role: str, skills: str, move: str
) -> None:
    result = engine.score(Profile.create(role, skills))
    labels = [p.label for p in result.pivots]
    assert move in labels, labels
    at = labels.index(move)
    assert not any(wording.reads_long_shot(p.fit_reasons) for p in result.pivots[:at]), labels


def test_a_job_noun_of_what_is_worked_on_names_the_job(engine) -> None:
    # "Cleaners of Vehicles and Equipment" read as an "equipment" job: car-wash work
    # (fit 95%, +9) came first for a school custodian, never the same job elsewhere.
    assert same_job("Cleaners of Vehicles and Equipment", "Janitors and Cleaners, Except Maids")
    assert not same_job(
        "First-Line Supervisors of Food Preparation and Serving Workers",
        "First-Line Supervisors of Housekeeping and Janitorial Workers",
    )
    typed = ("School custodian", "cleaning; floor care", "clean classrooms; wax floors")
    result = engine.score(Profile.create(*typed))
    assert result.occupations[0].onet_soc == "37-2011.00", result.occupations[0]
    assert "53-7061.00" not in [p.onet_soc for p in result.pivots]
