"""Rebuild ``skills/data/occupations/bls_combined.csv``: occupations BLS projects only
under a broader SOC code, each with that code.

Derived from the shipped data alone (``occupations.csv``: the occupations without a
projection; ``soc_iwa_weights.csv``: the SOC codes BLS publishes, among them the broader
ones). Run after either file changes (``python tools/build_bls_combined.py``);
``tests/test_bls_combined.py`` fails while the shipped file is stale.
"""

from __future__ import annotations

from career_resilience.skills.bls_combined import COMBINED_FILE, HEADER, compute_combined
from career_resilience.skills.occupations import occupation_data


def main() -> None:
    """Compute and write the list, sorted by O*NET-SOC code."""
    data = occupation_data()
    rows = compute_combined(data.occupations, data.iwa_socs)
    lines = [",".join(HEADER)] + [f"{code},{broader}" for code, broader in rows]
    COMBINED_FILE.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {COMBINED_FILE} ({len(rows)} occupations)")


if __name__ == "__main__":
    main()
