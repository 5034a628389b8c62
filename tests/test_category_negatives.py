"""Ordinary titles O*NET does not list are placed by their work, not an AI-era kind's anchors.

The category model learned "reviewer", "evaluator", "platform" and "model" from the
project's corpus, where they were mostly AI-era titles; an ordinary title O*NET does not
list ("Permit reviewer") then read as AI oversight, and its figures came from that kind
of work's anchor occupations (network administrators, CIS managers). It now also learns
from the O*NET titles a corpus-only model read as AI-era work (``category_negatives``).
"""

from __future__ import annotations

import numpy as np
import pytest

from career_resilience.model.category_negatives import (
    HARD_SHARE,
    hard_negatives,
    onet_title_rows,
)
from career_resilience.model.profile import Profile
from career_resilience.skills.loader import load_knowledge_base

#: Invented people in ordinary work whose title O*NET does not list as typed.
ORDINARY = [
    ("Permit reviewer", ""),
    ("Grant reviewer", "budgets; scoring rubrics"),
    ("Translation reviewer", "proofreading; style guides"),
    ("Platform supervisor (railway)", ""),
    ("Oil platform operator", "drilling; safety checks"),
    ("Show model", "runway; photo shoots"),
    ("Machine monitor", ""),
]
#: Invented AI-era titles the corpus does not hold: they keep their kind of work.
AI_ERA = ["AI safety reviewer", "LLM red teamer", "AI FinOps specialist", "Conversation annotator"]


@pytest.fixture(scope="module")
def kb():
    return load_knowledge_base()


@pytest.mark.parametrize(("role", "skills"), ORDINARY)
def test_an_ordinary_title_is_placed_by_the_occupations_it_matches(engine, kb, role, skills):
    result = engine.score(Profile.create(role, skills))
    anchored = set(kb.occupation_frame["anchors"])
    assert not result.occupations_nearest, role
    assert result.categories[0].id not in anchored, (role, result.categories[0].id)


@pytest.mark.parametrize("role", AI_ERA)
def test_ai_era_titles_keep_their_kind_of_work_and_its_nearest_occupations(engine, kb, role):
    result = engine.score(Profile.create(role))
    assert result.occupations_nearest, role
    assert result.categories[0].id in set(kb.occupation_frame["anchors"]), role


def test_the_rows_are_o_net_titles_with_their_frame_category_never_a_corpus_title(kb):
    rows, labels = onet_title_rows(kb, seed=7)
    by_title = {row[0]: label for row, label in zip(rows, labels, strict=True)}
    assert by_title["Loan Reviewer"] == "finance_accounting"
    assert by_title["Fashion Model"] == "sales_business"
    assert all(skills == duties == "" for _, skills, duties in rows)
    corpus = {t.casefold() for section in kb.corpus.values() for t in section.titles}
    assert not corpus & {title.casefold() for title, _, _ in rows}


def test_titles_the_matcher_holds_out_are_left_out(kb):
    """The matcher calibrates on pseudo-profiles of its held-out titles: the category
    model must not have seen them, or its column would look surer there than it is
    (a title O*NET lists under two occupations, held out of one, stays listed under the
    other in the matcher's tables too, and is calibrated without: ``shared_titles``)."""
    from career_resilience.model.occupation_training import HOLDOUT, split_items
    from career_resilience.skills.occupations import occupation_data

    split = split_items(occupation_data(), {}, HOLDOUT, 7)
    listed = {title for _, title, _ in split.titles}
    held = {t for ts in split.held_titles.values() for t in ts} - listed
    titles = {title for title, _, _ in onet_title_rows(kb, seed=7)[0]}
    assert len(held) > 1000 and not held & titles


class _WordReader:
    """A stand-in vectorizer: one feature, whether the title holds "reviewer"."""

    def transform(self, rows):
        return np.array([[float("reviewer" in r[0].casefold())] for r in rows])


def test_only_titles_the_corpus_model_reads_as_ai_era_work_are_kept(kb):
    classes = sorted(kb.categories)
    coef = np.zeros((len(classes), 1), np.float32)
    coef[classes.index("oversight_ops")] = 10.0  # "reviewer" reads as AI oversight
    rows, labels = hard_negatives(kb, _WordReader(), coef, np.zeros(len(classes)), classes, 7)
    assert rows and all("reviewer" in r[0].casefold() for r in rows)
    assert HARD_SHARE > 0 and "oversight_ops" not in labels
