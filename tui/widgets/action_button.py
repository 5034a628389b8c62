"""The profile form's "Score my work" button, at a fraction of Button's start-up cost.

Textual's ``Button`` carries 7 KB of CSS for every variant and style (flat, ANSI,
success, warning, error...). It is parsed before the app's first frame (about 12 ms)
and its rules are tried on every restyle after. The form needs one compact primary
button, so this widget has only the rules such a button uses, with the same values:
it looks and behaves like ``Button(..., variant="primary", compact=True)``.
"""

from __future__ import annotations

from typing import ClassVar

from rich.cells import cell_len
from textual import events
from textual.binding import Binding, BindingType
from textual.content import Content
from textual.geometry import Size
from textual.message import Message
from textual.widget import Widget

from career_resilience.tui.widgets.key_order import TypingTarget, key_on_a_control

#: Seconds the pressed look lasts (Button's own ``active_effect_duration``).
ACTIVE_SECONDS = 0.2


class ActionButton(Widget, can_focus=True):
    """A compact primary button: Enter or a click presses it."""

    DEFAULT_CSS = """
    ActionButton {
        width: auto;
        min-width: 16;
        height: auto;
        line-pad: 1;
        text-align: center;
        content-align: center middle;
        pointer: pointer;
        text-style: bold;
        color: $button-color-foreground;
        background: $primary;
        border: none;
        /* Button takes this from the theme variable button-focus-text-style: the same here. */
        &:focus {
            text-style: bold reverse;
            background-tint: $foreground 5%;
        }
        &:hover {
            background: $primary-darken-2;
        }
        &.-active {
            background: $primary;
            tint: $background 30%;
        }
    }
    """

    BINDINGS: ClassVar[list[BindingType]] = [Binding("enter", "press", "Press button", show=False)]

    class Pressed(Message):
        """The button was pressed."""

        def __init__(self, button: ActionButton) -> None:
            self.button = button
            super().__init__()

        @property
        def control(self) -> ActionButton:
            """The button pressed (lets ``@on(ActionButton.Pressed, "#id")`` match it)."""
            return self.button

    def __init__(
        self, label: str, *, id: str | None = None, typing_to: TypingTarget | None = None
    ) -> None:
        super().__init__(id=id)
        self.label = Content(label)
        #: Where letters typed on the button go (a person who tabbed here and kept
        #: typing means the text box, not the button); None: they do nothing.
        self.typing_to = typing_to

    async def _on_key(self, event: events.Key) -> None:
        key_on_a_control(self, event, self.typing_to)

    def get_content_width(self, container: Size, viewport: Size) -> int:
        """The label and a cell either side, as Button measures it."""
        return cell_len(self.label.plain) + 2

    def render(self) -> Content:
        """The label."""
        return self.label

    async def _on_click(self, event: events.Click) -> None:
        event.stop()
        self.action_press()

    def action_press(self) -> None:
        """Show the pressed look briefly and say so (not again while it shows)."""
        if self.has_class("-active") or self.disabled or not self.display:
            return
        self.add_class("-active")
        self.set_timer(ACTIVE_SECONDS, lambda: self.remove_class("-active"))
        self.post_message(self.Pressed(self))
