"""The what-if view's result panels: drawn for the variant shown, and ahead for the next.

Every panel has a fixed height and is updated only when its text changes, so a key
that switches a skill repaints the panels it changes and lays nothing out again.
"""

from __future__ import annotations

from textual import events
from textual.content import Content
from textual.widgets import Static

from career_resilience import wording as w
from career_resilience.model.profile import Profile
from career_resilience.model.result import Result
from career_resilience.skills.identity import skill_key, skill_keys
from career_resilience.skills.matching import Context
from career_resilience.tui.screens.base import SessionScreen
from career_resilience.tui.screens.whatif_text import compare_table, pivot_moves, placement_note
from career_resilience.tui.widgets.drivers import DriverList, no_drivers_note, typed_fields
from career_resilience.tui.widgets.gauge import ExposureGauge
from career_resilience.tui.widgets.prepared import PreparedStatic
from career_resilience.tui.widgets.skill_toggles import SkillToggles, change_summary


class WhatIfPanels(SessionScreen):
    """The panels of the what-if view, against a starting point (see ``WhatIfScreen``)."""

    def __init__(self) -> None:
        super().__init__()
        self.start_profile: Profile | None = None
        self.start_result: Result | None = None
        self.current: tuple[Profile, Result] | None = None
        #: Variants of the starting point scored so far (shown or scored ahead).
        self._scored: dict[Profile, Result] = {}
        #: Why each variant's dropped pivots went, by pivot id (``whatif_gone``).
        self.gone_why: dict[Profile, dict[str, str]] = {}
        #: The texts last worked out for a variant (see _texts).
        self._last_texts: (
            tuple[tuple[object, ...], Result, Result, tuple[Content, Content, Content, str]] | None
        ) = None
        #: What each result panel shows now (see _update).
        self._drawn: dict[str, tuple[str, tuple[object, ...]]] = {}
        #: The starting profile and the skill senses it points to (see skill_context).
        self._senses: tuple[Profile | None, Context] = (None, frozenset())

    def variant(self, flip: int | None = None) -> Profile | None:
        """The profile the view stands for now, or with ``flip`` switched (override)."""
        raise NotImplementedError

    def known(self, text: str) -> bool:
        """Whether the catalogue knows a skill (taken as known until it loads), in the
        sense the starting profile points to.

        ``resolve``, not ``match``: the "did you mean" suggestions match works out for
        an unknown skill are not shown here."""
        matcher = self.session.matcher
        return matcher is None or matcher.resolve(text, self.skill_context()) is not None

    def skill_context(self) -> Context:
        """The senses of shared skill names the starting profile points to, read as the
        engine reads them (title, duties, skills): a roofer's "flashing" is Roofing on
        the profile form and in the score, and what-if had listed it "(unknown)"."""
        matcher, profile = self.session.matcher, self.start_profile
        if matcher is None or profile is None:
            return frozenset()
        # Read once a starting point: the change line asks on every key typed.
        if self._senses[0] is not profile:
            self._senses = (
                profile,
                matcher.context(profile.role, profile.duties, *profile.skills),
            )
        return self._senses[1]

    def _texts(self, profile: Profile, result: Result) -> tuple[Content, Content, Content, str]:
        """The change line, the comparison, the pivots and what the change does to the
        placement (:func:`placement_note`) for a variant and its result.

        Kept for the last variant drawn ahead (:meth:`_prepare`), so its key does not
        work them out again.
        """
        start_p, start = self.start_profile, self.start_result
        assert start_p is not None and start is not None
        change_width = self.query_one("#whatif-change").content_region.width
        pivots_width = self.query_one("#whatif-pivots").content_region.width
        # The skills listed count: one typed and then listed (Enter) is the same profile
        # but loses its "(unknown)" note on the change line.
        listed = frozenset(skill_keys(self.query_one(SkillToggles).texts))
        # Results by identity: comparing two results field by field costs more than this.
        compare_width = self.query_one("#whatif-compare").content_region.width
        why = self.gone_why.get(profile, {})
        # The reasons pivots went arrive after the result (``WhatIfGoneWhy``). By their
        # words, not id(): a freed answer's address is reused for the next dict, and
        # reasons that came later were taken as drawn ("gone Statisticians", no why).
        widths = (change_width, pivots_width, compare_width)
        reasons = tuple(why.items())
        key: tuple[object, ...] = (profile, id(result), id(start), reasons, widths, listed)
        last = self._last_texts
        if last is not None and last[0] == key and last[1] is result and last[2] is start:
            return last[3]
        before, after = skill_keys(start_p.skills), skill_keys(profile.skills)
        added = [s for s in profile.skills if skill_key(s) not in before]
        removed = [s for s in start_p.skills if skill_key(s) not in after]
        held_pairs: list[tuple[str, str, str]] = []
        if added or removed:
            # A skill already held under another name says so: "+ first aid" beside an
            # unchanged score read as if learning it were worth nothing. So does one
            # the catalogue does not know while it is being typed ("+ qwzx" beside ±0.0
            # said nothing until Enter); once listed, its row in the list says so, and
            # the change line's two rows keep room for the names.
            kept = [s for s in profile.skills if skill_key(s) in before]
            shown = []
            for skill in added:
                held = self.session.held_as(skill, kept, self.skill_context())
                if held:
                    shown.append(f"{skill} {w.already_held_note(held.listed)}")
                    held_pairs.append((skill, *held))
                elif skill_key(skill) in listed or self.known(skill):
                    shown.append(skill)
                else:
                    shown.append(f"{skill} {w.UNKNOWN_SKILL_NOTE}")
            change = change_summary(shown, removed, change_width)
        else:
            change = Content.styled("No changes yet: this is where you started.", "dim")
        pivots = Content("\n").join(pivot_moves(result, start, pivots_width, why))
        placed = placement_note(result, start, len(added), len(removed))
        # Only skills already held: that is why nothing moved, not breadth or size.
        only_held = held_pairs if added and not removed and len(held_pairs) == len(added) else []
        compare = compare_table(result, start, compare_width, bool(added or removed), only_held)
        texts = (change, compare, pivots, placed)
        self._last_texts = (key, result, start, texts)
        return texts

    def _show(self, profile: Profile, result: Result) -> None:
        start_p, start = self.start_profile, self.start_result
        if start_p is None or start is None:
            return
        self.current = (profile, result)
        change, compare, pivots, placed = self._texts(profile, result)
        self._update("#whatif-change", change)
        self._update("#whatif-compare", compare)
        self._show_placed(placed)
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

    def _show_placed(self, placed: str) -> None:
        """Say when the variant places the person in other work; the line is laid out
        only when it comes or goes (the other panels have fixed heights)."""
        line = self.query_one("#whatif-placed", Static)
        if self._drawn.get("#whatif-placed") != (placed, ()):
            self._drawn["#whatif-placed"] = (placed, ())
            line.update(placed)
        line.display = bool(placed)

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
        change, compare, pivots, _ = self._texts(profile, result)
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
        here = self.query_one(SkillToggles).highlighted
        if here is not None:
            self.query_one(SkillToggles).prepare_switch(here)

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
