"""The occupation half of "that's not me": a fuzzy search over O*NET's 55k job titles.

One search takes 0.2-0.5 s on this machine (two rapidfuzz passes over every title), too
slow for the event loop, so the picker runs it in a thread worker after typing pauses
and shows it only if the box still holds the text it searched for. rapidfuzz releases
the GIL, so typing stays live while it runs (benchmarks/picker_search.py).
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from dataclasses import dataclass

#: Occupations listed per search.
LIMIT = 8
#: Fewer characters than this find too much to be worth a search.
MIN_CHARS = 2
#: Prefix of an occupation's option id in the picker (a category's id is bare).
OCCUPATION = "onet:"


@dataclass(frozen=True)
class FoundOccupation:
    """One occupation a search found: its code, official title and the title that matched."""

    code: str
    title: str
    matched: str
    research_pct: float | None


Search = Callable[[str, Collection[str]], list[FoundOccupation]]


def search_occupations(query: str, known: Collection[str]) -> list[FoundOccupation]:
    """Occupations whose titles match ``query`` best, among the ``known`` codes.

    ``known`` is what the engine can score (a model trained on fewer occupations
    cannot take the others).
    """
    from career_resilience.skills.occupations import occupation_table, search_titles

    if len(query.strip()) < MIN_CHARS:
        return []
    table = occupation_table()
    found = []
    # Asked for more than shown: some codes may be unknown to the engine.
    for code, matched, _score in search_titles(query, LIMIT * 3):
        if code in known and code in table:
            found.append(
                FoundOccupation(code, table[code].title, matched, table[code].consensus_pct)
            )
            if len(found) == LIMIT:
                break
    return found


def warm_up() -> None:
    """Load the titles and build the search index (1-3 s, once per process)."""
    from career_resilience.skills.occupations import search_titles

    search_titles("warm up", 1)


def option_id(code: str) -> str:
    """The picker's option id for an occupation."""
    return OCCUPATION + code


def chosen_code(option: str) -> str | None:
    """The occupation code of a picker option id (None for a category)."""
    return option.removeprefix(OCCUPATION) if option.startswith(OCCUPATION) else None
