"""Gap analysis: what a person still needs for a pivot, and which plan steps they can skip."""

from __future__ import annotations

from collections.abc import Set
from dataclasses import dataclass

from career_resilience.skills.models import KnowledgeBase, Pivot, PlanStep


@dataclass(frozen=True)
class StepStatus:
    """A plan step and whether the person already holds every skill it teaches."""

    step: PlanStep
    done: bool


@dataclass(frozen=True)
class Gap:
    """Skills held and missing for one pivot (core before nice-to-have), and the plan."""

    held: tuple[str, ...]
    missing_core: tuple[str, ...]
    missing_nice: tuple[str, ...]
    plan: tuple[StepStatus, ...]

    @property
    def missing(self) -> tuple[str, ...]:
        """Every missing skill id, core first."""
        return self.missing_core + self.missing_nice

    @property
    def weeks_left(self) -> float:
        """Rough weeks of the plan still to do."""
        return sum(s.step.weeks for s in self.plan if not s.done)


def gap_for(pivot: Pivot, held: Set[str]) -> Gap:
    """Compare a pivot's required skill ids with the ids a person holds."""
    required = pivot.core_skills + pivot.nice_skills
    return Gap(
        held=tuple(s for s in required if s in held),
        missing_core=tuple(s for s in pivot.core_skills if s not in held),
        missing_nice=tuple(s for s in pivot.nice_skills if s not in held),
        # A step with no listed skills (e.g. "build a portfolio") is never assumed done.
        plan=tuple(StepStatus(s, bool(s.skills) and set(s.skills) <= held) for s in pivot.plan),
    )


def skill_names(kb: KnowledgeBase, ids: tuple[str, ...]) -> tuple[str, ...]:
    """Display names of catalogue skill ids."""
    return tuple(kb.skills[s].name for s in ids)
