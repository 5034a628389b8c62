"""What-if: switch skills on and off or add one, and watch the score and pivots move.

The screen holds the starting point and the skills; scoring the variants (and ahead of
the keys) is in whatif_scoring.py, the result panels in whatif_panels.py, their texts
in whatif_text.py.
"""

from __future__ import annotations

from typing import ClassVar

from textual import events, on
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.markup import escape
from textual.widget import Widget
from textual.widgets import Footer, Input, Static

from career_resilience import wording as w
from career_resilience.model.profile import Profile, ProfileError
from career_resilience.skills import completion
from career_resilience.skills.identity import skill_key, skill_keys
from career_resilience.skills.typed_skill_text import split_skills
from career_resilience.tui import views
from career_resilience.tui.screens.base import screen_css
from career_resilience.tui.screens.whatif_scoring import WhatIfScoring
from career_resilience.tui.widgets.completing_input import CompletingInput
from career_resilience.tui.widgets.drivers import DriverList
from career_resilience.tui.widgets.gauge import ExposureGauge
from career_resilience.tui.widgets.prepared import PreparedStatic
from career_resilience.tui.widgets.skill_toggles import SkillToggles, Toggle
from career_resilience.tui.widgets.view_bar import ViewBar


class WhatIfScreen(WhatIfScoring):
    """Try skills against the scored profile; nothing changes until you keep it."""

    # Selectors in the file name the screen already, so no automatic scoping.
    DEFAULT_CSS = screen_css("whatif")
    SCOPED_CSS = False

    #: Start in the add box: the first thing typed is a skill to try.
    AUTO_FOCUS = "#whatif-add Input"

    BINDINGS: ClassVar[list[BindingType]] = list(views.view_bindings("whatif"))

    def compose(self) -> ComposeResult:
        """Skills on the left, the effect on the right."""
        yield ViewBar("whatif")
        yield Static(id="whatif-intro")
        with Horizontal(id="whatif-body"):
            with Vertical(id="whatif-skills", classes="panel"):
                # The add box sits on top so its suggestions have room to open below.
                yield CompletingInput(
                    self._complete_skill,
                    placeholder="add a skill…",
                    paste_joiner="; ",
                    empties_on_enter=True,
                    id="whatif-add",
                )
                yield Static(id="whatif-error", classes="field-error")
                yield SkillToggles(id="whatif-list", typing_to=self._add_box)
            with VerticalScroll(id="whatif-effect", classes="panel"):
                yield PreparedStatic(id="whatif-change")
                yield PreparedStatic(id="whatif-compare")
                yield Static(id="whatif-placed", markup=False)
                yield ExposureGauge()
                yield Static("[b]Pivots now[/] [dim](rank change against the start)[/]")
                yield PreparedStatic(id="whatif-pivots")
                yield DriverList(limit=3, legend=False)
        yield Footer(compact=True)

    def on_mount(self) -> None:
        """Name the panels and load the starting point."""
        self.query_one("#whatif-skills").border_title = "Skills (space: on/off)"
        self.query_one("#whatif-effect").border_title = "Against your starting point"
        self.sync_if_stale()

    def on_key(self, event: events.Key) -> None:
        """↓ in the add box with no suggestions open goes down to the listed skills, as
        on the profile (it did nothing, and the space typed next went into the box)."""
        if event.key != "down":
            return  # the others pass untouched (a what-if key is timed)
        add = self.query_one("#whatif-add", CompletingInput)
        toggles = self.query_one(SkillToggles)
        if add.input.has_focus and not add.showing and toggles.toggles:
            event.stop()
            self.set_focus(toggles)
            toggles.highlighted = 0

    def shown_again(self) -> None:
        """Back from another view, a skill left half typed in the add box is selected:
        typing replaces it, End or an arrow keeps it to go on ("python" left there,
        then "Python" typed on return, had made "pythonPython")."""
        add = self.query_one("#whatif-add", CompletingInput)
        if add.value and add.input.has_focus:
            add.input.select_all()

    def _add_box(self) -> Widget:
        # A letter typed on the skill list starts a skill to try.
        return self.query_one("#whatif-add Input")

    def _complete_skill(self, text: str) -> list[completion.Suggestion]:
        listed = skill_keys(self._all_skills())
        profile = self.session.profile
        kinds = self.session.kinds_of_work(profile.role) if profile is not None else frozenset()
        found = completion.skills(self.session.matcher, text, kinds=kinds)
        return [s for s in found if skill_key(s.value) not in listed]

    # ----------------------------------------------------------------- state

    def sync(self) -> None:
        """Take the session's scored profile as the new starting point."""
        profile, result = self.session.profile, self.session.result
        self.start_profile, self.start_result, self.current = profile, result, None
        self._scored = {} if profile is None or result is None else {profile: result}
        self.gone_why = {}
        self._scoring = None
        self.keep_when_scored = None  # a keep asked of the old starting point is dropped
        intro = self.query_one("#whatif-intro", Static)
        body = self.query_one("#whatif-body")
        body.display = result is not None
        if profile is None or result is None:
            intro.update(f"[b]{w.NO_RESULT_YET}[/] {w.SCORE_FIRST}")
            return
        intro.update(
            "[b]What if[/] you learned a skill, or stopped using one? Type one to try it "
            "(Enter lists it); Tab, then space switches a listed skill. The score follows."
        )
        self._fill_list(profile.skills)
        add = self.query_one("#whatif-add", CompletingInput)
        add.value = ""
        add.focus()  # a new starting point: the next keystroke is a skill to try
        self._show(profile, result)

    def _fill_list(self, skills: tuple[str, ...]) -> None:
        self.query_one(SkillToggles).set_toggles([self._toggle(s) for s in skills])

    def _toggle(self, text: str) -> Toggle:
        return Toggle(text, True, self.known(text))

    def _all_skills(self) -> list[str]:
        return self.query_one(SkillToggles).texts

    def variant(self, flip: int | None = None) -> Profile | None:
        """The starting profile with the switched-on skills and any skill being typed.

        With ``flip``, the variant one press of space on that listed skill would give
        (nothing is shown for it if it is not a valid profile).
        """
        if self.start_profile is None:
            return None
        start = self.start_profile
        toggles = self.query_one(SkillToggles)
        listed = {s.casefold() for s in toggles.texts}
        typed = split_skills(self.query_one("#whatif-add", CompletingInput).value)
        chosen = [t.text for i, t in enumerate(toggles.toggles) if t.on != (i == flip)]
        chosen += [s for s in typed if s.casefold() not in listed]
        try:
            return Profile.create(
                start.role, chosen, start.duties, start.category, start.occupation
            )
        except ProfileError as exc:
            if flip is None:
                self._error(str(exc))
            return None

    # ----------------------------------------------------------------- adding skills

    @on(CompletingInput.Accepted, "#whatif-add")
    def _picked(self, event: CompletingInput.Accepted) -> None:
        self.add_skill(event.value)

    @on(Input.Submitted, "#whatif-add Input")
    def _entered(self, event: Input.Submitted) -> None:
        if event.value.strip():
            self.add_skill(event.value)

    def add_skill(self, typed: str) -> None:
        """Add skills (switched on) and rescore; a listed one is switched back on."""
        toggles = self.query_one(SkillToggles)
        # The box emptied as Enter was pressed (so the new rows are not counted twice in
        # the variant); what it holds now is the next skill being typed.
        message = ""
        for text in split_skills(typed):
            listed = [skill_key(t) for t in toggles.texts]
            on = [t.text for t in toggles.toggles if t.on]
            held = self.session.held_as(text, on, self.skill_context())
            if skill_key(text) in listed:
                toggles.switch_on(listed.index(skill_key(text)))
            elif held is not None:
                message = w.already_held(text, *held)  # a second row would change nothing
            else:
                toggles.add(self._toggle(text))
        self._error(message)

    def _error(self, message: str) -> None:
        target = self.query_one("#whatif-error", Static)
        target.update(f"⚠ {escape(message)}" if message else "")
        target.set_class(bool(message), "-shown")

    def trying_other_skills(self) -> bool:
        """Whether the result shown is not the starting one (skills switched or added)."""
        return self.current is not None and self.current[0] != self.start_profile

    # ----------------------------------------------------------------- actions

    def action_reset(self) -> None:
        """Back to the starting point."""
        self._synced_version = -1
        self.sync_if_stale()

    def action_keep(self) -> None:
        """Make the variant the profile (and its result the result): the skills as
        switched and typed before ctrl+y, once their score is in.

        ctrl+y runs as the app reads it: "Python", Enter, ctrl+y typed quickly kept the
        variant without Python (its Enter still waiting in the box), and ctrl+y while
        the last skill's score was under way kept the one shown before it, saying
        "kept" all the same.
        """
        self.resilience_app.in_turn(self._keep)

    def _keep(self) -> None:
        if self.start_profile is None:
            return
        wanted = self.variant()
        if wanted is None:
            return  # not a profile (the box says why)
        result = self._scored.get(wanted)
        if result is None:
            self.keep_when_scored = wanted
            if self._scoring is None:
                self._score(wanted)
            return
        self.keep_when_scored = None
        self.resilience_app.adopt(wanted, result)
        self.notify(w.WHATIF_KEPT_TEXT, title=w.WHATIF_KEPT)
