"""Coach records speed: `clients list` at 10,000 clients, `clients show` at 5 and 5,000
sessions, and what opening the store costs, on a temporary store.

    python benchmarks/records_speed.py [--clients 10000] [--sessions 5000] [--runs 5]

Every figure is the median over ``--runs`` runs of the real command in a fresh process
(``python -m career_resilience --data-dir TMP clients ...``), printed beside its anchors
from the same run: a bare ``python -c pass`` and ``python -c "import sqlite3"`` for the
process start, and the 5-session client for the 5,000-session one (as wall time and as
the CPU time the process used, which other load on the machine stretches far less). The commands are
interleaved run by run, so a burst of load from other processes falls on all of them.

The children run with Python's bytecode cache on, as an installed package does (pip
compiles it at install; an editable install writes it on the first run, which the
warm-up run here does). With ``PYTHONDONTWRITEBYTECODE=1`` and no cache, every module
of the project would be compiled from source on every start (about 45 ms more).
The store is filled through the records API in one transaction, with the realistic
result in tests/fixtures/sample_result.json (4 KB a session).
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
from datetime import UTC, datetime, timedelta
from pathlib import Path

from career_resilience.records import Store

ROOT = Path(__file__).resolve().parents[1]
RESULT = json.loads((ROOT / "tests" / "fixtures" / "sample_result.json").read_text("utf-8"))
PIVOT = RESULT["pivots"][0]["id"]
PROFILE = {"role": "Data analyst", "skills": ["SQL", "Excel"], "duties": "Build the KPI deck"}


def populate(directory: Path, clients: int, sessions: int) -> None:
    """``clients`` clients with a note each, 'Few Sessions' with 5, 'Many Sessions' with
    ``sessions`` sessions (one a day, the later ones slightly less exposed, a pivot
    chosen in the middle one)."""
    start = datetime(2024, 1, 1, tzinfo=UTC)
    with Store.open(directory) as store, store.transaction():
        for i in range(clients - 2):
            client = store.add_client(f"Client {i:05d}", created_at=start)
            store.add_note(client.id, f"note about client {i}", created_at=start)
        for name, count in (("Few Sessions", 5), ("Many Sessions", sessions)):
            client = store.add_client(name, created_at=start)
            for n in range(count):
                result = dict(RESULT, exposure=max(1.0, RESULT["exposure"] - n % 40))
                # A pivot chosen half-way, so show reads its gap skills as a coach's would.
                pivot = PIVOT if n == count // 2 else None
                when = start + timedelta(days=n)
                store.add_session(client.id, PROFILE, result, pivot_id=pivot, created_at=when)


def _children_cpu() -> float:
    """CPU seconds (user + system) of the finished child processes so far."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def timed(
    commands: dict[str, list[str]], runs: int, env: dict[str, str]
) -> tuple[dict[str, list[float]], dict[str, list[float]]]:
    """Wall and CPU times of ``runs`` runs of each command, a fresh process each,
    interleaved. CPU time is what the process itself used: other load on the machine
    stretches the wall time far more than it."""
    times: dict[str, list[float]] = {name: [] for name in commands}
    cpu: dict[str, list[float]] = {name: [] for name in commands}
    for command in commands.values():  # warm-up: bytecode written, files in the page cache
        subprocess.run(command, check=True, capture_output=True, env=env)
    for _ in range(runs):
        for name, command in commands.items():
            started, cpu_before = time.perf_counter(), _children_cpu()
            subprocess.run(command, check=True, stdout=subprocess.DEVNULL, env=env)
            times[name].append(time.perf_counter() - started)
            cpu[name].append(_children_cpu() - cpu_before)
    return times, cpu


def figure(times: list[float]) -> str:
    """Median with the range over the runs."""
    return f"{statistics.median(times):6.3f} s  ({min(times):.3f}-{max(times):.3f})"


def in_process(directory: Path, runs: int) -> tuple[float, float, float]:
    """Median seconds of ``Store.open`` alone, of open + the CLI's streamed
    ``listed_clients``, and of open + ``list_clients`` (whole records, as the app reads)."""
    opens, listed, records = [], [], []
    today = datetime.now(UTC).date()
    for _ in range(runs):
        t0 = time.perf_counter()
        store = Store.open(directory)
        t1 = time.perf_counter()
        for _row in store.listed_clients(today):
            pass
        t2 = time.perf_counter()
        store.list_clients()
        t3 = time.perf_counter()
        store.close()
        opens.append(t1 - t0)
        listed.append(t2 - t0)
        records.append(t1 - t0 + t3 - t2)
    return statistics.median(opens), statistics.median(listed), statistics.median(records)


def main() -> None:
    """Fill a temporary store and print the records figures with their anchors."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--clients", type=int, default=10_000)
    parser.add_argument("--sessions", type=int, default=5_000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        directory = Path(tmp)
        t0 = time.perf_counter()
        populate(directory, args.clients, args.sessions)
        fill = time.perf_counter() - t0
        size = sum(p.stat().st_size for p in directory.glob("records.sqlite3*")) / 1e6
        py = sys.executable
        cli = [py, "-m", "career_resilience", "--data-dir", tmp, "clients"]
        commands = {
            "bare": [py, "-c", "pass"],
            "sqlite": [py, "-c", "import sqlite3"],
            "list": [*cli, "list"],
            "few": [*cli, "show", "Few Sessions"],
            "many": [*cli, "show", "Many Sessions"],
        }
        load_before = os.getloadavg()
        env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
        t, cpu = timed(commands, args.runs, env)
        load_after = os.getloadavg()
        opened, listed, records = in_process(directory, args.runs)
    med = {name: statistics.median(times) for name, times in t.items()}
    cpu_med = {name: statistics.median(times) for name, times in cpu.items()}
    print(f"store: {args.clients:,} clients, {args.sessions:,} sessions on one, {size:.0f} MB")
    print(f"  (filled in {fill:.1f} s; medians of {args.runs} interleaved runs, range in brackets)")
    print(f"  load average (1 min) {load_before[0]:.2f} before, {load_after[0]:.2f} after")
    print(f"python -c pass (anchor):              {figure(t['bare'])}")
    print(f'python -c "import sqlite3" (anchor):  {figure(t["sqlite"])}')
    print(f"`clients list`, {args.clients:,} clients:     {figure(t['list'])}  (target < 0.3 s)")
    print(
        f"  = {med['list'] / med['bare']:.1f}x python -c pass, "
        f"{med['list'] / med['sqlite']:.1f}x import sqlite3, in the same run; "
        f"{(med['list'] - med['sqlite']) * 1000:.0f} ms more than import sqlite3"
    )
    print(
        f"  in process: Store.open {opened * 1000:.1f} ms; + listed_clients "
        f"{listed * 1000:.1f} ms; + list_clients (whole records) {records * 1000:.1f} ms"
    )
    print(f"`clients show`, 5 sessions (anchor):  {figure(t['few'])}")
    print(f"`clients show`, {args.sessions:,} sessions:   {figure(t['many'])}")
    print(
        f"  ratio {args.sessions:,} / 5 sessions: {med['many'] / med['few']:.2f}x wall, "
        f"{cpu_med['many'] / cpu_med['few']:.2f}x CPU ({cpu_med['many']:.3f} s vs "
        f"{cpu_med['few']:.3f} s)  (target <= 3x)"
    )


if __name__ == "__main__":
    main()
