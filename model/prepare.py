"""What a person's first scores would otherwise build while they wait, built ahead.

``Engine.prepare_workers`` (the app's loader thread, a batch before it forks its
workers) fills the pivot table, O*NET's listed titles, the "did you mean" index and the
managers' table; :func:`prepare_first_uses` adds the rest a first score builds on first
use: the tables of official titles the title rules read (``title_employment``,
``title_specialty``), and each occupation's licence as the pivots' licence ladder reads
it. Without them the app's first three scores after its loader took 163 ms of CPU, with
them 108-116 ms (three warm scores take ~21 ms; docs/measurements.md).
"""

from __future__ import annotations

from career_resilience.model.pivot_licences import licence_of
from career_resilience.model.title_employment import headed_by, named_by, namesakes, narrowed_to
from career_resilience.model.title_specialty import specialty_names


def prepare_first_uses(codes: tuple[str, ...]) -> None:
    """Build now the tables a first score builds on first use (each kept by its own
    cache, so a score afterwards finds it): the same tables, built earlier."""
    for official_titles in (named_by, namesakes, headed_by, narrowed_to, specialty_names):
        official_titles(codes)
    # The pivots' licence ladder reads every occupation's licence when it first looks
    # for a licensed worker's next rung (``pivot_step_slots.StepSlots.rungs``).
    for code in codes:
        licence_of(code)
