"""Scoring speed: batch rows/s, one in-process score, and `resilience score` from cold.

    python benchmarks/scoring_speed.py [--rows 20000] [--single-only] [--phases]

One score is timed on fresh profiles (drawn with another seed, never scored before in
the process, so no per-profile cache helps), on one profile scored again, and on each
fresh profile scored again with one skill less (what the what-if does); the time
spent ranking pivots is measured separately and shown both included and left out; each
fresh result's JSON is timed apart (the pivots' words are built when first read).
``--single-only`` skips the batch and cold-start parts; ``--phases`` also prints the CPU
time of each stage of a fresh score (where the time goes), the drivers' own
steps under the drivers.

Profiles are synthetic but varied: titles, skill lists and duties are drawn
independently from different corpus categories so that few rows repeat, which is
harder than a real team export where titles repeat a lot; drawn from a frozen pool
(``benchmarks/frozen_rows.py``), so every revision scores the same profiles.
"""

from __future__ import annotations

import argparse
import csv
import gc
import statistics
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

from frozen_rows import synthetic_rows

from career_resilience.model.engine import load_engine
from career_resilience.model.profile import Profile


def one_score_figures(engine, count: int = 500, seed: int = 99) -> dict[str, list[float]]:
    """Per-score seconds for fresh profiles (never scored before in this process) and
    for one profile scored again; with the pivot ranking's share measured separately.

    Each figure is kept as wall time and as this process's CPU time (``*_cpu``): with
    seven other jobs on two cores the wall time is mostly waiting for a core.
    """
    from career_resilience.model import engine as engine_module

    spent = [0.0, 0.0]
    advise = engine_module.advise_batch

    def timed_advise(*args, **kwargs):  # type: ignore[no-untyped-def]
        wall, cpu = time.perf_counter(), time.process_time()
        try:
            return advise(*args, **kwargs)
        finally:
            spent[0] += time.perf_counter() - wall
            spent[1] += time.process_time() - cpu

    rows = synthetic_rows(count, seed=seed)  # not the batch rows: nothing cached
    fresh = [Profile.create(r["role"], r["skills"], r["duties"]) for r in rows]
    out: dict[str, list[float]] = defaultdict(list)

    def timed(profile: Profile, read: bool = False) -> tuple[float, float]:
        spent[0] = spent[1] = 0.0
        wall, cpu = time.perf_counter(), time.process_time()
        result = engine.score(profile)
        if read:
            # What `resilience score --json` and the app do next: the pivots' words are
            # built when first read (``PivotOption.deferred``), so they are timed apart.
            figures = time.perf_counter(), time.process_time()
            result.to_dict()
            out["read"].append(time.perf_counter() - figures[0])
            out["read_cpu"].append(time.process_time() - figures[1])
            return figures[0] - wall, figures[1] - cpu
        return time.perf_counter() - wall, time.process_time() - cpu

    engine_module.advise_batch = timed_advise
    try:
        for profile in fresh:
            wall, cpu = timed(profile, read=True)
            figures = {"fresh": (wall, cpu), "no_pivots": (wall - spent[0], cpu - spent[1])}
            if profile.duties:  # every left-out duty line walks the title postings again
                figures["with_duties"] = figures["no_pivots"]
            for name, (w, c) in figures.items():
                out[name].append(w)
                out[f"{name}_cpu"].append(c)
        for _ in range(count):
            wall, cpu = timed(fresh[0])
            out["repeated"].append(wall)
            out["repeated_cpu"].append(cpu)
        # What the what-if does: a profile scored again with one skill left out (title
        # and duties as before), each variant never scored before.
        for profile in fresh:
            if len(profile.skills) > 1:
                fewer = Profile(profile.role, profile.skills[:-1], profile.duties)
                wall, cpu = timed(fewer)
                out["one_skill_less"].append(wall - spent[0])
                out["one_skill_less_cpu"].append(cpu - spent[1])
    finally:
        engine_module.advise_batch = advise
    return out


