"""Pivot figures on the typed development profiles (evaluation only).

    python benchmarks/pivots_dev.py [--profiles ../shared/eval/typed_profiles_dev.yaml]
                                    [--fuzzy-titles] [--show "dispatcher" ...]

Scores every profile with the shipped engine and reports, over the pivots offered:
the spread of fit (inter-quartile range, in points), the share of profiles whose first
pivot is an O*NET related occupation and the share whose first is an AI-era role
anchored to O*NET occupations, the share of pivots that raise exposure by more than
10 points and how many of those say why, the share of profiles with at least three
pivots, how many pivots (and first pivots) the list labels long shots (a fit under
25%, or years of new licensed school first, ``model/pivot_routes.py``), and how many moves into
licensed work at the same or a lower job zone add the licence
(``model/pivot_licences.py``). ``--show`` prints the
pivots of profiles whose typed role contains the words.
Nothing is fitted on this file; it is read only here. Skips cleanly when it is absent.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path
from typing import Any

import numpy as np
import yaml

from career_resilience import wording
from career_resilience.model.engine import load_engine
from career_resilience.model.pivot_licences import licence_of
from career_resilience.model.pivot_thresholds import LONG_SHOT, LONG_SHOT_BELOW
from career_resilience.model.profile import Profile

ROOT = Path(__file__).resolve().parents[1]
NAME = "typed_profiles_dev.yaml"
#: Beside the repository (../shared/eval); from a worktree under /work/wt, two levels up.
CANDIDATES = [ROOT.parent / "shared" / "eval" / NAME, ROOT.parents[1] / "shared" / "eval" / NAME]
DEFAULT = next((p for p in CANDIDATES if p.is_file()), CANDIDATES[0])
JUMP = 10.0
#: How a long shot's fit line starts, either kind (``wording.long_shot`` and
#: ``wording.school_long_shot``), and how the one for years of new school does.
SCHOOL_LABEL = wording.school_long_shot("", 52).split(" 1 ")[0]
LONG_SHOT_LABEL = wording.long_shot("").split(" —")[0]


def main() -> None:
    """Score, then print the figures (and any profiles asked for with --show)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--profiles", type=Path, default=DEFAULT)
    parser.add_argument("--show", action="append", default=[])
    parser.add_argument(
        "--fuzzy-titles",
        action="store_true",
        help="place people by the fuzzy title search (top 5) instead of the engine's "
        "title lookup: what pivots look like with a real occupation match (slow)",
    )
    args = parser.parse_args()
    if not args.profiles.is_file():
        print(f"skipped: {args.profiles} is not here (evaluation data is optional)")
        return
    rows = yaml.safe_load(args.profiles.read_text(encoding="utf-8"))
    engine = load_engine()
    profiles = [Profile.create(r["role"], r.get("skills", ""), r.get("duties", "")) for r in rows]
    engine.score(profiles[0])  # warm caches once
    times, results = [], []
    for profile in profiles:
        t0 = time.perf_counter()
        result = engine.score(profile)
        times.append(time.perf_counter() - t0)
        if args.fuzzy_titles:
            result = _with_fuzzy_match(engine, profile, result)
        results.append(result)
    pivots = [p for r in results for p in r.pivots]
    fits = np.array([p.fit for p in pivots]) * 100
    firsts = [r.pivots[0] for r in results if r.pivots]
    n = len(results)
    raised = [p for p in pivots if p.exposure_change > JUMP]
    said = [p for p in raised if p.why.startswith("More exposed to AI")]
    q1, q3 = np.percentile(fits, [25, 75]) if len(fits) else (0.0, 0.0)
    print(f"profiles: {n}, pivots offered: {len(pivots)} ({len(pivots) / n:.1f} per profile)")
    print(f"fit: median {np.median(fits):.0f}%, IQR {q3 - q1:.0f} points ({q1:.0f}-{q3:.0f})")
    print(f"fit range: {fits.min():.0f}-{fits.max():.0f}%")
    for kind in ("related", "ai_era", "occupation"):
        share = sum(1 for p in firsts if p.kind == kind and p.onet_soc) / n
        print(f"first pivot is {kind:<10} (anchored in O*NET): {share:6.1%}")
    print(f"profiles with no pivot: {sum(1 for r in results if not r.pivots) / n:.1%}")
    print(f"profiles with >= 3 pivots: {sum(1 for r in results if len(r.pivots) >= 3) / n:.1%}")
    print(
        f"pivots raising exposure > {JUMP:.0f} points: {len(raised) / max(len(pivots), 1):.1%}"
        f" ({len(raised)}), of which say why: {len(said)}"
    )
    # A long shot is what the list labels one: a low fit (under LONG_SHOT), or years of
    # new licensed school first whatever the fit (``model/pivot_routes.py``).
    low_fit = sum(1 for p in pivots if p.fit < LONG_SHOT_BELOW)
    shots = [p for p in pivots if _labelled(p, LONG_SHOT_LABEL)]
    school = [p for p in shots if _labelled(p, SCHOOL_LABEL)]
    first_long = sum(1 for p in firsts if _labelled(p, LONG_SHOT_LABEL))
    print(
        f"long shots (labelled so): {len(shots) / max(len(pivots), 1):.1%} of pivots "
        f"({len(shots)}: {len(school)} for years of new school, {len(shots) - len(school)} "
        f"for a fit under {LONG_SHOT:.0%}); first pivot a long shot: {first_long / n:.1%}; "
        f"fit under {LONG_SHOT:.0%}: {low_fit}"
    )
    # Moves into licensed work (or board-certified, or learnt by apprenticeship: each
    # ``wording.REGULATED``) where no job-zone step already adds the preparation.
    licensed = [p for p in pivots if p.job_zone_step < 1 and licence_of(p.onet_soc or "")]
    said = tuple(wording.REGULATED.values())
    needs = sum(1 for p in licensed if any(w in s.step for s in p.plan for w in said))
    print(
        f"pivots into licensed work (or certified, apprenticed), same or lower job zone: "
        f"{len(licensed)}, "
        f"of which add the licence (the person's work does not hold it): {needs}"
    )
    notes = sum(1 for r in results if getattr(r, "pivot_note", ""))
    print(f"profiles with a note above the list: {notes / n:.1%}")
    print(f"one score incl. pivots, median: {statistics.median(times) * 1000:.2f} ms")
    for words in args.show:
        for row, result in zip(rows, results, strict=True):
            if words.lower() in row["role"].lower():
                _show(row, result)


