"""Clients, notes, consent, retention and sessions through the Store API."""

from __future__ import annotations

import re
import threading
import time
from datetime import date
from pathlib import Path

import pytest
from coach_support import db_bytes, sample_profile, sample_result

from career_resilience.records import (
    DuplicateNameError,
    InvalidDataError,
    NotFoundError,
    Store,
    StoreBusyError,
    save_assessment,
)
from career_resilience.records.overview import client_rows


def test_clients_add_find_rename_archive_search(store: Store) -> None:
    dana = store.add_client("  Dana   Smith ")
    assert dana.name == "Dana Smith"
    store.add_client("Bo Lee")
    assert store.find_client("dana smith") == dana
    assert store.find_client(str(dana.id)) == dana
    with pytest.raises(DuplicateNameError):
        store.add_client("DANA SMITH")
    with pytest.raises(ValueError, match="digits"):
        store.add_client("1234")
    with pytest.raises(NotFoundError, match="did you mean: Dana Smith"):
        store.find_client("Dana")

    renamed = store.rename_client(dana.id, "Dana Jones")
    assert renamed.name == "Dana Jones" and renamed.id == dana.id
    with pytest.raises(DuplicateNameError):
        store.rename_client(dana.id, "bo lee")

    store.add_note(dana.id, "Interested in product roles")
    assert [c.name for c in store.list_clients(search="PRODUCT")] == ["Dana Jones"]
    assert [c.name for c in store.list_clients(search="lee")] == ["Bo Lee"]
    assert store.list_clients(search="%") == []  # LIKE wildcards are matched literally

    store.set_archived(dana.id)
    assert [c.name for c in store.list_clients()] == ["Bo Lee"]
    assert [c.name for c in store.list_clients(include_archived=True)] == ["Bo Lee", "Dana Jones"]
    assert not store.set_archived(dana.id, False).archived


def test_consent_and_retention_query(store: Store) -> None:
    old = store.add_client("Old Client")
    current = store.add_client("Current Client")
    store.add_client("No Date")
    store.set_consent(old.id, date(2024, 1, 5), "Keep my records for one year")
    store.set_retention(old.id, date(2025, 1, 5))
    store.set_retention(current.id, date(2025, 6, 1))
    consent = store.get_client(old.id).consent
    assert consent is not None and consent.agreed == "Keep my records for one year"

    assert [c.name for c in store.past_retention(date(2025, 1, 5))] == []  # on the day: kept
    assert [c.name for c in store.past_retention(date(2025, 3, 1))] == ["Old Client"]
    store.set_archived(old.id)  # archiving does not hide a client from erasure reminders
    assert [c.name for c in store.past_retention(date(2025, 7, 1))] == [
        "Old Client",
        "Current Client",
    ]
    store.set_retention(old.id, None)
    assert [c.name for c in store.past_retention(date(2025, 7, 1))] == ["Current Client"]
    with pytest.raises(ValueError):
        store.set_consent(old.id, date(2024, 1, 5), "   ")


def test_the_client_list_agrees_with_the_clients_it_lists(store: Store) -> None:
    """The CLI's one-query list says what the full client records say, filter by filter."""
    bo = store.add_client("bo Lee")
    dana = store.add_client("Dana Smith")
    store.add_client("Ann Other")
    store.add_session(dana.id, sample_profile(), sample_result())
    store.add_session(dana.id, sample_profile(), sample_result())
    store.add_note(bo.id, "met at the job fair")
    store.set_retention(bo.id, date(2025, 1, 5))
    store.set_archived(dana.id)
    today = date(2025, 3, 1)

    def listed(**filters: object) -> list[tuple]:
        return [
            (c.id, c.name, c.archived, c.retention_until, c.past_retention, c.session_count)
            for c in store.listed_clients(today, **filters)  # type: ignore[arg-type]
        ]

    def full(**filters: object) -> list[tuple]:
        return [
            (c.id, c.name, int(c.archived), str(c.retention_until or "") or None,
             int(c.past_retention(today)), c.session_count)
            for c in store.list_clients(**filters)  # type: ignore[arg-type]
        ]  # fmt: skip

    assert [row[1] for row in listed()] == ["Ann Other", "bo Lee"]  # by name, any case
    for filters in ({}, {"include_archived": True}, {"search": "FAIR"}, {"search": "%"}):
        assert listed(**filters) == full(**filters)
    (last,) = [c.last_session_day for c in store.listed_clients(today, include_archived=True)
               if c.name == "Dana Smith"]  # fmt: skip
    latest = store.get_client(dana.id).last_session_at
    assert latest is not None and last == latest.date().isoformat()
    assert [c.name for c in store.listed_clients(today, past_retention=True)] == ["bo Lee"]
    assert store.past_retention_count(today) == 1
    assert store.past_retention_count(date(2025, 1, 5)) == 0  # on the day: kept


