"""The "What I do all day" box: a stand-in in the first frame, the real text box after it.

Textual's TextArea and its document classes were a fifth of the instructions to the
app's first frame (37M to import, 26M to compose and paint, of ~298M). The first frame
now draws :class:`DutiesStandIn`, a box of the same size, border and placeholder, and
the real box (:class:`OrderedTextArea`) takes its place as soon as the frame is up, or
at once if the stand-in is focused or typed into first (keys typed while the app
starts: "Nurse", Tab, ..., "Check vitals").

No key is lost or reordered on the way: the stand-in keeps the keys it receives, and
the real box is built on the stand-in's own loop, so keys that reach it meanwhile wait
in its queue behind the build. Once the box is there the focus moves to it and the keys
are sent on one at a time, each once the box has read the one before (from then on the
app sends keys to it directly). Sent all at once they could be read out of order: with
one Tab too many ("...⇥⇥Build dashboards") the box passes "B" to the Score button,
which hands letters back to the box, by when "uild dashboards" was already queued in
the box ahead of it. Keys typed meanwhile are held by the app until all are sent.
"""

from __future__ import annotations

import asyncio
from typing import TYPE_CHECKING

from textual import events
from textual.widget import Widget
from textual.widgets import Static

if TYPE_CHECKING:
    from textual.widgets import TextArea

#: The class both the stand-in and the real box carry (the form's CSS sizes them alike).
BOX_CLASS = "duties-box"


class DutiesStandIn(Static):
    """Looks like the empty duties box; builds the real one and hands it every key."""

    # TextArea's own look (border, padding, colours), for the rules an empty box shows.
    DEFAULT_CSS = """
    DutiesStandIn {
        width: 1fr;
        border: tall $border-blurred;
        padding: 0 1;
        background: $surface;
        color: $text-disabled;
    }
    DutiesStandIn:focus {
        border: tall $border;
    }
    """

    can_focus = True

    def __init__(self, placeholder: str) -> None:
        super().__init__(placeholder, classes=BOX_CLASS)
        self.placeholder = placeholder
        #: Text put into the form before the real box exists (ctrl+o while starting).
        self.pending_text = ""
        self._keys: list[events.Key] = []
        self._building = False
        #: The app holds typed keys until the ones kept here are sent on.
        self._holding = False
        self._box: TextArea | None = None

    @property
    def box(self) -> TextArea | None:
        """The real box, once built."""
        return self._box

    def on_mount(self) -> None:
        """Build the real box at once if the app's first frame is already up."""
        if getattr(self.app, "first_frame_shown", True):
            self.build()

    def on_focus(self) -> None:
        """Focused before the real box exists (Tab while starting): build it now."""
        if self._box is not None:
            self.screen.set_focus(self._box)
        else:
            self.build()

    async def _on_key(self, event: events.Key) -> None:
        # Every key typed here is the real box's: kept until it exists, then sent on.
        event.prevent_default()
        event.stop()
        key = events.Key(event.key, event.character)
        if self._box is not None:
            await self._send_on(self._box, key)
        else:
            self._keys.append(key)
            self.build()

    def _hold_typing(self) -> None:
        # Keys typed from now on would go to the box (it has the focus) ahead of those
        # still to send: the app holds them until this widget's queue is through.
        hold = getattr(self.app, "hold_keys", None)
        if hold is not None and not self._holding:
            self._holding = True
            hold()
            self.call_later(self._release_typing)

    def _release_typing(self) -> None:
        if self._holding:
            self._holding = False
            self.app.release_keys()  # type: ignore[attr-defined]

    def on_unmount(self) -> None:
        """Never leave the app holding keys (the form closed while keys were sent on)."""
        self._release_typing()

    @staticmethod
    async def _send_on(box: TextArea, key: events.Key) -> None:
        """Send ``key`` to the real box and wait until it has read it (keys this
        widget still holds are sent only then, behind any the key brought back)."""
        box.post_message(key)
        read = asyncio.Event()
        if box.call_later(read.set):  # False: the box is closing, and this with it
            await read.wait()

    def build(self) -> None:
        """Put the real box in this one's place (once; the work runs on this widget's
        loop, so the keys it has queued wait behind it and are sent on in order)."""
        if self._building:
            return
        self._building = True
        self.call_next(self._build)

    async def _build(self) -> None:
        from career_resilience.tui.widgets.ordered_text_area import OrderedTextArea

        parent = self.parent
        if not isinstance(parent, Widget) or not self.is_attached:
            return  # the form is closing
        box = OrderedTextArea(
            self.pending_text, id="duties", placeholder=self.placeholder, classes=BOX_CLASS
        )
        await parent.mount(box, after=self)
        if self.pending_text:
            box.move_cursor(box.document.end)  # as after ctrl+o: new duties go last
        self._box = box
        focused = self.has_focus
        if focused:
            self.screen.set_focus(box)
        self.display = False
        self.can_focus = False
        keys, self._keys = self._keys, []
        if keys or focused:
            self._hold_typing()
        for key in keys:
            await self._send_on(box, key)
        # Through this widget's queue: keys still in it are sent on (_on_key) first.
        self.call_after_refresh(self.remove)
