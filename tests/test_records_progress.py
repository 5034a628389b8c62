"""Progress across a client's sessions: exposure trend, skills, closed pivot gaps."""

from __future__ import annotations

import pytest
from coach_support import sample_profile, sample_result, with_gaps

from career_resilience.records import Store, save_assessment
from career_resilience.records.progress import progress, progress_lines, sparkline

PIVOT = "ai_orchestration_specialist"


def test_sparkline_uses_a_fixed_0_to_100_scale() -> None:
    assert sparkline([0, 50, 100]) == "▁▅█"
    # High but flat stays high; it is not stretched to fill the range.
    assert sparkline([80, 81, 79]) == "▇▇▇"
    assert sparkline([-5, 140]) == "▁█"


def test_progress_tracks_exposure_skills_and_closed_gaps(store: Store) -> None:
    first = save_assessment(
        store, "Dana", sample_profile("SQL", "Excel", "Tableau"), sample_result(), pivot_id=PIVOT
    )
    save_assessment(
        store,
        "Dana",
        sample_profile("SQL", "excel", "Python"),  # case changes are not changes
        with_gaps(
            sample_result(exposure=70.0), PIVOT, ["Prompt engineering", "Workflow automation"]
        ),
    )
    save_assessment(
        store,
        "Dana",
        sample_profile("SQL", "Excel", "Python", "Prompt Engineering"),
        with_gaps(sample_result(exposure=62.5), PIVOT, ["Workflow automation"]),
    )
    p = progress(store.sessions(first.client_id))
    assert p.exposures == (78.4, 70.0, 62.5)
    assert p.sparkline == sparkline([78.4, 70.0, 62.5])
    assert progress_lines(p)[0] == (
        "Exposure over 3 sessions: 78 → 70 → 63 (down 15 points since the first)."
    )
    assert [(c.number, c.added, c.removed) for c in p.skill_changes] == [
        (2, ("Python",), ("Tableau",)),
        (3, ("Prompt Engineering",), ()),
    ]
    assert p.pivot is not None
    assert p.pivot.label == "AI orchestration specialist"
    assert p.pivot.gaps_at_start == ("Python", "Prompt engineering", "Workflow automation")
    assert p.pivot.closed == ("Python", "Prompt engineering")
    assert p.pivot.remaining == ("Workflow automation",)


def test_pivot_dropped_from_latest_result_is_judged_by_reported_skills(store: Store) -> None:
    first = save_assessment(store, "Eli", sample_profile("SQL"), sample_result(), pivot_id=PIVOT)
    latest = sample_result()
    latest["pivots"] = [p for p in latest["pivots"] if p["id"] != PIVOT]
    save_assessment(store, "Eli", sample_profile("SQL", "python"), latest)
    p = progress(store.sessions(first.client_id))
    assert p.pivot is not None
    assert p.pivot.closed == ("Python",)
    assert p.pivot.remaining == ("Prompt engineering", "Workflow automation")


def test_no_chosen_pivot_and_single_session(store: Store) -> None:
    first = save_assessment(store, "Fay", sample_profile(), sample_result())
    p = progress(store.sessions(first.client_id))
    assert p.pivot is None and p.skill_changes == () and p.exposures == (78.4,)
    with pytest.raises(ValueError):
        progress([])


def test_progress_sentences_cover_exposure_resilience_and_gaps(store: Store) -> None:
    """Exposure alone can read "no change" while resilience rose and gaps closed."""
    first = save_assessment(
        store, "Gus", sample_profile("SQL"), sample_result(resilience=69.0), pivot_id=PIVOT
    )
    save_assessment(
        store,
        "Gus",
        sample_profile("SQL", "Python"),
        with_gaps(sample_result(resilience=75.4), PIVOT, ["Workflow automation"]),
    )
    lines = progress_lines(progress(store.sessions(first.client_id)))
    assert lines[0] == "Exposure over 2 sessions: 78 → 78 (no change since the first)."
    assert lines[1] == "Resilience over 2 sessions: 69 → 75 (up 6 points since the first)."
    assert any("Gap skills closed since session 1: Python, Prompt engineering (2 of 3)" in line
               for line in lines)  # fmt: skip


def test_progress_without_a_pivot_says_there_are_no_gaps_to_track(store: Store) -> None:
    first = save_assessment(store, "Hal", sample_profile(), sample_result())
    save_assessment(store, "Hal", sample_profile(), sample_result(resilience=55.0))
    lines = progress_lines(progress(store.sessions(first.client_id)))
    assert "Resilience over 2 sessions: 54 → 55 (up 1 point since the first)." in lines
    assert lines[-1] == "No pivot chosen yet, so there are no gap skills to track."


def test_c_family_skills_are_three_skills_in_progress(store: Store) -> None:
    first = save_assessment(store, "Ida", sample_profile("C"), sample_result())
    save_assessment(store, "Ida", sample_profile("C", "C#", "c++"), sample_result())
    p = progress(store.sessions(first.client_id))
    assert [(c.added, c.removed) for c in p.skill_changes] == [(("C#", "c++"), ())]
