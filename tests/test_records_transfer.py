"""Export all records as JSON, import them elsewhere; a bad file changes nothing."""

from __future__ import annotations

import json
import stat
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from coach_support import sample_profile, sample_result
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from career_resilience.records import InvalidDataError, Store, save_assessment
from career_resilience.records.transfer import (
    export_data,
    export_to_file,
    import_data,
    read_import_file,
)


def _open(directory: Path) -> Store:
    return Store.open(directory)


def _fill(store: Store) -> None:
    first = save_assessment(store, "Dana Smith", sample_profile(), sample_result(), "private 1")
    store.set_session_pivot(first.id, "data_product_manager")
    store.add_note(first.client_id, "Shared with Dana", shared=True)
    store.add_note(first.client_id, "Shared on session 1", shared=True, session_id=first.id)
    store.set_consent(first.client_id, date(2025, 1, 10), "Records kept for 12 months")
    store.set_retention(first.client_id, date(2026, 1, 10))
    save_assessment(
        store, "Dana Smith", sample_profile("SQL", "Python"), sample_result(exposure=66.0)
    )
    archived = store.add_client("Bo Lee")
    store.set_archived(archived.id)


def _snapshot(store: Store) -> dict[str, Any]:
    data = export_data(store)
    del data["exported_at"]
    return data


def test_round_trip_to_another_machine(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("RESILIENCE_DATA_DIR", str(tmp_path / "unused"))
    export = tmp_path / "export.json"
    with _open(tmp_path / "laptop") as laptop:
        _fill(laptop)
        assert export_to_file(laptop, export) == 2
        original = _snapshot(laptop)
    assert stat.S_IMODE(export.stat().st_mode) == 0o600  # it holds private notes

    with _open(tmp_path / "desktop") as desktop:
        summary = import_data(desktop, read_import_file(export))
        assert (summary.clients_added, summary.sessions_added, summary.notes_added) == (2, 2, 3)
        assert _snapshot(desktop) == original
        dana = desktop.find_client("Dana Smith")
        assert dana.consent is not None and dana.consent.date == date(2025, 1, 10)
        assert dana.retention_until == date(2026, 1, 10)
        first, second = desktop.sessions(dana.id)
        assert first.pivot_id == "data_product_manager"
        assert second.exposure == 66.0
        session_notes = [n.body for n in desktop.notes(dana.id) if n.session_id == first.id]
        assert session_notes == ["private 1", "Shared on session 1"]
        assert desktop.find_client("Bo Lee").archived

        again = import_data(desktop, read_import_file(export))  # importing twice is harmless
        assert (again.clients_merged, again.sessions_added, again.notes_added) == (2, 0, 0)
        assert _snapshot(desktop) == original


def test_import_merges_new_sessions_into_an_existing_client(tmp_path: Path) -> None:
    with _open(tmp_path / "a") as a:
        save_assessment(a, "Dana Smith", sample_profile(), sample_result())
        doc = export_data(a)
    with _open(tmp_path / "b") as b:
        save_assessment(b, "dana smith", sample_profile(), sample_result(exposure=50.0))
        summary = import_data(b, doc)
        assert (summary.clients_added, summary.clients_merged, summary.sessions_added) == (0, 1, 1)
        assert b.find_client("Dana Smith").session_count == 2


def _bad_docs(valid: dict[str, Any]) -> list[tuple[dict[str, Any], str]]:
    def changed(edit: Any) -> dict[str, Any]:
        doc = json.loads(json.dumps(valid))
        edit(doc)
        return doc

    return [
        (changed(lambda d: d.update(format="something-else")), "not a career-resilience export"),
        (changed(lambda d: d.update(format_version=99)), "newer version"),
        (
            changed(lambda d: d["clients"][1]["sessions"][0]["result"].update(exposure=140)),
            "clients[1].sessions[0].result.exposure: must be between 0 and 100",
        ),
        (
            changed(lambda d: d["clients"][1]["sessions"][0]["result"].pop("pivots")),
            "clients[1].sessions[0].result: missing 'pivots'",
        ),
        (changed(lambda d: d["clients"][1].update(name="Client One")), "same name as clients[0]"),
        (
            changed(lambda d: d["clients"][0]["notes"][0].update(shared="yes")),
            "clients[0].notes[0].shared: expected true or false",
        ),
        (changed(lambda d: d["clients"][0].update(retention_until="next year")), "2025-03-14"),
    ]


def test_malformed_import_changes_nothing_and_says_what_is_wrong(tmp_path: Path) -> None:
    with _open(tmp_path / "source") as source:
        save_assessment(source, "Client One", sample_profile(), sample_result(), "n")
        source.add_note(source.find_client("Client One").id, "client note")
        save_assessment(source, "Client Two", sample_profile(), sample_result())
        valid = export_data(source)
    with _open(tmp_path / "target") as target:
        save_assessment(target, "Existing", sample_profile(), sample_result())
        before = _snapshot(target)
        for doc, message in _bad_docs(valid):
            with pytest.raises(InvalidDataError) as info:
                import_data(target, doc)
            assert message in str(info.value)
            assert "nothing was changed" in str(info.value)
            # Client One comes first in the file and is valid, yet must not be imported.
            assert _snapshot(target) == before


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ('{"format": "career-resilience-records", "clients": [', "not valid JSON"),
        ("[1, 2, 3]", "does not hold a JSON object"),
        ('{"format": "career-resilience-records", "format_version": 1}', "clients: expected"),
    ],
)
def test_unreadable_import_files(tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "bad.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(InvalidDataError, match=message):
        read_import_file(path)
    with pytest.raises(InvalidDataError, match="No such file"):
        read_import_file(tmp_path / "missing.json")


@pytest.mark.parametrize(
    ("content", "message"),
    [
        # A coach picking the profiles CSV meant for `score --input`, saved by Excel in
        # Latin-1 (it said "not UTF-8 text") or in UTF-8 (it said "Expecting value").
        (b"name,role\nJos\xe9,cook\n", "it looks like a CSV table (first line 'name,role')"),
        (b"\xef\xbb\xbfrole;skills\r\nCook;Knife skills\r\n", "a CSV table (first line 'role;s"),
        (b"PK\x03\x04\x14\x00\x06\x00", "it is a zip file (an Excel .xlsx"),
        (b"# Session report\n", "it starts with '# Session report'"),
        (b"Dana\x1b[2J notes\n", "it starts with 'Dana\\x1b[2J notes'"),
        (b"  \n", "the file is empty"),
    ],
)
def test_a_file_that_is_not_an_export_is_called_so(
    tmp_path: Path, content: bytes, message: str
) -> None:
    path = tmp_path / "clients.csv"
    path.write_bytes(content)
    with pytest.raises(InvalidDataError) as info:
        read_import_file(path)
    assert message in str(info.value)
    assert str(info.value).endswith("an import reads a file written by 'resilience export'")
    assert str(info.value).startswith(f"cannot import {path}")


def test_an_export_saved_again_with_a_byte_order_mark_imports(tmp_path: Path) -> None:
    export = tmp_path / "export.json"
    with _open(tmp_path / "laptop") as laptop:
        _fill(laptop)
        export_to_file(laptop, export)
    export.write_bytes(b"\xef\xbb\xbf" + export.read_bytes())  # Notepad's "UTF-8 with BOM"
    assert len(read_import_file(export)["clients"]) == 2
    export.write_bytes(export.read_bytes()[3:].replace(b"Dana", b"Jos\xe9"))  # Latin-1
    with pytest.raises(InvalidDataError, match=r"not UTF-8 text .* saved again in another"):
        read_import_file(export)


def test_failure_part_way_through_an_import_rolls_it_all_back(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with _open(tmp_path / "source") as source:
        _fill(source)
        doc = export_data(source)
    with _open(tmp_path / "target") as target:
        before = _snapshot(target)
        calls = 0
        real_add_session = Store.add_session

        def failing_add_session(self: Store, *args: Any, **kwargs: Any) -> Any:
            nonlocal calls
            calls += 1
            if calls == 2:
                raise OSError("disk full")
            return real_add_session(self, *args, **kwargs)

        monkeypatch.setattr(Store, "add_session", failing_add_session)
        with pytest.raises(OSError, match="disk full"):
            import_data(target, doc)
        assert calls == 2  # the first client and session were written before the failure
        assert _snapshot(target) == before


# Hostile and random documents: an import either validates or says why, never crashes.
_JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=30,
)


def _export_like(value: object) -> dict:
    """A document that gets past the format check, so the deeper checks are fuzzed too."""
    return {"format": "career-resilience-records", "format_version": 1, "clients": value}


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.one_of(_JSON, _JSON.map(_export_like), st.binary(max_size=200)))
def test_import_of_any_document_is_valid_or_a_clear_error(tmp_path: Path, doc: object) -> None:
    path = tmp_path / "fuzz.json"
    if isinstance(doc, bytes):
        path.write_bytes(doc)
    else:
        path.write_text(json.dumps(doc), encoding="utf-8")
    try:
        read_import_file(path)
    except InvalidDataError as exc:
        assert str(exc).startswith(f"cannot import {path}")


