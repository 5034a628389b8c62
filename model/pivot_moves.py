"""What makes a move a move: rules a career coach applies before weighing a pivot.

- **Not the same job elsewhere.** "Gambling Change Persons and Booth Cashiers" is a
  cashier's job in a casino: the exposure figures of two such entries differ by the
  indices' noise, not by anything the person would gain by moving. Two occupations are
  the same job when their titles have the same head noun (:func:`same_job`). Only
  where demand for it grows (BLS ≥ +3%) and at least 3 points faster than for the
  person's own is it a move: a school bus driver's transit and intercity buses.
- **Not into medical, law or doctoral school.** A nurse is not offered anaesthesiology:
  the way in is years of medical school and residency, not a plan of weeks. Work whose
  typical entry is a doctoral or professional degree (BLS Employment Projections,
  "typical education needed for entry") is offered only to someone already in such work
  (:func:`doctoral`).
- **A lateral move must change something** (:func:`is_a_move`): in
  the same job zone or below, a move is offered only into work that is clearly less
  exposed (by ``wording.MUCH_MORE_EXPOSED`` points) or growing faster than the typical occupation
  (BLS ≥ +3%), never into shrinking
  work, and never into clearly more exposed work unless it still lands in little-exposed
  work. Moving sideways into equally exposed, shrinking work is no move.
"""

from __future__ import annotations

import functools
import re
from typing import Any

import numpy as np

from career_resilience.model.pivot_licences import PHYSICIANS
from career_resilience.skills.word_forms import singular
from career_resilience.wording import MUCH_MORE_EXPOSED

#: SOC codes (prefixes) whose typical entry-level education is a doctoral or
#: professional degree (BLS Employment Projections 2022-32, education by occupation):
#: physicians and surgeons, dentists, chiropractors, optometrists, pharmacists,
#: podiatrists, veterinarians, physical therapists, audiologists, lawyers, judicial law
#: clerks (a law degree: BLS lists a doctoral or professional degree) and judges
#: (administrative law judges and judges; not arbitrators and mediators, 23-1022, whose
#: entry is a bachelor's degree: a mediator had been offered judgeships first, fit 82%),
#: clinical and school psychologists, medical scientists, physicists and astronomers,
#: and postsecondary teachers. Also nurse anesthetists (29-1151): BLS 2022-32 still
#: lists a master's degree, but every accredited programme has admitted only doctoral
#: students since 2022 (Council on Accreditation of Nurse Anesthesia Educational
#: Programs), after a year or more of critical-care nursing: years of full-time study,
#: not a plan a registered nurse can follow beside their work. Naturopathic physicians
#: (29-1299.01): a 4-year Doctor of Naturopathic Medicine. Physicians are
#: ``PHYSICIANS`` (not all of 29-12: dental hygienists' is an associate's degree).
DOCTORAL = (
    *PHYSICIANS, "29-1011", "29-102", "29-1041", "29-1051", "29-1081", "29-1131", "29-1123",
    "29-1181", "23-1011", "23-1012", "23-1021", "23-1023", "19-3033", "19-3034", "19-3039",
    "19-1042", "19-2011", "19-2012", "25-1", "29-1151", "29-1299.01",
)  # fmt: skip
#: Job words too general to say which job a title is ("Sheet Metal Workers" and
#: "Structural Iron and Steel Workers" are different trades): the head is then the
#: last two words. "Therapist" is one: physical, occupational, respiratory and
#: massage therapy are professions of their own, each with its own licence (a
#: physiotherapist's occupational therapy had been left out as the same job elsewhere).
GENERIC_HEADS = frozenset(
    {
        "worker", "operator", "specialist", "technician", "assistant", "clerk", "manager",
        "attendant", "helper", "laborer", "installer", "mechanic", "representative",
        "analyst", "engineer", "officer", "inspector", "supervisor", "aide", "driver",
        "repairer", "setter", "tender", "scientist", "administrator", "coordinator",
        "therapist",
    }
)  # fmt: skip
#: The same job elsewhere is a move only where BLS projects this many points more for it;
#: so is a lateral move out of the person's shrinking work into work neither growing
#: above the typical nor less exposed (:func:`is_a_move`).
MORE_DEMAND = 3.0
#: Out of shrinking work, work shrinking at most this share as fast, ``MORE_DEMAND``
#: points more slowly and by no more than ``MORE_DEMAND`` percent is a move
#: (:func:`is_a_move`): nearly level, where the person's own falls away.
SLOWER = 0.5
#: ... and it raises exposure by fewer points than this (half of
#: ``wording.MUCH_MORE_EXPOSED``: "a little more exposed" at most).
SHRINKING_EXPOSURE = MUCH_MORE_EXPOSED / 2
#: The person's own BLS change from which their work reads "shrinking" (shown whole,
#: halves away from zero: −1.5 shows "−2%", ``model/grounded.SHRINKING_PCT``).
OWN_SHRINKING = -1.5
#: SOC major group 11, Management Occupations.
MANAGER_GROUP = "11-"
_WORD = re.compile(r"[a-z]+")


