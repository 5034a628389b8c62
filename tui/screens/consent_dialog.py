"""Record what a client agreed to about their records, and how long to keep them."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, ClassVar, NamedTuple

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.widgets import Button, Input, Label, Static

from career_resilience import wording as say
from career_resilience.tui.screens.client_dialogs import show_problem
from career_resilience.tui.screens.dialog import Dialog
from career_resilience.tui.widgets.key_order import OrderedInput

if TYPE_CHECKING:
    from career_resilience.records import Client


class ConsentAnswer(NamedTuple):
    """The consent to record (None: leave it as it is) and the retention date (None: none)."""

    consent: tuple[date, str] | None
    retention: date | None


def parse_day(text: str, field: str) -> date:
    """A YYYY-MM-DD date, or ValueError naming the field."""
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise ValueError(f"{field}: {text.strip()!r} is not a date like 2025-03-31") from None


class ConsentDialog(Dialog[ConsentAnswer | None]):
    """Consent date and wording, and the date after which the client should be erased."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+s", "save", "Save"),
        Binding("escape", "cancel", "Cancel"),
    ]

    def __init__(self, client: Client, today: date | None = None) -> None:
        super().__init__()
        self.client = client
        self.today = today or date.today()

    def compose(self) -> ComposeResult:
        """Three fields, each with a label saying what it is for."""
        consent = self.client.consent
        keep = self.client.retention_until
        with Vertical(id="consent-box"):
            yield Label(say.KEYS_ENTER_OR_CTRL_S, classes="dialog-keys")
            # Fields in the order the focus takes them, the one focused first on top:
            # the date had been above the focused wording box, and a coach typing a
            # date wrote it into what the client agreed to.
            # Ordered: in a burst ("keep a year", Tab, "2027-01-01") the letters after a
            # Tab had landed before it ran, all in the first box.
            yield Label(say.CONSENT_AGREED_LABEL)
            yield OrderedInput(
                consent.agreed if consent else "",
                placeholder=say.CONSENT_AGREED_EXAMPLE,
                id="consent-agreed",
            )
            yield Label(say.RETENTION_LABEL)
            yield OrderedInput(keep.isoformat() if keep else "", id="consent-retention")
            yield Label(say.CONSENT_DATE_LABEL)
            day = (consent.date if consent else self.today).isoformat()
            yield OrderedInput(day, id="consent-date")
            yield Static(id="consent-error", classes="field-error")
            with Horizontal(classes="dialog-buttons"):
                yield Button(say.SAVE, id="consent-ok", variant="primary")
                yield Button(say.CANCEL, id="consent-cancel")

    def on_mount(self) -> None:
        """Title the box; start at the wording, the first field and the one most often
        filled in."""
        self.query_one("#consent-box").border_title = say.consent_title(self.client.name)
        self.query_one("#consent-agreed").focus()

    def read(self) -> ConsentAnswer:
        """The fields as an answer; ValueError says what is wrong."""
        agreed = self.query_one("#consent-agreed", Input).value.strip()
        day = self.query_one("#consent-date", Input).value
        consent = None
        if agreed:
            consent = (parse_day(day, "consent date"), agreed)
        elif self.client.consent is not None:
            raise ValueError("say what the client agreed to (recorded consent cannot be blank)")
        kept = self.query_one("#consent-retention", Input).value.strip()
        retention = parse_day(kept, "keep until") if kept else None
        return ConsentAnswer(consent, retention)

    @on(Input.Changed)
    def _typing(self) -> None:
        show_problem(self.query_one("#consent-error", Static), "")

    @on(Input.Submitted)
    @on(Button.Pressed, "#consent-ok")
    def action_save(self) -> None:
        """Close with the answer, or say what to fix."""
        try:
            answer = self.read()
        except ValueError as exc:
            show_problem(self.query_one("#consent-error", Static), str(exc))
            self.stop_holding_keys()  # an Enter held the keys behind it: they fix the field
            return
        self.dismiss(answer)

    @on(Button.Pressed, "#consent-cancel")
    def action_cancel(self) -> None:
        """Close without changing anything."""
        self.dismiss(None)
