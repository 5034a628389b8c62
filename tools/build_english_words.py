"""Rebuild ``skills/english_words.csv``: the words a typed title or skill may hold as meant.

The title speller (``skills/title_speller.py``) mends a title word O*NET's titles never
use to the nearest one they do. A word that is itself English ("lash", "chat", "year")
or names a technology or tool O*NET lists ("unix") is no slip, so it is kept as typed
(or read as the title word it is another spelling of: "centre", "labourer"). The list
is every lower-case, wholly alphabetic word of four letters or more (shorter ones are
never mended) of SCOWL's American and British English lists, as Debian ships them in
the ``wamerican`` and ``wbritish`` packages (``/usr/share/dict``; see
``skills/ATTRIBUTION``), and of the words two or more of the shipped technology and
tool names hold (one name's word may be its own slip: O*NET lists an "analyis" tool).

Run after the technology lists change, with the two dictionaries installed or given::

    python tools/build_english_words.py [american-english british-english]
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

from career_resilience.skills.english_words import ENGLISH_FILE, MIN_LENGTH
from career_resilience.skills.occupations import occupation_data

DICTIONARIES = ("/usr/share/dict/american-english", "/usr/share/dict/british-english")
_WORD = re.compile(rf"[a-z]{{{MIN_LENGTH},}}")


def dictionary_words(paths: list[str]) -> set[str]:
    """Lower-case alphabetic words of the dictionaries (proper nouns left out)."""
    out: set[str] = set()
    for path in paths:
        for line in Path(path).read_text(encoding="utf-8").splitlines():
            if _WORD.fullmatch(line):
                out.add(line)
    return out


def trade_words() -> set[str]:
    """Words of two or more of the technology and tool names O*NET lists, lower-cased."""
    names = {name.lower() for rows in occupation_data().technology.values() for name, *_ in rows}
    count: Counter[str] = Counter()
    for name in names:
        count.update({w for w in re.findall(r"[a-z]+", name) if len(w) >= MIN_LENGTH})
    return {w for w, n in count.items() if n >= 2}


def main() -> None:
    """Compute and write the list, sorted for stable diffs."""
    words = sorted(dictionary_words(sys.argv[1:] or list(DICTIONARIES)) | trade_words())
    ENGLISH_FILE.write_text("\n".join(words) + "\n", encoding="utf-8")
    print(f"wrote {ENGLISH_FILE} ({len(words)} words)")


if __name__ == "__main__":
    main()
