"""How much the drivers' last line carries: what no title word, skill or duty line explains.

    python benchmarks/drivers_rest.py [--profiles 400] [--seed 11]

Scores varied synthetic profiles (``frozen_rows.synthetic_rows``: titles, skills and
duties drawn from different corpus categories) and prints the size of the last line of
their drivers, ``items not listed above, and what they do together`` (the score's
move from nothing typed that the lines above it leave), as the median,
the 90th percentile and the share of profiles where it is over 10 points.
"""

from __future__ import annotations

import argparse
import statistics
import sys
from pathlib import Path

from career_resilience.model.engine import load_engine
from career_resilience.model.profile import Profile
from career_resilience.wording import REST_DRIVER

sys.path.insert(0, str(Path(__file__).parent))
from frozen_rows import synthetic_rows


def rest_lines(count: int, seed: int) -> list[float]:
    """The rest line's points, in absolute value, of ``count`` synthetic profiles."""
    engine = load_engine()
    out = []
    for row in synthetic_rows(count, seed=seed):
        result = engine.score(Profile.create(row["role"], row["skills"], row["duties"]))
        out += [abs(d.effect) for d in result.drivers if d.feature == REST_DRIVER]
    return out


def main() -> None:
    """Print the rest line's median, 90th percentile and share over 10 points."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--profiles", type=int, default=400)
    parser.add_argument("--seed", type=int, default=11)
    args = parser.parse_args()
    rests = sorted(rest_lines(args.profiles, args.seed))
    p90 = rests[int(0.9 * (len(rests) - 1))]
    over = 100 * sum(x > 10 for x in rests) / len(rests)
    print(
        f"rest line over {len(rests)} profiles: median {statistics.median(rests):.1f} points,"
        f" p90 {p90:.1f}, over 10 points for {over:.1f}%"
    )


if __name__ == "__main__":
    main()
