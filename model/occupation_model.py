"""Train the occupation matcher end to end: weights, temperature, interval scale.

1. Tables with a share of O*NET items held out; pseudo-profiles from those items.
2. Combiner weights fit on one half of the pseudo-profiles, the temperature and the
   interval scale on the other half (so both are measured on profiles the weights
   never saw).
3. The shipped tables are rebuilt from *all* items with those weights.
"""

from __future__ import annotations

import hashlib
import time
from pathlib import Path
from typing import Any

import numpy as np

from career_resilience.model import grounding
from career_resilience.model.occupation_fit import (
    features,
    fit_temperature,
    fit_weights,
    make_profiles,
    metrics,
)
from career_resilience.model.occupation_match import FEATURES, MatchTables, softmax
from career_resilience.model.occupation_training import (
    HOLDOUT,
    build_tables,
    read_tasks,
    split_items,
)
from career_resilience.skills.occupations import OccupationData, occupation_data

#: Where the training-only task labels are looked for when no path is given.
TASKS_NAME = "task_labels_training_only.tsv"


class TrainingDataError(RuntimeError):
    """The training-only task-label file is missing or unreadable."""


def find_tasks(path: Path | None = None) -> Path:
    """The task-label file: the given path, or ``../shared/data`` beside the repository."""
    from career_resilience.model.evaluation import shared_candidates

    candidates = [path] if path else shared_candidates("data", TASKS_NAME)
    for candidate in candidates:
        if candidate is not None and candidate.is_file():
            return candidate
    raise TrainingDataError(
        f"{TASKS_NAME} not found (looked in {', '.join(str(c) for c in candidates)}); "
        "training the occupation matcher needs it: pass --tasks PATH"
    )


#: Pseudo-profiles per occupation, and the share of them the weights are fit on (the
#: rest calibrates the temperature and the interval).
PER_OCCUPATION = 4
FIT_SHARE = 0.75
#: Combiner weights used when they are not fit (small test models): a title-led match.
DEFAULT_WEIGHTS = (10.0, 4.0, -4.0, 3.5, 4.0, 8.0, 6.5, 0.0)


def subset(data: OccupationData, codes: set[str]) -> OccupationData:
    """The occupation data restricted to ``codes`` (small models for tests)."""
    return OccupationData(
        occupations={c: o for c, o in data.occupations.items() if c in codes},
        titles=tuple(t for t in data.titles if t[0] in codes),
        related={c: r for c, r in data.related.items() if c in codes},
        technology={c: t for c, t in data.technology.items() if c in codes},
        iwa_socs=data.iwa_socs,
        iwa=data.iwa,
    )


def train_small_model(prefixes: tuple[str, ...], seed: int = 0) -> dict[str, Any]:
    """A matcher over the occupations whose codes start with ``prefixes``, weights not fit.

    For tests and for machines without the task labels: the duty channel learns from
    the occupations' own titles instead of task statements.
    """
    data = occupation_data()
    data = subset(data, {c for c in data.occupations if c.startswith(prefixes)})
    tasks = {c: [t for code, t, _ in data.titles if code == c] for c in data.occupations}
    arrays, meta = build_tables(
        data, split_items(data, tasks, 0.0, seed), np.array(DEFAULT_WEIGHTS), 1.0, min_df=1
    )
    meta.update({"interval_scale": 1.0, "interval_level": grounding.INTERVAL_LEVEL})
    return {"arrays": arrays, "meta": meta, "metrics": {"match_weights": "default"}}


def train_occupation_model(tasks_path: Path, seed: int) -> dict[str, Any]:
    """Fit everything the occupation matcher ships; returns arrays, meta and metrics."""
    started = time.perf_counter()
    data = occupation_data()
    tasks = read_tasks(tasks_path)
    split = split_items(data, tasks, HOLDOUT, seed)
    arrays, meta = build_tables(data, split, np.zeros(len(FEATURES)), 1.0)
    tables = MatchTables.build(arrays, meta)
    pseudo = make_profiles(split, seed + 1, per_occupation=PER_OCCUPATION)
    f = features(tables, pseudo.rows)
    order = np.random.default_rng(seed).permutation(len(pseudo.gold))
    cut = int(len(order) * FIT_SHARE)
    fit_rows, cal_rows = order[:cut], order[cut:]
    weights = fit_weights(f[fit_rows], pseudo.gold[fit_rows])
    z = f[cal_rows] @ weights.astype(np.float32)
    gold = pseudo.gold[cal_rows]
    temperature = fit_temperature(z, gold)
    proba = softmax(z / temperature)
    occ = [data.occupations[c] for c in meta["codes"]]
    pct = np.array([o.consensus_pct or 50.0 for o in occ])
    spread = np.nanstd(grounding.index_percentiles(occ), axis=1)
    spread = np.where(np.isnan(spread), np.nanmean(spread), spread)
    mean = proba @ pct
    unc = np.sqrt(np.clip(proba @ pct**2 - mean**2, 0, None) + proba @ spread**2)
    scale = grounding.fit_interval_scale(mean, unc, pct[gold])
    arrays, meta = build_tables(data, split_items(data, tasks, 0.0, seed), weights, temperature)
    meta["interval_scale"] = scale
    meta["interval_level"] = grounding.INTERVAL_LEVEL
    found = metrics(proba, gold)
    from scipy.stats import spearmanr

    found["pseudo_rho"] = round(float(spearmanr(mean, pct[gold]).statistic), 3)
    found["pseudo_interval_coverage"] = round(
        float(np.mean(np.abs(mean - pct[gold]) <= grounding.BASE_HALF_WIDTH + scale * unc)), 3
    )
    found.update(
        {
            "match_temperature": round(temperature, 3),
            "match_weights": dict(zip(FEATURES, np.round(weights, 3).tolist(), strict=True)),
            "interval_scale": round(scale, 3),
            "task_labels_sha256": hashlib.sha256(tasks_path.read_bytes()).hexdigest(),
            "match_train_seconds": round(time.perf_counter() - started, 1),
        }
    )
    return {"arrays": arrays, "meta": meta, "metrics": found}


def without_tasks_of(
    occupations: dict[str, Any], exclude: set[str], tasks_path: Path, seed: int = 0
) -> dict[str, Any]:
    """The shipped matcher rebuilt with the task statements of ``exclude`` left out.

    For evaluating on O*NET's own wording: the duty channel then has not seen those
    occupations' tasks (weights, temperature and interval scale stay as trained).
    """
    data = occupation_data()
    tasks = {k: v for k, v in read_tasks(tasks_path).items() if k not in exclude}
    meta = occupations["meta"]
    arrays, new_meta = build_tables(
        data,
        split_items(data, tasks, 0.0, seed),
        occupations["arrays"]["weights"],
        meta["temperature"],
    )
    new_meta.update({k: meta[k] for k in ("interval_scale", "interval_level")})
    return {"arrays": arrays, "meta": new_meta}
