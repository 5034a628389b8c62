"""A client's record, its notes panel: list, add, edit, share and delete (after asking).

The base of :class:`~career_resilience.tui.screens.client_record.ClientRecordScreen`,
which lays the panel out and binds its keys (n, e, s, d); a note is saved in a worker
and the record reloads when it is.
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from textual.content import Content
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from career_resilience import wording as say
from career_resilience import wording as words
from career_resilience.tui import client_jobs as jobs
from career_resilience.tui.client_actions import Job, run_records_job
from career_resilience.tui.screens.base import SessionScreen
from career_resilience.tui.screens.client_dialogs import ConfirmDialog
from career_resilience.tui.screens.note_editor import NoteDraft, NoteEditor

if TYPE_CHECKING:
    from career_resilience.records import Client, Note
    from career_resilience.records.models import SessionSummary


class ClientRecordNotes(SessionScreen):
    """The client, their sessions' figures and notes as last read, and the notes' keys."""

    def __init__(self) -> None:
        super().__init__()
        self.client: Client | None = None
        #: The sessions' figures; a session's profile and result are read on opening it.
        self.sessions: list[SessionSummary] = []
        self.notes: list[Note] = []

    def run(self, job: Job, doing: str) -> None:
        """Run a write on this client's records in a worker."""
        run_records_job(self, job, doing)

    def _show_notes(self) -> None:
        numbers = {s.id: s.number for s in self.sessions}
        notes = self.query_one("#notes-list", OptionList)
        keep = notes.highlighted
        notes.clear_options()
        for number, note in enumerate(self.notes):
            if number:
                notes.add_option(None)  # a separator line between notes
            notes.add_option(Option(_note(note, numbers), str(note.id)))
        if self.notes:
            notes.highlighted = min(keep if keep is not None else 0, notes.option_count - 1)
        notes.display = bool(self.notes)
        self.query_one("#no-notes").display = not self.notes
        shared = sum(n.shared for n in self.notes)
        self.query_one("#notes-box").border_title = say.notes_title(
            len(self.notes) - shared, shared
        )

    def selected_note(self) -> Note | None:
        """The highlighted note."""
        notes = self.query_one("#notes-list", OptionList)
        if notes.highlighted is None or not self.notes:
            return None
        note_id = notes.get_option_at_index(notes.highlighted).id
        return next((n for n in self.notes if str(n.id) == note_id), None)

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

        self.app.push_screen(NoteEditor(say.EDIT_NOTE, note.body, note.shared), save)

    def action_share_note(self) -> None:
        """Share the highlighted note with the client, after asking (the reports they
        are given show it), or make it private again."""
        note = self.selected_note()
        if note is None:
            return
        job = partial(jobs.share_note, note_id=note.id, shared=not note.shared)
        if note.shared:
            self.run(job, "change who sees the note")
            return

        def answered(yes: bool | None) -> None:
            if yes:
                self.run(job, "change who sees the note")

        # Safe first: Enter keeps it private (a y typed on a word is no answer either).
        question = words.share_note_question(words.note_start(note))
        dialog = ConfirmDialog(
            say.SHARE_NOTE, question, say.SHARE, say.KEEP_PRIVATE, danger=False, safe_first=True
        )
        self.app.push_screen(dialog, answered)

    def action_delete_note(self) -> None:
        """Delete the highlighted note, after asking."""
        note = self.selected_note()
        if note is None:
            return
        start = words.note_start(note)

        def answered(yes: bool | None) -> None:
            if yes:
                self.run(partial(jobs.delete_note, note_id=note.id), "delete the note")

        dialog = ConfirmDialog(say.DELETE_NOTE, words.delete_note_question(start), say.DELETE)
        self.app.push_screen(dialog, answered)


def _note(note: Note, numbers: dict[int, int]) -> Content:
    """Who sees the note (in words, shared ones also in colour), when, then the text."""
    sharing, when = words.note_heading(note, numbers)
    style = "bold $text-success" if note.shared else "bold"
    return Content.assemble((sharing, style), when + "\n", note.body)
