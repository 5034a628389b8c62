"""The duty model: one duty line in a person's own words -> Eloundou et al.'s rubric.

Trained on the task-level labels of Eloundou, Manning, Mishkin, Rock, "GPTs are GPTs"
(Science 2024): for each O*NET task, GPT-4's exposure label (E0 no exposure, E1 an LLM
alone halves the time, E2 LLM-powered tools are needed) and automation level (T0-T4).
Two multinomial logistic regressions over the same TF-IDF features give probabilities;
a line's *rating* is the expected rubric value (E0=0, E2=0.5, E1=1), its *automation*
the expected T level. The task sentences are read at training time only: the model
keeps weights and a vocabulary of stemmed words, never a sentence.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from itertools import pairwise
from pathlib import Path
from typing import Any

import numpy as np

from career_resilience.model.artifact_files import ArtifactError
from career_resilience.model.artifact_schema import ArraySpec, check_arrays, field, string_list
from career_resilience.model.duty_data import TaskLabels, find_task_labels, read_task_labels
from career_resilience.model.duty_text import (
    TEXT_VERSION,
    DutyVectorizer,
    as_tasks_say,
    stems,
    terms,
    words_counted,
)
from career_resilience.model.grounding import row_products

__all__ = ["KINDS", "DutyModel", "DutyRating", "find_task_labels", "kind_of"]

E_CLASSES = ("E0", "E1", "E2")
#: The rubric value of each E class (Eloundou et al.: E1 counts 1, E2 counts a half).
E_VALUE = np.array([0.0, 1.0, 0.5])
T_CLASSES = ("T0", "T1", "T2", "T3", "T4")
#: The kinds of AI effect a readable line can have, in the order of a result's mix.
KINDS = ("substitute", "augment", "untouched")
#: Inverse regularisation of the two regressions, chosen by grouped cross-validation
#: (benchmarks/duty_model.py): larger fits the task wording too closely for held-out
#: occupations, smaller squeezes ratings toward the middle.
C_EXPOSURE = 4.0
C_AUTOMATION = 4.0

# --- How a rating becomes a kind of effect (the one place these thresholds live) ----------
#: Below this rating the line is mostly E0: AI leaves it alone. 0.25 is where E0 holds
#: at least half of the probability (rating = P(E1) + P(E2)/2 >= (1 - P(E0))/2).
UNTOUCHED_BELOW = 0.25
#: Substitution needs both: mostly E1 (an LLM alone) and the machine doing most of the
#: work (expected T past T2 "human and machine share it"); anything exposed short of that
#: is augment. The labels themselves call 9.8% of tasks substitute (E1 with T3+); these
#: cut-offs give 10.3% on held-out occupations, with kind accuracy 0.82.
SUBSTITUTE_RATING = 0.6
SUBSTITUTE_AUTOMATION = 2.25
#: A line is readable when at least this share of its content words, and at least one,
#: are in the vocabulary, or at least :data:`MIN_SHARE_TWO_KNOWN` of them when two or
#: more are known; otherwise it is "unreadable" and gets no rating at all. Numbers ("28
#: kids", "50 lb", the "5th" of "5th grade") say how much or which, not what the work
#: is: they count neither for nor against the share (a known number still feeds the
#: rating as trained).
MIN_KNOWN_SHARE = 0.5
#: The share enough when two words or more are known. Measured on the task labels
#: (three of five folds holding occupations out whole, a third of each fold's tasks,
#: random words hidden as if unknown; not kept as a script): the rating's mean error
#: grows smoothly as words go unknown, 0.134 with all known, 0.172 with half, 0.194 with
#: a third, 0.212 with a quarter, against 0.309 for a constant guess; with one word
#: known 0.20-0.25, with two 0.21, with three or more 0.18-0.20. A third with two known
#: words is about as good as half of a short line.
MIN_SHARE_TWO_KNOWN = 1 / 3


def readable(known: int, counted: int) -> bool:
    """Whether a line with ``known`` of its ``counted`` words in the vocabulary is rated
    (integer comparisons: 2 of 6 is a third exactly)."""
    if known == 0:
        return False
    return known >= counted * MIN_KNOWN_SHARE or (known >= 2 and 3 * known >= counted)


@dataclass(frozen=True)
class DutyRating:
    """One duty line's rating; ``rating`` and ``automation`` are NaN when unreadable."""

    text: str
    rating: float  # [0, 1]: expected rubric value, E0=0, E2=0.5, E1=1
    automation: float  # [0, 4]: expected T level
    kind: str  # "substitute" | "augment" | "untouched" | "unreadable"
    readable: bool


