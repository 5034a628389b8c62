"""Train the duty model for the engine, and what the engine needs around it.

Everything here is fit on O*NET data (the training-only task labels and the published
occupation figures), never on evaluation files:

- the duty model itself (``DutyModel``) on all task labels;
- fold models from grouped cross-validation (occupations held out whole), so that
  duty lines written for an occupation can be rated by a model that never saw its tasks
  (the error model and the interval are calibrated on such ratings);
- the map from a person's mean duty rating to the percentile scale of the occupation
  figures: isotonic, from held-out occupations' mean task ratings to their published
  consensus percentile;
- each occupation's substitute / augment / untouched shares from its tasks' own labels
  (E0 untouched; E1 with T3+ substitute; else augment): numbers only, no sentence.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from career_resilience.model.duty_data import TaskLabels, read_task_labels
from career_resilience.model.duty_eval import label_kind
from career_resilience.model.duty_model import E_VALUE, KINDS, DutyModel

#: Folds of the grouped cross-validation behind the map and the fold models: three keep
#: training inside its time budget, and each still holds out about 300 occupations.
FOLDS = 3
#: Labels for the project's own corpus duty lines (tests' small models): the corpus
#: says E1 "direct", E2 "with_tools", E0 "none"; the automation level is set to the
#: level the task labels most often pair with that E label.
_CORPUS_LABELS = {"direct": ("E1", "T3"), "with_tools": ("E2", "T2"), "none": ("E0", "T0")}


@dataclass
class DutyFit:
    """The trained duty model with its held-out companions (training time only)."""

    model: DutyModel
    folds: list[DutyModel]
    fold_of: dict[str, int]  # onet_soc -> the fold that held it out
    map_x: np.ndarray  # mean rating (increasing) ...
    map_y: np.ndarray  # ... -> consensus percentile
    shares: dict[str, np.ndarray]  # onet_soc -> shares of KINDS among its tasks
    overall: np.ndarray  # the shares over all tasks (occupations without tasks)
    metrics: dict[str, Any]

    def held_out_model(self, code: str) -> DutyModel:
        """The fold model that never saw ``code``'s tasks (the full model if none did)."""
        return self.folds[self.fold_of[code]] if code in self.fold_of else self.model


def kind_shares(labels: TaskLabels) -> tuple[dict[str, np.ndarray], np.ndarray]:
    """Per occupation, the share of its tasks of each kind by their labels; and overall."""
    counts: dict[str, np.ndarray] = {}
    for code, e, t in zip(labels.groups, labels.exposure, labels.automation, strict=True):
        counts.setdefault(code, np.zeros(len(KINDS)))[KINDS.index(label_kind(e, t))] += 1
    overall = np.sum(list(counts.values()), axis=0)
    return {c: v / v.sum() for c, v in counts.items()}, overall / overall.sum()


def fit_duty(tasks_path: Path, seed: int) -> DutyFit:
    """Fit the duty model, its fold models, the percentile map and the shares."""
    from scipy.stats import spearmanr
    from sklearn.isotonic import IsotonicRegression
    from sklearn.model_selection import GroupKFold

    from career_resilience.skills.occupations import occupation_table

    labels = read_task_labels(tasks_path)
    groups = np.array(labels.groups)
    folds: list[DutyModel] = []
    fold_of: dict[str, int] = {}
    rating = np.zeros(len(groups))
    splitter = GroupKFold(n_splits=FOLDS)
    for k, (train, test) in enumerate(splitter.split(np.zeros(len(groups)), groups=groups)):
        model = DutyModel.fit(labels.subset(train.tolist()), seed)
        folds.append(model)
        p_e, _, _ = model.probabilities([labels.texts[i] for i in test])
        rating[test] = p_e @ E_VALUE
        fold_of.update({str(c): k for c in set(groups[test].tolist())})
    table = occupation_table()
    have = sorted(c for c in set(labels.groups) if c in table and table[c].consensus_pct)
    mean = np.array([rating[groups == c].mean() for c in have])
    truth = np.array([float(table[c].consensus_pct or 0.0) for c in have])
    iso = IsotonicRegression(increasing=True, out_of_bounds="clip").fit(mean, truth)
    shares, overall = kind_shares(labels)
    metrics = {
        "duty_cv_folds": FOLDS,
        "duty_heldout_occupation_rho": round(float(spearmanr(mean, truth).statistic), 3),
        "duty_heldout_map_mae": round(float(np.abs(iso.predict(mean) - truth).mean()), 1),
    }
    return DutyFit(
        model=DutyModel.fit(labels, seed),
        folds=folds,
        fold_of=fold_of,
        map_x=np.asarray(iso.X_thresholds_, dtype=float),
        map_y=np.asarray(iso.y_thresholds_, dtype=float),
        shares=shares,
        overall=overall,
        metrics=metrics,
    )


def duty_part(fitted: DutyFit, codes: list[str]) -> dict[str, Any]:
    """What the artifact ships of a fit: the model, the map, the shares in ``codes`` order."""
    shares = np.array([fitted.shares.get(c, fitted.overall) for c in codes])
    return {"model": fitted.model, "map_x": fitted.map_x, "map_y": fitted.map_y, "shares": shares}


def corpus_duty(kb: Any, codes: list[str], seed: int) -> dict[str, Any]:
    """A small duty model from the knowledge base's own duty lines (no task labels).

    For tests and machines without the task labels: the rating maps linearly onto the
    percentile scale and every occupation gets the corpus's overall shares.
    """
    texts, exposure, automation, groups = [], [], [], []
    for cid, section in sorted(kb.corpus.items()):
        for duty in section.duties:
            e, t = _CORPUS_LABELS[duty.exposure]
            texts.append(duty.text)
            exposure.append(e)
            automation.append(t)
            groups.append(cid)
    labels = TaskLabels(texts, exposure, automation, groups, "")
    _, overall = kind_shares(labels)
    return {
        "model": DutyModel.fit(labels, seed),
        "map_x": np.array([0.0, 1.0]),
        "map_y": np.array([0.0, 100.0]),
        "shares": np.tile(overall, (len(codes), 1)),
    }


def duty_model_without(tasks_path: Path, exclude: set[str], seed: int = 0) -> DutyModel:
    """The duty model fit without the tasks of ``exclude`` (for evaluating on them)."""
    labels = read_task_labels(tasks_path)
    keep = [i for i, code in enumerate(labels.groups) if code not in exclude]
    return DutyModel.fit(labels.subset(keep), seed)
