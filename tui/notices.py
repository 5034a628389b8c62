"""Notices on a short screen: one at a time, so they leave the view readable.

A notice (Textual's toast) is half the screen wide and six rows tall at 80x24, in the
lower right. Two from one step of a coach's work stacked up to cover 13 of the 24
rows for their five seconds: opening a client ("Working with Rosa Diaz: cleared
Marcus Lee's profile and result") and then loading her session ("Profile loaded")
hid the right half of her result, and any button under them. On a short screen a new
notice now takes the place of the information notices before it; warnings and errors
stay for their time, as they say something went wrong.

A dialog opened under information notices drops them (:func:`drop_information`): they
said what the step before did, and at 80x24 "Saved as session 2 of Maya Okonkwo." covered
the chosen-pivot dialog's last line, "↓↑ choose · Enter picks · Escape ▌". The screen
under the dialog drops them too: it drew "Pivot recorded." beside the report dialog.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from textual.screen import ModalScreen
from textual.widgets._toast import ToastRack

if TYPE_CHECKING:
    from textual.app import App
    from textual.notifications import Notification, Notify

    _AppBase = App[None]
else:  # at run time a plain mixin; the App comes with ResilienceApp
    _AppBase = object

#: Screens fewer rows tall than this show one information notice at a time.
SHORT_SCREEN = 32


def drop_information(app: App[Any], refresh: bool = True) -> None:
    """Take down the information notices shown (warnings and errors stay for their time);
    ``refresh=False`` leaves the redraw to a notice about to be shown."""
    # _notifications is the app's own collection; clear_notifications would drop
    # warnings and errors too.
    earlier = [n for n in app._notifications if n.severity == "information"]
    for notice in earlier:
        app._unnotify(notice, refresh=False)
    if earlier and refresh:
        app._refresh_notifications()
        # Textual redraws the top screen's notices only: the screen under a dialog kept
        # drawing its toast beside the dialog ("Pivot recorded." by the report box).
        for screen in app.screen_stack[:-1]:
            for rack in screen.query_children(ToastRack):
                rack.show(app._notifications)


class OneNoticeWhenShort(_AppBase):
    """App mixin: information notices replace each other on a short screen, and wait
    there for a dialog open over them to close."""

    #: Information notices posted while a dialog was open on a short screen (a tuple,
    #: replaced whole: the class's empty one is never changed in place).
    _held_notices: tuple[Notification, ...] = ()

    def on_notify(self, event: Notify) -> None:
        """Before the new notice is shown (Textual's own handler runs after this one),
        drop the information notices still shown, if the screen is short. One posted
        while a dialog is open waits for it to close: "Saved as session 2 of Maya
        Okonkwo." from a save finishing just as the coach opened the note dialog was
        drawn over the dialog's buttons."""
        if event.notification.severity != "information" or self.size.height >= SHORT_SCREEN:
            return
        if isinstance(self.screen, ModalScreen):
            event.prevent_default()  # Textual's handler would show it now
            self._held_notices += (event.notification,)
            return
        drop_information(self, refresh=False)

    def show_held_notices(self) -> None:
        """The notices held while a dialog was open, now shown for their whole time
        (the screen under the dialog calls this as it comes back)."""
        held, self._held_notices = self._held_notices, ()
        for notice in held:
            self.notify(
                notice.message,
                title=notice.title,
                severity=notice.severity,
                timeout=notice.timeout,
                markup=notice.markup,
            )