def _labelled(pivot: Any, label: str) -> bool:
    """Whether the pivot's fit line starts with ``label`` (a long shot's, of a kind)."""
    return bool(pivot.fit_reasons) and pivot.fit_reasons[0].startswith(label)


def _with_fuzzy_match(engine: Any, profile: Profile, result: Any) -> Any:
    """The result with pivots re-ranked for the occupations the fuzzy title search finds."""
    from dataclasses import replace

    from career_resilience.model.pivot_standing import standing_from
    from career_resilience.skills.occupations import search_titles

    hits = search_titles(profile.role, 5)
    matches: tuple[tuple[str, float], ...] = ()
    if hits:
        score = np.array([h[2] for h in hits])
        weight = np.exp((score - score.max()) / 4)
        weight *= min(1.0, score.max() / 100) / weight.sum()
        matches = tuple((h[0], float(w)) for h, w in zip(hits, weight, strict=True))
    cats = {c.id: c.probability for c in result.categories}
    skills = [engine.match(s) for s in profile.skills]
    standing = standing_from(matches, skills, result.exposure, result.resilience, cats)
    advice = engine.pivot_scorer.advise(standing)
    return replace(result, pivots=advice.pivots, pivot_note=advice.note)


def _show(row: dict[str, str], result: object) -> None:
    print(f"\n== {row['role']}  [{row['onet_soc']}]  skills: {row.get('skills', '')}")
    note = getattr(result, "pivot_note", "")
    if note:
        print(f"   note: {note}")
    for i, p in enumerate(getattr(result, "pivots", ()), 1):
        bls = "n/a" if p.bls_change_pct is None else f"{p.bls_change_pct:+.1f}%"
        print(
            f" {i}. [{p.kind}] {p.label}  fit {p.fit:.0%}  exposure {p.exposure:.0f} "
            f"({p.exposure_change:+.0f})  resilience {p.resilience:.0f} "
            f"({p.resilience_change:+.0f})  BLS {bls}  zone {p.job_zone} ({p.job_zone_step:+d})"
        )
        print(f"    fit: {p.fit_reasons[0] if p.fit_reasons else ''}")
        print(f"    why: {p.why[:200]}")
        print(f"    gap: {', '.join(p.gap_skills)}; plan {p.plan_weeks:g} weeks")


if __name__ == "__main__":
    sys.exit(main())
