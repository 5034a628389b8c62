"""The Textual app: start-up, screens as modes, key bindings and actions.

Nothing here scores anything: the engine does, in a thread worker, and the app only
moves profiles and results between the engine and the screens (tui/model_events.py).
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable
from functools import partial
from typing import Any, ClassVar, cast

from textual.app import App, CSSPathType, SystemCommand
from textual.binding import BindingType
from textual.screen import Screen

from career_resilience.tui import views
from career_resilience.tui.alt_keys import AltIsEscapeThenLetter, CaretIsEscape
from career_resilience.tui.collector import CollectsWhenIdle
from career_resilience.tui.commands import ResilienceCommands
from career_resilience.tui.keys_follow import KeysFollowTheFocus
from career_resilience.tui.loading import (
    CatalogueLoader,
    EngineLoader,
    load_shipped_catalogue,
    load_shipped_engine,
)
from career_resilience.tui.model_events import ModelEvents
from career_resilience.tui.notices import OneNoticeWhenShort
from career_resilience.tui.screens.base import STYLES, SessionScreen
from career_resilience.tui.screens.profile import ProfileScreen
from career_resilience.tui.session import Session
from career_resilience.tui.workers import ShowsWorkerErrors

#: Seconds a thread may keep the interpreter while another waits for it (see on_ready).
SWITCH_INTERVAL = 0.001


class ResilienceApp(
    CollectsWhenIdle,
    CaretIsEscape,  # an Escape sent on as "^" is Escape (then alt+letter is split)
    AltIsEscapeThenLetter,  # before the keys follow the focus: they get both keys
    KeysFollowTheFocus,
    ShowsWorkerErrors,
    OneNoticeWhenShort,
    ModelEvents,
    App[None],
):
    """How exposed your work is to generative AI, why, and where you can pivot.

    Loading the model, scoring and showing results are in :class:`ModelEvents`.
    """

    TITLE = "Career resilience"
    # The shared rules and the first screen's; the other screens bring their own
    # stylesheets when first shown (see screens.base.screen_css). Absolute paths, so
    # subclasses defined elsewhere (benchmarks, tests) find them too.
    # The coach dialogs bring theirs too (screens/dialog.py).
    CSS_PATH: ClassVar[CSSPathType | None] = [STYLES / "app.tcss", STYLES / "profile.tcss"]
    #: Every key, the palette and the tabs come from tui/views.py.
    BINDINGS: ClassVar[list[BindingType]] = list(views.app_bindings())
    COMMANDS = App.COMMANDS | {ResilienceCommands}
    SCREENS: ClassVar[dict[str, Callable[[], Screen[Any]]]] = {
        "profile": lambda: up_to_date(ProfileScreen())
    }
    MODES: ClassVar[dict[str, str | Callable[[], Screen[Any]]]] = {"profile": "profile"}
    DEFAULT_MODE = "profile"

    def __init__(
        self,
        engine_loader: EngineLoader | None = None,
        catalogue_loader: CatalogueLoader | None = None,
    ) -> None:
        super().__init__()
        #: Set once the first frame is up (the first screen's footer waits for it).
        self.first_frame_shown = False
        self.session = Session()
        # The other views are built on first use (keeps start-up fast).
        for view in views.VIEWS:
            if view.id not in self.MODES:
                self.add_mode(view.id, partial(self._build_view, view.module, view.screen))
        self.engine_loader = engine_loader or load_shipped_engine
        # With an injected engine, the catalogue is that engine's (tests use a tiny one).
        if catalogue_loader is None and engine_loader is None:
            catalogue_loader = load_shipped_catalogue
        self.catalogue_loader = catalogue_loader
        from career_resilience.tui.settings import load_settings
        from career_resilience.tui.themes import DARK, THEMES

        for custom in THEMES:
            self.register_theme(custom)
        theme = load_settings().get("theme")
        self._start_in(theme if isinstance(theme, str) and theme in self.available_themes else DARK)

    def _start_in(self, theme: str) -> None:
        """Start in ``theme`` before any stylesheet is parsed.

        Setting ``self.theme`` here would run Textual's theme watcher, which re-parses
        every stylesheet and restyles every widget right after the first parse (~10 ms
        before the first frame, for nothing). No CSS has been read yet, so the theme's
        variables and classes are all there is to set; the rest is what that watcher does.
        """
        self.set_reactive(App.theme, theme)
        self.stylesheet.set_variables(self.get_css_variables())
        dark = self.current_theme.dark
        classes = {name: False for name in self.classes if name.startswith("-theme-")}
        classes |= {f"-theme-{theme}": True, "-dark-mode": dark, "-light-mode": not dark}
        self.update_classes(classes, update=False)
        self._refresh_truecolor_filter(self.ansi_theme)

    def on_load(self) -> None:
        """Style the app itself before its first screen is drawn.

        Textual styles the app only after composing it, and the first screen is drawn
        while it composes: its text would take its colour from an app with no
        background ("auto" text on nothing) and keep it, as each widget caches its
        style until its own rules change. The theme watcher's full restyle used to
        hide this; the stylesheet is read by now.
        """
        self.stylesheet.apply(self)

    def _build_view(self, module: str, name: str) -> Screen[Any]:
        """Import and build a view when it is first shown (keeps start-up fast)."""
        import importlib

        screen_class = getattr(
            importlib.import_module(f"career_resilience.tui.screens.{module}"), name
        )
        return up_to_date(cast(Screen[Any], screen_class()))

    def on_ready(self) -> None:
        """Start loading in the background once the first frame is up.

        Started any earlier, the loader threads' imports compete with the event loop
        for the GIL and delay the first frame.
        """
        from career_resilience.tui.widgets.late_footer import LateFooter

        # From here on the loader and scoring threads share the interpreter with the UI
        # thread, and a thread that wants it back waits up to the switch interval (5 ms
        # by default) each time: several times per key while a score runs ahead. A
        # shorter interval keeps keys answered at a small cost to the threads' work.
        sys.setswitchinterval(SWITCH_INTERVAL)
        # Paused since the app was imported (tui/__init__.py); from now on it runs
        # between keys (tui/collector.py).
        self.collect_when_idle()
        self.first_frame_shown = True
        for footer in self.screen.query(LateFooter):
            footer.first_frame_shown()
        from career_resilience.tui.widgets.duties_box import DutiesStandIn

        for stand_in in self.screen.query(DutiesStandIn):
            stand_in.build()  # the real duties box, whose import the first frame skipped
        if self.is_screen_installed("profile"):
            # Its model-status line, left for now (ProfileScreen.on_mount).
            self.profile_screen.show_model_state()
        if self.catalogue_loader is not None:
            self._load_catalogue()
        self._load_model()

    def watch_theme(self, theme: str) -> None:
        """Remember the theme picked in the theme switcher."""
        # Not called for the saved theme set at start-up (see _start_in).
        from career_resilience.tui.settings import load_settings, save_settings

        save_settings({**load_settings(), "theme": theme})

    # ------------------------------------------------------------ actions

    def action_show(self, mode: str) -> None:
        """Switch to one of the five views; back on the profile, the next keystroke goes
        to the skill entry (:meth:`ProfileScreen.focus_to_add`)."""
        if mode == "profile" and self.current_mode != "profile":
            # Before the switch: keys typed right behind F2 go where the focus is then.
            self.profile_screen.focus_to_add()
        came_back = mode != self.current_mode
        self.switch_mode(mode)
        if came_back and isinstance(self.screen, SessionScreen) and self.screen.is_mounted:
            self.screen.shown_again()  # before the next key is read

    def action_toggle_theme(self) -> None:
        """Switch between the app's light and dark themes (remembered)."""
        from career_resilience.tui.themes import DARK, LIGHT

        self.theme = DARK if self.current_theme.name == LIGHT else LIGHT

    def get_system_commands(self, screen: Screen[Any]) -> Iterable[SystemCommand]:
        """Textual's palette commands without its theme picker: its themes were never
        checked for contrast ("Switch to the light or dark theme" is the app's own)."""
        for command in super().get_system_commands(screen):
            if command.title != "Theme":
                yield command

    def action_help(self) -> None:
        """Open the help screen."""
        from career_resilience.tui.screens.help import HelpScreen

        if not isinstance(self.screen, HelpScreen):
            # A screen inside a view (a client's record) names its own section.
            section = getattr(self.screen, "HELP_SECTION", "") or self.current_mode
            self.push_screen(HelpScreen(section))

    def action_score(self) -> None:
        """Score the profile form (from any view), once the keys typed before ctrl+r
        are in it (:func:`~career_resilience.tui.widgets.key_order.after_keys_typed`)."""
        from career_resilience.tui.widgets.key_order import after_keys_typed

        after_keys_typed(self, self.profile_screen.action_score)

    def action_quit(self) -> None:  # type: ignore[override]  # Textual's is async
        """Quit, after asking if that loses a result stored nowhere, as ctrl+n asks
        (``screens/new_profile_question.ask_before_quit``); ctrl+q on it quits."""
        from career_resilience.tui.screens.new_profile_question import ask_before_quit

        ask_before_quit(self)

    def action_new_profile(self) -> None:
        """Start again: an empty form, and no result left on any view or in the status,
        after asking if that clears a result stored nowhere
        (``client_actions.ask_before_new_profile``)."""
        from career_resilience.tui.client_actions import ask_before_new_profile, unsaved_role

        if not unsaved_role(self):
            # Nothing on screen to lose: a score still under way is the last person's,
            # dropped now, not shown if it lands before the keys typed before ctrl+n.
            self.workers.cancel_group(self, "score")
            self.session.clear_result()
        # In its place among the keys: "Nurse" then ctrl+n typed quickly cleared the
        # form before the letters reached it, and the new form read "Nurse".
        self.in_turn(lambda: ask_before_new_profile(self, self._new_profile))

    def _new_profile(self) -> None:
        """An empty form and no result anywhere: a coach moving to the next client must
        never be shown the previous one's result."""
        self.workers.cancel_group(self, "score")  # a score under way belongs to the old profile
        from career_resilience.tui.client_actions import forget_client

        forget_client(self)  # the next save must not suggest the previous client
        self.session.clear_result()
        self.switch_mode("profile")
        self.profile_screen.action_clear()
        self.profile_screen.show_model_state(note="")

    def action_choose_category(self) -> None:
        """ "That's not me": pick the occupation or category, then rescore with it."""
        from career_resilience.tui.screens.category_picker import ask_category

        ask_category(self)

    def action_save(self) -> None:
        """Save the profile form as YAML, once the keys typed before ctrl+s are in it
        (the keys typed after it are for the path it asks: :meth:`in_turn`)."""
        from career_resilience.tui import file_actions

        self.in_turn(lambda: file_actions.save(self))

    def action_open(self) -> None:
        """Open a YAML profile and score it."""
        from career_resilience.tui import file_actions

        file_actions.open_profile(self)

    def action_export(self) -> None:
        """Export the current result as Markdown."""
        from career_resilience.tui import file_actions

        file_actions.export(self)

    def action_save_to_client(self) -> None:
        """Save the current assessment as a new session of a client."""
        from career_resilience.tui import client_actions

        client_actions.save_to_client(self)

    def command_available(self, action: str) -> bool:
        """Whether a palette command makes sense right now."""
        return self.session.result is not None or not views.needs_result(action)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Hide the key for the view you are on, and result actions until there is one."""
        if action == "show":
            return parameters[0] != self.current_mode
        return self.command_available(action)


def up_to_date(screen: Screen[Any]) -> Screen[Any]:
    """Mark a brand-new screen as styled from the current stylesheet.

    It is, once it mounts; but Textual counts a new mode's screen as having missed
    every CSS update and refreshes all CSS before showing it (a full re-parse and
    restyle: ~0.1 s before the first frame, ~0.2 s on first visiting a view).
    """
    from textual._context import active_app

    screen._css_update_count = active_app.get()._css_update_count
    return screen


def make_app(
    engine_loader: EngineLoader | None = None,
    catalogue_loader: CatalogueLoader | None = None,
) -> ResilienceApp:
    """The app as the CLI runs it; tests pass a loader that returns a fixed engine."""
    return ResilienceApp(engine_loader=engine_loader, catalogue_loader=catalogue_loader)
