"""The profile form: job title, skills and "what I do all day"; ctrl+r, or Enter in the
empty skills box, scores it (Enter in the job title goes on to the skills).

Built in layers, one concern each: form_focus.py (where keys go), form_lines.py (the
message lines), form_skills.py (the skill entry and list), and this screen (its
fields, reading the form, scoring and the model's status).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.markup import escape
from textual.widgets import Input, Static

from career_resilience.skills import completion
from career_resilience.tui import views
from career_resilience.tui.messages import ScoreRequested
from career_resilience.tui.screens.form_skills import FormSkills
from career_resilience.tui.session import ModelState
from career_resilience.tui.widgets.action_button import ActionButton
from career_resilience.tui.widgets.completing_input import CompletingInput
from career_resilience.tui.widgets.duties_box import BOX_CLASS, DutiesStandIn
from career_resilience.tui.widgets.late_footer import LateFooter
from career_resilience.tui.widgets.skill_list import SkillList
from career_resilience.tui.widgets.view_bar import ViewBar

# The model's profile module, the skill matcher and did-you-mean (and the knowledge
# base's record types they pull in) are imported inside the methods that need them, so
# the app's first frame does not wait for them.
if TYPE_CHECKING:
    from textual.widgets import TextArea

    from career_resilience.model.profile import Profile

#: Both ways of parting duties are named, as both split them (sanitise.duty_lines);
#: "one task per line" alone was untrue. Each line fits the narrowest two-column
#: box (49 characters at 110 columns) and the label its column (51), so neither wraps.
DUTIES_HINT = "optional; a line or ; per task"
DUTIES_PLACEHOLDER = (
    "In your own words, one task a line or split by ;\n"
    "Pull the weekly numbers; build the KPI deck\n"
    "Meet clients to agree what they need"
)


def _label(text: str) -> Static:
    """A field's heading: a Static, as Textual's Label would only add its stylesheet."""
    return Static(text, classes="form-label")


class ProfileScreen(FormSkills):
    """Edit the profile; the model loads meanwhile and scoring waits for it if needed."""

    BINDINGS: ClassVar[list[BindingType]] = list(views.view_bindings("profile"))
    #: Focus starts in the job title as the screen is composed, before its first frame:
    #: keys typed while the app starts are delivered then, and with focus set only in
    #: on_mount (a deferred call) Textual's own auto-focus put them into the scrolling
    #: form first, which drops them.
    AUTO_FOCUS = "#role Input"

    def __init__(self) -> None:
        super().__init__()
        #: A category or O*NET occupation the person chose ("that's not me"), kept
        #: with the profile.
        self.category: str | None = None
        self.occupation: str | None = None
        self.status_note = ""
        #: The job title the last score refused (its message stays until it changes).
        self._role_refused: str | None = None

    def compose(self) -> ComposeResult:
        """Two columns (stacked when narrow): title and skills, then duties."""
        yield ViewBar("profile")
        # Not focusable itself: it sat first in the Tab order, and a letter typed while
        # the form had the focus (shift+Tab from the job title) went nowhere.
        with (
            VerticalScroll(id="profile-form", can_focus=False),
            Horizontal(id="profile-columns"),
        ):
            with Vertical(id="profile-left"):
                yield _label("[b]Job title[/]  [dim]↓ picks a suggestion[/]")
                # Enter goes on to the skills, as in most forms: it scored the title
                # alone and opened the result, where the skills typed next ran as its
                # keys ("n" opened the pivots). Enter in the empty skills box scores.
                yield CompletingInput(
                    self._complete_title,
                    placeholder="e.g. Data analyst",
                    enter_moves_on=True,
                    id="role",
                )
                yield _label("[b]Skills[/]  [dim]Enter adds; ↓ then Delete removes[/]")
                yield CompletingInput(
                    self._complete_skill,
                    placeholder="e.g. SQL; Excel; customer service",
                    paste_joiner="; ",
                    empties_on_enter=True,
                    id="skill-entry",
                )
                yield SkillList(id="skills", typing_to=self._skill_box)
            with Vertical(id="profile-right"):
                yield _label(f"[b]What I do all day[/]  [dim]{DUTIES_HINT}[/]")
                # The real text box replaces it once the first frame is up (duties_box.py).
                yield DutiesStandIn(DUTIES_PLACEHOLDER)
        # The messages under the fields and the note on a chosen occupation are
        # mounted when first shown (see _line): hidden, they only slowed the first frame.
        with Horizontal(id="profile-actions"):
            yield ActionButton("Score my work", id="score", typing_to=self._last_box)
            yield Static(id="model-status")
        # The one screen in the first frame: its footer keys follow that frame.
        yield LateFooter()

    def on_mount(self) -> None:
        """Say where the model stands (focus is already in the job title: AUTO_FOCUS),
        unless the app's first frame is not up yet: the app says it then (``on_ready``).
        Its sentence is the wording package's, whose import (the result contract with
        it) was a sixth of what the app's first frame cost beyond a bare Textual app's."""
        if getattr(self.app, "first_frame_shown", True):
            self.show_model_state()

    # ----------------------------------------------------------------- entering

    def _complete_title(self, text: str) -> list[str]:
        return completion.titles(self.session.titles, text)

    @on(Input.Submitted, "#skill-entry Input")
    def _skill_entered(self, event: Input.Submitted) -> None:
        if event.value.strip():
            self.add_skills(event.value)
        else:
            self.action_score()

    # ----------------------------------------------------------------- validation

    @on(Input.Changed, "#role Input")
    def _role_changed(self, event: Input.Changed) -> None:
        from career_resilience.model.profile import MAX_ROLE_CHARS

        length = len(event.value.strip())
        too_long = f"is {length} characters; the limit is {MAX_ROLE_CHARS}"
        if length > MAX_ROLE_CHARS:
            self.show_error("role", too_long)
        elif event.value == event.input.value != self._role_refused:
            # Typing clears it; not the late notices of the letters typed in a burst
            # before Enter (the title as it was, or the title Enter refused): they wiped
            # "'Stay at home mom' says your situation..." as it was shown.
            self.show_error("role", "")
        self.placement_changed()
        self.form_changed()

    def on_text_area_changed(self, event: TextArea.Changed) -> None:
        """Say when the duties grow past the limit (by handler name: naming TextArea
        in ``@on`` would import it before the first frame)."""
        from career_resilience.model.profile import MAX_DUTIES_CHARS

        if event.text_area.id != "duties":
            return

        length = len(event.text_area.text)
        too_long = f"is {length} characters; the limit is {MAX_DUTIES_CHARS}"
        self.show_error("duties", too_long if length > MAX_DUTIES_CHARS else "")
        self.form_changed()

    @on(SkillList.Changed)
    @on(Input.Changed, "#skill-entry Input")
    def form_changed(self) -> None:
        """Say under the form whether it still holds the profile scored: a baker who
        scored the title alone, then added skills and duties, still read "Scored. F3
        shows the result." while F3 showed the title's score. Another note (an error,
        the model loading) is left as it is."""
        if self.status_note in (self.scored_note(False), self.scored_note(True)):
            profile = self.session.profile
            edited = profile is not None and self.edited_since(profile)
            if self.status_note != self.scored_note(edited):
                self.show_model_state(note=self.scored_note(edited))

    def scored_note(self, edited: bool = False) -> str:
        """The note under a scored form: scored, or edited since (:meth:`form_changed`)."""
        from career_resilience.wording import EDITED_SINCE_SCORED, SCORED_NOTE

        return f"[dim]{EDITED_SINCE_SCORED if edited else SCORED_NOTE}[/]"

    def read_form(self) -> Profile | None:
        """The validated profile in the form, or None after showing what is wrong."""
        from career_resilience.model.profile import Profile, ProfileError
        from career_resilience.skills.situations import situation_only
        from career_resilience.skills.typed_skill_text import split_skills

        role = self.query_one("#role", CompletingInput).value
        skills = self.query_one(SkillList).skills
        pending = self.query_one("#skill-entry", CompletingInput).value
        # A skill typed but not yet added counts: people press Score straight away.
        skills = skills + [s for s in split_skills(pending) if s.strip()]
        duties = self.duties_text()
        try:
            profile = Profile.create(role, skills, duties, self.category, self.occupation)
        except ProfileError as exc:
            field = exc.field if exc.field in ("role", "skills", "duties") else "role"
            self.show_error(field, str(exc).removeprefix(f"{exc.field}: "))
            self._role_refused = role if field == "role" else None
            focus_target = {"role": "#role", "skills": "#skill-entry", "duties": f".{BOX_CLASS}"}
            # "Retired" alone: the message asks for skills, and the next keys typed are
            # one ("Retired⏎gardening" had made the title "Retiredgardening").
            fix_in = "skills" if field == "role" and situation_only(role) else field
            self.query(focus_target[fix_in]).last().focus()
            return None
        for field in ("role", "skills", "duties"):
            self.show_error(field, "")
        if pending.strip():
            self.add_skills(pending)
        return profile

    def edited_since(self, profile: Profile) -> bool:
        """Whether the form no longer holds ``profile`` (typed into since it was scored)."""
        from career_resilience.model.profile import Profile, ProfileError
        from career_resilience.skills.typed_skill_text import split_skills

        role = self.query_one("#role", CompletingInput).value
        pending = self.query_one("#skill-entry", CompletingInput).value
        skills = self.query_one(SkillList).skills + [s for s in split_skills(pending) if s.strip()]
        try:
            now = Profile.create(role, skills, self.duties_text(), self.category, self.occupation)
        except ProfileError:
            return True
        return now != profile

    # ----------------------------------------------------------------- actions

    @on(ActionButton.Pressed, "#score")
    def action_score(self) -> None:
        """Validate the form and ask the app to score it."""
        profile = self.read_form()
        if profile is not None:
            self.post_message(ScoreRequested(profile))

    def action_clear(self) -> None:
        """Start a new, empty profile."""
        from career_resilience.model.profile import Profile

        self.fill(Profile("", (), "", None))
        self.query_one("#role", CompletingInput).focus()

    def fill(self, profile: Profile) -> None:
        """Put ``profile`` into the form (after opening a file, or for a new one).

        The next keystroke goes to the skill entry: a profile loaded or opened is whole,
        and what a person adds to it next is most often a skill learned since. The focus
        was left where it had been (the duties box, its cursor at the start), so a skill
        typed after F2 went into the first duty ("EpicHelp residents bathe").
        """
        self.query_one("#role", CompletingInput).value = profile.role
        self.query_one("#skill-entry", CompletingInput).value = ""
        self._list_skills(profile.skills)
        duties = self.duties_box()
        if duties is None:  # before the real box is built: it starts with the text
            self.query_one(DutiesStandIn).pending_text = profile.duties
        else:
            duties.text = profile.duties
            # A duty added later goes after the others, not into the first one.
            duties.move_cursor(duties.document.end)
        self.set_choice(profile.category, profile.occupation)
        for field in ("role", "skills", "duties"):
            self.show_error(field, "")
        self.query_one("#skill-entry", CompletingInput).focus()

    def set_choice(self, category: str | None, occupation: str | None) -> None:
        """Remember the category or occupation the person chose (None: the model decides)."""
        from career_resilience.wording import CHOSEN_BY_YOU

        self.category, self.occupation = category, occupation
        chosen = ""
        if occupation:
            chosen = f"{self.session.occupation_title(occupation)} ({occupation})"
        elif category:
            chosen = self.session.category_label(category)
        note = ""
        if chosen:
            note = (
                f"{'Occupation' if occupation else 'Kind of work'} {CHOSEN_BY_YOU}: "
                f"[b]{escape(chosen)}[/] (change it on the result, F3 → c)"
            )
        self._line("category-note", note)

    # ----------------------------------------------------------------- status

    def show_model_state(self, note: str | None = None) -> None:
        """Say where the model stands, and anything about the last score request.

        ``note`` replaces the remembered note on the last score ("" forgets it).
        """
        from career_resilience import wording

        session = self.session
        status = self.query_one("#model-status", Static)
        if note is not None:
            self.status_note = note
        if session.model_state is ModelState.LOADING:
            text = f"[dim]{wording.MODEL_LOADING}[/]"
            if session.pending is not None:
                text = wording.SCORING_WHEN_LOADED
        elif session.model_state is ModelState.FAILED:
            text = (
                f"[$text-error]⚠ {wording.MODEL_FAILED}:[/] {escape(session.model_error)}\n"
                f"{wording.MODEL_UNUSABLE}"
            )
        else:
            text = self.status_note or f"[dim]{wording.MODEL_READY}[/]"
        status.update(text)
        status.set_class(session.model_state is ModelState.FAILED, "-failed")
