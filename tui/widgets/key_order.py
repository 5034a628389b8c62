"""Keys take effect in the order they were typed, and land where the next key belongs.

Textual inserts a printable key into the focused box at once, but runs Tab, Backspace
and the like only after the key has travelled up to the app and back down as a
binding. In a quick burst (a fast typist, ``tmux send-keys``, a busy machine) the
letters after such a key landed first: "Plumber⇥pipe fitting" gave the title
"Plumberpipe fitting". The helpers here run those keys as the widget receives them,
send a key that arrives after the focus moved on to the new focus, and give letters
typed on a button or list to the text box they belong in.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, ClassVar

from textual import events
from textual.app import App
from textual.binding import BindingType
from textual.widget import Widget
from textual.widgets import Input

from career_resilience.tui.widgets.app_keys import AppKeys, app_keys_for

#: A widget's way of saying which text box a letter typed on it belongs in (None: none).
TypingTarget = Callable[[], Widget | None]


def key_again(event: events.Key) -> events.Key:
    """A copy of ``event`` to send on, still saying when it was typed: a confirmation
    tells the keys typed before it showed from its answers by that (``ConfirmDialog``)."""
    again = events.Key(event.key, event.character)
    again.time = event.time
    return again


def held_for_a_dialog(widget: Widget, event: events.Key) -> bool:
    """Hold a key that reached ``widget`` while a dialog saves what was typed into it
    (it had passed the app before the Enter that started the save); True if held."""
    app = widget.app
    if not getattr(app, "holding_keys", False):
        return False
    event.prevent_default()
    event.stop()
    app.hold_key(event)  # type: ignore[attr-defined]
    return True


def hold_behind_enter(widget: Widget) -> None:
    """From this Enter on, hold the keys typed until the dialog ``widget`` is on has
    closed or said what is wrong (``Dialog.hold_keys_until_closed``)."""
    hold = getattr(widget.screen, "hold_keys_until_closed", None)
    if hold is not None:
        hold()


def forward_if_moved_on(widget: Widget, event: events.Key) -> bool:
    """Send a key that reached ``widget`` after an earlier key moved the focus on, to
    where the focus is now; True if it was sent."""
    focused = widget.app.focused
    if focused is None or focused is widget:
        return False
    event.prevent_default()
    event.stop()
    focused.post_message(key_again(event))
    return True


def move_focus(widget: Widget, event: events.Key) -> bool:
    """Run Tab or shift+Tab now (True), not after the keys typed behind it."""
    if event.key not in ("tab", "shift+tab"):
        return False
    event.prevent_default()
    event.stop()
    if event.key == "tab":
        widget.screen.focus_next()
    else:
        widget.screen.focus_previous()
    return True


async def run_binding(widget: Widget, event: events.Key, keys: frozenset[str]) -> bool:
    """Run the widget's own binding for an editing key in ``keys`` now (True if run)."""
    if event.key not in keys:
        return False
    bindings = widget._bindings.key_to_bindings.get(event.key)
    if not bindings:
        return False
    event.prevent_default()
    event.stop()
    await widget.run_action(bindings[0].action)
    return True


def type_into(target: TypingTarget | None, event: events.Key) -> bool:
    """Give a printable key typed on a button or list to the text box it belongs in.

    The focus moves there at once (not on the next refresh, as ``Widget.focus``
    does), so the keys typed behind this one follow it there in order.
    """
    if target is None or not event.is_printable:
        return False
    box = target()
    if box is None:
        return False
    event.prevent_default()
    event.stop()
    box.screen.set_focus(box)
    box.post_message(key_again(event))
    return True


def key_on_a_control(widget: Widget, event: events.Key, typing_to: TypingTarget | None) -> None:
    """Keep the keys typed on a button or list in order: a key that came after a Tab
    follows the focus, Tab moves on now, and a letter goes to the box it belongs in."""
    if not forward_if_moved_on(widget, event) and not move_focus(widget, event):
        type_into(typing_to, event)


#: Input keys that edit or move the cursor: run in order with the letters around them.
INPUT_KEYS = frozenset({"backspace", "delete", "left", "right", "home", "end"})


class OrderedInput(AppKeys, Input):
    """A dialog's text box whose Enter is read in its place in a burst: what it submits
    is what was typed before it, and the keys typed behind it wait until the dialog
    has closed (or said what to fix) instead of landing in the box ("Dana⏎o" typed
    quickly in the new-client dialog saved "Danao")."""

    BINDINGS: ClassVar[list[BindingType]] = app_keys_for(Input)

    async def _on_key(self, event: events.Key) -> None:
        # Textual then runs Input._on_key (handlers run along the MRO) unless the
        # default is prevented, which each helper does when it handles the key.
        if held_for_a_dialog(self, event) or forward_if_moved_on(self, event):
            return
        if move_focus(self, event):
            return
        if event.key == "enter":
            event.prevent_default()
            event.stop()
            hold_behind_enter(self)
            self.post_message(Input.Submitted(self, self.value))
            return
        await run_binding(self, event, INPUT_KEYS)


class SearchInput(AppKeys, Input):
    """A search box whose editing keys, Tab and Enter take effect where they were typed
    in a burst: "samx", Backspace, " l" typed quickly into the client search or the
    "That's not me" picker ran the Backspace after the letters behind it ("nursx",
    Backspace, "e pr" searched "nursxepr"), and Enter searched letters typed after it.
    """

    BINDINGS: ClassVar[list[BindingType]] = app_keys_for(Input)

    async def _on_key(self, event: events.Key) -> None:
        if held_for_a_dialog(self, event) or forward_if_moved_on(self, event):
            return
        if move_focus(self, event):
            return
        if event.key == "enter":
            # What Enter opens may come later (a list still being read): the screen
            # holds the keys typed behind it now, before this box reads them.
            hold = getattr(self.screen, "hold_keys_behind_enter", None)
            if hold is not None:
                hold()
        await run_binding(self, event, SEARCH_KEYS)


#: A search box's keys run in order: the editing keys and Enter (submit what is typed).
SEARCH_KEYS = INPUT_KEYS | {"enter"}


#: How many times a call follows keys sent on to a new focus (a Tab in the burst).
FOCUS_HOPS = 4


def after_keys_typed(app: App[Any], callback: Callable[[], object], hops: int = FOCUS_HOPS) -> None:
    """Run ``callback`` once the keys typed before the one that asked for it are in.

    A key every view's footer shows (ctrl+r) runs as the app reads it, while the keys
    typed before it still wait in the focused box's queue: "Cashier", Tab, "cash
    handling", Enter, ctrl+r typed quickly scored a form with no job title yet (and
    said nothing) or without the skill. The call waits behind them in that queue, then
    in each queue up to the screen (what those keys posted, a skill's Enter, is read
    there), and behind the keys sent on to where a Tab moved the focus.
    """
    focused = app.focused
    if focused is None or hops <= 0:
        callback()
        return
    screen = focused.screen
    climb = [node for node in focused.ancestors_with_self if node is not app]
    climb = climb[: climb.index(screen) + 1] if screen in climb else climb

    def settled() -> None:
        if app.focused is not None and app.focused is not focused:
            after_keys_typed(app, callback, hops - 1)
        else:
            callback()

    def step(rest: list[Any]) -> None:
        if not rest or not rest[0].call_later(step, rest[1:]):
            settled()

    step(climb)
