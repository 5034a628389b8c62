"""The closest O*NET relative of a person's work that the rules left out, and why.

A coach reading a list first asks about the move that is missing: a seamstress's list had
no upholstery, O*NET's close relative of hand sewing, and nothing said why. The note
names that one move when the rules left it out (not the list's length): a relative O*NET
lists in its first tier for the person's best match whose work activities are closer than
most of O*NET's related moves (``WITHHELD_CLOSER``), with the rule's reason in the words
of the short list's note (``model/pivot_left_out.py``, the same rules read the same way).
Reasons a coach needs no word for (the same job elsewhere, a rung below one's own, a
specialty nothing of theirs names, doctoral school) are not said, nor is a relative whose
figures are the person's own (an occupation of the same SOC group): its "shrinking" is
their own work's, no reason to leave it out of a list of moves.
"""

from __future__ import annotations

from typing import NamedTuple

import numpy as np

from career_resilience.model.pivot_left_out import Run, left_out_why
from career_resilience.model.pivot_thresholds import SHOWN_SAME

#: How much closer than O*NET's own related moves a left-out relative's work must be to
#: be named (0.75: closer than three in four of them; upholstery is 0.80 for a hand sewer).
WITHHELD_CLOSER = 0.9
#: The rules' reasons the note says (``left_out_why`` keys), in its words.
SAID = ("shrinking", "more_exposed")
#: A first-tier listing by the best match (``pivot_alike.closeness``: Primary-Short 1 x
#: the best match's own share 1), allowing for the float product.
FIRST_TIER = 1.0 - 1e-9


class Withheld(NamedTuple):
    """The left-out relative (its slot in the target table) and the rule that left it
    out (a key of ``wording.WITHHELD_WHY``)."""

    slot: int
    reason: str


def closest_withheld(run: Run) -> Withheld | None:
    """The closest first-tier relative in the person's run of candidates (``run``) the
    rules left out, and why; None when there is none, it is listed, or its reason goes
    unsaid."""
    col, moves, part, f = run.col, run.moves, run.part, run.f
    close = f.close[part]
    first = (close >= FIRST_TIER) & ~col["hand_written"][part] & ~f.up[part]
    first &= f.known[part] & (f.closer[part] >= WITHHELD_CLOSER) & ~moves.worth[part]
    # Its figures the person's own (the sources publish one SOC group's for all of its
    # occupations): a nanny had read "Childcare Workers ... is not listed: it is
    # shrinking (-2%)", the same -2% as their own work, as if that set it apart.
    own = np.abs(f.change[part]) < SHOWN_SAME
    first &= ~(own & (np.abs(f.exposure_change[part]) < SHOWN_SAME))
    if "reverse" in col:
        first &= ~col["reverse"][part]
    if not first.any():
        return None
    start = part.start or 0
    at = np.flatnonzero(first)
    best = at[np.argmax(f.sims[part][at])]
    if best + start in run.shown:
        return None
    counts = left_out_why(run, np.array([best]))
    reason = next((k for k, n in counts.items() if n), "")
    if reason not in SAID:
        return None
    return Withheld(int(f.slots[best + start]), reason)
