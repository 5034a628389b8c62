"""Cold start of `resilience score --role ... --json` against a bare scikit-learn import.

    python benchmarks/cold_start.py [--runs 7]

In one run, alternately (so both see the same machine load): a fresh interpreter doing
only ``import sklearn.linear_model`` (the anchor) and a fresh ``resilience score --role
"Sr. data analyst" --json``. Prints both medians and minima and their ratio (target: the
score at most 0.5x the import), the first start with an empty cache (which compiles the
knowledge base), and from ``python -X importtime`` the modules a score imports and the
slowest of them.

The package is byte-compiled first, as ``pip install`` does: this machine sets
``PYTHONDONTWRITEBYTECODE``, so an editable checkout would otherwise compile every
module of the package on every start while scikit-learn's come precompiled.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time

SCORE = ["-m", "career_resilience", "score", "--role", "Sr. data analyst", "--json"]
ANCHOR = ["-c", "import sklearn.linear_model"]


def run(args: list[str], env: dict[str, str]) -> float:
    """Wall time of one fresh interpreter running ``args``."""
    started = time.perf_counter()
    subprocess.run([sys.executable, *args], check=True, capture_output=True, env=env)
    return time.perf_counter() - started


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
        first = run(SCORE, env)  # empty cache: parses the YAML, writes the compiled copy
        anchor, score = [], []
        for _ in range(args.runs):
            anchor.append(run(ANCHOR, env))
            score.append(run(SCORE, env))
        modules, slowest = import_profile(env, 8)
    a_med, s_med = statistics.median(anchor), statistics.median(score)
    print(f"import sklearn.linear_model (anchor): median {a_med:.3f} s, min {min(anchor):.3f} s")
    print(f"resilience score --json:              median {s_med:.3f} s, min {min(score):.3f} s")
    print(f"  ratio score / anchor: median {s_med / a_med:.2f}, min {min(score) / min(anchor):.2f}")
    print("  (target <= 0.5)")
    print(f"first score with an empty cache:      {first:.3f} s (compiles the knowledge base)")
    print(f"python -X importtime: {modules} modules imported; slowest top-level imports:")
    for us, name in slowest:
        print(f"  {us / 1000:8.1f} ms  {name}")


if __name__ == "__main__":
    main()
