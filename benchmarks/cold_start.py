"""Cold start of `resilience score --role ... --json` against a bare scikit-learn import.

    python benchmarks/cold_start.py [--runs 7]

In one run, alternately (so both see the same machine load): a fresh interpreter doing
only ``import sklearn.linear_model`` (the anchor) and a fresh ``resilience score --role
"Sr. data analyst" --json``. Prints both medians and minima of wall time and of CPU time
(user + system of the child process: steadier than wall time on a shared machine) and
their ratios (target: the score at most 0.5x the import), the first start with an empty
cache (which compiles the knowledge base), and from ``python -X importtime`` the modules
a score imports and the slowest of them, and the CPU time of each phase of a start-up in
a fresh interpreter (imports, knowledge base, artifact, engine set-up, first score).

The package is byte-compiled first, as ``pip install`` does: this machine sets
``PYTHONDONTWRITEBYTECODE``, so an editable checkout would otherwise compile every
module of the package on every start while scikit-learn's come precompiled.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time

SCORE = ["-m", "career_resilience", "score", "--role", "Sr. data analyst", "--json"]
ANCHOR = ["-c", "import sklearn.linear_model"]
#: A start-up in phases, as the CLI runs it (no cyclic garbage collection while loading,
#: one BLAS thread asked for before numpy loads).
PHASES = """
import gc, time
from career_resilience.blas import one_blas_thread
one_blas_thread()
gc.disable()
at = [time.process_time()]
from career_resilience.model.engine import Engine
from career_resilience.model.profile import Profile
from career_resilience.model import artifact
from career_resilience.model.bundle_parts import load_bundle
from career_resilience.skills.loader import shipped_knowledge_base
at.append(time.process_time())
kb = shipped_knowledge_base()
at.append(time.process_time())
manifest, bundle = load_bundle(artifact.ARTIFACT_DIR, kb.digest)
at.append(time.process_time())
engine = Engine(kb, bundle, manifest)
at.append(time.process_time())
engine.score(Profile.create("Sr. data analyst"))
at.append(time.process_time())
print(" ".join(str(b - a) for a, b in zip(at, at[1:])))
"""
PHASE_NAMES = ("imports", "knowledge base (cache)", "artifact", "engine set-up", "first score")
#: The engine set-up and the first score by part, as :data:`PHASES` runs them: each part's
#: own CPU (parts called inside it not counted), the rest of each phase as "other".
WHERE = """
import collections, functools, gc, json, time
from career_resilience.blas import one_blas_thread
one_blas_thread()
gc.disable()
own, stack = collections.Counter(), []
def timed(name, owner, attr):
    f = getattr(owner, attr)
    @functools.wraps(f)
    def part(*a, **k):
        t = time.process_time(); stack.append(0.0)
        try:
            return f(*a, **k)
        finally:
            d = time.process_time() - t; inner = stack.pop(); own[name] += d - inner
            if stack: stack[-1] += d
    setattr(owner, attr, part)
from career_resilience.model import artifact, assemble, engine as em, occupation_pivots as op
from career_resilience.model import pivot_evidence, pivot_table, pivot_texts
from career_resilience.model.bundle_parts import load_bundle
from career_resilience.model.profile import Profile
from career_resilience.skills import matching
from career_resilience.skills.loader import shipped_knowledge_base
kb = shipped_knowledge_base()
manifest, bundle = load_bundle(artifact.ARTIFACT_DIR, kb.digest)
for name, owner, attr in [
    ("set-up: category model tables", em.CategoryTables, "build"),
    ("set-up: skill matcher", matching.SkillMatcher, "__init__"),
    ("set-up: occupation tables (compiled copy)", op, "occupation_data"),
    ("set-up: pivot evidence", pivot_evidence.OccupationEvidence, "__init__"),
    ("set-up: pivot target table", pivot_table.TargetTable, "__init__"),
    ("set-up: pivot scorer, other", op.PivotScorer, "__init__"),
    ("set-up: occupation matcher tables", em.MatchTables, "build"),
    ("set-up: grounding tables", em.GroundTables, "build"),
    ("set-up: occupation table", em, "occupation_table"),
    ("set-up: other", em.Engine, "__init__"),
    ("score: occupation matcher channels", em, "channel_features"),
    ("score: title read in context", em, "read_in_context"),
    ("score: drivers", assemble, "_drivers"),
    ("score: pivot targets' needs", pivot_table.TargetTable, "fill"),
    ("score: pivot candidates (frame)", pivot_table, "build_frame"),
    ("score: pivots' closeness rank", pivot_table.TargetTable, "closeness_rank"),
    ("score: pivot texts", pivot_texts.PivotTexts, "option"),
    # The pivots' words are built when first read (``PivotOption.deferred``): the JSON.
    ("score: pivot words (JSON)", pivot_texts.PivotTexts, "_words"),
    ("score: other", em.Engine, "score"),
]:
    timed(name, owner, attr)
