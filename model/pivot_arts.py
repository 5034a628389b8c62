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

Fine art (painting, sculpture, illustration: ``VISUAL_ART``) is an art of years of
practice too, but the crafts come to it by their own hands (a jeweller's, a florist's,
a photographer's craft art): it is treated so only for a person whose own work's core
skill is a performing art (a word of theirs read as one is not enough). A choir
director, band director or composer had been offered Fine Artists (fit 33%, none of
its skills) because creating works and performing share O*NET's activities with
drawing and sculpting.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np

from career_resilience.model.pivot_frame import Frame
from career_resilience.model.pivot_shown import own_work
from career_resilience.model.pivot_table import TargetTable
from career_resilience.skills.gaps import PRACTICE_SKILLS

#: The catalogue's visual art skill (painting, drawing, sculpture, illustration).
VISUAL_ART = "fine_art"

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
    visual = [bool(first) and first[0] == VISUAL_ART for first in firsts]
    if not any(arts) and not any(visual):
        return None
    own: set[str] = set()
    for code in own_work(person.matches, person.placed_before):
        slot = table.slot_of.get(code)
        if slot is not None:
            own.update(table.needs[slot].core)
    practised = own | set(person.held)
    # Fine art is another art only to a performer by their own work's core skill (module
    # docstring), not by a word read as one: a theatre costume designer's "plays" reads
    # as acting, and their craft leads to craft and fine art.
    performer = not own.isdisjoint(PRACTICE_SKILLS)
    arts = [art or (performer and v) for art, v in zip(arts, visual, strict=True)]
    if not any(arts):
        return None
    return np.array(
        [art and first[0] not in practised for art, first in zip(arts, firsts, strict=True)]
    )