def test_notes_are_private_unless_shared(store: Store) -> None:
    client = store.add_client("Dana Smith")
    private = store.add_note(client.id, "Seems anxious about the merger")
    shared = store.add_note(client.id, "Great progress on Python", shared=True)
    assert not private.shared and shared.shared
    assert store.notes(client.id, shared_only=True) == [shared]
    store.set_note_shared(private.id, True)
    assert len(store.notes(client.id, shared_only=True)) == 2
    store.delete_note(shared.id)
    assert [n.body for n in store.notes(client.id)] == ["Seems anxious about the merger"]
    with pytest.raises(ValueError):
        store.add_note(client.id, "  ")
    # Too long says by how much, so a coach knows what to cut from a pasted email.
    with pytest.raises(ValueError, match="at most 20,000 characters; this one has 25,000"):
        store.add_note(client.id, "x" * 25_000)
    with pytest.raises(ValueError, match="at most 2,000 characters; this one has 2,001"):
        store.set_consent(client.id, date(2025, 1, 10), "y" * 2_001)


def test_editing_a_note_keeps_its_place_and_date(store: Store) -> None:
    client = store.add_client("Dana Smith")
    first = store.add_note(client.id, "Seems anxious")
    later = store.add_note(client.id, "Started the SQL course")
    edited = store.edit_note(first.id, "Worried about the merger; wants a plan", shared=True)
    assert (edited.id, edited.created_at) == (first.id, first.created_at)
    assert [n.body for n in store.notes(client.id)] == [edited.body, later.body]
    assert store.notes(client.id, shared_only=True) == [edited]
    with pytest.raises(ValueError):
        store.edit_note(first.id, " ", shared=False)
    assert store.get_note(first.id).body == edited.body  # a refused edit changes nothing


def test_rescoring_adds_a_session_and_old_sessions_keep_their_result(store: Store) -> None:
    first = save_assessment(store, "Dana Smith", sample_profile(), sample_result())
    later = sample_result(exposure=61.0, band="moderate", model_version="2025.09-1")
    second = save_assessment(store, "dana smith", sample_profile("SQL", "Python"), later)
    client = store.find_client("Dana Smith")
    sessions = store.sessions(client.id)
    assert [s.number for s in sessions] == [1, 2]
    assert [s.exposure for s in sessions] == [78.4, 61.0]
    assert [s.model_version for s in sessions] == ["2025.06-1", "2025.09-1"]
    assert sessions[0].result == sample_result() and sessions[0].id == first.id
    assert store.session(client.id).id == second.id  # latest by default
    assert store.session(client.id, 1).profile == sample_profile()
    with pytest.raises(NotFoundError, match="sessions 1 to 2"):
        store.session(client.id, 3)
    assert client.session_count == 2


def test_save_assessment_notes_and_pivot(store: Store) -> None:
    session = save_assessment(
        store,
        "New Person",
        sample_profile(),
        sample_result(),
        "First meeting went well",
        pivot_id="data_product_manager",
    )
    client = store.find_client("New Person")
    (note,) = store.notes(client.id)
    assert (note.body, note.shared, note.session_id) == (
        "First meeting went well",
        False,
        session.id,
    )
    assert session.pivot_id == "data_product_manager"


def test_invalid_assessment_saves_nothing_and_names_the_problems(store: Store) -> None:
    bad = sample_result(exposure="high", interval=[80, 20])
    del bad["pivots"][0]["gap_skills"]
    with pytest.raises(InvalidDataError) as info:
        save_assessment(store, "Nobody Yet", sample_profile(), bad)
    text = str(info.value)
    assert "result.exposure: expected a number" in text
    assert "result.pivots[0]: missing 'gap_skills'" in text
    assert store.list_clients(include_archived=True) == []  # the client was not half-created


def test_delete_erases_every_trace_from_the_files(store: Store, tmp_path: Path) -> None:
    secrets = ["Zelda Quintessa-Marlowe", "Allergic to Monday meetings", "Underwater basket weaver"]
    kept = save_assessment(store, "Kept Client", sample_profile(), sample_result())
    gone = save_assessment(
        store, secrets[0], sample_profile(role=secrets[2]), sample_result(), secrets[1]
    )
    store.add_note(gone.client_id, secrets[1] + " (shared)", shared=True)
    before = db_bytes(tmp_path / "data")
    assert all(s.encode() in before for s in secrets)  # the check below can see them

    assert store.delete_client(gone.client_id) is True
    after = db_bytes(tmp_path / "data")
    for secret in secrets:
        assert secret.encode() not in after
    assert b"Kept Client" in after
    assert store.sessions(kept.client_id)[0].result == sample_result()
    with pytest.raises(NotFoundError):
        store.get_client(gone.client_id)


