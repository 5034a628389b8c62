"""The result contract: typed, frozen records with ``to_dict`` and ``from_dict``.

One definition of what a scored result holds, shared by every room: the engine builds
these records, the CLI prints ``to_dict()`` as JSON (documented in the README), the coach
records store it, and reports and the app read saved sessions back with
:meth:`Result.from_dict`. ``from_dict`` is tolerant of results saved by older versions
(v1/v2 sessions have no ``occupations``, ``evidence`` or ``interval_level``: they read as
empty) and strict about what every version had; :func:`result_problems` says what is
wrong with a dict, in words, before anything is saved.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from career_resilience.contract_pivot import (
    PIVOT_WORDS,
    PivotOption,
    PlanItem,
    fixed,
    pivot_dict,
    pivot_saved,
    rounded,
)

__all__ = [
    "BANDS",
    "INDEX_KEYS",
    "PIVOT_WORDS",
    "CategoryProbability",
    "ContractError",
    "Driver",
    "DutyScore",
    "Mix",
    "OccupationMatch",
    "PivotOption",
    "PlanItem",
    "ResilienceParts",
    "Result",
    "band_for",
    "kinds_placed_in",
    "result_problems",
]

BANDS = ((20, "very low"), (40, "low"), (60, "moderate"), (80, "high"), (101, "very high"))
#: The four published indices a matched occupation carries.
INDEX_KEYS = ("gpt4_beta", "human_beta", "msft_applicability", "lm_aioe")


class ContractError(ValueError):
    """A result dict does not follow the contract; ``problems`` lists every issue."""

    def __init__(self, problems: list[str]) -> None:
        self.problems = problems
        super().__init__("; ".join(problems))


def band_for(exposure: float) -> str:
    """The band word for an exposure score as it is shown (colour is never the only
    carrier).

    Banded on the whole number people read: on the raw score a 59.6 was "60 moderate"
    beside another session's "60 high" in a coach's client record.
    """
    # Imported here: the wording package imports this module.
    from career_resilience.wording.numbers import whole

    shown = whole(exposure)
    return next(label for limit, label in BANDS if shown < limit)


@dataclass(frozen=True)
class CategoryProbability:
    """How likely the profile belongs to one role category."""

    id: str
    label: str
    probability: float


@dataclass(frozen=True)
class OccupationMatch:
    """One O*NET occupation the profile may be, with its published figures.

    ``indices`` holds GPT-4 beta and human beta (Eloundou et al. 2024), Microsoft AI
    applicability (Tomlinson et al. 2025) and LM-AIOE (Felten, Raj, Seamans 2023); a
    value is None where the source does not cover the occupation.
    """

    onet_soc: str
    title: str
    probability: float
    consensus_pct: float
    indices: dict[str, float | None]
    bls_change_pct: float | None
    category: str = ""


def kinds_placed_in(
    categories: tuple[CategoryProbability, ...], occupations: tuple[OccupationMatch, ...]
) -> frozenset[str]:
    """The kinds of work (category ids) a person was placed in: the top category and
    the matched occupations' categories. A "did you mean" suggestion sharing none of
    them is from another trade (``SkillMatcher.fit_the_work``)."""
    return frozenset({c.id for c in categories[:1]} | {o.category for o in occupations})


@dataclass(frozen=True)
class Driver:
    """A feature that pushes exposure up (positive) or down, in score points."""

    feature: str
    effect: float


@dataclass(frozen=True)
class DutyScore:
    """One line of "what I do all day" as the duty model rates it.

    ``rating`` is the line's value on Eloundou et al.'s rubric (E0 = 0, E2 = 0.5,
    E1 = 1, expected under the model), ``exposure`` the same on the 0-100 scale,
    ``automation`` the expected automation level (T0-T4 as 0-4) and ``kind`` what AI
    does to it: "substitute", "augment" or "untouched". A line the model cannot read
    has ``readable`` False, kind "unreadable" and no numbers (None), never a default.
    ``share`` is the line's part of the exposure of all readable lines (0 unreadable).
    Results saved before the duty model have only text, exposure and share.
    """

    text: str
    exposure: float | None
    share: float
    rating: float | None = None
    automation: float | None = None
    kind: str = ""
    readable: bool = True


@dataclass(frozen=True)
class Mix:
    """Shares of the work AI tends to substitute, augment, or leave alone (sum to 1)."""

    substitute: float
    augment: float
    untouched: float


@dataclass(frozen=True)
class ResilienceParts:
    """Resilience's three terms in points; they add up to the result's resilience.

    ``risk``: for how little of the work AI could take (0-40: 40 at exposure 0, fewer
    the more of the exposed work AI could do alone); ``outlook``: for the demand outlook
    (0-35); ``breadth``: for how many kinds of work the skills span (0-25), and
    ``skill_kinds`` that number. ``model/formulas.py`` says how each is worked out.
    """

    risk: float
    outlook: float
    breadth: float
    skill_kinds: int

    def saved(self) -> ResilienceParts:
        """The points at the two decimals a saved result keeps (the drivers' effects'
        precision: at one, a part the change did not move could read 7.6 -> 7.5)."""
        return replace(
            self,
            risk=fixed(self.risk, 2),
            outlook=fixed(self.outlook, 2),
            breadth=fixed(self.breadth, 2),
        )

    def to_dict(self) -> dict[str, Any]:
        """The JSON form, at the decimals saved."""
        saved = self.saved()
        return {
            "risk": saved.risk,
            "outlook": saved.outlook,
            "breadth": saved.breadth,
            "skill_kinds": self.skill_kinds,
        }


@dataclass(frozen=True)
class Result:
    """Everything the engine says about one profile."""

    exposure: float
    band: str
    interval: tuple[float, float]
    resilience: float
    outlook: str
    categories: tuple[CategoryProbability, ...]
    pivots: tuple[PivotOption, ...]
    drivers: tuple[Driver, ...]
    duties: tuple[DutyScore, ...]
    mix: Mix
    unrecognised_skills: tuple[str, ...]
    suggestions: dict[str, tuple[str, ...]]
    recognised_skills: tuple[str, ...]
    model_version: str
    category_chosen: bool = False
    #: Said above the pivots when the list needs it: unsure placement, already resilient.
    pivot_note: str = ""
    occupations: tuple[OccupationMatch, ...] = ()
    interval_level: float | None = None
    evidence: tuple[str, ...] = ()
    #: The outlook in words with its figure and source ("BLS projects -8% for ...").
    outlook_basis: str = ""
    occupation_chosen: bool = False
    #: The BLS 2022-32 change (%) the outlook line states, so the map's "you" point shows
    #: the same figure (None: the line states none: no projection for the occupation, or
    #: an AI-era category's cited trend).
    outlook_change_pct: float | None = None
    #: The part of ``mix`` taken from the person's readable duty lines (0-1; the rest
    #: from the matched occupations' labelled O*NET tasks). None: saved before the mix
    #: blended the two, when any readable line made all of it.
    mix_from_duties: float | None = None
    #: The ``occupations`` are the nearest O*NET occupations of AI-era work O*NET has no
    #: occupation for (its figures come mostly from them: AI-era share q >= 0.5), not
    #: guesses at the person's occupation. False for results saved before it existed.
    occupations_nearest: bool = False
    #: Why the typed title was not read, when it says the person's situation, not their
    #: work ("Unemployed"): skills and duties placed them. Empty for every other result.
    title_note: str = ""
    #: Resilience's terms in points (None: saved before they were part of the result).
    resilience_parts: ResilienceParts | None = None

    @property
    def top_category(self) -> CategoryProbability:
        """The category the profile was placed in."""
        return self.categories[0]

    @property
    def kinds_of_work(self) -> frozenset[str]:
        """The kinds of work (category ids) the person was placed in
        (:func:`kinds_placed_in`): what the "did you mean" suggestions must share."""
        return kinds_placed_in(self.categories, self.occupations)

    @classmethod
    def from_dict(cls, data: object) -> Result:
        """Read a result back from :meth:`to_dict` output (or an older version's).

        Fields added after v2 (``occupations``, ``evidence``, ``interval_level``, ...)
        default to empty; a missing or mistyped field every version had raises
        :class:`ContractError` listing all problems.
        """
        from career_resilience.contract_read import read_result

        result, problems = read_result(data)
        if result is None:
            raise ContractError(problems)
        return result

    def as_saved(self) -> Result:
        """This result with every figure at the decimals :meth:`to_dict` keeps.

        What a saved copy reads back as, every other field kept (a pivot's summary is
        not saved). Show this, not the engine's own result: the command line and the app
        printed the engine's 4.148 as "4.1" where the report, reading the saved 4.15,
        printed "4.2" (and "74%" beside "75%"), in 41 of 300 varied profiles.
        """
        return replace(
            self,
            exposure=fixed(self.exposure, 1),
            interval=(fixed(self.interval[0], 1), fixed(self.interval[1], 1)),
            interval_level=None if self.interval_level is None else self.interval_level + 0.0,
            resilience=fixed(self.resilience, 1),
            outlook_change_pct=rounded(self.outlook_change_pct, 1),
            occupations=tuple(
                replace(
                    o,
                    probability=fixed(o.probability, 4),
                    consensus_pct=fixed(o.consensus_pct, 1),
                    indices={k: rounded(v, 4) for k, v in o.indices.items()},
                    bls_change_pct=rounded(o.bls_change_pct, 1),
                )
                for o in self.occupations
            ),
            categories=tuple(
                replace(c, probability=fixed(c.probability, 4)) for c in self.categories
            ),
            pivots=tuple(pivot_saved(p) for p in self.pivots),
            drivers=tuple(replace(d, effect=_effect(d.effect)) for d in self.drivers),
            duties=tuple(
                replace(
                    d,
                    exposure=rounded(d.exposure, 1),
                    share=fixed(d.share, 3),
                    rating=rounded(d.rating, 3),
                    automation=rounded(d.automation, 2),
                )
                for d in self.duties
            ),
            mix=Mix(
                fixed(self.mix.substitute, 3),
                fixed(self.mix.augment, 3),
                fixed(self.mix.untouched, 3),
            ),
            mix_from_duties=rounded(self.mix_from_duties, 3),
            resilience_parts=None
            if self.resilience_parts is None
            else self.resilience_parts.saved(),
        )

    def to_dict(self) -> dict[str, Any]:
        """The public JSON contract."""
        return {
            "exposure": fixed(self.exposure, 1),
            "band": self.band,
            "interval": [fixed(self.interval[0], 1), fixed(self.interval[1], 1)],
            "resilience": fixed(self.resilience, 1),
            "resilience_parts": None
            if self.resilience_parts is None
            else self.resilience_parts.to_dict(),
            "outlook": self.outlook,
            "outlook_basis": self.outlook_basis,
            "outlook_change_pct": None
            if self.outlook_change_pct is None
            else fixed(self.outlook_change_pct, 1),
            # Passed through unrounded (a model setting, not a figure); + 0.0 keeps
            # the contract's promise that no float reads -0.0 (see fixed()).
            "interval_level": None if self.interval_level is None else self.interval_level + 0.0,
            "occupations": [_occupation_dict(o) for o in self.occupations],
            "evidence": list(self.evidence),
            "categories": [
                {"id": c.id, "label": c.label, "probability": fixed(c.probability, 4)}
                for c in self.categories
            ],
            "pivots": [pivot_dict(p) for p in self.pivots],
            "drivers": [{"feature": d.feature, "effect": _effect(d.effect)} for d in self.drivers],
            "duties": [_duty_dict(d) for d in self.duties],
            "mix": {
                "substitute": fixed(self.mix.substitute, 3),
                "augment": fixed(self.mix.augment, 3),
                "untouched": fixed(self.mix.untouched, 3),
            },
            "mix_from_duties": None
            if self.mix_from_duties is None
            else fixed(self.mix_from_duties, 3),
            "unrecognised_skills": list(self.unrecognised_skills),
            "suggestions": {k: list(v) for k, v in self.suggestions.items()},
            "model_version": self.model_version,
            "pivot_note": self.pivot_note,
            "recognised_skills": list(self.recognised_skills),
            "category_chosen": self.category_chosen,
            "occupation_chosen": self.occupation_chosen,
            "occupations_nearest": self.occupations_nearest,
            # Only when there is one: every other result's JSON stays as it was.
            **({"title_note": self.title_note} if self.title_note else {}),
        }


def _duty_dict(d: DutyScore) -> dict[str, Any]:
    return {
        "text": d.text,
        "exposure": rounded(d.exposure, 1),
        "share": fixed(d.share, 3),
        "rating": rounded(d.rating, 3),
        "automation": rounded(d.automation, 2),
        "kind": d.kind,
        "readable": d.readable,
    }


def _occupation_dict(o: OccupationMatch) -> dict[str, Any]:
    return {
        "onet_soc": o.onet_soc,
        "title": o.title,
        "probability": fixed(o.probability, 4),
        "consensus_pct": fixed(o.consensus_pct, 1),
        "indices": {k: None if v is None else fixed(v, 4) for k, v in o.indices.items()},
        "bls_change_pct": rounded(o.bls_change_pct, 1),
        "category": o.category,
    }


def result_problems(data: object) -> list[str]:
    """Every way ``data`` differs from the contract (empty when it is a valid result)."""
    from career_resilience.contract_read import read_result

    return read_result(data)[1]


def _effect(value: float) -> float:
    """A driver's effect at the two decimals shown; a tiny negative one is 0.0, not -0.0
    (which a CPU's own summation order made of one driver: "-0.0" in the JSON)."""
    return fixed(value, 2)
