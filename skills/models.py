"""Typed records of the knowledge base, parsed once from the YAML under ``skills/data``.

All records are frozen dataclasses: the knowledge base is loaded once per process
and shared by the model, the CLI and the app, so nothing may mutate it.
"""

from __future__ import annotations

from collections.abc import Set
from dataclasses import dataclass, field
from typing import Any, Literal

AiEffect = Literal["substitute", "augment", "untouched"]
Trend = Literal["growing", "stable", "shrinking"]
DutyExposure = Literal["direct", "with_tools", "none"]
#: ``ai_era``: a role the articles say AI creates or grows; ``occupation``: a move into
#: an existing O*NET occupation with a hand-written plan.
PivotKind = Literal["ai_era", "occupation"]
PIVOT_KINDS: tuple[PivotKind, ...] = ("ai_era", "occupation")

AI_EFFECTS: tuple[AiEffect, ...] = ("substitute", "augment", "untouched")
TRENDS: tuple[Trend, ...] = ("growing", "stable", "shrinking")

#: Eloundou et al.'s rubric: E1 (an LLM alone halves the time) counts 1, E2 (with
#: tools built on an LLM) counts 0.5, E0 counts 0; beta = E1 + 0.5 * E2.
DUTY_EXPOSURE_VALUE: dict[DutyExposure, float] = {"direct": 1.0, "with_tools": 0.5, "none": 0.0}


@dataclass(frozen=True)
class Source:
    """A published work or article that figures and claims are cited from."""

    id: str
    title: str
    authors: str
    year: int
    url: str
    licence: str


@dataclass(frozen=True)
class Citation:
    """A pointer into a source: which work and which figure, table or claim."""

    source: str
    detail: str


@dataclass(frozen=True)
class Outlook:
    """Whether demand for a category's work is growing, and why we think so."""

    trend: Trend
    basis: str
    citation: Citation


@dataclass(frozen=True)
class Category:
    """A family of roles the model places profiles in.

    ``exposure`` is on the 0-100 percentile scale among occupations (50 = a typical
    occupation); ``substitution`` is the share of that exposure that AI tends to take
    over rather than speed up.
    """

    id: str
    label: str
    family: str
    description: str
    exposure: float
    exposure_rationale: str
    exposure_citation: Citation
    substitution: float
    outlook: Outlook
    titles: tuple[str, ...]


@dataclass(frozen=True)
class Skill:
    """One skill of the catalogue, with the names people type for it."""

    id: str
    name: str
    aliases: tuple[str, ...]
    categories: tuple[str, ...]
    ai_effect: AiEffect
    #: Names another skill owns that mean this one when the rest of the profile says
    #: so ("CAD" is drafting, but computer-aided dispatch to a 911 dispatcher).
    senses: tuple[str, ...] = ()
    #: Words or phrases in the title, duties or other skills that say so.
    sense_words: tuple[str, ...] = ()
    #: Skills whoever holds this one holds too (a CDL's holder has learned to drive a
    #: truck): no plan asks them to learn what they have.
    holds: tuple[str, ...] = ()
    #: A product (software or a tool) named as its maker writes it: a sentence keeps its
    #: capitals ("a piece of Kubernetes work"), where other skills read lower case.
    product: bool = False


@dataclass(frozen=True)
class PlanStep:
    """One step of a learning plan. ``any_skill``: the step names alternatives ("a
    specialty skill such as IV therapy or phlebotomy"), so holding one of its skills is
    doing it; otherwise it is done when every one of its skills is held."""

    step: str
    weeks: float
    evidence: str
    skills: tuple[str, ...] = ()
    any_skill: bool = False

    def done_by(self, held: Set[str]) -> bool:
        """Whether someone holding ``held`` has done this step (a step that names no
        skill, "build a portfolio", never is)."""
        if not self.skills:
            return False
        return any(s in held for s in self.skills) if self.any_skill else set(self.skills) <= held


@dataclass(frozen=True)
class Pivot:
    """A role a person can move to, with what it takes to get there."""

    id: str
    label: str
    category: str
    summary: str
    why: str
    adjacent: tuple[str, ...]
    core_skills: tuple[str, ...]
    nice_skills: tuple[str, ...]
    plan: tuple[PlanStep, ...]
    citation: Citation
    kind: PivotKind = "ai_era"
    #: The O*NET-SOC occupations the role is closest to (its figures and work activities).
    anchors: tuple[str, ...] = ()
    #: Written for people coming from other fields (its label and plan say so): a person
    #: already in its own category reads the occupation's own entry instead.
    newcomers_only: bool = False
    #: Who the move suits, said to people from other work after ``why`` ("Retail, cashier
    #: and customer-service experience ... is exactly what the counter needs"); a step up
    #: into the role (a pharmacy aide's) says its own case instead (``model/pivot_texts``).
    suits: str = ""
    #: Its adjacent categories name where its people come from only through its anchors'
    #: kin (an anchor, or an O*NET relative of one either way): a data centre's plant
    #: work is a water plant operator's next step, not every production worker's
    #: (``model/pivot_frame.py``'s ``anchor_kin``).
    from_anchors: bool = False

    @property
    def plan_weeks(self) -> float:
        """Total rough duration of the learning plan."""
        return sum(step.weeks for step in self.plan)


@dataclass(frozen=True)
class Duty:
    """A task sentence in a worker's own words, rated with Eloundou et al.'s rubric."""

    text: str
    exposure: DutyExposure

    @property
    def value(self) -> float:
        """The rating as a number in [0, 1]."""
        return DUTY_EXPOSURE_VALUE[self.exposure]


@dataclass(frozen=True)
class CorpusSection:
    """Labelled training text for one category: titles, skill lists and duties."""

    category: str
    titles: tuple[str, ...]
    skill_lists: tuple[str, ...]
    duties: tuple[Duty, ...]

    @property
    def size(self) -> int:
        """How many labelled examples this section holds."""
        return len(self.titles) + len(self.skill_lists) + len(self.duties)


@dataclass(frozen=True)
class KnowledgeBase:
    """Everything under ``skills/data``, validated and cross-checked.

    ``digest`` is the SHA-256 of the training inputs (see ``loader.training_digest``).
    """

    sources: dict[str, Source]
    categories: dict[str, Category]
    skills: dict[str, Skill]
    pivots: dict[str, Pivot]
    corpus: dict[str, CorpusSection]
    digest: str = field(default="")
    #: ``occupation_categories.yaml`` as parsed (see ``occupation_frame``); empty if absent.
    occupation_frame: dict[str, Any] = field(default_factory=dict)
    #: ``title_abbreviations.yaml`` as parsed (see ``titles``); empty if absent.
    title_words: dict[str, Any] = field(default_factory=dict)