def _hold_write_lock(path: Path, seconds: float, ready: threading.Event) -> None:
    with Store.open(path.parent) as other, other.transaction():
        other.add_client("Lock Holder")
        ready.set()
        time.sleep(seconds)


def test_writer_waits_for_another_writer_instead_of_failing(store: Store) -> None:
    ready = threading.Event()
    holder = threading.Thread(target=_hold_write_lock, args=(store.path, 0.4, ready))
    holder.start()
    ready.wait(5)
    started = time.monotonic()
    save_assessment(store, "Patient Writer", sample_profile(), sample_result())
    waited = time.monotonic() - started
    holder.join()
    assert waited >= 0.3
    assert {c.name for c in store.list_clients()} == {"Lock Holder", "Patient Writer"}


def test_waiting_for_the_lock_is_bounded(store: Store) -> None:
    ready = threading.Event()
    holder = threading.Thread(target=_hold_write_lock, args=(store.path, 1.0, ready))
    holder.start()
    ready.wait(5)
    with Store.open(store.path.parent, busy_timeout=0.1) as impatient:
        started = time.monotonic()
        with pytest.raises(StoreBusyError, match="locked by another process") as info:
            impatient.add_client("Gives Up")
        # The message names the file and the wait, so a coach can tell which copy holds it.
        assert f"database {store.path} stayed locked" in str(info.value)
        assert re.search(r"another process for \d+ s; close", str(info.value))
        assert time.monotonic() - started < 0.9
    holder.join()
    assert store.client_by_name("Gives Up") is None


def test_the_apps_client_list_is_one_query_with_each_latest_score(store: Store) -> None:
    """F6 lists every client with the exposure and band of their latest session, read in
    one query whatever the number of clients (it used to be one more query a client)."""
    dana = store.add_client("Dana Smith")
    bo = store.add_client("bo Lee")
    store.add_client("Ann Other")  # no sessions yet: no score, no band
    store.add_session(dana.id, sample_profile(), sample_result(exposure=80.0, band="high"))
    store.add_session(dana.id, sample_profile(), sample_result(exposure=20.0, band="low"))
    store.add_session(bo.id, sample_profile(), sample_result(exposure=55.5, band="moderate"))
    store.add_note(bo.id, "met at the job fair")
    store.set_archived(bo.id)
    statements: list[str] = []
    store.conn.set_trace_callback(statements.append)
    rows = client_rows(store, "", archived=True)
    store.conn.set_trace_callback(None)
    assert len([s for s in statements if s.lstrip().upper().startswith("SELECT")]) == 1
    assert [(r.client.name, r.exposure, r.band) for r in rows] == [
        ("Ann Other", None, ""),
        ("bo Lee", 55.5, "moderate"),
        ("Dana Smith", 20.0, "low"),  # the latest session, not the first
    ]
    # The same clients, counts and dates as the full records, filter by filter.
    for search, archived in (("", False), ("", True), ("FAIR", True), ("dana", False)):
        listed = client_rows(store, search, archived)
        assert [r.client for r in listed] == store.list_clients(
            include_archived=archived, search=search
        )


def test_escapes_stored_before_cleaning_read_back_visible(store: Store) -> None:
    # Input is cleaned on the way in; a file from before that, or edited by hand, may
    # still hold escape sequences. Every reader (the app, the CLI, the reports) gets
    # them shown as text, never as bytes a terminal would obey.
    from career_resilience.records.history import placements

    client = store.add_client("Dana")
    store.set_consent(client.id, date(2026, 1, 2), "keep my records")
    store.add_note(client.id, "plain")
    store.add_session(client.id, sample_profile(), sample_result())
    raw = "A\x1b]0;OWNED\x07\x1b[2J\u202eB"
    store.conn.execute("UPDATE clients SET name = ?, consent_text = ?", (raw, raw + "\nline 2"))
    store.conn.execute("UPDATE notes SET body = ?", (raw + "\nline 2",))
    store.conn.execute("UPDATE sessions SET profile = json_set(profile, '$.role', ?)", (raw,))
    store.conn.commit()
    visible = "A\\x1b]0;OWNED\\x07\\x1b[2J\\u202eB"
    read = store.get_client(client.id)
    assert read.name == visible and [c.name for c in store.list_clients()] == [visible]
    assert read.consent is not None and read.consent.agreed == visible + "\nline 2"
    assert [n.body for n in store.notes(client.id)] == [visible + "\nline 2"]
    assert placements(store, client.id)[1].role == visible
