"""Shared helpers for the pivot tests: a person placed by hand, scored as the engine would,
and the licence step of a pivot's plan."""

from __future__ import annotations

from career_resilience.contract_pivot import PivotOption, PlanItem
from career_resilience.model.occupation_pivots import PivotAdvice, PivotScorer
from career_resilience.model.pivot_standing import Standing, standing_from
from career_resilience.skills.matching import SkillMatcher
from career_resilience.skills.occupations import occupation_data

#: The project category each test occupation is framed in (as the engine would say).
CATEGORY = {
    "41": "retail_service",
    "47": "skilled_trades",
    "49": "skilled_trades",
    "43": "admin_clerical",
    "15": "basic_coding",
    "29": "nursing_care",
    "31": "nursing_care",
    "27": "arts_performance",
    "25": "education_teaching",
    "21": "social_community",
    "23": "legal",
    "53": "warehouse_material",
    "33": "protective_services",
    "35": "hospitality_food",
    "51": "manufacturing_production",
}


def advise(
    scorer: PivotScorer,
    matcher: SkillMatcher,
    codes: dict[str, float],
    skills: list[str],
    resilience: float = 40.0,
    limit: int = 5,
) -> PivotAdvice:
    """Pivots for a person matched to ``codes`` ({code: probability}) at its published exposure."""
    return scorer.advise(standing(matcher, codes, skills, resilience), limit)


def standing(
    matcher: SkillMatcher,
    codes: dict[str, float],
    skills: list[str],
    resilience: float = 40.0,
    category: str = "",
) -> Standing:
    """A person matched to ``codes`` ({code: probability}) at its published exposure,
    framed in ``category`` (by default :data:`CATEGORY`'s for the code's major group)."""
    data = occupation_data()
    matches = tuple(sorted(codes.items(), key=lambda kv: -kv[1]))
    top = data.occupations[matches[0][0]]
    exposure = top.consensus_pct if top.consensus_pct is not None else 50.0
    cats = {category or CATEGORY[top.onet_soc[:2]]: matches[0][1]}
    return standing_from(matches, [matcher.match(s) for s in skills], exposure, resilience, cats)


def licence_step(pivot: PivotOption) -> PlanItem:
    """The step of ``pivot``'s plan that says its work is a licensed occupation (the
    first; StopIteration when its plan has none, so a test fails there)."""
    return next(step for step in pivot.plan if "licensed occupation" in step.step)