#: The drivers' steps (``model/grounded_drivers.py``), printed under the drivers.
_CATEGORY_SPLIT = "  of which: the category model's reading split"
_ITEM_PARTS = "  of which: each skill's and line's part"
_TITLE_PARTS = "  of which: each title unit's part"
_VARIANTS = "  of which: the variants (2^n coalitions)"
#: The stages of one score, as (label, module, attribute) of the function timed.
#: A label given twice adds up its functions (none calls another).
PHASES = [
    ("skills matched (and 'did you mean')", "engine", "Engine.match"),
    ("category model", "engine", "CategoryTables.proba"),
    ("duty model", "engine", "Engine.rate_duties"),
    ("occupation matcher (52k titles)", "engine", "channel_features"),
    # The matcher's own channels (calls from inside ``occupation_match`` only: the title
    # rules and the drivers import these functions and are timed in their own stages).
    ("  of which: the typed title against titles", "match", "title_channel"),
    ("  of which: the duties against titles (duty column)", "match", "duty_best"),
    ("  of which: the skills against technology items", "match", "skill_figures"),
    ("title read in context", "engine", "read_in_context"),
    ("grounding in the match", "engine", "ground"),
    ("exposure, interval, mix", "assemble", "Batch.compute"),
    ("skills in the title and duties (pivots)", "engine", "Engine.title_skills"),
    ("skills in the title and duties (pivots)", "engine", "Engine.duty_skills"),
    ("pivot ranking", "engine", "advise_batch"),
    # Its steps (``model/pivot_scoring.score_batch`` and the texts after it).
    ("  of which: the candidates (a frame per set of matches)", "pivots", "frame_of"),
    ("  of which: closeness and activities", "pivots", "closeness"),
    ("  of which: closeness and activities", "pivots", "similarities_of_one"),
    ("  of which: skills and products held", "pivots", "core_counts"),
    ("  of which: skills and products held", "pivots", "way_in"),
    ("  of which: skills and products held", "pivots", "held_products"),
    ("  of which: the move rules", "pivots", "judged"),
    ("  of which: the order shown", "pivots", "shown_order"),
    ("  of which: the shown pivots' records", "pivots", "scored_at"),
    ("  of which: the options and the note", "texts", "PivotTexts.options"),
    ("  of which: the options and the note", "texts", "PivotTexts.note"),
    ("drivers", "assemble", "_drivers"),
    (_CATEGORY_SPLIT, "drivers", "CategoryReading.parts"),
    (_ITEM_PARTS, "drivers", "_item_parts"),
    ("    of which: skills' and lines' own match", "shares", "own_similarities"),
    (_TITLE_PARTS, "drivers", "_title_parts"),
    ("    of which: title words' own match", "shares", "own_title_words"),
    ("  of which: the title's units found", "drivers", "title_units"),
    (_VARIANTS, "drivers", "Variants.__init__"),
    (_VARIANTS, "drivers", "Variants.alone"),
    (_VARIANTS, "drivers", "Variants.game"),
    ("  of which: the variants' exposures", "drivers", "_exposures"),
    ("  of which: the title's credit", "drivers", "title_credit"),
    ("result records", "assemble", "result_for"),
]
#: Stages timed inside another (printed under it, not counted again in "the rest").
_WITHIN = {
    "drivers": "drivers",
    "shares": "drivers",
    "match": "occupation matcher (52k titles)",
    "pivots": "pivot ranking",
    "texts": "pivot ranking",
}
PART_OF = {label: _WITHIN[module] for label, module, _ in PHASES if module in _WITHIN}
#: Instance attributes (the engine's caches), not the class's.
_OF_THE_ENGINE = {"match", "title_skills", "duty_skills"}


def phase_figures(engine, count: int = 300) -> tuple[float, dict[str, float]]:
    """CPU ms a fresh score spends in each of :data:`PHASES` (and in all of it)."""
    from career_resilience.model import (
        assemble,
        driver_shares,
        grounded_drivers,
        occupation_match,
        pivot_scoring,
        pivot_texts,
    )
    from career_resilience.model import engine as engine_module

    modules = {
        "engine": engine_module,
        "assemble": assemble,
        "shares": driver_shares,
        "drivers": grounded_drivers,
        "match": occupation_match,
        "pivots": pivot_scoring,
        "texts": pivot_texts,
    }
    spent: dict[str, float] = defaultdict(float)
    restore = []
    for label, module, name in PHASES:
        owner = modules[module]
        *path, attr = name.split(".")
        # Run against an older revision (frozen_rows.py), a step it did not have yet is
        # left out (not timed), not a crash.
        try:
            for part in path:
                owner = getattr(owner, part)
            if owner is engine_module.Engine and attr in _OF_THE_ENGINE:
                owner = engine  # an attribute of the instance (its cache), not of the class
            original = getattr(owner, attr)
        except AttributeError:
            continue

        def timed(*args, _f=original, _label=label, **kwargs):  # type: ignore[no-untyped-def]
            cpu = time.process_time()
            try:
                return _f(*args, **kwargs)
            finally:
                spent[_label] += time.process_time() - cpu

        setattr(owner, attr, timed)
        restore.append((owner, attr, original))
    rows = synthetic_rows(count, seed=123)  # nothing scored before
    fresh = [Profile.create(r["role"], r["skills"], r["duties"]) for r in rows]
    try:
        cpu = time.process_time()
        for profile in fresh:
            engine.score(profile)
        total = time.process_time() - cpu
    finally:
        for owner, attr, original in restore:
            setattr(owner, attr, original)
    return total * 1000 / count, {k: v * 1000 / count for k, v in spent.items()}


