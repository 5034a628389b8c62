"""Train the category model and the duty model from the knowledge base.

``train()`` is deterministic for a seed: the same corpus gives the same artifact
metrics. Cross-validation splits corpus *items* before composing profiles, and the
out-of-fold scores are also what the temperature (probability calibration) is fit on.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import numpy as np

from career_resilience.model.examples import build_rows, section_items, split_items
from career_resilience.model.fast_features import export_tfidf, export_union
from career_resilience.model.features import build_vectorizer, normalise
from career_resilience.skills.matching import SkillMatcher
from career_resilience.skills.models import KnowledgeBase

SEED = 20261123
FOLDS = 4
#: Inverse regularisation of the category model, chosen by cross-validation on the corpus.
C_CATEGORY = 8.0
#: Ridge penalty of the duty model.
DUTY_ALPHA = 1.0


def _fit_classifier(x: Any, labels: list[str], classes: list[str]) -> tuple[np.ndarray, np.ndarray]:
    """Multinomial logistic regression; returns (coef, intercept) in ``classes`` order."""
    from sklearn.linear_model import LogisticRegression

    clf = LogisticRegression(C=C_CATEGORY, max_iter=300, tol=1e-3)
    clf.fit(x, labels)
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


def cross_validate(kb: KnowledgeBase, matcher: SkillMatcher, seed: int = SEED) -> dict[str, Any]:
    """Out-of-fold logits and labels for whole profiles and for titles alone."""
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
        coef, icpt = _fit_classifier(vec.fit_transform(rows), labels, classes)
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


def train_duty_model(kb: KnowledgeBase) -> dict[str, Any]:
    """Ridge regression from a duty sentence to its rubric rating, plus the percentile map."""
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.isotonic import IsotonicRegression
    from sklearn.linear_model import Ridge

    texts, values = [], []
    for section in kb.corpus.values():
        for duty in section.duties:
            texts.append(normalise(duty.text))
            values.append(duty.value)
    vec = TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True, token_pattern=r"\S+")
    ridge = Ridge(alpha=DUTY_ALPHA).fit(vec.fit_transform(texts), values)
    # Map a profile's mean duty rating onto the percentile scale the category figures
    # use: each category contributes (mean rating of its duties, its exposure figure).
    cats = sorted(kb.corpus)
    x = [float(np.mean([d.value for d in kb.corpus[c].duties])) for c in cats]
    y = [kb.categories[c].exposure for c in cats]
    iso = IsotonicRegression(increasing=True, out_of_bounds="clip").fit(x, y)
    return {
        "features": export_tfidf(vec, name="duties"),
        "coef": ridge.coef_.astype(np.float32),
        "intercept": float(ridge.intercept_),
        "map_x": iso.X_thresholds_.astype(float),
        "map_y": iso.y_thresholds_.astype(float),
    }


def train(
    kb: KnowledgeBase,
    seed: int = SEED,
    evaluate: bool = True,
    tasks: Path | None = None,
    occupations: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """Fit everything; returns the bundle the artifact stores (plain dicts and arrays).

    ``tasks`` is the training-only task-label file (default: ``../shared/data``); the
    occupation matcher learns its duty vocabulary from it. ``occupations`` is an already
    trained matcher (``occupation_model.train_occupation_model``) to reuse.
    """
    from career_resilience.model.occupation_model import find_tasks, train_occupation_model

    started = time.perf_counter()
    if occupations is None:  # (tests pass one trained matcher to several category models)
        occupations = train_occupation_model(find_tasks(tasks), seed)
    occupations = dict(occupations)
    matcher = SkillMatcher(kb.skills.values())
    classes = sorted(kb.categories)
    metrics: dict[str, Any] = (
        cross_validate(kb, matcher, seed) if evaluate else {"temperature": 1.0}
    )
    rows, labels = build_rows([section_items(kb.corpus[c]) for c in classes], matcher, seed)
    vec = build_vectorizer()
    coef, intercept = _fit_classifier(vec.fit_transform(rows), labels, classes)
    metrics.update(occupations.pop("metrics"))
    metrics["training_rows"] = len(rows)
    metrics["corpus_examples"] = sum(s.size for s in kb.corpus.values())
    metrics["train_seconds"] = round(time.perf_counter() - started, 1)
    return {
        "categories": classes,
        "features": export_union(vec),
        "coef": coef,
        "intercept": intercept,
        "temperature": metrics.pop("temperature"),
        "duty": train_duty_model(kb),
        "occupations": occupations,
        "metrics": metrics,
        "seed": seed,
    }
