"""The pivots a handful of people see, pinned: a speed-up must not change them.

The people are placed by hand (matched occupations, skills, exposure, resilience and
category probabilities) and scored as one batch through ``advise_batch``, the way the
engine calls it. Every field of every pivot, and the note above the list, is compared
with ``tests/fixtures/pivots_pinned.json``. When the advice changes on purpose, rewrite
the file with ``PIN_PIVOTS=1 pytest tests/test_pivot_pinned.py`` and read the diff.
"""

from __future__ import annotations

import json
import os
from dataclasses import asdict
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from career_resilience.model.occupation_pivots import PivotAdvice, advise_batch, build_scorer
from career_resilience.model.pivot_standing import StandingRows
from career_resilience.skills.loader import shipped_knowledge_base
from career_resilience.skills.matching import SkillMatcher
from career_resilience.skills.occupations import occupation_data

PINNED = Path(__file__).parent / "fixtures" / "pivots_pinned.json"

#: name: (matched occupations, skills typed, exposure, resilience, category probabilities)
PEOPLE: dict[str, tuple[dict[str, float], list[str], float, float, dict[str, float]]] = {
    "dispatcher": (
        {"43-5031.00": 0.8, "33-3051.00": 0.1},
        ["radio dispatch", "CAD software", "call handling"],
        90.0,
        35.0,
        {"protective_services": 0.6, "admin_clerical": 0.3},
    ),
    "plumber": (
        {"47-2152.00": 0.96, "47-3015.00": 0.04},
        ["pipefitting", "blueprint reading", "soldering"],
        16.0,
        73.0,
        {"skilled_trades": 0.99},
    ),
    "cashier": (
        {"41-2011.00": 0.8},
        ["cash handling", "customer service", "inventory"],
        60.0,
        30.0,
        {"retail_service": 0.9},
    ),
    "nurse": (
        {"29-1141.00": 0.9},
        ["patient assessment", "Epic", "medication administration"],
        53.0,
        62.0,
        {"nursing_care": 0.95},
    ),
    "staff engineer": (
        {"15-1252.00": 0.6, "15-1299.08": 0.2},
        ["Java", "Kubernetes", "AWS", "system design"],
        95.0,
        45.0,
        {"software_engineering": 0.7, "systems_architecture": 0.2},
    ),
    "ap clerk": (
        {"43-3031.00": 0.7, "43-3021.00": 0.1},
        ["accounts payable", "NetSuite", "GAAP", "Excel"],
        84.0,
        25.0,
        {"finance_accounting": 0.5, "admin_clerical": 0.45},
    ),
    "teacher": (
        {"25-2021.00": 0.7},
        ["lesson planning", "classroom management"],
        61.0,
        55.0,
        {"education_teaching": 0.9},
    ),
    "unsure": ({"43-3031.00": 0.25, "43-3011.00": 0.2}, ["Excel"], 80.0, 30.0, {}),
    "gibberish": ({"27-1011.00": 0.04}, [], 50.0, 40.0, {}),
}


def _advice() -> dict[str, Any]:
    kb = shipped_knowledge_base()
    matcher = SkillMatcher(kb.skills.values())
    codes = sorted(occupation_data().occupations)
    classes = list(kb.categories)
    n = len(PEOPLE)
    occ = np.zeros((n, len(codes)))
    cats = np.zeros((n, len(classes)))
    for i, (matches, _, _, _, proba) in enumerate(PEOPLE.values()):
        for code, p in matches.items():
            occ[i, codes.index(code)] = p
        for category, p in proba.items():
            cats[i, classes.index(category)] = p
    skills = [[matcher.match(s) for s in person[1]] for person in PEOPLE.values()]
    rows = StandingRows(
        occ,
        codes,
        skills,
        np.array([person[2] for person in PEOPLE.values()]),
        np.array([person[3] for person in PEOPLE.values()]),
        cats,
        classes,
    )
    advice = advise_batch(build_scorer(kb, {}), rows, 5)
    return {name: _plain(a) for name, a in zip(PEOPLE, advice, strict=True)}


def _rounded(value: Any) -> Any:
    """Numbers rounded past what any screen shows (float32 cosines differ in the 7th digit)."""
    if isinstance(value, float):
        return round(value, 4)
    if isinstance(value, dict):
        return {k: _rounded(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_rounded(v) for v in value]
    return value


def _plain(advice: PivotAdvice) -> dict[str, Any]:
    """The advice as JSON-ready data."""
    return {"note": advice.note, "pivots": [_rounded(asdict(p)) for p in advice.pivots]}


@pytest.fixture(scope="module")
def advice() -> dict[str, Any]:
    found = _advice()
    if os.environ.get("PIN_PIVOTS"):
        PINNED.write_text(json.dumps(found, indent=1, ensure_ascii=False) + "\n", "utf-8")
    return found


@pytest.mark.parametrize("name", list(PEOPLE))
def test_pivots_are_what_they_were_pinned_to(advice, name):
    pinned = _rounded(json.loads(PINNED.read_text(encoding="utf-8"))[name])
    got = advice[name]
    assert [p["label"] for p in got["pivots"]] == [p["label"] for p in pinned["pivots"]]
    assert got == pinned
