"""The drivers' phase of one score against an older revision's, alternating in one process.

    python benchmarks/drivers_against.py [--against REV] [--profiles 300] [--rounds 20]
                                         [--fresh]

Scores fresh synthetic profiles once (``frozen_rows.synthetic_rows``) and keeps every
call of the drivers (``grounded_drivers.item_effects``, what ``assemble`` asks of them);
then times those calls with the drivers' modules (:data:`MODULES`) as they are here and
as they were at ``REV`` (default ``HEAD``), one after the other in each round, the order
swapped every round: same profiles, same tables, same load. On a machine shared by
several jobs, separate runs minutes apart differ by 10% and more; the median of the
rounds' ratios moves by about 1%. ``--fresh`` empties the drivers' own memos before
each pass (a skill's or a line's own match, title units and their texts, the category
splits and each piece's columns), as for people never scored before; without it
every pass finds them.

The two sets' drivers are compared first: "same drivers" when every name and float is
equal (a change meant only to be faster must say so), else how many profiles differ.
"""

from __future__ import annotations

import argparse
import gc
import importlib.util
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from types import ModuleType
from typing import Any

from frozen_rows import synthetic_rows

from career_resilience.model import assemble, title_units
from career_resilience.model.engine import load_engine
from career_resilience.model.profile import Profile

ROOT = Path(__file__).resolve().parent.parent
#: The drivers' modules (``model/``), loaded together at the older revision so that they
#: call each other's old code; everything else is shared.
MODULES = (
    "driver_shares",
    "driver_category_split",
    "driver_category",
    "driver_variants",
    "driver_exposure",
    "item_shapley",
    "title_shapley",
    "grounded_drivers",
)
_PACKAGE = "career_resilience.model"


def modules_at(rev: str, folder: Path) -> dict[str, ModuleType]:
    """:data:`MODULES` as they were at ``rev`` (a module not there yet: today's),
    each importing the others' old code; ``sys.modules`` and the package's attributes
    are left as they were (``from career_resilience.model import driver_shares`` reads
    the attribute before ``sys.modules``)."""
    package = sys.modules[_PACKAGE]
    kept = {name: sys.modules[f"{_PACKAGE}.{name}"] for name in MODULES}
    out: dict[str, ModuleType] = {}
    try:
        for name in MODULES:
            shown = subprocess.run(
                ["git", "-C", str(ROOT), "show", f"{rev}:model/{name}.py"],
                capture_output=True, text=True,
            )  # fmt: skip
            if shown.returncode:
                print(f"  model/{name}.py is not at {rev}: today's is used on both sides")
                out[name] = kept[name]
                continue
            file = folder / f"{name}.py"
            file.write_text(shown.stdout, encoding="utf-8")
            spec = importlib.util.spec_from_file_location(f"{_PACKAGE}.{name}", file)
            assert spec is not None and spec.loader is not None
            module = importlib.util.module_from_spec(spec)
            sys.modules[spec.name] = module  # the next old module imports this one
            setattr(package, name, module)
            spec.loader.exec_module(module)
            out[name] = module
    finally:
        for name, module in kept.items():
            sys.modules[f"{_PACKAGE}.{name}"] = module
            setattr(package, name, module)
    return out


def captured_calls(engine: Any, profiles: list[Profile]) -> list[tuple[tuple, dict]]:
    """The arguments of every drivers call of scoring ``profiles`` (once, today's code)."""
    calls: list[tuple[tuple, dict]] = []
    today = assemble.item_effects

    def keep(*args: Any, **kwargs: Any) -> Any:
        calls.append((args, kwargs))
        return today(*args, **kwargs)

    assemble.item_effects = keep
    try:
        for profile in profiles:
            engine.score(profile)
    finally:
        assemble.item_effects = today
    return calls


def drivers_pass(engine: Any, modules: dict[str, ModuleType], calls: list, fresh: bool) -> Any:
    """Every kept call through ``modules``' drivers: (CPU ms a profile, the drivers)."""
    frame = modules["driver_category"].frame_of(engine)  # each set keeps its own splits
    reading = modules["driver_category"].CategoryReading
    if fresh:
        modules["driver_shares"]._OWN.clear()
        modules["grounded_drivers"]._UNIT_TEXTS.clear()
        title_units.title_units.cache_clear()
        frame.kept.clear()
        # getattr: a revision before each piece's columns were remembered has no such memo.
        getattr(frame, "pieces", {}).clear()
    item_effects = modules["grounded_drivers"].item_effects
    out = []
    cpu = time.process_time()
    for args, kwargs in calls:
        args[5].__class__, args[5].frame = reading, frame  # the category reading
        out.append(item_effects(*args, **kwargs))
    return (time.process_time() - cpu) * 1000 / len(calls), out


def main() -> None:
    """Print both sides' CPU ms a profile and the median of the rounds' ratios."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--against", default="HEAD")
    parser.add_argument("--profiles", type=int, default=300)
    parser.add_argument("--rounds", type=int, default=20)
    parser.add_argument("--fresh", action="store_true")
    args = parser.parse_args()
    engine = load_engine()
    for row in synthetic_rows(200, seed=5):  # first-call set-up, not timed
        engine.score(Profile.create(row["role"], row["skills"], row["duties"]))
    rows = synthetic_rows(args.profiles, seed=123)
    calls = captured_calls(
        engine, [Profile.create(r["role"], r["skills"], r["duties"]) for r in rows]
    )
    today = {name: sys.modules[f"{_PACKAGE}.{name}"] for name in MODULES}
    with tempfile.TemporaryDirectory() as tmp:
        then = modules_at(args.against, Path(tmp))
    sides = {"today": today, args.against: then}
    try:
        found = {name: drivers_pass(engine, m, calls, args.fresh)[1] for name, m in sides.items()}
    except TypeError as exc:  # the drivers' call changed since then
        sys.exit(f"the drivers at {args.against} take other arguments ({exc}): try a later one")
    differ = sum(a != b for a, b in zip(*found.values(), strict=True))
    print("same drivers" if not differ else f"drivers differ for {differ} of {len(calls)} profiles")
    gc.collect()
    gc.freeze()  # as the app and the CLI run
    times: dict[str, list[float]] = {name: [] for name in sides}
    for k in range(args.rounds):
        for name in list(sides)[:: 1 if k % 2 else -1]:
            times[name].append(drivers_pass(engine, sides[name], calls, args.fresh)[0])
    ratios = [a / b for a, b in zip(*times.values(), strict=True)]
    kind = "fresh (memos emptied each pass)" if args.fresh else "memos kept"
    print(f"drivers, {len(calls)} profiles, {kind}, CPU ms a profile, median of {args.rounds}:")
    for name, values in times.items():
        print(f"  {name:12s} {statistics.median(values):.3f} (min {min(values):.3f})")
    print(
        f"  today / {args.against}: {statistics.median(ratios):.3f} (median of the rounds' ratios)"
    )


if __name__ == "__main__":
    main()
