"""Instructions a fresh score spends in each of its stages: load-free, unlike CPU time.

    python benchmarks/instructions_phases.py [--scores 40] [--prepared]

``scoring_speed.py --phases`` gives each stage's CPU time, which moves by 10-30% with the
load of this shared machine; instructions do not. The stages are the same
(``scoring_speed.PHASES``). The profiles are those ``instructions_against.py`` scores
(``frozen_rows``, 100 warm-ups with seed 5, fresh profiles with seed 123, collector
frozen); with ``--prepared``, after ``Engine.prepare_workers`` too, as the app's loader
runs it before the first score (the pivot table's targets filled, the listed titles
read: what a first use otherwise builds inside a score). The scores run under
``valgrind --tool=callgrind`` with instrumentation off until the warm-ups are done;
each stage's function, wrapped, asks callgrind to write its counters at the stage's
start and end (a client request, from a small C helper compiled
here: the request is a macro of ``valgrind/callgrind.h``), so each written part holds
the instructions since the last one and is named after the stage it ran in. Added up per
stage, a stage's count is its own, the stages timed inside it not in it ("the rest" is
the engine's glue); the lines are printed as ``scoring_speed.py`` prints them, each
with the stages inside it (the drivers' steps). The requests add a few thousand
instructions at each of some 50 boundaries a score (under 1% of it).

Needs valgrind with its headers and a C compiler (``apt-get install valgrind gcc``).
40 scores take about five minutes, most of it the model load under valgrind.
"""

from __future__ import annotations

import argparse
import collections
import ctypes
import gc
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

#: The C helper: each function issues one callgrind client request.
HELPER = """#include <valgrind/callgrind.h>
void part(const char *name) { CALLGRIND_DUMP_STATS_AT(name); }
void start(void) { CALLGRIND_START_INSTRUMENTATION; CALLGRIND_ZERO_STATS; }
"""
#: The name of the part written after the last score (not counted).
END = "end of the run"
#: What runs outside every stage.
REST = "the rest (assembly glue)"
TRIGGER = "desc: Trigger: Client Request: "


def score_in_parts(helper: str, count: int, prepared: bool = False) -> None:
    """What runs under callgrind: warm up (and ``prepared``: ``Engine.prepare_workers``),
    wrap the stages, score ``count`` fresh."""
    import scoring_speed
    from frozen_rows import synthetic_rows

    from career_resilience.model import (
        assemble,
        driver_shares,
        grounded_drivers,
        occupation_match,
        pivot_scoring,
        pivot_texts,
    )
    from career_resilience.model import engine as engine_module
    from career_resilience.model.engine import load_engine
    from career_resilience.model.profile import Profile

    lib = ctypes.CDLL(helper)
    engine = load_engine()
    for row in synthetic_rows(100, seed=5):
        engine.score(Profile.create(row["role"], row["skills"], row["duties"]))
    if prepared:
        engine.prepare_workers()
    modules = {
        "engine": engine_module,
        "assemble": assemble,
        "shares": driver_shares,
        "drivers": grounded_drivers,
        "match": occupation_match,
        "pivots": pivot_scoring,
        "texts": pivot_texts,
    }
    running = [REST.encode()]

    def parted(label: str, function: Callable[..., Any]) -> Callable[..., Any]:
        name = label.strip().encode()

        def run(*args: Any, **kwargs: Any) -> Any:
            lib.part(running[-1])  # what ran until now was the enclosing stage's
            running.append(name)
            try:
                return function(*args, **kwargs)
            finally:
                lib.part(name)
                running.pop()

        return run

    for label, module, attribute in scoring_speed.PHASES:
        owner: Any = modules[module]
        *path, attr = attribute.split(".")
        for step in path:
            owner = getattr(owner, step)
        if owner is engine_module.Engine and attr in scoring_speed._OF_THE_ENGINE:
            owner = engine  # the engine's own cache, an attribute of the instance
        setattr(owner, attr, parted(label, getattr(owner, attr)))
    rows = synthetic_rows(max(count, 1), seed=123)
    fresh = [Profile.create(r["role"], r["skills"], r["duties"]) for r in rows]
    gc.freeze()
    lib.start()
    for profile in fresh[:count]:
        engine.score(profile)
    lib.part(REST.encode())
    lib.part(END.encode())


def parts(files: Iterable[Path]) -> collections.Counter[str]:
    """Instructions per stage name, added up over callgrind's written parts."""
    total: collections.Counter[str] = collections.Counter()
    for path in files:
        name = None
        with path.open(encoding="utf-8", errors="replace") as handle:
            for line in handle:
                if line.startswith(TRIGGER):
                    name = line[len(TRIGGER) :].strip()
                elif line.startswith("summary:") and name is not None:
                    total[name] += int(line.split()[1])
                    break
    total.pop(END, None)
    return total


def lines(phases: list[str], own: collections.Counter[str]) -> list[tuple[str, int]]:
    """Each stage (in ``phases``' order, once each; the deeper indented ones inside the
    one above them) with the instructions of the stages inside it added, then the rest."""
    names = list(dict.fromkeys(phases))
    depth = [len(n) - len(n.lstrip()) for n in names]
    out = []
    for k, name in enumerate(names):
        total = own[name.strip()]
        for j in range(k + 1, len(names)):
            if depth[j] <= depth[k]:
                break
            total += own[names[j].strip()]
        out.append((name, total))
    return [*out, (REST, own[REST])]


def main() -> int:
    """Run the scores under callgrind and print instructions per stage."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--scores", type=int, default=40)
    parser.add_argument("--prepared", action="store_true", help="after prepare_workers")
    parser.add_argument("--in-parts", nargs=3, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.in_parts:
        helper, count, prepared = args.in_parts
        score_in_parts(helper, int(count), prepared == "prepared")
        return 0
    if shutil.which("valgrind") is None or shutil.which("cc") is None:
        print("needs valgrind and a C compiler (apt-get install valgrind gcc)")
        return 1
    import scoring_speed

    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        helper, source = work / "helper.so", work / "helper.c"
        source.write_text(HELPER)
        compile_helper = ["cc", "-O1", "-shared", "-fPIC", "-o", str(helper), str(source)]
        built = subprocess.run(compile_helper, capture_output=True, text=True)
        if built.returncode != 0:  # most often: valgrind's headers are not installed
            print(f"could not build the callgrind helper:\n{built.stderr.strip()}")
            return 1
        env = dict(os.environ, PYTHONHASHSEED="0", OPENBLAS_NUM_THREADS="1")
        cmd = ["valgrind", "--tool=callgrind", "--instr-atstart=no", "--dump-instr=no",
               "--dump-line=no", f"--callgrind-out-file={work / 'cg.out'}", sys.executable,
               __file__, "--in-parts", str(helper), str(args.scores),
               "prepared" if args.prepared else "as-loaded"]  # fmt: skip
        run = subprocess.run(cmd, capture_output=True, text=True, env=env)
        if run.returncode != 0:
            tail = "\n".join(run.stderr.strip().splitlines()[-15:])
            raise SystemExit(f"callgrind run exited {run.returncode}:\n{tail}")
        own = parts(work.glob("cg.out*"))
    whole = sum(own.values())
    after = ", after prepare_workers" if args.prepared else ""
    print(f"instructions a fresh score takes, by stage ({args.scores} fresh scores, frozen rows,"
          f" callgrind{after}): {whole / args.scores / 1e6:.2f}M")  # fmt: skip
    for name, count in lines([label for label, _, _ in scoring_speed.PHASES], own):
        print(f"  {name:48s} {count / args.scores / 1e6:6.2f}M  {count / whole:4.0%}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
