"""The coach screens driven by keys (Pilot): clients, a client's record, saving assessments.

The app comes from ``tui_app`` (tests/tui_clients_support.py): the real app once it
has the "clients" view, until then a subclass wired the same way (F6, ctrl+k). Records
live in the test's own data directory (RESILIENCE_DATA_DIR, set by conftest).
"""

from __future__ import annotations

import re
import sqlite3
import stat
from datetime import date

from coach_support import sample_profile, sample_result
from tui_support import wait_until

from career_resilience.model.profile import Profile
from career_resilience.records import DB_FILENAME, SCHEMA_VERSION, Store
from career_resilience.records.db import APPLICATION_ID
from career_resilience.tui.widgets.completing_input import CompletingInput
from career_resilience.wording import score as shown_score

SIZE = (100, 40)


async def settle(pilot) -> None:
    """Wait for workers (model, records) and the repaint after their messages."""
    for _ in range(2):
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()


async def to_clients(pilot) -> None:
    """F6: the client list, loaded."""
    await settle(pilot)
    await pilot.press("f6")
    await settle(pilot)


async def score(pilot, role: str, skills: list[str]) -> None:
    """Fill the profile form (as typing would) and score it."""
    await pilot.press("f2")
    screen = pilot.app.screen
    screen.query_one("#role", CompletingInput).value = role
    screen.query_one("#skills").set_skills([])
    for skill in skills:
        screen.add_skills(skill)
    await pilot.press("ctrl+r")
    await settle(pilot)


def seed(name: str, sessions: int = 0, retention: date | None = None) -> int:
    """A client with ``sessions`` stored sessions of the sample assessment."""
    with Store.open() as store:
        client = store.add_client(name)
        for _ in range(sessions):
            store.add_session(client.id, sample_profile(), sample_result())
        if retention is not None:
            store.set_retention(client.id, retention)
        return client.id


def names_in_store() -> list[str]:
    """Every client name in the records, archived ones too."""
    with Store.open() as store:
        return [c.name for c in store.list_clients(include_archived=True)]


async def test_new_client_with_problems_shown_in_place(tui_app, screen_text):
    app = tui_app()
    async with app.run_test(size=SIZE) as pilot:
        await to_clients(pilot)
        assert "No clients yet. Press ctrl+g to add one" in screen_text(app, flat=True)
        await pilot.press("ctrl+g", "enter")
        await settle(pilot)
        assert "⚠ a client name cannot be empty" in screen_text(app)
        await pilot.press(*"Ada", "enter")
        await settle(pilot)
        shown = screen_text(app)
        assert "1 client." in shown and "Ada" in shown
        await pilot.press("ctrl+g", *" ada", "enter")
        await settle(pilot)
        assert "⚠ a client named 'Ada' already exists" in screen_text(app)
        await pilot.press("escape")
        assert names_in_store() == ["Ada"]


async def test_search_filters_names_and_notes_as_you_type(tui_app, screen_text):
    for name in ("Dana Smith", "Ann Lee", "Ben Okafor"):
        seed(name)
    with Store.open() as store:
        store.add_note(store.find_client("Ben Okafor").id, "Starts the Python course")
    app = tui_app()
    async with app.run_test(size=SIZE) as pilot:
        await to_clients(pilot)
        await pilot.press("slash", *"an")
        await settle(pilot)
        shown = screen_text(app)
        assert "Dana Smith" in shown and "Ann Lee" in shown and "Ben Okafor" not in shown
        assert "2 clients matching “an”" in shown
        await pilot.press("backspace", "backspace", *"python")
        await settle(pilot)
        shown = screen_text(app)
        assert "Ben Okafor" in shown and "Dana Smith" not in shown
        await pilot.press("escape")  # clears the search
        await settle(pilot)
        assert "3 clients." in screen_text(app)


