"""Progress across a client's sessions: exposure trend, skills, closed pivot gaps."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from coach_support import sample_profile, sample_result, with_gaps

from career_resilience.records import Store, save_assessment
from career_resilience.records.history import summaries
from career_resilience.records.progress import (
    Progress,
    progress,
    progress_lines,
    sparkline,
    stored_progress,
)

PIVOT = "ai_orchestration_specialist"


Reader = Callable[[Store, int], Progress]


def _from_sessions(store: Store, client_id: int) -> Progress:
    return progress(store.sessions(client_id))


def _from_store(store: Store, client_id: int) -> Progress:
    return stored_progress(store, summaries(store, client_id))


@pytest.fixture(params=[_from_sessions, _from_store], ids=["sessions", "stored"])
def read(request: pytest.FixtureRequest) -> Reader:
    """Progress of a client, from their full sessions (the app) or read from the store
    for what is shown (``clients show``, the reports): every test runs both."""
    return request.param


def test_sparkline_uses_a_fixed_0_to_100_scale() -> None:
    assert sparkline([0, 50, 100]) == "▁▅█"
    # High but flat stays high; it is not stretched to fill the range.
    assert sparkline([80, 80, 80]) == "▇▇▇"
    assert sparkline([-5, 140]) == "▁█"


def test_each_sparkline_step_goes_the_way_its_shown_score_went() -> None:
    # 71 -> 69 shared one of the eight heights and drew level beside "down 2 points".
    assert sparkline([71, 69]) == "▆▅"
    assert sparkline([80, 81, 79]) == "▇█▇"  # one height each way, no more
    # Never more than one height from its place: a slow drift draws level after a step.
    assert sparkline([71, 69, 67, 65, 63]) == "▆▅▅▅▅"
    assert sparkline([24.8, 25.2]) == "▃▃"  # both read "25": no change, one height
    assert sparkline([0, 1]) == "▁▂" and sparkline([100, 99]) == "█▇"


def test_progress_tracks_exposure_skills_and_closed_gaps(store: Store, read: Reader) -> None:
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
    p = read(store, first.client_id)
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


def test_pivot_dropped_from_latest_result_is_judged_by_reported_skills(
    store: Store, read: Reader
) -> None:
    first = save_assessment(store, "Eli", sample_profile("SQL"), sample_result(), pivot_id=PIVOT)
    latest = sample_result()
    latest["pivots"] = [p for p in latest["pivots"] if p["id"] != PIVOT]
    save_assessment(store, "Eli", sample_profile("SQL", "python"), latest)
    p = read(store, first.client_id)
    assert p.pivot is not None
    assert p.pivot.closed == ("Python",)
    assert p.pivot.remaining == ("Prompt engineering", "Workflow automation")


def test_no_chosen_pivot_and_single_session(store: Store, read: Reader) -> None:
    first = save_assessment(store, "Fay", sample_profile(), sample_result())
    p = read(store, first.client_id)
    assert p.pivot is None and p.skill_changes == () and p.exposures == (78.4,)
    with pytest.raises(ValueError):
        progress([])
    with pytest.raises(ValueError):
        stored_progress(store, [])


def test_progress_sentences_cover_exposure_resilience_and_gaps(store: Store, read: Reader) -> None:
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
    lines = progress_lines(read(store, first.client_id))
    assert lines[0] == "Exposure over 2 sessions: 78 → 78 (no change since the first)."
    assert lines[1] == "Resilience over 2 sessions: 69 → 75 (up 6 points since the first)."
    assert any("Gap skills closed since session 1: Python, Prompt engineering (2 of 3)" in line
               for line in lines)  # fmt: skip


def test_progress_without_a_pivot_says_there_are_no_gaps_to_track(
    store: Store, read: Reader
) -> None:
    first = save_assessment(store, "Hal", sample_profile(), sample_result())
    save_assessment(store, "Hal", sample_profile(), sample_result(resilience=55.0))
    lines = progress_lines(read(store, first.client_id))
    assert "Resilience over 2 sessions: 54 → 55 (up 1 point since the first)." in lines
    assert lines[-1] == "No pivot chosen yet, so there are no gap skills to track."


def test_a_pivot_chosen_with_no_gap_skills_says_so(store: Store, read: Reader) -> None:
    """A nurse who chose Nurse Practitioners (no skills to build) read "Gap skills closed
    since session 1: none yet (0 of 0). Still to build: nothing.", as if some were due."""
    first = save_assessment(
        store, "Ana", sample_profile("SQL"), with_gaps(sample_result(), PIVOT, []), pivot_id=PIVOT
    )
    lines = progress_lines(read(store, first.client_id))
    assert lines[-1] == (
        "Chosen pivot: AI orchestration specialist. No gap skills to build: you had its"
        " skills when you chose it."
    )


