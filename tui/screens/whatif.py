"""What-if: switch skills on and off or add one, and watch the score and pivots move."""

from __future__ import annotations

from typing import ClassVar

from textual import events, on
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.content import Content
from textual.markup import escape
from textual.message import Message
from textual.timer import Timer
from textual.widgets import Footer, Input, OptionList, Static

from career_resilience import wording as w
from career_resilience.model.profile import Profile, ProfileError
from career_resilience.model.result import Result
from career_resilience.skills import completion
from career_resilience.skills.identity import skill_key, skill_keys
from career_resilience.skills.matching import split_skills
from career_resilience.tui import views
from career_resilience.tui.screens.base import SessionScreen, screen_css
from career_resilience.tui.widgets.completing_input import CompletingInput
from career_resilience.tui.widgets.drivers import DriverList, no_drivers_note, typed_fields
from career_resilience.tui.widgets.gauge import ExposureGauge
from career_resilience.tui.widgets.prepared import PreparedStatic
from career_resilience.tui.widgets.skill_toggles import SkillToggles, Toggle, change_summary
from career_resilience.tui.widgets.view_bar import ViewBar
from career_resilience.tui.workers import background, while_shown


class WhatIfScored(Message):
    """A what-if variant was scored."""

    def __init__(self, profile: Profile, result: Result) -> None:
        self.profile = profile
        self.result = result
        super().__init__()


#: Variants of one starting point whose scores are kept (a person tries a few dozen).
KEEP_SCORED = 256


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


def shorten(text: str, width: int) -> str:
    """``text`` cut after its last whole word that fits in ``width`` (with "…")."""
    if width <= 0 or len(text) <= width:
        return text
    return text[: max(1, width - 1)].rsplit(" ", 1)[0].rstrip(" ,") + "…"


def gone_line(gone: list[str], width: int) -> str:
    """ "no longer listed: A; B and 2 more": names that fit whole, the rest counted."""
    head = "no longer listed: "
    for shown in range(len(gone), 0, -1):
        rest = len(gone) - shown
        line = head + "; ".join(gone[:shown]) + (f" and {rest} more" if rest else "")
        if width <= 0 or len(line) <= width:
            return line
    tail = f" and {len(gone) - 1} more" if len(gone) > 1 else ""
    return head + shorten(gone[0], width - len(head) - len(tail)) + tail


