"""The client list behind the coach's clients view: read in a worker for the search
as typed (the newest read wins), shown in the table, and opened.

The view's layout and the commands that change a client (add, rename, archive, erase)
are in ``clients.py``; this is the part that keeps the list and the search in step
(ClientsScreen builds on it).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from functools import partial

from rich.text import Text
from textual import on
from textual.content import Content
from textual.widgets import DataTable, Input, Static

from career_resilience import wording as say
from career_resilience.records import Client
from career_resilience.records.overview import ClientRow
from career_resilience.tui.client_actions import (
    current_client,
    start_client,
    unsaved_question,
    unsaved_role,
)
from career_resilience.tui.client_actions import run_records_job as run
from career_resilience.tui.client_jobs import load_clients
from career_resilience.tui.client_messages import ClientsLoaded, RecordsFailed
from career_resilience.tui.keys_follow import KeyHold
from career_resilience.tui.screens.base import SessionScreen
from career_resilience.tui.screens.client_dialogs import ConfirmDialog
from career_resilience.tui.widgets.cut_table import CutTable
from career_resilience.tui.workers import while_shown
from career_resilience.wording import client_status, score

COLUMNS = say.CLIENT_COLUMNS
OPEN = "open the client records"


class ClientList(SessionScreen):
    """The clients matching the search, with their latest exposure, and opening one."""

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
        #: Keys typed behind an Enter waiting for the list are held (:meth:`_wait_to_open`).
        self._key_hold = KeyHold(self)
        #: Keys typed behind ctrl+t wait for the list it asked for (action_toggle_archived).
        self._keys_wait_for_list = False
        #: A record was opened from this list (see :meth:`back_from_record`).
        self._record_open = False

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
        # The keys typed meanwhile are for the record: F6 and a note typed behind it
        # went into the search box while the list was read ("asked about" searched,
        # nobody matched, the record never opened).
        self._hold_keys()

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
            self._wait_to_open()  # the list for what was typed is still loading
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
            self._keys_go_on()
        elif opening in names:
            self.action_open()
        if opening is not None:
            self._keys_go_on()  # to the record opened (it holds them until read)
        if self._keys_wait_for_list:
            self._keys_wait_for_list = False
            self._keys_go_on()  # the keys typed behind ctrl+t, to the list now shown

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
            self._reading = self._open_when_loaded = self._keys_wait_for_list = False
            self._keys_go_on()
            self.query_one("#clients-intro", Static).update("The client list is not available.")
            self.rows, self.expired = [], []
            self.query_one(DataTable).display = False
            self.query_one("#clients-empty").display = False
            self.query_one("#clients-retention").display = False
            self.refresh_bindings()

    def selected(self) -> Client | None:
        """The client under the cursor."""
        row = self.query_one(DataTable).cursor_row
        return self.rows[row].client if 0 <= row < len(self.rows) else None

    def selected_id(self) -> int | None:
        """The id of the client under the cursor."""
        client = self.selected()
        return None if client is None else client.id

    @on(DataTable.RowSelected, "#clients-table")
    def action_open(self) -> None:
        """Open the selected client's record, once the list being read is in: Enter
        right behind a new client's name opened the row highlighted before it (another
        client), as the list highlights the new one only when read again."""
        from career_resilience.tui.screens.client_record import ClientRecordScreen

        if self._reading:
            self._wait_to_open()
            return
        client = self.selected()
        if client is not None:
            record = ClientRecordScreen(client.id, client.name)

            def show() -> None:
                record.hold_keys_until_read()
                self._record_open = True
                self.app.push_screen(record)

            self._work_with(client.name, show)

    def back_from_record(self) -> None:
        """Back on the list from a record: the search that found the client stays, all of
        it selected, so a name typed now starts a new search. Walked as a coach: "maria",
        Enter, her record, Escape, then "tom" searched "mariatom" and listed nobody (the
        focus comes back to the search box, the cursor after the old search)."""
        if not self._record_open:
            return  # back from a dialog or another view: a search being typed goes on
        self._record_open = False
        search = self.query_one("#clients-search", Input)
        if search.value and self.focused is search:
            search.select_all()

    def hold_keys_behind_enter(self) -> None:
        """Enter in the search box, read in its place among the keys typed
        (key_order.SearchInput): if the list for what was typed is not read yet, the
        keys typed behind it wait, for the record it opens ("tom", Enter, "shore" typed
        at once had gone on into the search box: "tomshore" matched nobody and nothing
        opened)."""
        loaded = (self._loaded_search, self._loaded_archived) == (self.search, self.archived)
        if self._reading or not loaded:
            self._hold_keys()

    def _wait_to_open(self) -> None:
        """Open the match once the list for the search is read; the keys typed behind
        the Enter wait for it."""
        self._open_when_loaded = True
        self._hold_keys()

    def _hold_keys(self) -> None:
        # Never for good: a read that neither ends nor fails lets them go (KeyHold).
        self._key_hold.take()

    def _keys_go_on(self) -> None:
        """Send on the keys held behind an Enter (to the record opened, if one was)."""
        self._key_hold.give_back()

    def on_unmount(self) -> None:
        """Keys held for an open that will not come go on."""
        self._keys_go_on()

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

    def action_search(self) -> None:
        """Move to the search box."""
        self.query_one("#clients-search").focus()

    def action_clear_search(self) -> None:
        """Empty the search box and go back to the list."""
        self.query_one("#clients-search", Input).value = ""
        self.query_one(DataTable).focus()

    def action_toggle_archived(self) -> None:
        """Show or hide archived clients; keys typed behind it wait for that list.

        The list is read in a worker: ctrl+t then ctrl+a typed at once had acted on the
        list still shown (restoring nobody), so the keys behind ctrl+t are held until
        the new list is in the table (:meth:`on_clients_loaded` sends them on)."""
        self.archived = not self.archived
        self.reload()
        self._keys_wait_for_list = True
        self._hold_keys()
