"""Occupations BLS projects only together with others, under a broader SOC code.

BLS Employment Projections 2022-32 publish 31 of O*NET's occupations only inside a
broader SOC 2018 code: home health aides and personal care aides as one row (31-1120),
the clinical laboratory technologists and technicians as another (29-2010), and so on.
The shared data snapshot (``occupations.csv``) leaves their employment and projection
blank and carries no figure for the broader rows either; the only trace of that level
is the broader code itself among the work-activity weights (``soc_iwa_weights.csv``,
keyed by the SOC codes BLS publishes). So nothing can be filled in: each such
occupation is listed with its broader code in ``bls_combined.csv`` (built by
``tools/build_bls_combined.py``), and the result says why it has no projection
instead of showing the figure of other matched occupations.
"""

from __future__ import annotations

import csv
import functools
from collections.abc import Iterable, Mapping

from career_resilience.skills.occupations import OCCUPATIONS_DIR, Occupation

#: onet_soc -> the broader SOC code BLS projects it under (no figure shipped for it).
COMBINED_FILE = OCCUPATIONS_DIR / "bls_combined.csv"
HEADER = ("onet_soc", "bls_soc")
#: How many hold a broader code, where a cited figure was found (each row names its
#: source and year): read only to weigh a title several occupations list
#: (``model/title_employment.py``), never shown as a projection.
BROADER_EMPLOYMENT_FILE = OCCUPATIONS_DIR / "bls_broader_employment.csv"


def compute_combined(
    occupations: Mapping[str, Occupation], published_socs: Iterable[str]
) -> list[tuple[str, str]]:
    """Each occupation without a BLS projection, with the one broader code BLS publishes
    that shares its SOC broad group (the first five digits: 31-1121 -> 31-1120) and is
    no occupation's own code; occupations with none or several are left out."""
    own = {o.soc for o in occupations.values()}
    broader = sorted(set(published_socs) - own)
    out = []
    for code in sorted(occupations):
        occ = occupations[code]
        if occ.bls_change_pct is not None:
            continue
        found = [b for b in broader if b[:6] == occ.soc[:6]]
        if len(found) == 1:
            out.append((code, found[0]))
    return out


@functools.cache
def bls_combined() -> dict[str, str]:
    """The shipped list: onet_soc -> broader BLS code (empty if the file is absent)."""
    if not COMBINED_FILE.is_file():
        return {}
    with COMBINED_FILE.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle))
    return {r[0]: r[1] for r in rows[1:] if len(r) == len(HEADER)}


def combined_with(code: str) -> tuple[str, list[str]] | None:
    """(broader BLS code, the other O*NET codes projected with it) for an occupation
    BLS projects only together with others; None otherwise."""
    table = bls_combined()
    broader = table.get(code)
    if broader is None:
        return None
    return broader, sorted(c for c, b in table.items() if b == broader and c != code)


@functools.cache
def broader_employment() -> dict[str, float]:
    """Employment (thousands) of the broader codes ``bls_broader_employment.csv`` cites
    ("25-9045": 1,389.2 thousand teaching assistants, except postsecondary); empty if
    the file is absent."""
    if not BROADER_EMPLOYMENT_FILE.is_file():
        return {}
    with BROADER_EMPLOYMENT_FILE.open(encoding="utf-8", newline="") as handle:
        return {row["bls_soc"]: float(row["employment_k"]) for row in csv.DictReader(handle)}


def combined_employment(code: str) -> float | None:
    """An even share of its broader code's cited employment for an occupation BLS
    projects only under that code (BLS gives no split); None where no figure is cited."""
    table = bls_combined()
    broader = table.get(code)
    figure = broader_employment().get(broader) if broader is not None else None
    if figure is None:
        return None
    return figure / sum(1 for b in table.values() if b == broader)
