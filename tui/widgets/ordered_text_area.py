"""The duties box's text area, keeping every key in its place in a burst.

Its own module so that Textual's TextArea (a fifth of the instructions to the first
frame) is imported only when the box is built, after the first frame
(``tui/widgets/duties_box.py``).
"""

from __future__ import annotations

from typing import ClassVar

from textual import events
from textual.binding import BindingType
from textual.widgets import TextArea

from career_resilience.tui.widgets.app_keys import AppKeys, app_keys_for
from career_resilience.tui.widgets.key_order import forward_if_moved_on, move_focus, run_binding

#: TextArea keys that edit or move the cursor: run in order with the letters around them.
TEXT_AREA_KEYS = frozenset(
    {"backspace", "delete", "left", "right", "up", "down", "home", "end", "pageup", "pagedown"}
)


class OrderedTextArea(AppKeys, TextArea):
    """A TextArea whose Tab, Backspace, arrows and the like keep their place in a burst
    ("duty⇥⏎" presses the button after the box instead of adding a line to it).

    F6 is the app's Clients key, ctrl+e and ctrl+k its export and save to a client, not
    Textual's select the line, go to its end, delete to its end (``app_keys.py``): in
    the duties box F6 only selected a line, and ctrl+k deleted the duty typed.
    """

    BINDINGS: ClassVar[list[BindingType]] = app_keys_for(TextArea)

    async def _on_key(self, event: events.Key) -> None:
        # Textual then runs TextArea._on_key (handlers run along the MRO) unless the
        # default is prevented, which each helper does when it handles the key.
        if forward_if_moved_on(self, event):
            return
        if self.tab_behavior == "focus" and move_focus(self, event):
            return
        await run_binding(self, event, TEXT_AREA_KEYS)
