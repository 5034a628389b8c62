"""Whether a catalogue skill names work near the occupations a person was placed in.

"Related in the catalogue" (``skills.related_skills``) pairs a typed skill the catalogue
does not hold with a catalogue skill that shares a rare word with it, in the kind of work
the person was placed in. A kind of work is broad, and a shared word can carry another
sense in it: a referee's "game management" and Game development (video games) are both
under arts and performance, as are an actor's "stage combat" and Stage management, a
zookeeper's "animal enrichment" and Animal control.

The catalogue skill's own names (its name and aliases: "game dev", "unity", "video
games") say which work it is. Read as job titles against O*NET's 52k titles (the title
channel of ``occupation_match``), they find that work's occupations. The skill is near
the person's work when its best cosine inside the SOC broad group of the occupation the
person was placed in (a referee's 27-2020, umpires and other sports officials) is at
least :data:`NEAR_SHARE` of its best anywhere. A skill whose names read as no title
(best cosine under :data:`READ_AS_TITLE`) says nothing either way and is kept.

Measured on 130 invented people (most far from tech, each typing skills the catalogue
does not hold): of 50 related lines, 8 of 10 in another sense or trade went (Game
development for a referee, a coach and a sports announcer; Film projection for a film
editor; Animal control for a zookeeper; Property management and Property appraisal for a
real estate agent; Sterile processing for a surgical technologist's "sterile field"),
and 1 of 35 right ones (Online course delivery for a nursing instructor's "online
modules"); left: Death investigation for a private investigator, Stage management for
an actor's "stage combat".
The SOC minor group (27-2000) in place of the broad group kept Game development for the
announcer and Film projection for the film editor; a share of 0.6 sits between the
right ones nearest it (0.61, a bookkeeper's securities trades) and the wrong (0.57).
"""

from __future__ import annotations

from collections.abc import Collection, Iterable

import numpy as np

from career_resilience.model.occupation_match import title_channel, title_text
from career_resilience.model.occupation_match_tables import MatchTables
from career_resilience.skills.models import Skill
from career_resilience.skills.titles import normalise_title

#: Share of the skill's best title cosine the person's SOC broad group must reach.
NEAR_SHARE = 0.6
#: Below this best cosine the skill's names read as no job title: no evidence.
READ_AS_TITLE = 0.3


def broad_group(code: str) -> str:
    """The SOC broad occupation group of an O*NET-SOC code: "27-202" for umpires, 27-2023.00."""
    return code[:6]


class SkillWorkNear:
    """Answers :meth:`near` for catalogue skills, each skill's reading remembered."""

    def __init__(self, tables: MatchTables, skills: Iterable[Skill]) -> None:
        self._tables = tables
        self._by_name = {s.name: s for s in skills}
        groups = sorted({broad_group(c) for c in tables.codes})
        self._group_index = {g: i for i, g in enumerate(groups)}
        self._group_of = np.array([self._group_index[broad_group(c)] for c in tables.codes])
        self._read: dict[str, np.ndarray | None] = {}

    def near(self, name: str, codes: Collection[str]) -> bool:
        """Whether the catalogue skill ``name`` names work of the SOC broad group of one
        of ``codes`` (the occupations the person was placed in; none: nothing to judge)."""
        best = self._group_best(name)
        mine = [self._group_index[g] for g in map(broad_group, codes) if g in self._group_index]
        if best is None or not mine:
            return True
        return bool(best[mine].max() >= NEAR_SHARE * best.max())

    def _group_best(self, name: str) -> np.ndarray | None:
        """The skill's best title cosine in each SOC broad group; None when its names
        read as no title (or it is no catalogue skill)."""
        if name in self._read:
            return self._read[name]
        skill = self._by_name.get(name)
        best = None
        if skill is not None:
            names = (title_text(self._tables, normalise_title(n)) for n in (name, *skill.aliases))
            texts = [t for t in names if t]
            cosines = title_channel(self._tables, texts)[0].max(axis=0) if texts else None
            if cosines is not None and cosines.max() >= READ_AS_TITLE:
                best = np.zeros(len(self._group_index), np.float32)
                np.maximum.at(best, self._group_of, cosines)
        self._read[name] = best
        return best
