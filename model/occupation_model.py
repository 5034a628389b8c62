"""Train the occupation matcher end to end: weights, temperature, interval scale.

1. Tables with a share of O*NET items held out; pseudo-profiles from those items.
2. Combiner weights fit on three quarters of the pseudo-profiles (fields thinned as
   people fill them in); the temperature on the rest, each in four variants (title
   only, + skills, + duties, all fields), so both are measured on profiles the weights
   never saw. In both, half the profiles are retitled with a title O*NET lists
   (``relist``): most people type a listed title. The calibration profiles leave out
   held-out titles that another occupation lists too (``without_shared``).
3. The error model (``uncertainty``: how much duties count, how wide the interval is
   per fields given, per band of the match's confidence and for titles of at most two
   words or longer) fit on those variants and
   measured by two-fold cross-fitting (a model fit on each half, measured on the other).
4. The shipped tables are rebuilt from *all* items with those weights.
"""

from __future__ import annotations

import dataclasses
import hashlib
import time
from pathlib import Path
from typing import Any

import numpy as np

from career_resilience.model import grounding, uncertainty
from career_resilience.model.duty_training import DutyFit
from career_resilience.model.occupation_fit import (
    Agrees,
    Pseudo,
    features,
    fit_temperature,
    fit_weights,
    make_profiles,
    metrics,
    relist,
    thin,
    variants,
    without_shared,
)
from career_resilience.model.occupation_match import FEATURES, MatchTables, softmax, work_texts
from career_resilience.model.occupation_training import (
    HOLDOUT,
    build_tables,
    read_tasks,
    shared_titles,
    split_items,
)
from career_resilience.model.title_context import read_in_context
from career_resilience.sanitise import duty_lines
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
#: Duties read against titles leave out the character n-grams of more than this share
#: of the titles (occupation_match.duty_title_text); 1.0 keeps them all, as shipped.
#: Measured on 2026-12-03 and not kept: 0.02 (303 n-grams; a three-line duty text then
#: walks 23k title postings instead of 63k) took the matcher's CPU a score from 2.6 to
#: 2.1 ms, but on the typed dev profiles all fields' top five from 95.3% to 93.9% and
#: major group from 93.0% to 92.1%; words alone (no n-grams) 2.4 to 1.35 ms, with top
#: one 80.4% to 79.4% and major group 93.0% to 91.1%.
DUTY_MAX_DF = 1.0
#: Combiner weights used when they are not fit (small test models): a title-led match.
DEFAULT_WEIGHTS = (10.0, 4.0, -4.0, 3.5, 4.0, 8.0, 6.5, 0.0, 0.0)


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
    meta.update(
        {
            "uncertainty": uncertainty.DEFAULT.to_json(),
            "interval_level": uncertainty.INTERVAL_LEVEL,
        }
    )
    return {"arrays": arrays, "meta": meta, "metrics": {"match_weights": "default"}}


