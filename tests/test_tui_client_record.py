"""A client's record driven by keys (Pilot): assessments saved to it, history and
progress, notes and consent, reports, the chosen pivot, loading a session, long
histories, and records the app cannot open.

The app comes from the ``tui_app`` fixture (most tests open it on the client list with
``coach_support.on_client_list``); records live in the test's own data directory
(RESILIENCE_DATA_DIR, set by conftest). The list itself: tests/test_tui_client_list.py.
"""

from __future__ import annotations

import re
import sqlite3
import stat
from datetime import date

from coach_support import (
    SIZE,
    on_client_list,
    sample_profile,
    sample_result,
    score,
    seed,
    settle,
)
from tui_support import command, until_shown, wait_until

from career_resilience.model.profile import Profile
from career_resilience.records import DB_FILENAME, SCHEMA_VERSION, Store
from career_resilience.records.db import APPLICATION_ID
from career_resilience.tui.screens.note_editor import NoteEditor
from career_resilience.tui.widgets.completing_input import CompletingInput
from career_resilience.wording import score as shown_score


async def test_save_assessments_then_see_history_and_progress(
    tui_app,
    tiny_engine,
    screen_text,
):
    # The record shows the stored results (to_dict: one decimal), as the reports do.
    first = tiny_engine.score(Profile.create("Data analyst", ["SQL", "Excel"])).to_dict()
    second = tiny_engine.score(Profile.create("Data analyst", ["SQL", "Excel", "Python"])).to_dict()
    app = tui_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await score(pilot, "Data analyst", ["SQL", "Excel"])
        await pilot.press("ctrl+k")
        await settle(pilot)
        await pilot.press(*"Dana")
        assert "A new client, Dana, will be created." in screen_text(app)
        await pilot.press("tab", *"Hi", "ctrl+s")
        await settle(pilot)
        assert "Create a new client 'Dana'?" in screen_text(app, flat=True)
        await pilot.press("enter")  # "Create" has the focus
        await settle(pilot)
        assert app.current_mode == "result"
        await score(pilot, "Data analyst", ["SQL", "Excel", "Python"])
        await pilot.press("ctrl+k")
        await settle(pilot)  # the name is remembered from the last save, not typed in
        assert app.screen.query_one("#save-client", CompletingInput).value == ""
        assert "Enter saves to Dana, or type a name" in screen_text(app)
        assert "Adds session 2 to Dana." in screen_text(app)
        await pilot.press("enter")
        await settle(pilot)
        await pilot.press("f6")  # Dana's record, just saved to; Escape: the list
        await wait_until(pilot, lambda: "Dana · 2 sessions" in screen_text(app))
        await pilot.press("escape")
        await settle(pilot)
        today = date.today().isoformat()
        assert re.search(
            rf"Dana +2 +{today} +{shown_score(second['exposure'])} {second['band']}",
            screen_text(app),
        )
        await pilot.press("enter")
        await settle(pilot)
        shown = screen_text(app)
        assert re.search(r"#  Date {8}Role {10}Exposure", shown)  # the header fits the rows
        exposures = [shown_score(r["exposure"]) for r in (first, second)]
        resiliences = [shown_score(r["resilience"]) for r in (first, second)]
        for number, result in ((1, first), (2, second)):
            row = rf"{number} +{today} +Data analyst +{exposures[number - 1]} {result['band']} +"
            assert re.search(row + f"{resiliences[number - 1]} +test", shown)
        flat = screen_text(app, flat=True)
        # Progress: exposure, resilience and skills, in the CLI's and the reports' words.
        assert f"Exposure over 2 sessions: {exposures[0]} → {exposures[1]}" in flat
        assert f"Resilience over 2 sessions: {resiliences[0]} → {resiliences[1]}" in flat
        assert f"Session 2 ({today}): added Python." in flat
        assert f"Private · {today} · session 1 Hi" in screen_text(app, flat=True)
    with Store.open() as store:
        client = store.find_client("Dana")
        assert [(n.body, n.shared) for n in store.notes(client.id)] == [("Hi", False)]
        assert store.sessions(client.id)[0].result == first


def _footer(screen_text, app) -> str:
    """The footer row, its keys one space apart."""
    return " ".join(screen_text(app).splitlines()[-1].split())


