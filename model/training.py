"""Train everything the artifact ships: category model, duty model, occupation matcher.

``train()`` is deterministic for a seed: the same corpus gives the same artifact
metrics. Cross-validation splits corpus *items* before composing profiles, and the
out-of-fold scores are also what the temperature (probability calibration) is fit on.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np

from career_resilience.model.category_negatives import NEGATIVE_WEIGHT, hard_negatives
from career_resilience.model.examples import Row, build_rows, section_items, split_items
from career_resilience.model.fast_features import export_union
from career_resilience.model.features import build_vectorizer
from career_resilience.skills.matching import SkillMatcher
from career_resilience.skills.models import KnowledgeBase

SEED = 20261123
FOLDS = 4
#: Inverse regularisation of the category model, chosen by cross-validation on the corpus
#: (newton-cg, 2026-12-05: macro F1 all / title only at C 4, 8, 16, 32: 0.747 / 0.676,
#: 0.758 / 0.684, 0.762 / 0.687, 0.764 / 0.685): the smallest C within 0.006 of the
#: best. A sharper model reads less linearly, and the drivers split its reading between
#: the items linearly (``driver_category``): at C 16 an AI orchestration engineer's
#: Kubernetes got +2.5 points against +7.7 from scoring every subset for real.
C_CATEGORY = 8.0


def _fit_classifier(
    x: Any,
    labels: list[str],
    classes: list[str],
    start: tuple[np.ndarray, np.ndarray] | None = None,
    extra: int = 0,
) -> tuple[np.ndarray, np.ndarray]:
    """Multinomial logistic regression; returns (coef, intercept) in ``classes`` order.

    ``start``: (coef, intercept) of the same features and classes to start from. The
    objective is strictly convex (L2), so the optimum is the same; from a nearby model
    Newton-CG gets there in 7 steps instead of 13 (5 s of CPU instead of 10). The last
    ``extra`` rows (``category_negatives``) count ``NEGATIVE_WEIGHT`` each.

    Solved by Newton-CG: the model has ~47 categories x ~47k features = 2.2M weights, and
    L-BFGS-B's own step (scipy's ``setulb``) costs ~0.25 s a call at that size, 82% of a
    fit; it also stopped at tol 1e-3 short of the optimum (objective 7,916 against 7,608).
    Newton-CG's steps are sparse products: the same fit in 2.7 s of CPU instead of 11 s,
    converged, with better out-of-fold F1 and calibration.
    """
    from sklearn.linear_model import LogisticRegression

    clf = LogisticRegression(
        C=C_CATEGORY, max_iter=300, tol=1e-4, solver="newton-cg", warm_start=start is not None
    )
    if start is not None:
        if sorted(set(labels)) != classes:
            raise ValueError("a warm start needs every class in the labels, in sorted order")
        clf.coef_, clf.intercept_ = start[0].astype(np.float64), start[1].astype(np.float64)
    weights = np.ones(len(labels))
    weights[len(labels) - extra :] = NEGATIVE_WEIGHT
    clf.fit(x, labels, sample_weight=weights if extra else None)
    order = [list(clf.classes_).index(c) for c in classes]
    return clf.coef_[order].astype(np.float32), clf.intercept_[order].astype(np.float32)


def _softmax(z: np.ndarray) -> np.ndarray:
    z = z - z.max(axis=1, keepdims=True)
    e = np.exp(z)
    return e / e.sum(axis=1, keepdims=True)


def fit_temperature(logits: np.ndarray, y: np.ndarray) -> float:
    """The softmax temperature that minimises log loss of out-of-fold logits.

    A single scalar keeps the model linear (drivers stay exact) while fixing the
    over-confidence a strongly fit logistic regression has on unseen phrasing.
    """
    from scipy.optimize import minimize_scalar

    def nll(t: float) -> float:
        p = _softmax(logits / t)
        return float(-np.mean(np.log(p[np.arange(len(y)), y] + 1e-12)))

    return float(minimize_scalar(nll, bounds=(0.05, 20.0), method="bounded").x)


def expected_calibration_error(proba: np.ndarray, y: np.ndarray, bins: int = 10) -> float:
    """Gap between confidence and accuracy of the top class, averaged over bins."""
    conf, pred = proba.max(axis=1), proba.argmax(axis=1)
    ece = 0.0
    for lo in np.linspace(0, 1, bins, endpoint=False):
        mask = (conf > lo) & (conf <= lo + 1 / bins)
        if mask.any():
            ece += mask.mean() * abs((pred[mask] == y[mask]).mean() - conf[mask].mean())
    return float(ece)


def cross_validate(
    kb: KnowledgeBase,
    matcher: SkillMatcher,
    seed: int = SEED,
    negatives: tuple[list[Row], list[str]] = ([], []),
) -> dict[str, Any]:
    """Out-of-fold logits and labels for whole profiles and for titles alone.

    ``negatives`` (``category_negatives.hard_negatives``) join every fold's training
    rows, as they join the shipped model's, so the temperature is fit on the model
    that ships; they are O*NET titles, never corpus items, so no fold's test items leak.
    """
    from sklearn.metrics import f1_score

    classes = sorted(kb.categories)
    sections = [section_items(kb.corpus[c]) for c in classes]
    out: dict[str, list[Any]] = {"logits": [], "y": [], "title_logits": [], "title_y": []}
    for fold in range(FOLDS):
        train_items, test_items = zip(
            *(split_items(s, FOLDS, fold, seed) for s in sections), strict=True
        )
        rows, labels = build_rows(train_items, matcher, seed)
        vec = build_vectorizer()
        x = _stacked(vec.fit_transform(rows), vec, negatives[0])
        coef, icpt = _fit_classifier(x, labels + negatives[1], classes, None, len(negatives[0]))
        test_rows, test_labels = build_rows(test_items, matcher, seed + fold + 1)
        for key, keep in (("", lambda r: True), ("title_", lambda r: r[1] == r[2] == "")):
            idx = [i for i, r in enumerate(test_rows) if keep(r) and r[0]]
            x = vec.transform([test_rows[i] for i in idx])
            out[key + "logits"].append(np.asarray(x @ coef.T) + icpt)
            out[key + "y"].append(np.array([classes.index(test_labels[i]) for i in idx]))
    logits, y = np.vstack(out["logits"]), np.concatenate(out["y"])
    t_logits, t_y = np.vstack(out["title_logits"]), np.concatenate(out["title_y"])
    temperature = fit_temperature(logits, y)
    proba = _softmax(logits / temperature)
    return {
        "temperature": temperature,
        "cv_folds": FOLDS,
        "cv_macro_f1": float(f1_score(y, logits.argmax(1), average="macro")),
        "cv_macro_f1_title_only": float(f1_score(t_y, t_logits.argmax(1), average="macro")),
        "cv_accuracy": float((logits.argmax(1) == y).mean()),
        "ece_before_calibration": expected_calibration_error(_softmax(logits), y),
        "ece_after_calibration": expected_calibration_error(proba, y),
    }


def _stacked(x: Any, vec: Any, extra: list[Row]) -> Any:
    """The corpus rows' features ``x`` and below them those of ``extra`` rows, read with
    the corpus's vocabulary (``vec`` fit on the corpus alone: the shipped feature list,
    and so the artifact's size, stays the corpus's)."""
    import scipy.sparse as sp

    return sp.vstack([x, vec.transform(extra)]).tocsr() if extra else x


def train(
    kb: KnowledgeBase,
    seed: int = SEED,
    evaluate: bool = True,
    tasks: Path | None = None,
    occupations: dict[str, Any] | None = None,
    duty: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """Fit everything; returns the bundle the artifact stores (plain dicts and arrays).

    ``tasks`` is the training-only task-label file (default: ``../shared/data``): the
    duty model, the matcher's duty vocabulary and the error model are fit on it.
    ``occupations`` (and optionally ``duty``) are already trained parts to reuse: tests
    pass a small matcher, and then a duty model fit on the corpus's own duty lines.
    """
    from career_resilience.model.duty_training import corpus_duty, duty_part, fit_duty
    from career_resilience.model.occupation_model import (
        TASKS_NAME,
        find_tasks,
        train_occupation_model,
    )

    started = time.perf_counter()
    training_data: dict[str, str] = {}
    matcher = SkillMatcher(kb.skills.values())
    classes = sorted(kb.categories)
    rows, labels = build_rows([section_items(kb.corpus[c]) for c in classes], matcher, seed)
    vec = build_vectorizer()
    x = vec.fit_transform(rows)
    coef, intercept = _fit_classifier(x, labels, classes)
    negatives: tuple[list[Row], list[str]] = ([], [])
    if occupations is None:  # the shipped model (tests' small matchers: the corpus alone)
        negatives = hard_negatives(kb, vec, coef, intercept, classes, seed)
        coef, intercept = _fit_classifier(
            _stacked(x, vec, negatives[0]),
            labels + negatives[1],
            classes,
            (coef, intercept),
            len(negatives[0]),
        )
    metrics: dict[str, Any] = (
        cross_validate(kb, matcher, seed, negatives) if evaluate else {"temperature": 1.0}
    )
    category = {
        "categories": classes,
        "features": export_union(vec),
        "coef": coef,
        "intercept": intercept,
        "temperature": metrics["temperature"],
    }
    if occupations is None:  # (tests pass one trained matcher to several category models)
        path = find_tasks(tasks)
        fitted = fit_duty(path, seed)
        agrees = category_agrees(kb, category, matcher)
        occupations = train_occupation_model(path, seed, fitted, agrees)
        duty = duty_part(fitted, occupations["meta"]["codes"])
        training_data[TASKS_NAME] = fitted.model.info["task_labels_sha256"]
    occupations = dict(occupations)
    if duty is None:
        duty = corpus_duty(kb, occupations["meta"]["codes"], seed)
    metrics.update(occupations.pop("metrics"))
    metrics["training_rows"] = len(rows)
    metrics["onet_title_negatives"] = len(negatives[0])
    metrics["corpus_examples"] = sum(s.size for s in kb.corpus.values())
    metrics["train_seconds"] = round(time.perf_counter() - started, 1)
    metrics.pop("temperature")
    return {
        **category,
        "duty": duty,
        "occupations": occupations,
        "metrics": metrics,
        "training_data": training_data,
        "seed": seed,
    }


def category_agrees(
    kb: KnowledgeBase, category: dict[str, Any], matcher: SkillMatcher
) -> Callable[[list[tuple[str, str, str]]], np.ndarray]:
    """The matcher's ``category_agrees`` column of pseudo-profile rows, from the fitted
    category classifier, read as the engine reads a profile (skills field with the
    catalogue's names; ``occupation_match.set_category``)."""
    from career_resilience.model.category_tables import CategoryTables
    from career_resilience.model.examples import skills_field
    from career_resilience.model.grounding import GroundTables
    from career_resilience.model.occupation_match import CATEGORY, set_category
    from career_resilience.skills.occupation_frame import build_frame
    from career_resilience.skills.occupations import occupation_data, occupation_table
    from career_resilience.skills.typed_skill_text import split_skills

    tables = CategoryTables.build(kb, category)
    codes = tuple(sorted(occupation_data().occupations))
    frame = build_frame(codes, kb.categories, kb.occupation_frame)
    agree = GroundTables.build(
        occupation_table(), codes, frame, list(tables.classes), occupation_data().related
    ).agree

    def agrees(rows: list[tuple[str, str, str]]) -> np.ndarray:
        read = [
            (role, skills_field(split_skills(skills), matcher.resolve), duties)
            for role, skills, duties in rows
        ]
        feats = np.zeros((len(rows), len(codes), CATEGORY + 1), np.float32)
        return set_category(feats, tables.proba(read), agree)[:, :, CATEGORY]

    return agrees
