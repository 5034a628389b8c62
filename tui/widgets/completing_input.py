"""A text input with a drop-down of completions under it (job titles, skills, paths).

Typing shows up to a few candidates in an overlay; Down/Up move through them, Enter
or a click takes one, Escape closes the list. With nothing highlighted Enter submits
what was typed, so free text always works.

Every key takes effect in the order it was typed, Enter and the list keys included
(see PastingInput._on_key): a fast typist's "SQL⏎Excel⏎" is two skills, never one.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import ClassVar

from textual import events, on
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.content import Content
from textual.message import Message
from textual.widget import Widget
from textual.widgets import Input, OptionList

from career_resilience.skills.completion import Suggestion
from career_resilience.tui.widgets.app_keys import AppKeys, app_keys_for
from career_resilience.tui.widgets.key_order import (
    forward_if_moved_on,
    held_for_a_dialog,
    hold_behind_enter,
    move_focus,
    run_binding,
)

#: Text typed so far -> candidates (plain strings, or Suggestions with a display text).
Completer = Callable[[str], Sequence["str | Suggestion"]]


class CompletionList(OptionList):
    """The overlay list of candidates; never takes focus, so typing continues."""

    can_focus = False


#: Editing keys an input runs as they come, in order with the letters typed around them.
IN_ORDER_KEYS = frozenset({"backspace", "delete", "left", "right", "home", "end"})


class PastingInput(AppKeys, Input):
    """An Input that keeps every line of a multi-line paste, joined by ``joiner``, and
    every key in the order typed.

    Textual's Input keeps only the first line; a list of skills pasted from a CV
    ("SQL\nExcel\nTableau") should arrive whole.
    """

    #: ctrl+e, ctrl+k: the app's export and save to a client in a view (app_keys.py).
    BINDINGS: ClassVar[list[BindingType]] = app_keys_for(Input)

    def __init__(self, value: str = "", *, placeholder: str = "", joiner: str = " ") -> None:
        super().__init__(value, placeholder=placeholder, select_on_focus=False)
        self.joiner = joiner

    async def _on_key(self, event: events.Key) -> None:
        """Editing keys, Tab and Enter take effect in the order they were typed.

        Textual inserts a printable key here at once, but runs Backspace, Tab and the
        like only after the key has travelled up to the app: a quick typist (or a busy
        machine) had the letters after such a key land first ("Plumber⇥pipe fitting"
        gave the title "Plumberpipe fitting"). Here they run in turn, and a key that
        reaches this box after an earlier Tab moved the focus on goes where the focus
        is now. Enter and the suggestion keys are the owning CompletingInput's
        (``key_in_order``). In a dialog that saves on Enter, the keys behind the Enter
        wait until it has closed or said what to fix (``held_for_a_dialog``).
        """
        if held_for_a_dialog(self, event) or forward_if_moved_on(self, event):
            return
        owner = self.parent
        if isinstance(owner, CompletingInput) and owner.key_in_order(event.key):
            event.prevent_default()
            event.stop()
        elif not move_focus(self, event):
            await run_binding(self, event, IN_ORDER_KEYS)

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

    class Accepted(Message):
        """A completion was picked (placed in the input, or taken out of an entry that
        empties on Enter)."""

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
        empties_on_enter: bool = False,
        holds_behind_enter: bool = False,
        enter_moves_on: bool = False,
        id: str | None = None,
        classes: str | None = None,
    ) -> None:
        super().__init__(id=id, classes=classes)
        self._joiner = paste_joiner
        #: An entry that adds what was typed to a list (skills): Enter empties it at once,
        #: so the letters typed after Enter start the next item.
        self.empties_on_enter = empties_on_enter
        #: In a dialog that saves on Enter: the keys typed behind Enter wait until it has
        #: closed or said what to fix, rather than landing in the box being saved.
        self.holds_behind_enter = holds_behind_enter
        #: A field among others (the job title): Enter goes on to the next field as the
        #: input reads it, as Tab does, so the keys typed behind it land there.
        self.enter_moves_on = enter_moves_on
        #: What the last Enter took out of an entry that empties on Enter.
        self._entered: str | None = None
        #: The text the candidates were last worked out for.
        self._candidates_for: str | None = None
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
        self._candidates_for = text
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

    def _refresh_if_stale(self) -> None:
        # The Changed message for a letter arrives after the keys typed behind it; a key
        # that reads the list works it out for the text it sees instead (and the late
        # message then leaves it, and the highlight, alone).
        if self._candidates_for != self.input.value:
            self.refresh_candidates()

    @on(Input.Changed)
    def _changed(self) -> None:
        # The event keeps bubbling: screens validate the text as it is typed.
        self._refresh_if_stale()

    def key_in_order(self, key: str) -> bool:
        """Run Enter, Down, Up or Escape as the input receives it; False: not handled.

        Handled as bindings, these keys ran only after travelling up to the app, by which
        time the letters typed after them were in the box: "SQL⏎Excel⏎" in a burst
        gave the one skill "SQLExcel". Here Enter takes the text it follows.
        """
        if key in ("down", "up", "escape"):
            self._refresh_if_stale()
            if not self.showing:
                return False  # travels on (Escape closes a dialog)
            if key == "escape":
                self.close()
            else:
                self.action_move(1 if key == "down" else -1)
            return True
        if key != "enter":
            return False
        self._refresh_if_stale()
        options = self._list()
        if options is not None and self.showing and options.highlighted is not None:
            self._accept(self._candidates[options.highlighted].value)
            return True
        if self.enter_moves_on:
            self.screen.focus_next()
            return True
        typed = self.input.value
        if self.empties_on_enter:
            self.value = ""
            self._entered = typed
        if self.holds_behind_enter:
            hold_behind_enter(self)
        # Posted here, as Accepted is, so the two reach the screen in the order typed.
        self.post_message(Input.Submitted(self.input, typed))
        return True

    @on(OptionList.OptionSelected)
    def _clicked(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self._accept(self._candidates[event.option_index].value)

    def put_back(self, text: str, took: str | None = None) -> None:
        """Put back ``text`` that Enter took but could not be added, to fix it.

        ``took`` is the whole entry Enter took when ``text`` is only the part of it that
        was refused (the rest was added). Only when that is what the latest Enter took
        and nothing has been typed since: in a burst the letters after a refused skill
        are the next one. It is selected, so a letter typed now replaces it rather than
        joining it.
        """
        if self._entered == (text if took is None else took) and not self.value:
            # Quietly: a screen clears its message about the text when the text changes.
            with self.input.prevent(Input.Changed):
                self.value = text
            self.input.select_all()

    def _accept(self, text: str) -> None:
        typed = self.value
        self._entered = None
        self.value = "" if self.empties_on_enter else text
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
