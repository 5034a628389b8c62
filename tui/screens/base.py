"""What every main screen shares: access to the session and a wide-layout switch."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from textual import events
from textual.binding import ActiveBinding
from textual.css.query import NoMatches
from textual.screen import Screen

from career_resilience.tui import views
from career_resilience.tui.notices import NoNoticesUnderDialogs
from career_resilience.tui.widgets.view_bar import ViewBar
from career_resilience.tui.workers import ShowsWorkerErrors

if TYPE_CHECKING:
    from career_resilience.tui.app import ResilienceApp
    from career_resilience.tui.session import Session

#: The stylesheets, one per screen, every rule scoped by the screen's class name.
STYLES = Path(__file__).parent.parent / "styles"


def screen_css(name: str) -> str:
    """The text of ``styles/<name>.tcss``, for a lazily imported screen's DEFAULT_CSS.

    A screen's CSS given as DEFAULT_CSS is parsed on its own the first time the screen
    is shown; given as CSS_PATH, Textual would re-parse every rule in the app (~0.2 s)
    at that moment, and listing it in the app's CSS_PATH would slow the first frame.
    """
    return (STYLES / f"{name}.tcss").read_text(encoding="utf-8")


#: Refreshes a screen waits for its widgets to finish mounting before a failing query
#: is taken for the bug it then is (:meth:`SessionScreen.sync_if_stale`).
SYNC_RETRIES = 50

#: From this many columns on, screens lay panels side by side instead of stacking them.
WIDE_COLUMNS = 110


def fresh_layout(screen: Screen[Any]) -> None:
    """Make the next layout measure every widget marked for one afresh.

    Textual 8.2 caches a widget's size by, among others, a count of its layout
    requests, and counts a request only when none is pending. A screen shown again
    after the theme changed has its styles reset, which marks every widget pending
    without counting; the text :meth:`SessionScreen.sync` then puts in was measured
    with the size cached for the old text at that width: the pivots' intro (three
    lines at 200 columns) was cut to one, the length of the previous person's.
    """
    # Textual 8.2.8 has no public call for it: ``refresh(layout=True)`` counts a request
    # only when none is pending (the case here), ``clear_cached_dimensions`` clears the
    # content sizes but not the box-model cache keyed on the count, and that cache has
    # no public clear. So the count is bumped by hand.
    for widget in screen.query("*"):
        # Private to Textual: read defensively, so a version without them only loses
        # the mend (tests/test_tui_fresh_layout.py would say so), never the screen.
        if getattr(widget, "_layout_required", False):
            widget._layout_updates = getattr(widget, "_layout_updates", 0) + 1


class SessionScreen(NoNoticesUnderDialogs, ShowsWorkerErrors, Screen[None]):
    """A main view of the app that shows part of the shared :class:`Session`.

    Subclasses implement :meth:`sync`; it runs when the screen is shown and the
    session has changed since it last ran, and whenever the app calls it.
    """

    def __init__(self) -> None:
        super().__init__()
        self._synced_version = -1
        self._sync_retries = 0

    @property
    def resilience_app(self) -> ResilienceApp:
        """The app, typed."""
        return cast("ResilienceApp", self.app)

    @property
    def session(self) -> Session:
        """The app's shared state."""
        return self.resilience_app.session

    def sync(self) -> None:
        """Redraw from the session (override)."""

    def sync_if_stale(self) -> None:
        """Run :meth:`sync` if the session changed since the last run."""
        # Before mounting there are no widgets to fill; on_mount calls this again.
        if not self.is_mounted:
            return
        if self._synced_version == self.session.version:
            return
        try:
            self.sync()
        except NoMatches:
            # Textual mounts a container's own children after the container, each in its
            # own message loop: on a busy machine a screen shown for the first time can
            # be mounted and resumed while a panel's inner widgets are still on their way
            # (the result's exposure gauge: the app stopped with NoMatches). Try again
            # after the next refresh; a query that never matches still raises in the end.
            self._sync_retries += 1
            if self._sync_retries > SYNC_RETRIES:
                raise
            self.call_after_refresh(self.sync_if_stale)
            return
        self._sync_retries = 0
        self._synced_version = self.session.version

    def on_screen_resume(self) -> None:
        """Catch up with results (and model news) that arrived while hidden, and
        show the notices held while a dialog was open over it."""
        show_held = getattr(self.app, "show_held_notices", None)
        if show_held is not None:
            show_held()
        self.set_class(self.app.size.width >= WIDE_COLUMNS, "-wide")
        self.refresh_bar()
        fresh_layout(self)
        self.sync_if_stale()

    def shown_again(self) -> None:
        """The person switched back to this view from another (override): runs before
        the next key is read. A dialog closed over the view is not a switch."""

    def refresh_bar(self) -> None:
        """Redraw the top bar (the model state may have changed)."""
        for bar in self.query(ViewBar):
            bar.refresh()

    @property
    def active_bindings(self) -> dict[str, ActiveBinding]:
        """The keys in force, this screen's own first, in the order tui/views.py lists
        them (the footer shows them in this order).

        Textual orders them by where each key was first bound along the focus chain, so
        a key the focused text box binds too came first: what-if's footer began with
        ^e Export and ^k To client, the client list's with ^a and ^e when its search
        box had the focus, and moved again as the focus moved.
        """
        found = super().active_bindings
        rank = {key: n for n, key in enumerate(self._bindings.key_to_bindings)}
        last = len(rank)
        return dict(sorted(found.items(), key=lambda item: rank.get(item[0], last)))

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Actions that need a result are off (and out of the footer) until there is one."""
        return self.session.result is not None or not views.needs_result(action)

    def on_resize(self, event: events.Resize) -> None:
        """Switch between stacked and side-by-side layouts."""
        self.set_class(event.size.width >= WIDE_COLUMNS, "-wide")