def pivot_moves(now: Result, start: Result, width: int = 0) -> list[Content]:
    """Each pivot now, with how its rank moved against the starting point.

    With a ``width``, a long name is shortened at a word so its fit still shows, and
    the pivots no longer listed are named whole or counted, never cut mid-word.
    """
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
        fit = f"(fit {w.percent(pivot.fit)})"
        room = width - len(f"{rank}. ") - 4 - 2 - len(fit) if width else 0
        lines.append(
            Content.assemble(
                f"{rank}. ",
                (f"{move[0]:<4}", move[1]),
                f" {shorten(pivot.label, room)} ",
                (fit, "dim"),
            )
        )
    gone = [p.label for p in start.pivots if p.id not in {q.id for q in now.pivots}]
    if gone:
        lines.append(Content.styled(gone_line(gone, width), "dim"))
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
        #: Variants of the starting point scored so far (shown or scored ahead).
        self._scored: dict[Profile, Result] = {}
        #: The variant being scored in the background, if any.
        self._scoring: Profile | None = None
        #: The texts last worked out for a variant (see _texts).
        self._last_texts: (
            tuple[tuple[object, ...], Result, Result, tuple[Content, Content, Content]] | None
        ) = None
        #: What each result panel shows now (see _update).
        self._drawn: dict[str, tuple[str, tuple[object, ...]]] = {}

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
                yield SkillToggles(id="whatif-list")
            with VerticalScroll(id="whatif-effect", classes="panel"):
                yield PreparedStatic(id="whatif-change")
                yield PreparedStatic(id="whatif-compare")
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

    def _complete_skill(self, text: str) -> list[completion.Suggestion]:
        listed = skill_keys(self._all_skills())
        found = completion.skills(self.session.matcher, text)
        return [s for s in found if skill_key(s.value) not in listed]

    # ----------------------------------------------------------------- state

    def sync(self) -> None:
        """Take the session's scored profile as the new starting point."""
        profile, result = self.session.profile, self.session.result
        self.start_profile, self.start_result, self.current = profile, result, None
        self._scored = {} if profile is None or result is None else {profile: result}
        self._scoring = None
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

    # ----------------------------------------------------------------- scoring

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
            self.call_after_refresh(self._score_ahead)
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
        if ahead is not None and ahead in self._scored:
            self._prepare(ahead)  # scored before (a skill switched back): draw it again
        if self._scoring is not None:
            return
        # The highlighted skill first, then its neighbours (the likely next moves).
        for index in (here, here + 1, here - 1):
            if 0 <= index < len(toggles.toggles):
                ahead = self.variant(flip=index)
                if ahead is not None and ahead not in self._scored:
                    self._score(ahead)
                    return

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
        result = engine.score(profile)
        self.post_message(WhatIfScored(profile, result))

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
        wanted = self.variant()
        if message.profile == wanted:
            self._show(message.profile, message.result)
        else:
            self._prepare(message.profile)
        if self._scoring is not None:
            return
        if wanted is not None and wanted not in self._scored:
            self._score(wanted)  # the skills were switched again while this scored
        else:
            self.call_after_refresh(self._score_ahead)

    def worker_failed(self, worker: object) -> None:
        """A failed score (already reported) must not block the next ones."""
        self._scoring = None

    def _texts(self, profile: Profile, result: Result) -> tuple[Content, Content, Content]:
        """The change line, the comparison and the pivots for a variant and its result.

        Kept for the last variant drawn ahead (:meth:`_prepare`), so its key does not
        work them out again.
        """
        start_p, start = self.start_profile, self.start_result
        assert start_p is not None and start is not None
        change_width = self.query_one("#whatif-change").content_region.width
        pivots_width = self.query_one("#whatif-pivots").content_region.width
        # Results by identity: comparing two results field by field costs more than this.
        key = (profile, id(result), id(start), change_width, pivots_width)
        last = self._last_texts
        if last is not None and last[0] == key and last[1] is result and last[2] is start:
            return last[3]
        before, after = skill_keys(start_p.skills), skill_keys(profile.skills)
        added = [s for s in profile.skills if skill_key(s) not in before]
        removed = [s for s in start_p.skills if skill_key(s) not in after]
        if added or removed:
            change = change_summary(added, removed, change_width)
        else:
            change = Content.styled("No changes yet: this is where you started.", "dim")
        pivots = Content("\n").join(pivot_moves(result, start, pivots_width))
        texts = (change, compare_table(result, start), pivots)
        self._last_texts = (key, result, start, texts)
        return texts

    def _show(self, profile: Profile, result: Result) -> None:
        start_p, start = self.start_profile, self.start_result
        if start_p is None or start is None:
            return
        self.current = (profile, result)
        change, compare, pivots = self._texts(profile, result)
        self._update("#whatif-change", change)
        self._update("#whatif-compare", compare)
        self.query_one(ExposureGauge).show(result.exposure, result.band, result.interval)
        if not self.query_one("#whatif-pivots").content_region.width:
            # Not laid out yet (the body was hidden until this starting point): the
            # names are shortened to the panel's width once it has one, else a long
            # one was cropped mid-word ("Booth Cas…").
            self.call_after_refresh(self._reshow)
        self._update("#whatif-pivots", pivots)
        drivers = self.query_one(DriverList)
        note = no_drivers_note(result)
        drivers.show(result.drivers, typed_fields(profile), result.duties, False, note)
        self.query_one(SkillToggles).show_switched()

    def _prepare(self, profile: Profile) -> None:
        """Draw the panels for a variant scored ahead, so its key repaints at once.

        Only for the variant space on the highlighted skill gives (the likely next key):
        drawing costs about as much as the repaint it saves, in idle time.
        """
        result = self._scored.get(profile)
        if result is None or self.start_profile is None or self.current is None:
            return
        if profile == self.current[0] or profile != self._highlighted_variant():
            return
        change, compare, pivots = self._texts(profile, result)
        for selector, content in (
            ("#whatif-change", change),
            ("#whatif-compare", compare),
            ("#whatif-pivots", pivots),
        ):
            self.query_one(selector, PreparedStatic).prepare(content)
        self.query_one(ExposureGauge).prepare_score(result.exposure, result.band, result.interval)
        self.query_one(DriverList).prepare_drivers(
            result.drivers, typed_fields(profile), result.duties, no_drivers_note(result)
        )

    def _highlighted_variant(self) -> Profile | None:
        """The variant space on the highlighted skill would give, if any."""
        here = self.query_one(SkillToggles).highlighted
        return None if here is None else self.variant(flip=here)

    def _reshow(self) -> None:
        """Lay the current result out again now the panels have their widths."""
        if self.current is not None and self.query_one("#whatif-pivots").content_region.width:
            self._show(*self.current)

    def on_resize(self, event: events.Resize) -> None:
        """Shorten names again for the new width (the base class switches layouts)."""
        self.call_after_refresh(self._reshow)

    def _update(self, selector: str, content: Content) -> None:
        """Put ``content`` in a panel, unless it already shows exactly that.

        Every panel here has a fixed height, so an update repaints without a layout
        pass; one left alone is not repainted at all (a switch often leaves the pivots
        or the change line as they were), which keeps key to repaint short.
        """
        # Content's == compares the text only; the styles count too.
        drawn = (content.plain, tuple(content.spans))
        if self._drawn.get(selector) != drawn:
            self._drawn[selector] = drawn
            self.query_one(selector, Static).update(content, layout=False)

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
        self.notify(w.WHATIF_KEPT_TEXT, title=w.WHATIF_KEPT)
