"""Keys typed just after a key that opens a screen or moves the focus go where it went
(issue 11).

The app sends each key to the widget focused when it reads the key. A key bound to an
action (ctrl+g for a new client, "/" for the search box) runs only once it has travelled
up to the app, and what it opens or focuses takes the focus later still (a dialog once
it has mounted; ``Widget.focus`` on the next turn), so the keys typed in between went
to the old widget or to a screen with nothing focused yet. They were dropped ("n",
"Dana Smith", Enter typed quickly opened an empty dialog and said the name was
empty) or, worse, read as commands of the old screen ("/", "sam" on the client list:
the "a" archived the highlighted client).

Here, once a key has run a binding, the keys after it are held until the screen has
been drawn again and then sent, in the order typed, to where the focus is by then. A
key that comes back to the app unhandled from a screen or widget that no longer has
the focus is held the same way.

A dialog that saves what was typed into it in the background (a new client's name)
holds the keys typed behind its Enter until it has closed (:meth:`hold_keys`,
:meth:`hold_key`, :meth:`release_keys`; the text box does it as it reads the Enter,
``tui/widgets/key_order.py``): "Dana", Enter, "o" typed quickly saved "Danao".
"""

from __future__ import annotations

import bisect
from collections.abc import Callable
from operator import attrgetter
from typing import TYPE_CHECKING, Any

from textual import events
from textual.app import ScreenStackError

if TYPE_CHECKING:
    from textual.dom import DOMNode
    from textual.screen import Screen
    from textual.timer import Timer
    from textual.widget import Widget

#: Seconds keys are held at most for something that should come (a list being read, a
#: record opening): if it never comes, the keys go on rather than wait for good.
HOLD_LIMIT = 3.0

#: The attribute a key carries: the screen and widget it was sent to, or True once it
#: has been held and sent again (it is then never held for the focus having moved, only
#: to stay behind keys held again, or as a letter that starts the client list's search).
TYPED_ON = "_resilience_typed_on"


class KeyHold:
    """One screen's claim on the keys the app holds (:meth:`KeysFollowTheFocus.hold_keys`):
    taken at most once, given back once, and given back by itself after ``limit``
    seconds (:data:`HOLD_LIMIT`: something awaited that never comes lets the keys go).

    ``limit=None`` holds until given back: a dialog saving what was typed into it holds
    the keys until it closes, however slow the save (let go early, they went into its
    text box). In an app that does not hold keys, taking the claim does nothing."""

    def __init__(self, owner: DOMNode, limit: float | None = HOLD_LIMIT) -> None:
        self._owner = owner
        self._limit = limit
        self._timer: Timer | None = None
        #: The claim is held (the keys typed from it wait).
        self.holding = False

    def take(self) -> None:
        """Hold the keys typed from now (nothing if this claim holds them already)."""
        app = self._owner.app
        if not self.holding and hasattr(app, "hold_keys"):
            self.holding = True
            app.hold_keys()
            if self._limit is not None:
                self._timer = app.set_timer(self._limit, self.give_back)

    def give_back(self) -> None:
        """Send the keys held for this claim on (they go where the focus is)."""
        if self.holding:
            self.holding = False
            if self._timer is not None:
                self._timer.stop()
            self._owner.app.release_keys()  # type: ignore[attr-defined]


