"""Nothing lost: separate processes writing at once, and a process killed mid-save."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from coach_support import FIXTURES, sample_profile, sample_result

from career_resilience.records import Store, save_assessment

_WRITER = textwrap.dedent(
    """
    import json, pathlib, sys, time
    from career_resilience.records import Store, save_assessment
    result = json.loads(pathlib.Path(sys.argv[1]).read_text())
    start, tag = pathlib.Path(sys.argv[2]), sys.argv[3]
    while not start.exists():  # both writers start together
        time.sleep(0.002)
    with Store.open() as store:  # the first open also races the schema creation
        for i in range(40):
            profile = {"role": f"{tag}-{i}", "skills": [], "duties": ""}
            save_assessment(store, "Shared Client", profile, result)
            save_assessment(store, f"Client {tag}", profile, result)
            time.sleep(0.002)  # like a real app between saves; lets the other writer in
    """
)


def test_two_processes_writing_at_once_lose_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("RESILIENCE_DATA_DIR", str(tmp_path / "data"))
    start = tmp_path / "go"
    writers = [
        subprocess.Popen(
            [sys.executable, "-c", _WRITER, str(FIXTURES / "sample_result.json"), str(start), tag],
            stderr=subprocess.PIPE,
            text=True,
        )
        for tag in ("a", "b")
    ]
    start.touch()
    for writer in writers:
        _, err = writer.communicate(timeout=60)
        assert writer.returncode == 0, err

    with Store.open() as store:
        shared = store.sessions(store.find_client("Shared Client").id)
        roles = {s.profile["role"] for s in shared}
        assert roles == {f"{tag}-{i}" for tag in "ab" for i in range(40)}
        for tag in "ab":
            assert store.find_client(f"Client {tag}").session_count == 40
        assert len(store.list_clients()) == 3  # get-or-create never made a duplicate


_KILLED_SAVER = textwrap.dedent(
    """
    import json, pathlib, sys, time
    from career_resilience.records import Store
    result = json.loads(pathlib.Path(sys.argv[1]).read_text())
    profile = {"role": "Mid-save", "skills": ["SQL"], "duties": ""}
    with Store.open() as store:
        # A tiny page cache makes the uncommitted pages spill into the WAL file, so the
        # kill happens with half a transaction on disk.
        store.conn.execute("PRAGMA cache_size=16")
        client = store.find_client("Dana Smith")
        with store.transaction():
            for _ in range(1500):
                store.add_session(client.id, profile, result)
            store.rename_client(client.id, "Renamed Mid-save")
            print("in transaction", flush=True)
            time.sleep(60)
    """
)


def test_killed_save_leaves_the_last_committed_state(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("RESILIENCE_DATA_DIR", str(tmp_path / "data"))
    with Store.open() as store:
        committed = save_assessment(store, "Dana Smith", sample_profile(), sample_result())

    child = subprocess.Popen(
        [sys.executable, "-c", _KILLED_SAVER, str(FIXTURES / "sample_result.json")],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert child.stdout is not None
    line = child.stdout.readline()
    assert line.strip() == "in transaction", child.stderr.read() if child.stderr else ""
    wal = tmp_path / "data" / "records.sqlite3-wal"
    assert wal.stat().st_size > 1_000_000  # the big transaction really reached the disk
    os.kill(child.pid, signal.SIGKILL)
    child.wait(timeout=10)
    child.stdout.close()
    if child.stderr:
        child.stderr.close()

    with Store.open() as store:
        assert store.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        client = store.find_client("Dana Smith")
        sessions = store.sessions(client.id)
        assert [s.id for s in sessions] == [committed.id]
        assert sessions[0].result == sample_result()
        save_assessment(store, "Dana Smith", sample_profile(), sample_result())  # still usable
        assert store.find_client("Dana Smith").session_count == 2
