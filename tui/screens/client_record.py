"""One client's record, with the keys a coach uses in a session.

Header, sessions, progress and notes, reloaded (in a worker) after every change. The
list reads each session's figures, not its stored result; a session is read whole only
when it is opened (l loads its profile, p picks its pivot).
Notes (add, edit, share, delete: tui/screens/client_record_notes.py), consent and
retention, the pivot the client chose, the report of the selected session, loading its
profile into the form, and erasing the client.
"""

from __future__ import annotations

from datetime import date
from functools import partial
from typing import TYPE_CHECKING, ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical, VerticalScroll
from textual.content import Content
from textual.widgets import DataTable, Footer, Static

from career_resilience import wording as say
from career_resilience import wording as words
from career_resilience.contract_read import stored_plan
from career_resilience.tui import client_jobs as jobs
from career_resilience.tui.client_actions import (
    clients_erased,
    current_client,
    load_session_profile,
    run_records_job,
    take_record_to_open,
    unsaved_question,
    unsaved_role,
)
from career_resilience.tui.client_messages import (
    ClientChanged,
    ClientDetailLoaded,
    ClientsErased,
    RecordsFailed,
    SessionOpened,
)
from career_resilience.tui.screens.base import screen_css
from career_resilience.tui.screens.choice_dialog import ChoiceDialog
from career_resilience.tui.screens.client_dialogs import ConfirmDialog
from career_resilience.tui.screens.consent_dialog import ConsentAnswer, ConsentDialog
from career_resilience.tui.screens.record_typing import TypingWritesANote
from career_resilience.tui.widgets.cut_table import CutTable
from career_resilience.tui.widgets.view_bar import ViewBar
from career_resilience.tui.widgets.wrapping_options import WrappingOptionList
from career_resilience.tui.workers import while_shown
from career_resilience.wording import count

if TYPE_CHECKING:
    from career_resilience.records import Client, Session
    from career_resilience.records.models import SessionSummary

COLUMNS = ("#", "Date", "Role", "Exposure", "Resilience", "Model")
#: Actions that need a session or a note under the cursor.
SESSION_ACTIONS = ("report", "load_profile", "pivot")
NOTE_ACTIONS = ("edit_note", "share_note", "delete_note")
#: The pivot picker's "none" choice.
NO_PIVOT = "__none__"


#: The sessions box's keys, shown under it once there is a session to act on.
SESSION_KEYS = "l load · m/h report · p pivot"