class KeysFollowTheFocus:
    """App mixin: keys typed while the focus was on its way somewhere follow it there."""

    #: Keys held, in the order typed.
    _held_keys: list[events.Key]
    #: A key ran a binding and the screen has not been drawn since.
    _settling: bool = False
    #: How many dialogs are saving what was typed into them (keys wait for them).
    _holders: int = 0
    #: How many calls wait for the keys typed before them (:meth:`in_turn`); the keys
    #: typed after wait for those calls.
    _in_turn: int = 0

    def _keys_target(self) -> tuple[Screen[Any], Widget | None] | None:
        try:
            return self.screen, self.focused  # type: ignore[attr-defined]
        except ScreenStackError:  # no screen yet
            return None

    async def on_event(self, event: events.Event) -> None:
        """Note where each typed key is sent, or hold it while the focus settles."""
        if isinstance(event, events.Key) and not event.is_forwarded:
            # A key sent on again waits too: those sent with it keep their order behind
            # one of them that ran a binding or started a search (and is held again).
            if self._waiting():
                self._hold(event)
                return
            if getattr(event, TYPED_ON, None) is not True:
                setattr(event, TYPED_ON, self._keys_target())
        await super().on_event(event)  # type: ignore[misc]

    async def _on_key(self, event: events.Key) -> None:
        # Runs before App._on_key (handlers run along the MRO), which checks the key's
        # bindings against what is focused now unless this prevents it.
        typed_on = getattr(event, TYPED_ON, None)
        if typed_on is None:
            return
        waiting = self._waiting()
        # A key sent on again is not held for the focus alone (it may have none, and
        # would be held for good), only to keep its place behind a key held again.
        moved = typed_on is not True and (typed_on[1] is None or typed_on != self._keys_target())
        # A letter that came back from the client list searches, sent on or not: sent on
        # after a dialog's Enter ("dan" behind a new client's name) it was dropped, and
        # the Enter behind it opened whoever was highlighted.
        if moved or waiting or self._starts_search(event):
            event.prevent_default()
            event.stop()
            self._hold(event)

    def _waiting(self) -> bool:
        """Whether a key the app reads now waits (held) for something before it."""
        return bool(
            self._settling or self._holders or self._in_turn or self.__dict__.get("_held_keys")
        )

    def in_turn(self, callback: Callable[[], object]) -> None:
        """Run ``callback`` in its place among the keys: after the keys typed before the
        key that asked for it have reached the form, and before the keys typed after it.

        ctrl+s runs as the app reads it, while the keys typed before it still wait in
        the focused box: "Nurse", Tab, "triage", Enter, ctrl+s typed quickly saved a
        profile without the skill. Run later (``after_keys_typed``), the path it asks
        for must still get the file name typed behind ctrl+s: those keys are held
        until ``callback`` has run (its prompt is up) and the screen is drawn.
        """
        from career_resilience.tui.widgets.key_order import after_keys_typed

        self._in_turn += 1

        def run() -> None:
            self._in_turn -= 1
            try:
                callback()
            finally:
                self.call_after_refresh(self._send_held_keys)  # type: ignore[attr-defined]

        after_keys_typed(self, run)  # type: ignore[arg-type]

    def _starts_search(self, event: events.Key) -> bool:
        """Whether a character no key stands for moved the focus to a search box.

        Asked here, as the key comes back to the app in the order typed, not on the
        screen (there a letter right after "n" was read before "n" had opened its
        dialog, and went to the search box instead of the dialog).
        """
        start = getattr(self.screen, "search_from_key", None)  # type: ignore[attr-defined]
        character = event.character
        if start is None or not event.is_printable or not character or not character.strip():
            return False
        if event.key in self.screen.active_bindings:  # type: ignore[attr-defined]
            return False  # a command: its binding runs it
        return bool(start())

    async def _check_bindings(self, key: str, priority: bool = False) -> bool:
        handled: bool = await super()._check_bindings(key, priority)  # type: ignore[misc]
        if handled and not self._settling:
            # What it opens or focuses may take the focus only after the keys typed
            # behind it have been read: they wait for the next frame.
            self._settling = True
            self.call_after_refresh(self._send_held_keys)  # type: ignore[attr-defined]
        return handled

    async def _replace_screen(self, screen: Screen[Any]) -> Screen[Any]:
        # The send of held keys waits in the after-refresh callbacks of the screen that
        # was current when it was asked for; a dialog closed before its next refresh
        # (under load, a save that finished within a frame of a button's Enter) is
        # removed with them, and every key after that was held for good. Ask again on
        # the screen that is current now (a second send finds nothing left to send).
        replaced: Screen[Any] = await super()._replace_screen(screen)  # type: ignore[misc]
        if not replaced.is_attached and (self._settling or self.__dict__.get("_held_keys")):
            self.call_after_refresh(self._send_held_keys)  # type: ignore[attr-defined]
        return replaced

    def _hold(self, event: events.Key) -> None:
        held = self.__dict__.setdefault("_held_keys", [])
        # In the order typed (a key's time is when it was read; a key sent again keeps
        # it): a key already on its way to a widget when the focus moved comes back and
        # is held after the keys typed behind it, held as they came ("asked" typed right
        # behind F6 wrote the note "skeda").
        bisect.insort(held, event, key=attrgetter("time"))
        if len(held) == 1 and not self._settling and not self._holders:
            self.call_after_refresh(self._send_held_keys)  # type: ignore[attr-defined]

    def hold_keys(self) -> None:
        """Hold every key typed from now on until :meth:`release_keys` is called as often
        (a dialog saving what was typed into it: the keys behind its Enter are for
        whatever comes next, not for its text box)."""
        self._holders += 1

    @property
    def holding_keys(self) -> bool:
        """Whether keys are held for a dialog (see :meth:`hold_keys`)."""
        return bool(self._holders)

    def hold_key(self, event: events.Key) -> None:
        """Hold a key that reached a widget while keys are held (it had passed the app
        before :meth:`hold_keys`); it is sent again, in order, with the others."""
        from career_resilience.tui.widgets.key_order import key_again

        self._hold(key_again(event))

    def release_keys(self) -> None:
        """Undo one :meth:`hold_keys`; the last one sends the keys held, after the next frame."""
        self._holders = max(0, self._holders - 1)
        if not self._holders:
            self.call_after_refresh(self._send_held_keys)  # type: ignore[attr-defined]

    def _send_held_keys(self) -> None:
        from career_resilience.tui.widgets.key_order import key_again

        self._settling = False
        if self._holders or self._in_turn:  # sent by release_keys, or after the call
            return
        held, self._held_keys = self.__dict__.get("_held_keys", []), []
        for key in held:
            again = key_again(key)
            setattr(again, TYPED_ON, True)
            self.post_message(again)  # type: ignore[attr-defined]
