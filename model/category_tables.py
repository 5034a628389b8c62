"""The category classifier and the skill catalogue as arrays: the frame of a result.

Built once per engine (:meth:`CategoryTables.build`) from the artifact's category model
and the knowledge base; ``proba`` gives the calibrated category probabilities of
``(role, skills, duties)`` rows, on numpy alone for a few rows (one profile never
imports scipy) and through the sparse transform for a batch.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np

from career_resilience.model import artifact
from career_resilience.model.category_rows import CategoryRows
from career_resilience.model.fast_features import FastFeaturizer
from career_resilience.skills.models import KnowledgeBase

#: Up to this many rows (one profile) the category model runs on numpy alone
#: (``category_rows``): a single score never imports scipy; batches keep CSR.
FEW_ROWS = 16


@dataclass(frozen=True)
class CategoryTables:
    """The category classifier and the skill catalogue as arrays (the frame of a result)."""

    classes: tuple[str, ...]
    coef_t: np.ndarray  # features x categories, temperature applied
    intercept: np.ndarray
    featurizer: FastFeaturizer
    skill_ids: tuple[str, ...]
    skill_index: dict[str, int]
    skill_cats: np.ndarray  # skills x categories, 0/1
    few: CategoryRows  # the same scores for a few rows, each field's products kept

    @classmethod
    def build(cls, kb: KnowledgeBase, b: dict[str, Any]) -> CategoryTables:
        """Arrange the classifier's weights and the catalogue in the model's class order."""
        classes = tuple(b["categories"])
        if sorted(classes) != sorted(kb.categories):
            raise artifact.ArtifactError("model categories differ from the knowledge base")
        t = float(b["temperature"])
        skill_ids = tuple(kb.skills)
        c_index = {c: i for i, c in enumerate(classes)}
        skill_cats = np.zeros((len(skill_ids), len(classes)), np.float32)
        for i, sid in enumerate(skill_ids):
            skill_cats[i, [c_index[c] for c in kb.skills[sid].categories]] = 1
        coef_t = np.ascontiguousarray((b["coef"] / t).astype(np.float32).T)
        featurizer = FastFeaturizer(b["features"])
        return cls(
            classes=classes,
            coef_t=coef_t,
            intercept=(b["intercept"] / t).astype(np.float32),
            featurizer=featurizer,
            skill_ids=skill_ids,
            skill_index={s: i for i, s in enumerate(skill_ids)},
            skill_cats=skill_cats,
            few=CategoryRows(featurizer, coef_t),
        )

    def proba(self, rows: list[tuple[str, str, str]]) -> np.ndarray:
        """Calibrated category probabilities of ``(role, skills, duties)`` rows."""
        if len(rows) <= FEW_ROWS:  # the same floats without importing scipy.sparse
            logits = self.few.logits(rows) + self.intercept
        else:
            logits = np.asarray(self.featurizer.transform(rows) @ self.coef_t) + self.intercept
        logits -= logits.max(axis=1, keepdims=True)
        p = np.exp(logits)
        return p / p.sum(axis=1, keepdims=True)
