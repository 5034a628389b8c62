"""Titles that say the person's situation, not their work ("Unemployed", "Intern").

O*NET lists such words among its titles for particular work ("Unemployment Claims
Interviewer", a medical "Intern"), so read as a title they placed people in it:
"Unemployed" with forklift and inventory skills had been placed as eligibility
interviewers (4%) and chief executives, "Intern" with Excel as physicians (48%), "Stay
at home mom" as shoe machine operators. Such a title is read as no title: the person's
skills and duties place them, and the result says so. The words are the title table's
``situations`` (``skills/data/title_abbreviations.yaml``, ``skills.situations``).
"""

from __future__ import annotations

import dataclasses

import numpy as np

from career_resilience import wording
from career_resilience.model.occupation_match import title_channel, work_texts
from career_resilience.model.occupation_match_tables import MatchTables
from career_resilience.model.profile import Profile
from career_resilience.model.result import Result
from career_resilience.model.skill_work import named_titles
from career_resilience.skills.armed_forces import names_armed_forces
from career_resilience.skills.occupations import occupation_codes
from career_resilience.skills.situations import situation_only


def read_title(profile: Profile) -> Profile:
    """The profile as the model reads it: without a title that says only the person's
    situation (one with a chosen occupation is not read anyway, and stays as it is).

    A skill that names a kind of work ("gardening", ``skill_work``) then stands for the
    title (``work_for_title``: :func:`read_work` fills the title channel with it), and
    the match is read at a temperature of its own (``temperature_of``), fit on
    pseudo-profiles whose skills name work: at the title-less one, fit on skills that
    name tools, "Retired" with gardening had its gardener listers at 0%; at the titled
    one, "Student" with statistics was a statistician at 100%."""
    if profile.role and not profile.occupation and situation_only(profile.role):
        codes = tuple(occupation_codes())
        named = any(named_titles(codes, skill) for skill in profile.skills)
        return dataclasses.replace(profile, role="", title_unread=True, work_for_title=named)
    return profile


def untitled(profile: Profile) -> bool:
    """Whether the profile is matched with no title at all (its temperature is the
    title-less one, ``MatchTables.temperature_for``)."""
    return profile.title_unread and not profile.work_for_title


def read_work(tables: MatchTables, profiles: list[Profile], feats: np.ndarray) -> None:
    """The title channel of each profile whose title the work its skills name stands for
    (``work_for_title``), filled with those titles as a typed title's is, each
    occupation keeping its best (``occupation_match.work_texts``); ``feats`` (profiles,
    occupations, F), changed in place. Only those: a profile typed without a title is
    refused, and the drivers' coalitions that leave a title out read none."""
    for i, p in enumerate(profiles):
        if p.work_for_title:
            best, official = title_channel(tables, work_texts(tables, "; ".join(p.skills)))
            feats[i, :, 0] = best.max(axis=0)
            feats[i, :, 1] = official.max(axis=0)
            feats[i, :, 2] = feats[i, :, 0] ** 2


def logits_of(
    tables: MatchTables, profiles: list[Profile], feats: np.ndarray, weights: np.ndarray
) -> np.ndarray:
    """The combiner's logits over the temperature, (profiles, occupations): a profile
    matched with no title (:func:`untitled`) over its own temperature
    (``MatchTables.temperature_for``), every other as before, to the same floats."""
    z = (feats @ weights) / tables.temperature
    for i, p in enumerate(profiles):
        own = temperature_of(tables, p)
        if own != tables.temperature:
            z[i] = (feats[i] @ weights) / own
    return z


def temperature_of(tables: MatchTables, profile: Profile) -> float:
    """The temperature the profile's match is read at (``MatchTables.temperature_for``):
    the title-less one with no title read, the skills-as-title one where a skill names
    the work in a situation title's place, else the combiner's."""
    return tables.temperature_for(untitled(profile), profile.work_for_title)


def with_situation_notes(
    results: list[Result], typed: list[Profile], read: list[Profile]
) -> list[Result]:
    """Each result of a profile whose title was not read, or read otherwise (``read``
    differs from ``typed``), with the sentence that says why as its ``title_note``; and
    of a title of armed service (``skills.armed_forces``), that it was placed in the
    nearest civilian work."""
    return [
        r if t is q and not names_armed_forces(t.role) else _noted(r, t, q)
        for r, t, q in zip(results, typed, read, strict=True)
    ]


def _noted(result: Result, typed: Profile, read: Profile) -> Result:
    """The result with the note on its title: why it was read otherwise, else that a
    title of armed service was placed in civilian work (O*NET and BLS publish no
    military occupation)."""
    if typed is not read:
        return dataclasses.replace(result, title_note=_note(typed, read))
    return dataclasses.replace(result, title_note=wording.armed_forces_title(typed.role))


def _note(typed: Profile, read: Profile) -> str:
    """Why the title typed was read otherwise: it said a situation, or a shorthand of
    several jobs was read as the one the skills and duties fit (``title_shorthand``)."""
    if read.title_unread or read.role == typed.role:
        return wording.situation_title(typed.role)
    return wording.shorthand_title(typed.role, read.role)