def train_occupation_model(
    tasks_path: Path, seed: int, duty: DutyFit, agrees: Agrees | None = None
) -> dict[str, Any]:
    """Fit everything the occupation matcher ships; returns arrays, meta and metrics.

    ``duty`` is the fitted duty model with its fold models: the error model is
    calibrated on pseudo-profiles whose duty lines are rated by a model that never saw
    their occupation's tasks. ``agrees`` gives the category classifier's column
    (``occupation_match.set_category``) of pseudo-profile rows.
    """
    started = time.perf_counter()
    data = occupation_data()
    tasks = read_tasks(tasks_path)
    split = split_items(data, tasks, HOLDOUT, seed)
    arrays, meta = build_tables(data, split, np.zeros(len(FEATURES)), 1.0, duty_max_df=DUTY_MAX_DF)
    tables = MatchTables.build(arrays, meta)
    pseudo = make_profiles(split, seed + 1, per_occupation=PER_OCCUPATION)
    order = np.random.default_rng(seed).permutation(len(pseudo.gold))
    cut = int(len(order) * FIT_SHARE)
    fitting = thin(relist(pseudo.take(order[:cut]), split, seed + 3), seed)
    weights = fit_weights(features(tables, fitting.rows, agrees), fitting.gold)
    held = without_shared(pseudo.take(order[cut:]), shared_titles(data))
    cal, origin = variants(relist(held, split, seed + 2))
    cal_features = features(tables, cal.rows, agrees)
    temperature = fit_temperature(cal_features @ weights.astype(np.float32), cal.gold)
    # Calibrated on the match as the engine serves it: the title read in the profile's
    # context, ties weighed by employment with these weights (``title_context``).
    served = dataclasses.replace(tables, weights=weights, temperature=temperature)
    read_in_context(served, cal.rows, cal_features)
    z = cal_features @ weights.astype(np.float32)
    temperature = fit_temperature(z, cal.gold)
    untitled = _untitled_temperature(served, cal, weights, agrees)
    work, work_rows = _work_temperature(served, weights, agrees, seed + 4)
    proba = softmax(z / temperature)
    found = metrics(proba, cal.gold)
    found.update(_calibrate(data, meta["codes"], duty, cal, origin, proba, meta))
    everything = split_items(data, tasks, 0.0, seed)
    arrays, meta_all = build_tables(data, everything, weights, temperature, duty_max_df=DUTY_MAX_DF)
    meta_all.update({k: meta[k] for k in ("uncertainty", "interval_level")})
    meta_all["temperature_untitled"] = untitled
    meta_all["temperature_work"] = work
    found.update(
        {
            "match_temperature": round(temperature, 3),
            "match_temperature_untitled": round(untitled, 3),
            "match_temperature_work": round(work, 3),
            "match_work_profiles": work_rows,
            "match_weights": dict(zip(FEATURES, np.round(weights, 3).tolist(), strict=True)),
            "task_labels_sha256": hashlib.sha256(tasks_path.read_bytes()).hexdigest(),
            "match_train_seconds": round(time.perf_counter() - started, 1),
            **duty.metrics,
        }
    )
    return {"arrays": arrays, "meta": meta_all, "metrics": found}


def _untitled_temperature(
    tables: MatchTables, cal: Pseudo, weights: np.ndarray, agrees: Agrees | None
) -> float:
    """The temperature of title-less profiles: the held-out pseudo-profiles' skills and
    duties without their titles, read as the engine reads them; not those whose skills
    name work (``occupation_match.work_texts``), read at the titled temperature."""
    keep = [k for k, (_, s, d) in enumerate(cal.rows) if (s or d) and work_texts(tables, s) == [""]]
    rows = [("", cal.rows[k][1], cal.rows[k][2]) for k in keep]
    f = features(tables, rows, agrees)
    read_in_context(tables, rows, f)
    return fit_temperature(f @ weights.astype(np.float32), cal.gold[keep])


#: Other core skills of its occupation a skills-named pseudo-profile lists beside the
#: skill naming work (``_work_temperature``), at most: people list a few.
WORK_OTHERS = 2


def _work_temperature(
    tables: MatchTables, weights: np.ndarray, agrees: Agrees | None, seed: int
) -> tuple[float, int]:
    """The temperature of profiles whose skills name the work in place of a situation
    title (``title_situation.read_work``), and how many pseudo-profiles it is fit on.

    One pseudo-profile per occupation and core skill of it (``occupation_skills.json``,
    the catalogue read against O*NET's data) that names a listed title (``skill_work``):
    no title, that skill and up to two other core skills of the occupation, the
    occupation its truth. A title typed is the person's word for their work; a skill is
    held across occupations (statistics by statisticians, data scientists, economists,
    epidemiologists), so the match it makes is as sure as that spread: read at the
    titled temperature, "Student" with Python and statistics had been statisticians,
    100%. 0 (as titled) when fewer than :data:`MIN_WORK_PROFILES` are found.
    """
    import random

    from career_resilience.model.pivot_core_skills import shipped_core_skills
    from career_resilience.model.profile import Profile
    from career_resilience.model.skill_work import named_titles
    from career_resilience.model.title_situation import read_work
    from career_resilience.skills.loader import shipped_knowledge_base

    kb, rng = shipped_knowledge_base(), random.Random(seed)
    index = {c: i for i, c in enumerate(tables.codes)}
    people: list[Profile] = []
    gold: list[int] = []
    for code, ids in sorted(shipped_core_skills().items()):
        names = [kb.skills[s].name for s in ids if s in kb.skills]
        for name in names:
            if code not in index or not named_titles(tables.codes, name):
                continue
            others = [n for n in names if n != name]
            held = rng.sample(others, min(len(others), rng.randint(0, WORK_OTHERS)))
            people.append(Profile("", (name, *held), title_unread=True, work_for_title=True))
            gold.append(index[code])
    if len(people) < MIN_WORK_PROFILES:
        return 0.0, len(people)
    rows = [("", "; ".join(p.skills), "") for p in people]
    f = features(tables, rows, agrees)
    read_work(tables, people, f)
    read_in_context(tables, rows, f)
    return fit_temperature(f @ weights.astype(np.float32), np.array(gold)), len(people)


