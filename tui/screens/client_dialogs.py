"""Small dialogs of the coach screens: confirm (an erase, a new client), name a client."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, ClassVar

from textual import events, on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.widgets import Button, Input, Label, Static

from career_resilience import wording as say
from career_resilience.tui.client_actions import run_records_job
from career_resilience.tui.client_messages import ClientChanged, RecordsFailed
from career_resilience.tui.screens.dialog import Dialog
from career_resilience.tui.widgets.key_order import OrderedInput
from career_resilience.tui.workers import ShowsWorkerErrors, while_shown

if TYPE_CHECKING:
    from career_resilience.records import Client, Store


def show_problem(target: Static, message: str) -> None:
    """Show ``message`` in a ``.field-error`` line (hidden when empty)."""
    target.update(Content(f"⚠ {message}") if message else "")
    target.set_class(bool(message), "-shown")


#: A y or n typed within this many seconds of another letter is a letter of a word
#: typed without looking at the question, not an answer (keys typed in a word come
#: 0.05-0.3 s apart; reading the question takes longer).
TYPING_PAUSE = 0.5


class ConfirmDialog(Dialog[bool]):
    """Ask before going ahead; dismisses with True to go ahead.

    For something that cannot be undone (``danger``), the box is in the error colour
    and the safe button has the focus; otherwise the go-ahead button has it, unless
    ``safe_first`` says the safe one should (a new client whose name is like a known
    one's: Enter must not create a second Lena).

    A y or n typed on a word is no answer (:data:`TYPING_PAUSE`): a coach who opened a
    client and went on typing without looking ("yesterday we...") had the question "clear
    the unsaved result?" answered yes by the word's first letter but one.
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("y", "confirm", "Yes"),
        Binding("n,escape", "cancel", "No"),
    ]

    def __init__(
        self,
        title: str,
        message: str,
        yes: str,
        no: str = say.KEEP,
        *,
        danger: bool = True,
        safe_first: bool | None = None,
    ) -> None:
        super().__init__()
        self.safe_first = danger if safe_first is None else safe_first
        self.title_text = title
        self.message = message
        self.yes = yes
        self.no = no
        self.danger = danger
        #: When the last letter of a word typed over the question came (event clock).
        self._typed_at: float | None = None

    def compose(self) -> ComposeResult:
        """The question, what y and n do, and two buttons."""
        self.set_class(not self.danger, "-safe")
        with Vertical(id="confirm-box"):
            yield Static(Content(self.message), id="confirm-message")
            yield Label(say.confirm_keys(self.yes, self.danger))
            with Horizontal(classes="dialog-buttons"):
                yield Button(
                    self.yes, id="confirm-yes", variant="error" if self.danger else "primary"
                )
                yield Button(
                    self.no, id="confirm-no", variant="primary" if self.danger else "default"
                )

    def on_mount(self) -> None:
        """Title the box; the safe choice has the focus when it matters."""
        self.query_one("#confirm-box").border_title = self.title_text
        self.query_one("#confirm-no" if self.safe_first else "#confirm-yes").focus()

    def on_key(self, event: events.Key) -> None:
        """Let a y or n through as an answer unless it comes on a word being typed."""
        if not event.is_printable or not event.character:
            return
        # Typed after that letter, not before: a "y" typed behind Enter and held while
        # the question came up reaches it after a letter typed behind the "y" itself, and
        # was taken for part of that word (nothing was answered and nothing saved).
        follows = self._typed_at is not None and 0 <= event.time - self._typed_at < TYPING_PAUSE
        if event.key in ("y", "n") and not follows:
            return
        self._typed_at = event.time
        if event.key in ("y", "n"):
            event.prevent_default()
            event.stop()

    @on(Button.Pressed, "#confirm-yes")
    def action_confirm(self) -> None:
        """Go ahead."""
        self.dismiss(True)

    @on(Button.Pressed, "#confirm-no")
    def action_cancel(self) -> None:
        """Change nothing."""
        self.dismiss(False)


class ClientNameDialog(ShowsWorkerErrors, Dialog["Client | None"]):
    """Ask for a client name and run ``job(store, name)`` in a worker.

    Problems (an empty name, a name already taken, a database that cannot be opened)
    are shown under the field; the dialog closes with the client once the job worked.
    """

    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "cancel", "Cancel")]

    def __init__(
        self, title: str, verb: str, job: Callable[[Store, str], Client], name: str = ""
    ) -> None:
        super().__init__()
        self.title_text = title
        self.verb = verb
        self.job = job
        self.initial = name

    def compose(self) -> ComposeResult:
        """Name field, problem line, buttons."""
        with Vertical(id="name-box"):
            yield Label(say.NAME_LABEL)
            yield OrderedInput(self.initial, placeholder=say.NAME_EXAMPLE, id="name-input")
            yield Static(id="name-error", classes="field-error")
            yield Label(say.KEYS_ENTER_SAVES, classes="dialog-keys")
            with Horizontal(classes="dialog-buttons"):
                yield Button(self.verb, id="name-ok", variant="primary")
                yield Button(say.CANCEL, id="name-cancel")

    def on_mount(self) -> None:
        """Title the box and focus the field."""
        self.query_one("#name-box").border_title = self.title_text
        self.query_one("#name-input").focus()

    @on(Input.Submitted, "#name-input")
    @on(Button.Pressed, "#name-ok")
    def _submit(self, event: Input.Submitted | Button.Pressed) -> None:
        from career_resilience.records.store import clean_name

        # The name as it was when Enter was pressed (keys typed behind it are held).
        typed = (
            event.value
            if isinstance(event, Input.Submitted)
            else self.query_one("#name-input", Input).value
        )
        try:
            name = clean_name(typed)
        except ValueError as exc:
            self.stop_holding_keys()
            show_problem(self.query_one("#name-error", Static), str(exc))
            return
        show_problem(self.query_one("#name-error", Static), "")
        job = self.job
        # What is typed while the name is saved belongs to the screen this returns to.
        self.hold_keys_until_closed()
        run_records_job(self, lambda store: ClientChanged(name, job(store, name)), "save the name")

    @on(Input.Changed, "#name-input")
    def _typing(self) -> None:
        show_problem(self.query_one("#name-error", Static), "")

    @while_shown
    def on_client_changed(self, message: ClientChanged) -> None:
        """Saved: close with the client."""
        message.stop()
        self.dismiss(message.client)

    @while_shown
    def on_records_failed(self, message: RecordsFailed) -> None:
        """Say why in place (e.g. the name is taken) and let the coach fix it."""
        message.stop()
        self.stop_holding_keys()
        show_problem(self.query_one("#name-error", Static), message.reason)

    @on(Button.Pressed, "#name-cancel")
    def action_cancel(self) -> None:
        """Close without saving."""
        self.dismiss(None)
