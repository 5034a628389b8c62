"""An O*NET specialty is a move only where something says its field is the person's.

O*NET details some occupations into specialties with codes of their own (11-9041.01
Biofuels/Biodiesel Technology and Product Development Managers under 11-9041.00
Architectural and Engineering Managers, 15-1299.07 Blockchain Engineers under 15-1299.00
Computer Occupations, All Other). It rates work activities per SOC code, so a
specialty's activities, and so its fit, are its parent's: the fit cannot tell whether
the person knows the specialty's field. Biofuels development management fit a team lead
63% (through a 7.5% match to biomass power plant managers), blockchain engineering a
data engineer 72%, anesthesiologist assistant work a nurse 67% beside physician
assistant work with the very same figures, investment fund management a volunteer
fundraiser 60%.

So an O*NET relative that is a specialty is offered only when its field is evidenced:

- the person's own work (an occupation they are matched to from ``pivot_shown.MINE``,
  else their best match) is its own SOC code's (a police officer's customs and border
  protection work; a copywriter's creative writing), unless that code is an "All Other"
  group, whose specialties are different jobs filed together (web administration and
  blockchain engineering; music and art therapy);
- or a word of its own (of its title, not its parent's, nor a general job noun such as
  "engineer" or "assistant") is a word of
  their own occupation's title (a musician's music therapy) or of a skill typed
  ("blockchain", "anaesthesia" does not name "anesthesiologist"), five letters alike
  being enough, as a typed title names a specialty (``model/title_specialty.py``);
- or the person holds its first core skill (the one its work is most about) where that
  is not its parent's: an energy auditor's blower-door testing is energy auditing,
  weatherization work's own skill (``named_by_held``).

A step up (the supervisor or inspector SOC files over the person's work,
``model/pivot_steps.py``) makes its own case and is not a relative here; nor is a
hand-written role. One kind of step up is left out the same way: the supervision of one
setting's crew of a general trade (:func:`settings_unheld`). SOC files Aircraft Cargo
Handling Supervisors (53-1041) over hand laborers and material movers (53-7062), who work
in every warehouse, yard, dock and cemetery; the general first-line supervisors of that
work (53-1042) oversee them all. A dock hand's, a lumber yard worker's, a street
sweeper's and a gravedigger's first move had been supervising aircraft cargo handling
(+1 to +4 resilience), "it supervises or inspects work of your kind", with nothing in
what they typed about airports. Such a supervisor is a move only where the person holds
its first core skill, the setting's own work (air cargo: "baggage loading", "ramp
agent", "tug driving" read as it); otherwise the general supervisor is their step.
"""

from __future__ import annotations

import functools
from collections.abc import Collection, Iterable
from typing import TYPE_CHECKING

import numpy as np

from career_resilience.model.pivot_moves import GENERIC_HEADS
from career_resilience.model.title_specialty import STEM, words_of, words_of_listed
from career_resilience.skills.occupations import OccupationData

if TYPE_CHECKING:  # the table keeps these facts
    from career_resilience.model.pivot_table import TargetTable

#: The parent's title words that mark a group of different jobs filed together.
ALL_OTHER = "All Other"
#: Title words that name no field: a job noun beyond ``GENERIC_HEADS`` too (a QA
#: tester's "Testers" had named penetration testing, fit 69%, for a data annotator).
_PLAIN = frozenset({"and", "or", "of", "the", "for", "in", "except", "all", "other", "tester"})
#: Supervisors of one setting's crew of a general trade (SOC code prefixes): SOC files no
#: other such supervisor over a general trade (a bartender's food service supervisors
#: oversee their work in every setting).
SETTING_STEPS = ("53-1041",)


class SpecialtyFacts:
    """Per O*NET code, whether it is a specialty and, if so, its SOC group, whether that
    group is an "All Other" one and the words of its own; each code's worked out once."""

    def __init__(self, data: OccupationData) -> None:
        self._data = data
        self._found: dict[str, tuple[str, bool, frozenset[str]] | None] = {}

    def of(self, code: str) -> tuple[str, bool, frozenset[str]] | None:
        """``code``'s SOC group, whether it is "All Other" and its own words (None: it
        is no specialty, or its parent is not listed)."""
        if code in self._found:
            return self._found[code]
        found = None
        occupations = self._data.occupations
        parent = f"{code[:7]}.00"
        if code != parent and code in occupations and parent in occupations:
            title, theirs = occupations[code].title, occupations[parent].title
            # Its parent's words (or their first letters: "agriculture" of
            # "Agricultural Technicians") and a job noun name no field of its own.
            held = {w[:STEM] for w in words_of_listed(theirs)}
            own = words_of_listed(title.split(", Except")[0]) - _PLAIN - GENERIC_HEADS
            own = frozenset(w for w in own if len(w) > 2 and w[:STEM] not in held)
            found = (code[:7], ALL_OTHER in theirs, own)
        self._found[code] = found
        return found

    def own_groups(self, codes: Iterable[str]) -> frozenset[str]:
        """The SOC groups of ``codes`` whose specialties are their kind of work: all
        but "All Other" groups."""
        occupations = self._data.occupations
        return frozenset(
            code[:7]
            for code in codes
            if ALL_OTHER not in getattr(occupations.get(f"{code[:7]}.00"), "title", "")
        )

    def title_words(self, codes: Iterable[str]) -> frozenset[str]:
        """The words of the official titles of ``codes``."""
        occupations = self._data.occupations
        return frozenset().union(
            *(words_of_listed(occupations[c].title) for c in codes if c in occupations)
        )