def kind_of(rating: float, automation: float) -> str:
    """The effect of AI on a readable line, from its rating and automation level."""
    if rating < UNTOUCHED_BELOW:
        return "untouched"
    if rating >= SUBSTITUTE_RATING and automation >= SUBSTITUTE_AUTOMATION:
        return "substitute"
    return "augment"


def _softmax(z: np.ndarray) -> np.ndarray:
    z = z - z.max(axis=-1, keepdims=True)
    e = np.exp(z)
    return np.asarray(e / e.sum(axis=-1, keepdims=True))


class DutyModel:
    """Rates duty lines on the exposure rubric and the automation scale."""

    def __init__(
        self,
        vectorizer: DutyVectorizer,
        coef: np.ndarray,
        intercept: np.ndarray,
        info: dict[str, Any],
    ) -> None:
        #: (vocabulary x 8): columns 0-2 the E classes, 3-7 the T classes.
        self.vectorizer = vectorizer
        self.coef = np.ascontiguousarray(coef, dtype=np.float64)
        self.intercept = np.asarray(intercept, dtype=np.float64)
        #: Provenance and training facts (task file SHA-256, sizes, regularisation).
        self.info = info

    @classmethod
    def train(cls, tsv_path: Path, seed: int = 0) -> DutyModel:
        """Fit on the task-label file (see ``find_task_labels``)."""
        labels = read_task_labels(tsv_path)
        return cls.fit(labels, seed)

    @classmethod
    def fit(cls, labels: TaskLabels, seed: int = 0) -> DutyModel:
        """Fit on already read task labels (cross-validation passes a subset)."""
        from sklearn.linear_model import LogisticRegression

        docs = [terms(t) for t in labels.texts]
        vectorizer = DutyVectorizer.fit(docs)
        x = vectorizer.matrix(docs)
        parts = []
        for y, classes, c in (
            (labels.exposure, E_CLASSES, C_EXPOSURE),
            (labels.automation, T_CLASSES, C_AUTOMATION),
        ):
            # newton-cg: exact and deterministic, and on these 8 outputs x ~27k sparse
            # features about ten times faster than lbfgs.
            clf = LogisticRegression(C=c, solver="newton-cg", max_iter=200, random_state=seed)
            clf.fit(x, y)
            # A class no training line has (small test sets) gets no weight and a logit
            # far below the rest: it is never predicted.
            found = list(clf.classes_)
            coef_t = np.zeros((x.shape[1], len(classes)))
            icpt = np.full(len(classes), -30.0)
            for j, k in enumerate(classes):
                if k in found:
                    coef_t[:, j] = clf.coef_[found.index(k)]
                    icpt[j] = clf.intercept_[found.index(k)]
            parts.append((coef_t, icpt))
        coef = np.hstack([parts[0][0], parts[1][0]])
        intercept = np.concatenate([parts[0][1], parts[1][1]])
        info = {
            "task_labels_sha256": labels.sha256,
            "tasks": len(labels.texts),
            "occupations": len(set(labels.groups)),
            "c_exposure": C_EXPOSURE,
            "c_automation": C_AUTOMATION,
            "seed": seed,
        }
        return cls(vectorizer, coef, intercept, info)

    def probabilities(self, lines: list[str]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """P(E0, E1, E2) and P(T0..T4) per line, and whether it knows enough of the line's
        words to rate it (:func:`readable`).

        Numbers are left out of the words counted (see ``MIN_KNOWN_SHARE``), so adding a
        count to a line never unrates it.
        """
        known_term = self.vectorizer.index.__contains__
        docs, rated = [], np.zeros(len(lines), dtype=bool)
        for i, line in enumerate(lines):
            words = as_tasks_say(stems(line), self.vectorizer.index)
            counted = words_counted(words, line)
            rated[i] = readable(sum(map(known_term, counted)), len(counted))
            docs.append(words + [f"{a} {b}" for a, b in pairwise(words)])
        row, col, weight = self.vectorizer.entries(docs)
        # Each row starts as the intercept (the values np.tile gives, without its wrapper).
        logits = np.empty((len(lines), len(self.intercept)))
        logits[:] = self.intercept
        np.add.at(logits, row, self.coef[col] * weight[:, None])
        return _softmax(logits[:, :3]), _softmax(logits[:, 3:]), rated

    def rate(self, lines: list[str]) -> list[DutyRating]:
        """A rating for each line, in order; unreadable lines say so and carry NaN."""
        if not lines:
            return []
        p_e, p_t, rated = self.probabilities(lines)
        # Row by row: a line's rating is the same whatever lines are rated with it.
        ratings = row_products(p_e, E_VALUE).tolist()
        automation = row_products(p_t, np.arange(len(T_CLASSES), dtype=np.float64)).tolist()
        out: list[DutyRating] = []
        for i, line in enumerate(lines):
            if not rated[i]:
                out.append(DutyRating(line, math.nan, math.nan, "unreadable", False))
            else:
                kind = kind_of(ratings[i], automation[i])
                out.append(DutyRating(line, ratings[i], automation[i], kind, True))
        return out

    def to_arrays(self) -> tuple[dict[str, np.ndarray], dict[str, Any]]:
        """Numeric arrays and JSON metadata for the no-pickle artifact."""
        arrays: dict[str, np.ndarray] = {
            "idf": self.vectorizer.idf.astype(np.float64),
            "coef": self.coef.astype(np.float32),
            "intercept": self.intercept.astype(np.float32),
        }
        meta: dict[str, Any] = {
            "text_version": TEXT_VERSION,
            "vocabulary": self.vectorizer.vocabulary,
            "e_classes": list(E_CLASSES),
            "t_classes": list(T_CLASSES),
            "info": self.info,
        }
        return arrays, meta

    @classmethod
    def from_arrays(cls, arrays: dict[str, np.ndarray], meta: dict[str, Any]) -> DutyModel:
        """Rebuild from ``to_arrays`` output after checking it (ArtifactError if wrong)."""
        where = "duty model"
        version = field(meta, "text_version", int, where)
        if version != TEXT_VERSION:
            raise ArtifactError(
                f"{where}: text rules version {version}, this install has {TEXT_VERSION}; "
                "retrain the model"
            )
        if (
            tuple(string_list(meta, "e_classes", where)) != E_CLASSES
            or tuple(string_list(meta, "t_classes", where)) != T_CLASSES
        ):
            raise ArtifactError(f"{where}: classes differ from {E_CLASSES} and {T_CLASSES}")
        vocabulary = string_list(meta, "vocabulary", where)
        specs = {
            "idf": ArraySpec("f", ("terms",)),
            "coef": ArraySpec("f", ("terms", "outputs")),
            "intercept": ArraySpec("f", ("outputs",)),
        }
        outputs = len(E_CLASSES) + len(T_CLASSES)
        check_arrays(arrays, specs, {"terms": len(vocabulary), "outputs": outputs}, where)
        vectorizer = DutyVectorizer(vocabulary, arrays["idf"])
        info = field(meta, "info", dict, where)
        return cls(vectorizer, arrays["coef"], arrays["intercept"], info)
