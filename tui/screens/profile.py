"""The profile form: job title, skills and "what I do all day"; Enter scores it."""

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
from career_resilience.tui.screens.form_lines import FormLines
from career_resilience.tui.screens.skill_entry import held_notes, read_entry
from career_resilience.tui.session import ModelState
from career_resilience.tui.widgets.action_button import ActionButton
from career_resilience.tui.widgets.completing_input import CompletingInput
from career_resilience.tui.widgets.duties_box import BOX_CLASS, DutiesStandIn
from career_resilience.tui.widgets.late_footer import LateFooter
from career_resilience.tui.widgets.skill_list import ListedSkill, SkillList
from career_resilience.tui.widgets.view_bar import ViewBar

# The model's profile module, the skill matcher and did-you-mean (and the knowledge
# base's record types they pull in) are imported inside the methods that need them, so
# the app's first frame does not wait for them.
if TYPE_CHECKING:
    from textual.widgets import TextArea

    from career_resilience.model.profile import Profile
    from career_resilience.skills.matching import Context

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


class ProfileScreen(FormLines):
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
        #: The kinds of work the listed skills' suggestions were last filtered by
        #: (session.kinds_of_work; none before a score).
        self._marked_kinds: frozenset[str] = frozenset()

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
                yield CompletingInput(
                    self._complete_title, placeholder="e.g. Data analyst", id="role"
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
        """Say where the model stands (focus is already in the job title: AUTO_FOCUS)."""
        self.show_model_state()

    # ----------------------------------------------------------------- completion

    def _complete_title(self, text: str) -> list[str]:
        return completion.titles(self.session.titles, text)

    def _complete_skill(self, text: str) -> list[completion.Suggestion]:
        listed = self.query_one(SkillList)
        found = completion.skills(self.session.matcher, text, kinds=self.kinds_of_work())
        return [s for s in found if not listed.contains(s.value)]

    def listed(self, text: str, kinds: frozenset[str] | None = None) -> ListedSkill:
        """A typed skill with what the catalogue says about it (if loaded), its "did
        you mean" fitted to the work the person was placed in (``kinds``, default
        :meth:`kinds_of_work`; see ``ListedSkill.marked``)."""
        matcher = self.session.matcher
        if matcher is None:
            return ListedSkill(text)
        kinds = self.kinds_of_work() if kinds is None else kinds
        return ListedSkill.marked(matcher, text, self._skill_context(), kinds)

    def kinds_of_work(self) -> frozenset[str]:
        """The kinds of work the last score placed the person in, while the job title
        is still the one scored (none before: every suggestion is shown)."""
        return self.session.kinds_of_work(self.query_one("#role", CompletingInput).value)

    def _list_skills(self, typed: list[str] | tuple[str, ...]) -> None:
        """List ``typed``, each marked against the catalogue and the placement."""
        kinds = self._marked_kinds = self.kinds_of_work()
        self.query_one(SkillList).set_skills([self.listed(s, kinds) for s in typed])

    def placement_changed(self) -> None:
        """Mark the listed skills again if the kinds of work they are read against
        changed: a score placed the person, or the job title now names another job.
        Cheap when nothing changed (each key typed in the title asks)."""
        if self.session.matcher is None or self.kinds_of_work() == self._marked_kinds:
            return
        self._list_skills(self.query_one(SkillList).skills)

    def _skill_context(self) -> Context:
        """The senses of shared skill names the title and duties point to ("CAD" to a
        dispatcher); none before the catalogue loads."""
        matcher = self.session.matcher
        if matcher is None:
            return frozenset()
        role = self.query_one("#role", CompletingInput).value
        return matcher.context(role, self.duties_text())

    def catalogue_ready(self) -> None:
        """Mark skills typed before the catalogue loaded, offer suggestions, and say
        which of them name one listed earlier under another name (typed before it
        loaded, "spreadsheets" beside "Excel" was never checked)."""
        typed = self.query_one(SkillList).skills
        self._list_skills(typed)
        context = self._skill_context()
        held = [
            (text, listed)
            for index, text in enumerate(typed)
            if (listed := self.session.held_as(text, typed[:index], context))
        ]
        if held:
            self.show_error("skills", "; ".join(held_notes(held)))

    # ----------------------------------------------------------------- skills

    @on(CompletingInput.Accepted, "#skill-entry")
    def _skill_picked(self, event: CompletingInput.Accepted) -> None:
        # Skills typed before the one being completed ("SQL; Ex" -> Excel) count too.
        earlier = event.typed.replace(",", ";").rpartition(";")[0]
        self.add_skills(f"{earlier}; {event.value}" if earlier.strip() else event.value)

    @on(Input.Submitted, "#role Input")
    def _role_entered(self) -> None:
        self.action_score()

    @on(Input.Submitted, "#skill-entry Input")
    def _skill_entered(self, event: Input.Submitted) -> None:
        if event.value.strip():
            self.add_skills(event.value)
        else:
            self.action_score()

    @on(SkillList.SuggestionTaken)
    def _suggestion_taken(self, event: SkillList.SuggestionTaken) -> None:
        """A listed typo becomes the skill it was offered as ("drivng" -> Driving
        licence); if another row names that skill already ("driving"), the typo's
        row just goes, as a second row would count it once anyway."""
        listed = event.skill_list
        taken = self.listed(event.suggestion)
        name = (taken.canonical or taken.text).casefold()
        if listed.contains(event.suggestion) or any(
            row.canonical.casefold() == name for row in listed.rows if row.known
        ):
            listed.remove_at(event.index)
        else:
            listed.replace_at(event.index, taken)

    def add_skills(self, typed: str) -> None:
        """Add every skill in ``typed`` ("a; b, c"); say what was refused and why, and
        which name a skill listed under another name (rules: skill_entry.py).

        What was added leaves the entry; what was refused is put back to fix (the whole
        entry came back before, and Enter on it again said "already listed" for all).
        """
        from career_resilience.model.profile import MAX_SKILL_CHARS, MAX_SKILLS
        from career_resilience.skills.matching import split_skills

        entry = self.query_one("#skill-entry", CompletingInput)
        skills = self.query_one(SkillList)
        context = self._skill_context()
        outcome = read_entry(
            split_skills(typed),
            skills.skills,
            # "CPR" beside "first aid" names one catalogue skill: the row is kept (the
            # person's words, for their record) but said to count once, as what-if
            # says for the same skill; silence read as if it added to the score.
            lambda text, others: self.session.held_as(text, others, context),
            max_chars=MAX_SKILL_CHARS,
            limit=MAX_SKILLS,
        )
        for text in outcome.added:
            skills.add(self.listed(text))
        self.show_error("skills", outcome.message())
        # Enter empties the entry as it is pressed (keys typed after it are the next
        # skill): what was added leaves it, what was refused is put back to fix.
        if not outcome.refused and entry.value == typed:
            entry.value = ""
        elif outcome.refused:
            entry.put_back("; ".join(outcome.refused), took=typed)

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

    def on_text_area_changed(self, event: TextArea.Changed) -> None:
        """Say when the duties grow past the limit (by handler name: naming TextArea
        in ``@on`` would import it before the first frame)."""
        from career_resilience.model.profile import MAX_DUTIES_CHARS

        if event.text_area.id != "duties":
            return

        length = len(event.text_area.text)
        too_long = f"is {length} characters; the limit is {MAX_DUTIES_CHARS}"
        self.show_error("duties", too_long if length > MAX_DUTIES_CHARS else "")

    @on(Input.Changed, "#skill-entry Input")
    def _skill_typing(self, event: Input.Changed) -> None:
        # New typing clears the message; the notice that Enter emptied the box (it
        # arrives after the message about what Enter took) and late notices of letters
        # typed in a burst do not.
        if event.value and event.value == event.input.value:
            self.show_error("skills", "")

    def read_form(self) -> Profile | None:
        """The validated profile in the form, or None after showing what is wrong."""
        from career_resilience.model.profile import Profile, ProfileError
        from career_resilience.skills.matching import split_skills

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
            self.query(focus_target[field]).last().focus()
            return None
        for field in ("role", "skills", "duties"):
            self.show_error(field, "")
        if pending.strip():
            self.add_skills(pending)
        return profile

    def edited_since(self, profile: Profile) -> bool:
        """Whether the form no longer holds ``profile`` (typed into since it was scored)."""
        from career_resilience.model.profile import Profile, ProfileError
        from career_resilience.skills.matching import split_skills

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
        session = self.session
        status = self.query_one("#model-status", Static)
        if note is not None:
            self.status_note = note
        if session.model_state is ModelState.LOADING:
            text = "[dim]Loading the model in the background; you can keep typing.[/]"
            if session.pending is not None:
                text = "Scoring as soon as the model has loaded…"
        elif session.model_state is ModelState.FAILED:
            text = (
                f"[$text-error]⚠ The model could not load:[/] {escape(session.model_error)}\n"
                "You can still edit, save and open profiles."
            )
        else:
            text = self.status_note or "[dim]Model ready. Press Enter or ctrl+r to score.[/]"
        status.update(text)
        status.set_class(session.model_state is ModelState.FAILED, "-failed")
