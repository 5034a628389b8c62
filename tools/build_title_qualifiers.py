"""Rebuild ``model/title_qualifiers.csv`` (O*NET's listed titles, words reversed, sorted),
``model/title_heads.csv`` (per last word of a listed title, the occupations listing
one: ``model/title_kind_tables.py``) and ``model/title_endings.csv`` (per ending of a
listed title, how many titles of each occupation end with it: ``model/title_endings.py``).

A short typed title ("Driver") is read as a listed title whose qualifier the profile's
skills or duties hold ("school bus driver"; ``model/title_qualify.py``). Normalising the
52k titles takes about a second, too long for a first score, so the index ships. Run
after the occupation titles or the title abbreviations change
(``python tools/build_title_qualifiers.py``); ``tests/test_title_context.py`` fails while
the shipped file is stale.
"""

from __future__ import annotations

from career_resilience.model.title_endings import ENDINGS_FILE, compute_endings
from career_resilience.model.title_index import QUALIFIERS_FILE, compute_index
from career_resilience.model.title_kind_tables import HEADS_FILE, compute_heads
from career_resilience.skills.occupations import occupation_data


def main() -> None:
    """Compute and write the index, sorted for stable diffs."""
    lines = compute_index(title for _code, title, _kind in occupation_data().titles)
    QUALIFIERS_FILE.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {QUALIFIERS_FILE} ({len(lines)} titles)")
    heads = compute_heads((code, title) for code, title, _kind in occupation_data().titles)
    HEADS_FILE.write_text("\n".join(heads) + "\n", encoding="utf-8")
    print(f"wrote {HEADS_FILE} ({len(heads)} head words)")
    endings = compute_endings((code, title) for code, title, _kind in occupation_data().titles)
    ENDINGS_FILE.write_text("\n".join(endings) + "\n", encoding="utf-8")
    print(f"wrote {ENDINGS_FILE} ({len(endings)} endings)")


if __name__ == "__main__":
    main()
