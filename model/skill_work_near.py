"""Whether a catalogue skill names work near the occupations a person was placed in.

"Related in the catalogue" (``skills.related_skills``) pairs a typed skill the catalogue
does not hold with a catalogue skill that shares a rare word with it, in the kind of work
the person was placed in. A kind of work is broad, and a shared word can carry another
sense in it: a referee's "game management" and Game development (video games) are both
under arts and performance, as are an actor's "stage combat" and Stage management, a
private investigator's "investigations" and Death investigation (a coroner's).

The catalogue skill's own names (its name and aliases: "game dev", "unity", "video
games") say which work it is. Read as job titles against O*NET's 52k titles (the title
channel of ``occupation_match``), they find that work's occupations: the skill is near
the person's work when its best cosine inside the SOC broad group of the first
occupation the result lists (a referee's 27-2020, umpires and other sports officials)
is at least :data:`NEAR_SHARE` of its best anywhere. A skill whose names read as no
title (best cosine under :data:`READ_AS_TITLE`) says nothing either way and is kept.

A broad group can hold the neighbour whose work the shared word names (actors share
27-2010 with producers and directors, whose O*NET titles include stage manager), and
a title holding the word reads close to any title holding it ("investigator"). Most
catalogue skills are also the core skills of a few O*NET occupations (the skills their
titles and technology name, ``model/occupation_skills.json``): Stage management is
lighting and audio-visual technicians' work, Death investigation coroners'. Such a
skill is the person's own work (:attr:`Near.OWN`) when one of those occupations is
listed for them (``wording.listed_occupations``); otherwise it is near only if its
title reading is and one of them shares the first occupation's broad group or is one of
its O*NET related occupations (:attr:`Near.OTHERS`): actors reach lighting technicians
only through the SOC major group. ``skills.related_skills`` names no other occupation's
work beside the person's own under the same word (Private investigation, not Death
investigation, for a private investigator).

Measured on 213 invented people (133 of session 33, 80 fresh; most far from tech, each
typing a skill the catalogue does not hold; 84 candidate lines), against the title
reading alone (51 kept, now 50): gone are Stage management for an actor's "stage
combat", a comedian's "stage banter" and a puppeteer's "stage puppetry", and Death
investigation for a private investigator; gone too is one right line (Pest control for
a beekeeper's "pest checks": no occupation of its work is related to theirs); back are
Film projection for a cinema usher, Private investigation for a loss prevention officer
and Online course delivery for a nursing instructor (their own work; their broad group
had read 0.17-0.39 of the best), and Sterile processing for a surgical tech the result
also lists as a medical equipment preparer. The SOC minor group (27-2000) in place of
the broad group kept Game development for a sports announcer and Film projection for a
film editor; a share of 0.6 sits between the right ones nearest it (0.61, a
bookkeeper's securities trades) and the wrong (0.57).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

import numpy as np

from career_resilience.model.occupation_match import title_channel, title_text
from career_resilience.model.occupation_match_tables import MatchTables
from career_resilience.skills.models import Skill
from career_resilience.skills.related_skills import Near
from career_resilience.skills.titles import normalise_title

#: Share of the skill's best title cosine the person's SOC broad group must reach.
NEAR_SHARE = 0.6
#: Below this best cosine the skill's names read as no job title: no evidence.
READ_AS_TITLE = 0.3
#: O*NET related occupations of a code: ``(related code, tier, rank)`` rows.
Related = Mapping[str, Sequence[tuple[str, str, int]]]


def broad_group(code: str) -> str:
    """The SOC broad occupation group of an O*NET-SOC code: "27-202" for umpires, 27-2023.00."""
    return code[:6]


class SkillWorkNear:
    """Answers :meth:`judge` for catalogue skills, each skill's reading remembered."""

    def __init__(
        self,
        tables: MatchTables,
        skills: Iterable[Skill],
        core: Mapping[str, Iterable[str]] | None = None,
        related: Related | None = None,
    ) -> None:
        """``core``: each occupation's core catalogue skill ids; ``related``: each
        occupation's O*NET related occupations (none: skills are read by names only)."""
        self._tables = tables
        self._by_name = {s.name: s for s in skills}
        name_of = {s.id: s.name for s in self._by_name.values()}
        claims: dict[str, set[str]] = {}
        for code, ids in (core or {}).items():
            for i in ids:
                if i in name_of:
                    claims.setdefault(name_of[i], set()).add(code)
        self._core_of = {name: frozenset(codes) for name, codes in claims.items()}
        self._related = related or {}
        groups = sorted({broad_group(c) for c in tables.codes})
        self._group_index = {g: i for i, g in enumerate(groups)}
        self._group_of = np.array([self._group_index[broad_group(c)] for c in tables.codes])
        self._read: dict[str, np.ndarray | None] = {}

    def near(self, name: str, codes: Sequence[str]) -> bool:
        """Whether the catalogue skill ``name`` names work near the occupations ``codes``
        (:meth:`judge`)."""
        return self.judge(name, codes) is not Near.FAR

    def judge(self, name: str, codes: Sequence[str]) -> Near:
        """How the catalogue skill ``name`` stands to the work of the occupations
        ``codes`` (those the result lists for the person, likeliest first; none:
        nothing to judge, :attr:`Near.UNCLAIMED`)."""
        core = self._core_of.get(name, frozenset())
        if not codes:
            return Near.UNCLAIMED
        if not core.isdisjoint(codes):
            return Near.OWN
        if not self._title_near(name, codes[0]):
            return Near.FAR
        if not core:
            return Near.UNCLAIMED
        return Near.OTHERS if self._core_near(core, codes[0]) else Near.FAR

    def _core_near(self, core: frozenset[str], first: str) -> bool:
        """One of the ``core`` occupations is in ``first``'s broad group or among its
        O*NET related occupations."""
        if broad_group(first) in {broad_group(c) for c in core}:
            return True
        return any(c in core for c, _, _ in self._related.get(first, ()))

    def _title_near(self, name: str, code: str) -> bool:
        """The skill's best title cosine in ``code``'s broad group is at least
        :data:`NEAR_SHARE` of its best anywhere (kept when it reads as no title)."""
        best = self._group_best(name)
        mine = self._group_index.get(broad_group(code))
        if best is None or mine is None:
            return True
        return bool(best[mine] >= NEAR_SHARE * best.max())

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