def _ms(values: list[float]) -> str:
    ordered = sorted(values)
    p90 = ordered[int(0.9 * (len(ordered) - 1))]
    return f"median {statistics.median(values) * 1000:6.2f} ms, p90 {p90 * 1000:6.2f} ms"


def main() -> None:
    """Print the speed figures."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=20_000)
    parser.add_argument("--single-only", action="store_true")
    parser.add_argument("--phases", action="store_true")
    args = parser.parse_args()
    engine = load_engine()
    engine.score(Profile.create("Warm-up analyst", "SQL"))  # first-call set-up, not a score
    for heading, seed in [
        ("collector running (a plain script):", 99),
        ("collector frozen after loading (figure of record):", 101),
    ]:
        if seed == 101:
            # What tui/model_events.py does once the model is loaded. The app and
            # `resilience score` go further and switch the collector off while scoring
            # (tui/collector.py, cli/score_commands.py); the median fresh score is the same
            # either way (4.51 frozen, 4.68 off, one run each at load 6-8): the
            # collections fall into a few scores (docs/measurements.md).
            gc.freeze()
        print(heading)
        single = one_score_figures(engine, seed=seed)
        for label, name in [
            ("one score, fresh profiles, all of it:     ", "fresh"),
            ("  ... then its JSON (the pivots' words):   ", "read"),
            ("one score, fresh profiles, without pivots:", "no_pivots"),
            ("  ... only those with duty lines (half):  ", "with_duties"),
            ("one score, the same profile again:        ", "repeated"),
            ("  ... with one skill less, without pivots: ", "one_skill_less"),
        ]:
            print(f"  {label} wall {_ms(single[name])}; CPU {_ms(single[name + '_cpu'])}")
    if args.phases:
        total, spent = phase_figures(engine)
        print(
            f"where a fresh score's CPU time goes, collector frozen (mean of 300, {total:.2f} ms):"
        )
        for label, ms in sorted(spent.items(), key=lambda kv: -kv[1]):
            if label in PART_OF:
                continue
            print(f"  {label:48s} {ms:6.2f} ms  {100 * ms / total:4.0f}%")
            for part in (p for p, whole in PART_OF.items() if whole == label and p in spent):
                print(f"  {part:48s} {spent[part]:6.2f} ms  {100 * spent[part] / total:4.0f}%")
        outer = sum(ms for label, ms in spent.items() if label not in PART_OF)
        print(f"  {'the rest (assembly glue)':48s} {total - outer:6.2f} ms")
    if args.single_only:
        return
    rows = synthetic_rows(args.rows)
    profiles = [Profile.create(r["role"], r["skills"], r["duties"]) for r in rows]
    engine.score_many(profiles[:200])  # warm caches of the first chunk only

    started = time.perf_counter()
    engine.score_many(profiles)
    in_process = len(profiles) / (time.perf_counter() - started)

    with tempfile.TemporaryDirectory() as tmp:
        source, target = Path(tmp) / "rows.csv", Path(tmp) / "out.jsonl"
        with source.open("w", newline="") as handle:
            writer = csv.DictWriter(handle, ["id", "role", "skills", "duties"])
            writer.writeheader()
            writer.writerows(rows)
        cmd = [sys.executable, "-m", "career_resilience", "score", "--input", str(source),
               "--output", str(target)]  # fmt: skip
        started = time.perf_counter()
        subprocess.run(cmd, check=True, capture_output=True)
        end_to_end = len(rows) / (time.perf_counter() - started)

        cold = []
        for _ in range(5):
            t0 = time.perf_counter()
            subprocess.run(
                [sys.executable, "-m", "career_resilience", "score", "--role", "Data analyst"],
                check=True, capture_output=True, cwd=tmp,
            )  # fmt: skip
            cold.append(time.perf_counter() - t0)

    print(f"batch, engine.score_many:         {in_process:8,.0f} rows/s")
    print(f"batch, CLI CSV -> JSONL (+ start): {end_to_end:8,.0f} rows/s ({len(rows):,} rows)")
    print(f"`resilience score` cold, median:  {statistics.median(cold):8.2f} s")


if __name__ == "__main__":
    main()
