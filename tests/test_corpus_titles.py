"""Titles the category model learns from the project's own corpus: AI training and data
annotation work, and the trainers of other kinds it must leave where they are."""

from __future__ import annotations

import pytest

from career_resilience.model.profile import Profile


@pytest.mark.parametrize(
    ("role", "before"),
    [
        ("AI trainer", "personal care and services 41%, Animal Trainers 40% first"),
        ("Data annotator", "model evaluation 38%"),
        ("Data labeler", "manufacturing 71%, packaging machine operators 68% first"),
    ],
)
def test_ai_training_and_annotation_titles_are_model_evaluation_work(engine, role, before):
    result = engine.score(Profile.create(role))
    assert result.top_category.id == "model_evaluation", before
    assert result.top_category.probability > 0.8, before
    assert result.occupations[0].onet_soc not in ("39-2011.00", "51-9111.00"), before


@pytest.mark.parametrize(
    ("role", "code"),
    [
        ("Dog trainer", "39-2011.00"),
        ("Horse trainer", "39-2011.00"),
        ("Personal trainer", "39-9031.00"),
        ("Trainer", "39-9031.00"),
        ("Athletic trainer", "29-9091.00"),
        ("Corporate trainer", "13-1151.00"),
    ],
)
def test_other_trainers_stay_where_they_were(engine, role, code):
    assert engine.score(Profile.create(role)).occupations[0].onet_soc == code


def test_mlops_work_is_ai_oversight_and_operations(engine):
    # "MLOps engineer" had read as systems architecture (77%), "MLOps" as construction
    # laborers (skilled trades 58%).
    for role in ("MLOps engineer", "MLOps"):
        assert engine.score(Profile.create(role)).top_category.id == "oversight_ops", role


def test_an_operations_manager_is_a_general_and_operations_manager(engine):
    # O*NET lists "Operations Manager" under general and operations managers (3.5 million),
    # biomass power plant managers and media technical directors; framed as executives,
    # the general managers lost to the biomass plant managers (41%) once the category
    # model read middle-management skills.
    profile = Profile.create("Operations manager", "budgeting; team leadership; vendor management")
    result = engine.score(profile)
    assert result.occupations[0].onet_soc == "11-1021.00"
    assert result.top_category.id == "middle_management"