engine = em.Engine(kb, bundle, manifest)
engine.score(Profile.create("Sr. data analyst")).to_dict()
print(json.dumps(own))
"""


def run(args: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Wall time and CPU time (user + system) of one fresh interpreter running ``args``."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    subprocess.run([sys.executable, *args], check=True, capture_output=True, env=env)
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime


def import_profile(env: dict[str, str], top: int) -> tuple[int, list[tuple[int, str]]]:
    """Modules a score imports and the ``top`` slowest top-level ones (cumulative µs)."""
    done = subprocess.run(
        [sys.executable, "-X", "importtime", *SCORE], capture_output=True, text=True, env=env
    )
    rows = []
    for line in done.stderr.splitlines():
        if not line.startswith("import time:") or "cumulative" in line:
            continue
        _, cumulative, name = line[len("import time:") :].split("|")
        rows.append((int(cumulative), name.rstrip()))
    outermost = [(us, name.strip()) for us, name in rows if not name.startswith("  ")]
    return len(rows), sorted(outermost, reverse=True)[:top]


def phases(env: dict[str, str], runs: int) -> list[float]:
    """Median CPU seconds of each of :data:`PHASE_NAMES` over ``runs`` fresh interpreters."""
    rows = []
    for _ in range(runs):
        done = subprocess.run(
            [sys.executable, "-c", PHASES], check=True, capture_output=True, text=True, env=env
        )
        rows.append([float(x) for x in done.stdout.split()])
    return [statistics.median(column) for column in zip(*rows, strict=True)]


def where(env: dict[str, str], runs: int) -> list[tuple[str, float]]:
    """Median CPU seconds of each part of :data:`WHERE` over ``runs`` fresh interpreters."""
    found: dict[str, list[float]] = {}
    for _ in range(runs):
        done = subprocess.run(
            [sys.executable, "-c", WHERE], check=True, capture_output=True, text=True, env=env
        )
        for name, seconds in json.loads(done.stdout).items():
            found.setdefault(name, []).append(seconds)
    return [(name, statistics.median(times)) for name, times in found.items()]


def byte_compile() -> None:
    """Write the package's ``.pyc`` files, as an installer would."""
    import compileall
    import importlib.util

    for name in ("career_resilience", "career_resilience.model", "career_resilience.skills",
                 "career_resilience.cli", "career_resilience.records"):  # fmt: skip
        spec = importlib.util.find_spec(name)
        for folder in (spec.submodule_search_locations or []) if spec else []:
            compileall.compile_dir(folder, quiet=1)


def main() -> None:
    """Print the cold-start figures with their anchor and ratio."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    byte_compile()
    with tempfile.TemporaryDirectory() as cache:
        env = dict(os.environ, RESILIENCE_CACHE_DIR=cache)
        first, _ = run(SCORE, env)  # empty cache: parses the YAML, writes the compiled copy
        anchor, score = [], []
        for _ in range(args.runs):
            anchor.append(run(ANCHOR, env))
            score.append(run(SCORE, env))
        modules, slowest = import_profile(env, 8)
        phase_cpu = phases(env, args.runs)
        parts = where(env, args.runs)
    for kind, k in (("wall", 0), ("CPU", 1)):
        a, s = [r[k] for r in anchor], [r[k] for r in score]
        a_med, s_med = statistics.median(a), statistics.median(s)
        print(f"{kind} time:")
        print(f"  import sklearn.linear_model (anchor): median {a_med:.3f} s, min {min(a):.3f} s")
        print(f"  resilience score --json:              median {s_med:.3f} s, min {min(s):.3f} s")
        print(f"  ratio score / anchor: median {s_med / a_med:.2f}, min {min(s) / min(a):.2f}")
    print("  (target <= 0.5; the score at most 1.0 s)")
    print(f"load average after: {' '.join(f'{x:.1f}' for x in os.getloadavg())}")
    print(f"first score with an empty cache:      {first:.3f} s (compiles the knowledge base)")
    print(f"python -X importtime: {modules} modules imported; slowest top-level imports:")
    for us, name in slowest:
        print(f"  {us / 1000:8.1f} ms  {name}")
    print("CPU of each start-up phase in process (median):")
    for name, seconds in zip(PHASE_NAMES, phase_cpu, strict=True):
        print(f"  {seconds * 1000:8.1f} ms  {name}")
    print("CPU of the engine set-up and the first score by part (median, each part's own):")
    for name, seconds in parts:
        print(f"  {seconds * 1000:8.1f} ms  {name}")


if __name__ == "__main__":
    main()
