"""How long one person takes to learn one skill: one estimate, whichever pivot asks it.

A related move's plan gives each missing core skill rough weeks. They had followed the
target (its job zone, and how much of its work was new to the person), so one teacher's
report said "Learn Special education (1 week)" under one pivot and "(3 weeks)" under
another. Learning a skill is the same work whichever job asks for it, so the estimate is
the skill's and the person's:

    weeks = WEEKS_PER_SKILL[zone of the skill] * (1 - closeness), at least 1
    zone of the skill = the median job zone of the O*NET occupations it is a core skill of
    closeness = the cosine of the person's detailed work activities (O*NET's IWAs) with
                those of the closest of those occupations

A skill at the heart of work much like yours (special education, to an elementary
teacher: core to special education teachers, whose detailed work is 93% like theirs) is
learnt in a week or two; the same skill to an accountant takes its zone's full weeks.
Closeness reads the detailed activities alone, not the fit's blend with the general
ones: a tailor and a caster both handle objects and control machines (general cosine
0.98, the blend 0.58), but 18% of their detailed work is alike, and casting is learnt
from that: "Foundry and casting" had been "1 week" to a tailor, it is 2 of its zone's 3.

A performing art's core skill (``skills/gaps.PRACTICE_SKILLS``: acting, dance, music
performance) is the exception: a musician's work is 89% like a dancer's in its
activities, and dance had been "about 4 weeks of learning". Its weeks are the years of
practice its job zone implies (``skills/gaps.PRACTICE_WEEKS``, O*NET's Job Zone
reference), whoever learns it.
"""

from __future__ import annotations

from collections.abc import Iterable

import numpy as np

from career_resilience.model.pivot_evidence import OccupationEvidence
from career_resilience.skills.gaps import skill_weeks

#: Skill estimates kept (person's matched occupations x skill): batches repeat people.
CACHE = 20_000
#: Matched occupations whose work is the person's (as the pivot scorer reads them).
TOP_MATCHES = 3


class SkillWeeks:
    """Weeks per person and skill (see the module docstring); built once per scorer.

    A person's similarity to every occupation is their matches' rows of the detailed
    activities' cosines mixed by probability, over the mix's length. Those rows are
    worked out per matched occupation on first use (one product with every
    occupation's unit row) and kept, so an estimate reads a few numbers, as it did
    from the blended Gram matrix, and no occupations-by-occupations matrix is built.
    """

    def __init__(self, evidence: OccupationEvidence) -> None:
        self._evidence = evidence
        weights = np.asarray(evidence.data.iwa, dtype=np.float64)
        norms = np.linalg.norm(weights, axis=1, keepdims=True)
        self._unit = weights / np.maximum(norms, 1e-9)
        #: Each matched occupation's row: its detailed cosine with every occupation.
        self._cosines: dict[int, np.ndarray] = {}
        #: Per skill: the rows of the occupations it is core to, and its zone; and the
        #: occupations each skill is core to (both on first use).
        self._holders: dict[str, tuple[tuple[int, ...], int | None]] = {}
        self._codes: dict[str, list[str]] | None = None
        self._people: dict[tuple[tuple[str, float], ...], tuple[np.ndarray, float] | None] = {}
        #: Per person (matched occupations), the weeks of each skill asked so far, and
        #: how many estimates all of them hold.
        self._found: dict[tuple[tuple[str, float], ...], dict[str, int]] = {}
        self._kept = 0

    def of(self, sid: str, matches: tuple[tuple[str, float], ...]) -> int:
        """The weeks ``sid`` takes a person matched to ``matches`` (best first)."""
        return self.of_each((sid,), matches)[0][1]

    def of_each(
        self, sids: Iterable[str], matches: tuple[tuple[str, float], ...]
    ) -> tuple[tuple[str, int], ...]:
        """Each of ``sids`` with the weeks it takes a person matched to ``matches``.

        The person is looked up once for all of them (a pivot's plan asks for each of
        its missing skills; keyed by skill and person, every skill had hashed the
        person's matches again).
        """
        mine = matches[:TOP_MATCHES]
        known = self._found.get(mine)
        if known is None:
            if self._kept > CACHE:
                self._found.clear()
                self._kept = 0
            known = self._found[mine] = {}
        out = []
        for sid in sids:
            found = known.get(sid)
            if found is None:
                found = known[sid] = self._estimate(sid, mine)
                self._kept += 1
            out.append((sid, found))
        return tuple(out)

    def _estimate(self, sid: str, mine: tuple[tuple[str, float], ...]) -> int:
        """The weeks ``sid`` takes a person matched to ``mine`` (worked out, not kept)."""
        rows, zone = self._skill(sid)
        person = self._person(mine)
        close = 0.0
        if person is not None and rows:
            # A handful of rows: item look-ups cost less than a numpy gather.
            mixed, norm = person
            close = max(map(mixed.item, rows)) / norm
        return skill_weeks(zone, 1.0 - close, sid)

    def _person(self, mine: tuple[tuple[str, float], ...]) -> tuple[np.ndarray, float] | None:
        """The person's detailed activities against every occupation's, as dot products
        and the mix's length: their quotient is the cosine (None when O*NET has
        activities for none of their matches)."""
        if mine in self._people:
            return self._people[mine]
        pairs = [(self._evidence.row(c), p) for c, p in mine]
        used = [(r, p) for r, p in pairs if r is not None]
        found = None
        if used:
            rows, weights = [r for r, _ in used], np.array([p for _, p in used])
            mixed = weights @ np.array([self._cosines_of(r) for r in rows])
            norm = float(np.sqrt(max(0.0, float(mixed[rows] @ weights))))
            found = (mixed, norm) if norm > 0 else None
        if len(self._people) > CACHE:
            self._people.clear()
        self._people[mine] = found
        return found

    def _cosines_of(self, row: int) -> np.ndarray:
        """One occupation's detailed cosine with every occupation (kept per occupation)."""
        found = self._cosines.get(row)
        if found is None:
            found = self._cosines[row] = self._unit @ self._unit[row]
        return found

    def _skill(self, sid: str) -> tuple[tuple[int, ...], int | None]:
        """The rows of the occupations ``sid`` is core to and their median job zone (each
        skill's on first use: a cold start's first score asks for a handful)."""
        found = self._holders.get(sid)
        if found is None:
            if self._codes is None:
                codes: dict[str, list[str]] = {}
                for code, skills in self._evidence.core.items():
                    for skill in skills:
                        codes.setdefault(skill, []).append(code)
                self._codes = codes
            found = self._holders[sid] = _holders(self._evidence, self._codes.get(sid, []))
        return found


def _holders(evidence: OccupationEvidence, codes: list[str]) -> tuple[tuple[int, ...], int | None]:
    """The activity rows of ``codes`` and their median job zone (None: none known)."""
    rows = {r for r in map(evidence.row, codes) if r is not None}
    occupations = evidence.data.occupations
    zones = sorted(z for c in codes if c in occupations and (z := occupations[c].job_zone))
    zone = None
    if zones:
        half = len(zones) // 2
        zone = zones[half] if len(zones) % 2 else round((zones[half - 1] + zones[half]) / 2)
    return tuple(sorted(rows)), zone