async def test_notes_consent_chosen_pivot_report_and_load_on_a_record(
    tui_app, screen_text, isolated_dirs, monkeypatch
):
    # One app run for what a coach does on a record (two runs before: 11-13 s of CI
    # apiece): private and shared notes, consent, the pivot chosen, a report that holds
    # the shared note and not the private one, and a session loaded.
    monkeypatch.chdir(isolated_dirs)  # reports start in the folder the app was started from
    client_id = seed("Dana Smith", sessions=1)
    async with on_client_list(tui_app) as (app, pilot):
        await pilot.press("enter")
        await settle(pilot)
        assert "No notes yet" in screen_text(app)
        assert "No pivot chosen yet" in screen_text(app)
        # n, a look at the dialog it opens (n waits to see whether a word follows),
        # then the note.
        await pilot.press("n")
        await until_shown(pilot, NoteEditor, "#note-body")
        await pilot.press(*"Mornings", "ctrl+s")
        await settle(pilot)
        await pilot.press("n")
        await until_shown(pilot, NoteEditor, "#note-body")
        await pilot.press(*"Course booked", "tab", "space")
        assert "Shared with the client: it appears in the reports" in screen_text(app)
        await pilot.press("ctrl+s")
        await settle(pilot)
        # The record redraws after the save's worker (a CI run once read it mid-redraw,
        # its body blank): wait for the count, then read the notes beside it.
        await wait_until(pilot, lambda: "Notes: 1 private, 1 shared" in screen_text(app))
        shown = screen_text(app)
        assert "Private · " in shown and "Mornings" in shown
        assert "Shared with client · " in shown and "Course booked" in shown
        await pilot.press("e", "end", *" only", "ctrl+s")  # edit the highlighted note
        await settle(pilot)
        assert "Mornings only" in screen_text(app)
        await command(pilot, "c")
        # The footer under a dialog offered the record's keys ("l Load", "m Report"),
        # which do nothing while it is up: it shows the dialog's own.
        assert _footer(screen_text, app) == "^s Save esc Cancel"
        await pilot.press(*"two years", "tab", *"2030-01-31", "enter")
        await settle(pilot)
        # The record shows the consent once the dialog's result has been stored and the
        # record redrawn; in one full CI run two settles were not enough (never alone).
        await wait_until(pilot, lambda: "keep until" in screen_text(app))
        shown = screen_text(app)
        assert f"Consent {date.today().isoformat()}: two years" in shown
        assert "keep until 2030-01-31" in shown
        await command(pilot, "p")
        await settle(pilot)
        assert _footer(screen_text, app) == "esc Cancel"
        await pilot.press("down", "enter")  # the first pivot in the session's list
        await settle(pilot)
        flat = screen_text(app, flat=True)
        assert (
            "Chosen pivot: AI orchestration specialist. Gap skills closed since session 1" in flat
        )
        await command(pilot, "m")
        await settle(pilot)
        report = isolated_dirs.resolve() / "dana-smith-session-1.md"
        assert "Session 1 report as Markdown" in screen_text(app)
        assert _footer(screen_text, app) == "esc Cancel"
        assert app.screen.chosen_path() == report  # Enter with nothing typed takes it
        await pilot.press("enter")
        await settle(pilot)
        text = report.read_text()
        assert "Dana Smith" in text and "Course booked" in text and "Mornings only" not in text
        assert stat.S_IMODE(report.stat().st_mode) == 0o600
        await command(pilot, "l")
        await settle(pilot)
        assert app.current_mode == "result"  # filled in and scored with the current model
        assert app.session.profile.role == "Data analyst"
        assert list(app.session.profile.skills) == sample_profile()["skills"]
    with Store.open() as store:
        assert [(n.body, n.shared) for n in store.notes(client_id)] == [
            ("Mornings only", False),
            ("Course booked", True),
        ]
        assert store.get_client(client_id).retention_until == date(2030, 1, 31)


async def test_a_newer_database_is_explained_not_crashed_on(
    tui_app,
    screen_text,
    isolated_dirs,
):
    path = isolated_dirs / "data" / DB_FILENAME
    path.parent.mkdir(parents=True)
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA application_id={APPLICATION_ID}")
    conn.execute(f"PRAGMA user_version={SCHEMA_VERSION + 1}")
    conn.commit()
    conn.close()
    async with on_client_list(tui_app) as (app, pilot):
        shown = screen_text(app, flat=True)
        assert "⚠ Could not open the client records:" in shown
        assert "was written by a newer version of career-resilience" in shown
        await score(pilot, "Data analyst", ["SQL"])
        await pilot.press("ctrl+k")
        await settle(pilot)
        await pilot.press(*"Dana", "enter")
        await settle(pilot)
        shown = screen_text(app, flat=True)
        assert "⚠ Could not save the assessment:" in shown and "newer version" in shown


def _long_history(sessions: int) -> int:
    """A client seen ``sessions`` times, each session with its own role."""
    with Store.open() as store:
        client = store.add_client("Long History")
        for n in range(1, sessions + 1):
            store.add_session(client.id, sample_profile(role=f"Role {n}"), sample_result())
        return client.id


