"""The coach dialogs' shared base: one stylesheet, read when the first dialog opens.

The dialogs open over any view, but most sessions never open one; parsing their rules
before the app's first frame cost ~4 ms there and made every restyle test them.
"""

from __future__ import annotations

from typing import Any, TypeVar

from textual.await_complete import AwaitComplete
from textual.screen import ModalScreen

from career_resilience.tui.keys_follow import KeyHold
from career_resilience.tui.notices import NoNoticesUnderDialogs
from career_resilience.tui.screens.base import screen_css
from career_resilience.tui.widgets.own_footer import shown_over_a_screen

ResultType = TypeVar("ResultType")


class Dialog(NoNoticesUnderDialogs, ModalScreen[ResultType]):
    """A coach dialog (confirm, name, choice, note, consent, save to a client)."""

    # Unscoped: the sheet's rules name each dialog class themselves, and read as
    # default CSS they are parsed once, for the first dialog shown.
    DEFAULT_CSS = screen_css("dialogs")
    SCOPED_CSS = False

    def __init__(self) -> None:
        super().__init__()
        #: The keys this dialog holds until it closes (see :meth:`hold_keys_until_closed`).
        self._key_hold = KeyHold(self, limit=None)

    def on_mount(self) -> None:
        """Information notices of the step before give way (``tui/notices.py``): a
        notice drawn over the dialog hid its last lines, where its keys are. The footer
        shows this dialog's keys, not those of the screen below (``shown_over_a_screen``)."""
        # Textual runs this as well as a dialog's own on_mount (each class's handler).
        shown_over_a_screen(self)

    def hold_keys_until_closed(self) -> None:
        """Keys typed from now on wait until this dialog closes (or
        :meth:`stop_holding_keys`), then go to what has the focus: for a dialog that
        saves in the background, so what is typed behind its Enter never lands in it."""
        self._key_hold.take()

    def stop_holding_keys(self) -> None:
        """Let the keys held by :meth:`hold_keys_until_closed` through (it stays open)."""
        self._key_hold.give_back()

    def dismiss(self, result: Any = None) -> AwaitComplete:
        """Close with ``result``; keys held for this dialog go where the focus goes."""
        closing = super().dismiss(result)
        self.stop_holding_keys()
        return closing
