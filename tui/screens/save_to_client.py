"""Save this assessment to a client: pick or type the client, add a note, save.

The dialog saves in a thread worker and stays open until the save worked, so a
problem (a database from a newer version, a bad name) is shown in place and
nothing typed is lost.
"""

from __future__ import annotations

from datetime import date
from functools import partial
from typing import TYPE_CHECKING, Any, ClassVar, NamedTuple

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.widgets import Button, Input, Label, Static, Switch, TextArea

from career_resilience import wording as say
from career_resilience.skills.completion import Suggestion
from career_resilience.tui.client_actions import run_records_job, save_current_assessment
from career_resilience.tui.client_jobs import load_known_clients
from career_resilience.tui.client_messages import (
    AssessmentSaved,
    KnownClientsLoaded,
    RecordsFailed,
)
from career_resilience.tui.screens.client_dialogs import ConfirmDialog, show_problem
from career_resilience.tui.screens.dialog import Dialog
from career_resilience.tui.screens.note_editor import sharing_words
from career_resilience.tui.views import keys_of
from career_resilience.tui.widgets.completing_input import CompletingInput
from career_resilience.tui.workers import ShowsWorkerErrors, while_shown
from career_resilience.wording import count, create_question, score

if TYPE_CHECKING:
    from career_resilience.records import Client


LOOK_UP = "open the client records"


class SavedAssessment(NamedTuple):
    """What was saved: to whom, the note and whether it is shared, and the session number."""

    client_name: str
    note: str
    shared: bool
    number: int


