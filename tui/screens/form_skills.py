"""The profile form's skills: suggestions, the listed skills read against the catalogue
and the placement, and what a typed entry adds or refuses (rules: skill_entry.py).

The form's title, duties and actions are in ``profile.py``; this is the part of it that
keeps the skill list (ProfileScreen builds on it).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual import on
from textual.widgets import Input

from career_resilience.skills import completion
from career_resilience.tui.screens.form_lines import FormLines
from career_resilience.tui.screens.skill_entry import held_notes, read_entry
from career_resilience.tui.widgets.completing_input import CompletingInput
from career_resilience.tui.widgets.skill_list import ListedSkill, SkillList

# The skill matcher and the model's profile limits are imported inside the methods that
# need them, so the app's first frame does not wait for them.
if TYPE_CHECKING:
    from career_resilience.skills.matching import Context

#: The kinds of work the listed skills are read against, the one placed in, and the
#: occupation placed in (``FormSkills.placement``).
Placement = tuple[frozenset[str], frozenset[str], tuple[str, ...]]


class FormSkills(FormLines):
    """The skill entry and list of the profile form (ProfileScreen builds on it)."""

    def __init__(self) -> None:
        super().__init__()
        #: The kinds of work the listed skills' suggestions were last filtered by
        #: (session.kinds_of_work; none before a score), and the one placed in.
        self._marked_kinds: Placement = (frozenset(), frozenset(), ())

    def _complete_skill(self, text: str) -> list[completion.Suggestion]:
        listed = self.query_one(SkillList)
        found = completion.skills(self.session.matcher, text, kinds=self.kinds_of_work())
        return [s for s in found if not listed.contains(s.value)]

    def listed(self, text: str, kinds: Placement | None = None) -> ListedSkill:
        """A typed skill with what the catalogue says about it (if loaded), its "did
        you mean" fitted to the work the person was placed in (``kinds``, default
        :meth:`placement`; see ``ListedSkill.marked``)."""
        matcher = self.session.matcher
        if matcher is None:
            return ListedSkill(text)
        kinds_of_work, placed, codes = self.placement() if kinds is None else kinds
        near = self.session.near_work(codes)
        return ListedSkill.marked(matcher, text, self._skill_context(), kinds_of_work, placed, near)

    def kinds_of_work(self) -> frozenset[str]:
        """The kinds of work the last score placed the person in, while the job title
        is still the one scored; before, those the typed title names
        (``Session.kinds_read``; an unlisted title: none, every suggestion is shown)."""
        return self.session.kinds_read(self.query_one("#role", CompletingInput).value)

    def placement(self) -> Placement:
        """:meth:`kinds_of_work`, the one kind the person was placed in and the
        occupation (its O*NET-SOC code; none before a score)."""
        role = self.query_one("#role", CompletingInput).value
        session = self.session
        return session.kinds_read(role), session.placed_in(role), session.placed_at(role)

    def _list_skills(self, typed: list[str] | tuple[str, ...]) -> None:
        """List ``typed``, each marked against the catalogue and the placement."""
        kinds = self._marked_kinds = self.placement()
        self.query_one(SkillList).set_skills([self.listed(s, kinds) for s in typed])

    def placement_changed(self) -> None:
        """Mark the listed skills again if the kinds of work they are read against
        changed: a score placed the person, or the job title now names another job.
        Cheap when nothing changed (each key typed in the title asks)."""
        if self.session.matcher is None or self.placement() == self._marked_kinds:
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

    @on(CompletingInput.Accepted, "#skill-entry")
    def _skill_picked(self, event: CompletingInput.Accepted) -> None:
        # Skills typed before the one being completed ("SQL; Ex" -> Excel) count too.
        earlier = event.typed.replace(",", ";").rpartition(";")[0]
        self.add_skills(f"{earlier}; {event.value}" if earlier.strip() else event.value)

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
        from career_resilience.skills.typed_skill_text import split_skills

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

    @on(Input.Changed, "#skill-entry Input")
    def _skill_typing(self, event: Input.Changed) -> None:
        # New typing clears the message; the notice that Enter emptied the box (it
        # arrives after the message about what Enter took) and late notices of letters
        # typed in a burst do not.
        if event.value and event.value == event.input.value:
            self.show_error("skills", "")
