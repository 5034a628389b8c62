"""The coach's clients: search as you type, open, add, rename, archive and erase.

The list reloads (in a worker) whenever it is shown. A client past their retention
date is flagged, and ctrl+f offers to erase every such client at once (after a
confirmation naming them). The list and the search are kept in step by
``client_list.py`` (this screen builds on it); here are the view's layout and the
commands that change a client.
"""

from __future__ import annotations

from functools import partial
from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import Vertical
from textual.widgets import DataTable, Footer, Input, Static

from career_resilience import wording as say
from career_resilience import wording as words
from career_resilience.records import Client, Store
from career_resilience.tui import views
from career_resilience.tui.client_actions import (
    client_renamed,
    clients_erased,
    take_record_to_open,
)
from career_resilience.tui.client_actions import run_records_job as run
from career_resilience.tui.client_jobs import erase_clients
from career_resilience.tui.client_messages import (
    ClientChanged,
    ClientsErased,
)
from career_resilience.tui.screens.base import screen_css
from career_resilience.tui.screens.client_dialogs import ClientNameDialog, ConfirmDialog
from career_resilience.tui.screens.client_list import COLUMNS, ClientList
from career_resilience.tui.widgets.cut_table import CutTable
from career_resilience.tui.widgets.key_order import SearchInput
from career_resilience.tui.widgets.view_bar import ViewBar
from career_resilience.tui.workers import while_shown
from career_resilience.wording import erase_question


class ClientsScreen(ClientList):
    """Every client with their latest exposure; past-retention clients are flagged."""

    # Selectors in the file name the screen already, so no automatic scoping.
    DEFAULT_CSS = screen_css("clients")
    SCOPED_CSS = False

    BINDINGS: ClassVar[list[BindingType]] = list(views.view_bindings("clients"))

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
        self.back_from_record()
        if saved_to := take_record_to_open(self.app):
            self.open_when_listed(saved_to)
        self.reload()

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
