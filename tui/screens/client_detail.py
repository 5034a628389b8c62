"""One client's record, with the keys a coach uses in a session.

Notes (add, edit, share, delete), consent and retention, the pivot the client chose,
the report of the selected session, loading its profile into the form, and erasing
the client. Every change runs in a worker; the record reloads after it.
"""

from __future__ import annotations

from functools import partial
from typing import ClassVar

from textual.binding import Binding, BindingType
from textual.content import Content

from career_resilience.tui import client_jobs as jobs
from career_resilience.tui.client_actions import load_session_profile
from career_resilience.tui.screens.choice_dialog import ChoiceDialog
from career_resilience.tui.screens.client_dialogs import ConfirmDialog
from career_resilience.tui.screens.client_record import ClientRecordView
from career_resilience.tui.screens.consent_dialog import ConsentAnswer, ConsentDialog
from career_resilience.tui.screens.note_editor import NoteDraft, NoteEditor
from career_resilience.tui.widgets.client_panels import erase_question

#: Actions that need a session or a note under the cursor.
SESSION_ACTIONS = ("report", "load_profile", "pivot")
NOTE_ACTIONS = ("edit_note", "share_note", "delete_note")
#: The pivot picker's "none" choice.
NO_PIVOT = "__none__"


class ClientDetailScreen(ClientRecordView):
    """A client's sessions, progress and notes (pushed from the list; Escape goes back)."""

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

    def action_back(self) -> None:
        """Back to the client list."""
        self.dismiss()

    def action_new_note(self) -> None:
        """Write a note on the client (private unless shared)."""
        client = self.client
        if client is None:
            return

        def save(draft: NoteDraft | None) -> None:
            if draft is not None:
                job = partial(jobs.add_note, client_id=client.id, body=draft.body)
                self.run(partial(job, shared=draft.shared), "add the note")

        self.app.push_screen(NoteEditor(f"New note on {client.name}"), save)

    def action_edit_note(self) -> None:
        """Change the highlighted note's text or sharing."""
        note = self.selected_note()
        if note is None:
            return

        def save(draft: NoteDraft | None) -> None:
            if draft is not None and draft != (note.body, note.shared):
                job = partial(jobs.edit_note, note=note, body=draft.body, shared=draft.shared)
                self.run(job, "save the note")

        self.app.push_screen(NoteEditor("Edit note", note.body, note.shared), save)

    def action_share_note(self) -> None:
        """Share the highlighted note with the client, or make it private again."""
        note = self.selected_note()
        if note is not None:
            job = partial(jobs.share_note, note_id=note.id, shared=not note.shared)
            self.run(job, "change who sees the note")

    def action_delete_note(self) -> None:
        """Delete the highlighted note, after asking."""
        note = self.selected_note()
        if note is None:
            return
        start = note.body if len(note.body) <= 80 else note.body[:79] + "…"

        def answered(yes: bool | None) -> None:
            if yes:
                self.run(partial(jobs.delete_note, note_id=note.id), "delete the note")

        question = f"Delete this note?\n\n“{start}”\n\nIt cannot be undone."
        self.app.push_screen(ConfirmDialog("Delete note", question, "Delete"), answered)

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

    def action_pivot(self) -> None:
        """Record which pivot the client chose in the selected session."""
        session = self.selected_session()
        if session is None:
            return
        options = [(NO_PIVOT, Content.styled("No pivot chosen", "italic"))]
        for pivot in session.result.get("pivots", []):
            gaps = ", ".join(pivot.get("gap_skills", [])) or "no skills to learn"
            text = Content.assemble((str(pivot["label"]), "bold"), "\n", (f"learn: {gaps}", "dim"))
            options.append((str(pivot["id"]), text))

        def chosen(pivot_id: str | None) -> None:
            if pivot_id is not None:
                picked = None if pivot_id == NO_PIVOT else pivot_id
                job = partial(jobs.choose_pivot, session_id=session.id, pivot_id=picked)
                self.run(job, "record the pivot")

        prompt = f"Which pivot did the client choose in session {session.number}?"
        current = session.pivot_id or NO_PIVOT
        self.app.push_screen(ChoiceDialog("Chosen pivot", prompt, options, current), chosen)

    def action_report(self, fmt: str) -> None:
        """Render the selected session's report, then ask where to save it."""
        session, client = self.selected_session(), self.client
        if session is None or client is None:
            return
        self._report_format = fmt
        job = partial(jobs.render_report, client_id=client.id, number=session.number)
        self.run(job, "build the report")

    def action_load_profile(self) -> None:
        """Put the selected session's profile into the profile form and score it."""
        from career_resilience.tui.app import ResilienceApp

        session, client = self.selected_session(), self.client
        if session is not None and client is not None and isinstance(self.app, ResilienceApp):
            load_session_profile(self.app, session.profile, client.name, session.number)

    def action_erase(self) -> None:
        """Erase the client with everything, after a confirmation naming them."""
        client = self.client
        if client is None:
            return

        def answered(yes: bool | None) -> None:
            if yes:
                self.run(partial(jobs.erase_clients, ids=[client.id]), "erase the client")

        dialog = ConfirmDialog("Erase client", erase_question([client]), "Erase")
        self.app.push_screen(dialog, answered)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Keys for sessions and notes need one; the rest need the record loaded."""
        if action in SESSION_ACTIONS:
            return self.selected_session() is not None
        if action in NOTE_ACTIONS:
            return self.selected_note() is not None
        if action in ("new_note", "consent", "erase"):
            return self.client is not None
        return True
