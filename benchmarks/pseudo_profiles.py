"""How the occupation match and its interval fare on pseudo-profiles, per way of typing.

    python benchmarks/pseudo_profiles.py [--tasks PATH] [--seed 0]

Rebuilds the matcher as ``resilience train`` does (tables with a fifth of O*NET's
alternate titles, tools and tasks held out; combiner weights fit on three quarters of
the pseudo-profiles), then measures on the other quarter, which the weights never saw,
less the titles another occupation lists too (as training calibrates):

1. title-only top-1 (6-digit) and major-group accuracy for titles O*NET lists and for
   held-out ones, clean and with one way of typing at a time (seniority word, grade,
   abbreviation, typo, employer qualifier, a tool in brackets, lower case) and with
   the mix ``perturb_title`` draws;
2. the interval's coverage (stated 80%), title only and with skills, when the error
   model is fit on a half-listed mix and measured on mixes with none, half or all of
   the titles listed, with one scale per group of fields and with one per group and
   band of the match's confidence (what training ships).

Only O*NET data and the training-only task labels are read; never ``../shared/eval``.
"""

from __future__ import annotations

import argparse
import random
import time
from collections.abc import Callable
from pathlib import Path

import numpy as np

from career_resilience.model import grounding, uncertainty
from career_resilience.model.occupation_fit import (
    _QUALIFIERS,
    _SHORT,
    features,
    fit_temperature,
    fit_weights,
    make_profiles,
    perturb_title,
    relist,
    thin,
    without_shared,
)
from career_resilience.model.occupation_match import FEATURES, MatchTables, softmax
from career_resilience.model.occupation_model import FIT_SHARE, PER_OCCUPATION, find_tasks
from career_resilience.model.occupation_training import (
    HOLDOUT,
    Split,
    build_tables,
    read_tasks,
    shared_titles,
    split_items,
)
from career_resilience.skills.occupations import occupation_data
from career_resilience.skills.titles import normalise_title

Kind = Callable[[str, random.Random, list[str]], str]


def _abbreviate(title: str) -> str:
    low = title.lower()
    for long, short in _SHORT.items():
        if long in low:
            at = low.index(long)
            return title[:at] + short + title[at + len(long) :]
    return title


def _typo(title: str, rng: random.Random) -> str:
    words = title.split()
    k = rng.randrange(len(words))
    w = words[k]
    if len(w) > 4:
        j = rng.randrange(1, len(w) - 2)
        swap = rng.random() < 0.5
        words[k] = w[:j] + w[j + 1] + w[j] + w[j + 2 :] if swap else w[:j] + w[j + 1 :]
    return " ".join(words)


KINDS: dict[str, Kind] = {
    "clean": lambda t, r, tools: t,
    "seniority": lambda t, r, tools: r.choice(("Senior ", "Sr. ", "Lead ", "Jr ", "Staff ")) + t,
    "grade": lambda t, r, tools: t + r.choice((" II", " III", " - Level 2")),
    "abbreviation": lambda t, r, tools: _abbreviate(t),
    "typo": lambda t, r, tools: _typo(t, r),
    "qualifier": lambda t, r, tools: t + r.choice(_QUALIFIERS),
    "tool in brackets": lambda t, r, tools: f"{t} ({r.choice(tools)})" if tools else t,
    "lower case": lambda t, r, tools: t.lower(),
    "mix (perturb_title)": lambda t, r, tools: perturb_title(t, r, tools),
}


def _accuracy(tables: MatchTables, w: np.ndarray, rows: list, gold: np.ndarray) -> str:
    top = (features(tables, rows) @ w.astype(np.float32)).argmax(axis=1)
    majors = np.array([c[:2] for c in tables.codes])
    return f"{(top == gold).mean():6.1%} {(majors[top] == majors[gold]).mean():6.1%}"