async def test_a_name_typed_on_the_list_searches_and_runs_no_command(tui_app, screen_text):
    # Seen in tmux: "Marco" typed with the table focused archived the highlighted
    # "Ana Reyes" (the "a") and opened a rename (the "r").
    for name in ("Ana Reyes", "Marco Diaz"):
        seed(name)
    app = tui_app()
    async with app.run_test(size=SIZE) as pilot:
        await to_clients(pilot)
        assert app.focused is app.screen.query_one("#clients-table")
        await pilot.press(*"Marco")
        await settle(pilot)
        assert app.screen.query_one("#clients-search").value == "Marco"
        shown = screen_text(app)
        assert "Marco Diaz" in shown and "Ana Reyes" not in shown
        with Store.open() as store:
            assert not store.find_client("Ana Reyes").archived
            assert store.find_client("Marco Diaz").name == "Marco Diaz"
        await pilot.press("enter")  # Enter in the search box opens the match
        await settle(pilot)
        assert "Marco Diaz · 0 sessions" in screen_text(app)


async def test_a_lower_case_name_searches_and_the_commands_work_from_the_search_box(
    tui_app, screen_text
):
    # "ana" typed on the table opened the archive question on its "a" (and "e", "n",
    # "r", "v", "x" were commands too): every letter searches; commands are ctrl+letters.
    from career_resilience.tui.screens.client_dialogs import ConfirmDialog

    for name in ("Ana Reyes", "Ben Okafor"):
        seed(name)
    app = tui_app()
    async with app.run_test(size=SIZE) as pilot:
        await to_clients(pilot)
        assert app.focused is app.screen.query_one("#clients-table")
        await pilot.press(*"ana")
        await settle(pilot)
        assert not isinstance(app.screen, ConfirmDialog)
        assert app.screen.query_one("#clients-search").value == "ana"
        assert "Ben Okafor" not in screen_text(app)
        await pilot.press("ctrl+a")  # from the search box: asks about the match
        await settle(pilot)
        assert isinstance(app.screen, ConfirmDialog)
        assert "Archive Ana Reyes?" in screen_text(app)
        await pilot.press("escape")
        await settle(pilot)
        assert app.screen.query_one("#clients-search").value == "ana"
    with Store.open() as store:
        assert not store.find_client("Ana Reyes").archived


async def test_the_footer_keeps_the_lists_order_wherever_the_focus_is(tui_app, screen_text):
    # With the search box focused the footer began with the keys the text box binds
    # too (^a, ^x), so it reordered itself as the coach moved between box and list.
    seed("Ana Reyes")
    app = tui_app()
    async with app.run_test(size=SIZE) as pilot:
        await to_clients(pilot)
        footers = []
        for widget in ("#clients-table", "#clients-search"):
            app.screen.query_one(widget).focus()
            await pilot.pause()
            footers.append(" ".join(screen_text(app).splitlines()[-1].split()))
        assert footers[0] == footers[1]
        assert footers[0].startswith("^g New ^l Rename ^a Archive ^t Archived ^x Erase")


def test_the_words_name_the_client_lists_own_keys():
    # The words are the kernel's; the keys are tui/views.py's: the two must agree.
    from career_resilience import wording
    from career_resilience.tui.views import keys_of

    archive, shown = keys_of("archive"), keys_of("toggle_archived")
    assert f"{shown} shows archived clients, and {archive} there" in wording.archive_question("A")
    assert f"{shown} shows archived clients" in wording.client_archived("A", True)
    assert f"Press {keys_of('new')} to add one" in wording.NO_CLIENTS_HOW
    assert f"Press {keys_of('erase_expired')} to erase them" in wording.past_retention_banner(["A"])


