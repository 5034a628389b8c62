"""The app's side of the model: loading it in the background, scoring, and the results.

A mixin of :class:`~career_resilience.tui.app.ResilienceApp`, kept apart so the app
module holds only the App (its start-up, keys and actions). Everything here runs on
messages from thread workers, which may arrive late (after the person quit) or in an
order the person did not expect; each handler says how it copes.
"""

from __future__ import annotations

import gc
from typing import TYPE_CHECKING, cast

from textual.worker import get_current_worker

from career_resilience.tui.loading import (
    CatalogueLoader,
    EngineLoader,
    load_failure_reason,
    warm_up,
)
from career_resilience.tui.messages import (
    CatalogueLoaded,
    ModelFailed,
    ModelLoaded,
    ModelRanked,
    ProfileScored,
    ScoreRequested,
    TitlesIndexed,
)
from career_resilience.tui.screens.base import SessionScreen
from career_resilience.tui.session import (
    Catalogue,
    ModelState,
    Session,
    all_titles,
    chose,
    likeliest_kinds,
    unchosen,
)
from career_resilience.tui.workers import background, gone

if TYPE_CHECKING:
    from textual.app import App

    from career_resilience.model.profile import Profile
    from career_resilience.model.result import Result
    from career_resilience.tui.screens.profile import ProfileScreen

    _AppBase = App[None]
else:  # at run time a plain mixin; the App comes with ResilienceApp
    _AppBase = object


