"""A person's pivots do not depend on who was scored before them.

The pivot table works a target's core skills and products out the first time a
person's candidates include it (``TargetTable.fill``), so which targets are filled
depends on who was scored earlier in the process. Advice must not: here each person is
scored on a fresh scorer after others (in two orders), and compared with a scorer whose
every target was filled up front, as the table was built before it became lazy.
"""

from __future__ import annotations

import numpy as np
import pytest

from career_resilience.model.occupation_pivots import (
    PivotAdvice,
    PivotScorer,
    build_scorer,
)
from career_resilience.model.pivot_products import prepare_typed
from career_resilience.model.pivot_related import related_rows
from career_resilience.model.pivot_standing import Standing, standing_from
from career_resilience.skills.loader import shipped_knowledge_base
from career_resilience.skills.matching import SkillMatcher

#: (matched occupations, skills typed, exposure, resilience, category probabilities).
#: A plumber typing NetSuite is scored before an AP clerk typing it: the skill is first
#: read against the plumber's candidates (none lists NetSuite), and must be read again
#: against the clerk's.
PEOPLE = [
    ({"47-2152.00": 0.96}, ["NetSuite", "soldering"], 16.0, 60.0, {"skilled_trades": 0.99}),
    (
        {"43-3031.00": 0.7, "43-3021.00": 0.1},
        ["accounts payable", "NetSuite", "GAAP", "Excel"],
        84.0,
        25.0,
        {"finance_accounting": 0.5, "admin_clerical": 0.45},
    ),
    ({"41-2011.00": 0.8}, ["POS", "cash handling"], 60.0, 30.0, {"retail_service": 0.9}),
    (
        {"15-1252.00": 0.6, "15-1299.08": 0.2},
        ["Java", "Kubernetes", "AWS"],
        95.0,
        45.0,
        {"software_engineering": 0.7},
    ),
    ({"29-1141.00": 0.9}, ["Epic", "patient assessment"], 53.0, 50.0, {"nursing_care": 0.95}),
    # A step up that leaves out the trades of other work it oversees (childcare, held
    # here, does not count toward a hairdresser's step up): both paths leave them out.
    ({"39-5012.00": 0.99}, ["hairdresser", "childcare"], 22.0, 60.0, {"personal_services": 0.9}),
    # Moves whose licence takes years of school (medical school, a nursing degree then
    # an APRN's): both paths count those years in the fit alike.
    ({"29-1051.00": 0.99}, ["dispensing"], 72.0, 44.0, {"nursing_care": 0.9}),
    # Every move a job zone up: the note says why moves at their level were left out, as
    # worked out by each path from its own arrays.
    ({"25-2021.00": 0.95}, ["lesson planning"], 60.0, 30.0, {"education_teaching": 0.95}),
]


@pytest.fixture(scope="module")
def standings() -> list[Standing]:
    matcher = SkillMatcher(shipped_knowledge_base().skills.values())
    return [
        standing_from(
            tuple(sorted(codes.items(), key=lambda kv: -kv[1])),
            [matcher.match(s) for s in skills],
            exposure,
            resilience,
            cats,
        )
        for codes, skills, exposure, resilience, cats in PEOPLE
    ]


def _scorer() -> PivotScorer:
    return build_scorer(shipped_knowledge_base(), {})


@pytest.fixture(scope="module")
def filled_up_front(standings: list[Standing]) -> list[PivotAdvice]:
    scorer = _scorer()
    scorer.table.complete()
    return scorer.advise_many(standings)


def test_advice_is_the_same_whoever_was_scored_before(standings, filled_up_front):
    for order in (range(len(standings)), reversed(range(len(standings)))):
        scorer = _scorer()
        for i in order:
            assert scorer.advise(standings[i]) == filled_up_front[i], PEOPLE[i][1]


def test_a_skill_read_before_is_read_again_against_new_candidates(standings, filled_up_front):
    scorer = _scorer()
    scorer.advise(standings[0])  # NetSuite read against a plumber's candidates
    clerk = scorer.advise(standings[1])
    assert clerk == filled_up_front[1]
    reasons = [line for p in clerk.pivots for line in p.fit_reasons]
    assert any("NetSuite" in line for line in reasons), reasons


def test_both_paths_say_why_a_teachers_moves_at_their_level_were_left_out(filled_up_front):
    assert "at your job zone or below were left out" in filled_up_front[-1].note


def test_a_frame_fills_only_its_own_candidates(standings):
    scorer = _scorer()
    scorer.advise(standings[2])
    filled = sum(scorer.table.product_len > 0) + sum(scorer.table.core_len > 0)
    scorer.table.complete()
    everything = sum(scorer.table.product_len > 0) + sum(scorer.table.core_len > 0)
    assert 0 < filled < everything / 4


def test_one_person_alone_gets_what_the_batch_gives_also_from_kept_figures(
    standings, filled_up_front
):
    """One score (a batch of one) reads the figures its frame keeps after the first
    person (``model/pivot_one.py``); the first, second and third person standing there
    all get what a batch of them gives."""
    scorer = _scorer()
    scorer.table.complete()
    for _ in range(3):
        scorer._advice.clear()  # score again, not from the advice cache
        for i, standing in enumerate(standings):
            assert scorer.advise(standing) == filled_up_front[i], PEOPLE[i][1]


def test_closer_than_counts_every_related_pair_with_activities_on_both_sides():
    """'closer than N% of O*NET's related moves' ranks against every pair O*NET lists
    whose two occupations both have work activities, each pair once: the pairs the
    table gathers (each code's row looked up once) are the ones a pair-by-pair reading
    of the related lists gives."""
    table = _scorer().table
    ev, data = table._evidence, table._data
    expected = sorted(
        (ev.row(code), ev.row(other))
        for code, rows in data.related.items()
        for other, _, _ in rows
        if ev.row(code) is not None and ev.row(other) is not None
    )
    left, right = related_rows(data, ev.row)
    assert sorted(zip(left.tolist(), right.tolist(), strict=True)) == expected
    assert len(expected) > 10_000
    # A typical related move ranks near the middle, the closest above nine in ten.
    sims = table.gram[left, right]
    assert 0.4 < table.closeness_rank(np.array([np.median(sims)]))[0] < 0.6
    assert table.closeness_rank(np.array([sims.max()]))[0] > 0.9


def test_a_skill_read_while_targets_fill_names_what_the_full_table_names():
    """A typed skill read before more targets were filled is read against the products
    entered since (``TargetTable.products_named_by``): between fills and after, it names
    the products, in name order, that a table filled up front names."""
    lazy, full = _scorer().table, _scorer().table
    full.complete()
    entries = prepare_typed(["Excel", "SAP", "POS", "Epic", "NetSuite", "AutoCAD"])
    step = 97
    for start in range(0, len(lazy.targets), step):
        for slot in range(start, min(start + step, len(lazy.targets))):
            lazy.needs[slot]
        for entry in entries:
            lazy.products_named_by(entry)
    named = [lazy.products_named_by(entry) for entry in entries]
    assert named == [full.products_named_by(entry) for entry in entries]
    assert all(list(n) == sorted(n) for n in named)
    assert sum(len(n) for n in named) > 10
