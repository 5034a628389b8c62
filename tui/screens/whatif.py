"""What-if: switch skills on and off or add one, and watch the score and pivots move."""

from __future__ import annotations

from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.content import Content
from textual.markup import escape
from textual.message import Message
from textual.timer import Timer
from textual.widgets import Footer, Input, Static

from career_resilience import wording as w
from career_resilience.model.profile import Profile, ProfileError
from career_resilience.model.result import Result
from career_resilience.skills import completion
from career_resilience.skills.identity import skill_key, skill_keys
from career_resilience.skills.matching import split_skills
from career_resilience.tui import views
from career_resilience.tui.screens.base import SessionScreen, screen_css
from career_resilience.tui.widgets.completing_input import CompletingInput
from career_resilience.tui.widgets.drivers import DriverList, typed_fields
from career_resilience.tui.widgets.gauge import ExposureGauge
from career_resilience.tui.widgets.skill_toggles import SkillToggles, Toggle
from career_resilience.tui.widgets.view_bar import ViewBar
from career_resilience.tui.workers import background


class WhatIfScored(Message):
    """A what-if variant was scored."""

    def __init__(self, profile: Profile, result: Result) -> None:
        self.profile = profile
        self.result = result
        super().__init__()


def compare_table(now: Result, start: Result) -> Content:
    """Exposure and resilience now, at the start, and the change, as a small table."""
    rows = [Content.styled(f"{'':<11}{'now':>6}{'start':>8}{'change':>9}", "dim")]
    for name, value, before in (
        ("Exposure", now.exposure, start.exposure),
        ("Resilience", now.resilience, start.resilience),
    ):
        change = value - before
        rows.append(
            Content.assemble(
                (f"{name:<11}", "bold"),
                (f"{w.decimal(value):>6}", "bold"),
                f"{w.decimal(before):>8}",
                (
                    f"{w.score_change(value, before, 1):>9}",
                    "bold" if abs(change) >= 0.05 else "dim",
                ),
            )
        )
    return Content("\n").join(rows)


def pivot_moves(now: Result, start: Result) -> list[Content]:
    """Each pivot now, with how its rank moved against the starting point."""
    before = {p.id: rank for rank, p in enumerate(start.pivots, 1)}
    lines = []
    for rank, pivot in enumerate(now.pivots, 1):
        old = before.get(pivot.id)
        if old is None:
            move = ("new", "bold $text-success")
        elif old == rank:
            move = ("=", "dim")
        else:
            arrow = "▲" if old > rank else "▼"
            move = (f"{arrow}{abs(old - rank)}", "bold $text-accent")
        lines.append(
            Content.assemble(
                f"{rank}. ",
                (f"{move[0]:<4}", move[1]),
                f" {pivot.label} ",
                (f"(fit {w.percent(pivot.fit)})", "dim"),
            )
        )
    gone = [p.label for p in start.pivots if p.id not in {q.id for q in now.pivots}]
    if gone:
        lines.append(Content.styled(f"no longer listed: {', '.join(gone)}", "dim"))
    return lines or [Content.styled("no pivot raises resilience from here", "dim")]


