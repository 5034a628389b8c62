""" "That's not me" occupation search: how long one search takes, and whether it blocks.

    python benchmarks/picker_search.py [--rounds 3]

The picker runs ``search_occupations`` (a fuzzy search over O*NET's 55k titles) in a
thread worker. Printed: the first search (it builds the title index), then the median
and worst of the queries a person types, and the longest stall of a 2 ms ticker on the
main thread while a search runs beside it (what the event loop would feel), against the
same ticker with nothing beside it (what the machine's load alone costs).
"""

from __future__ import annotations

import argparse
import statistics
import threading
import time

from career_resilience.skills.occupations import occupation_table
from career_resilience.tui.occupation_search import search_occupations

QUERIES = ["nu", "nurse", "registered nurse", "plumber", "911 dispatcher", "cashier",
           "sr acct", "data scientist", "warehouse shift lead", "full stack developer"]  # fmt: skip


def _stall(query: str, known: list[str]) -> tuple[float, float]:
    """(search seconds, longest main-thread stall in seconds) with the search in a thread."""
    done = threading.Event()
    took = [0.0]

    def search() -> None:
        start = time.perf_counter()
        search_occupations(query, known)
        took[0] = time.perf_counter() - start
        done.set()

    worker = threading.Thread(target=search)
    worker.start()
    worst = 0.0
    while not done.is_set():
        start = time.perf_counter()
        time.sleep(0.002)
        worst = max(worst, time.perf_counter() - start - 0.002)
    worker.join()
    return took[0], worst


def _idle_stall(seconds: float) -> float:
    """The longest stall of the same ticker with nothing running beside it (the baseline)."""
    worst, end = 0.0, time.perf_counter() + seconds
    while time.perf_counter() < end:
        start = time.perf_counter()
        time.sleep(0.002)
        worst = max(worst, time.perf_counter() - start - 0.002)
    return worst


def main() -> None:
    """Measure and print."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    known = list(occupation_table())
    start = time.perf_counter()
    search_occupations("warm up", known)
    print(f"first search (builds the title index): {time.perf_counter() - start:.2f} s")
    times, stalls = [], []
    for _ in range(args.rounds):
        for query in QUERIES:
            took, stall = _stall(query, known)
            times.append(took)
            stalls.append(stall)
    print(
        f"search: median {statistics.median(times) * 1000:.0f} ms, "
        f"max {max(times) * 1000:.0f} ms over {len(times)}"
    )
    print(
        f"main-thread stall while searching: median {statistics.median(stalls) * 1000:.1f} ms, "
        f"max {max(stalls) * 1000:.1f} ms; the same ticker idle: "
        f"max {_idle_stall(sum(times) / args.rounds) * 1000:.1f} ms"
    )


if __name__ == "__main__":
    main()
