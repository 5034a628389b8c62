"""``resilience score`` runs its BLAS on one thread unless the person chose a count.

Each check runs a fresh interpreter: OpenBLAS reads its thread count once, when numpy
is first imported, and the test process has numpy loaded long before.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from types import ModuleType

import pytest

from career_resilience.blas import THREADS_ENV, one_blas_thread

#: Scores one title through the command's entry point, then prints the thread count of
#: each OpenBLAS library the process loaded (read at exit, after the score).
SCORE_THEN_REPORT = """
import atexit, json, sys
from career_resilience.cli import main

def report():
    from threadpoolctl import threadpool_info
    blas = [i["num_threads"] for i in threadpool_info() if i["internal_api"] == "openblas"]
    sys.stderr.write("BLAS " + json.dumps(blas))

atexit.register(report)
sys.exit(main(["score", "--role", "Cashier", "--json"]))
"""


#: Opens the app with its window stubbed: what the app's model loader imports first
#: (numpy), then the thread count of each OpenBLAS library loaded.
APP_THEN_REPORT = """
import json, sys
import career_resilience.tui.app as app

class Stub:
    def run(self):
        import numpy  # noqa: F401
        from threadpoolctl import threadpool_info
        blas = [i["num_threads"] for i in threadpool_info() if i["internal_api"] == "openblas"]
        sys.stderr.write("BLAS " + json.dumps(blas))

app.make_app = Stub
from career_resilience.cli import main
sys.exit(main([]))
"""


def _blas_threads(script: str) -> list[int]:
    env = {k: v for k, v in os.environ.items() if k != THREADS_ENV}
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=env)
    assert done.returncode == 0, done.stderr
    threads = json.loads(done.stderr.rsplit("BLAS ", 1)[1])
    if not threads:  # e.g. numpy on Apple's Accelerate: the variable is OpenBLAS's own
        pytest.skip("numpy's BLAS here is not OpenBLAS")
    return threads


def test_a_score_runs_blas_on_one_thread() -> None:
    # With a thread a core, OpenBLAS's idle threads spun through the engine's set-up.
    assert set(_blas_threads(SCORE_THEN_REPORT)) == {1}


def test_the_app_loads_its_model_with_one_blas_thread() -> None:
    assert set(_blas_threads(APP_THEN_REPORT)) == {1}


def test_a_thread_count_the_person_set_is_kept(monkeypatch) -> None:
    monkeypatch.delitem(sys.modules, "numpy", raising=False)  # as in the command
    monkeypatch.setenv(THREADS_ENV, "2")
    one_blas_thread()
    assert os.environ[THREADS_ENV] == "2"
    monkeypatch.delenv(THREADS_ENV)
    one_blas_thread()
    assert os.environ[THREADS_ENV] == "1"


def test_with_numpy_loaded_the_environment_is_left_alone(monkeypatch) -> None:
    # Too late to change this process's threads; the ones it starts keep theirs.
    monkeypatch.setitem(sys.modules, "numpy", sys.modules.get("numpy") or ModuleType("numpy"))
    monkeypatch.delenv(THREADS_ENV, raising=False)
    one_blas_thread()
    assert THREADS_ENV not in os.environ
