"""A client's record on screen: header, sessions, progress and notes, kept up to date.

The keys that change the record are in :mod:`.client_detail`."""

from __future__ import annotations

from datetime import date
from functools import partial
from typing import TYPE_CHECKING

from textual.app import ComposeResult
from textual.containers import Vertical, VerticalScroll
from textual.content import Content
from textual.widgets import DataTable, Footer, OptionList, Static
from textual.widgets.option_list import Option

from career_resilience.tui import client_jobs as jobs
from career_resilience.tui.client_actions import Job, run_records_job
from career_resilience.tui.client_messages import (
    ClientChanged,
    ClientDetailLoaded,
    ClientsErased,
    RecordsFailed,
    ReportRendered,
)
from career_resilience.tui.screens.base import SessionScreen
from career_resilience.tui.widgets import client_panels as panels
from career_resilience.tui.widgets.view_bar import ViewBar

if TYPE_CHECKING:
    from career_resilience.records import Client, Note, Session

COLUMNS = ("#", "Date", "Role", "Exposure", "Resilience", "Model")


class ClientRecordView(SessionScreen):
    """Shows one client's record and reloads it after every change (in a worker)."""

    def __init__(self, client_id: int, name: str = "") -> None:
        super().__init__()
        self.client_id = client_id
        self.name_hint = name
        self.client: Client | None = None
        self.sessions: list[Session] = []
        self.notes: list[Note] = []
        self._report_format = "md"

    def compose(self) -> ComposeResult:
        """Header, then sessions and progress beside (or above) the notes."""
        yield ViewBar("clients")
        with Vertical(id="detail-main"):
            yield Static(Content.styled(self.name_hint, "bold"), id="detail-header")
            yield Static(id="detail-error", classes="field-error")
            with VerticalScroll(id="detail-body", can_focus=False):
                with Vertical(id="detail-left"):
                    with Vertical(id="sessions-box", classes="panel"):
                        yield DataTable(id="sessions-table", cursor_type="row", zebra_stripes=True)
                    with Vertical(id="progress-box", classes="panel"):
                        yield Static(id="progress")
                with Vertical(id="notes-box", classes="panel"):
                    yield Static(
                        "No notes yet: n adds one (private unless you share it).", id="no-notes"
                    )
                    yield OptionList(id="notes-list")
        yield Footer(compact=True)

    def on_mount(self) -> None:
        """Columns, panel titles and the keys each panel answers to."""
        self.query_one(DataTable).add_columns(*COLUMNS)
        sessions = self.query_one("#sessions-box")
        sessions.border_title = "Sessions"
        sessions.border_subtitle = "l load · m/h report · p pivot"
        self.query_one("#progress-box").border_title = "Progress"
        notes = self.query_one("#notes-box")
        notes.border_title = "Notes"
        notes.border_subtitle = "n new · e edit · s share · d delete"
        self.query_one(DataTable).focus()

    def on_screen_resume(self) -> None:
        """Reload whenever the record is shown."""
        super().on_screen_resume()
        self.reload()

    def reload(self) -> None:
        """Read the client's record in a worker."""
        job = partial(jobs.load_detail, client_id=self.client_id)
        run_records_job(self, job, "open this client's record", group="detail", exclusive=True)

    def on_client_detail_loaded(self, message: ClientDetailLoaded) -> None:
        """Show the record, keeping the cursor on the same session and note."""
        self.query_one("#detail-error").set_class(False, "-shown")
        self.client, self.sessions, self.notes = message.client, message.sessions, message.notes
        header = self.query_one("#detail-header", Static)
        header.update(panels.client_header(message.client, date.today()))
        table = self.query_one(DataTable)
        row = table.cursor_row if table.row_count else len(self.sessions) - 1
        table.clear()
        for session in self.sessions:
            table.add_row(*panels.session_cells(session), key=str(session.id))
        table.move_cursor(row=min(max(row, 0), len(self.sessions) - 1))
        table.display = bool(self.sessions)
        progress = self.query_one("#progress-box")
        progress.border_title = f"Progress over {panels.count(len(self.sessions), 'session')}"
        self.query_one("#progress", Static).update(panels.progress_text(self.sessions))
        self._show_notes()
        self.refresh_bindings()

    def _show_notes(self) -> None:
        numbers = {s.id: s.number for s in self.sessions}
        notes = self.query_one("#notes-list", OptionList)
        keep = notes.highlighted
        notes.clear_options()
        for number, note in enumerate(self.notes):
            if number:
                notes.add_option(None)  # a separator line between notes
            notes.add_option(Option(panels.note_text(note, numbers), str(note.id)))
        if self.notes:
            notes.highlighted = min(keep if keep is not None else 0, notes.option_count - 1)
        notes.display = bool(self.notes)
        self.query_one("#no-notes").display = not self.notes
        shared = sum(n.shared for n in self.notes)
        self.query_one(
            "#notes-box"
        ).border_title = f"Notes: {len(self.notes) - shared} private, {shared} shared"

    def on_records_failed(self, message: RecordsFailed) -> None:
        """Say what went wrong above the record."""
        error = self.query_one("#detail-error", Static)
        error.update(Content(f"⚠ {message.text}"))
        error.set_class(True, "-shown")

    def on_client_changed(self, message: ClientChanged) -> None:
        """A change was saved: say so and reload."""
        self.notify(message.summary)
        self.reload()

    def on_clients_erased(self, message: ClientsErased) -> None:
        """The client is gone: back to the list."""
        self.notify(f"Erased {', '.join(message.names)} with all sessions and notes.")
        self.dismiss()

    def on_report_rendered(self, message: ReportRendered) -> None:
        """Ask where to write the report."""
        from career_resilience.tui.client_reports import ask_where

        ask_where(self.app, message, self._report_format)

    # ------------------------------------------------------------ selection

    def selected_session(self) -> Session | None:
        """The session under the cursor."""
        row = self.query_one(DataTable).cursor_row
        return self.sessions[row] if 0 <= row < len(self.sessions) else None

    def selected_note(self) -> Note | None:
        """The highlighted note."""
        notes = self.query_one("#notes-list", OptionList)
        if notes.highlighted is None or not self.notes:
            return None
        note_id = notes.get_option_at_index(notes.highlighted).id
        return next((n for n in self.notes if str(n.id) == note_id), None)

    def run(self, job: Job, doing: str) -> None:
        """Run a write on this client's records in a worker."""
        run_records_job(self, job, doing)
