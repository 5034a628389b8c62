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

A key the app has passed to a widget is on its way until the widget has handled it or
it has come back to the app (to run a binding, ``e`` on a client record): the keys typed
behind it wait at the app until then (:class:`KeyArrived`). Passed on at once, a key
typed 30 ms behind F6 reached the profile's text box before F6 had come back to open
the client list ("asked it" typed behind F6 was written into the job title).

A dialog that saves what was typed into it in the background (a new client's name)
holds the keys typed behind its Enter until it has closed (:meth:`hold_keys`,
:meth:`hold_key`, :meth:`release_keys`; the text box does it as it reads the Enter,
``tui/widgets/key_order.py``): "Dana", Enter, "o" typed quickly saved "Danao".
"""

from __future__ import annotations

import bisect
import time
from collections.abc import Callable
from operator import attrgetter
from typing import TYPE_CHECKING, Any

from textual import events
from textual.app import ScreenStackError
from textual.message import Message

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

#: How the attributes the app's screens set on a key begin (TYPED_ON, the record's
#: ALONE): a key held and sent on keeps them.
MARK = "_resilience_"


#: Seconds between looks at a key on its way, while keys wait behind it (has the widget
#: it went to gone, with the message behind it?).
IN_FLIGHT_LOOK = 0.1


class KeyArrived(Message):
    """Sent to a widget right behind a key the app passed to it: the widget reads it once
    it has handled the key, and it bubbles to the app behind the key if the key came
    back, so the app knows the key has arrived and sends the next one."""

    def __init__(self, key: events.Key, target: Widget) -> None:
        super().__init__()
        self.key = key
        self.target = target
        #: When the key was passed on.
        self.since = time.monotonic()


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
    #: The key passed to a widget and not arrived yet (the message sent behind it).
    _in_flight: KeyArrived | None = None
    #: The held key sent on last, not read again yet (it goes ahead of the keys held).
    _sending: events.Key | None = None
    #: A look at the key on its way is due (:data:`IN_FLIGHT_LOOK`).
    _looking: bool = False

    def _keys_target(self) -> tuple[Screen[Any], Widget | None] | None:
        try:
            return self.screen, self.focused  # type: ignore[attr-defined]
        except ScreenStackError:  # no screen yet
            return None

    async def on_event(self, event: events.Event) -> None:
        """Note where each typed key is sent, or hold it while the focus settles or the
        key before it is on its way."""
        if isinstance(event, events.Key) and not event.is_forwarded:
            if self._keys_target() is None:
                return  # no screen: the app is closing (a key held to the end goes nowhere)
            sent_on = event is self._sending
            if sent_on:
                self._sending = None
            # A key sent on again waits too: those sent with it keep their order behind
            # one of them that ran a binding or started a search (and is held again).
            if self._blocked() or (not sent_on and self._waiting()):
                self._hold(event)
                return
            if getattr(event, TYPED_ON, None) is not True:
                setattr(event, TYPED_ON, self._keys_target())
            await super().on_event(event)  # type: ignore[misc]
            if event.is_forwarded:  # passed to the focused widget (or the screen)
                self._follow(event)
            else:  # a priority binding ran it: the next key may go (after its frame)
                self._send_next()
            return
        await super().on_event(event)  # type: ignore[misc]

    def _follow(self, event: events.Key) -> None:
        """Send :class:`KeyArrived` behind ``event`` to where the app passed it."""
        target = self.focused or self.screen  # type: ignore[attr-defined]
        arrived = KeyArrived(event, target)
        if target.post_message(arrived):
            self._in_flight = arrived
        else:  # it will never read the key either
            self._send_next()

    def _on_key_arrived(self, message: KeyArrived) -> None:
        message.stop()
        self._arrived(message.key)

    def _arrived(self, key: events.Key) -> None:
        """``key`` has been handled, or has come back: the next key may go."""
        if self._in_flight is not None and self._in_flight.key is key:
            self._in_flight = None
            self._send_next()

    def _look_at_key_on_its_way(self) -> None:
        """Let the keys go on if the widget a key went to is gone (the message behind
        the key went with it) or has kept it :data:`HOLD_LIMIT` seconds."""
        self._looking = False
        flight = self._in_flight
        if flight is None:
            return
        target = flight.target
        # Gone: taken out of the DOM, or it (or a node above it) has stopped reading
        # messages. One being closed still reads them for a moment: the next look finds it.
        gone = not target.is_attached or not all(
            node.is_running for node in target.ancestors_with_self
        )
        if gone or time.monotonic() - flight.since > HOLD_LIMIT:
            self._arrived(flight.key)
        elif self.__dict__.get("_held_keys"):
            self._look_later()

    def _look_later(self) -> None:
        if not self._looking and self._in_flight is not None:
            self._looking = True
            self.set_timer(IN_FLIGHT_LOOK, self._look_at_key_on_its_way)  # type: ignore[attr-defined]

    async def _on_key(self, event: events.Key) -> None:
        # Runs before App._on_key (handlers run along the MRO), which checks the key's
        # bindings against what is focused now unless this prevents it.
        typed_on = getattr(event, TYPED_ON, None)
        if typed_on is None:
            return
        # Come back to the app, it waits for nothing before it: it is the key on its way
        # (the message behind it says it has arrived, once what it runs has run).
        waiting = self._waiting(coming_back=event)
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

    def _blocked(self, coming_back: events.Key | None = None) -> bool:
        """Whether no key may go now: the focus settles, a dialog or a call holds the
        keys, or the key before (not ``coming_back``) is on its way."""
        flight = self._in_flight
        on_its_way = flight is not None and flight.key is not coming_back
        return bool(self._settling or self._holders or self._in_turn or on_its_way)

    def _waiting(self, coming_back: events.Key | None = None) -> bool:
        """Whether a key the app reads now (or ``coming_back`` to it, the key on its way)
        waits (held) for something before it."""
        held = self.__dict__.get("_held_keys")
        if self._in_flight is not None and self._in_flight.key is coming_back:
            # The keys held now were typed behind it (unless one came back late).
            held = held and held[0].time < coming_back.time
        return bool(self._blocked(coming_back) or self._sending is not None or held)

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
        if self._in_flight is not None:
            self._look_later()  # sent on when it arrives
        elif len(held) == 1 and not self._settling and not self._holders:
            self.call_after_refresh(self._send_held_keys)  # type: ignore[attr-defined]

    def hold_keys(self) -> None:
        """Hold every key typed from now on until :meth:`release_keys` is called as often
        (a dialog saving what was typed into it: the keys behind its Enter are for
        whatever comes next, not for its text box)."""
        self._holders += 1

    @property
    def keys_under_way(self) -> bool:
        """Whether typed keys are still on their way to where they go (one passed to a
        widget, one sent on, or some held for the focus to settle, not for a dialog)."""
        held = self.__dict__.get("_held_keys") and not self._holders
        return bool(self._in_flight is not None or self._sending is not None or held)

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
        """After a frame (the focus has settled), or when a hold ends: the keys go on."""
        self._settling = False
        self._send_next()

    def _send_next(self) -> None:
        """Send the first key held on to the app, unless something holds the keys
        (whatever does sends them once it lets go). The keys held behind it go one by
        one, each once the one before has arrived."""
        from career_resilience.tui.widgets.key_order import key_again

        held = self.__dict__.get("_held_keys")
        if not held or self._blocked() or self._sending is not None:
            return
        key = held.pop(0)
        again = key_again(key)
        # What the screens marked on it goes with it (the record's command letter sent
        # on to run: without its mark the record held it again, and again).
        for name, value in vars(key).items():
            if name.startswith(MARK):
                setattr(again, name, value)
        setattr(again, TYPED_ON, True)
        self._sending = again
        self.post_message(again)  # type: ignore[attr-defined]