async def test_archiving_asks_first_naming_the_client_and_escape_keeps_them(tui_app, screen_text):
    # A stray key on the list must not hide a client: archiving asks first.
    from career_resilience.tui.screens.client_dialogs import ConfirmDialog

    seed("Ana Reyes")
    app = tui_app()
    async with app.run_test(size=SIZE) as pilot:
        await to_clients(pilot)
        await pilot.press("ctrl+a")
        await settle(pilot)
        assert isinstance(app.screen, ConfirmDialog)
        assert "Archive Ana Reyes?" in screen_text(app)
        await pilot.press("escape")
        await settle(pilot)
        with Store.open() as store:
            assert not store.find_client("Ana Reyes").archived
        await pilot.press("ctrl+a", "enter")  # Enter on the focused Archive button
        await settle(pilot)
        with Store.open() as store:
            assert store.find_client("Ana Reyes").archived
        await pilot.press("ctrl+t", "ctrl+a")  # restoring asks nothing
        await settle(pilot)
        assert not isinstance(app.screen, ConfirmDialog)
        with Store.open() as store:
            assert not store.find_client("Ana Reyes").archived


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
        await pilot.press("f6")
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


async def test_private_and_shared_notes_and_consent(tui_app, screen_text):
    client_id = seed("Dana Smith", sessions=1)
    app = tui_app()
    async with app.run_test(size=SIZE) as pilot:
        await to_clients(pilot)
        await pilot.press("enter")
        await settle(pilot)
        assert "No notes yet" in screen_text(app)
        await pilot.press("n", *"Mornings", "ctrl+s")
        await settle(pilot)
        await pilot.press("n", *"Course", "tab", "space")
        assert "Shared with the client: it appears in the reports" in screen_text(app)
        await pilot.press("ctrl+s")
        await settle(pilot)
        shown = screen_text(app)
        assert "Notes: 1 private, 1 shared" in shown
        assert "Private · " in shown and "Mornings" in shown
        assert "Shared with client · " in shown and "Course" in shown
        await pilot.press("e", "end", *" only", "ctrl+s")  # edit the highlighted note
        await settle(pilot)
        assert "Mornings only" in screen_text(app)
        await pilot.press("c", *"two years", "tab", *"2030-01-31", "enter")
        await settle(pilot)
        # The record shows the consent once the dialog's result has been stored and the
        # record redrawn; in one full CI run two settles were not enough (never alone).
        await wait_until(pilot, lambda: "keep until" in screen_text(app))
        shown = screen_text(app)
        assert f"Consent {date.today().isoformat()}: two years" in shown
        assert "keep until 2030-01-31" in shown
    with Store.open() as store:
        assert [(n.body, n.shared) for n in store.notes(client_id)] == [
            ("Mornings only", False),
            ("Course", True),
        ]
        assert store.get_client(client_id).retention_until == date(2030, 1, 31)


async def test_erase_asks_first_then_removes_the_client(tui_app, screen_text):
    seed("Ann Lee")
    dana = seed("Dana Smith", sessions=1)
    with Store.open() as store:
        store.add_note(dana, "Worried about layoffs")
    app = tui_app()
    async with app.run_test(size=SIZE) as pilot:
        await to_clients(pilot)
        await pilot.press("down", "ctrl+x")
        shown = screen_text(app, flat=True)
        assert "Erase Dana Smith?" in shown
        assert "1 session, all notes, consent and retention details" in shown
        await pilot.press("n")
        await settle(pilot)
        assert "Dana Smith" in screen_text(app)
        await pilot.press("ctrl+x", "y")
        await settle(pilot)
        assert "Dana Smith" not in screen_text(app)
        assert "1 client." in screen_text(app)
    assert names_in_store() == ["Ann Lee"]


async def test_past_retention_is_flagged_and_erasure_offered(tui_app, screen_text):
    seed("Ben Okafor", sessions=1, retention=date(2020, 1, 31))
    seed("Ann Lee", retention=date(2999, 1, 1))
    app = tui_app()
    async with app.run_test(size=SIZE) as pilot:
        await to_clients(pilot)
        shown = screen_text(app, flat=True)
        assert "⚠ past retention" in shown
        assert "Past their retention date: Ben Okafor (until 2020-01-31)" in shown
        await pilot.press("ctrl+f")
        assert "Erase Ben Okafor?" in screen_text(app, flat=True)
        await pilot.press("y")
        await settle(pilot)
        shown = screen_text(app)
        assert "Ben Okafor" not in shown and "Past their retention" not in shown
    assert names_in_store() == ["Ann Lee"]


