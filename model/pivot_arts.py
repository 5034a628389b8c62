"""Moves into a performing art the person does not practise: the work alike, the art not.

A musician's work activities are 89% like a dancer's and 99% like an actor's (rehearse,
perform before an audience, travel to engagements), so a church organist's first pivot
was Dancers at fit 78% (95% typed alone), then Actors at 88%, with "about 2 years in the
plan" of dance said only in the fit's second line. No coach sends an organist to dance:
the art is the work, learnt by years of practice (``skills/gaps.PRACTICE_SKILLS``,
``model/pivot_weeks.py``), and what the activities share is the stage, not the craft.

For such a move (its first core skill is the art) the work activities count for nothing
in the fit, and the skills part alone is left: an organist holds none of a dancer's core
skills, so the fit is 0 and the move is not offered, unless as a labelled long shot to a
highly exposed worker with nowhere else to go. A person practises an art when they hold
its skill or when it is a core skill of their own work (a "Singer" typed alone is placed
in Musicians and Singers: music performance is theirs, so Music Directors and Composers
still fits by its activities).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np

from career_resilience.model.pivot_frame import Frame
from career_resilience.model.pivot_shown import own_work
from career_resilience.model.pivot_table import TargetTable
from career_resilience.skills.gaps import PRACTICE_SKILLS

if TYPE_CHECKING:
    from career_resilience.model.pivot_scoring import Person


def arts_missing(table: TargetTable, person: Person, frame: Frame) -> np.ndarray | None:
    """Per candidate slot of ``frame``, whether its first core skill (the one its work
    is most about) is a performing art the person does not practise (module docstring);
    None where no candidate's is, as for nearly everyone (no array is built).

    Only the first: lighting technicians list acting among three core skills, after
    stage management, and a stagehand's move there is not a move into acting."""
    firsts = [table.needs[j].core[:1] for j in frame.slots.tolist()]
    arts = [bool(first) and first[0] in PRACTICE_SKILLS for first in firsts]
    if not any(arts):
        return None
    practised = set(person.held)
    for code in own_work(person.matches, person.placed_before):
        slot = table.slot_of.get(code)
        if slot is not None:
            practised.update(table.needs[slot].core)
    return np.array(
        [art and first[0] not in practised for art, first in zip(arts, firsts, strict=True)]
    )
