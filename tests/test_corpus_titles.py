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
