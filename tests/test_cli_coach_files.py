"""The coach commands that write or check files (report, delete, export and import, doctor)
and the records file itself, as a user runs them; clients and sessions: test_cli_coach."""

from __future__ import annotations

import io
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from coach_support import run_cli, sample_profile, sample_result, save_two_sessions_of_dana

from career_resilience.records import Store, save_assessment


def test_report_to_files(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    save_two_sessions_of_dana()
    html_file = tmp_path / "dana.html"
    code, out, _ = run_cli(capsys, "report", "Dana Smith", "--output", str(html_file))
    assert code == 0 and "HTML report" in out
    html = html_file.read_text(encoding="utf-8")
    assert html.startswith("<!DOCTYPE html>") and ">66</span> / 100" in html
    md_file = tmp_path / "first.md"
    code, _, _ = run_cli(
        capsys, "report", "1", "--session", "1", "--format", "md", "--output", str(md_file)
    )
    assert code == 0 and "## AI exposure: 78 / 100" in md_file.read_text(encoding="utf-8")
    code, _, err = run_cli(capsys, "report", "Dana Smith", "--session", "5")
    assert code == 2 and "sessions 1 to 2" in err
    assert run_cli(capsys, "report", "Dana Smith", "--format", "pdf")[0] == 2
    # A name that asks for another format is refused, not filled with Markdown.
    pdf = tmp_path / "dana.pdf"
    code, _, err = run_cli(capsys, "report", "Dana Smith", "--output", str(pdf))
    assert code == 2 and "name the file .md or .html" in err and not pdf.exists()
    assert run_cli(capsys, "report", "Dana Smith", "--output", str(pdf), "--format", "md")[0] == 0
    # A name that contradicts --format is refused, naming both: HTML went into dana.md.
    md_named = tmp_path / "dana.md"
    code, _, err = run_cli(
        capsys, "report", "Dana Smith", "--format", "html", "--output", str(md_named)
    )
    assert code == 2 and not md_named.exists()
    assert f"--format html, but '{md_named}' is named for Markdown" in err
    assert f"give --format md, or name the file '{tmp_path / 'dana.html'}'" in err
    missing = tmp_path / "no" / "r.md"
    code, _, err = run_cli(capsys, "report", "Dana Smith", "--output", str(missing))
    assert code == 2 and err == f"error: cannot write {missing}: the folder does not exist\n"


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_delete_confirms(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    save_two_sessions_of_dana()
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))  # no terminal, no --yes
    code, _, err = run_cli(capsys, "clients", "delete", "Dana Smith")
    assert code == 2 and "--yes" in err
    monkeypatch.setattr(sys, "stdin", _Terminal("n\n"))
    code, out, _ = run_cli(capsys, "clients", "delete", "Dana Smith")
    assert code == 1 and "Nothing deleted" in out
    assert "Dana Smith" in run_cli(capsys, "clients", "list")[1]
    monkeypatch.setattr(sys, "stdin", _Terminal("y\n"))
    code, out, _ = run_cli(capsys, "clients", "delete", "Dana Smith")
    assert code == 0 and "Erased Dana Smith" in out
    assert "No clients yet" in run_cli(capsys, "clients", "list", "--all")[1]


def test_delete_with_yes(capsys: pytest.CaptureFixture[str]) -> None:
    run_cli(capsys, "clients", "add", "Bo Lee")
    assert run_cli(capsys, "clients", "delete", "Bo Lee", "--yes")[0] == 0
    assert run_cli(capsys, "clients", "show", "Bo Lee")[0] == 2


def test_export_import_and_malformed_import(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    save_two_sessions_of_dana()
    export = tmp_path / "all.json"
    code, out, _ = run_cli(capsys, "export", str(export))
    assert code == 0 and "Exported 1 client to" in out
    assert run_cli(capsys, "export", str(export))[0] == 2  # no silent overwrite
    assert run_cli(capsys, "export", str(export), "--force")[0] == 0

    other = tmp_path / "other-machine"
    monkeypatch.setenv("RESILIENCE_DATA_DIR", str(other))
    code, out, _ = run_cli(capsys, "--data-dir", str(other), "import", str(export))
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
    code, _, err = run_cli(capsys, "import", str(bad))
    assert code == 2
    assert "clients[0].sessions[1].result.band: expected text" in err
    assert "nothing was changed" in err
    assert "Someone Else" not in run_cli(capsys, "clients", "list", "--all")[1]
    assert (other / "records.sqlite3").read_bytes() == before


def test_corrupt_database_is_reported_not_repaired(
    records_home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    records_home.mkdir(parents=True)
    (records_home / "records.sqlite3").write_bytes(b"not a database at all" * 100)
    code, _, err = run_cli(capsys, "clients", "list")
    assert code == 1 and "damaged or is not a career-resilience database" in err
    assert (records_home / "records.sqlite3").read_bytes() == b"not a database at all" * 100


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


def test_doctor_checks_every_page(records_home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    save_two_sessions_of_dana()
    code, out, _ = run_cli(capsys, "doctor")
    assert code == 0
    assert "1 client, 2 sessions, 1 note" in out and "no problems found" in out
    with Store.open() as store:
        for i in range(40):
            store.add_client(f"Client {i} " + "x" * 150)
        store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    path = records_home / "records.sqlite3"
    damaged = bytearray(path.read_bytes())
    damaged[4096 * 2 + 16 : 4096 * 3] = b"\x07" * (4096 - 16)
    path.write_bytes(bytes(damaged))
    code, out, err = run_cli(capsys, "doctor")
    assert code == 1
    assert "problem:" in out and "left untouched" in err
    assert path.read_bytes() == bytes(damaged)
    # An import never merges into a damaged file.
    exported = records_home.parent / "in.json"
    exported.write_text(json.dumps(export_data_of_one_client()))
    code, _, err = run_cli(capsys, "import", str(exported))
    assert code == 1 and "damaged" in err and path.read_bytes() == bytes(damaged)


def export_data_of_one_client() -> dict:
    """A valid export file with one client, made in a store of its own."""
    import tempfile

    from career_resilience.records.transfer import export_data

    with tempfile.TemporaryDirectory() as tmp, Store.open(Path(tmp)) as store:
        save_assessment(store, "Eve Park", sample_profile(), sample_result())
        return export_data(store)
