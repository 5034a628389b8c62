"""A shorthand of several jobs in a title is read as the job the skills and duties fit.

"PA" is a physician assistant in a US clinic and a personal assistant in a UK office;
the abbreviation table reads it one way only, so "PA" with diary management and travel
booking was placed as a physician assistant (99%), and "PA to the CEO" too. The title
table's ``readings`` (``skills.shorthands``) list a shorthand's other jobs. A title typed
alone keeps the table's own reading; with skills or duties, the title is read each way,
and the reading whose occupations (those its title matches best) the skills and duties
read most (their part of the matcher's combiner logit) is the one scored; a tie keeps
the table's. Not the whole logit: the physician assistants' official title is the
reading written out, and that nearness outweighed any skills ("PA" with diary
management: 11.9 against 9.1). The result says which reading was taken
(``wording.shorthand_title``).
"""

from __future__ import annotations

import dataclasses
from typing import Any

import numpy as np

from career_resilience.model.occupation_match import SKILL_COLUMNS, profile_features
from career_resilience.model.occupation_match_tables import MatchTables
from career_resilience.model.profile import Profile
from career_resilience.skills.employers import read_employer
from career_resilience.skills.shorthands import other_readings


def read_shorthands(engine: Any, profiles: list[Profile]) -> list[Profile]:
    """Each profile with a shorthand of several jobs in its title read as the job its
    skills and duties fit best (the same profile object when nothing is read anew)."""
    tables: MatchTables = engine.match_tables
    return [_read(tables, p) for p in profiles]


def read_employers(profiles: list[Profile]) -> list[Profile]:
    """Each profile with a known employer in its title read as its kind of place
    (``skills.employers``: "assistant manager at walmart" is "assistant manager - retail
    store"); the same profile object when its title names none."""
    out = []
    for p in profiles:
        role = read_employer(p.role) if p.role and not p.occupation else p.role
        out.append(p if role == p.role else dataclasses.replace(p, role=role))
    return out


def _read(tables: MatchTables, profile: Profile) -> Profile:
    """:func:`read_shorthands` of one profile."""
    if not profile.role or profile.occupation or not (profile.skills or profile.duties):
        return profile
    others = other_readings(profile.role)
    if not others:
        return profile
    skills = "; ".join(profile.skills)
    weights = tables.weights.astype(np.float32)
    fits = [_fit(tables, weights, role, skills, profile.duties) for role in [profile.role, *others]]
    # Ties keep the table's own reading: the first.
    best = int(np.argmax(fits))
    if best == 0:
        return profile
    return dataclasses.replace(profile, role=others[best - 1])


#: Title cosines this close to a reading's best are its occupations.
TIED = 1e-6


def _fit(tables: MatchTables, weights: np.ndarray, role: str, skills: str, duties: str) -> float:
    """How much the skills and duties read the occupations a reading of the title
    matches best: the most of their part of the combiner's logit among those."""
    f = profile_features(tables, (role, skills, duties))
    best = f[:, 0] >= f[:, 0].max() - TIED
    return float((f[best, SKILL_COLUMNS] @ weights[SKILL_COLUMNS]).max())