def test_the_record_reads_no_sessions_result_to_list_them(isolated_dirs, monkeypatch):
    import json

    from career_resilience.tui import client_jobs

    client_id = _long_history(300)
    real = json.loads
    parsed: list[int] = []

    def counting(text, *args, **kwargs):
        if len(text) > 1000:  # a stored result; a profile or a skill list is far shorter
            parsed.append(len(text))
        return real(text, *args, **kwargs)

    monkeypatch.setattr(json, "loads", counting)
    with Store.open() as store:
        loaded = client_jobs.load_detail(store, client_id)
    assert len(loaded.sessions) == 300
    assert loaded.placed[1].role == "Role 1" and loaded.placed[300].role == "Role 300"
    # Progress reads the first and the latest result (why resilience moved; no pivot is
    # chosen: nothing else), not all 300.
    assert len(parsed) == 2, parsed


async def test_a_long_history_lists_every_session_and_opens_the_one_chosen(tui_app, screen_text):
    _long_history(300)
    async with on_client_list(tui_app) as (app, pilot):
        await pilot.press("enter")
        await settle(pilot)
        table = app.screen.query_one("#sessions-table")
        assert table.row_count == 300
        assert "Progress over 300 sessions" in screen_text(app)
        assert table.cursor_row == 299  # the latest session is under the cursor
        table.move_cursor(row=4)
        await command(pilot, "l")  # session 5, read whole only now
        await settle(pilot)
        assert app.current_mode == "result"
        assert app.session.profile.role == "Role 5"


async def test_the_chosen_pivot_list_says_what_there_is_to_learn_in_words(tui_app, screen_text):
    # Seen in tmux (a school bus driver's Taxi Drivers): "learn: no skills to learn".
    from coach_support import with_gaps

    with Store.open() as store:
        client = store.add_client("Dana Smith")
        done = with_gaps(sample_result(), "ai_orchestration_specialist", [])
        store.add_session(client.id, sample_profile(), done)
    async with on_client_list(tui_app) as (app, pilot):
        await pilot.press("enter")
        await settle(pilot)
        await command(pilot, "p")
        await settle(pilot)
        shown = screen_text(app)
        assert "to learn: nothing, you have its skills" in shown
        assert "to learn: Product discovery, Roadmapping" in shown
        assert "no skills to learn" not in shown


async def test_sessions_in_a_chosen_placement_are_marked_and_the_model_stays_in_view(
    tui_app, screen_text
):
    # tmux, 80x24: a nurse saved as placed and then as Psychiatric Technicians showed two
    # rows alike; and a job title longer than the room pushed the Model column out of view.
    role = "Licensed practical nurse, night shift"
    psych = {"onet_soc": "29-2053.00", "title": "Psychiatric Technicians", "probability": 1.0}
    with Store.open() as store:
        client = store.add_client("Maria Lopez")
        store.add_session(client.id, sample_profile(role=role), sample_result())
        chosen = dict(sample_profile(role=role), occupation="29-2053.00")
        listed = [dict(psych, consensus_pct=37.0)]
        store.add_session(client.id, chosen, sample_result(occupations=listed))
    async with on_client_list(tui_app, size=(80, 24)) as (app, pilot):
        await pilot.press("enter")
        await settle(pilot)
        shown = screen_text(app)
        version = sample_result()["model_version"]
        rows = [line for line in shown.splitlines() if "Licensed practical" in line]
        assert len(rows) == 2 and all(f"{version} " in row for row in rows), shown
        assert "…" in rows[0]  # the title gave up the room, not the model
        assert rows[0].split("…")[0].split()[-1].rstrip(",") in role.split(), rows[0]
        assert re.search(r"│\s+1\s+20", rows[0]) and re.search(r"│\s+2\*\s+20", rows[1])
        assert "* Scored in a placement chosen, not where the model placed the job title:" in shown
        assert "Psychiatric Technicians (session 2)." in screen_text(app, flat=True)


async def test_a_client_with_no_sessions_says_so_where_the_sessions_go(tui_app, screen_text):
    # Seen in tmux at 200x50: a new client's record showed an empty "Sessions" box whose
    # border offered "l load · m/h report · p pivot", and under it "Progress over 0
    # sessions". The sessions box now says there are none and how to add one.
    seed("Maria Lopez")
    async with on_client_list(tui_app) as (app, pilot):
        await pilot.press("enter")
        await settle(pilot)
        shown = screen_text(app)
        box = app.screen.query_one("#sessions-box")
        assert "No sessions yet. Save an assessment" in shown
        assert box.region.contains(*_offset_of(shown, "No sessions yet"))
        assert "0 sessions ─" not in shown and "l load" not in shown


def _offset_of(text: str, words: str) -> tuple[int, int]:
    """Where ``words`` are on the screen, as (x, y)."""
    for y, line in enumerate(text.splitlines()):
        if words in line:
            return line.index(words), y
    raise AssertionError(f"{words!r} not on screen")