@pytest.fixture(scope="module")
def filled_export(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """The filled records' export, made once: each example below changes its own copy."""
    with _open(tmp_path_factory.mktemp("filled")) as store:
        _fill(store)
        return export_data(store)


def _leaves(value: Any, path: tuple = ()) -> list[tuple]:
    """Every path to a value inside a JSON document."""
    found = [path]
    if isinstance(value, dict):
        for key, item in value.items():
            found += _leaves(item, (*path, key))
    elif isinstance(value, list):
        for i, item in enumerate(value):
            found += _leaves(item, (*path, i))
    return found


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.data())
def test_an_export_with_one_value_changed_imports_or_is_refused(
    tmp_path: Path, filled_export: dict[str, Any], data
) -> None:
    import copy
    import tempfile

    doc = copy.deepcopy(filled_export)
    paths = [p for p in _leaves(doc) if p]
    where = data.draw(st.sampled_from(paths))
    parent = doc
    for key in where[:-1]:
        parent = parent[key]
    parent[where[-1]] = data.draw(_JSON)
    with tempfile.TemporaryDirectory(dir=tmp_path) as scratch:
        source = Path(scratch)
        path = source / "changed.json"
        path.write_text(json.dumps(doc), encoding="utf-8")
        try:
            checked = read_import_file(path)
        except InvalidDataError:
            return
        with _open(source / "b") as target:  # a valid document always imports whole
            import_data(target, checked)