class ModelEvents(_AppBase):
    """Background loading of the model and catalogue, scoring, and showing results."""

    session: Session
    engine_loader: EngineLoader
    catalogue_loader: CatalogueLoader | None
    #: The view the last score was asked for on (its result opens only there).
    _score_asked_in: str | None = None

    @property
    def profile_screen(self) -> ProfileScreen:
        """The one profile form."""
        return cast("ProfileScreen", self.get_screen("profile"))

    # ------------------------------------------------------------ background loading

    @background("load the skill catalogue", group="catalogue")
    def _load_catalogue(self) -> None:
        loader = self.catalogue_loader
        if loader is None:
            return
        try:
            catalogue = Catalogue.build(loader())
        except Exception:  # the model load reports the same problem in words
            return
        self.post_message(CatalogueLoaded(catalogue))

    @background("load the model", group="model")
    def _load_model(self) -> None:
        try:
            engine = self.engine_loader()
            warm_up(engine)
            catalogue = Catalogue.build(engine.kb, engine.matcher)
        except Exception as exc:  # any failure is reported; the app stays usable
            self.post_message(ModelFailed(load_failure_reason(exc)))
            return
        self.post_message(ModelLoaded(engine, catalogue))
        from career_resilience.skills.title_kinds import title_kinds

        self.post_message(TitlesIndexed(all_titles(catalogue), title_kinds(catalogue.kb)))

    def _screens_gone(self) -> bool:
        """Whether the app is shutting down: its screens are gone.

        The model loads in a thread; its message can arrive after the person quit, and
        touching the profile screen then would raise instead of ending quietly.
        """
        # The same rule as the screens' handlers (workers.while_shown), applied to the
        # profile screen these handlers fill.
        return not self.is_screen_installed("profile") or gone(self.profile_screen)

    def on_catalogue_loaded(self, message: CatalogueLoaded) -> None:
        """Autocomplete and skill marking can start."""
        if self._screens_gone():
            return
        if self.session.engine is None:
            self.session.set_catalogue(message.catalogue)
            self.profile_screen.catalogue_ready()

    def on_titles_indexed(self, message: TitlesIndexed) -> None:
        """The job title box suggests O*NET's titles too from now on."""
        if not self._screens_gone():
            self.session.titles = message.titles
            self.session.title_kinds = message.kinds
            # Skills listed before a score are read against the title's kinds now.
            self.profile_screen.placement_changed()

    def on_model_loaded(self, message: ModelLoaded) -> None:
        """Scoring can start; run any score asked for while loading."""
        if self._screens_gone():
            return
        session = self.session
        session.engine = message.engine
        session.model_state = ModelState.READY
        if session.catalogue is not message.engine.kb:
            session.set_catalogue(message.catalogue)
            self.profile_screen.catalogue_ready()
        # The engine and catalogue are hundreds of thousands of long-lived objects; a
        # full garbage collection walking them took 50-130 ms, a visible stall in the
        # live what-if. Freezing moves everything alive now out of the collector's way.
        gc.freeze()
        pending, session.pending = session.pending, None
        self.profile_screen.show_model_state()
        self._sync_current()
        if pending is not None:
            self._score(pending)

    def on_model_failed(self, message: ModelFailed) -> None:
        """Say why, and keep the profile editable."""
        if self._screens_gone():
            return
        session = self.session
        session.model_state = ModelState.FAILED
        session.model_error = message.reason
        session.pending = None
        self.profile_screen.show_model_state()
        self._sync_current()
        from career_resilience.wording import MODEL_FAILED

        self.notify(message.reason, title=MODEL_FAILED, severity="error", timeout=8)

    # ------------------------------------------------------------ scoring

    def on_score_requested(self, message: ScoreRequested) -> None:
        """Score now, later (model still loading), or explain why not."""
        state = self.session.model_state
        # Where the person asked: the result opens there, not over a view they moved to.
        self._score_asked_in = self.current_mode
        if state is ModelState.READY:
            self._score(message.profile)
        elif state is ModelState.LOADING:
            self.session.pending = message.profile
            self.profile_screen.show_model_state()
        else:
            self.profile_screen.show_model_state()
            from career_resilience.wording import NEEDS_MODEL

            self.notify(NEEDS_MODEL, severity="error")

    def _score(self, profile: Profile) -> None:
        # The person is read here, on the event loop, not in the thread: a switch to
        # another person between the two would otherwise go unnoticed.
        self._score_in_worker(profile, self.session.person)

    @background("score this profile", group="score")
    def _score_in_worker(self, profile: Profile, person: int) -> None:
        engine = self.session.engine
        if engine is None:
            return
        # A failure here is shown by ShowsWorkerErrors; the form keeps what was typed.
        # At the saved decimals: a report of the session then shows the same figures.
        result = engine.score(profile).as_saved()
        # A newer request replaced this one (exclusive worker): its result must not
        # land after, and over, the newer one.
        if not get_current_worker().is_cancelled:
            self.post_message(ProfileScored(profile, result, person))

    def on_profile_scored(self, message: ProfileScored) -> None:
        """Show the new result, unless the app is quitting or it is another person's.

        The score was posted from a thread: a key that started another person (ctrl+n,
        opening a client) can be handled before it, and cancelling the worker cannot
        take back a message already posted.
        """
        if self._screens_gone() or message.person != self.session.person:
            return
        self.session.set_result(message.profile, message.result)
        self._rank_if_unknown(message.profile)
        self.profile_screen.show_model_state(note=self.profile_screen.scored_note())
        self.profile_screen.form_changed()  # typed on while it scored: says so
        self.profile_screen.placement_changed()
        here = self.current_mode
        # Under load a score takes seconds. A person who has since gone to another view,
        # or typed on in the form, keeps their place: switching now sent their next
        # letters to the result view, where letters are keys ("c" opened the picker).
        moved_on = self._score_asked_in not in (None, here)
        if moved_on or (here == "profile" and self.profile_screen.edited_since(message.profile)):
            from career_resilience.wording import SCORED_WAITING, SCORED_WAITING_TEXT

            self.notify(SCORED_WAITING_TEXT, title=SCORED_WAITING)
            if here != "whatif":  # what-if would start again from the new result
                self._sync_current()
            return
        self.switch_mode("result")
        self._sync_current()

    def adopt(self, profile: Profile, result: Result) -> None:
        """Make a what-if variant the profile and its result the result."""
        self.session.set_result(profile, result)
        self._rank_if_unknown(profile)
        self.profile_screen.fill(profile)
        self._sync_current()

    def _rank_if_unknown(self, profile: Profile) -> None:
        # A result the person chose holds only their choice; "That's not me" lists the
        # model's own likeliest kinds again, so they are worked out when not kept from
        # the score before the pick (a client's record opened with a choice, a what-if).
        if chose(profile) and self.session.model_ranking(profile) is None:
            self._rank_in_worker(profile, self.session.person)

    @background("work out the likeliest kinds of work", group="rank")
    def _rank_in_worker(self, profile: Profile, person: int) -> None:
        engine = self.session.engine
        if engine is None:
            return
        # Saved decimals, no pivots: the figures the score before a pick showed.
        result = engine.score(unchosen(profile), max_pivots=0).as_saved()
        if not get_current_worker().is_cancelled:
            self.post_message(ModelRanked(profile, likeliest_kinds(result), person))

    def on_model_ranked(self, message: ModelRanked) -> None:
        """Keep the model's likeliest kinds of work, unless another person is shown now."""
        if not self._screens_gone() and message.person == self.session.person:
            self.session.set_ranking(message.profile, message.kinds)

    def _sync_current(self) -> None:
        screen = self.screen
        if isinstance(screen, SessionScreen):
            screen.refresh_bar()
            screen.sync_if_stale()

    # ------------------------------------------------------------ choosing again

    def rescore_in_category(self, category: str | None) -> None:
        """Score the current profile again in ``category`` (None: the model decides)."""
        from career_resilience.model.profile import Profile

        profile = self.session.profile
        if profile is None:
            return
        self._score_asked_in = self.current_mode
        self.profile_screen.set_choice(category, None)
        self._score(Profile.create(profile.role, profile.skills, profile.duties, category))

    def rescore_in_occupation(self, code: str) -> None:
        """Score the current profile again as O*NET occupation ``code`` (its own figures)."""
        from career_resilience.model.profile import Profile

        profile = self.session.profile
        if profile is None:
            return
        self._score_asked_in = self.current_mode
        self.profile_screen.set_choice(None, code)
        self._score(Profile.create(profile.role, profile.skills, profile.duties, None, code))
