"""A text input with a drop-down of completions under it (job titles, skills, paths).

Typing shows up to a few candidates in an overlay; Down/Up move through them, Enter
or a click takes one, Escape closes the list. With nothing highlighted Enter submits
what was typed, so free text always works.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import ClassVar

from textual import events, on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.content import Content
from textual.message import Message
from textual.widget import Widget
from textual.widgets import Input, OptionList

from career_resilience.skills.completion import Suggestion

#: Text typed so far -> candidates (plain strings, or Suggestions with a display text).
Completer = Callable[[str], Sequence["str | Suggestion"]]


class CompletionList(OptionList):
    """The overlay list of candidates; never takes focus, so typing continues."""

    can_focus = False


#: Editing keys an input runs as they come, in order with the letters typed around them.
IN_ORDER_KEYS = frozenset({"backspace", "delete", "left", "right", "home", "end"})


class PastingInput(Input):
    """An Input that keeps every line of a multi-line paste, joined by ``joiner``, and
    every key in the order typed.

    Textual's Input keeps only the first line; a list of skills pasted from a CV
    ("SQL\nExcel\nTableau") should arrive whole.
    """

    def __init__(self, value: str = "", *, placeholder: str = "", joiner: str = " ") -> None:
        super().__init__(value, placeholder=placeholder, select_on_focus=False)
        self.joiner = joiner

    async def _on_key(self, event: events.Key) -> None:
        """Editing keys and Tab take effect in the order they were typed.

        Textual inserts a printable key here at once, but runs Backspace, Tab and the
        like only after the key has travelled up to the app: a quick typist (or a busy
        machine) had the letters after such a key land first ("Plumber⇥pipe fitting"
        gave the title "Plumberpipe fitting"). Here they run in turn, and a key that
        reaches this box after an earlier Tab moved the focus on goes where the focus
        is now. (Enter still travels: what it does is the screen's, and runs later.)
        """
        focused = self.app.focused
        if focused is not None and focused is not self:
            event.prevent_default()
            event.stop()
            focused.post_message(events.Key(event.key, event.character))
            return
        if event.key in IN_ORDER_KEYS:
            bindings = self._bindings.key_to_bindings.get(event.key)
            if bindings:
                event.prevent_default()
                event.stop()
                await self.run_action(bindings[0].action)
        elif event.key in ("tab", "shift+tab"):
            event.prevent_default()
            event.stop()
            if event.key == "tab":
                self.screen.focus_next()
            else:
                self.screen.focus_previous()

    def _on_paste(self, event: events.Paste) -> None:
        # Textual also runs Input._on_paste after this (handlers run along the MRO)
        # unless the default is prevented; single lines are left to it.
        lines = [line.strip() for line in event.text.splitlines() if line.strip()]
        if len(lines) > 1:
            event.prevent_default()
            event.stop()
            self.insert_text_at_cursor(self.joiner.join(lines))


class CompletingInput(Widget):
    """An :class:`Input` plus a completion drop-down fed by a ``completer`` function."""

    DEFAULT_CSS = """
    CompletingInput {
        height: auto;
    }
    CompletingInput CompletionList {
        overlay: screen;
        /* Below the input, or above it when the screen has no room below. */
        constrain: inside inflect;
        display: none;
        max-height: 8;
        width: auto;
        min-width: 30;
        max-width: 70;
        margin: 0 1;
        border: round $primary;
        background: $surface;
        text-wrap: nowrap;
        text-overflow: ellipsis;
    }
    CompletingInput CompletionList.-open {
        display: block;
    }
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("down", "move(1)", "Next suggestion", show=False),
        Binding("up", "move(-1)", "Previous suggestion", show=False),
        Binding("escape", "close", "Close suggestions", show=False),
    ]

    class Accepted(Message):
        """A completion was picked (already placed in the input)."""

        def __init__(self, owner: CompletingInput, value: str, typed: str) -> None:
            self.owner = owner
            self.value = value
            #: What was in the input before the completion replaced it.
            self.typed = typed
            super().__init__()

        @property
        def control(self) -> CompletingInput:
            """The widget that sent the message (for ``@on`` selectors)."""
            return self.owner

    def __init__(
        self,
        completer: Completer | None = None,
        *,
        placeholder: str = "",
        value: str = "",
        paste_joiner: str = " ",
        id: str | None = None,
        classes: str | None = None,
    ) -> None:
        super().__init__(id=id, classes=classes)
        self._joiner = paste_joiner
        self.completer = completer
        self._placeholder = placeholder
        self._value = value
        self._candidates: list[Suggestion] = []

    def compose(self) -> ComposeResult:
        """The input; the list is mounted when there is first something to suggest."""
        yield PastingInput(self._value, placeholder=self._placeholder, joiner=self._joiner)

    @property
    def input(self) -> Input:
        """The text input inside."""
        return self.query_one(Input)

    @property
    def value(self) -> str:
        """The text typed so far."""
        return self.input.value

    @value.setter
    def value(self, text: str) -> None:
        self.input.value = text
        self.input.cursor_position = len(text)

    def focus(self, scroll_visible: bool = True) -> CompletingInput:
        """Focus the input inside."""
        self.input.focus(scroll_visible)
        return self

    def _list(self) -> CompletionList | None:
        # Created on first use: the app's first frame has two of these inputs.
        found = self.query(CompletionList)
        return found.first() if found else None

    @property
    def showing(self) -> bool:
        """Whether the suggestion list is open."""
        options = self._list()
        return options is not None and options.has_class("-open")

    def refresh_candidates(self) -> None:
        """Recompute the suggestions for the current text (e.g. after the catalogue loads)."""
        text = self.input.value
        found = self.completer(text) if self.completer and text.strip() else []
        candidates = [c if isinstance(c, Suggestion) else Suggestion(c) for c in found]
        # A single candidate that equals the text adds nothing but noise.
        if len(candidates) == 1 and candidates[0].value.casefold() == text.strip().casefold():
            candidates = []
        self._candidates = candidates
        options = self._list()
        if options is None:
            if not candidates:
                return
            options = CompletionList()
            self.mount(options)
        options.clear_options()
        # Content, not markup: titles and aliases may hold square brackets.
        options.add_options([Content(c.label) for c in candidates])
        options.highlighted = None
        options.set_class(bool(candidates) and self.input.has_focus, "-open")

    @on(Input.Changed)
    def _changed(self) -> None:
        # The event keeps bubbling: screens validate the text as it is typed.
        self.refresh_candidates()

    @on(Input.Submitted)
    def _submitted(self, event: Input.Submitted) -> None:
        options = self._list()
        if options is not None and self.showing and options.highlighted is not None:
            event.stop()
            self._accept(self._candidates[options.highlighted].value)

    @on(OptionList.OptionSelected)
    def _clicked(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self._accept(self._candidates[event.option_index].value)

    def _accept(self, text: str) -> None:
        typed = self.value
        self.value = text
        self.close()
        self.post_message(self.Accepted(self, text, typed))

    def on_descendant_blur(self) -> None:
        """Close the list when focus moves elsewhere."""
        self.close()

    def on_descendant_focus(self) -> None:
        """Reopen suggestions for text already typed."""
        self.refresh_candidates()

    def close(self) -> None:
        """Hide the suggestions."""
        options = self._list()
        if options is not None:
            options.remove_class("-open")

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Arrow keys and Escape belong to the list only while it is open."""
        if action in ("move", "close"):
            return self.showing
        return True

    def action_move(self, step: int) -> None:
        """Highlight the next or previous suggestion."""
        options = self._list()
        if options is None:
            return
        if options.highlighted is None:
            options.highlighted = 0 if step > 0 else options.option_count - 1
        elif step > 0:
            options.action_cursor_down()
        else:
            options.action_cursor_up()

    def action_close(self) -> None:
        """Escape: hide the suggestions, keep the text."""
        self.close()