def _calibration(
    tables: MatchTables, z: np.ndarray, t: float, rows: list, gold: np.ndarray
) -> uncertainty.Calibration:
    data = occupation_data()
    pct, spread = grounding.figures([data.occupations[c] for c in tables.codes])
    proba = softmax(z / t)
    e_m, u2, d2 = grounding.match_moments(proba, pct, spread)
    n = len(gold)
    has_skills = np.array([bool(r[1]) for r in rows])
    group = uncertainty.group_of(has_skills, np.zeros(n, bool))
    nan, zero = np.full(n, np.nan), np.zeros(n)
    return uncertainty.Calibration(e_m, u2, d2, proba.max(axis=1), nan, zero, group, pct[gold])


def main() -> None:
    """Rebuild the matcher on the held-out split and print both tables."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tasks", type=Path, default=None)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    started = time.process_time()
    seed = args.seed
    data = occupation_data()
    split: Split = split_items(data, read_tasks(find_tasks(args.tasks)), HOLDOUT, seed)
    tables = MatchTables.build(*build_tables(data, split, np.zeros(len(FEATURES)), 1.0))
    pseudo = make_profiles(split, seed + 1, per_occupation=PER_OCCUPATION)
    order = np.random.default_rng(seed).permutation(len(pseudo.gold))
    cut = int(len(order) * FIT_SHARE)
    fitting = pseudo.take(order[:cut])
    w = fit_weights(
        features(tables, thin(relist(fitting, split, seed + 3), seed).rows), fitting.gold
    )
    shared = shared_titles(data)
    held = without_shared(pseudo.take(order[cut:]), shared)
    gold = held.gold
    listed: dict[int, list[str]] = {}
    for i, title, official in split.titles:
        if not official:
            listed.setdefault(i, []).append(title)
    pick = random.Random(seed + 5)
    bases = {
        "listed": [pick.choice(listed[g]) if listed.get(g) else "" for g in gold.tolist()],
        "held out": [
            pick.choice([t for t in split.held_titles[g] if normalise_title(t) not in shared])
            for g in gold.tolist()
        ],
    }
    print(f"{len(gold)} held-out pseudo-profiles, title only: top-1 and major group first")
    print(f"{'typing':22s} {'listed title':>14s} {'held-out title':>14s}")
    for name, kind in KINDS.items():
        cells = []
        for titles in bases.values():
            rng = random.Random(seed + 7)
            typed = [
                kind(t, rng, split.held_tech.get(g, []))
                for t, g in zip(titles, gold.tolist(), strict=True)
            ]
            keep = np.array([bool(t) for t in typed])
            rows = [(t, "", "") for t, k in zip(typed, keep, strict=True) if k]
            cells.append(_accuracy(tables, w, rows, gold[keep]))
        print(f"{name:22s} {cells[0]:>14s} {cells[1]:>14s}")

    mixes: dict[float, tuple[list, np.ndarray]] = {}
    for share in (0.0, 0.5, 1.0):
        typed = relist(held, split, seed + 2, share)
        rows = [(r, "", "") for r, _, _ in typed.rows] + [(r, s, "") for r, s, _ in typed.rows]
        mixes[share] = (rows, features(tables, rows) @ w.astype(np.float32))
    both = np.concatenate([gold, gold])
    t = fit_temperature(mixes[0.5][1], both)
    first = np.concatenate([np.arange(len(gold)) % 2 == 0] * 2)
    fit_on = _calibration(tables, mixes[0.5][1], t, mixes[0.5][0], both).subset(first)
    models = {
        "per group": uncertainty.fit(fit_on, bands=()),
        "per group and band": uncertainty.fit(fit_on),
    }
    print("\nInterval coverage (stated 80%), fit on a half-listed mix; title only / + skills")
    print(f"{'share of titles listed':24s} {'per group':>16s} {'per group and band':>20s}")
    for share, (rows, z) in mixes.items():
        cal = _calibration(tables, z, t, rows, both).subset(~first)
        cells = []
        for model in models.values():
            e, half, _ = uncertainty.intervals(model, cal)
            covered = np.abs(e - cal.truth) <= half
            cells.append(" / ".join(f"{covered[cal.group == g].mean():.1%}" for g in (0, 1)))
        print(f"{share:<24.0%} {cells[0]:>16s} {cells[1]:>20s}")
    print(f"\nCPU {time.process_time() - started:.0f} s")


if __name__ == "__main__":
    main()
