"""Where a full batch row goes: CPU time of each phase of ``score_file`` in one process.

Used by ``python benchmarks/batch_vs_model.py --phases``. Each phase is a function the
batch calls, timed inclusively (its callees in it) while the file is scored from cold
caches right after the bare math, as the benchmark's own full run is; the phases do not
nest in one another, so "the rest" is what none of them covers (the engine's glue, the
slices' bookkeeping, the collector); the drivers' own steps are printed under them.
The wrappers add about a microsecond a call.
"""

from __future__ import annotations

import os
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

#: (label, module, attribute path) of each timed phase, in the order a row meets them.
#: The bare model math pays for the first four too (the category and duty models, the
#: matcher's channels, each skill resolved in the catalogue); the rest is the full
#: result's own.
PHASES = (
    ("category model", "engine", "CategoryTables.proba"),
    ("duty ratings", "engine", "Engine.rate_duties"),
    ("matcher channels", "engine", "channel_features"),
    ("skills matched to the catalogue", "engine", "Engine.read_skills"),
    ("rows read and checked", "batch", "read_slice"),
    ("repeats pinned (before scoring)", "batch", "pin_here"),
    ("title read in context", "engine", "read_in_context"),
    ("occupations grounded", "engine", "ground"),
    ("figures (exposure, interval, mix)", "assemble", "Batch.compute"),
    ("skills in title and duties (pivots)", "instance", "title_skills"),
    ("skills in title and duties (pivots)", "instance", "duty_skills"),
    ("drivers", "assemble", "category_readings"),
    ("drivers", "assemble", "_drivers"),
    ("pivots", "engine", "advise_batch"),
    ("result records", "assemble", "result_for"),
    ("to_dict", "contract", "Result.to_dict"),
)
#: The drivers' own steps (``model/grounded_drivers.py``), timed inside the drivers and
#: printed under them (not counted again in the rest).
DRIVER_STEPS = (
    ("the category model's reading split", "drivers", "CategoryReading.parts"),
    ("each skill's and line's part", "drivers", "_item_parts"),
    ("each title unit's part", "drivers", "_title_parts"),
    ("the title's units found", "drivers", "title_units"),
    ("the variants (2^n coalitions)", "drivers", "Variants.__init__"),
    ("the variants (2^n coalitions)", "drivers", "Variants.alone"),
    ("the variants (2^n coalitions)", "drivers", "Variants.game"),
    ("the variants' exposures", "drivers", "_exposures"),
    ("the title's credit", "drivers", "title_credit"),
    # A title read in context, read again without each item to find the items that
    # decide the read (``driver_variants.TitleReads``; the other variants' re-reads
    # fall in the 2^n coalitions').
    ("the title re-read without each item", "drivers", "TitleReads.__init__"),
)


#: Marks a timed method its owner inherits (nothing of its own to put back).
_INHERITED = object()


def batch_phases(engine: Any, source: Path, cold: Callable[[Any], None]) -> None:
    """Score ``source`` in this process with each of :data:`PHASES` timed, and print
    CPU ms a row per phase, JSON encoding and the rest."""
    from threadpoolctl import threadpool_limits

    from career_resilience import contract
    from career_resilience.model import assemble, batch, grounded_drivers
    from career_resilience.model import engine as engine_module

    modules = {
        "engine": engine_module,
        "batch": batch,
        "assemble": assemble,
        "contract": contract,
        "instance": engine,  # the engine's own cached functions
        "drivers": grounded_drivers,
    }
    spent: dict[str, float] = defaultdict(float)
    restore: list[tuple[Any, str, Any]] = []

    def timed(label: str, function: Callable[..., Any]) -> Callable[..., Any]:
        def run(*args: Any, **kwargs: Any) -> Any:
            cpu = time.process_time()
            try:
                return function(*args, **kwargs)
            finally:
                spent[label] += time.process_time() - cpu

        return run

    for label, module, name in (*PHASES, *DRIVER_STEPS):
        owner: Any = modules[module]
        *path, attr = name.split(".")
        for part in path:
            owner = getattr(owner, part)
        # Put back as found (a classmethod as its descriptor, not as the bound method);
        # a method the owner inherits (``Engine.read_skills``, from a mixin) is removed
        # again rather than copied onto it.
        restore.append((owner, attr, vars(owner).get(attr, _INHERITED)))
        setattr(owner, attr, timed(label, getattr(owner, attr)))
    # json_lines reads the encoder's method at each call: an instance attribute shadows it.
    batch._ENCODER.encode = timed("JSON encoding", batch._ENCODER.encode)  # type: ignore[method-assign]
    plan = batch.plan(source)
    try:
        with threadpool_limits(limits=1, user_api="blas"), open(os.devnull, "w") as out:
            cold(engine)
            cpu = time.process_time()
            batch.score_file(engine, plan, out.write, jobs=1)
            total = time.process_time() - cpu
    finally:
        for owner, attr, original in restore:
            if original is _INHERITED:
                delattr(owner, attr)
            else:
                setattr(owner, attr, original)
        del batch._ENCODER.encode
    _report(plan.rows, total, spent)


def _report(rows: int, total: float, spent: dict[str, float]) -> None:
    """The phases' CPU ms a row, the bare math's share marked, and what is left."""
    print(f"where a full row goes (score_file, one process, {rows:,} rows; CPU ms a row,")
    print(f"  inclusive; load {os.getloadavg()[0]:.1f}): total {total * 1000 / rows:.3f}")
    shared = {label for label, _, _ in PHASES[:4]}
    steps = dict.fromkeys(p[0] for p in DRIVER_STEPS)
    for label in [*dict.fromkeys(p[0] for p in PHASES), "JSON encoding"]:
        mark = "  (the bare math's too)" if label in shared else ""
        print(f"  {label:47s} {spent[label] * 1000 / rows:6.3f}{mark}")
        if label == "drivers":
            for step in steps:
                print(f"    of which: {step:35s} {spent[step] * 1000 / rows:6.3f}")
            # The steps do not nest: what none of them covers (names, the first shown,
            # the Shapley product, the glue of ``item_effects``).
            left = spent[label] - sum(spent[step] for step in steps)
            glue = "the rest of the drivers"
            print(f"    of which: {glue:35s} {left * 1000 / rows:6.3f}")
    rest = total - sum(v for k, v in spent.items() if k not in steps)
    print(f"  {'the rest':47s} {rest * 1000 / rows:6.3f}")
