"""What a person's first scores would otherwise build while they wait, built ahead.

``Engine.prepare_workers`` (the app's loader thread, a batch before it forks its
workers) fills the pivot table, O*NET's listed titles, the "did you mean" index and the
managers' table; :func:`prepare_first_uses` adds the rest a first score builds on first
use: the skills' and duties' vectorizers, the tables of official titles the title rules
read (``title_employment``, ``title_specialty``), and each occupation's licence as the
pivots' licence ladder reads it. The app's first three scores after its loader had
taken 163 ms of CPU, 108-116 ms with the titles' tables and licences built ahead (three
warm scores take ~21 ms); the vectorizers and the duty lines' title words are ~35 ms
more of a first score given skills or duties (docs/measurements.md).
"""

from __future__ import annotations

from career_resilience.model.occupation_match_tables import MatchTables
from career_resilience.model.pivot_licences import licence_of
from career_resilience.model.title_employment import headed_by, named_by, namesakes, narrowed_to
from career_resilience.model.title_specialty import specialty_names


def prepare_first_uses(tables: MatchTables) -> None:
    """Build now the tables a first score builds on first use (each kept by its own
    cache, so a score afterwards finds it): the same tables, built earlier."""
    # The skills' and duties' vectorizers and the duty lines' title words, built when
    # a profile first gives skills or duties (~35 ms).
    tables.tech_features, tables.task_features, tables.duty_words  # noqa: B018
    codes = tables.codes
    for official_titles in (named_by, namesakes, headed_by, narrowed_to, specialty_names):
        official_titles(codes)
    # The pivots' licence ladder reads every occupation's licence when it first looks
    # for a licensed worker's next rung (``pivot_step_slots.StepSlots.rungs``).
    for code in codes:
        licence_of(code)