def doctoral(code: str) -> bool:
    """Whether the way into ``code`` is a doctoral or professional degree."""
    return code.startswith(DOCTORAL)


@functools.lru_cache(maxsize=4096)
def title_head(title: str) -> str:
    """The job a title names: its head noun, singular ("Cooks, Short Order": "cook").

    The head is the last word of the part before a comma when that ends in a plural
    ("Cooks, Short Order"), else of the whole title ("Bookkeeping, Accounting, and
    Auditing Clerks"); a general word takes the word before it ("truck driver"). In a
    job noun "of" what is worked on, it is the job noun ("Cleaners of Vehicles and
    Equipment": cleaner, not equipment; a school custodian's car-wash work had been
    no "same job elsewhere" for it), but for a supervisor "of" the work overseen.
    """
    base = title.split("(")[0]
    job, of, _ = base.split(",")[0].partition(" of ")
    if of and not job.casefold().endswith("supervisors"):
        base = job
    first = _WORD.findall(base.split(",")[0].casefold())
    words = first if first and first[-1].endswith("s") else _WORD.findall(base.casefold())
    if not words:
        return ""
    words = [*words[:-1], singular(words[-1])]
    return " ".join(words[-2:]) if words[-1] in GENERIC_HEADS else words[-1]


def same_job(title: str, other: str) -> bool:
    """Whether two occupation titles name the same job (see the module docstring)."""
    head = title_head(title)
    return bool(head) and head == title_head(other)


def slower(bls: Any, own_bls: Any) -> Any:
    """Whether work BLS projects ``bls`` for shrinks far more slowly than the person's own
    (``own_bls``, itself shrinking): ``MORE_DEMAND`` points more, at most ``SLOWER`` as
    fast and by ``MORE_DEMAND`` percent at most (arrays or numbers). A seamstress's
    upholstery (−2.5% against −15.8%) is; a bank teller's casino cage work (−5.4%
    against −15%) and a projectionist's glass fibre machines are not."""
    return (bls - own_bls >= MORE_DEMAND) & (bls >= SLOWER * own_bls) & (bls >= -MORE_DEMAND)


def is_a_move(
    col: dict[str, np.ndarray],
    flags: dict[str, np.ndarray],
    steps: dict[str, np.ndarray],
    safer: np.ndarray,
    exposure_change: np.ndarray,
    own_bls: np.ndarray | float,
) -> np.ndarray:
    """Whether each related candidate is a move at all (the module docstring).

    A hand-written role and a step up make their own case; a move up a job zone is a
    step in preparation. A lateral move into the same job elsewhere, into shrinking
    work, or into work neither less exposed (``safer``) nor growing is no move; out of
    shrinking work, into work BLS sees MORE_DEMAND points better, is a change (a
    farmer, −5%, had forest and conservation technician work, fit 65% and +0.6%, left
    out for demand under the typical occupation's, and was shown three long shots).
    """
    above = flags["above_typical"]
    into_shrinking = flags["shrinking"]
    own_shrinking = np.asarray(own_bls) <= OWN_SHRINKING
    if own_shrinking.any():
        better = own_shrinking & (col["bls_or_0"] - own_bls >= MORE_DEMAND)
        above = above | better
        # Out of work shrinking fast, nearly level work (``slower``) is a change too: a
        # seamstress (hand sewers, −15.8%) had upholstery (−2.5%), O*NET's close
        # relative of her work, left out as shrinking while etching and mould making were
        # shown; shoe machine work (−11%) stays out.
        # Not at the cost of more than a few points of exposure, unless it still lands in
        # little-exposed work: a cashier (−10%, exposure 60) is not sent to the sales
        # floor (−2.1%, 9 points more exposed) for its outlook alone; a seamstress's
        # upholstery is 20 against her 15.
        calm = (exposure_change < SHRINKING_EXPOSURE) | ~flags["not_low"]
        level = slower(col["bls_or_0"], own_bls) & calm
        into_shrinking = into_shrinking & ~(own_shrinking & level)
    riskier = (exposure_change > MUCH_MORE_EXPOSED) & flags["not_low"]
    sideways = into_shrinking | ~(safer | above) | riskier
    if flags["any_same_job"]:
        # The same job elsewhere is a move only where demand for it grows and yours does
        # not keep up (a school bus driver to transit buses: BLS +5.4% against +1.4%).
        sideways |= col["same_job"] & ~(above & (col["bls_or_0"] - own_bls >= MORE_DEMAND))
    return ~(steps["lateral"] & sideways)
