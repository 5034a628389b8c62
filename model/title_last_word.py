"""A title O*NET lists as typed is not another occupation's for that one's official name.

"Agricultural equipment mechanic" is listed under farm equipment mechanics, as typed
(cosine 1.0); the official title "Agricultural Equipment Operators" shares its front
words (official-title cosine 0.83, the mechanics' own official title 0.32), and with the
operators' hydraulics and diesel in their tool list it took the mechanic (64%). The
official name says who does the work in its last word, and an operator is no mechanic:
the name of other work near by its front words is no evidence against O*NET's listing.

So where some occupation lists the typed title exactly, the official-title cosine of an
occupation that does not, whose official title does not hold the typed title's last
word (singular), is no higher than the best official-title cosine of those listing it,
when it is of another SOC minor group than every one of them (another family of work:
agricultural workers, 45-20, against installation and repair workers, 49-30). Within
one family the names divide one work and stay evidence: "Care worker" is listed under
home health aides, and personal care aides' name stays near it.
The title, skills and duties are read as before; only the other name's pull goes.
It reads O*NET's own listings, before any rule reads the title as listed elsewhere: "Sr.
barista / shift lead", read as a "barista supervisor" that food preparation supervisors
list, stays a barista by the baristas' own name.
"""

from __future__ import annotations

import functools

import numpy as np

from career_resilience.model.occupation_match import MatchTables, title_texts
from career_resilience.skills.titles import normalise_listed_title
from career_resilience.skills.word_forms import singular

# Feature columns of ``occupation_match.FEATURES``.
_MAX, _OFFICIAL = 0, 1
#: A title cosine this high is the typed title itself, listed (float32 rounding aside).
EXACT = 0.999
#: How much of a SOC code names its minor group ("31-11", healthcare support's home
#: health and personal care aides; "45-20", agricultural workers).
MINOR = 5


def others_named_behind(tables: MatchTables, f: np.ndarray, role: str) -> None:
    """Cap the official-title cosine of occupations not listing the typed title, whose
    official title lacks its last word, at the listers' best (module docstring); ``f``
    (occupations, features) of one profile, changed in place."""
    exact = f[:, _MAX] >= EXACT
    if not exact.any() or exact.all():
        return
    words = title_texts(tables, role)[-1].split()
    if len(words) < 2:
        return
    head = singular(words[-1])
    cap = float(f[exact, _OFFICIAL].max())
    above = np.flatnonzero(~exact & (f[:, _OFFICIAL] > cap))
    if not len(above):
        return
    codes = tables.codes
    families = {codes[o][:MINOR] for o in np.flatnonzero(exact).tolist()}
    lacking = [
        o
        for o in above.tolist()
        if head not in official_words(codes[o]) and codes[o][:MINOR] not in families
    ]
    f[lacking, _OFFICIAL] = cap


@functools.lru_cache(maxsize=2048)
def official_words(code: str) -> frozenset[str]:
    """The words of an occupation's official title, normalised as listed titles are,
    singular."""
    from career_resilience.skills.occupations import occupation_table

    found = occupation_table().get(code)
    if found is None:
        return frozenset()
    return frozenset(singular(w) for w in normalise_listed_title(found.title).split())
