"""What-if scoring: each variant scored in a worker, the likely next one scored ahead.

A person moves to a skill before switching it; the variant space there would give is
scored in the background meanwhile, so the key usually repaints without waiting for a
score. Every variant's score is kept, so switching back shows it at once.
"""

from __future__ import annotations

from textual import on
from textual.message import Message
from textual.timer import Timer
from textual.widgets import Input, OptionList

from career_resilience import wording as w
from career_resilience.model.profile import Profile
from career_resilience.model.result import Result
from career_resilience.tui.screens.whatif_gone import gone, reasons_for
from career_resilience.tui.screens.whatif_panels import WhatIfPanels
from career_resilience.tui.widgets.skill_toggles import SkillToggles
from career_resilience.tui.workers import background, while_shown


class WhatIfScored(Message):
    """A what-if variant was scored."""

    def __init__(self, profile: Profile, result: Result) -> None:
        self.profile = profile
        self.result = result
        super().__init__()


class WhatIfGoneWhy(Message):
    """Why each pivot a variant no longer lists went (``whatif_gone``), worked out
    after its score was shown."""

    def __init__(self, profile: Profile, start: Result, why: dict[str, str]) -> None:
        self.profile = profile
        self.start = start
        self.why = why
        super().__init__()


#: Variants of one starting point whose scores are kept (a person tries a few dozen).
KEEP_SCORED = 256

#: Seconds after which the work held for after a paint runs even if no paint came.
AFTER_PAINT_FALLBACK = 0.1


class WhatIfScoring(WhatIfPanels):
    """Scores variants of the starting point: the one asked for, and ahead of the keys."""

    #: Seconds of no typing before the typed skill is scored.
    TYPING_DELAY = 0.25

    def __init__(self) -> None:
        super().__init__()
        self._typing: Timer | None = None
        #: The variant being scored in the background, if any.
        self._scoring: Profile | None = None
        #: Whether scoring ahead waits for the next paint (see _ahead_after_paint).
        self._ahead_waits = False
        #: The variant ctrl+y asked to keep while it was being scored (kept when it is).
        self.keep_when_scored: Profile | None = None

    @on(Input.Changed, "#whatif-add Input")
    def _typed(self) -> None:
        # Score what is being typed once typing pauses; each key restarts the wait.
        if self._typing is not None:
            self._typing.stop()
        self._typing = self.set_timer(self.TYPING_DELAY, self.rescore)

    @on(SkillToggles.Toggled)
    def rescore(self) -> None:
        """Show the variant's score: at once if it was scored ahead, else from a worker."""
        profile = self.variant()
        if profile is None or self.session.engine is None:
            return
        known = self._scored.get(profile)
        if known is not None:
            self._show(profile, known)
            # After the paint: a score running meanwhile would hold up the repaint.
            self._ahead_after_paint()
        elif self._scoring is None:
            self._score(profile)
        # Else one score is under way: when it lands, this variant is scored next (two
        # at once would only share the interpreter and make both late).

    @on(OptionList.OptionHighlighted, "#whatif-list")
    def _score_ahead(self) -> None:
        """Score, in the background, what pressing space on the highlighted skill gives.

        A person moves to a skill before switching it; by the time space is pressed
        its score is usually there, and the key repaints at once. Scores are kept per
        variant, so switching a skill back shows the earlier figure without scoring.
        """
        toggles = self.query_one(SkillToggles)
        here = toggles.highlighted
        if here is None or self.current is None:
            return
        ahead = self.variant(flip=here)
        if ahead is None:
            return
        if ahead in self._scored:
            self._prepare(ahead)  # scored before (a skill switched back): draw it again
        elif self._scoring is None:
            # The highlighted skill only. Its neighbours were scored ahead too, but a
            # person rests on a skill far longer than a score takes, so that never
            # saved a wait; it kept a worker scoring when the key came (the key then
            # shared the interpreter with it and took twice as long) and held up the
            # score of the skill moved to next.
            self._score(ahead)

    def _score(self, profile: Profile) -> None:
        self._scoring = profile
        self._score_in_worker(profile)

    # One at a time by _scoring, so not exclusive: a new score would otherwise cancel
    # the one whose result has just been posted, failing anyone waiting for it.
    @background("score this what-if", group="whatif", exclusive=False)
    def _score_in_worker(self, profile: Profile) -> None:
        engine = self.session.engine
        if engine is None:
            return
        # At the saved decimals, as the result view shows it (tui/model_events.py).
        result = engine.score(profile).as_saved()
        self.post_message(WhatIfScored(profile, result))
        start = self.start_result
        if start is not None and gone(result, start):
            # After the score is on its way: the second, longer score (only when a
            # pivot went) never holds up the figures.
            self.post_message(
                WhatIfGoneWhy(profile, start, reasons_for(engine, profile, result, start))
            )

    @while_shown
    def on_what_if_gone_why(self, message: WhatIfGoneWhy) -> None:
        """Keep why a variant's pivots went; say it if the variant is on screen."""
        if message.start is not self.start_result:
            return  # another starting point since
        self.gone_why[message.profile] = message.why
        if self.current is not None and self.current[0] == message.profile:
            self._show(*self.current)

    @while_shown
    def on_what_if_scored(self, message: WhatIfScored) -> None:
        """Keep a variant's score; show it if it is the variant wanted on screen now."""
        if message.profile == self._scoring:
            self._scoring = None
        if self.start_profile is None:
            return
        # A score depends on the profile alone, so any variant's is worth keeping.
        if len(self._scored) < KEEP_SCORED:
            self._scored[message.profile] = message.result
        if message.profile == self.keep_when_scored:
            self.keep_when_scored = None
            self.resilience_app.adopt(message.profile, message.result)
            self.notify(w.WHATIF_KEPT_TEXT, title=w.WHATIF_KEPT)
            return
        wanted = self.variant()
        shown = message.profile == wanted
        if shown:
            self._show(message.profile, message.result)
        else:
            self._prepare(message.profile)
        if self._scoring is not None:
            return
        if self.keep_when_scored is not None:
            self._score(self.keep_when_scored)  # kept as asked, though switched since
        elif wanted is not None and wanted not in self._scored:
            self._score(wanted)  # the skills were switched again while this scored
        elif shown:
            self._ahead_after_paint()
        else:
            # Nothing to paint: drawing ahead changes nothing on screen.
            self.call_after_refresh(self._score_ahead)

    def _ahead_after_paint(self) -> None:
        """Score (or draw) ahead once the frame :meth:`_show` asked for has been painted.

        Not ``call_after_refresh``: its callbacks run when the screen's own queue is
        empty, which after a key is before the updated panels have even told the screen
        they need painting, so drawing the panels ahead (2-4 ms) ran inside the key's
        wait. A fallback timer covers a change that turned out to paint nothing.
        """
        if not self._ahead_waits:
            self._ahead_waits = True
            self.set_timer(AFTER_PAINT_FALLBACK, self._ahead_now)

    def _ahead_now(self) -> None:
        if self._ahead_waits:
            self._ahead_waits = False
            self._score_ahead()

    def _compositor_refresh(self) -> None:
        # Textual's paint of this screen (textual is pinned in pyproject.toml): the
        # one place that knows a frame has gone out.
        super()._compositor_refresh()
        if self._ahead_waits:
            self.call_later(self._ahead_now)

    def worker_failed(self, worker: object) -> None:
        """A failed score (already reported) must not block the next ones."""
        self._scoring = None
