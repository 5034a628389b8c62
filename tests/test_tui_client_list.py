"""The client list (F6) driven by keys (Pilot): adding, searching, archiving and erasing
clients, its keys and their words, and its help.

The app comes from the ``tui_app`` fixture, opened on the list by
``coach_support.on_client_list``; records live in the test's own data directory
(RESILIENCE_DATA_DIR, set by conftest). A client's record: tests/test_tui_client_record.py.
"""

from __future__ import annotations

from datetime import date

from coach_support import names_in_store, on_client_list, seed, settle

from career_resilience.records import Store


async def test_new_client_with_problems_shown_in_place(tui_app, screen_text):
    async with on_client_list(tui_app) as (app, pilot):
        assert "No clients yet. Press ctrl+g to add one" in screen_text(app, flat=True)
        # Said once: the line over the list had said "No clients." above it.
        assert screen_text(app, flat=True).count("No clients") == 1
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
    async with on_client_list(tui_app) as (app, pilot):
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
    async with on_client_list(tui_app, "Ana Reyes", "Marco Diaz") as (app, pilot):
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
        # Back on the list, another name typed is a new search: walked as a coach,
        # "ana" went on after the old search ("Marcoana") and listed nobody.
        await pilot.press("escape")
        await settle(pilot)
        await pilot.press(*"ana", "enter")
        await settle(pilot)
        assert "Ana Reyes · 0 sessions" in screen_text(app)


async def test_a_lower_case_name_searches_and_the_commands_work_from_the_search_box(
    tui_app, screen_text
):
    # "ana" typed on the table opened the archive question on its "a" (and "e", "n",
    # "r", "v", "x" were commands too): every letter searches; commands are ctrl+letters.
    from career_resilience.tui.screens.client_dialogs import ConfirmDialog

    async with on_client_list(tui_app, "Ana Reyes", "Ben Okafor") as (app, pilot):
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
    async with on_client_list(tui_app, "Ana Reyes") as (app, pilot):
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


async def test_archiving_asks_first_naming_the_client_and_escape_keeps_them(
    tui_app, screen_text, monkeypatch
):
    # A stray key on the list must not hide a client: archiving asks first.
    import time

    from career_resilience.tui.screens import client_list
    from career_resilience.tui.screens.client_dialogs import ConfirmDialog

    def slow_list(*args, **kwargs):
        # The archived list is slow to read (a busy machine, a large store): ctrl+a typed
        # right behind ctrl+t must still restore from that list, not the one before it.
        time.sleep(0.3)
        return load_clients(*args, **kwargs)

    load_clients = client_list.load_clients

    async with on_client_list(tui_app, "Ana Reyes") as (app, pilot):
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
        monkeypatch.setattr(client_list, "load_clients", slow_list)
        await pilot.press("ctrl+t", "ctrl+a")  # restoring asks nothing
        await settle(pilot)
        assert not isinstance(app.screen, ConfirmDialog)
        with Store.open() as store:
            assert not store.find_client("Ana Reyes").archived


async def test_erase_asks_first_then_removes_the_client(tui_app, screen_text):
    seed("Ann Lee")
    dana = seed("Dana Smith", sessions=1)
    with Store.open() as store:
        store.add_note(dana, "Worried about layoffs")
    async with on_client_list(tui_app) as (app, pilot):
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
    async with on_client_list(tui_app) as (app, pilot):
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


async def test_help_on_the_client_list_opens_at_the_lists_keys(tui_app, screen_text):
    # F1 on the list showed the app-wide keys; the list's own (ctrl+a archives) were
    # two pages down, behind a scroll nothing pointed to.
    async with on_client_list(tui_app, "Ana Reyes", size=(80, 24)) as (app, pilot):
        await pilot.press("f1")
        await settle(pilot)
        shown = screen_text(app)
        assert "Clients (for coaches" in shown and "ctrl+a" in shown
        await pilot.press("escape", "enter", "f1")  # a client's record: its own keys
        await settle(pilot)
        assert "A client's record" in screen_text(app)


async def test_a_long_name_is_cut_and_the_status_stays_in_view_at_80_columns(tui_app, screen_text):
    # tmux, 80x24: a long name pushed Exposure ("53 modera") and the Status column, where
    # "past retention" shows, out of view.
    name = "Maria Guadalupe Lopez-Fernandez de la Cruz"
    seed(name, sessions=1, retention=date(2020, 1, 1))
    async with on_client_list(tui_app, size=(80, 24)) as (app, _):
        lines = screen_text(app).splitlines()
        row = next(line for line in lines if line.strip().startswith("Maria"))
        assert "Maria Guadalupe" in row and "… " in row, row  # cut, not pushed
        # ... after a whole word ("Lopez-F…" read as a typo)
        cut = row.split("…")[0].split()[-1]
        assert cut in name.split(), row
        assert row.rstrip().endswith("⚠ past retention"), row