def test_a_chosen_pivot_mostly_of_preparation_says_what_its_weeks_are_for(
    store: Store, read: Reader
) -> None:
    """A farmhand's First-Line Supervisors read "No gap skills to build" alone, yet its
    plan is 28 weeks, 26 of them the training a job zone up asks (seen in tmux)."""
    result = with_gaps(sample_result(), PIVOT, [])
    pivot = next(p for p in result["pivots"] if p["id"] == PIVOT)
    pivot["plan"] = [
        {"step": "Crop farming: you already do this.", "weeks": 0.5, "evidence": "An example.",
         "skills": ["Crop farming"], "done": True},
        {"step": "Get the preparation usually asked of First-Line Supervisors (medium "
         "preparation: vocational training or an associate's degree).", "weeks": 26,
         "evidence": "Enrolment.", "skills": [], "done": False},
        {"step": "Talk to two people who do the work.", "weeks": 2, "evidence": "Notes.",
         "skills": [], "done": False},
    ]  # fmt: skip
    first = save_assessment(store, "Jo", sample_profile("SQL"), result, pivot_id=PIVOT)
    lines = progress_lines(read(store, first.client_id))
    assert lines[-1] == (
        "Chosen pivot: AI orchestration specialist. No gap skills to build: you had its"
        " skills when you chose it. Its plan takes about 28 weeks, mostly one step (26"
        " weeks): Get the preparation usually asked of First-Line Supervisors (medium"
        " preparation: vocational training or an associate's degree)."
    )


def test_c_family_skills_are_three_skills_in_progress(store: Store, read: Reader) -> None:
    first = save_assessment(store, "Ida", sample_profile("C"), sample_result())
    save_assessment(store, "Ida", sample_profile("C", "C#", "c++"), sample_result())
    p = read(store, first.client_id)
    assert [(c.added, c.removed) for c in p.skill_changes] == [(("C#", "c++"), ())]


def test_a_pivot_listed_from_a_later_session_counts_gaps_from_there(
    store: Store, read: Reader
) -> None:
    """The first session whose result lists the chosen pivot is where its gaps start,
    even when other sessions' results name it in other places (a label, a plan)."""
    first_result = sample_result()
    first_result["pivots"] = [p for p in first_result["pivots"] if p["id"] != PIVOT]
    first_result["looked_at"] = PIVOT  # the id as a value, not as a listed pivot
    first = save_assessment(store, "Jo", sample_profile("SQL"), first_result)
    save_assessment(store, "Jo", sample_profile("SQL"), sample_result(), pivot_id=PIVOT)
    save_assessment(
        store, "Jo", sample_profile("SQL", "Python"),
        with_gaps(sample_result(), PIVOT, ["Prompt engineering", "Workflow automation"]),
    )  # fmt: skip
    p = read(store, first.client_id)
    assert p.pivot is not None and p.pivot.since_number == 2
    assert p.pivot.closed == ("Python",)


def test_report_progress_stops_at_its_session(store: Store) -> None:
    """A report of an earlier session shows progress up to that session only."""
    first = save_assessment(store, "Kim", sample_profile("SQL"), sample_result(), pivot_id=PIVOT)
    save_assessment(store, "Kim", sample_profile("SQL", "Python"), sample_result(exposure=50.0))
    save_assessment(store, "Kim", sample_profile("Go"), sample_result(exposure=20.0))
    p = stored_progress(store, summaries(store, first.client_id, upto=2))
    assert p.exposures == (78.4, 50.0)
    assert [(c.number, c.added) for c in p.skill_changes] == [(2, ("Python",))]
    assert p == progress(store.sessions(first.client_id)[:2])


def _chosen(result: dict, occupation: str, title: str) -> tuple[dict, dict]:
    """The sample profile with an O*NET occupation chosen, and its result listing it."""
    listed = [{"onet_soc": occupation, "title": title, "probability": 1.0, "consensus_pct": 37.0}]
    profile = dict(sample_profile(), occupation=occupation)
    return profile, dict(result, occupation_chosen=True, occupations=listed)


def test_a_session_scored_as_other_work_is_said_not_to_compare_like_with_like(
    store: Store, read: Reader
) -> None:
    # A nurse saved as placed (53), then after "That's not me" as Psychiatric Technicians
    # (37), read "Exposure over 2 sessions: 53 → 37 (down 16 points...)" as progress.
    save_assessment(store, "Dana", sample_profile(), sample_result(exposure=53.0))
    chosen = _chosen(sample_result(exposure=37.0), "29-2053.00", "Psychiatric Technicians")
    save_assessment(store, "Dana", *chosen)
    lines = progress_lines(read(store, store.find_client("Dana").id))
    assert lines[2] == (
        "Not like for like: session 2 was scored in Psychiatric Technicians, as chosen "
        "(session 1: where the model placed the job title): part of the change in the "
        "figures comes from this."
    )


