"""Where a likeness of work activities is no evidence of how alike a move is to the
person's work, so the move's activities count as unknown and the skills held decide its
fit (``model/pivot_scoring.py`` reads this before the fit).

Two cases, both of O*NET rating work activities per SOC code:

- Placed in a catch-all group ("Health Technologists and Technicians, All Other"),
  the person's work activities are the mix of the specialties O*NET files there (it
  describes no work of the group's own), and the SOC siblings standing in for its
  relatives (``pivot_related.SIBLING_TIER``) are alike to that mix: that says how
  typical of the group a sibling is, not how alike it is to this person's work. A
  dialysis technician's hearing aid dispensing had fit 75% and come first ("shares 71%
  of its work activities") through ophthalmic and neurodiagnostic technologists' tasks,
  a candle maker's cooling and freezing equipment work 77%.
- A move into a specialty of the person's own SOC code shares the code's activities
  with themselves: "shares 100% of its work activities". An engineering manager's
  biofuels development management had come first at fit 91% (+0 resilience), a
  copywriter's creative writing (fit 81%, +0) above public relations (+13) at exposure
  100, a gravedigger's recycling work first. The code's general work (its ".00"
  occupation) keeps its share: a specialty is one kind of that work, so a park
  naturalist's conservation science or a logistics analyst's logistics work is
  evidenced by it.

A step up keeps its share (what it oversees is the person's work), and so does an
occupation whose O*NET titles hold the title the person typed (``pivot_scoring.TITLED``).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:  # the scorer's Person and the table's Frame: only their fields are read
    from career_resilience.model.pivot_frame import Frame
    from career_resilience.model.pivot_scoring import Person
    from career_resilience.model.pivot_table import TargetTable


def no_evidence(
    table: TargetTable,
    frames: list[Frame],
    people: Sequence[Person],
    up: np.ndarray,
    titled: np.ndarray | None,
) -> np.ndarray:
    """Per candidate of ``frames`` (end to end), whether its likeness of work activities
    to the person's is no evidence (the module's two cases), save a step up (``up``) and
    a titled one (``titled``; None: none)."""
    out = _stand_ins(table, frames, people) | _own_codes(table, frames, people)
    if not out.any():
        return out
    out &= ~up
    if titled is not None:
        out &= ~titled
    return out


def _own_codes(table: TargetTable, frames: list[Frame], people: Sequence[Person]) -> np.ndarray:
    """Per candidate, whether it is a specialty of the SOC code of the person's best
    match (not a hand-written role: its anchors say where its work is; kept with the
    frame per code)."""
    parts = []
    for frame, person in zip(frames, people, strict=True):
        top = person.matches[0][0][:7] if person.matches else ""
        found = frame.cache.get(("own_code", top))
        if found is None:
            codes = [table.targets[k].onet_soc for k in frame.slots.tolist()]
            found = np.array([c[:7] == top and c[7:] != ".00" for c in codes], bool)
            found &= ~frame.columns["hand_written"]
            frame.cache[("own_code", top)] = found
        parts.append(found)
    return parts[0] if len(parts) == 1 else np.concatenate(parts)


def _stand_ins(table: TargetTable, frames: list[Frame], people: Sequence[Person]) -> np.ndarray:
    """Per candidate, whether it is a SOC sibling standing in for the relatives of the
    person's best match, a catch-all group O*NET lists none for (``pivot_related``)."""
    parts = []
    for frame, person in zip(frames, people, strict=True):
        out = np.zeros(len(frame.slots), bool)
        top = person.matches[0][0] if person.matches else ""
        if frame.codes and frame.codes[0] == top and not table.related.listed(top):
            related = frame.tiers[:, 0] > -np.inf if len(frame.tiers) else out[:0]
            out[: len(related)] = related
        parts.append(out)
    return parts[0] if len(parts) == 1 else np.concatenate(parts)
