"""The client list on screen: search as you type, retention warnings, problems in words.

The keys that change clients are in :mod:`.clients`."""

from __future__ import annotations

from datetime import date
from functools import partial

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.content import Content
from textual.widgets import DataTable, Footer, Input, Static

from career_resilience.records import Client
from career_resilience.tui.client_actions import run_records_job as run
from career_resilience.tui.client_jobs import ClientRow, load_clients
from career_resilience.tui.client_messages import (
    ClientChanged,
    ClientsErased,
    ClientsLoaded,
    RecordsFailed,
)
from career_resilience.tui.screens.base import SessionScreen
from career_resilience.tui.widgets.client_panels import client_status, count
from career_resilience.tui.widgets.view_bar import ViewBar

COLUMNS = ("Client", "Sessions", "Last session", "Exposure", "Status")
OPEN = "open the client records"


class ClientListView(SessionScreen):
    """The client table for the search box's text, reloaded (in a worker) when shown."""

    def __init__(self) -> None:
        super().__init__()
        self.rows: list[ClientRow] = []
        self.expired: list[Client] = []
        self.archived = False
        self._select: int | None = None

    def compose(self) -> ComposeResult:
        """Search box, retention warning, problems, the table."""
        yield ViewBar("clients")
        with Vertical(id="clients-main"):
            yield Static(id="clients-intro")
            yield Input(placeholder="Search names and notes (/)", id="clients-search")
            yield Static(id="clients-retention")
            yield Static(id="clients-error", classes="field-error")
            yield DataTable(id="clients-table", cursor_type="row", zebra_stripes=True)
            yield Static(id="clients-empty")
        yield Footer(compact=True)

    def on_mount(self) -> None:
        """Columns; the list loads when the screen is shown."""
        self.query_one(DataTable).add_columns(*COLUMNS)
        self.query_one("#clients-retention").display = False
        self.query_one(DataTable).focus()

    def on_screen_resume(self) -> None:
        """Reload every time the view is shown (sessions may have been saved elsewhere)."""
        super().on_screen_resume()
        self.reload()

    @property
    def search(self) -> str:
        """The search text as typed."""
        return self.query_one("#clients-search", Input).value.strip()

    def reload(self) -> None:
        """Read the list for the current search in a worker (the newest read wins)."""
        job = partial(load_clients, search=self.search, archived=self.archived)
        run(self, job, OPEN, group="clients-list", exclusive=True)

    @on(Input.Changed, "#clients-search")
    def _searching(self) -> None:
        self.reload()

    @on(Input.Submitted, "#clients-search")
    def _to_table(self) -> None:
        self.query_one(DataTable).focus()

    def on_clients_loaded(self, message: ClientsLoaded) -> None:
        """Fill the table, keeping the cursor on the same client."""
        if (message.search, message.archived) != (self.search.strip(), self.archived):
            return  # an older search finished after a newer one
        self.query_one("#clients-error", Static).set_class(False, "-shown")
        table = self.query_one(DataTable)
        keep = self._select if self._select is not None else self.selected_id()
        self._select = None
        self.rows, self.expired = message.rows, message.expired
        today = date.today()
        table.clear()
        for row in self.rows:
            c = row.client
            exposure = "—" if row.exposure is None else f"{row.exposure:.0f} {row.band}"
            last = c.last_session_at.date().isoformat() if c.last_session_at else "—"
            status = client_status(c, today)
            cells = (Text(c.name), str(c.session_count), last, exposure, Text(status))
            table.add_row(*cells, key=str(c.id))
        ids = [r.client.id for r in self.rows]
        table.move_cursor(row=ids.index(keep) if keep in ids else 0)
        table.display = True
        table.set_class(not self.rows, "-empty")
        self._describe()
        self.refresh_bindings()

    def _describe(self) -> None:
        shown = count(len(self.rows), "client")
        where = f" matching “{self.search}”" if self.search else ""
        extra = ", archived included" if self.archived else ""
        intro = f"{shown}{where}{extra}. Enter opens one; / searches names and notes."
        if not self.rows:
            intro = f"No clients{where}{extra}."
        self.query_one("#clients-intro", Static).update(Content(intro))
        empty = self.query_one("#clients-empty", Static)
        empty.display = not self.rows
        if self.search:
            empty.update("Nobody matches. Escape or clear the search to see everyone.")
        else:
            empty.update(
                "No clients yet. Press n to add one, or score a profile and save the "
                "assessment to a client from the result view."
            )
        banner = self.query_one("#clients-retention", Static)
        banner.display = bool(self.expired)
        if self.expired:
            names = ", ".join(f"{c.name} (until {c.retention_until})" for c in self.expired[:4])
            more = f" and {len(self.expired) - 4} more" if len(self.expired) > 4 else ""
            banner.update(
                Content(
                    f"⚠ Past their retention date: {names}{more}. "
                    "Press e to erase them, or open one to set a new date."
                )
            )

    def on_records_failed(self, message: RecordsFailed) -> None:
        """Say what went wrong where the list would be."""
        error = self.query_one("#clients-error", Static)
        error.update(Content(f"⚠ {message.text}"))
        error.set_class(True, "-shown")
        if message.doing == OPEN:
            self.query_one("#clients-intro", Static).update("The client list is not available.")
            self.rows, self.expired = [], []
            self.query_one(DataTable).display = False
            self.query_one("#clients-empty").display = False
            self.query_one("#clients-retention").display = False
            self.refresh_bindings()

    def on_client_changed(self, message: ClientChanged) -> None:
        """A write finished: say so and reload."""
        self.notify(message.summary)
        self.reload()

    def on_clients_erased(self, message: ClientsErased) -> None:
        """Erased: say so (and whether leftovers wait for another copy) and reload."""
        text = f"Erased {', '.join(message.names)} with all their sessions and notes."
        if message.leftovers:
            text += " Another copy of the app has the records open; leftovers go when it closes."
        self.notify(text, title="Erased")
        self.reload()

    def selected(self) -> Client | None:
        """The client under the cursor."""
        row = self.query_one(DataTable).cursor_row
        return self.rows[row].client if 0 <= row < len(self.rows) else None

    def selected_id(self) -> int | None:
        """The id of the client under the cursor."""
        client = self.selected()
        return None if client is None else client.id