def stems_of(words: frozenset[str]) -> frozenset[str]:
    """The first ``STEM`` letters of each word that long (for :func:`names`)."""
    return frozenset(w[:STEM] for w in words if len(w) >= STEM)


def names(own: frozenset[str], words: frozenset[str], stems: frozenset[str]) -> bool:
    """Whether ``words`` (with their :func:`stems_of`, ``stems``) name a specialty by
    one of its ``own`` words, or the same first ``STEM`` letters, as a typed title names
    one (a word that long shares them only with another that long)."""
    return bool(own & words) or any(len(n) >= STEM and n[:STEM] in stems for n in own)


def unnamed_specialties(
    facts: SpecialtyFacts,
    onet_codes: list[str],
    related: np.ndarray,
    codes: tuple[str, ...],
) -> tuple[np.ndarray, tuple[frozenset[str], ...]]:
    """Per candidate (O*NET codes ``onet_codes``; ``related``: an O*NET relative, not a
    step up nor a hand-written role), whether it is a specialty whose field nothing of
    the person's own work (``codes``: their occupations of real weight) evidences, and
    each one's own words (for :func:`named_by_typed`; empty for the others)."""
    out = np.zeros(len(onet_codes), bool)
    own: list[frozenset[str]] = [frozenset()] * len(onet_codes)
    groups = facts.own_groups(codes)
    titles: tuple[frozenset[str], frozenset[str]] | None = None
    for k in np.flatnonzero(related).tolist():
        found = facts.of(onet_codes[k])
        if found is None or found[0] in groups or not found[2]:
            continue
        if titles is None:
            words = facts.title_words(codes)
            titles = (words, stems_of(words))
        if not names(found[2], *titles):
            out[k], own[k] = True, found[2]
    return out, tuple(own)


def named_by_held(
    unnamed: np.ndarray, slots: np.ndarray, table: TargetTable, held: Collection[str]
) -> np.ndarray:
    """``unnamed`` less the specialties (candidate ``slots`` of ``table``) whose first
    core skill the person holds (``held``), where it is not their parent's own."""
    if not held or not unnamed.any():
        return unnamed
    out = unnamed.copy()
    for k in np.flatnonzero(unnamed).tolist():
        slot = int(slots[k])
        core = table.needs[slot].core
        if not core or core[0] not in held:
            continue
        parent = table.slot_of.get(f"{table.targets[slot].onet_soc[:7]}.00")
        if parent is None or core[0] not in table.needs[parent].core:
            out[k] = False
    return out


def named_by_typed(
    unnamed: np.ndarray, own: tuple[frozenset[str], ...], typed: tuple[str, ...]
) -> np.ndarray:
    """``unnamed`` less the specialties a skill the person typed names (``typed``)."""
    if not typed or not unnamed.any():
        return unnamed
    # A job noun typed ("technician" of a title the skills carry) names no field.
    words = words_of(*typed) - GENERIC_HEADS
    stems = stems_of(words)
    out = unnamed.copy()
    for k in np.flatnonzero(unnamed).tolist():
        if names(own[k], words, stems):
            out[k] = False
    return out


@functools.lru_cache(maxsize=4)
def _setting_slots(table: TargetTable) -> np.ndarray:
    """Per slot of ``table``, whether its target supervises one setting's crew."""
    return np.array([t.onet_soc.startswith(SETTING_STEPS) for t in table.targets], bool)


def settings_unheld(table: TargetTable, slots: np.ndarray, held: Collection[str]) -> np.ndarray:
    """Per candidate slot of ``slots``, whether it supervises one setting's crew
    (:data:`SETTING_STEPS`) whose first core skill the person (``held``) does not hold."""
    out = _setting_slots(table)[slots]
    for k in np.flatnonzero(out).tolist():
        core = table.needs[int(slots[k])].core
        out[k] = not core or core[0] not in held
    return out
