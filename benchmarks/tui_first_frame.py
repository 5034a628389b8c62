"""How long until the app's first frame, from a cold interpreter, beside a bare Textual app.

Run: /tmp/venv/bin/python benchmarks/tui_first_frame.py [--runs N]

Each run is a fresh subprocess so imports are cold (apart from the OS file cache, as
for a user starting the app twice). The clock starts at the first line of the child
script, before any of the app is imported (the second figure starts when the parent
launches the interpreter, so it includes Python's own start-up), and stops at Textual's
Ready event, which is posted once the first frame has been composited (``Timed`` is the
app ``make_app()`` builds, plus that one handler). The model keeps loading in the
background; the figure also shows whether it had finished (it should not have).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time

CHILD = r"""
import time
started = time.perf_counter()
import asyncio
import resource
from career_resilience.tui.app import ResilienceApp

class Timed(ResilienceApp):
    def on_ready(self) -> None:
        now = time.perf_counter()
        usage = resource.getrusage(resource.RUSAGE_SELF)
        cpu = usage.ru_utime + usage.ru_stime
        print(f"{now - started:.4f} {time.time():.4f} {cpu:.4f} {self.session.model_state.value}")
        # Textual runs the app's own on_ready after this one (handlers run along the
        # class's MRO): it starts the model load, as in the real app.
        self.exit()

asyncio.run(Timed().run_async(headless=True, size=(80, 24)))
"""

#: The anchor: a bare Textual app with one Static, timed the same way in the same run.
BARE = r"""
import time
started = time.perf_counter()
import asyncio
import resource
from textual.app import App
from textual.widgets import Static

class Bare(App):
    def compose(self):
        yield Static("Hello")

    def on_ready(self) -> None:
        now = time.perf_counter()
        usage = resource.getrusage(resource.RUSAGE_SELF)
        cpu = usage.ru_utime + usage.ru_stime
        print(f"{now - started:.4f} {time.time():.4f} {cpu:.4f} bare")
        self.exit()

asyncio.run(Bare().run_async(headless=True, size=(80, 24)))
"""


def main() -> None:
    """Print each run and the median."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    # As after `pip install`, modules load from bytecode caches: the child may write them
    # (a sandbox that sets PYTHONDONTWRITEBYTECODE would otherwise time the compiler),
    # and one untimed run fills them.
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    subprocess.run([sys.executable, "-c", CHILD], capture_output=True, env=env, check=True)
    subprocess.run([sys.executable, "-c", BARE], capture_output=True, env=env, check=True)
    bare, bare_cpu, in_process, from_launch, cpu = [], [], [], [], []
    for _ in range(args.runs):  # alternating, so both see the same machine load
        anchor_run = _run(BARE, env)
        bare.append(anchor_run[0])
        bare_cpu.append(anchor_run[2])
        first, launch, used, model = _run(CHILD, env)
        in_process.append(first)
        from_launch.append(launch)
        cpu.append(used)
        print(
            f"first frame {first:.3f} s after the first import (bare app {bare[-1]:.3f} s), "
            f"{launch:.3f} s after launching python, {used:.3f} s of CPU (model {model} then)"
        )
    app, anchor = statistics.median(in_process), statistics.median(bare)
    print(
        f"median over {args.runs} runs: {app:.3f} s in process, "
        f"{statistics.median(from_launch):.3f} s including interpreter start-up, "
        f"{statistics.median(cpu):.3f} s of CPU (the CPU figure hardly moves when other "
        "processes share the machine; the wall-clock ones do)"
    )
    print(
        f"bare Textual app with one Static: {anchor:.3f} s; app / bare = {app / anchor:.2f}x "
        "(target <= 1.3x)"
    )
    app_cpu, anchor_cpu = statistics.median(cpu), statistics.median(bare_cpu)
    print(
        f"CPU to the first frame: app {app_cpu:.3f} s, bare {anchor_cpu:.3f} s, "
        f"app / bare = {app_cpu / anchor_cpu:.2f}x (steadier than wall-clock on a shared machine)"
    )


def _run(script: str, env: dict[str, str]) -> tuple[float, float, float, str]:
    """One fresh interpreter: seconds to the first frame, from launch, CPU, model state."""
    launched = time.time()
    out = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True, env=env
    ).stdout.split()
    return float(out[0]), float(out[1]) - launched, float(out[2]), out[3]


if __name__ == "__main__":
    main()
