"""The coach's clients: search as you type, open, add, rename, archive and erase.

The list reloads (in a worker) whenever it is shown. A client past their retention
date is flagged, and ctrl+f offers to erase every such client at once (after a
confirmation naming them).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from functools import partial
from typing import ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import Vertical
from textual.content import Content
from textual.widgets import DataTable, Footer, Input, Static

from career_resilience import wording as say
from career_resilience import wording as words
from career_resilience.records import Client, Store
from career_resilience.records.overview import ClientRow
from career_resilience.tui import views
from career_resilience.tui.client_actions import (
    client_renamed,
    clients_erased,
    current_client,
    start_client,
    take_record_to_open,
    unsaved_question,
    unsaved_role,
)
from career_resilience.tui.client_actions import run_records_job as run
from career_resilience.tui.client_jobs import erase_clients, load_clients
from career_resilience.tui.client_messages import (
    ClientChanged,
    ClientsErased,
    ClientsLoaded,
    RecordsFailed,
)
from career_resilience.tui.screens.base import SessionScreen, screen_css
from career_resilience.tui.screens.client_dialogs import ClientNameDialog, ConfirmDialog
from career_resilience.tui.widgets.cut_table import CutTable
from career_resilience.tui.widgets.key_order import SearchInput
from career_resilience.tui.widgets.view_bar import ViewBar
from career_resilience.tui.workers import while_shown
from career_resilience.wording import client_status, erase_question, score

COLUMNS = say.CLIENT_COLUMNS
OPEN = "open the client records"


class ClientsScreen(SessionScreen):
    """Every client with their latest exposure; past-retention clients are flagged."""

    # Selectors in the file name the screen already, so no automatic scoping.
    DEFAULT_CSS = screen_css("clients")
    SCOPED_CSS = False

    BINDINGS: ClassVar[list[BindingType]] = list(views.view_bindings("clients"))

    def __init__(self) -> None:
        super().__init__()
        self.rows: list[ClientRow] = []
        self.expired: list[Client] = []
        self.archived = False
        self._select: int | None = None
        #: The search the table shows, and whether Enter asked to open its first match.
        self._loaded_search: str | None = None
        self._loaded_archived = False
        self._open_when_loaded = False
        #: A read of the list is under way: the table may show rows from before it.
        self._reading = False
        #: A client whose record opens once the list is read (open_when_listed).
        self._open_name: str | None = None

    def compose(self) -> ComposeResult:
        """Search box, retention warning, problems, the table."""
        yield ViewBar("clients")
        with Vertical(id="clients-main"):
            yield Static(id="clients-intro")
            yield SearchInput(
                placeholder=say.CLIENT_SEARCH,
                id="clients-search",
            )
            yield Static(id="clients-retention")
            yield Static(id="clients-error", classes="field-error")
            # A long name gives up room, not the Status column ("past retention").
            yield CutTable(crop=COLUMNS.index("Client"), id="clients-table")
            yield Static(id="clients-empty")
        yield Footer(compact=True)

    def on_mount(self) -> None:
        """Columns; the list loads when the screen is shown."""
        self.query_one(DataTable).add_columns(*COLUMNS)
        self.query_one("#clients-retention").display = False
        self.query_one(DataTable).focus()

    def on_screen_resume(self) -> None:
        """Reload every time the view is shown (sessions may have been saved elsewhere);
        open the record of a client an assessment was just saved to."""
        super().on_screen_resume()
        if saved_to := take_record_to_open(self.app):
            self.open_when_listed(saved_to)
        self.reload()

    def open_when_listed(self, name: str) -> None:
        """Open ``name``'s record once the list is read: the record of another client
        stepped aside for theirs (ClientRecordScreen.on_screen_resume).

        A search left in the box is cleared, as it may hide them: "maria" typed to open
        Maria Lopez, then an assessment saved to Tom Reed, and F6 showed the list of
        Marias, not Tom's record as the notice said.
        """
        self._open_name = name
        search = self.query_one("#clients-search", Input)
        if search.value:
            search.value = ""

    def search_from_key(self) -> bool:
        """A character typed on the table starts a search: move the focus to the search
        box (the app sends the key on there, and the keys behind it follow:
        keys_follow.py).

        A coach who typed a name on the list ("Marco", "ana") ran its letters as the
        list's commands: the "a" archived the highlighted client, the "r" opened a
        rename. The commands are ctrl+letters now (tui/views.py), so every letter,
        digit or sign a name uses searches; only "/" (to the search box) and "?" (help)
        are keys.
        """
        if self.focused is not self.query_one(DataTable):
            return False
        self.set_focus(self.query_one("#clients-search", Input))  # at once
        return True

    @property
    def search(self) -> str:
        """The search text as typed."""
        return self.query_one("#clients-search", Input).value.strip()

    def reload(self) -> None:
        """Read the list for the current search in a worker (the newest read wins)."""
        job = partial(load_clients, search=self.search, archived=self.archived)
        self._reading = True
        run(self, job, OPEN, group="clients-list", exclusive=True)

    @on(Input.Changed, "#clients-search")
    def _searching(self) -> None:
        self.reload()

    @on(Input.Submitted, "#clients-search")
    def _open_match(self) -> None:
        """Enter in the search box opens the highlighted match (once the search is read)."""
        loaded = (self._loaded_search, self._loaded_archived) == (self.search, self.archived)
        if self._reading or not loaded:
            self._open_when_loaded = True  # the list for what was typed is still loading
        elif self.rows:
            self.action_open()
        else:
            self.query_one(DataTable).focus()

    def action_cursor(self, step: int) -> None:
        """Up and Down in the search box move the table's highlight."""
        table = self.query_one(DataTable)
        if self.rows:
            table.move_cursor(row=min(max(table.cursor_row + step, 0), len(self.rows) - 1))

    @while_shown
    def on_clients_loaded(self, message: ClientsLoaded) -> None:
        """Fill the table, keeping the cursor on the same client."""
        if (message.search, message.archived) != (self.search.strip(), self.archived):
            return  # an older search finished after a newer one
        self.query_one("#clients-error", Static).set_class(False, "-shown")
        table = self.query_one(CutTable)
        keep = self._select if self._select is not None else self.selected_id()
        self._select = None
        self.rows, self.expired = message.rows, message.expired
        self._loaded_search, self._loaded_archived = message.search, message.archived
        self._reading = False
        today = date.today()
        rows = []
        for row in self.rows:
            c = row.client
            exposure = "—" if row.exposure is None else f"{score(row.exposure)} {row.band}"
            last = c.last_session_at.date().isoformat() if c.last_session_at else "—"
            status = client_status(c, today)
            cells = (Text(c.name), str(c.session_count), last, exposure, Text(status))
            rows.append((str(c.id), cells))
        table.fill(COLUMNS, rows)
        ids = [r.client.id for r in self.rows]
        names = [r.client.name for r in self.rows]
        opening, self._open_name = self._open_name, None
        if opening in names:
            keep = ids[names.index(opening)]
        table.move_cursor(row=ids.index(keep) if keep in ids else 0)
        table.display = True
        table.set_class(not self.rows, "-empty")
        self._describe()
        self.refresh_bindings()
        if self._open_when_loaded:
            self._open_when_loaded = False
            self._open_match()
        elif opening in names:
            self.action_open()

    def _describe(self) -> None:
        intro = say.clients_intro(len(self.rows), self.search, self.archived)
        self.query_one("#clients-intro", Static).update(Content(intro))
        empty = self.query_one("#clients-empty", Static)
        empty.display = not self.rows
        if self.search:
            empty.update(say.NOBODY_MATCHES)
        else:
            empty.update(say.NO_CLIENTS_HOW)
        banner = self.query_one("#clients-retention", Static)
        banner.display = bool(self.expired)
        if self.expired:
            names = [f"{c.name} (until {c.retention_until})" for c in self.expired]
            banner.update(Content(say.past_retention_banner(names)))

    @while_shown
    def on_records_failed(self, message: RecordsFailed) -> None:
        """Say what went wrong where the list would be."""
        error = self.query_one("#clients-error", Static)
        error.update(Content(f"⚠ {message.text}"))
        error.set_class(True, "-shown")
        if message.doing == OPEN:
            self._reading = self._open_when_loaded = False
            self.query_one("#clients-intro", Static).update("The client list is not available.")
            self.rows, self.expired = [], []
            self.query_one(DataTable).display = False
            self.query_one("#clients-empty").display = False
            self.query_one("#clients-retention").display = False
            self.refresh_bindings()

    @while_shown
    def on_client_changed(self, message: ClientChanged) -> None:
        """A write finished: say so and reload."""
        self.notify(message.summary, markup=False)
        self.reload()

    @while_shown
    def on_clients_erased(self, message: ClientsErased) -> None:
        """Erased: say so (and whether leftovers wait for another copy) and reload."""
        text = words.clients_erased(message.names, message.leftovers)
        self.notify(text, title=words.ERASED, markup=False)
        self.reload()
        clients_erased(self.resilience_app, message.names)

    def selected(self) -> Client | None:
        """The client under the cursor."""
        row = self.query_one(DataTable).cursor_row
        return self.rows[row].client if 0 <= row < len(self.rows) else None

    def selected_id(self) -> int | None:
        """The id of the client under the cursor."""
        client = self.selected()
        return None if client is None else client.id

    def action_new(self) -> None:
        """Ask for a name and add the client."""

        def added(client: Client | None) -> None:
            if client is not None:
                self._select = client.id
                self.notify(words.client_added(client.name), markup=False)
                self.query_one("#clients-search", Input).value = ""
                self.reload()
                self._work_with(client.name, lambda: None)

        def add(store: Store, name: str) -> Client:
            return store.add_client(name)

        self.app.push_screen(ClientNameDialog(say.NEW_CLIENT, say.ADD, add), added)

    def action_rename(self) -> None:
        """Give the selected client another name."""
        client = self.selected()
        if client is None:
            return

        def rename(store: Store, name: str) -> Client:
            return store.rename_client(client.id, name)

        def renamed(new: Client | None) -> None:
            if new is not None:
                client_renamed(self.app, client.name, new.name)
                self.notify(words.client_renamed(client.name, new.name), markup=False)
                self.reload()

        dialog = ClientNameDialog(say.RENAME_CLIENT, say.RENAME, rename, client.name)
        self.app.push_screen(dialog, renamed)

    @on(DataTable.RowSelected, "#clients-table")
    def action_open(self) -> None:
        """Open the selected client's record, once the list being read is in: Enter
        right behind a new client's name opened the row highlighted before it (another
        client), as the list highlights the new one only when read again."""
        from career_resilience.tui.screens.client_record import ClientRecordScreen

        if self._reading:
            self._open_when_loaded = True
            return
        client = self.selected()
        if client is not None:
            record = ClientRecordScreen(client.id, client.name)
            self._work_with(client.name, lambda: self.app.push_screen(record))

    def _work_with(self, name: str, then: Callable[[], object]) -> None:
        """Work with client ``name``, then do ``then``; a result on screen saved to no
        client is cleared only if the coach says so (Back keeps it and does nothing)."""
        app = self.resilience_app
        # Their own record, opened again, clears nothing (start_client).
        role = "" if name == current_client(app) else unsaved_role(app)

        def answered(yes: bool | None) -> None:
            if yes:
                start_client(self.resilience_app, name)
                then()

        if not role:
            answered(True)
            return
        question = unsaved_question(app, role, name)
        dialog = ConfirmDialog(say.UNSAVED_RESULT, question, say.CLEAR_IT, say.BACK)
        self.app.push_screen(dialog, answered)

    def action_archive(self) -> None:
        """Archive the selected client (hidden from the list) after asking, or restore them.

        Archiving asks first, naming the client: a coach typing a name that starts with
        "a" on the table hid the highlighted client. Restoring only brings someone back,
        so it goes ahead at once.
        """
        client = self.selected()
        if client is None:
            return
        summary = words.client_archived(client.name, not client.archived)

        def job(store: Store) -> ClientChanged:
            return ClientChanged(summary, store.set_archived(client.id, not client.archived))

        if client.archived:
            run(self, job, f"restore {client.name}")
            return

        def answered(yes: bool | None) -> None:
            if yes:
                run(self, job, f"archive {client.name}")

        question = words.archive_question(client.name)
        dialog = ConfirmDialog(say.ARCHIVE_CLIENT, question, say.ARCHIVE, danger=False)
        self.app.push_screen(dialog, answered)

    def action_toggle_archived(self) -> None:
        """Show or hide archived clients."""
        self.archived = not self.archived
        self.reload()

    def action_search(self) -> None:
        """Move to the search box."""
        self.query_one("#clients-search").focus()

    def action_clear_search(self) -> None:
        """Empty the search box and go back to the list."""
        self.query_one("#clients-search", Input).value = ""
        self.query_one(DataTable).focus()

    def action_erase(self) -> None:
        """Erase the selected client, after a confirmation naming them."""
        client = self.selected()
        if client is not None:
            self._confirm_erase([client], say.ERASE_CLIENT)

    def action_erase_expired(self) -> None:
        """Offer to erase every client past their retention date."""
        if self.expired:
            self._confirm_erase(self.expired, say.ERASE_PAST_RETENTION)

    def _confirm_erase(self, clients: list[Client], title: str) -> None:
        def answered(yes: bool | None) -> None:
            if yes:
                ids = [c.id for c in clients]
                run(self, partial(erase_clients, ids=ids), "erase the client records")

        dialog = ConfirmDialog(title, erase_question(clients), say.ERASE)
        self.app.push_screen(dialog, answered)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Keys that act on a client need one; "erase expired" only when there are some."""
        if action in ("open", "rename", "archive", "erase"):
            return bool(self.rows)
        if action == "erase_expired":
            return bool(self.expired)
        return super().check_action(action, parameters)
