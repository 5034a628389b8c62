"""Coach records speed: `clients list` at 10,000 clients, `clients show` at 5 and 5,000
sessions, and what opening the store costs, on a temporary store.

    python benchmarks/records_speed.py [--clients 10000] [--sessions 5000] [--runs 5]

Every figure is the median over ``--runs`` runs of the real command in a fresh process
(``resilience --data-dir TMP clients ...``), printed beside its anchor from the same run:
a bare ``python -c pass`` for the process start, and the 5-session client for the
5,000-session one. The store is filled through the records API in one transaction, with
the realistic result in tests/fixtures/sample_result.json (4 KB a session).
"""

from __future__ import annotations

import argparse
import json
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
PROFILE = {"role": "Data analyst", "skills": ["SQL", "Excel"], "duties": "Build the KPI deck"}


def populate(directory: Path, clients: int, sessions: int) -> None:
    """``clients`` clients with a note each, 'Few Sessions' with 5, 'Many Sessions' with
    ``sessions`` sessions (one a day, the later ones slightly less exposed)."""
    start = datetime(2024, 1, 1, tzinfo=UTC)
    with Store.open(directory) as store, store.transaction():
        for i in range(clients - 2):
            client = store.add_client(f"Client {i:05d}", created_at=start)
            store.add_note(client.id, f"note about client {i}", created_at=start)
        for name, count in (("Few Sessions", 5), ("Many Sessions", sessions)):
            client = store.add_client(name, created_at=start)
            for n in range(count):
                result = dict(RESULT, exposure=max(1.0, RESULT["exposure"] - n % 40))
                store.add_session(client.id, PROFILE, result, created_at=start + timedelta(days=n))


def timed(command: list[str], runs: int) -> list[float]:
    """Wall times of ``runs`` runs of ``command`` in a fresh process each."""
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        subprocess.run(command, check=True, capture_output=True)
        times.append(time.perf_counter() - started)
    return times


def in_process(directory: Path, runs: int) -> tuple[float, float]:
    """Median seconds of ``Store.open`` alone and of open + ``list_clients``."""
    opens, lists = [], []
    for _ in range(runs):
        t0 = time.perf_counter()
        store = Store.open(directory)
        t1 = time.perf_counter()
        store.list_clients()
        t2 = time.perf_counter()
        store.close()
        opens.append(t1 - t0)
        lists.append(t2 - t0)
    return statistics.median(opens), statistics.median(lists)


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
        cli = [sys.executable, "-m", "career_resilience", "--data-dir", tmp, "clients"]
        bare = statistics.median(timed([sys.executable, "-c", "pass"], args.runs))
        listing = statistics.median(timed([*cli, "list"], args.runs))
        few = statistics.median(timed([*cli, "show", "Few Sessions"], args.runs))
        many = statistics.median(timed([*cli, "show", "Many Sessions"], args.runs))
        opened, listed = in_process(directory, args.runs)
    print(f"store: {args.clients:,} clients, {args.sessions:,} sessions on one, {size:.0f} MB")
    print(f"  (filled in {fill:.1f} s; medians of {args.runs} runs)")
    print(f"python -c pass (anchor):                 {bare:7.3f} s")
    print(f"`clients list`, {args.clients:,} clients:          {listing:7.3f} s  (target < 0.3 s)")
    print(f"  = {listing / bare:.1f}x a bare interpreter start in the same run")
    print(f"  in process: Store.open {opened * 1000:.1f} ms, + list_clients {listed * 1000:.1f} ms")
    print(f"`clients show`, 5 sessions (anchor):     {few:7.3f} s")
    print(f"`clients show`, {args.sessions:,} sessions:         {many:7.3f} s")
    print(f"  ratio {args.sessions:,} / 5 sessions: {many / few:.2f}x  (target <= 3x)")


if __name__ == "__main__":
    main()
