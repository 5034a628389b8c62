"""The coach commands: clients, report, export and import, as a user runs them."""

from __future__ import annotations

import io
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from coach_support import sample_profile, sample_result

from career_resilience import wording
from career_resilience.cli import main
from career_resilience.records import Store, save_assessment
from career_resilience.records.models import utc_now


@pytest.fixture
def data(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    directory = tmp_path / "data"
    monkeypatch.setenv("RESILIENCE_DATA_DIR", str(directory))
    return directory


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def _with_sessions(data: Path) -> None:
    with Store.open() as store:
        save_assessment(store, "Dana Smith", sample_profile(), sample_result(), "private worry")
        save_assessment(
            store, "Dana Smith", sample_profile("SQL", "Python"), sample_result(exposure=66.0)
        )


def test_add_list_show_rename_archive(data: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(
        capsys, "clients", "add", "Dana Smith", "--note", "Met at the job fair",
        "--consent-date", "2025-01-10", "--consent", "Keep records for a year",
        "--retain-until", "2025-02-01",
    )  # fmt: skip
    assert code == 0 and "Added client Dana Smith (id 1)" in out
    assert run(capsys, "clients", "add", "Bo Lee")[0] == 0

    code, out, _ = run(capsys, "clients", "list")
    assert "Bo Lee" in out and "Dana Smith" in out
    assert "past retention (2025-02-01)" in out and "1 client past their retention" in out

    code, out, _ = run(capsys, "clients", "show", "dana smith")
    assert "Consent: 2025-01-10: Keep records for a year" in out
    assert "private" in out and "Met at the job fair" in out

    assert run(capsys, "clients", "rename", "1", "Dana Jones")[0] == 0
    assert run(capsys, "clients", "archive", "Dana Jones")[0] == 0
    code, out, _ = run(capsys, "clients", "list")
    assert "Dana" not in out
    assert "Dana Jones" in run(capsys, "clients", "list", "--all")[1]
    assert "Dana Jones" in run(capsys, "clients", "list", "--all", "--search", "job fair")[1]
    assert "Bo Lee" not in run(capsys, "clients", "list", "--past-retention")[1]


def test_a_client_without_sessions_says_so_and_how_to_add_one(
    data: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    run(capsys, "clients", "add", "Anne O'Neil")
    code, out, _ = run(capsys, "clients", "list")
    assert code == 0 and "Anne O'Neil  (no sessions yet)" in out  # was "(0 sessions, last -)"
    code, out, _ = run(capsys, "clients", "show", "Anne O'Neil")
    assert "No sessions yet: resilience score --role ... --client 1 saves one." in out


def test_errors_are_messages_with_exit_codes(
    data: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    run(capsys, "clients", "add", "Dana Smith")
    code, _, err = run(capsys, "clients", "add", "dana smith")
    assert code == 2 and "already exists" in err
    # A name pasted with a zero-width space looks the same and is the same client.
    code, _, err = run(capsys, "clients", "add", "Da\u200bna Smith")
    assert code == 2 and "already exists" in err
    code, _, err = run(capsys, "clients", "show", "Nobody")
    assert code == 2 and "no client named 'Nobody'" in err
    code, _, err = run(capsys, "report", "Nobody")
    assert code == 2 and "no client named 'Nobody'" in err
    # ... and says where the names are (it had left a coach guessing).
    assert "'resilience clients list' names every client" in err
    code, _, err = run(capsys, "clients", "add", "   ")
    assert code == 2 and "cannot be empty" in err
    code, _, err = run(capsys, "clients", "retention", "Dana Smith", "soon")
    assert code == 2 and "expected a date" in err
    code, _, err = run(capsys, "report", "Dana Smith")
    assert code == 2 and "no sessions yet" in err
    # It says how to add one, not only what is missing.
    assert "score one with 'resilience score --role ... --client 1'" in err
    assert "Traceback" not in err


def test_notes_share_pivot_and_consent(data: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _with_sessions(data)
    code, out, _ = run(
        capsys, "clients", "note", "Dana Smith", "Ready for interviews", "--session", "2"
    )
    assert code == 0 and "private note" in out
    note_id = out.split("note ")[1].split()[0]
    assert run(capsys, "clients", "share", note_id)[0] == 0
    code, _, err = run(capsys, "clients", "pivot", "Dana Smith", "astronaut")
    assert code == 2 and "ai_orchestration_specialist" in err
    assert (
        run(capsys, "clients", "pivot", "Dana Smith", "data_product_manager", "--session", "1")[0]
        == 0
    )
    assert run(capsys, "clients", "consent", "Dana Smith", "--agreed", "Reports by email")[0] == 0
    code, out, _ = run(capsys, "clients", "show", "Dana Smith")
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
    code, out, _ = run(capsys, "report", "Dana Smith", "--format", "md")
    assert "Ready for interviews" in out and "private worry" not in out
    assert "Data product manager (chosen)" in out


def test_a_pivot_is_chosen_by_the_name_or_number_the_report_shows(
    data: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # The report lists "### 2. Data product manager"; the command took only the id
    # ("data_product_manager"), which nothing a coach reads shows, and its error listed
    # ids alone.
    _with_sessions(data)
    # Before one is chosen, `clients show` says how to record it, as the app names p.
    code, out, _ = run(capsys, "clients", "show", "Dana Smith")
    hint = "  Record one: resilience clients pivot 1 N (N: its number in the report).\n"
    assert code == 0 and f"no gap skills to track.\n{hint}" in out
    code, out, _ = run(capsys, "clients", "pivot", "Dana Smith", "data product MANAGER")
    assert code == 0 and out.strip().endswith("chosen pivot Data product manager.")
    code, out, _ = run(capsys, "clients", "pivot", "Dana Smith", "1")
    assert code == 0 and "chosen pivot AI orchestration specialist." in out
    code, _, err = run(capsys, "clients", "pivot", "Dana Smith", "astronaut")
    assert code == 2 and "give its number, name or id:\n  1. AI orchestration specialist (" in err
    assert "\n  2. Data product manager (data_product_manager)\n" in err  # one a line
    code, out, _ = run(capsys, "report", "Dana Smith", "--format", "md")
    assert "AI orchestration specialist (chosen)" in out
    assert "Record one:" not in run(capsys, "clients", "show", "Dana Smith")[1]


def test_a_consent_dated_after_today_is_refused(
    data: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # "2099-01-01" (or a slip of the year) was recorded as the day the client agreed.
    _with_sessions(data)
    code, _, err = run(
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
    code, _, err = run(
        capsys, "clients", "add", "Bo Lee", "--consent", "Keep", "--consent-date", "2099-01-01"
    )
    assert code == 2 and "is after today" in err
    code, out, _ = run(capsys, "clients", "show", "Dana Smith")
    assert "Consent: not recorded" in out
    code, out, _ = run(capsys, "clients", "retention", "Dana Smith", "2020-01-01")
    assert code == 0 and "(already past:" in out


def test_a_sure_figure_is_not_said_twice_in_the_session_list(
    data: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # A one-occupation match read "exposure 44 (likely 44, moderate)".
    result = sample_result(exposure=44.2)
    result["interval"] = [43.6, 44.4]
    with Store.open() as store:
        save_assessment(store, "Bo Lee", sample_profile(), result)
        save_assessment(store, "Bo Lee", sample_profile(), sample_result())
    code, out, _ = run(capsys, "clients", "show", "Bo Lee")
    assert code == 0 and "exposure 44 (high)" in out and "likely 44" not in out
    assert "exposure 78 (likely 70–85, high)" in out


def test_show_marks_the_sessions_scored_in_a_chosen_placement(
    data: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # A nurse saved as placed, then as Psychiatric Technicians ("that's not me"): both
    # session lines read alike, as if the same work was scored twice.
    psych = {"onet_soc": "29-2053.00", "title": "Psychiatric Technicians", "probability": 1.0}
    listed = [dict(psych, consensus_pct=37.0)]
    with Store.open() as store:
        save_assessment(store, "Bo Lee", sample_profile(), sample_result())
        chosen = dict(sample_profile(), occupation="29-2053.00")
        save_assessment(store, "Bo Lee", chosen, sample_result(occupations=listed))
    code, out, _ = run(capsys, "clients", "show", "Bo Lee")
    assert code == 0
    assert "\n    1  20" in out  # unmarked, as before
    assert "\n    2* " in out
    assert (
        "  * Scored in a placement chosen, not where the model placed the job title: "
        "Psychiatric Technicians (session 2)." in out
    )


def test_show_names_the_role_of_each_session(
    data: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # The app's session table has a Role column; `clients show` had none, so a line
    # cook who became a kitchen manager read as two sessions of the same work.
    long = "Senior customer service representative and team lead for the night shift"
    with Store.open() as store:
        for role in ("Line cook", "Kitchen manager", long):
            save_assessment(store, "Bo Lee", sample_profile(role=role), sample_result())
    code, out, _ = run(capsys, "clients", "show", "Bo Lee")
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


def test_show_draws_exposure_and_resilience_per_session(
    data: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A coach reading ``clients show`` sees resilience beside exposure in every session
    and a sparkline for each trend, as the app's record shows them."""
    with Store.open() as store:
        for exposure, resilience in ((80.0, 20.0), (70.0, 45.0), (60.0, 90.0)):
            result = sample_result(exposure=exposure, resilience=resilience)
            save_assessment(store, "Dana Smith", sample_profile(), result)
    code, out, _ = run(capsys, "clients", "show", "Dana Smith")
    assert code == 0
    sessions = [line for line in out.splitlines() if "  exposure " in line]
    assert [line.split("resilience ")[1].split()[0] for line in sessions] == ["20", "45", "90"]
    assert "▇▆▅ Exposure over 3 sessions: 80 → 70 → 60" in out
    assert "▂▄█ Resilience over 3 sessions: 20 → 45 → 90" in out


def test_report_to_files(data: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _with_sessions(data)
    html_file = tmp_path / "dana.html"
    code, out, _ = run(capsys, "report", "Dana Smith", "--output", str(html_file))
    assert code == 0 and "HTML report" in out
    html = html_file.read_text(encoding="utf-8")
    assert html.startswith("<!DOCTYPE html>") and ">66</span> / 100" in html
    md_file = tmp_path / "first.md"
    code, _, _ = run(
        capsys, "report", "1", "--session", "1", "--format", "md", "--output", str(md_file)
    )
    assert code == 0 and "## AI exposure: 78 / 100" in md_file.read_text(encoding="utf-8")
    code, _, err = run(capsys, "report", "Dana Smith", "--session", "5")
    assert code == 2 and "sessions 1 to 2" in err
    assert run(capsys, "report", "Dana Smith", "--format", "pdf")[0] == 2
    # A name that asks for another format is refused, not filled with Markdown.
    pdf = tmp_path / "dana.pdf"
    code, _, err = run(capsys, "report", "Dana Smith", "--output", str(pdf))
    assert code == 2 and "name the file .md or .html" in err and not pdf.exists()
    assert run(capsys, "report", "Dana Smith", "--output", str(pdf), "--format", "md")[0] == 0
    # A name that contradicts --format is refused, naming both: HTML went into dana.md.
    md_named = tmp_path / "dana.md"
    code, _, err = run(
        capsys, "report", "Dana Smith", "--format", "html", "--output", str(md_named)
    )
    assert code == 2 and not md_named.exists()
    assert f"--format html, but '{md_named}' is named for Markdown" in err
    assert f"give --format md, or name the file '{tmp_path / 'dana.html'}'" in err
    missing = tmp_path / "no" / "r.md"
    code, _, err = run(capsys, "report", "Dana Smith", "--output", str(missing))
    assert code == 2 and err == f"error: cannot write {missing}: the folder does not exist\n"


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_delete_confirms(
    data: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    _with_sessions(data)
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))  # no terminal, no --yes
    code, _, err = run(capsys, "clients", "delete", "Dana Smith")
    assert code == 2 and "--yes" in err
    monkeypatch.setattr(sys, "stdin", _Terminal("n\n"))
    code, out, _ = run(capsys, "clients", "delete", "Dana Smith")
    assert code == 1 and "Nothing deleted" in out
    assert "Dana Smith" in run(capsys, "clients", "list")[1]
    monkeypatch.setattr(sys, "stdin", _Terminal("y\n"))
    code, out, _ = run(capsys, "clients", "delete", "Dana Smith")
    assert code == 0 and "Erased Dana Smith" in out
    assert "No clients yet" in run(capsys, "clients", "list", "--all")[1]


def test_delete_with_yes(data: Path, capsys: pytest.CaptureFixture[str]) -> None:
    run(capsys, "clients", "add", "Bo Lee")
    assert run(capsys, "clients", "delete", "Bo Lee", "--yes")[0] == 0
    assert run(capsys, "clients", "show", "Bo Lee")[0] == 2


def test_export_import_and_malformed_import(
    data: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    _with_sessions(data)
    export = tmp_path / "all.json"
    code, out, _ = run(capsys, "export", str(export))
    assert code == 0 and "Exported 1 client to" in out
    assert run(capsys, "export", str(export))[0] == 2  # no silent overwrite
    assert run(capsys, "export", str(export), "--force")[0] == 0

    other = tmp_path / "other-machine"
    monkeypatch.setenv("RESILIENCE_DATA_DIR", str(other))
    code, out, _ = run(capsys, "--data-dir", str(other), "import", str(export))
    assert (
        code == 0
        and "Imported 1 new client, merged into 0 existing; 2 sessions and 1 note added." in out
    )

    doc = json.loads(export.read_text(encoding="utf-8"))
    doc["clients"][0]["name"] = "Someone Else"
    doc["clients"][0]["sessions"][1]["result"]["band"] = 7
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(doc), encoding="utf-8")
    before = (other / "records.sqlite3").read_bytes()
    code, _, err = run(capsys, "import", str(bad))
    assert code == 2
    assert "clients[0].sessions[1].result.band: expected text" in err
    assert "nothing was changed" in err
    assert "Someone Else" not in run(capsys, "clients", "list", "--all")[1]
    assert (other / "records.sqlite3").read_bytes() == before


def test_corrupt_database_is_reported_not_repaired(
    data: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data.mkdir(parents=True)
    (data / "records.sqlite3").write_bytes(b"not a database at all" * 100)
    code, _, err = run(capsys, "clients", "list")
    assert code == 1 and "damaged or is not a career-resilience database" in err
    assert (data / "records.sqlite3").read_bytes() == b"not a database at all" * 100


def test_real_resilience_command(tmp_path: Path) -> None:
    exe = shutil.which("resilience", path=os.path.dirname(sys.executable))
    command = [exe] if exe else [sys.executable, "-m", "career_resilience"]
    env = {k: v for k, v in os.environ.items() if k != "RESILIENCE_DATA_DIR"}
    data_dir = str(tmp_path / "records")

    def resilience(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [*command, "--data-dir", data_dir, *args],
            capture_output=True, text=True, env=env, stdin=subprocess.DEVNULL, timeout=60,
        )  # fmt: skip

    assert resilience("clients", "add", "Real Person").returncode == 0
    listed = resilience("clients", "list")
    assert listed.returncode == 0 and "Real Person" in listed.stdout
    refused = resilience("clients", "delete", "Real Person")  # stdin is not a terminal
    assert refused.returncode == 2 and "--yes" in refused.stderr
    assert "Real Person" in resilience("clients", "list").stdout
    assert (tmp_path / "records" / "records.sqlite3").exists()


def test_doctor_checks_every_page(data: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _with_sessions(data)
    code, out, _ = run(capsys, "doctor")
    assert code == 0
    assert "1 client, 2 sessions, 1 note" in out and "no problems found" in out
    with Store.open() as store:
        for i in range(40):
            store.add_client(f"Client {i} " + "x" * 150)
        store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    path = data / "records.sqlite3"
    damaged = bytearray(path.read_bytes())
    damaged[4096 * 2 + 16 : 4096 * 3] = b"\x07" * (4096 - 16)
    path.write_bytes(bytes(damaged))
    code, out, err = run(capsys, "doctor")
    assert code == 1
    assert "problem:" in out and "left untouched" in err
    assert path.read_bytes() == bytes(damaged)
    # An import never merges into a damaged file.
    exported = data.parent / "in.json"
    exported.write_text(json.dumps(export_data_of_one_client()))
    code, _, err = run(capsys, "import", str(exported))
    assert code == 1 and "damaged" in err and path.read_bytes() == bytes(damaged)


def export_data_of_one_client() -> dict:
    """A valid export file with one client, made in a store of its own."""
    import tempfile

    from career_resilience.records.transfer import export_data

    with tempfile.TemporaryDirectory() as tmp, Store.open(Path(tmp)) as store:
        save_assessment(store, "Eve Park", sample_profile(), sample_result())
        return export_data(store)


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
    data: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # `clients show` printed a note on one line of 97 columns: the terminal broke it
    # mid-word ("...a SQL course at the lib" / "rary."). It wraps at words under itself.
    _with_sessions(data)
    body = "Wants to move into data engineering; doing a SQL course at the library.\nCall back"
    assert run(capsys, "clients", "note", "Dana Smith", body, "--shared")[0] == 0
    code, out, _ = run(capsys, "clients", "show", "Dana Smith")
    assert code == 0
    lines = out.split("\nNotes (")[1].splitlines()[1:]
    assert all(len(line) <= 80 for line in lines), lines
    said = " ".join(line.strip() for line in lines)
    assert "doing a SQL course at the library. Call back" in said
    assert all(line.startswith("  [") or line.startswith(" " * 8) for line in lines), lines
