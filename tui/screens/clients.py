"""The coach's clients: search as you type, open, add, rename, archive and erase.

A client past their retention date is flagged in the list, and e offers to erase
every such client at once (after a confirmation naming them).
"""

from __future__ import annotations

from functools import partial
from typing import ClassVar

from textual import on
from textual.binding import Binding, BindingType
from textual.widgets import DataTable, Input

from career_resilience.records import Client, Store
from career_resilience.tui.client_actions import run_records_job as run
from career_resilience.tui.client_jobs import erase_clients
from career_resilience.tui.client_messages import ClientChanged
from career_resilience.tui.screens.client_dialogs import ClientNameDialog, ConfirmDialog
from career_resilience.tui.screens.client_list import ClientListView
from career_resilience.tui.widgets.client_panels import erase_question


class ClientsScreen(ClientListView):
    """Every client with their latest exposure; past-retention clients are flagged."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("n", "new", "New"),
        Binding("o", "open", "Open"),
        Binding("r", "rename", "Rename", show=False),
        Binding("a", "archive", "Archive"),
        Binding("x,delete", "erase", "Erase"),
        Binding("v", "toggle_archived", "Archived"),
        Binding("slash", "search", "Search", show=False),
        Binding("e", "erase_expired", "Erase expired"),
        Binding("escape", "clear_search", "Clear search", show=False),
    ]

    def action_new(self) -> None:
        """Ask for a name and add the client."""

        def added(client: Client | None) -> None:
            if client is not None:
                self._select = client.id
                self.notify(f"Added {client.name}. Enter opens their record.")
                self.query_one("#clients-search", Input).value = ""
                self.reload()

        def add(store: Store, name: str) -> Client:
            return store.add_client(name)

        self.app.push_screen(ClientNameDialog("New client", "Add", add), added)

    def action_rename(self) -> None:
        """Give the selected client another name."""
        client = self.selected()
        if client is None:
            return

        def rename(store: Store, name: str) -> Client:
            return store.rename_client(client.id, name)

        def renamed(new: Client | None) -> None:
            if new is not None:
                self.notify(f"Renamed {client.name} to {new.name}.")
                self.reload()

        dialog = ClientNameDialog("Rename client", "Rename", rename, client.name)
        self.app.push_screen(dialog, renamed)

    @on(DataTable.RowSelected, "#clients-table")
    def action_open(self) -> None:
        """Open the selected client's record."""
        from career_resilience.tui.screens.client_detail import ClientDetailScreen

        client = self.selected()
        if client is not None:
            self.app.push_screen(ClientDetailScreen(client.id, client.name))

    def action_archive(self) -> None:
        """Archive the selected client (hidden from the list), or restore them."""
        client = self.selected()
        if client is None:
            return
        if client.archived:
            summary = f"{client.name} is back in the client list."
        else:
            summary = f"Archived {client.name}; v shows archived clients."

        def job(store: Store) -> ClientChanged:
            return ClientChanged(summary, store.set_archived(client.id, not client.archived))

        run(self, job, f"archive {client.name}")

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
            self._confirm_erase([client], "Erase client")

    def action_erase_expired(self) -> None:
        """Offer to erase every client past their retention date."""
        if self.expired:
            self._confirm_erase(self.expired, "Past their retention date")

    def _confirm_erase(self, clients: list[Client], title: str) -> None:
        def answered(yes: bool | None) -> None:
            if yes:
                ids = [c.id for c in clients]
                run(self, partial(erase_clients, ids=ids), "erase the client records")

        dialog = ConfirmDialog(title, erase_question(clients), "Erase")
        self.app.push_screen(dialog, answered)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Keys that act on a client need one; "erase expired" only when there are some."""
        if action in ("open", "rename", "archive", "erase"):
            return bool(self.rows)
        if action == "erase_expired":
            return bool(self.expired)
        return True
