"""How well the duty model rates tasks of occupations it never saw (grouped cross-validation).

Folds hold O*NET occupations out whole (GroupKFold on ``onet_soc``): the vectorizer and
both regressions are fit on the other occupations' tasks only. The figures compare the
held-out predictions with the task labels, and each held-out occupation's mean rating
with its published GPT-4 beta (Eloundou et al.) from ``occupations.csv``.
"""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

import numpy as np

from career_resilience.model.duty_data import TaskLabels
from career_resilience.model.duty_model import (
    E_CLASSES,
    E_VALUE,
    T_CLASSES,
    DutyModel,
    kind_of,
)

FOLDS = 5


def out_of_fold(labels: TaskLabels, folds: int = FOLDS, seed: int = 0) -> dict[str, np.ndarray]:
    """Held-out probabilities, and whether each task is readable, for every task."""
    from sklearn.model_selection import GroupKFold

    n = len(labels.texts)
    p_e, p_t, rated = np.zeros((n, 3)), np.zeros((n, 5)), np.zeros(n, dtype=bool)
    splitter = GroupKFold(n_splits=folds)
    for train, test in splitter.split(np.zeros(n), groups=labels.groups):
        model = DutyModel.fit(labels.subset(train.tolist()), seed)
        held = [labels.texts[i] for i in test]
        p_e[test], p_t[test], rated[test] = model.probabilities(held)
    return {"p_e": p_e, "p_t": p_t, "readable": rated}


def label_kind(e: str, t: str) -> str:
    """The kind the labels themselves say: E0 untouched, E1 with T3+ substitute, else augment."""
    if e == "E0":
        return "untouched"
    return "substitute" if e == "E1" and T_CLASSES.index(t) >= 3 else "augment"


def read_gpt4_beta(path: Path) -> dict[str, float]:
    """``onet_soc`` -> published GPT-4 beta, for occupations that have one."""
    out: dict[str, float] = {}
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            try:
                out[row["onet_soc"]] = float(row["gpt4_beta"])
            except (KeyError, ValueError):
                continue
    return out


def figures(
    labels: TaskLabels, oof: dict[str, np.ndarray], betas: dict[str, float] | None
) -> dict[str, Any]:
    """Accuracy, calibration, spread and occupation-level agreement of held-out ratings."""
    from scipy.stats import spearmanr
    from sklearn.metrics import f1_score

    e_true = np.array([E_CLASSES.index(e) for e in labels.exposure])
    t_true = np.array([T_CLASSES.index(t) for t in labels.automation])
    rating = oof["p_e"] @ E_VALUE
    automation = oof["p_t"] @ np.arange(len(T_CLASSES))
    truth = E_VALUE[e_true]
    out: dict[str, Any] = {
        "tasks": len(truth),
        "occupations": len(set(labels.groups)),
        "e_accuracy": float((oof["p_e"].argmax(1) == e_true).mean()),
        "e_macro_f1": float(f1_score(e_true, oof["p_e"].argmax(1), average="macro")),
        "t_accuracy": float((oof["p_t"].argmax(1) == t_true).mean()),
        "automation_mae": float(np.abs(automation - t_true).mean()),
        "rating_mae": float(np.abs(rating - truth).mean()),
        "rating_mae_constant": float(np.abs(truth.mean() - truth).mean()),
        "unreadable_share": float((~oof["readable"]).mean()),
        "rating_quantiles": {
            f"p{q}": round(float(np.percentile(rating, q)), 3) for q in (5, 25, 50, 75, 95)
        },
        "rating_histogram": _histogram(rating),
        "label_histogram": {f"{v:g}": float((truth == v).mean()) for v in (0.0, 0.5, 1.0)},
        "calibration": _calibration(rating, truth),
    }
    kinds = [kind_of(r, a) for r, a in zip(rating.tolist(), automation.tolist(), strict=True)]
    truth_kinds = [
        label_kind(e, t) for e, t in zip(labels.exposure, labels.automation, strict=True)
    ]
    out["kind_accuracy"] = float(np.mean([a == b for a, b in zip(kinds, truth_kinds, strict=True)]))
    out["kind_shares"] = {k: kinds.count(k) / len(kinds) for k in sorted(set(truth_kinds))}
    out["label_kind_shares"] = {
        k: truth_kinds.count(k) / len(kinds) for k in sorted(set(truth_kinds))
    }
    if betas:
        groups = np.array(labels.groups)
        codes = sorted(c for c in set(labels.groups) if c in betas)
        mean = np.array([rating[groups == c].mean() for c in codes])
        beta = np.array([betas[c] for c in codes])
        out["occupations_with_beta"] = len(codes)
        out["spearman_occupation_vs_gpt4_beta"] = float(spearmanr(mean, beta).statistic)
        out["occupation_mae_vs_gpt4_beta"] = float(np.abs(mean - beta).mean())
    return out


def _histogram(values: np.ndarray) -> dict[str, float]:
    edges = [0.0, 0.2, 0.4, 0.6, 0.8, 1.0001]
    counts, _ = np.histogram(values, bins=edges)
    return {
        f"{lo:.1f}-{min(hi, 1.0):.1f}": float(c / len(values))
        for lo, hi, c in zip(edges, edges[1:], counts, strict=False)
    }


def _calibration(rating: np.ndarray, truth: np.ndarray, bins: int = 5) -> dict[str, Any]:
    """Mean predicted vs mean labelled rating in equal-width bins, and their weighted gap."""
    rows, gap = [], 0.0
    which = np.minimum((rating * bins).astype(int), bins - 1)
    for b in range(bins):
        mask = which == b
        if mask.any():
            pred, real = float(rating[mask].mean()), float(truth[mask].mean())
            rows.append(
                {
                    "bin": f"{b / bins:.1f}-{(b + 1) / bins:.1f}",
                    "n": int(mask.sum()),
                    "predicted": round(pred, 3),
                    "labelled": round(real, 3),
                }
            )
            gap += mask.mean() * abs(pred - real)
    return {"bins": rows, "error": float(gap)}