async def test_report_pivot_and_load_profile(tui_app, screen_text, isolated_dirs, monkeypatch):
    monkeypatch.chdir(isolated_dirs)  # reports start in the folder the app was started from
    client_id = seed("Dana Smith", sessions=1)
    with Store.open() as store:
        store.add_note(client_id, "Shared plan", shared=True)
        store.add_note(client_id, "Private worry")
    app = tui_app()
    async with app.run_test(size=SIZE) as pilot:
        await to_clients(pilot)
        await pilot.press("enter")
        await settle(pilot)
        assert "No pivot chosen yet" in screen_text(app)
        await pilot.press("p", "down", "enter")  # the first pivot in the session's list
        await settle(pilot)
        flat = screen_text(app, flat=True)
        assert (
            "Chosen pivot: AI orchestration specialist. Gap skills closed since session 1" in flat
        )
        await pilot.press("m")
        await settle(pilot)
        report = isolated_dirs.resolve() / "dana-smith-session-1.md"
        assert "Session 1 report as Markdown" in screen_text(app)
        assert app.screen.chosen_path() == report  # Enter with nothing typed takes it
        await pilot.press("enter")
        await settle(pilot)
        text = report.read_text()
        assert "Dana Smith" in text and "Shared plan" in text and "Private worry" not in text
        assert stat.S_IMODE(report.stat().st_mode) == 0o600
        await pilot.press("l")
        await settle(pilot)
        assert app.current_mode == "result"  # filled in and scored with the current model
        assert app.session.profile.role == "Data analyst"
        assert list(app.session.profile.skills) == sample_profile()["skills"]


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
    app = tui_app()
    async with app.run_test(size=SIZE) as pilot:
        await to_clients(pilot)
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
    assert loaded.roles[1] == "Role 1" and loaded.roles[300] == "Role 300"
    # Progress reads the latest result (no pivot is chosen: nothing else), not all 300.
    assert len(parsed) == 1, parsed


async def test_a_long_history_lists_every_session_and_opens_the_one_chosen(tui_app, screen_text):
    _long_history(300)
    app = tui_app()
    async with app.run_test(size=SIZE) as pilot:
        await to_clients(pilot)
        await pilot.press("enter")
        await settle(pilot)
        table = app.screen.query_one("#sessions-table")
        assert table.row_count == 300
        assert "Progress over 300 sessions" in screen_text(app)
        assert table.cursor_row == 299  # the latest session is under the cursor
        table.move_cursor(row=4)
        await pilot.press("l")  # session 5, read whole only now
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
    app = tui_app()
    async with app.run_test(size=SIZE) as pilot:
        await to_clients(pilot)
        await pilot.press("enter")
        await settle(pilot)
        await pilot.press("p")
        await settle(pilot)
        shown = screen_text(app)
        assert "to learn: nothing, you have its skills" in shown
        assert "to learn: Product discovery, Roadmapping" in shown
        assert "no skills to learn" not in shown


async def test_help_on_the_client_list_opens_at_the_lists_keys(tui_app, screen_text):
    # F1 on the list showed the app-wide keys; the list's own (ctrl+a archives) were
    # two pages down, behind a scroll nothing pointed to.
    seed("Ana Reyes")
    app = tui_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await to_clients(pilot)
        await pilot.press("f1")
        await settle(pilot)
        shown = screen_text(app)
        assert "Clients (for coaches" in shown and "ctrl+a" in shown
        await pilot.press("escape", "enter", "f1")  # a client's record: its own keys
        await settle(pilot)
        assert "A client's record" in screen_text(app)
