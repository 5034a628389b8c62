"""O*NET's related occupations of each occupation, as slots of the target table.

O*NET lists up to 20 related occupations per occupation in three tiers (Primary-Short
closest, then Primary-Long, then Supplemental). :class:`RelatedMap` turns each list into
slots with the tier's closeness, on first use. Supervisors and inspectors are left out
of these lists: overseeing someone else's work needs having done it, so the only
supervisor or inspector a person is offered is the one of their own work
(``model/pivot_steps.py``), added by the table as their step up, or, for someone who
oversees already, one of the same SOC broad group (a principal's move to postsecondary
administration is a relative like any other). O*NET gives its "All Other" groups no list;
their SOC siblings stand in (:data:`SIBLING_TIER`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass

import numpy as np

from career_resilience.model.pivot_steps import oversees
from career_resilience.model.pivot_targets import TIER_CLOSENESS
from career_resilience.skills.occupations import OccupationData

#: Tier name of a step up whose O*NET entry lists the person's occupation as related
#: (O*NET's lists run one way: building inspectors list plumbers, not the reverse).
LISTS_YOURS = "lists yours: "
#: Tier name of a step up that neither list names (SOC files it over the person's work).
STEP_TIER = "step up"
#: Tier name of an occupation filed in the same SOC group as one O*NET lists no
#: relatives for (its 27 "All Other" groups: Therapists, All Other), as the least close
#: tier: the SOC files both under one kind of work, and nothing closer is known.
SIBLING_TIER = "same SOC group"
#: Fewest siblings a SOC broad group gives before its minor group stands in (Teachers
#: and Instructors, All Other is alone in its broad group).
FEWEST_SIBLINGS = 2


@dataclass(frozen=True)
class Related:
    """One occupation's O*NET relatives as slots, their tier closeness and tier names."""

    slots: np.ndarray
    closeness: np.ndarray
    tiers: tuple[str, ...]


class RelatedMap(Mapping[str, Related]):
    """Each occupation's relatives as slots (:class:`Related`), built on first use."""

    def __init__(self, slot_of: Mapping[str, int], data: OccupationData) -> None:
        self._slot_of, self._data = slot_of, data
        self._found: dict[str, Related] = {}
        self._listing: dict[str, list[tuple[str, str]]] | None = None

    def __getitem__(self, code: str) -> Related:
        found = self._found.get(code)
        if found is None:
            listed = self._data.related.get(code)
            rows = [
                (rel, tier)
                for rel, tier in (
                    [(rel, tier) for rel, tier, _ in listed] if listed else self._siblings(code)
                )
                if rel in self._slot_of and (not oversees(rel) or _sibling(rel, code))
            ]
            found = self._found[code] = Related(
                np.array([self._slot_of[r] for r, _ in rows], np.int64),
                np.array([TIER_CLOSENESS.get(tier, 0.5) for _, tier in rows]),
                tuple(tier for _, tier in rows),
            )
        return found

    # Every occupation has relatives: O*NET's list, or its SOC siblings (``_siblings``).
    def __contains__(self, code: object) -> bool:
        return code in self._data.occupations

    def __iter__(self) -> Iterator[str]:
        return iter(sorted(self._data.occupations))

    def __len__(self) -> int:
        return len(self._data.occupations)

    def listed(self, code: str) -> bool:
        """Whether O*NET lists relatives of ``code`` (else its SOC siblings stand in)."""
        return bool(self._data.related.get(code))

    def _siblings(self, code: str) -> list[tuple[str, str]]:
        """The stand-in relatives of ``code``, which O*NET lists none for: the other
        occupations of its SOC broad group (its minor group where that has fewer than
        :data:`FEWEST_SIBLINGS`) that have lists of their own (no other "All Other")."""
        related = self._data.related
        for width in (6, 4):
            kin = [
                c for c in self._data.occupations if c[:width] == code[:width] and related.get(c)
            ]
            if len(kin) >= FEWEST_SIBLINGS:
                break
        return [(c, SIBLING_TIER) for c in kin if c != code]

    def listing(self, code: str) -> Related:
        """The occupations whose O*NET lists name ``code`` but that ``code``'s own list
        does not (O*NET's lists run one way: animal scientists list veterinarians, not
        the reverse), as slots with the tier each lists it at (named ``LISTS_YOURS`` +
        tier); supervisors left out as in the forward lists."""
        if self._listing is None:
            listing: dict[str, list[tuple[str, str]]] = {}
            for other, related in self._data.related.items():
                for rel, tier, _ in related:
                    listing.setdefault(rel, []).append((other, tier))
            self._listing = listing
        own = {rel for rel, _, _ in self._data.related.get(code, ())}
        rows = [
            (other, tier)
            for other, tier in self._listing.get(code, ())
            if other in self._slot_of
            and other not in own
            and other != code
            and (not oversees(other) or _sibling(other, code))
        ]
        return Related(
            np.array([self._slot_of[r] for r, _ in rows], np.int64),
            np.array([TIER_CLOSENESS.get(tier, 0.5) for _, tier in rows]),
            tuple(LISTS_YOURS + tier for _, tier in rows),
        )

    def step_tier(self, step: str, code: str) -> tuple[float, str]:
        """Closeness and tier name of ``step`` as the step up of ``code``.

        The tier at which either lists the other, else Supplemental's closeness.
        """
        for a, b, prefix in ((code, step, ""), (step, code, LISTS_YOURS)):
            for rel, tier, _ in self._data.related.get(a, ()):
                if rel == b:
                    return TIER_CLOSENESS.get(tier, 0.5), prefix + tier
        return TIER_CLOSENESS["Supplemental"], STEP_TIER


def _sibling(rel: str, code: str) -> bool:
    """Whether supervisor ``rel`` is the same kind of work as ``code``'s own oversight:
    both oversee others' work and share a SOC broad group (a principal's move to
    postsecondary administration, a retail supervisor's to other sales supervision),
    so the move is a relative like any other, not overseeing work one has not done."""
    return rel[:6] == code[:6] and oversees(code)


def related_rows(
    data: OccupationData, row: Callable[[str], int | None]
) -> tuple[np.ndarray, np.ndarray]:
    """The activity rows (``row``) of both sides of every O*NET related pair (both known).

    Each code's row is looked up once, not once per pair: the first score builds
    these 17k pairs, and per pair they took 8-11 ms of a cold start's CPU (3 ms so).
    """
    rows_of = {c: r for c in data.occupations if (r := row(c)) is not None}
    get = rows_of.get
    left: list[int] = []
    right: list[int] = []
    for code, related in data.related.items():
        a = get(code)
        if a is not None:
            found = [b for b in map(get, [r for r, _, _ in related]) if b is not None]
            left += [a] * len(found)
            right += found
    return np.array(left, np.int64), np.array(right, np.int64)