#: Fewer skills-named pseudo-profiles than this fit no temperature of their own.
MIN_WORK_PROFILES = 100


def _calibrate(
    data: OccupationData,
    codes: list[str],
    duty: DutyFit,
    cal: Pseudo,
    origin: np.ndarray,
    proba: np.ndarray,
    meta: dict[str, Any],
) -> dict[str, Any]:
    """Fit the error model on the held-out profiles; its figures are measured by two-fold
    cross-fitting (each half's model on the other half).

    Sets ``meta["uncertainty"]`` and ``meta["interval_level"]``; returns the figures.
    """
    from scipy.stats import spearmanr

    pct, spread = grounding.figures([data.occupations[c] for c in codes])
    e_m, u2, d2 = grounding.match_moments(proba, pct, spread)
    n = np.zeros(len(cal.gold))
    e_d = np.full(len(cal.gold), np.nan)
    for j, (row, g) in enumerate(zip(cal.rows, cal.gold.tolist(), strict=True)):
        # Split as a served score splits them (semicolons too), so the error model is
        # fit on the lines the duty model rates at run time.
        lines = duty_lines(row[2])
        ratings = np.array([r.rating for r in duty.held_out_model(codes[g]).rate(lines)])
        readable = ratings[~np.isnan(ratings)]
        n[j] = len(readable)
        if len(readable):
            e_d[j] = np.interp(readable.mean(), duty.map_x, duty.map_y)
    group = uncertainty.group_of(np.array([bool(r[1]) for r in cal.rows]), n > 0)
    truth = pct[cal.gold]
    p_top = proba.max(axis=1)
    short = uncertainty.short_titles([row[0] for row in cal.rows])
    every = uncertainty.Calibration(e_m, u2, d2, p_top, e_d, n, group, truth, short)
    # Two-fold cross-fitting, whole profiles (all their variants) on one side: each half's
    # model is measured on the other half, and the model shipped is fit on both, since a
    # scale per group and band of confidence is a quantile of a few hundred profiles.
    first = origin % 2 == 0
    folds = [(every.subset(a), every.subset(~a)) for a in (first, ~first)]
    measured = [uncertainty.measure(uncertainty.fit(fit_on), held) for fit_on, held in folds]
    held_figures = {k: round(float(np.mean([m[k] for m in measured])), 3) for k in measured[0]}
    model = uncertainty.fit(every)
    meta["uncertainty"] = model.to_json()
    meta["interval_level"] = uncertainty.INTERVAL_LEVEL
    e, _, _ = model.combine(e_m, model.match_var(u2, d2, p_top), e_d, n)
    title = group == 0
    return {
        **held_figures,
        "pseudo_rho_title": round(float(spearmanr(e[title], truth[title]).statistic), 3),
        "pseudo_rho_all": round(float(spearmanr(e[group == 3], truth[group == 3]).statistic), 3),
        "uncertainty": model.to_json(),
    }


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
    new_meta.update({k: meta[k] for k in ("uncertainty", "interval_level")})
    if "temperature_untitled" in meta:
        new_meta["temperature_untitled"] = meta["temperature_untitled"]
    if "temperature_work" in meta:
        new_meta["temperature_work"] = meta["temperature_work"]
    return {"arrays": arrays, "meta": new_meta}