class ClientRecordScreen(TypingWritesANote):
    """A client's sessions, progress and notes (pushed from the list; Escape goes back)."""

    # Selectors in the file name the screen already, so no automatic scoping.
    DEFAULT_CSS = screen_css("client_record")
    SCOPED_CSS = False

    #: Where F1 opens the help (tui/screens/help.py SECTIONS).
    HELP_SECTION = "record"

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "back", "Back"),
        Binding("n", "new_note", "Note"),
        Binding("e", "edit_note", "Edit", show=False),
        Binding("s", "share_note", "Share", show=False),
        Binding("d", "delete_note", "Delete note", show=False),
        Binding("c", "consent", "Consent"),
        Binding("l", "load_profile", "Load"),
        Binding("m", "report('md')", "Report"),
        Binding("h", "report('html')", "HTML"),
        Binding("p", "pivot", "Pivot", show=False),
        Binding("x", "erase", "Erase client", show=False),
    ]

    def __init__(self, client_id: int, name: str = "") -> None:
        super().__init__()
        self.client_id = client_id
        self.name_hint = name

    def compose(self) -> ComposeResult:
        """Header, then sessions and progress beside (or above) the notes."""
        yield ViewBar("clients")
        with Vertical(id="detail-main"):
            yield Static(Content.styled(self.name_hint, "bold"), id="detail-header")
            yield Static(id="detail-error", classes="field-error")
            with VerticalScroll(id="detail-body", can_focus=False):
                with Vertical(id="detail-left"):
                    with Vertical(id="sessions-box", classes="record-panel"):
                        # A long job title gives up room, not the Model column.
                        yield CutTable(crop=COLUMNS.index("Role"), id="sessions-table")
                        yield Static(id="chosen-note", markup=False)
                        yield Static(say.NO_SESSIONS, id="no-sessions", markup=False)
                    with Vertical(id="progress-box", classes="record-panel"):
                        yield Static(id="progress")
                with Vertical(id="notes-box", classes="record-panel"):
                    yield Static(say.NO_NOTES, id="no-notes")
                    yield WrappingOptionList(id="notes-list")
        yield Footer(compact=True)

    def on_mount(self) -> None:
        """Columns, panel titles and the keys each panel answers to."""
        self.query_one(DataTable).add_columns(*COLUMNS)
        sessions = self.query_one("#sessions-box")
        sessions.border_title = say.SESSIONS_TITLE
        self.query_one("#no-sessions").display = False  # until the record says so
        self.query_one("#progress-box").border_title = "Progress"
        notes = self.query_one("#notes-box")
        notes.border_title = say.NOTES_TITLE
        notes.border_subtitle = say.NOTE_KEYS
        self.query_one(DataTable).focus()

    def on_screen_resume(self) -> None:
        """Reload whenever the record is shown; a record of someone other than the
        client the app now works with goes back to the list, which opens theirs (or
        stays, when ctrl+n left the app working with nobody)."""
        working_with = current_client(self.app)
        shown = self.client.name if self.client is not None else self.name_hint
        if working_with != shown:
            # Saved or loaded for another client since it was opened: F6 showed this
            # record ("Sam Ortiz") under the notice "Saved as session 1 of Priya Raman.
            # F6 shows the client's history". After ctrl+n (the next person), F6 showed
            # the last client's record, where a name typed ran as its keys ("m": a
            # report of their session written).
            from career_resilience.tui.screens.clients import ClientsScreen

            below = self.app.screen_stack[-2] if len(self.app.screen_stack) > 1 else None
            if isinstance(below, ClientsScreen) and working_with:
                below.open_when_listed(working_with)
            self.dismiss()
            return
        take_record_to_open(self.app)  # saved to this client: shown here already
        super().on_screen_resume()
        self.reload()

    def reload(self) -> None:
        """Read the client's record in a worker."""
        job = partial(jobs.load_detail, client_id=self.client_id)
        run_records_job(self, job, "open this client's record", group="detail", exclusive=True)

    @while_shown
    def on_client_detail_loaded(self, message: ClientDetailLoaded) -> None:
        """Show the record, keeping the cursor on the same session and note, or on the
        newest session when one was added since (the one a coach reports on next)."""
        self.query_one("#detail-error").set_class(False, "-shown")
        added = len(message.sessions) > len(self.sessions)
        self.client, self.sessions, self.notes = message.client, message.sessions, message.notes
        header = self.query_one("#detail-header", Static)
        header.update(_header(message.client, date.today()))
        table = self.query_one(CutTable)
        row = table.cursor_row if table.row_count and not added else len(self.sessions) - 1
        rows: list[tuple[str, tuple[str | Text, ...]]] = []
        chosen: dict[int, str] = {}
        for session in self.sessions:
            role, choice = message.placed.get(session.number) or ("", None)
            cells = words.session_cells(session, role)
            number = cells[0]
            if choice is not None:
                chosen[session.number] = choice
                number += words.CHOSEN_MARK
            # Roles and model versions are typed text: Text, so brackets are not markup.
            shown = (number, cells[1], Text(cells[2]), cells[3], cells[4], Text(cells[5]))
            rows.append((str(session.id), shown))
        table.fill(COLUMNS, rows)
        table.move_cursor(row=min(max(row, 0), len(self.sessions) - 1))
        table.display = bool(self.sessions)
        note = self.query_one("#chosen-note", Static)
        note.update(words.chosen_placements_note(chosen))
        note.display = bool(chosen)
        # With none, the sessions box says so and how to add one; no keys for rows
        # that are not there, no "Progress over 0 sessions" (seen at 200x50).
        self.query_one("#no-sessions").display = not self.sessions
        self.query_one("#sessions-box").border_subtitle = SESSION_KEYS if self.sessions else ""
        progress = self.query_one("#progress-box")
        progress.display = bool(self.sessions)
        progress.border_title = f"Progress over {count(len(self.sessions), 'session')}"
        self.query_one("#progress", Static).update(_progress(message.progress))
        self._show_notes()
        self.refresh_bindings()
        self.keys_go_on()  # typed while it was read: for it, now it knows whose it is

    @while_shown
    def on_records_failed(self, message: RecordsFailed) -> None:
        """Say what went wrong above the record."""
        error = self.query_one("#detail-error", Static)
        error.update(Content(f"⚠ {message.text}"))
        error.set_class(True, "-shown")
        self.keys_go_on()

    @while_shown
    def on_client_changed(self, message: ClientChanged) -> None:
        """A change was saved: say so and reload."""
        self.notify(message.summary, markup=False)
        self.reload()

    @while_shown
    def on_clients_erased(self, message: ClientsErased) -> None:
        """The client is gone: back to the list."""
        self.notify(
            words.clients_erased(message.names, message.leftovers), title=words.ERASED, markup=False
        )
        clients_erased(self.resilience_app, message.names)
        self.dismiss()

    # ------------------------------------------------------------ selection

    def selected_session(self) -> SessionSummary | None:
        """The session under the cursor (its figures)."""
        row = self.query_one(DataTable).cursor_row
        return self.sessions[row] if 0 <= row < len(self.sessions) else None

    def action_back(self) -> None:
        """Back to the client list."""
        self.dismiss()

    def action_consent(self) -> None:
        """Record consent and the date to keep the records until."""
        client = self.client
        if client is None:
            return

        def save(answer: ConsentAnswer | None) -> None:
            if answer is not None:
                job = partial(jobs.set_consent, client_id=client.id, consent=answer.consent)
                self.run(partial(job, retention=answer.retention), "save consent and retention")

        self.app.push_screen(ConsentDialog(client), save)

    def open_selected(self, purpose: str) -> None:
        """Read the selected session whole (in a worker), then act on it: "load" its
        profile into the form, or ask which "pivot" the client chose."""
        session, client = self.selected_session(), self.client
        if session is None or client is None:
            return
        job = partial(jobs.open_session, client_id=client.id, number=session.number)
        self.run(partial(job, purpose=purpose), f"open session {session.number}")

    @while_shown
    def on_session_opened(self, message: SessionOpened) -> None:
        """The session asked for was read: do what it was opened for."""
        if message.purpose == "pivot":
            self._ask_pivot(message.session)
        else:
            self._load_profile(message.session)

    def action_pivot(self) -> None:
        """Record which pivot the client chose in the selected session."""
        self.open_selected("pivot")

    def _ask_pivot(self, session: Session) -> None:
        options = [(NO_PIVOT, Content.styled(say.NO_PIVOT_CHOSEN, "italic"))]
        for pivot in session.result.get("pivots", []):
            learn = say.pivot_to_learn(
                list(pivot.get("gap_skills", [])),
                list(pivot.get("held_skills", [])),
                stored_plan(pivot),
            )
            text = Content.assemble((str(pivot["label"]), "bold"), "\n", (learn, "dim"))
            options.append((str(pivot["id"]), text))

        def chosen(pivot_id: str | None) -> None:
            if pivot_id is not None:
                picked = None if pivot_id == NO_PIVOT else pivot_id
                job = partial(jobs.choose_pivot, session_id=session.id, pivot_id=picked)
                self.run(job, "record the pivot")

        prompt = say.chosen_pivot_question(session.number)
        current = session.pivot_id or NO_PIVOT
        self.app.push_screen(ChoiceDialog(say.CHOSEN_PIVOT, prompt, options, current), chosen)

    def action_report(self, fmt: str) -> None:
        """Ask at once where to save the selected session's report; it is built and
        written in the background (see tui/client_reports.py)."""
        from career_resilience.tui.client_reports import ask_where

        session, client = self.selected_session(), self.client
        if session is not None and client is not None:
            ask_where(self.app, client.id, client.name, session.number, fmt)

    def action_load_profile(self) -> None:
        """Put the selected session's profile into the profile form and score it, after
        asking if that clears a result stored nowhere (as opening a client asks): a
        result saved to no client, or edited since, went without a word."""
        from career_resilience.tui.app import ResilienceApp

        session, client = self.selected_session(), self.client
        app = self.app
        if session is None or client is None or not isinstance(app, ResilienceApp):
            return
        role = unsaved_role(app)
        if not role:
            self.open_selected("load")
            return

        def answered(yes: bool | None) -> None:
            if yes:
                self.open_selected("load")

        question = unsaved_question(app, role, client.name, session.number)
        app.push_screen(
            ConfirmDialog(say.UNSAVED_RESULT, question, say.REPLACE_IT, say.BACK), answered
        )

    def _load_profile(self, session: Session) -> None:
        from career_resilience.tui.app import ResilienceApp

        client = self.client
        if client is not None and isinstance(self.app, ResilienceApp):
            load_session_profile(self.app, session.profile, client.name, session.number)

    def action_erase(self) -> None:
        """Erase the client with everything, after a confirmation naming them."""
        client = self.client
        if client is None:
            return

        def answered(yes: bool | None) -> None:
            if yes:
                self.run(partial(jobs.erase_clients, ids=[client.id]), "erase the client")

        dialog = ConfirmDialog(say.ERASE_CLIENT, words.erase_question([client]), say.ERASE)
        self.app.push_screen(dialog, answered)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Keys for sessions and notes need one; the rest need the record loaded."""
        if action in SESSION_ACTIONS:
            return self.selected_session() is not None
        if action in NOTE_ACTIONS:
            return self.selected_note() is not None
        if action in ("new_note", "consent", "erase"):
            return self.client is not None
        return super().check_action(action, parameters)


def _header(client: Client, today: date) -> Content:
    """Name, sessions, consent and retention, and a warning once retention passed."""
    parts: list[str | tuple[str, str]] = [
        (client.name, "bold"),
        words.client_summary(client),
        "\n" + words.consent_line(client),
    ]
    if warning := words.retention_warning(client, today):
        parts.append(("\n" + warning, "bold $text-warning"))
    return Content.assemble(*parts)


def _progress(rows: list[tuple[str, str]]) -> Content:
    """The progress lines (records.progress.progress_rows), their leads in bold."""
    lines = [Content.assemble((lead, "bold"), rest) for lead, rest in rows]
    return Content("\n").join(lines)
