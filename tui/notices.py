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
the chosen-pivot dialog's last line, "↓↑ choose · Enter picks · Escape ▌". A screen
under a dialog draws no notices (the dialog draws those still shown): it drew "Pivot
recorded." beside the report dialog.

Only Textual's public API: the app keeps its own record of the notices it showed, and
dropping the information ones clears all (``clear_notifications``) and shows the
warnings and errors again for the time they had left. A notice clicked away leaves that
record (the click reaches the app, the toast under it drawing the notice's words): a
warning clicked away had come back when an information notice took the place of
another after it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from textual import events
from textual.content import Content
from textual.notifications import Notification, Notify
from textual.screen import ModalScreen, Screen

if TYPE_CHECKING:
    from textual.app import App

    _AppBase = App[None]
    _ScreenBase = Screen[Any]
else:  # at run time plain mixins; the App and the Screen come with the classes using them
    _AppBase = object
    _ScreenBase = object

#: Screens fewer rows tall than this show one information notice at a time.
SHORT_SCREEN = 32


def drop_information(app: App[Any]) -> None:
    """Take down the information notices shown (warnings and errors stay for their time)
    on an app that keeps the rule (:class:`OneNoticeWhenShort`)."""
    if isinstance(app, OneNoticeWhenShort):
        app.drop_information()


def _drawn(notice: Notification) -> str:
    """A notice's words as its toast draws them: the title over the message, whose
    markup is read only when it is on."""
    message = Content.from_markup(notice.message) if notice.markup else Content(notice.message)
    return f"{notice.title}\n{message.plain}" if notice.title else message.plain


def _again(notice: Notification) -> Notification:
    """A notice shown again for the time it has left (a new one: Textual may still be
    taking the old one's toast down when it is shown)."""
    return Notification(
        notice.message, notice.title, notice.severity, notice.time_left, markup=notice.markup
    )


class OneNoticeWhenShort(_AppBase):
    """App mixin: information notices replace each other on a short screen, and wait
    there for a dialog open over them to close."""

    #: Information notices posted while a dialog was open on a short screen (a tuple,
    #: replaced whole: the class's empty one is never changed in place).
    _held_notices: tuple[Notification, ...] = ()
    #: The notices shown, as far as this app knows (Textual keeps its own privately).
    _shown_notices: tuple[Notification, ...] = ()
    #: Identities of notices posted again by this rule: shown as they come.
    _passing: frozenset[str] = frozenset()

    def on_notify(self, event: Notify) -> None:
        """Before the new notice is shown (Textual's own handler runs after this one),
        drop the information notices still shown, if the screen is short. One posted
        while a dialog is open waits for it to close: "Saved as session 2 of Maya
        Okonkwo." from a save finishing just as the coach opened the note dialog was
        drawn over the dialog's buttons."""
        notice = event.notification
        if notice.identity in self._passing:
            self._passing -= {notice.identity}
        elif notice.severity == "information" and self.size.height < SHORT_SCREEN:
            if isinstance(self.screen, ModalScreen):
                event.prevent_default()  # Textual's handler would show it now
                self._held_notices += (notice,)
                return
            if self.drop_information():
                # Shown after the warnings shown again: the newest is the lowest.
                event.prevent_default()
                self._post_again(notice)
                return
        live = tuple(n for n in self._shown_notices if not n.has_expired)
        self._shown_notices = (*live, notice)

    def on_click(self, event: events.Click) -> None:
        """Forget a notice the person clicked away (Textual takes its toast down): it
        is not shown again when information notices are dropped. The toast is told
        apart by the words it draws, the only public way to read it."""
        toast = event.widget
        # By type name, as the screens query them: Textual keeps the class private (and
        # the clicked toast is already off the screen when the click bubbles here).
        if toast is None or type(toast).__name__ != "Toast":
            return
        words = str(toast.render())
        # Only the first of notices that read alike: the click took down one toast.
        for notice in self._shown_notices:
            if _drawn(notice) == words:
                self._shown_notices = tuple(n for n in self._shown_notices if n is not notice)
                return

    def _post_again(self, notice: Notification) -> None:
        self._passing |= {notice.identity}
        self.post_message(Notify(notice))

    def drop_information(self) -> bool:
        """Take down the information notices shown, if any (True then); warnings and
        errors stay for the time they had left."""
        live = [n for n in self._shown_notices if not n.has_expired]
        if all(n.severity != "information" for n in live):
            return False
        self.clear_notifications()
        self._shown_notices = ()
        for notice in live:
            if notice.severity != "information":
                self._post_again(_again(notice))
        return True

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


class NoNoticesUnderDialogs(_ScreenBase):
    """Screen mixin: a screen draws no notices while a dialog is open over it (the
    dialog draws those still shown). Taken down under it, "Pivot recorded." was still
    drawn beside the report dialog: Textual redraws only the top screen's notices."""

    def on_screen_suspend(self) -> None:
        """Hide the notices drawn here if what now covers this screen is a dialog (a
        view switched to covers it whole: nothing to hide)."""
        if isinstance(self.app.screen, ModalScreen) and self.app.screen is not self:
            self.query("Toast").set(display=False)

    def on_screen_resume(self) -> None:
        """Show them again: Textual has taken down those that went meanwhile."""
        self.query("Toast").set(display=True)
