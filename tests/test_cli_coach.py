"""The coach commands for clients and their sessions (add, list, show, notes, pivots,
consent), as a user runs them; reports and the records file: test_cli_coach_files."""

from __future__ import annotations

import pytest
from coach_support import run_cli, sample_profile, sample_result, save_two_sessions_of_dana

from career_resilience import wording
from career_resilience.records import Store, save_assessment
from career_resilience.records.models import utc_now


def test_add_list_show_rename_archive(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run_cli(
        capsys, "clients", "add", "Dana Smith", "--note", "Met at the job fair",
        "--consent-date", "2025-01-10", "--consent", "Keep records for a year",
        "--retain-until", "2025-02-01",
    )  # fmt: skip
    assert code == 0 and "Added client Dana Smith (id 1)" in out
    assert run_cli(capsys, "clients", "add", "Bo Lee")[0] == 0

    code, out, _ = run_cli(capsys, "clients", "list")
    assert "Bo Lee" in out and "Dana Smith" in out
    assert "past retention (2025-02-01)" in out and "1 client past their retention" in out

    code, out, _ = run_cli(capsys, "clients", "show", "dana smith")
    assert "Consent: 2025-01-10: Keep records for a year" in out
    assert "private" in out and "Met at the job fair" in out

    assert run_cli(capsys, "clients", "rename", "1", "Dana Jones")[0] == 0
    assert run_cli(capsys, "clients", "archive", "Dana Jones")[0] == 0
    code, out, _ = run_cli(capsys, "clients", "list")
    assert "Dana" not in out
    assert "Dana Jones" in run_cli(capsys, "clients", "list", "--all")[1]
    assert "Dana Jones" in run_cli(capsys, "clients", "list", "--all", "--search", "job fair")[1]
    assert "Bo Lee" not in run_cli(capsys, "clients", "list", "--past-retention")[1]


def test_a_client_without_sessions_says_so_and_how_to_add_one(
    capsys: pytest.CaptureFixture[str],
) -> None:
    run_cli(capsys, "clients", "add", "Anne O'Neil")
    code, out, _ = run_cli(capsys, "clients", "list")
    assert code == 0 and "Anne O'Neil  (no sessions yet)" in out  # was "(0 sessions, last -)"
    code, out, _ = run_cli(capsys, "clients", "show", "Anne O'Neil")
    assert "No sessions yet: resilience score --role ... --client 1 saves one." in out


def test_errors_are_messages_with_exit_codes(capsys: pytest.CaptureFixture[str]) -> None:
    run_cli(capsys, "clients", "add", "Dana Smith")
    code, _, err = run_cli(capsys, "clients", "add", "dana smith")
    assert code == 2 and "already exists" in err
    # A name pasted with a zero-width space looks the same and is the same client.
    code, _, err = run_cli(capsys, "clients", "add", "Da\u200bna Smith")
    assert code == 2 and "already exists" in err
    code, _, err = run_cli(capsys, "clients", "show", "Nobody")
    assert code == 2 and "no client named 'Nobody'" in err
    code, _, err = run_cli(capsys, "report", "Nobody")
    assert code == 2 and "no client named 'Nobody'" in err
    # ... and says where the names are (it had left a coach guessing).
    assert "'resilience clients list' names every client" in err
    code, _, err = run_cli(capsys, "clients", "add", "   ")
    assert code == 2 and "cannot be empty" in err
    code, _, err = run_cli(capsys, "clients", "retention", "Dana Smith", "soon")
    assert code == 2 and "expected a date" in err
    code, _, err = run_cli(capsys, "report", "Dana Smith")
    assert code == 2 and "no sessions yet" in err
    # It says how to add one, not only what is missing.
    assert "score one with 'resilience score --role ... --client 1'" in err
    assert "Traceback" not in err


def test_notes_share_pivot_and_consent(capsys: pytest.CaptureFixture[str]) -> None:
    save_two_sessions_of_dana()
    code, out, _ = run_cli(
        capsys, "clients", "note", "Dana Smith", "Ready for interviews", "--session", "2"
    )
    assert code == 0 and "private note" in out
    note_id = out.split("note ")[1].split()[0]
    assert run_cli(capsys, "clients", "share", note_id)[0] == 0
    code, _, err = run_cli(capsys, "clients", "pivot", "Dana Smith", "astronaut")
    assert code == 2 and "ai_orchestration_specialist" in err
    assert (
        run_cli(capsys, "clients", "pivot", "Dana Smith", "data_product_manager", "--session", "1")[
            0
        ]
        == 0
    )
    assert (
        run_cli(capsys, "clients", "consent", "Dana Smith", "--agreed", "Reports by email")[0] == 0
    )
    code, out, _ = run_cli(capsys, "clients", "show", "Dana Smith")
    # The session line names the chosen pivot as the report and progress line do (it
    # showed the id, "pivot data_product_manager", which nothing else a coach reads shows).
    lines = out.splitlines()
    at = next(n for n, line in enumerate(lines) if line.startswith("    1  "))
    # The session's line and the ones continuing it under the date (80 columns).
    follow = []
    for line in lines[at + 1 :]:
        if not line.startswith(" " * 7) or line[7:8].isspace():
            break
        follow.append(line)
    session_1 = " ".join([lines[at], *(line.strip() for line in follow)])
    assert session_1.endswith("pivot: Data product manager"), session_1
    assert "shared  session 2" in out and "data_product_manager" not in out
    assert "Reports by email" in out and "Progress:" in out
    code, out, _ = run_cli(capsys, "report", "Dana Smith", "--format", "md")
    assert "Ready for interviews" in out and "private worry" not in out
    assert "Data product manager (chosen)" in out


def test_a_pivot_is_chosen_by_the_name_or_number_the_report_shows(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # The report lists "### 2. Data product manager"; the command took only the id
    # ("data_product_manager"), which nothing a coach reads shows, and its error listed
    # ids alone.
    save_two_sessions_of_dana()
    # Before one is chosen, `clients show` says how to record it, as the app names p.
    code, out, _ = run_cli(capsys, "clients", "show", "Dana Smith")
    hint = "  Record one: resilience clients pivot 1 N (N: its number in the report).\n"
    assert code == 0 and f"no gap skills to track.\n{hint}" in out
    code, out, _ = run_cli(capsys, "clients", "pivot", "Dana Smith", "data product MANAGER")
    assert code == 0 and out.strip().endswith("chosen pivot Data product manager.")
    code, out, _ = run_cli(capsys, "clients", "pivot", "Dana Smith", "1")
    assert code == 0 and "chosen pivot AI orchestration specialist." in out
    code, _, err = run_cli(capsys, "clients", "pivot", "Dana Smith", "astronaut")
    assert code == 2 and "give its number, name or id:\n  1. AI orchestration specialist (" in err
    assert "\n  2. Data product manager (data_product_manager)\n" in err  # one a line
    code, out, _ = run_cli(capsys, "report", "Dana Smith", "--format", "md")
    assert "AI orchestration specialist (chosen)" in out
    assert "Record one:" not in run_cli(capsys, "clients", "show", "Dana Smith")[1]


def test_a_consent_dated_after_today_is_refused(capsys: pytest.CaptureFixture[str]) -> None:
    # "2099-01-01" (or a slip of the year) was recorded as the day the client agreed.
    save_two_sessions_of_dana()
    code, _, err = run_cli(
        capsys,
        "clients",
        "consent",
        "Dana Smith",
        "--agreed",
        "Keep records",
        "--date",
        "2099-01-01",
    )
    assert code == 2 and "2099-01-01 is after today" in err
    code, _, err = run_cli(
        capsys, "clients", "add", "Bo Lee", "--consent", "Keep", "--consent-date", "2099-01-01"
    )
    assert code == 2 and "is after today" in err
    code, out, _ = run_cli(capsys, "clients", "show", "Dana Smith")
    assert "Consent: not recorded" in out
    code, out, _ = run_cli(capsys, "clients", "retention", "Dana Smith", "2020-01-01")
    assert code == 0 and "(already past:" in out


def test_a_sure_figure_is_not_said_twice_in_the_session_list(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # A one-occupation match read "exposure 44 (likely 44, moderate)".
    result = sample_result(exposure=44.2)
    result["interval"] = [43.6, 44.4]
    with Store.open() as store:
        save_assessment(store, "Bo Lee", sample_profile(), result)
        save_assessment(store, "Bo Lee", sample_profile(), sample_result())
    code, out, _ = run_cli(capsys, "clients", "show", "Bo Lee")
    assert code == 0 and "exposure 44 (high)" in out and "likely 44" not in out
    assert "exposure 78 (likely 70–85, high)" in out


def test_show_marks_the_sessions_scored_in_a_chosen_placement(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # A nurse saved as placed, then as Psychiatric Technicians ("that's not me"): both
    # session lines read alike, as if the same work was scored twice.
    psych = {"onet_soc": "29-2053.00", "title": "Psychiatric Technicians", "probability": 1.0}
    listed = [dict(psych, consensus_pct=37.0)]
    with Store.open() as store:
        save_assessment(store, "Bo Lee", sample_profile(), sample_result())
        chosen = dict(sample_profile(), occupation="29-2053.00")
        save_assessment(store, "Bo Lee", chosen, sample_result(occupations=listed))
    code, out, _ = run_cli(capsys, "clients", "show", "Bo Lee")
    assert code == 0
    assert "\n    1  20" in out  # unmarked, as before
    assert "\n    2* " in out
    assert (
        "  * Scored in a placement chosen, not where the model placed the job title: "
        "Psychiatric Technicians (session 2)." in out
    )


def test_show_names_the_role_of_each_session(capsys: pytest.CaptureFixture[str]) -> None:
    # The app's session table has a Role column; `clients show` had none, so a line
    # cook who became a kitchen manager read as two sessions of the same work.
    long = "Senior customer service representative and team lead for the night shift"
    with Store.open() as store:
        for role in ("Line cook", "Kitchen manager", long):
            save_assessment(store, "Bo Lee", sample_profile(role=role), sample_result())
    code, out, _ = run_cli(capsys, "clients", "show", "Bo Lee")
    assert code == 0
    day = utc_now().date().isoformat()  # the day each session was saved (UTC), as shown
    figures = "       exposure 78 (likely 70–85, high)  resilience 54  model "
    assert f"    1  {day}  Line cook\n{figures}" in out
    assert f"    2  {day}  Kitchen manager\n{figures}" in out
    # A long title is cut at a word, within 80 columns.
    third = next(line for line in out.splitlines() if line.startswith("    3  "))
    assert third.startswith(f"    3  {day}  Senior customer service representative and")
    assert third.endswith(" the…") and len(third) <= 80
    # The progress sentence naming both titles ran to 300 columns, broken mid-word by the
    # terminal; it wraps at words within 80 now, as the session lines do.
    assert all(len(line) <= 80 for line in out.splitlines())
    assert "  Not like for like: session 2 is for the job title “Kitchen manager”" in out


def test_show_draws_exposure_and_resilience_per_session(capsys: pytest.CaptureFixture[str]) -> None:
    """A coach reading ``clients show`` sees resilience beside exposure in every session
    and a sparkline for each trend, as the app's record shows them."""
    with Store.open() as store:
        for exposure, resilience in ((80.0, 20.0), (70.0, 45.0), (60.0, 90.0)):
            result = sample_result(exposure=exposure, resilience=resilience)
            save_assessment(store, "Dana Smith", sample_profile(), result)
    code, out, _ = run_cli(capsys, "clients", "show", "Dana Smith")
    assert code == 0
    sessions = [line for line in out.splitlines() if "  exposure " in line]
    assert [line.split("resilience ")[1].split()[0] for line in sessions] == ["20", "45", "90"]
    assert "▇▆▅ Exposure over 3 sessions: 80 → 70 → 60" in out
    assert "▂▄█ Resilience over 3 sessions: 20 → 45 → 90" in out


def test_a_session_line_keeps_to_80_columns() -> None:
    # A session with an interval and a chosen pivot ran to 113 columns in `clients show`:
    # "  2  2026-12-05  exposure 10 (likely 10–11, very low)  resilience 64  model
    # 0.1.0+a719d9ee  pivot: Physical Therapist Assistants".
    text = wording.session_line(
        2, "2026-12-05", 10.4, (10.2, 11.1), "very low", 64.0, "0.1.0+a719d9ee",
        "Physical Therapist Assistants",
    )  # fmt: skip
    lines = text.split("\n")
    assert all(len(line) <= 80 for line in lines), lines
    assert lines[0].startswith("    2  2026-12-05  exposure 10 (likely 10–11, very low)")
    assert "pivot: Physical Therapist Assistants" in lines[-1]
    # A short one stays one line, as before.
    short = wording.session_line(1, "2026-12-05", 10.0, (10.0, 10.0), "low", 63.0, "0.1.0", None)
    assert short == "    1  2026-12-05  exposure 10 (low)  resilience 63  model 0.1.0"


def test_a_long_note_keeps_to_80_columns_and_whole_words(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # `clients show` printed a note on one line of 97 columns: the terminal broke it
    # mid-word ("...a SQL course at the lib" / "rary."). It wraps at words under itself.
    save_two_sessions_of_dana()
    body = "Wants to move into data engineering; doing a SQL course at the library.\nCall back"
    assert run_cli(capsys, "clients", "note", "Dana Smith", body, "--shared")[0] == 0
    code, out, _ = run_cli(capsys, "clients", "show", "Dana Smith")
    assert code == 0
    lines = out.split("\nNotes (")[1].splitlines()[1:]
    assert all(len(line) <= 80 for line in lines), lines
    said = " ".join(line.strip() for line in lines)
    assert "doing a SQL course at the library. Call back" in said
    assert all(line.startswith("  [") or line.startswith(" " * 8) for line in lines), lines
