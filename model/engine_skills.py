"""How the engine reads the skills a profile names: typed, in its title, in its duties.

A part of :class:`~career_resilience.model.engine.Engine` (a base class of it): typed
skills as catalogue matches and as the category model's skills field, each read in the
sense the profile's other words point to; the skills a job title names; and those a
profile's duty lines name, line by line through the engine's per-line cache.
"""

from __future__ import annotations

import dataclasses
import functools
import re
from collections.abc import Callable

from career_resilience.model.duty_skills import merged_in_order
from career_resilience.model.examples import skills_field
from career_resilience.model.profile import Profile, duty_lines
from career_resilience.skills.identity import skill_key
from career_resilience.skills.job_nouns import BARE_ROLES, qualified_elsewhere
from career_resilience.skills.matching import SkillMatch, SkillMatcher


class SkillReading:
    """The engine's reading of named skills (its ``matcher`` and per-engine caches)."""

    matcher: SkillMatcher
    match: Callable[..., SkillMatch]
    line_skills: Callable[[str], tuple[SkillMatch, ...]]

    def _duty_skills(self, duties: str) -> tuple[SkillMatch, ...]:
        """The catalogue skills named in ``duties`` (:func:`skills_in_duties`), each line
        read through this engine's per-line cache."""
        return merged_in_order(self.line_skills(line) for line in duty_lines(duties))

    def _title_skills(self, role: str) -> tuple[SkillMatch, ...]:
        """The catalogue skills a job title names, each held firmly (not a loose alias,
        unless the title is that one word: "Chef" cooks).

        The title as a whole first ("School bus driver": bus driving), then any single word
        of it that is itself a skill's name and says more ("5th grade teacher": elementary
        teaching, and "teacher": classroom teaching), so a teacher is never told to learn
        classroom teaching. A bare job noun ("operator", "clerk") names no particular skill.
        No "did you mean" for a title: only a skill found is used.
        """
        found: list[SkillMatch] = []
        if self.matcher.resolve(role, title=True) is not None:
            whole = self.matcher.match(role, title=True)
            word = role.strip().casefold()
            # A one-word title that is a skill's loose alias is that work: "Chef" cooks
            # ("chef" is loose because "head chef", "pastry chef" name other skills),
            # "Admin" does office administration. A bare job noun is not one.
            if whole.loose and word.isalpha() and word not in BARE_ROLES:
                whole = dataclasses.replace(whole, loose=False)
            found.append(whole)
        words = re.findall(r"[\w+#.-]+", role.casefold())
        for at, word in enumerate(words):
            skill = self.matcher.keys.get(skill_key(word))
            if len(word) < 4 or word in BARE_ROLES or skill is None:
                continue
            # "Harbor pilot": the words before a job noun say it is another field's.
            if at and qualified_elsewhere(word, words[:at]):
                continue
            if all(m.skill is None or m.skill.id != skill.id for m in found):
                found.append(self.matcher.match(word))
        return tuple(m for m in found if m.skill is not None and not m.loose)

    def read_skills(self, profiles: list[Profile]) -> tuple[list[list[SkillMatch]], list[str]]:
        """Each profile's typed skills as catalogue matches, and as the category model's
        skills field; a name with two senses ("CAD") read in the one the profile's
        title, duties and other skills point to."""
        matches: list[list[SkillMatch]] = []
        fields: list[str] = []
        for p in profiles:
            context = self.matcher.context(p.role, p.duties, *p.skills)
            matches.append([self.match(s, context) for s in p.skills])
            fields.append(
                skills_field(p.skills, functools.partial(self.matcher.resolve, context=context))
            )
        return matches, fields
