"""The job-title box's suggestions: what one keystroke costs the event loop.

    python benchmarks/title_keys.py [--rounds 3]

The title box works out its suggestions on the event loop at every key, over the
catalogue's titles and O*NET's 43k (``skills/completion.titles``). Every prefix of
each title below is timed, as typed one key at a time: titles typed right and titles
with one slip, which are respelt (``skills/title_near.py``). Printed: how long the
index takes to build (in the model loader's thread, not on a key), and the median,
95th percentile and worst key, for all keys and for the keys after a slip.
"""

from __future__ import annotations

import argparse
import statistics
import time

from career_resilience.skills import completion
from career_resilience.skills.loader import shipped_knowledge_base
from career_resilience.skills.title_suggestions import TitleIndex
from career_resilience.tui.session import Catalogue, all_titles

RIGHT = ["Registered nurse", "Software developer", "Farmer", "Porter", "Cashier",
         "Home health aide", "Plumber", "Court reporter", "Locksmith", "Sr. Accountant",
         "Warehouse worker", "Truck driver", "Ski instructor"]  # fmt: skip
SLIPS = ["Lifegard", "Recepcionist", "Electrican", "Sr acountant", "Plumer", "Cahier",
         "Nurce", "Carpentr", "Court reportr", "Ski instrutor", "Lockmsith", "Embalmr",
         "Warehose worker", "Truk driver", "Bartendr", "Paralagal", "Firefigter",
         "Phamacist", "Dishwaser", "Mechanc"]  # fmt: skip


def _keys(index: TitleIndex, titles: list[str]) -> list[float]:
    """Seconds each key's suggestions took, every prefix of every title."""
    took = []
    for title in titles:
        for end in range(1, len(title) + 1):
            start = time.perf_counter()
            completion.titles(index, title[:end])
            took.append(time.perf_counter() - start)
    return took


def _line(name: str, took: list[float]) -> str:
    ms = sorted(t * 1000 for t in took)
    p95 = ms[int(0.95 * (len(ms) - 1))]
    return (
        f"{name}: {len(ms)} keys, median {statistics.median(ms):.2f} ms, "
        f"p95 {p95:.2f} ms, max {ms[-1]:.2f} ms"
    )


def main() -> None:
    """Time the index build and every key; print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3)
    rounds = parser.parse_args().rounds
    catalogue = Catalogue.build(shipped_knowledge_base())
    start = time.perf_counter()
    index = all_titles(catalogue)
    count = len(index.curated.titles) + len(index.more.titles)
    print(f"index of {count:,} titles (O*NET's read) in {time.perf_counter() - start:.2f} s")
    right: list[float] = []
    slips: list[float] = []
    for _ in range(rounds):
        right += _keys(index, RIGHT)
        slips += _keys(index, SLIPS)
    print(_line("titles typed right", right))
    print(_line("titles with a slip", slips))
    print(_line("all", right + slips))


if __name__ == "__main__":
    main()