def test_another_job_title_or_model_is_named_and_capitals_alone_are_not(
    store: Store, read: Reader
) -> None:
    save_assessment(store, "Dana", sample_profile(), sample_result())
    save_assessment(store, "Dana", sample_profile(role="data ANALYST"), sample_result())
    save_assessment(store, "Dana", sample_profile(role="Cashier"), sample_result())
    save_assessment(store, "Dana", sample_profile(role="Cashier"), sample_result(model_version="2"))
    lines = progress_lines(read(store, store.find_client("Dana").id))
    said = [line for line in lines if line.startswith("Not like for like")]
    assert said == [
        "Not like for like: session 3 is for the job title “Cashier” (session 2: “data "
        "ANALYST”); session 4 was scored by model 2 (session 3: "
        f"{sample_result()['model_version']}): part of the change in the figures comes "
        "from this."
    ]


def test_model_versions_changed_often_read_as_one_clause(store: Store, read: Reader) -> None:
    # Each new model was a clause of its own: three updates of the tool crowded out the
    # change of job title a coach needs to see ("... and 1 more change").
    first = sample_result()["model_version"]
    for version, role in (("a", "Cashier"), ("b", "Cashier"), ("b", "Stocker"), ("c", "Stocker")):
        if version == "a":
            save_assessment(store, "Dana", sample_profile(role=role), sample_result())
        save_assessment(
            store, "Dana", sample_profile(role=role), sample_result(model_version=version)
        )
    lines = progress_lines(read(store, store.find_client("Dana").id))
    said = [line for line in lines if line.startswith("Not like for like")]
    assert said == [
        f"Not like for like: the model changed at sessions 2, 3 and 5 ({first} → a → b → c); "
        "session 4 is for the job title “Stocker” (session 3: “Cashier”): part of the "
        "change in the figures comes from this."
    ]


def test_the_same_work_each_session_says_nothing_of_it(store: Store, read: Reader) -> None:
    for exposure in (78.0, 70.0):
        save_assessment(store, "Dana", sample_profile(), sample_result(exposure=exposure))
    lines = progress_lines(read(store, store.find_client("Dana").id))
    assert not any("like for like" in line for line in lines)


def test_a_stored_job_title_with_escapes_is_drawn_not_obeyed(store: Store, read: Reader) -> None:
    save_assessment(store, "Dana", sample_profile(), sample_result())
    save_assessment(store, "Dana", sample_profile(), sample_result())
    # Straight into the file, as a record from before cleaning could hold it.
    store.conn.execute(
        "UPDATE sessions SET profile = json_set(profile, '$.role', ?) WHERE number = 2",
        ("Nurse\x1b[2J",),
    )
    store.conn.commit()
    lines = progress_lines(read(store, store.find_client("Dana").id))
    assert "“Nurse\\x1b[2J” (session 1: “Data analyst”)" in lines[2]
    assert "\x1b" not in "".join(lines)


def test_progress_says_why_resilience_moved(store: Store, read: Reader) -> None:
    # A cashier who added "stock control" saw resilience 39 -> 45 on their record with
    # nothing saying why: the skill widened the skills' breadth, not the job's outlook.
    parts = {"risk": 21.29, "outlook": 7.62, "breadth": 9.84, "skill_kinds": 2}
    first = save_assessment(
        store,
        "Lee",
        sample_profile("Cash handling", role="Cashier"),
        sample_result(resilience=38.7, resilience_parts=parts),
    )
    wider = {"risk": 21.24, "outlook": 7.51, "breadth": 15.8, "skill_kinds": 4}
    save_assessment(
        store,
        "Lee",
        sample_profile("Cash handling", "Stock control", role="Cashier"),
        sample_result(resilience=44.6, resilience_parts=wider),
    )
    assert progress_lines(read(store, first.client_id))[1:3] == [
        "Resilience over 2 sessions: 39 → 45 (up 6 points since the first).",
        "Why: your skills now span 4 kinds of work, was 2.",
    ]
    # A session saved before resilience had parts says no why.
    save_assessment(store, "Kim", sample_profile(), sample_result(resilience=30.0))
    kim = save_assessment(
        store, "Kim", sample_profile(), sample_result(resilience=44.6, resilience_parts=wider)
    )
    assert not progress_lines(read(store, kim.client_id))[2].startswith("Why")