class WhatIfScreen(SessionScreen):
    """Try skills against the scored profile; nothing changes until you keep it."""

    # Selectors in the file name the screen already, so no automatic scoping.
    DEFAULT_CSS = screen_css("whatif")
    SCOPED_CSS = False

    #: Start in the add box: the first thing typed is a skill to try.
    AUTO_FOCUS = "#whatif-add Input"
    #: Seconds of no typing before the typed skill is scored.
    TYPING_DELAY = 0.25

    BINDINGS: ClassVar[list[BindingType]] = list(views.view_bindings("whatif"))

    def __init__(self) -> None:
        super().__init__()
        self.start_profile: Profile | None = None
        self.start_result: Result | None = None
        self.current: tuple[Profile, Result] | None = None
        self._typing: Timer | None = None

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
                    id="whatif-add",
                )
                yield Static(id="whatif-error", classes="field-error")
                yield SkillToggles(id="whatif-list")
            with VerticalScroll(id="whatif-effect", classes="panel"):
                yield Static(id="whatif-change")
                yield Static(id="whatif-compare")
                yield ExposureGauge()
                yield Static("[b]Pivots now[/] [dim](rank change against the start)[/]")
                yield Static(id="whatif-pivots")
                yield DriverList(limit=3, legend=False)
        yield Footer(compact=True)

    def on_mount(self) -> None:
        """Name the panels and load the starting point."""
        self.query_one("#whatif-skills").border_title = "Skills (space: on/off)"
        self.query_one("#whatif-effect").border_title = "Against your starting point"
        self.sync_if_stale()

    def _complete_skill(self, text: str) -> list[completion.Suggestion]:
        listed = skill_keys(self._all_skills())
        found = completion.skills(self.session.matcher, text)
        return [s for s in found if skill_key(s.value) not in listed]

    # ----------------------------------------------------------------- state

    def sync(self) -> None:
        """Take the session's scored profile as the new starting point."""
        profile, result = self.session.profile, self.session.result
        self.start_profile, self.start_result, self.current = profile, result, None
        intro = self.query_one("#whatif-intro", Static)
        body = self.query_one("#whatif-body")
        body.display = result is not None
        if profile is None or result is None:
            intro.update("[b]No result yet.[/] Score your profile first (F2, then Enter).")
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
        matcher = self.session.matcher
        known = matcher is None or matcher.match(text).skill is not None
        return Toggle(text, True, known)

    def _all_skills(self) -> list[str]:
        return self.query_one(SkillToggles).texts

    def variant(self) -> Profile | None:
        """The starting profile with the switched-on skills and any skill being typed."""
        if self.start_profile is None:
            return None
        start = self.start_profile
        toggles = self.query_one(SkillToggles)
        listed = {s.casefold() for s in toggles.texts}
        typed = split_skills(self.query_one("#whatif-add", CompletingInput).value)
        chosen = toggles.selected + [s for s in typed if s.casefold() not in listed]
        try:
            return Profile.create(start.role, chosen, start.duties, start.category)
        except ProfileError as exc:
            self._error(str(exc))
            return None

    # ----------------------------------------------------------------- scoring

    @on(Input.Changed, "#whatif-add Input")
    def _typed(self) -> None:
        # Score what is being typed once typing pauses; each key restarts the wait.
        if self._typing is not None:
            self._typing.stop()
        self._typing = self.set_timer(self.TYPING_DELAY, self.rescore)

    @on(SkillToggles.Toggled)
    def rescore(self) -> None:
        """Score the variant in a worker; the newest change wins."""
        profile = self.variant()
        engine = self.session.engine
        if profile is None or engine is None:
            return
        self._score(profile)

    @background("score this what-if", group="whatif")
    def _score(self, profile: Profile) -> None:
        engine = self.session.engine
        if engine is None:
            return
        result = engine.score(profile)
        self.post_message(WhatIfScored(profile, result))

    def on_what_if_scored(self, message: WhatIfScored) -> None:
        """Show a fresh variant's score; one for a variant already changed is dropped."""
        if message.profile != self.variant():
            return
        self._show(message.profile, message.result)

    def _show(self, profile: Profile, result: Result) -> None:
        start_p, start = self.start_profile, self.start_result
        if start_p is None or start is None:
            return
        self.current = (profile, result)
        before, after = skill_keys(start_p.skills), skill_keys(profile.skills)
        added = [s for s in profile.skills if skill_key(s) not in before]
        removed = [s for s in start_p.skills if skill_key(s) not in after]
        if added or removed:
            parts = [Content.styled("Changed: ", "bold")]
            parts += [Content.styled(f"+ {s}  ", "$text-success") for s in added]
            parts += [Content.styled(f"− {s}  ", "$text-warning") for s in removed]
            change = Content.assemble(*parts)
        else:
            change = Content.styled("No changes yet: this is where you started.", "dim")
        # Every panel here has a fixed height, so an update repaints without a layout
        # pass: key to repaint stays well inside one frame.
        self.query_one("#whatif-change", Static).update(change, layout=False)
        compare = compare_table(result, start)
        self.query_one("#whatif-compare", Static).update(compare, layout=False)
        self.query_one(ExposureGauge).show(result.exposure, result.band, result.interval)
        moves = Content("\n").join(pivot_moves(result, start))
        self.query_one("#whatif-pivots", Static).update(moves, layout=False)
        drivers = self.query_one(DriverList)
        drivers.show(result.drivers, typed_fields(profile), result.duties, layout=False)
        self.query_one(SkillToggles).show_switched()

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
        # Cleared first, so the variant scored for each new row is not counted twice.
        self.query_one("#whatif-add", CompletingInput).value = ""
        for text in split_skills(typed):
            listed = [skill_key(t) for t in toggles.texts]
            if skill_key(text) in listed:
                toggles.switch_on(listed.index(skill_key(text)))
            else:
                toggles.add(self._toggle(text))
        self._error("")

    def _error(self, message: str) -> None:
        target = self.query_one("#whatif-error", Static)
        target.update(f"⚠ {escape(message)}" if message else "")
        target.set_class(bool(message), "-shown")

    # ----------------------------------------------------------------- actions

    def action_reset(self) -> None:
        """Back to the starting point."""
        self._synced_version = -1
        self.sync_if_stale()

    def action_keep(self) -> None:
        """Make the variant the profile (and its result the result)."""
        if self.current is None:
            return
        profile, result = self.current
        self.resilience_app.adopt(profile, result)
        self.notify("Your profile now has these skills.", title="What-if kept")
