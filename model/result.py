"""The scored result: the records of the one contract (``career_resilience.contract``).

Kept so ``career_resilience.model.result`` imports keep working; the definitions live in
the kernel, where every room can import them.
"""

from __future__ import annotations

from career_resilience.contract import (
    BANDS,
    CategoryProbability,
    ContractError,
    Driver,
    DutyScore,
    Mix,
    OccupationMatch,
    PivotOption,
    PlanItem,
    Result,
    band_for,
    result_problems,
)

__all__ = [
    "BANDS",
    "CategoryProbability",
    "ContractError",
    "Driver",
    "DutyScore",
    "Mix",
    "OccupationMatch",
    "PivotOption",
    "PlanItem",
    "Result",
    "band_for",
    "result_problems",
]