class SaveToClientScreen(ShowsWorkerErrors, Dialog[SavedAssessment | None]):
    """Client name (with suggestions), an optional note, private unless shared.

    The field starts empty (typing never appends to a name already there): the client
    last worked with is named in the placeholder, and Enter on the empty field saves to
    them. A name no client has yet is confirmed before the client is created.
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+s", "save", "Save"),
        Binding("escape", "cancel", "Cancel"),
    ]

    def __init__(
        self,
        profile: dict[str, Any],
        result: dict[str, Any],
        client_name: str = "",
        *,
        trying: bool = False,
    ):
        super().__init__()
        self.profile = profile
        self.result = result
        self.client_name = client_name
        #: Opened from what-if with other skills being tried: the summary says which
        #: result is saved (the starting one; a trial is kept with ctrl+y first).
        self.trying = trying
        self.clients: dict[str, Client] = {}
        #: None while the clients are being looked up; False if that failed.
        self.looked_up: bool | None = None
        self.saving = False

    def compose(self) -> ComposeResult:
        """What is saved, to whom, with which note."""
        result = self.result
        with Vertical(id="save-box"):
            yield Static(
                Content.assemble(
                    (str(self.profile.get("role", "")), "bold"),
                    f" · exposure {score(result['exposure'])} ({result['band']})"
                    f" · resilience {score(result['resilience'])}",
                ),
                id="save-summary",
            )
            if self.trying:
                yield Static(say.save_starting_result(keys_of("keep")), id="save-starting")
            yield Label(say.SAVE_CLIENT_LABEL)
            # Above the name, not under it: the suggestions open below the name and had
            # covered this line, which says what Enter will do.
            yield Static(say.LOOKING_UP, id="save-client-hint")
            yield CompletingInput(
                self._complete,
                placeholder=say.save_placeholder(self.client_name),
                holds_behind_enter=True,
                id="save-client",
            )
            yield Label(say.SAVE_NOTE_LABEL)
            yield TextArea(id="save-note", soft_wrap=True)
            with Horizontal(id="save-sharing"):
                yield Switch(False, id="save-shared")
                yield Static(sharing_words(False), id="save-shared-words")
            yield Static(id="save-error", classes="field-error")
            yield Label(say.KEYS_SAVE_WITH_NOTE, classes="dialog-keys")
            with Horizontal(classes="dialog-buttons"):
                yield Button(say.SAVE, id="save-ok", variant="primary")
                yield Button(say.CANCEL, id="save-cancel")

    def on_mount(self) -> None:
        """Title, focus the name, and look up the existing clients."""
        self.query_one("#save-box").border_title = say.SAVE_TITLE
        self.query_one("#save-client", CompletingInput).focus()
        run_records_job(self, load_known_clients, LOOK_UP, exclusive=True)

    def _complete(self, text: str) -> list[Suggestion]:
        typed = " ".join(text.split()).casefold()
        found = [c for c in self.clients.values() if typed in c.name.casefold()]
        found.sort(key=lambda c: (not c.name.casefold().startswith(typed), c.name.casefold()))
        return [
            Suggestion(c.name, f"{c.name} ({count(c.session_count, 'session')})") for c in found[:6]
        ]

    @while_shown
    def on_known_clients_loaded(self, message: KnownClientsLoaded) -> None:
        """Suggestions are ready."""
        self.clients = {" ".join(c.name.split()).casefold(): c for c in message.clients}
        self.looked_up = True
        self._hint()

    @property
    def typed_name(self) -> str:
        """The name in the field, or the client last worked with when it is empty."""
        return self._name_or_last(self.query_one("#save-client", CompletingInput).value)

    def _name_or_last(self, typed: str) -> str:
        return " ".join(typed.split()) or self.client_name

    @on(Input.Changed, "#save-client Input")
    def _hint(self) -> None:
        name = self.typed_name
        hint = self.query_one("#save-client-hint", Static)
        show_problem(self.query_one("#save-error", Static), "")
        client = self.clients.get(name.casefold())
        if not name:
            hint.update("")
        elif client is not None:
            notes = [say.ARCHIVED] if client.archived else []
            if client.past_retention(date.today()):
                notes.append(say.PAST_RETENTION)
            hint.update(Content(say.adds_session(client.session_count + 1, client.name, notes)))
        else:
            hint.update(Content(say.new_client_hint(name)))

    @on(Switch.Changed, "#save-shared")
    def _sharing(self, event: Switch.Changed) -> None:
        self.query_one("#save-shared-words", Static).update(sharing_words(event.value))

    @on(Input.Submitted, "#save-client Input")
    def _entered(self, event: Input.Submitted) -> None:
        # The name as it was at Enter: the keys typed behind it are held meanwhile.
        self.action_save(self._name_or_last(event.value))

    @on(Button.Pressed, "#save-ok")
    def _pressed(self) -> None:
        self.action_save()

    def action_save(self, typed: str | None = None) -> None:
        """Check the name, confirm a new client, then save in a worker."""
        from career_resilience.records.store import clean_name

        if self.saving:
            return
        try:
            name = clean_name(self.typed_name if typed is None else typed)
        except ValueError as exc:
            self.stop_holding_keys()
            show_problem(self.query_one("#save-error", Static), str(exc))
            return
        if self.looked_up is None:
            self.stop_holding_keys()
            show_problem(self.query_one("#save-error", Static), say.STILL_LOOKING_UP)
            return
        if self.looked_up and name.casefold() not in self.clients:

            def answered(yes: bool | None) -> None:
                if yes:
                    self._save(name)

            # The keys typed behind Enter ("y") are the question's answer.
            self.stop_holding_keys()
            like = [s.value for s in self._complete(name)]
            question = create_question(name, like)
            dialog = ConfirmDialog(
                say.NEW_CLIENT, question, say.CREATE, say.BACK, danger=False, safe_first=bool(like)
            )
            self.app.push_screen(dialog, answered)
            return
        # Known, or the lookup failed: the save itself says what is wrong.
        self._save(name)

    def _save(self, name: str) -> None:
        self.saving = True
        self.hold_keys_until_closed()  # what is typed now is for the screen it returns to
        note = self.query_one("#save-note", TextArea).text.strip()
        shared = self.query_one("#save-shared", Switch).value
        self.query_one("#save-client-hint", Static).update(say.SAVING)
        job = partial(
            save_current_assessment,
            client_name=name,
            profile=self.profile,
            result=self.result,
            note=note,
            shared=shared,
        )
        run_records_job(self, job, "save the assessment")

    @while_shown
    def on_assessment_saved(self, message: AssessmentSaved) -> None:
        """Saved: close with what was saved."""
        message.stop()
        note = self.query_one("#save-note", TextArea).text.strip()
        shared = self.query_one("#save-shared", Switch).value
        self.dismiss(SavedAssessment(message.client_name, note, shared, message.number))

    @while_shown
    def on_records_failed(self, message: RecordsFailed) -> None:
        """Say why in place; the coach can fix the name, retry or cancel."""
        message.stop()
        if message.doing == LOOK_UP:
            self.looked_up = False
        else:
            self.stop_holding_keys()
        self.saving = False
        self.query_one("#save-client-hint", Static).update("")
        show_problem(self.query_one("#save-error", Static), message.text)

    @on(Button.Pressed, "#save-cancel")
    def action_cancel(self) -> None:
        """Close without saving."""
        self.dismiss(None)
